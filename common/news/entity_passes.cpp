// Passes 3 and 4 of entity extraction: runs of name words and what each run
// names (declared in entity_passes.h; the edge rules are in name_edges).
#include "common/news/entity_passes.h"

#include <algorithm>
#include <limits>
#include <string>

#include "common/news/name_edges.h"

namespace lsearch {
namespace {

constexpr std::size_t kNoAlias = std::numeric_limits<std::size_t>::max();
// A person's name is 2 to 4 words ("Abdel Fattah al-Sisi" is 4 with its particle).
constexpr std::size_t kMinPersonTokens = 2;
constexpr std::size_t kMaxPersonTokens = 4;
// "BBC", "CNPF": three capitals or more are an acronym, two may be initials ("AE").
constexpr std::size_t kMinAcronymLetters = 3;

}  // namespace

std::vector<NameRun> find_name_runs(std::string_view text, const std::vector<Token>& tokens,
                                    const std::vector<std::uint8_t>& capitals,
                                    const NameLexicon& lexicon, const Gazetteer& gazetteer,
                                    std::vector<AliasMatch>& aliases, ExtractionCost& cost) {
  const std::size_t n = tokens.size();
  std::vector<std::size_t> alias_at(n, kNoAlias);
  for (std::size_t a = 0; a < aliases.size(); ++a) alias_at[aliases[a].begin] = a;
  std::vector<std::uint8_t> absorbed(aliases.size(), 0);
  auto is_place_alias = [&](std::size_t k) {
    return alias_at[k] != kNoAlias &&
           gazetteer.entry(aliases[alias_at[k]].entry).kind == EntityKind::kPlace;
  };
  // A ticker ("<WSTP.S>") is no name; Reuters also brackets unlisted companies'
  // names ("<Pioneer Sugar Mills Ltd>"), which are.
  auto ticker = [&](std::size_t k) { return is_ticker(text, tokens[k]); };
  auto name_word = [&](std::size_t k) {
    ++cost.steps;
    return capitals[k] == kCapital && !lexicon.is_never_name(tokens[k].norm) &&
           alias_at[k] == kNoAlias && !ticker(k);
  };
  auto ends_a_name = [&](const AliasMatch& alias) {
    const GazetteerEntry& e = gazetteer.entry(alias.entry);
    const std::string& norm = tokens[alias.begin].norm;
    return alias.weak || (alias.end - alias.begin == 1 && e.kind == EntityKind::kActor &&
                          e.type == ActorType::kOrganisation &&
                          (lexicon.is_org_head(norm) || lexicon.is_common_word(norm)));
  };
  auto link = [&](std::size_t a, std::size_t b) {
    if (ends_in_possessive(text, tokens[a])) return false;  // "Festen's Rufus Norris"
    return joined(text, tokens[a], tokens[b]) ||
           abbreviation_stop(text, tokens[a], tokens[b], lexicon);
  };
  // The end of the run of name words that starts at `i` (at most kMaxRunTokens
  // long); a place alias after "Bank of" is taken in and marked absorbed.
  auto extend = [&](std::size_t i, std::vector<std::size_t>& took) {
    std::size_t end = i + 1;
    while (end < n && end - i < kMaxRunTokens && link(end - 1, end)) {
      const std::string& norm = tokens[end].norm;
      if (name_word(end)) {
        ++end;
      } else if (alias_at[end] != kNoAlias && ends_a_name(aliases[alias_at[end]]) &&
                 !lexicon.is_function_word(tokens[end - 1].norm) &&
                 !is_bare_connector(tokens[end - 1].norm)) {
        // "Securities and Exchange Commission", "African National Congress": a weak
        // alias or a one-word institution after name words ends that name; it is no
        // mention of the entity it may stand for alone.
        took.push_back(alias_at[end]);
        end = aliases[alias_at[end]].end;
      } else if (lexicon.is_connector(norm) && end + 1 < n && link(end, end + 1) &&
                 name_word(end + 1)) {
        end += 2;
      } else if (is_org_of(norm) && end + 1 < n && link(end, end + 1) && is_place_alias(end + 1) &&
                 lexicon.is_org_head(tokens[end - 1].norm) &&
                 tokens[end - 1].norm != "government") {
        // "Bank of England": the place is the organisation's domain, not a place of the
        // story (a "Government of Peru" is Peru, and stays a place).
        took.push_back(alias_at[end + 1]);
        end = aliases[alias_at[end + 1]].end;
      } else {
        break;
      }
    }
    return end;
  };
  auto org_end = [&](std::size_t end) {
    return lexicon.is_org_head(tokens[end - 1].norm) ||
           lexicon.is_company_suffix(tokens[end - 1].norm);
  };

  std::vector<NameRun> runs;
  std::vector<std::size_t> took;
  std::size_t i = 0;
  while (i < n) {
    ++cost.steps;
    took.clear();
    if (alias_at[i] != kNoAlias) {
      // "Shanghai Automotive Industry Corp": a place that opens a company's name is part of it.
      const AliasMatch& alias = aliases[alias_at[i]];
      std::size_t j = alias.end;
      if (is_place_alias(i) && j < n && link(j - 1, j) && capitals[j] == kCapital &&
          lexicon.is_club_word(tokens[j].norm) && alias_at[j] == kNoAlias) {
        // "Newcastle United", "Liverpool FC".
        absorbed[alias_at[i]] = 1;
        runs.push_back({i, j + 1, true});
        i = j + 1;
        continue;
      }
      // "Australia and New Zealand ...": places joined by "and" open the name together.
      std::vector<std::size_t> opening{alias_at[i]};
      while (is_place_alias(i) && j + 1 < n && tokens[j].norm == "and" && link(j - 1, j) &&
             link(j, j + 1) && is_place_alias(j + 1)) {
        opening.push_back(alias_at[j + 1]);
        j = aliases[alias_at[j + 1]].end;
      }
      if (is_place_alias(i) && j < n && link(j - 1, j) && name_word(j)) {
        std::size_t end = extend(j, took);
        if (end - j < kMaxRunTokens && org_end(end)) {
          for (std::size_t a : opening) absorbed[a] = 1;
          for (std::size_t a : took) absorbed[a] = 1;
          runs.push_back({i, end, true});
          i = end;
          continue;
        }
      }
      i = alias.end;
      continue;
    }
    if (!name_word(i)) {
      // "European Broadcasting Union": an adjective opens an organisation's name.
      if (capitals[i] == kCapital && lexicon.is_name_adjective(tokens[i].norm) && i + 1 < n &&
          link(i, i + 1) && name_word(i + 1)) {
        std::size_t end = extend(i + 1, took);
        if (end - i < kMaxRunTokens && (org_end(end) || !took.empty())) {
          for (std::size_t a : took) absorbed[a] = 1;
          runs.push_back({i, end});
          i = end;
          continue;
        }
        took.clear();
      }
      ++i;
      continue;
    }
    if (lexicon.is_club_prefix(tokens[i].norm) && i + 1 < n && link(i, i + 1) &&
        is_place_alias(i + 1)) {
      // "Real Madrid", "AS Monaco".
      absorbed[alias_at[i + 1]] = 1;
      runs.push_back({i, aliases[alias_at[i + 1]].end, true, aliases[alias_at[i + 1]].entry});
      i = aliases[alias_at[i + 1]].end;
      continue;
    }
    std::size_t end = extend(i, took);
    if (end < n && end - i < kMaxRunTokens && ends_in_possessive(text, tokens[end - 1]) &&
        joined(text, tokens[end - 1], tokens[end]) && name_word(end)) {
      // "Moody's Investors Service Inc", "McDonald's Corp": a possessive inside a
      // company's name; "Festen's Rufus Norris" is two names.
      std::vector<std::size_t> more;
      std::size_t company = extend(end, more);
      if (company - i < kMaxRunTokens && lexicon.is_company_suffix(tokens[company - 1].norm)) {
        end = company;
        took.insert(took.end(), more.begin(), more.end());
      }
    }
    if (end - i >= kMaxRunTokens) {
      // Too long for a name: a headline in title case. Skip the rest of it; names
      // the gazetteer knows inside it were matched already.
      while (end < n && name_word(end) && link(end - 1, end)) ++end;
    } else {
      for (std::size_t a : took) absorbed[a] = 1;
      runs.push_back({i, end});
    }
    i = end;
  }
  std::size_t kept = 0;
  for (std::size_t a = 0; a < aliases.size(); ++a)
    if (!absorbed[a]) aliases[kept++] = aliases[a];
  aliases.resize(kept);
  return runs;
}

namespace {

// Organisation by its shape: ends in a head noun or company suffix ("Foreign
// Office", "Toyota Motor Corp"), or a head noun governs the rest ("Ministry of
// Defence", "Bank of England").
bool organisation_shape(const std::vector<Token>& tokens, std::size_t b, std::size_t e,
                        const NameLexicon& lexicon) {
  if (e - b < 2) return false;
  const std::string& last = tokens[e - 1].norm;
  if (lexicon.is_org_head(last) || lexicon.is_company_suffix(last)) return true;
  for (std::size_t k = b; k + 1 < e; ++k)
    if (lexicon.is_org_head(tokens[k].norm) && is_org_of(tokens[k + 1].norm)) return true;
  return false;
}

// A person: 2-4 words, none a head noun, a title or a never-name word; the first
// word uncommon unless a title introduced the name ("Chancellor Gordon Brown"),
// later words may be common words ("Gordon Brown", "Vince Cable").
bool person_shape(std::string_view text, const std::vector<Token>& tokens, std::size_t b,
                  std::size_t e, bool titled, const NameLexicon& lexicon) {
  const std::size_t len = e - b;
  if (len < kMinPersonTokens || len > kMaxPersonTokens) return false;
  // An acronym opening words in lower case is an organisation's, not a person's
  // ("BBC Radio", "ARRL Lab"); two capitals are initials ("AE Stoddart"), and a
  // shouting surname is the UN's style ("Pakalitha Bethuel MOSISILI").
  if (tokens[b].end - tokens[b].begin >= kMinAcronymLetters && shouts(text, tokens[b]) &&
      !shouts(text, tokens[e - 1]))
    return false;
  // "Mark Marino", "Frank Zappa": a given name opens a name before an uncommon word.
  const bool given =
      lexicon.is_given_name(tokens[b].norm) && !lexicon.is_common_word(tokens[b + 1].norm);
  if (!titled && !given && lexicon.is_common_word(tokens[b].norm)) return false;
  for (std::size_t k = b; k < e; ++k) {
    const std::string& norm = tokens[k].norm;
    if (is_bare_connector(norm) || lexicon.is_org_head(norm) || lexicon.is_company_suffix(norm) ||
        lexicon.is_trailing_role(norm) || lexicon.is_function_word(norm))
      return false;
  }
  // Both ends common words is a phrase, not a name ("Foreign Secretary", "Armed Forces").
  return !(lexicon.is_common_word(tokens[b].norm) && lexicon.is_common_word(tokens[e - 1].norm) &&
           !titled);
}

NameReading read_part(std::string_view text, const std::vector<Token>& tokens, std::size_t b,
                      std::size_t e, bool titled, bool honorific, const NameLexicon& lexicon) {
  // Roles after a name and dangling connectors are not part of it: "Eni CEO", "Bank of".
  while (e > b &&
         (lexicon.is_trailing_role(tokens[e - 1].norm) || is_bare_connector(tokens[e - 1].norm)))
    --e;
  while (b < e && is_bare_connector(tokens[b].norm)) ++b;
  NameReading reading{b, e, ActorType::kUnknown, titled, honorific};
  if (organisation_shape(tokens, b, e, lexicon)) {
    reading.type = ActorType::kOrganisation;
  } else if (person_shape(text, tokens, b, e, titled, lexicon)) {
    reading.type = ActorType::kPerson;
  } else if (e - b >= 3 && shouts(text, tokens[b]) && !shouts(text, tokens[b + 1]) &&
             person_shape(text, tokens, b + 1, e, titled, lexicon)) {
    // An acronym before a person is not part of the name: "CNPF Francois Perigot".
    reading = {b + 1, e, ActorType::kPerson, titled, honorific};
  } else if (e - b >= 3 && shouts(text, tokens[e - 1]) && !shouts(text, tokens[e - 2]) &&
             person_shape(text, tokens, b, e - 1, titled, lexicon)) {
    // Nor a call sign or code after one: "Zack Lau KH6CP".
    reading = {b, e - 1, ActorType::kPerson, titled, honorific};
  }
  return reading;
}

// The names of [b, e) with no title inside: coordinations split ("Sarkozy and
// Cameron"), except under a head noun ("Ministry of Trade and Industry").
void read_coordination(std::string_view text, const std::vector<Token>& tokens, std::size_t b,
                       std::size_t e, bool titled, bool honorific, const NameLexicon& lexicon,
                       std::vector<NameReading>& out) {
  while (b < e && is_bare_connector(tokens[b].norm)) ++b;
  if (b >= e) return;
  const bool governed = lexicon.is_org_head(tokens[b].norm);
  // "Nippon Telegraph and Telephone Corp" is one company; "Salomon Brothers Inc and
  // Goldman Sachs Co" two: under a company suffix, split only after another one, or
  // between two names of two words or more, the first ending in a head noun
  // ("Dominion Securities and Wood Gundy Inc").
  const bool company = lexicon.is_company_suffix(tokens[e - 1].norm);
  const bool headed = lexicon.is_org_head(tokens[e - 1].norm);
  std::size_t part = b;
  for (std::size_t k = b + 1; k < e && !governed; ++k) {
    if (!coordinates(text, tokens, k)) continue;
    if (company && !lexicon.is_company_suffix(tokens[k - 1].norm) &&
        !(k - part >= 2 && e - k >= 4 && lexicon.is_org_head(tokens[k - 1].norm)))
      continue;
    // "Food and Drug Administration", "Savings and Loan Association": one common word
    // before "and" names nothing alone; under a head noun the whole is one name.
    if (headed && k == part + 1 && lexicon.is_common_word(tokens[part].norm)) continue;
    if (k > part) out.push_back(read_part(text, tokens, part, k, titled, honorific, lexicon));
    part = tokens[k].norm == "and" ? k + 1 : k;
    titled = honorific = false;
  }
  if (part < e) out.push_back(read_part(text, tokens, part, e, titled, honorific, lexicon));
}

}  // namespace

std::vector<NameReading> read_run(std::string_view text, const std::vector<Token>& tokens,
                                  const NameRun& run, const NameLexicon& lexicon) {
  std::size_t b = run.begin;
  const std::size_t e = run.end;
  if (run.organisation) return {{b, e, ActorType::kOrganisation, false, false}};
  // Sentence-initial function words and articles: "My Government", "Is the First ...".
  while (b < e && (lexicon.is_function_word(tokens[b].norm) || is_bare_connector(tokens[b].norm)))
    ++b;
  if (b >= e) return {};
  // A company keeps a title-like first word: "General Motors Corp", "Prime Minister's Office".
  if (lexicon.is_title(tokens[b].norm) && b + 1 < e && !lexicon.is_connector(tokens[b + 1].norm) &&
      organisation_shape(tokens, b, e, lexicon) && !lexicon.is_title(tokens[e - 1].norm)) {
    bool title_only_at_start = true;
    for (std::size_t k = b + 1; k < e; ++k)
      title_only_at_start = title_only_at_start && !lexicon.is_title(tokens[k].norm);
    if (title_only_at_start) return {read_part(text, tokens, b, e, false, false, lexicon)};
  }
  // The last title before the last word ends a title phrase: what follows is the
  // name it introduces ("Treasury Secretary James Baker", "Federal Reserve Board
  // Chairman Paul Volcker"); what precedes it is read on its own.
  std::size_t title = e;
  for (std::size_t k = b; k + 1 < e; ++k)
    if (lexicon.is_trailing_role(tokens[k].norm)) title = k;
  std::vector<NameReading> out;
  if (title == e) {
    read_coordination(text, tokens, b, e, false, false, lexicon, out);
  } else {
    std::size_t phrase = title;
    while (phrase > b && (lexicon.is_trailing_role(tokens[phrase - 1].norm) ||
                          is_bare_connector(tokens[phrase - 1].norm)))
      --phrase;
    read_coordination(text, tokens, b, phrase, false, false, lexicon, out);
    read_coordination(text, tokens, title + 1, e, true, lexicon.is_honorific(tokens[title].norm),
                      lexicon, out);
  }
  out.erase(
      std::remove_if(out.begin(), out.end(), [](const NameReading& r) { return r.begin >= r.end; }),
      out.end());
  return out;
}

}  // namespace lsearch
