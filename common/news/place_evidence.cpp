#include "common/news/place_evidence.h"

#include <string>
#include <unordered_set>

#include "common/news/name_edges.h"
#include "common/util/word_set.h"

namespace lsearch {

bool is_locative(const std::string& norm) {
  static const WordSet words = {"in",     "at",     "near",       "from",    "outside", "into",
                                "around", "across", "throughout", "towards", "toward",  "via",
                                "inside", "to",     "nearby",     "between", "across",  "north",
                                "south",  "east",   "west"};
  return words.contains(norm);
}

namespace {

bool is_season(const std::string& norm) {
  return norm == "spring" || norm == "summer" || norm == "autumn" || norm == "winter" ||
         norm == "fall";
}

// ", " between two tokens: "Mobile, Alabama".
bool comma_between(std::string_view text, const Token& a, const Token& b) {
  std::string_view gap = gap_between(text, a, b);
  return gap == ", " || gap == ",";
}

// "Jordan Bratman", "Mary Poppins": a one-word place before an uncommon capitalised
// word that is no place and ends the name is a person's first name. A name that goes
// on ("Tripoli Mitiga Airport") or a head noun ("Kenya Airways") is not a person's.
bool opens_a_person(std::string_view text, const std::vector<Token>& tokens,
                    const std::vector<std::uint8_t>& capitals, const NameLexicon& lexicon,
                    const std::vector<AliasMatch>& aliases, std::size_t a) {
  const std::size_t e = aliases[a].end;
  if (e - aliases[a].begin != 1 || e >= tokens.size() || capitals[e] != kCapital ||
      ends_in_possessive(text, tokens[e - 1]))  // "London's Belmarsh prison"
    return false;
  if (a + 1 < aliases.size() && aliases[a + 1].begin == e) return false;
  if (gap_between(text, tokens[e - 1], tokens[e]) != " ") return false;
  // "Washington DC", "Cambridge MA": two capitals after a town are its region's code.
  if (tokens[e].end - tokens[e].begin == 2 && shouts(text, tokens[e])) return false;
  const std::string& next = tokens[e].norm;
  if (lexicon.is_common_word(next) || lexicon.is_function_word(next) ||
      lexicon.is_never_name(next) || lexicon.is_org_head(next) || lexicon.is_company_suffix(next) ||
      lexicon.is_club_word(next) || lexicon.is_trailing_role(next) || lexicon.is_connector(next))
    return false;
  return e + 1 >= tokens.size() || capitals[e + 1] != kCapital ||
         !joined(text, tokens[e], tokens[e + 1]);
}

}  // namespace

namespace {

// The alias matches of one article and which of them stay places.
class PlaceConfirmation : PassInput {
 public:
  explicit PlaceConfirmation(const PassInput& in)
      : PassInput(in), m_(in.aliases.size()), keep_(in.aliases.size(), 1) {}

  void run() {
    for (std::size_t a = 0; a < m_; ++a) drop_if_in_a_name(a);
    const std::unordered_set<std::string> named = plainly_named();
    mark_common_words();
    for (std::size_t a = 0; a < m_; ++a)
      if (keep_[a] && is_place(a) && aliases[a].evidence != PlaceEvidence::kNone)
        keep_[a] = has_evidence(a, named);
    std::size_t kept = 0;
    for (std::size_t a = 0; a < m_; ++a)
      if (keep_[a]) aliases[kept++] = aliases[a];
    aliases.resize(kept);
  }

 private:
  const GazetteerEntry& entry(std::size_t a) const { return gazetteer.entry(aliases[a].entry); }
  bool is_place(std::size_t a) const { return entry(a).kind == EntityKind::kPlace; }

  // A city inside a person's name: "Michael Jackson", "Mr Lincoln", "Lincoln said".
  void drop_if_in_a_name(std::size_t a) {
    if (is_place(a) && opens_a_person(text, tokens, capitals, lexicon, aliases, a)) keep_[a] = 0;
    if (!is_place(a) || entry(a).place_kind != "city") return;
    const std::size_t b = aliases[a].begin, e = aliases[a].end;
    if (b == 0) {
      if (e < tokens.size() && lexicon.is_reporting_verb(tokens[e].norm)) keep_[a] = 0;
      return;
    }
    const Token& before = tokens[b - 1];
    bool initial = abbreviation_stop(text, before, tokens[b], lexicon);
    bool after_name =
        capitals[b - 1] == kCapital && (a == 0 || aliases[a - 1].end != b) &&
        (initial || (joined(text, before, tokens[b]) && !lexicon.is_function_word(before.norm))) &&
        !is_locative(before.norm) && !lexicon.is_never_name(before.norm);
    // "Real Madrid": a club (find_name_runs reads it so).
    if (capitals[b - 1] == kCapital && lexicon.is_club_prefix(before.norm)) return;
    bool after_title = lexicon.is_honorific(before.norm);
    bool speaks = e < tokens.size() && lexicon.is_reporting_verb(tokens[e].norm);
    if (after_name || after_title || speaks) keep_[a] = 0;
  }

  // A one-word name that is a common word or never a name ("Sale", "God" folded from
  // "Göd", "March") needs a locative at least, and a month or weekday is no place
  // a generated list may claim.
  void mark_common_words() {
    for (std::size_t a = 0; a < m_; ++a) {
      const std::string& kind = entry(a).place_kind;
      if (!is_place(a) || (kind != "city" && kind != "region") ||
          aliases[a].end - aliases[a].begin != 1)
        continue;
      const std::string& norm = tokens[aliases[a].begin].norm;
      // "launch in Spring next year": seasons are no places, as months are not.
      if (lexicon.is_never_name(norm) || is_season(norm)) keep_[a] = 0;
      if (lexicon.is_common_word(norm)) aliases[a].evidence = PlaceEvidence::kLocative;
    }
  }

  // Regions and countries named plainly: evidence for their cities.
  std::unordered_set<std::string> plainly_named() const {
    std::unordered_set<std::string> named;
    for (std::size_t a = 0; a < m_; ++a)
      if (keep_[a] && is_place(a) && aliases[a].evidence == PlaceEvidence::kNone)
        named.insert(entry(a).canonical);
    return named;
  }

  // A locative before it, a place beside it after a comma, or (for a small city) its
  // region or country named in the article.
  bool has_evidence(std::size_t a, const std::unordered_set<std::string>& named) const {
    const std::size_t b = aliases[a].begin, e = aliases[a].end;
    bool locative = b > 0 && is_locative(tokens[b - 1].norm);
    bool beside = (a + 1 < m_ && aliases[a + 1].begin == e && is_place(a + 1) &&
                   comma_between(text, tokens[e - 1], tokens[e])) ||
                  (a > 0 && aliases[a - 1].end == b && is_place(a - 1) &&
                   comma_between(text, tokens[b - 1], tokens[b]));
    bool nearby = aliases[a].evidence == PlaceEvidence::kNearby &&
                  ((!entry(a).region.empty() && named.count(entry(a).region)) ||
                   (!entry(a).country.empty() && named.count(entry(a).country)));
    return locative || beside || nearby;
  }

  const std::size_t m_;
  std::vector<std::uint8_t> keep_;
};

}  // namespace

void confirm_places(std::string_view text, const std::vector<Token>& tokens,
                    const std::vector<std::uint8_t>& capitals, const NameLexicon& lexicon,
                    const Gazetteer& gazetteer, std::vector<AliasMatch>& aliases) {
  PlaceConfirmation({text, tokens, capitals, lexicon, gazetteer, aliases}).run();
}

}  // namespace lsearch
