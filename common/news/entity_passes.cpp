// Pass 4 of entity extraction: what each run of name words names (declared in
// entity_passes.h; pass 3, the runs, is entity_name_runs.cpp; the edge rules are in
// name_edges).
#include "common/news/entity_passes.h"

#include <algorithm>
#include <string>

#include "common/news/name_edges.h"
#include "common/news/org_name_shape.h"
#include "common/news/postal_places.h"

namespace lsearch {
namespace {

// A person's name is 2 to 4 words ("Abdel Fattah al-Sisi" is 4 with its particle).
constexpr std::size_t kMinPersonTokens = 2;
constexpr std::size_t kMaxPersonTokens = 4;
// "BBC", "CNPF": three capitals or more are an acronym, two may be initials ("AE").
constexpr std::size_t kMinAcronymLetters = 3;

// "A." in "Mark A. Davis": a middle initial.
bool initial(std::string_view text, const Token& t) {
  return t.end - t.begin == 1 && text[t.begin] >= 'A' && text[t.begin] <= 'Z' &&
         t.end < text.size() && text[t.end] == '.';
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
  // "Cambridge MA", "Newington CT": two capitals after a word are a region's postal code.
  if (tokens[e - 1].end - tokens[e - 1].begin == 2 && shouts(text, tokens[e - 1]) &&
      !shouts(text, tokens[e - 2]))
    return false;
  // "Mark Marino", "Frank Zappa", "Mark A. Davis": a given name opens a name before an
  // uncommon word (a middle initial is no word: not the "a" of "Mark A. Davis").
  std::size_t second = b + 1;
  while (second + 1 < e && initial(text, tokens[second])) ++second;
  const bool given =
      lexicon.is_given_name(tokens[b].norm) && !lexicon.is_common_word(tokens[second].norm);
  if (!titled && !given && lexicon.is_common_word(tokens[b].norm)) return false;
  // "Ik Su Yoo RRC": a code after a name is no surname.
  if (e - b >= 3 && vowelless_code(text, tokens[e - 1])) return false;
  for (std::size_t k = b; k < e; ++k) {
    const std::string& norm = tokens[k].norm;
    if (k > b && k + 1 < e && initial(text, tokens[k])) continue;
    // "HP DeskJet", "PlayStation Portable": a brand's medial capital names no person.
    if (is_bare_connector(norm) || lexicon.is_org_head(norm) || lexicon.is_company_suffix(norm) ||
        lexicon.is_trailing_role(norm) || lexicon.is_function_word(norm) || tokens[k].numeric ||
        medial_capital(text, tokens[k]))
      return false;
  }
  // Both ends common words is a phrase, not a name ("Foreign Secretary", "Armed Forces").
  return !(lexicon.is_common_word(tokens[b].norm) && lexicon.is_common_word(tokens[e - 1].norm) &&
           !titled);
}

// The first word of [b, e) with a brand's medial capital ("SharpImage"), or e.
std::size_t first_medial_capital(std::string_view text, const std::vector<Token>& tokens,
                                 std::size_t b, std::size_t e) {
  while (b < e && !medial_capital(text, tokens[b])) ++b;
  return b;
}

// "BBC Sport", "BBC Radio", "ARRL Lab": an acronym before one or two words in title
// case opens an organisation's name ("CNPF Francois Perigot" is read as a person first).
bool acronym_opens(std::string_view text, const std::vector<Token>& tokens, std::size_t b,
                   std::size_t e) {
  if (e - b < 2 || e - b > 3 || tokens[b].end - tokens[b].begin < kMinAcronymLetters ||
      !shouts(text, tokens[b]) || tokens[b].numeric)
    return false;
  for (std::size_t k = b + 1; k < e; ++k)
    if (shouts(text, tokens[k]) || tokens[k].numeric || medial_capital(text, tokens[k]))
      return false;                                           // "CCD OmniMovie": a product's name
  return gap_between(text, tokens[b], tokens[b + 1]) == " ";  // "FACTBOX-Key"
}

NameReading read_part(std::string_view text, const std::vector<Token>& tokens, std::size_t b,
                      std::size_t e, bool titled, bool honorific, const NameLexicon& lexicon) {
  // Roles after a name and dangling connectors are not part of it: "Eni CEO", "Bank of".
  while (e > b &&
         (lexicon.is_trailing_role(tokens[e - 1].norm) || is_bare_connector(tokens[e - 1].norm)))
    --e;
  while (b < e && is_bare_connector(tokens[b].norm)) ++b;
  // "Morgan Road", "Morgan Towers": an address in a signature names no actor, nor does a
  // building ("Yankee Stadium", "Joe Louis Arena": read as people before).
  if (e - b >= 2 && (is_street_word(tokens[e - 1].norm) || is_venue_word(tokens[e - 1].norm)))
    return {b, e, ActorType::kUnknown, false};
  if (e - b >= 3 && tokens[e - 1].numeric) {
    // "BBC Radio 4", "S Club 7": a number ends an organisation's name, and no other's.
    NameReading reading = read_part(text, tokens, b, e - 1, titled, honorific, lexicon);
    if (reading.type == ActorType::kOrganisation && reading.end == e - 1) reading.end = e;
    return reading;
  }
  NameReading reading{b, e, ActorType::kUnknown, titled, honorific};
  if (organisation_shape(tokens, b, e, lexicon)) {
    reading.type = ActorType::kOrganisation;
  } else if (person_shape(text, tokens, b, e, titled, lexicon)) {
    // "Dakota City, Neb.", "Menlo Park, CA 94025": a name before a state is its town.
    if (state_named_at(text, tokens, e).empty()) reading.type = ActorType::kPerson;
  } else if (e - b >= 3 && shouts(text, tokens[b]) && !shouts(text, tokens[b + 1]) &&
             person_shape(text, tokens, b + 1, e, titled, lexicon)) {
    // An acronym before a person is not part of the name: "CNPF Francois Perigot".
    reading = {b + 1, e, ActorType::kPerson, titled, honorific};
  } else if (e - b >= 3 && shouts(text, tokens[e - 1]) && !shouts(text, tokens[e - 2]) &&
             person_shape(text, tokens, b, e - 1, titled, lexicon)) {
    // Nor a call sign or code after one: "Zack Lau KH6CP".
    reading = {b, e - 1, ActorType::kPerson, titled, honorific};
  } else if (std::size_t brand = first_medial_capital(text, tokens, b, e);
             brand - b >= 2 && brand < e && person_shape(text, tokens, b, brand, titled, lexicon)) {
    // Nor the product or firm after one: "Michael Landy SharpImage Software".
    reading = {b, brand, ActorType::kPerson, titled, honorific};
  } else if (e - b >= 3 && sentence_initial(text, tokens[b]) &&
             lexicon.is_common_word(tokens[b].norm) &&
             person_shape(text, tokens, b + 1, e, titled, lexicon)) {
    // Nor a sentence's first word: "Later Dale J. Stephenson agreed".
    reading = {b + 1, e, ActorType::kPerson, titled, honorific};
  } else if (acronym_opens(text, tokens, b, e)) {
    reading.type = ActorType::kOrganisation;
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
    // "Parliamentary Group on Betting and Gaming": one word after "and" ends the domain
    // a head noun governs.
    if (k + 2 == e && tokens[k].norm == "and" && organisation_shape(tokens, part, k, lexicon) &&
        !lexicon.is_org_head(tokens[k - 1].norm))
      continue;
    if (k > part) out.push_back(read_part(text, tokens, part, k, titled, honorific, lexicon));
    part = tokens[k].norm == "and" ? k + 1 : k;
    titled = honorific = false;
  }
  if (part < e) out.push_back(read_part(text, tokens, part, e, titled, honorific, lexicon));
}

// "Paris St Germain", "Hotel St Regis": a saint's title after a name word is part of the
// name; only at a run's start does it introduce one ("St Paul").
bool saint_inside(const std::vector<Token>& tokens, std::size_t k, std::size_t b) {
  return k > b && is_saint(tokens[k].norm);
}

// "Democrat Donald Pease", "Tory Michael Howard": a party member (a word WordNet knows
// only as a kind of person, or a people too: not a given name, "Christian Slater", nor a
// person or a thing, "White Hart Lane") before two words or more says who the person
// is, as a title does.
bool party_member_before_name(const std::vector<Token>& tokens, std::size_t b, std::size_t e,
                              const NameLexicon& lexicon) {
  return e - b >= 3 && lexicon.knowledge().is_member(tokens[b].norm) &&
         !lexicon.is_connector(tokens[b + 1].norm) &&
         !organisation_shape(tokens, b + 1, e, lexicon);
}

// Where the name a title introduces starts. A title's domain after "of"/"for" belongs
// to the title phrase: "Secretary of State Condoleezza Rice", "Minister for Foreign
// Affairs Ahmed Aboul Gheit" (its common words, up to the first uncommon one or a
// given name before one); a domain shaped like an organisation is read as one
// ("Chairman of the Federal Reserve Board Alan Greenspan").
std::size_t past_title_domain(std::string_view text, const std::vector<Token>& tokens,
                              std::size_t phrase, std::size_t name, std::size_t e,
                              const NameLexicon& lexicon, std::vector<NameReading>& out) {
  bool domain = false;
  for (std::size_t k = phrase; k <= name && k < e; ++k)
    domain = domain || tokens[k].norm == "of" || tokens[k].norm == "for";
  if (!domain) return name;
  std::size_t k = name;
  while (k < e && is_bare_connector(tokens[k].norm)) ++k;
  const std::size_t domain_begin = k;
  while (k + 1 < e) {
    const std::string& norm = tokens[k].norm;
    const bool given = lexicon.is_given_name(norm) && !lexicon.is_common_word(tokens[k + 1].norm);
    if (given || !(lexicon.is_common_word(norm) || norm == "and" || norm == "&")) break;
    ++k;
  }
  // "Chairman of the Federal Reserve Board": the domain is all there is.
  if (k + 1 == e && organisation_shape(tokens, domain_begin, e, lexicon)) k = e;
  if (k > domain_begin && organisation_shape(tokens, domain_begin, k, lexicon))
    out.push_back(read_part(text, tokens, domain_begin, k, false, false, lexicon));
  return k;
}

}  // namespace

std::vector<NameReading> read_run(std::string_view text, const std::vector<Token>& tokens,
                                  const NameRun& run, const NameLexicon& lexicon) {
  std::size_t b = run.begin;
  const std::size_t e = run.end;
  if (run.organisation) return {{b, e, ActorType::kOrganisation, false, false}};
  if (run.person) return {{b, e, ActorType::kPerson, false, false}};
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
  std::size_t title = party_member_before_name(tokens, b, e, lexicon) ? b : e;
  for (std::size_t k = b; k + 1 < e; ++k)
    if (lexicon.is_trailing_role(tokens[k].norm) && !saint_inside(tokens, k, b)) title = k;
  // A title-like word inside an organisation's name is part of it: "Transport & General
  // Worker's Union", "Senate Foreign Relations Committee".
  if (title != e && title > b && !lexicon.is_connector(tokens[title + 1].norm) &&
      organisation_shape(tokens, title + 1, e, lexicon))
    title = e;
  std::vector<NameReading> out;
  if (title == e) {
    read_coordination(text, tokens, b, e, false, false, lexicon, out);
  } else {
    std::size_t phrase = title;
    while (phrase > b && (lexicon.is_trailing_role(tokens[phrase - 1].norm) ||
                          is_bare_connector(tokens[phrase - 1].norm)))
      --phrase;
    read_coordination(text, tokens, b, phrase, false, false, lexicon, out);
    const std::size_t name = past_title_domain(text, tokens, phrase, title + 1, e, lexicon, out);
    read_coordination(text, tokens, name, e, true, lexicon.is_honorific(tokens[title].norm),
                      lexicon, out);
  }
  // "FA Cup", "Olivier Awards": an event's name names no actor.
  out.erase(std::remove_if(out.begin(), out.end(),
                           [&](const NameReading& r) {
                             return r.begin >= r.end ||
                                    (r.end - r.begin >= 2 &&
                                     lexicon.is_event_head(tokens[r.end - 1].norm));
                           }),
            out.end());
  return out;
}

}  // namespace lsearch
