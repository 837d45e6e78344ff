#include "common/news/entity_extractor.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "common/news/entity_collector.h"
#include "common/news/lone_word_evidence.h"
#include "common/news/name_edges.h"
#include "common/news/org_context.h"
#include "common/news/org_slot.h"
#include "common/news/place_evidence.h"
#include "common/news/sports_context.h"
#include "common/schema/value_codec.h"
#include "common/util/text.h"

namespace lsearch {
namespace {

// Mid-sentence capitalised occurrences that make a lone uncommon word a name of its own.
constexpr int kMinRecurring = 3;
// "X's" (the X Window System) is a letter, not a name.
constexpr std::size_t kMinOwnerLetters = 3;

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
      for (NameReading reading : read_run(text_, tokens_, run, lexicon_)) add_name(reading);
    resolve_weak_aliases();
    link_acronyms(runs);
    collector_.merge_middle_names(lexicon_, cost_.steps);
    link_lone_words();
    collector_.merge_short_forms(cost_.steps);
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
      mark_name(match.begin, match.end);
      return;
    }
    const Found& f = add_entry(gazetteer_.entry(match.entry), match.begin);
    if (f.mention.kind == EntityKind::kActor) mark_name(match.begin, match.end);
  }

  // A town in a club's name ("Real Madrid") or slot (sports_context.h: "Leeds 2-1 Everton")
  // names the club wherever the article names the town alone.
  void find_clubs(const std::vector<AliasMatch>& aliases, const std::vector<NameRun>& runs) {
    for (const NameRun& run : runs)
      if (run.club_town != kNoEntry) clubs_.emplace(run.club_town, TokenRange{run.begin, run.end});
    for (const AliasMatch* m : club_town_matches(text_, tokens_, gazetteer_, aliases, sports_))
      clubs_.emplace(m->entry, TokenRange{m->begin, m->end});
  }

  void add_club(const TokenRange& club, std::size_t pos) {
    std::string key = join_keys(tokens_, club.begin, club.end);
    if (const auto* known = gazetteer_.find_key(key);
        known != nullptr && gazetteer_.entry(known->front()).kind == EntityKind::kActor) {
      add_entry(gazetteer_.entry(known->front()), pos);
      return;
    }
    Found& f = collector_.add(EntityKind::kActor, ActorType::kOrganisation, slugify(key),
                              display_name(text_, tokens_, club.begin, club.end), pos);
    f.parent = true;  // no short form of a longer name its town opens ("Liverpool Echo")
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

  void add_name(NameReading r) {
    const std::size_t len = r.end - r.begin;
    if (len == 1 && r.type == ActorType::kUnknown) {
      lone_.push_back({r.begin, r.titled, r.honorific});
      return;
    }
    // "bank Wells Fargo", "security firm F-Secure": a noun in apposition says what it names.
    const ActorType introduced = introduced_by(r.begin, r.end);
    if (r.type == ActorType::kUnknown ||
        (r.type == ActorType::kPerson && introduced == ActorType::kOrganisation &&
         noun_outweighs_person_shape(tokens_, lexicon_, r.begin)))
      r.type = introduced;
    // "Smith Barney livestock analyst Tom O'Hare", "Gazeta Mercantil newspaper", "Texaco <TX>".
    if (r.type != ActorType::kOrganisation && names_organisation(text_, tokens_, r.begin, r.end))
      r.type = ActorType::kOrganisation;
    if (r.type == ActorType::kUnknown) return;
    mark_name(r.begin, r.end);
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
      // An acronym before more than a company suffix names a parent organisation of its
      // own: "BBC" beside "BBC One" and "BBC Radio 4" (not "IBM" beside "IBM Corp").
      const std::string& first = tokens_[r.begin].norm;
      const bool parent = acronym_word(text_, tokens_[r.begin]) &&
                          !(len == 2 && lexicon_.is_company_suffix(tokens_[r.begin + 1].norm));
      if (r.type == ActorType::kOrganisation && parent) {
        parents_.insert(first);
      } else if (r.type == ActorType::kOrganisation && !f.name_tokens.empty() &&
                 !lexicon_.is_common_word(first) && !lexicon_.is_name_adjective(first) &&
                 !lexicon_.is_never_name(first) && !lexicon_.is_org_head(first)) {
        f.name_tokens.front() = first;
      }
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
      std::string_view gap = gap_between(text_, tokens_[k - 1], tokens_[k]);
      if (trim(gap) != "(") continue;
      const std::string& acronym = tokens_[k].norm;
      if (acronym.size() < 2 || acronym != initials(tokens_, run.begin, run.end, lexicon_))
        continue;
      if (Found* f = collector_.find(EntityKind::kActor,
                                     slugify(join_keys(tokens_, run.begin, run.end)))) {
        acronyms_.emplace(acronym, static_cast<std::size_t>(f - found.data()));
      }
    }
  }

  using Owners = std::unordered_map<std::string, std::optional<std::size_t>>;

  // The words that link a lone word to one full name of the article (its surname, first
  // name, an organisation's first word, or its acronym); a word two names share links none.
  Owners owners() {
    std::vector<Found>& found = collector_.all();
    Owners owner;
    for (std::size_t f = 0; f < found.size(); ++f) {
      if (found[f].mention.kind != EntityKind::kActor || found[f].mention.count == 0) continue;
      for (const auto& word : found[f].name_tokens) {
        ++cost_.steps;
        if (word.empty() || lexicon_.is_title(word) || lexicon_.is_connector(word)) continue;
        auto [it, inserted] = owner.emplace(word, f);
        if (!inserted && it->second != f) it->second.reset();
      }
    }
    for (const auto& [acronym, f] : acronyms_) owner.emplace(acronym, f);
    return owner;
  }

  // Lone words: a surname or first name of one full name in the article, an acronym
  // of one, or, with evidence (lone_name), a name of its own.
  void link_lone_words() {
    std::vector<Found>& found = collector_.all();
    Owners owner = owners();
    const std::unordered_map<std::string, int> recurring = mid_sentence_counts(owner);
    for (const LoneWord& lone : lone_) {
      ++cost_.steps;
      const Token& token = tokens_[lone.pos];
      if (auto it = owner.find(token.norm); it != owner.end()) {
        if (!it->second) continue;
        EntityMention& m = found[*it->second].mention;
        ++m.count;
        // "Barclays shares up ... UK banking group Barclays", "FA charges Millwall ...
        // Millwall have been charged": one name of an article is one entity, so a later
        // noun in apposition or club slot types it (not the contexts after a word, which
        // posts give products and faiths too: "the Orchid label", "the Islam channel").
        if (m.type == ActorType::kUnknown &&
            (lone_club_slot(text_, tokens_, lone.pos, lexicon_, sports_) ||
             introduced_by(lone.pos, lone.pos + 1) == ActorType::kOrganisation))
          m.type = ActorType::kOrganisation;
        continue;
      }
      if (std::optional<std::size_t> spelt = expansion(token); spelt) {
        ++found[*spelt].mention.count;
        continue;
      }
      const std::optional<ActorType> type = lone_name(lone, recurring);
      if (!type) continue;
      // An acronym keeps its capitals ("USDA", not "Usda" from a shouting line).
      std::string shown = *type == ActorType::kOrganisation && acronym_word(text_, token)
                              ? std::string(text_.substr(token.begin, token.end - token.begin))
                              : display_name(text_, tokens_, lone.pos, lone.pos + 1);
      Found& f = collector_.add(EntityKind::kActor, *type, slugify(token.norm), shown, lone.pos);
      f.parent = parents_.count(token.norm) != 0;
      owner.emplace(token.norm, index_of(f));
      mark_name(lone.pos, lone.pos + 1);
    }
  }

  // The organisation of the article an acronym spells ("USDA": Agriculture Department).
  std::optional<std::size_t> expansion(const Token& token) {
    if (!acronym_word(text_, token)) return std::nullopt;
    if (!expansions_) {
      expansions_.emplace();
      const std::vector<Found>& found = collector_.all();
      for (std::size_t f = 0; f < found.size(); ++f)
        if (found[f].mention.type == ActorType::kOrganisation && found[f].mention.count > 0)
          expansions_->add(tokenize(found[f].mention.canonical), lexicon_, f);
    }
    return expansions_->find(token.norm);
  }

  // Whether an unlinked lone word is a name of its own, and of what type.
  std::optional<ActorType> lone_name(const LoneWord& lone,
                                     const std::unordered_map<std::string, int>& recurring) {
    const Token& token = tokens_[lone.pos];
    if (lexicon_.is_function_word(token.norm)) return std::nullopt;
    // "BBC" beside "BBC One"; "told the Guardian newspaper".
    if (parents_.count(token.norm) && acronym_plural(text_, token)) return ActorType::kOrganisation;
    // "the Guardian newspaper", "Millwall have", "shares of Rexnord".
    if (lone_organisation_slot(text_, tokens_, lone.pos, lexicon_, sports_))
      return ActorType::kOrganisation;
    const bool common = lexicon_.is_common_word(token.norm);
    const bool given = !common || lexicon_.is_given_name(token.norm);  // "-Eric", "Tom"
    if (given && signs_off(text_, token)) return ActorType::kPerson;
    // "Swiss", "Bible" are no actors; "Aristotle", "Hamas" are (WordNet says).
    if (!lone.honorific && !lone.titled) {
      const WordNetVerdict known = wordnet_verdict(text_, tokens_, lexicon_, lone.pos);
      if (known == WordNetVerdict::kNoActor) return std::nullopt;
      if (known == WordNetVerdict::kPerson) return ActorType::kPerson;
      if (known == WordNetVerdict::kOrganisation) return ActorType::kOrganisation;
    }
    // "Fiat said".
    bool speaks = lone.pos + 1 < tokens_.size() &&
                  lexicon_.is_reporting_verb(tokens_[lone.pos + 1].norm) && !common &&
                  !sentence_initial(text_, token);
    // "band Metallica's tour": what owns something mid-sentence is a name.
    bool owns = ends_in_possessive(text_, token) && !common && !sentence_initial(text_, token) &&
                token.norm.size() >= kMinOwnerLetters && !acronym_plural(text_, token);
    // "General Debate", "Minister for Foreign Affairs": a title before a common word is
    // a phrase; before an uncommon word, or an honorific before any, it names someone.
    if (lone.honorific || (lone.titled && !common)) return ActorType::kPerson;
    // "the journal Nature", "singer Ruslana": the noun before it says what it names.
    if (ActorType introduced = introduced_by(lone.pos, lone.pos + 1);
        introduced != ActorType::kUnknown)
      return introduced;
    // "Intel", "Hamas", "CBS": an uncommon word capitalised mid-sentence again and again is
    // a name (an acronym the name of an organisation).
    auto again = recurring.find(token.norm);
    bool named = again != recurring.end() && again->second >= kMinRecurring;
    // "Abba, Celine Dion, Bucks Fizz, Nana Mouskouri, Lulu and Julio Iglesias".
    bool listed = listed_with_names(lone.pos) && !common && plain_name_word(text_, token);
    if (!speaks && !named && !owns && !listed) return std::nullopt;
    return acronym_word(text_, token) ? ActorType::kOrganisation : ActorType::kUnknown;
  }

  ActorType introduced_by(std::size_t pos, std::size_t end) const {
    return lsearch::introduced_by(text_, tokens_, lexicon_, pos, end);
  }

  // Where the names found so far begin and end (token flags), for lists of names.
  static constexpr std::uint8_t kNameBegins = 1, kNameEnds = 2;
  void mark_name(std::size_t begin, std::size_t end) {
    if (name_edges_.empty()) name_edges_.assign(tokens_.size(), 0);
    name_edges_[begin] |= kNameBegins;
    name_edges_[end - 1] |= kNameEnds;
  }

  // A word that a list joins to a name beside it: ", " or " and " between them.
  bool listed_with_names(std::size_t pos) const {
    if (name_edges_.empty()) return false;
    auto gap = [&](std::size_t k) {  // between tokens k and k + 1
      return gap_between(text_, tokens_[k], tokens_[k + 1]);
    };
    auto conjunction = [&](std::size_t k) {
      return tokens_[k].norm == "and" && !tokens_[k].capitalised;
    };
    auto name_at = [&](std::size_t k, std::uint8_t edge) { return (name_edges_[k] & edge) != 0; };
    const std::size_t n = tokens_.size();
    const bool left = (pos >= 1 && name_at(pos - 1, kNameEnds) && gap(pos - 1) == ", ") ||
                      (pos >= 2 && conjunction(pos - 1) && name_at(pos - 2, kNameEnds) &&
                       (gap(pos - 2) == " " || gap(pos - 2) == ", ") && gap(pos - 1) == " ");
    const bool right = (pos + 1 < n && name_at(pos + 1, kNameBegins) && gap(pos) == ", ") ||
                       (pos + 2 < n && conjunction(pos + 1) && name_at(pos + 2, kNameBegins) &&
                        (gap(pos) == " " || gap(pos) == ", ") && gap(pos + 1) == " ");
    return left || right;
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
          sentence_initial(text_, token) || line_initial(text_, token) ||
          !plain_name_word(text_, token))
        continue;
      ++counts[token.norm];
    }
    return counts;
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
  SportsReport sports_{text_, tokens_};
  std::unordered_map<std::string, std::size_t> acronyms_;
  std::vector<std::uint8_t> name_edges_;  // kNameBegins | kNameEnds by token, once a name is found
  std::unordered_set<std::string> parents_;      // acronyms opening organisations' names ("BBC")
  std::optional<AcronymExpansions> expansions_;  // built on the first unlinked acronym
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
