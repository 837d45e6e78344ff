#include "common/news/postal_places.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <unordered_map>

#include "common/news/name_edges.h"

namespace lsearch {
namespace {

constexpr std::size_t kZipDigits = 5;

// The US Postal Service's state codes (iso-codes has them as "US-MA", but the generated
// gazetteer keeps names only). DC is left out: "Washington, DC" is a city of its own.
const std::unordered_map<std::string, std::string>& state_codes() {
  static const std::unordered_map<std::string, std::string> codes = {
      {"AL", "Alabama"},        {"AK", "Alaska"},        {"AZ", "Arizona"},
      {"AR", "Arkansas"},       {"CA", "California"},    {"CO", "Colorado"},
      {"CT", "Connecticut"},    {"DE", "Delaware"},      {"FL", "Florida"},
      {"GA", "Georgia"},        {"HI", "Hawaii"},        {"ID", "Idaho"},
      {"IL", "Illinois"},       {"IN", "Indiana"},       {"IA", "Iowa"},
      {"KS", "Kansas"},         {"KY", "Kentucky"},      {"LA", "Louisiana"},
      {"ME", "Maine"},          {"MD", "Maryland"},      {"MA", "Massachusetts"},
      {"MI", "Michigan"},       {"MN", "Minnesota"},     {"MS", "Mississippi"},
      {"MO", "Missouri"},       {"MT", "Montana"},       {"NE", "Nebraska"},
      {"NV", "Nevada"},         {"NH", "New Hampshire"}, {"NJ", "New Jersey"},
      {"NM", "New Mexico"},     {"NY", "New York"},      {"NC", "North Carolina"},
      {"ND", "North Dakota"},   {"OH", "Ohio"},          {"OK", "Oklahoma"},
      {"OR", "Oregon"},         {"PA", "Pennsylvania"},  {"RI", "Rhode Island"},
      {"SC", "South Carolina"}, {"SD", "South Dakota"},  {"TN", "Tennessee"},
      {"TX", "Texas"},          {"UT", "Utah"},          {"VT", "Vermont"},
      {"VA", "Virginia"},       {"WA", "Washington"},    {"WV", "West Virginia"},
      {"WI", "Wisconsin"},      {"WY", "Wyoming"}};
  return codes;
}

// The Associated Press's abbreviations of state names, as US wires write a town's state
// ("Dakota City, Neb.", "Menlo Park, Calif."): the style guides' list, those of one word.
// Short names (Iowa, Ohio, Texas, Utah...) are written in full and so need no entry;
// "Ga." is left out (the gazetteer's Georgia is the country), and so are the
// two-letter ones written with inner full stops ("N.Y.", "W.Va."), one token no more.
const std::unordered_map<std::string, std::string>& ap_abbreviations() {
  static const std::unordered_map<std::string, std::string> abbreviations = {
      {"Ala", "Alabama"},        {"Ariz", "Arizona"},    {"Ark", "Arkansas"},
      {"Calif", "California"},   {"Colo", "Colorado"},   {"Conn", "Connecticut"},
      {"Del", "Delaware"},       {"Fla", "Florida"},     {"Ill", "Illinois"},
      {"Ind", "Indiana"},        {"Kan", "Kansas"},      {"Kans", "Kansas"},
      {"Ky", "Kentucky"},        {"La", "Louisiana"},    {"Md", "Maryland"},
      {"Mass", "Massachusetts"}, {"Mich", "Michigan"},   {"Minn", "Minnesota"},
      {"Miss", "Mississippi"},   {"Mo", "Missouri"},     {"Mont", "Montana"},
      {"Neb", "Nebraska"},       {"Nebr", "Nebraska"},   {"Nev", "Nevada"},
      {"Okla", "Oklahoma"},      {"Ore", "Oregon"},      {"Pa", "Pennsylvania"},
      {"Tenn", "Tennessee"},     {"Tex", "Texas"},       {"Vt", "Vermont"},
      {"Va", "Virginia"},        {"Wash", "Washington"}, {"Wis", "Wisconsin"},
      {"Wyo", "Wyoming"}};
  return abbreviations;
}

// The US state region of the gazetteer named `name`, or nullptr.
const GazetteerEntry* us_state(const Gazetteer& gazetteer, const std::string& name) {
  const auto* candidates = gazetteer.find_key(Gazetteer::key_of(name));
  if (candidates == nullptr) return nullptr;
  for (std::size_t index : *candidates) {
    const GazetteerEntry& e = gazetteer.entry(index);
    if (e.kind == EntityKind::kPlace && e.place_kind == "region" && e.country == "United States")
      return &e;
  }
  return nullptr;  // "GA": the gazetteer's Georgia is the country
}

bool digit(char c) {
  return c >= '0' && c <= '9';
}

// "  02142", ". 94025", " 35294-1170": a ZIP code after the state's code.
bool zip_after(std::string_view text, std::size_t at) {
  if (at < text.size() && text[at] == '.') ++at;
  const std::size_t spaces = at;
  while (at < text.size() && text[at] == ' ') ++at;
  if (at == spaces) return false;
  std::size_t digits = 0;
  while (at + digits < text.size() && digit(text[at + digits])) ++digits;
  return digits == kZipDigits;
}

bool blank(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

constexpr std::size_t kMinTownLetters = 3;  // "No, MI" is an answer, not an address

// "Johnson City, TN" alone on its line: a signature's address line, the town and its state
// with the street and ZIP code left out. Token `k` is the code, after ", "; the line holds
// nothing but the town's capitalised words before it.
bool address_line(std::string_view text, const std::vector<Token>& tokens, std::size_t k) {
  std::size_t at = tokens[k].end;
  while (at < text.size() && blank(text[at])) ++at;
  if (at < text.size() && text[at] != '\n') return false;
  const std::size_t line = text.rfind('\n', tokens[k].begin);
  const std::size_t start = line == std::string_view::npos ? 0 : line + 1;
  std::size_t first = k - 1;
  while (first > 0 && tokens[first - 1].begin >= start) {
    if (!tokens[first - 1].capitalised ||
        gap_between(text, tokens[first - 1], tokens[first]) != " ")
      return false;
    --first;
  }
  for (std::size_t c = start; c < tokens[first].begin; ++c)
    if (!blank(text[c])) return false;
  return first + 1 < k || tokens[k - 1].end - tokens[k - 1].begin >= kMinTownLetters;
}

}  // namespace

std::string_view state_named_at(std::string_view text, const std::vector<Token>& tokens,
                                std::size_t k) {
  if (k == 0 || k >= tokens.size() || !tokens[k - 1].capitalised) return {};
  const Token& code = tokens[k];
  const std::string_view gap = gap_between(text, tokens[k - 1], code);
  // "Dakota City, Neb.": the AP's abbreviation with its full stop after the town's comma.
  if (gap == ", " && code.end < text.size() && text[code.end] == '.') {
    auto it = ap_abbreviations().find(std::string(text.substr(code.begin, code.end - code.begin)));
    if (it != ap_abbreviations().end()) return it->second;
  }
  if (code.end - code.begin != 2) return {};
  if (gap != ", " && gap != " " && gap != ",  " && gap != "  ") return {};
  auto it = state_codes().find(std::string(text.substr(code.begin, 2)));
  if (it == state_codes().end()) return {};
  if (!zip_after(text, code.end) && !(gap == ", " && address_line(text, tokens, k))) return {};
  return it->second;
}

const GazetteerEntry* postal_state(std::string_view text, const std::vector<Token>& tokens,
                                   const Gazetteer& gazetteer, std::size_t k) {
  const std::string_view name = state_named_at(text, tokens, k);
  return name.empty() ? nullptr : us_state(gazetteer, std::string(name));
}

void add_postal_states(std::string_view text, const std::vector<Token>& tokens,
                       const Gazetteer& gazetteer, std::vector<AliasMatch>& matches) {
  std::vector<AliasMatch> states;
  std::size_t next = 0;  // the first match that may cover the token
  for (std::size_t k = 1; k < tokens.size(); ++k) {
    // Only a capitalised token of 2-5 letters is looked at: a few byte compares.
    if (!tokens[k].capitalised || tokens[k].end - tokens[k].begin < 2 ||
        tokens[k].end - tokens[k].begin > 5)
      continue;
    while (next < matches.size() && matches[next].end <= k) ++next;
    if (next < matches.size() && matches[next].begin <= k) continue;
    const GazetteerEntry* state = postal_state(text, tokens, gazetteer, k);
    if (state == nullptr) continue;
    const auto index = static_cast<std::size_t>(state - gazetteer.entries().data());
    states.push_back({k, k + 1, index, false, PlaceEvidence::kNone});
  }
  if (states.empty()) return;
  std::vector<AliasMatch> merged;
  merged.reserve(matches.size() + states.size());
  std::merge(matches.begin(), matches.end(), states.begin(), states.end(),
             std::back_inserter(merged),
             [](const AliasMatch& a, const AliasMatch& b) { return a.begin < b.begin; });
  matches = std::move(merged);
}

}  // namespace lsearch
