#include "common/news/entity_collector.h"

#include <algorithm>

#include "common/news/name_edges.h"
#include "common/news/name_lexicon.h"
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

// The words of an id: "dale_j_stephenson" -> dale, j, stephenson.
std::vector<std::string_view> id_words(const std::string& id) {
  std::vector<std::string_view> words;
  for (std::size_t from = 0; from <= id.size();) {
    std::size_t to = std::min(id.find('_', from), id.size());
    words.push_back(std::string_view(id).substr(from, to - from));
    from = to + 1;
  }
  return words;
}

// The same person's shorter ids: without the inner initials ("dale_j_stephenson" ->
// "dale_stephenson", "surangel_s_whipps_jr" -> "surangel_whipps_jr") and, when no inner
// word is a common word, the first and last words alone ("michael_andre_mule" ->
// "michael_mule"). News writes a person's full name first, middle names included, then
// the short form; an inner common word is a phrase's ("German Democratic Republic",
// "Andrew Technical Conference"), whose shorter form may name another thing.
std::vector<std::string> shorter_person_ids(const std::string& id, const NameLexicon& lexicon) {
  const std::vector<std::string_view> words = id_words(id);
  std::vector<std::string> out;
  if (words.size() < 3) return out;
  std::string plain;
  bool initials = false, common = false;
  for (std::size_t w = 0; w < words.size(); ++w) {
    const bool inner = w > 0 && w + 1 < words.size();
    if (inner && words[w].size() == 1) {
      initials = true;
      continue;
    }
    if (inner) {
      const std::string word(words[w]);
      if (lexicon.is_common_word(word) && !lexicon.is_given_name(word)) common = true;
    }
    if (!plain.empty()) plain.push_back('_');
    plain += words[w];
  }
  if (initials) out.push_back(plain);
  if (!common) out.push_back(std::string(words.front()) + "_" + std::string(words.back()));
  return out;
}

}  // namespace

void Collector::merge_middle_names(const NameLexicon& lexicon, std::size_t& steps) {
  std::unordered_map<std::string, std::size_t> persons;
  for (std::size_t f = 0; f < found_.size(); ++f)
    if (unknown_actor(found_[f], ActorType::kPerson)) persons.emplace(found_[f].mention.id, f);
  for (Found& g : found_) {
    ++steps;
    if (!unknown_actor(g, ActorType::kPerson)) continue;
    for (const std::string& shorter : shorter_person_ids(g.mention.id, lexicon)) {
      auto it = persons.find(shorter);
      if (it != persons.end() && found_[it->second].mention.count > 0)
        merge_into(g, found_[it->second]);
    }
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
