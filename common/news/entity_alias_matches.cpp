// Pass 2 of entity extraction, gazetteer aliases (declared in entity_passes.h).
#include <algorithm>
#include <string>

#include "common/news/entity_passes.h"
#include "common/news/name_edges.h"
#include "common/news/postal_places.h"

namespace lsearch {
namespace {

// "Labour Minister Almir Pazzianotto", "Energy Secretary": a one-word actor alias that is a
// common word, before a minister's or a secretary's title, names the portfolio, not the
// actor (the Labour Party).
bool names_a_portfolio(std::string_view text, const std::vector<Token>& tokens,
                       const Gazetteer& gazetteer, const NameLexicon& lexicon, std::size_t i,
                       const std::string& key) {
  if (i + 1 >= tokens.size() || key.find(' ') != std::string::npos ||
      !lexicon.is_common_word(key) || !tokens[i + 1].capitalised ||
      gap_between(text, tokens[i], tokens[i + 1]) != " ")
    return false;
  const std::string& next = tokens[i + 1].norm;
  if (next != "minister" && next != "ministry" && next != "secretary") return false;
  for (std::size_t entry : *gazetteer.find_key(key))
    if (gazetteer.entry(entry).kind != EntityKind::kActor) return false;
  return true;
}

// A name word's letters as spellings vary them: vowels, h, w and y dropped, c and q read
// as k, a doubled letter as one, apostrophes and hyphens left out. "Moamer", "Muammar" and
// "Mu'ammar" all give "mmr".
std::string name_skeleton(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (c == '\'' || c == '-') continue;
    if (c == 'c' || c == 'q') c = 'k';
    if (std::string_view("aeiouhwy").find(c) != std::string_view::npos) continue;
    if (out.empty() || out.back() != c) out.push_back(c);
  }
  return out;
}

// "Moamer Kadhafi", "Fattah el-Sisi": a word of the entry's own names, as some spelling.
bool spells_own_name(const GazetteerEntry& entry, const std::string& word,
                     const NameLexicon& lexicon) {
  const std::string skeleton = name_skeleton(word);
  for (const std::string& alias : entry.aliases)
    for (const Token& t : tokenize(alias))
      if (!lexicon.is_connector(t.norm) && name_skeleton(t.norm) == skeleton) return true;
  return false;
}

// A common word or one with an ending a verb or a plural takes: the word list holds no
// such forms, and title-case headlines put them before names ("Judicial Watch Sues
// Obama", "DutyFreeZone.com Trumps Obama's", "Vacationing Obama").
bool common_word_form(const std::string& norm, const NameLexicon& lexicon) {
  if (lexicon.is_common_word(norm)) return true;
  const auto stem_is_common = [&](std::string_view ending, std::size_t shortest) {
    return norm.size() >= ending.size() + shortest && norm.ends_with(ending) &&
           lexicon.is_common_word(norm.substr(0, norm.size() - ending.size()));
  };
  return stem_is_common("s", 3) || stem_is_common("es", 4) || stem_is_common("ing", 4) ||
         stem_is_common("ed", 4);
}

// Whether token k is a capitalised word right before token k + 1 that may be part of a
// name: not a title, a function word ("With Michelle Obama"), a people ("Libyan") or a
// common word ("Inside Aisha Gaddafi's palace"), unless a given name ("Victor").
bool name_word_before(std::string_view text, const std::vector<Token>& tokens,
                      const std::vector<std::uint8_t>& capitals, const NameLexicon& lexicon,
                      std::size_t k) {
  const Token& word = tokens[k];
  const std::string& norm = word.norm;
  return capitals[k] == kCapital && gap_between(text, word, tokens[k + 1]) == " " &&
         !word.numeric && !lexicon.is_title(norm) && !lexicon.is_function_word(norm) &&
         !lexicon.is_never_name(norm) && !lexicon.is_connector(norm) &&
         !lexicon.is_name_adjective(norm) && !lexicon.knowledge().never_actor(norm) &&
         (!common_word_form(norm, lexicon) || lexicon.is_given_name(norm));
}

// Whether the word before token i reads as a given name: a name word, not a possessive
// ("Libya's Gaddafi"), and the name's first word: after another name word it is a middle
// name ("Barack Hussein Obama") or a headline's run of names ("Amy Winehouse Trump Tony
// Bennett's").
bool given_name_before(std::string_view text, const std::vector<Token>& tokens,
                       const std::vector<std::uint8_t>& capitals, const NameLexicon& lexicon,
                       std::size_t i) {
  if (i == 0 || !name_word_before(text, tokens, capitals, lexicon, i - 1)) return false;
  const Token& word = tokens[i - 1];
  return !ends_in_possessive(text, word) && !shouts(text, word) && !medial_capital(text, word) &&
         !(i >= 2 && name_word_before(text, tokens, capitals, lexicon, i - 2));
}

// "Michelle Obama", "Victor Conte", "Khamis Gaddafi": a given name right before a person's
// one-word alias makes the two another person's name (the run pass reads it), unless the
// given name is one of that person's own ("Moamer Kadhafi"). The gazetteer knows famous
// people by their surnames; their wives, sons and namesakes share them.
bool names_another_person(std::string_view text, const std::vector<Token>& tokens,
                          const std::vector<std::uint8_t>& capitals, const GazetteerEntry& entry,
                          const NameLexicon& lexicon, std::size_t i, std::size_t length,
                          const std::vector<AliasMatch>& matches) {
  if (length != 1 || (!matches.empty() && matches.back().end == i)) return false;
  return entry.type == ActorType::kPerson &&
         given_name_before(text, tokens, capitals, lexicon, i) &&
         !spells_own_name(entry, tokens[i - 1].norm, lexicon);
}

// "Michelle Obama visited a school. Obama said": where the article names another person
// by a famous one's surname and never the famous one in full, its lone surnames are the
// other person's as much as the famous one's: they go to the linking pass, which links
// them to the one full name that holds the word (or to none, if two do).
void drop_claimed_surnames(const std::vector<Token>& tokens,
                           const std::vector<std::string>& claimed,
                           std::vector<AliasMatch>& matches) {
  if (claimed.empty()) return;
  std::vector<std::size_t> in_full;
  for (const AliasMatch& m : matches)
    if (m.end - m.begin > 1) in_full.push_back(m.entry);
  std::erase_if(matches, [&](const AliasMatch& m) {
    return m.end - m.begin == 1 &&
           std::find(claimed.begin(), claimed.end(), tokens[m.begin].norm) != claimed.end() &&
           std::find(in_full.begin(), in_full.end(), m.entry) == in_full.end();
  });
}

}  // namespace

std::vector<AliasMatch> match_aliases(std::string_view text, const std::vector<Token>& tokens,
                                      const std::vector<std::uint8_t>& capitals,
                                      const Gazetteer& gazetteer, const NameLexicon& lexicon,
                                      ExtractionCost& cost) {
  std::vector<AliasMatch> matches;
  std::vector<std::string> claimed;  // surnames another person's full name holds
  const std::size_t n = tokens.size();
  const std::size_t longest = gazetteer.longest_alias_tokens();
  std::string key;
  std::size_t i = 0;
  while (i < n) {
    key.clear();
    std::size_t best = 0;
    std::string best_key;
    bool capital = false;
    for (std::size_t k = i; k < n && k - i < longest; ++k) {
      ++cost.steps;
      if (k > i) {
        if (!joined(text, tokens[k - 1], tokens[k])) break;
        key.push_back(' ');
      }
      key += tokens[k].norm;
      capital = capital || capitals[k] != 0;
      if (capital && gazetteer.find_key(key) != nullptr &&
          (k > i || !lexicon.is_function_word(key) || all_capitals(text, tokens[k]))) {
        best = k - i + 1;
        best_key = key;
      }
      if (!gazetteer.is_key_prefix(key)) break;
    }
    if (best == 0 || names_a_portfolio(text, tokens, gazetteer, lexicon, i, best_key)) {
      ++i;
      continue;
    }
    const std::size_t entry = gazetteer.find_key(best_key)->front();
    if (names_another_person(text, tokens, capitals, gazetteer.entry(entry), lexicon, i, best,
                             matches)) {
      claimed.push_back(best_key);
      ++i;
      continue;
    }
    matches.push_back(
        {i, i + best, entry, gazetteer.is_weak_key(best_key), gazetteer.evidence_of(best_key)});
    i += best;
  }
  drop_claimed_surnames(tokens, claimed, matches);
  add_postal_states(text, tokens, gazetteer, matches);  // "Cambridge, MA 02142"
  return matches;
}

}  // namespace lsearch
