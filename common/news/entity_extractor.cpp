#include "common/news/entity_extractor.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "common/news/place_evidence.h"
#include "common/schema/value_codec.h"
#include "common/util/text.h"

namespace lsearch {
namespace {

// Mid-sentence capitalised occurrences that make a lone uncommon word a name of its own.
constexpr int kMinRecurring = 3;
// "X's" (the X Window System) is a letter, not a name.
constexpr std::size_t kMinOwnerLetters = 3;

std::string join_keys(const std::vector<Token>& tokens, std::size_t from, std::size_t to) {
  std::string key;
  for (std::size_t k = from; k < to; ++k) {
    if (!key.empty()) key.push_back(' ');
    key += tokens[k].norm;
  }
  return key;
}

// The name as written, on one line, without a possessive, truecased if it shouts:
// "Tony\n  Blair's" -> "Tony Blair", "BANK OF ENGLAND" -> "Bank Of England".
std::string display_name(std::string_view text, const std::vector<Token>& tokens, std::size_t b,
                         std::size_t e) {
  std::string name;
  for (std::size_t k = b; k < e; ++k) {
    if (k > b) {
      std::string_view gap = text.substr(tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end);
      bool hyphen = gap.find('-') != std::string_view::npos;
      bool amp = gap.find('&') != std::string_view::npos;
      name += hyphen && gap.size() == 1 ? "-" : amp ? " & " : " ";
    }
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

struct Found {
  EntityMention mention;
  std::size_t first_pos;
  std::vector<std::string> name_tokens;  // normalised tokens usable for linking
  bool known = false;                    // a gazetteer entity
};

class Collector {
 public:
  Found& add(EntityKind kind, ActorType type, const std::string& id, const std::string& canonical,
             std::size_t pos) {
    std::string key = std::string(to_string(kind)) + ":" + id;
    auto [it, inserted] = index_.emplace(std::move(key), found_.size());
    if (inserted) found_.push_back({{kind, id, canonical, 0, type}, pos, {}});
    Found& f = found_[it->second];
    if (f.mention.type == ActorType::kUnknown) f.mention.type = type;
    ++f.mention.count;
    return f;
  }
  Found* find(EntityKind kind, const std::string& id) {
    auto it = index_.find(std::string(to_string(kind)) + ":" + id);
    return it == index_.end() ? nullptr : &found_[it->second];
  }
  std::vector<Found>& all() { return found_; }

 private:
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<Found> found_;
};

struct TokenRange {
  std::size_t begin = 0, end = 0;
};

// A lone capitalised word, kept for the linking pass.
struct LoneWord {
  std::size_t pos;
  bool titled;     // a title right before it
  bool honorific;  // one used only before names: the word is a name even if common
};

class Extraction {
 public:
  Extraction(std::string_view text, const std::vector<Token>& tokens, const Gazetteer& gazetteer,
             const NameLexicon& lexicon, ExtractionCost& cost)
      : text_(text), tokens_(tokens), gazetteer_(gazetteer), lexicon_(lexicon), cost_(cost) {}

  std::vector<EntityMention> run() {
    const std::vector<std::uint8_t> capitals = name_capitals(text_, tokens_, lexicon_);
    std::vector<AliasMatch> aliases =
        match_aliases(text_, tokens_, capitals, gazetteer_, lexicon_, cost_);
    confirm_places(text_, tokens_, capitals, lexicon_, gazetteer_, aliases);
    const std::vector<NameRun> runs =
        find_name_runs(text_, tokens_, capitals, lexicon_, gazetteer_, aliases, cost_);
    find_clubs(aliases, runs);
    for (const AliasMatch& match : aliases) add_alias(match);
    for (const NameRun& run : runs)
      for (const NameReading& reading : read_run(text_, tokens_, run, lexicon_)) add_name(reading);
    resolve_weak_aliases();
    link_acronyms(runs);
    link_lone_words();
    merge_short_forms();
    return ranked();
  }

 private:
  Found& add_entry(const GazetteerEntry& e, std::size_t pos) {
    Found& f = collector_.add(e.kind, e.type, e.id, e.canonical, pos);
    f.known = true;
    if (f.name_tokens.empty())
      for (const Token& t : tokenize(e.canonical)) f.name_tokens.push_back(t.norm);
    return f;
  }

  void add_alias(const AliasMatch& match) {
    if (match.weak) {
      weak_.push_back(match);
      return;
    }
    if (auto club = clubs_.find(match.entry); club != clubs_.end()) {
      add_club(club->second, match.begin);
      return;
    }
    add_entry(gazetteer_.entry(match.entry), match.begin);
  }

  // Sports clubs named by their town: a town in a club's name ("Real Madrid") or
  // before a plural verb ("Newcastle have joined the race": British usage for a team;
  // a country so used is a national side, which stays a place) names the club
  // wherever the article names the town alone.
  void find_clubs(const std::vector<AliasMatch>& aliases, const std::vector<NameRun>& runs) {
    for (const NameRun& run : runs)
      if (run.club_town != kNoEntry) clubs_.emplace(run.club_town, TokenRange{run.begin, run.end});
    for (const AliasMatch& m : aliases) {
      const GazetteerEntry& e = gazetteer_.entry(m.entry);
      if (e.kind != EntityKind::kPlace || e.place_kind != "city" || m.end >= tokens_.size())
        continue;
      const Token& verb = tokens_[m.end];
      // "in Nairobi have said": after a locative, the town is where people are.
      if (m.begin > 0 && is_locative(tokens_[m.begin - 1].norm)) continue;
      if ((verb.norm == "have" || verb.norm == "are" || verb.norm == "were") && !verb.capitalised &&
          text_.substr(tokens_[m.end - 1].end, verb.begin - tokens_[m.end - 1].end) == " ")
        clubs_.emplace(m.entry, TokenRange{m.begin, m.end});
    }
  }

  void add_club(const TokenRange& club, std::size_t pos) {
    std::string key = join_keys(tokens_, club.begin, club.end);
    if (const auto* known = gazetteer_.find_key(key);
        known != nullptr && gazetteer_.entry(known->front()).kind == EntityKind::kActor) {
      add_entry(gazetteer_.entry(known->front()), pos);
      return;
    }
    collector_.add(EntityKind::kActor, ActorType::kOrganisation, slugify(key),
                   display_name(text_, tokens_, club.begin, club.end), pos);
  }

  // A weak alias ("EC", "the Commission") names the entity among its candidates
  // that the article also names by a strong alias or in full; otherwise nothing.
  void resolve_weak_aliases() {
    for (const AliasMatch& match : weak_) {
      const auto* candidates = gazetteer_.find_key(join_keys(tokens_, match.begin, match.end));
      if (candidates == nullptr) continue;
      for (std::size_t index : *candidates) {
        const GazetteerEntry& e = gazetteer_.entry(index);
        if (Found* f = collector_.find(e.kind, e.id); f != nullptr) {
          ++f->mention.count;
          break;
        }
      }
    }
  }

  void add_name(const NameReading& r) {
    const std::size_t len = r.end - r.begin;
    if (len == 1 && r.type == ActorType::kUnknown) {
      lone_.push_back({r.begin, r.titled, r.honorific});
      return;
    }
    if (r.type == ActorType::kUnknown) return;
    std::string key = join_keys(tokens_, r.begin, r.end);
    // A name the gazetteer knows once its title is gone ("Field Marshal Haftar").
    if (const auto* known = gazetteer_.find_key(key)) {
      add_entry(gazetteer_.entry(known->front()), r.begin);
      return;
    }
    Found& f = collector_.add(EntityKind::kActor, r.type, slugify(key),
                              display_name(text_, tokens_, r.begin, r.end), r.begin);
    if (f.name_tokens.empty()) {
      for (std::size_t k = r.begin; k < r.end; ++k)
        if (!lexicon_.is_connector(tokens_[k].norm))
          f.name_tokens.push_back(r.type == ActorType::kPerson ? tokens_[k].norm : "");
      // An organisation's own first word names it alone ("Westpac" for Westpac Banking
      // Corp), unless it is a word other names open too ("Bank", "National").
      const std::string& first = tokens_[r.begin].norm;
      if (r.type == ActorType::kOrganisation && !f.name_tokens.empty() &&
          !lexicon_.is_common_word(first) && !lexicon_.is_name_adjective(first) &&
          !lexicon_.is_never_name(first) && !lexicon_.is_org_head(first))
        f.name_tokens.front() = first;
    }
  }

  std::size_t index_of(const Found& f) {
    return static_cast<std::size_t>(&f - collector_.all().data());
  }

  // "International Monetary Fund (IMF)": the acronym right after a name it abbreviates
  // names that organisation wherever it stands alone.
  void link_acronyms(const std::vector<NameRun>& runs) {
    std::vector<Found>& found = collector_.all();
    for (const NameRun& run : runs) {
      const std::size_t k = run.end;
      if (k >= tokens_.size() || run.end - run.begin < 2) continue;
      std::string_view gap =
          text_.substr(tokens_[k - 1].end, tokens_[k].begin - tokens_[k - 1].end);
      if (trim(gap) != "(") continue;
      std::string initials;
      for (std::size_t t = run.begin; t < run.end; ++t)
        if (!lexicon_.is_connector(tokens_[t].norm)) initials.push_back(tokens_[t].norm[0]);
      const std::string& acronym = tokens_[k].norm;
      if (acronym.size() < 2 || acronym != initials) continue;
      if (Found* f = collector_.find(EntityKind::kActor,
                                     slugify(join_keys(tokens_, run.begin, run.end)))) {
        acronyms_.emplace(acronym, static_cast<std::size_t>(f - found.data()));
      }
    }
  }

  // Lone words: a surname or first name of one full name in the article, an acronym
  // of one, or, with evidence (a title, a reporting verb after it), a name of its own.
  void link_lone_words() {
    std::vector<Found>& found = collector_.all();
    std::unordered_map<std::string, std::optional<std::size_t>> owner;
    for (std::size_t f = 0; f < found.size(); ++f) {
      if (found[f].mention.kind != EntityKind::kActor) continue;
      for (const auto& word : found[f].name_tokens) {
        ++cost_.steps;
        if (word.empty() || lexicon_.is_title(word) || lexicon_.is_connector(word)) continue;
        auto [it, inserted] = owner.emplace(word, f);
        if (!inserted && it->second != f) it->second.reset();  // ambiguous: two names share it
      }
    }
    for (const auto& [acronym, f] : acronyms_) owner.emplace(acronym, f);
    const std::unordered_map<std::string, int> recurring = mid_sentence_counts(owner);
    for (const LoneWord& lone : lone_) {
      ++cost_.steps;
      const Token& token = tokens_[lone.pos];
      auto it = owner.find(token.norm);
      if (it != owner.end()) {
        if (it->second) ++found[*it->second].mention.count;
        continue;
      }
      if (lexicon_.is_function_word(token.norm)) continue;
      bool speaks = lone.pos + 1 < tokens_.size() &&
                    lexicon_.is_reporting_verb(tokens_[lone.pos + 1].norm) &&
                    !lexicon_.is_common_word(token.norm) && !sentence_initial(text_, token);
      // "band Metallica's tour": what owns something mid-sentence is a name.
      bool owns = ends_in_possessive(text_, token) && !lexicon_.is_common_word(token.norm) &&
                  !sentence_initial(text_, token) && token.norm.size() >= kMinOwnerLetters &&
                  !acronym_plural(token);
      // "General Debate", "Minister for Foreign Affairs": a title before a common word is
      // a phrase; before an uncommon word, or an honorific before any, it names someone.
      bool titled = lone.honorific || (lone.titled && !lexicon_.is_common_word(token.norm));
      // "Intel", "Hamas", "CBS": an uncommon word capitalised mid-sentence again and again is
      // a name (an acronym the name of an organisation).
      auto again = recurring.find(token.norm);
      bool named = again != recurring.end() && again->second >= kMinRecurring;
      if (!titled && !speaks && !named && !owns) continue;
      ActorType type = titled           ? ActorType::kPerson
                       : acronym(token) ? ActorType::kOrganisation
                                        : ActorType::kUnknown;
      // An acronym keeps its capitals ("USDA", not "Usda" from a shouting line).
      std::string shown = type == ActorType::kOrganisation
                              ? std::string(text_.substr(token.begin, token.end - token.begin))
                              : display_name(text_, tokens_, lone.pos, lone.pos + 1);
      Found& f = collector_.add(EntityKind::kActor, type, slugify(token.norm), shown, lone.pos);
      owner.emplace(token.norm, index_of(f));
    }
  }

  // "ELV's", "PC's": capitals before the apostrophe, a plural more often than an owner.
  bool acronym_plural(const Token& token) const {
    std::string_view word = text_.substr(token.begin, token.end - token.begin);
    word = word.substr(0, word.find_first_of("'\xe2"));
    return !has_ascii_lower(word);
  }

  // An acronym: 2 to 5 capitals in a line that does not shout ("CBS", "BT").
  bool acronym(const Token& token) const {
    std::string_view word = text_.substr(token.begin, token.end - token.begin);
    return word.size() >= 2 && word.size() <= 5 &&
           std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }

  // A word that may be a name by recurrence: letters only, no apostrophe, no digit, not
  // shaped like a demonym or a people ("Chinese", "Bosnian", "Kiwis"), mixed case only
  // as an acronym ("MHz" is a unit).
  bool plain_name_word(const Token& token) const {
    std::string_view word = text_.substr(token.begin, token.end - token.begin);
    if (!std::all_of(word.begin(), word.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }))
      return false;
    if (acronym(token)) return true;
    if (std::any_of(word.begin() + 1, word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      return false;
    for (std::string_view end : {"ese", "ian", "ish", "ans", "ity", "ism", "ist", "ists", "is"})
      if (word.ends_with(end)) return false;
    return true;
  }

  // A word opening a line: in a wire table ("Oper shr 1.20 vs 1.10") its capital is layout.
  bool line_initial(const Token& token) const {
    std::size_t i = token.begin;
    while (i > 0 && (text_[i - 1] == ' ' || text_[i - 1] == '\t')) --i;
    return i == 0 || text_[i - 1] == '\n';
  }

  // How often each unlinked lone word that could be a name stands capitalised mid-sentence.
  std::unordered_map<std::string, int> mid_sentence_counts(
      const std::unordered_map<std::string, std::optional<std::size_t>>& owner) {
    std::unordered_map<std::string, int> counts;
    for (const LoneWord& lone : lone_) {
      ++cost_.steps;
      const Token& token = tokens_[lone.pos];
      if (owner.count(token.norm) || lexicon_.is_common_word(token.norm) ||
          lexicon_.is_function_word(token.norm) || token.norm.size() < 2 ||
          sentence_initial(text_, token) || line_initial(token) || !plain_name_word(token))
        continue;
      ++counts[token.norm];
    }
    return counts;
  }

  // "KEIHIN ELECTRIC EXPRESS" in a title, "Keihin Electric Express Railway Co Ltd" in
  // the text: a name the gazetteer does not know that opens a longer organisation's name
  // in the same article is that organisation. Looked up by id prefix, so linear.
  void merge_short_forms() {
    std::vector<Found>& found = collector_.all();
    std::unordered_map<std::string_view, std::size_t> by_id;
    for (std::size_t f = 0; f < found.size(); ++f)
      if (found[f].mention.kind == EntityKind::kActor && !found[f].known &&
          found[f].mention.type != ActorType::kPerson)
        by_id.emplace(found[f].mention.id, f);
    for (Found& g : found) {
      if (g.mention.kind != EntityKind::kActor || g.mention.type != ActorType::kOrganisation)
        continue;
      const std::string& id = g.mention.id;
      for (std::size_t cut = id.find('_'); cut != std::string::npos; cut = id.find('_', cut + 1)) {
        ++cost_.steps;
        auto it = by_id.find(std::string_view(id).substr(0, cut));
        if (it == by_id.end() || found[it->second].mention.count == 0) continue;
        Found& shorter = found[it->second];
        g.mention.count += shorter.mention.count;
        g.first_pos = std::min(g.first_pos, shorter.first_pos);
        shorter.mention.count = 0;
      }
    }
  }

  std::vector<EntityMention> ranked() {
    std::vector<Found>& found = collector_.all();
    std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
      return a.mention.count != b.mention.count ? a.mention.count > b.mention.count
                                                : a.first_pos < b.first_pos;
    });
    std::vector<EntityMention> out;
    out.reserve(found.size());
    for (auto& f : found)
      if (f.mention.count > 0) out.push_back(std::move(f.mention));
    return out;
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  const Gazetteer& gazetteer_;
  const NameLexicon& lexicon_;
  ExtractionCost& cost_;
  Collector collector_;
  std::vector<LoneWord> lone_;
  std::vector<AliasMatch> weak_;
  std::unordered_map<std::size_t, TokenRange> clubs_;  // town entry -> the club's name
  std::unordered_map<std::string, std::size_t> acronyms_;
};

}  // namespace

std::vector<EntityMention> EntityExtractor::extract(std::string_view text) const {
  return extract(text, tokenize(text));
}

std::vector<EntityMention> EntityExtractor::extract(std::string_view text,
                                                    const std::vector<Token>& tokens,
                                                    ExtractionCost* cost) const {
  ExtractionCost local;
  return Extraction(text, tokens, gazetteer_, lexicon_, cost != nullptr ? *cost : local).run();
}

}  // namespace lsearch
