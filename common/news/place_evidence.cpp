#include "common/news/place_evidence.h"

#include <string>
#include <unordered_set>

namespace lsearch {

bool is_locative(const std::string& norm) {
  static const std::unordered_set<std::string> words = {
      "in",     "at",         "near",    "from",   "outside", "into",   "around",
      "across", "throughout", "towards", "toward", "via",     "inside", "to",
      "nearby", "between",    "across",  "north",  "south",   "east",   "west"};
  return words.count(norm) != 0;
}

namespace {

// ", " between two tokens: "Mobile, Alabama".
bool comma_between(std::string_view text, const Token& a, const Token& b) {
  std::string_view gap = text.substr(a.end, b.begin - a.end);
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
  if (text.substr(tokens[e - 1].end, tokens[e].begin - tokens[e - 1].end) != " ") return false;
  const std::string& next = tokens[e].norm;
  if (lexicon.is_common_word(next) || lexicon.is_function_word(next) ||
      lexicon.is_never_name(next) || lexicon.is_org_head(next) || lexicon.is_company_suffix(next) ||
      lexicon.is_club_word(next) || lexicon.is_trailing_role(next) || lexicon.is_connector(next))
    return false;
  return e + 1 >= tokens.size() || capitals[e + 1] != kCapital ||
         !joined(text, tokens[e], tokens[e + 1]);
}

}  // namespace

void confirm_places(std::string_view text, const std::vector<Token>& tokens,
                    const std::vector<std::uint8_t>& capitals, const NameLexicon& lexicon,
                    const Gazetteer& gazetteer, std::vector<AliasMatch>& aliases) {
  const std::size_t m = aliases.size();
  std::vector<std::uint8_t> keep(m, 1);
  auto entry = [&](std::size_t a) -> const GazetteerEntry& {
    return gazetteer.entry(aliases[a].entry);
  };
  auto is_place = [&](std::size_t a) { return entry(a).kind == EntityKind::kPlace; };
  // A city inside a person's name: "Michael Jackson", "Mr Lincoln", "Lincoln said".
  for (std::size_t a = 0; a < m; ++a) {
    if (is_place(a) && opens_a_person(text, tokens, capitals, lexicon, aliases, a)) keep[a] = 0;
    if (!is_place(a) || entry(a).place_kind != "city") continue;
    const std::size_t b = aliases[a].begin, e = aliases[a].end;
    bool initial = b > 0 && abbreviation_stop(text, tokens[b - 1], tokens[b], lexicon);
    bool after_name = b > 0 && capitals[b - 1] == kCapital && (a == 0 || aliases[a - 1].end != b) &&
                      (initial || (joined(text, tokens[b - 1], tokens[b]) &&
                                   !lexicon.is_function_word(tokens[b - 1].norm))) &&
                      !is_locative(tokens[b - 1].norm) &&
                      !lexicon.is_never_name(tokens[b - 1].norm);
    // "Real Madrid": a club (find_name_runs reads it so).
    if (b > 0 && capitals[b - 1] == kCapital && lexicon.is_club_prefix(tokens[b - 1].norm))
      continue;
    bool after_title = b > 0 && lexicon.is_honorific(tokens[b - 1].norm);
    bool speaks = e < tokens.size() && lexicon.is_reporting_verb(tokens[e].norm);
    if (after_name || after_title || speaks) keep[a] = 0;
  }
  // Regions and countries named plainly: evidence for their cities.
  std::unordered_set<std::string> named;
  for (std::size_t a = 0; a < m; ++a)
    if (keep[a] && is_place(a) && aliases[a].evidence == PlaceEvidence::kNone)
      named.insert(entry(a).canonical);
  // A one-word name that is a common word or never a name ("Sale", "God" folded from
  // "Göd", "March") needs a locative at least, and a month or weekday is no place
  // a generated list may claim.
  for (std::size_t a = 0; a < m; ++a) {
    const std::string& kind = entry(a).place_kind;
    if (!is_place(a) || (kind != "city" && kind != "region") ||
        aliases[a].end - aliases[a].begin != 1)
      continue;
    const std::string& norm = tokens[aliases[a].begin].norm;
    if (lexicon.is_never_name(norm)) keep[a] = 0;
    if (lexicon.is_common_word(norm)) aliases[a].evidence = PlaceEvidence::kLocative;
  }
  for (std::size_t a = 0; a < m; ++a) {
    if (!keep[a] || !is_place(a) || aliases[a].evidence == PlaceEvidence::kNone) continue;
    const std::size_t b = aliases[a].begin, e = aliases[a].end;
    bool locative = b > 0 && is_locative(tokens[b - 1].norm);
    bool beside = (a + 1 < m && aliases[a + 1].begin == e && is_place(a + 1) &&
                   comma_between(text, tokens[e - 1], tokens[e])) ||
                  (a > 0 && aliases[a - 1].end == b && is_place(a - 1) &&
                   comma_between(text, tokens[b - 1], tokens[b]));
    bool nearby = aliases[a].evidence == PlaceEvidence::kNearby &&
                  ((!entry(a).region.empty() && named.count(entry(a).region)) ||
                   (!entry(a).country.empty() && named.count(entry(a).country)));
    keep[a] = locative || beside || nearby;
  }
  std::size_t kept = 0;
  for (std::size_t a = 0; a < m; ++a)
    if (keep[a]) aliases[kept++] = aliases[a];
  aliases.resize(kept);
}

}  // namespace lsearch
