#include "common/news/entity_collector.h"

#include <algorithm>

#include "common/news/name_edges.h"
#include "common/news/org_name_shape.h"
#include "common/util/text.h"

namespace lsearch {

std::string join_keys(const std::vector<Token>& tokens, std::size_t from, std::size_t to) {
  std::string key;
  for (std::size_t k = from; k < to; ++k) {
    if (!key.empty()) key.push_back(' ');
    key += tokens[k].norm;
  }
  return key;
}

namespace {

// What stands between two words of a name as shown: a hyphen, " & ", an initial's
// full stop ("Mark A. Davis", "U.S. Agriculture Department"), or one space for any other gap (a
// line break).
std::string_view name_gap(std::string_view text, const Token& a, const Token& b) {
  std::string_view gap = gap_between(text, a, b);
  if (gap == "-") return "-";
  if (gap.find('&') != std::string_view::npos) return " & ";
  const bool initial = a.end - a.begin == 1 && text[a.begin] >= 'A' && text[a.begin] <= 'Z';
  // "U.S. Agriculture Department" keeps its abbreviation's full stop too.
  if ((initial && gap.starts_with('.')) || dotted_abbreviation_stop(text, a, b)) return ". ";
  return " ";
}

}  // namespace

std::string display_name(std::string_view text, const std::vector<Token>& tokens, std::size_t b,
                         std::size_t e) {
  std::string name;
  for (std::size_t k = b; k < e; ++k) {
    if (k > b) name += name_gap(text, tokens[k - 1], tokens[k]);
    std::string_view word = text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
    if (k + 1 == e) {
      for (std::string_view possessive : {"'s", "\u2019s", "'S", "\u2019S", "'", "\u2019"})
        if (word.size() > possessive.size() + 1 && word.ends_with(possessive)) {
          word.remove_suffix(possessive.size());
          break;
        }
    }
    name += word;
  }
  return title_case_if_shouting(name);
}

Found& Collector::add(EntityKind kind, ActorType type, const std::string& id,
                      const std::string& canonical, std::size_t pos) {
  std::string key = std::string(to_string(kind)) + ":" + id;
  auto [it, inserted] = index_.emplace(std::move(key), found_.size());
  if (inserted) found_.push_back({{kind, id, canonical, 0, type}, pos, {}});
  Found& f = found_[it->second];
  if (f.mention.type == ActorType::kUnknown) f.mention.type = type;
  ++f.mention.count;
  return f;
}

Found* Collector::find(EntityKind kind, const std::string& id) {
  auto it = index_.find(std::string(to_string(kind)) + ":" + id);
  return it == index_.end() ? nullptr : &found_[it->second];
}

namespace {

// Adds `shorter`'s mentions to `longer`'s; `shorter` is dropped.
void merge_into(Found& longer, Found& shorter) {
  longer.mention.count += shorter.mention.count;
  longer.first_pos = std::min(longer.first_pos, shorter.first_pos);
  shorter.mention.count = 0;
}

bool unknown_actor(const Found& f, ActorType type) {
  return f.mention.kind == EntityKind::kActor && !f.known && f.mention.type == type;
}

// "dale_j_stephenson" -> "dale_stephenson"; "" when no inner word is one letter.
std::string without_initials(const std::string& id) {
  std::vector<std::string_view> words;
  for (std::size_t from = 0; from <= id.size();) {
    std::size_t to = std::min(id.find('_', from), id.size());
    words.push_back(std::string_view(id).substr(from, to - from));
    from = to + 1;
  }
  std::string plain;
  bool dropped = false;
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (w > 0 && w + 1 < words.size() && words[w].size() == 1) {
      dropped = true;
      continue;
    }
    if (!plain.empty()) plain.push_back('_');
    plain += words[w];
  }
  return dropped ? plain : "";
}

}  // namespace

void Collector::merge_middle_initials(std::size_t& steps) {
  std::unordered_map<std::string, std::size_t> persons;
  for (std::size_t f = 0; f < found_.size(); ++f)
    if (unknown_actor(found_[f], ActorType::kPerson)) persons.emplace(found_[f].mention.id, f);
  for (Found& g : found_) {
    ++steps;
    if (!unknown_actor(g, ActorType::kPerson)) continue;
    auto it = persons.find(without_initials(g.mention.id));
    if (it != persons.end() && found_[it->second].mention.count > 0)
      merge_into(g, found_[it->second]);
  }
}

void Collector::merge_short_forms(std::size_t& steps) {
  std::unordered_map<std::string_view, std::size_t> by_id;
  for (std::size_t f = 0; f < found_.size(); ++f)
    if (found_[f].mention.kind == EntityKind::kActor && !found_[f].known && !found_[f].parent &&
        found_[f].mention.type != ActorType::kPerson)
      by_id.emplace(found_[f].mention.id, f);
  for (Found& g : found_) {
    if (g.mention.kind != EntityKind::kActor || g.mention.type != ActorType::kOrganisation)
      continue;
    const std::string& id = g.mention.id;
    for (std::size_t cut = id.find('_'); cut != std::string::npos; cut = id.find('_', cut + 1)) {
      ++steps;
      auto it = by_id.find(std::string_view(id).substr(0, cut));
      if (it != by_id.end() && found_[it->second].mention.count > 0)
        merge_into(g, found_[it->second]);
    }
  }
}

}  // namespace lsearch
