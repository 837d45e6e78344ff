// The passes of entity extraction, in the order EntityExtractor::extract runs
// them over one article's tokens. Each pass is a function of what the earlier
// ones found, so each has its own table test (tests/common/news/).
//
// Cost bound: every pass visits each token a constant number of times; the
// alias pass probes at most Gazetteer::longest_alias_tokens() tokens from each
// token and the run pass never rescans a token it has passed, so the whole
// extraction is O(tokens x longest alias), linear in the article's length.
// `ExtractionCost::steps` counts those visits so a test can hold the bound.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "common/analysis/tokenizer.h"
#include "common/news/entity.h"
#include "common/news/gazetteer.h"
#include "common/news/name_edges.h"
#include "common/news/name_lexicon.h"

namespace lsearch {

struct ExtractionCost {
  std::size_t steps = 0;  // token visits and alias probes
};

// Pass 1 (entity_true_case.cpp), true case: whether each token's capital letter is evidence of a
// name. In a line written in capitals (a wire headline: "BRITISH AIRWAYS
// PROFIT FALLS"), common words are not; names the gazetteer knows still are.
// Words of a script without case (Arabic) may match aliases but never start
// an unknown name: nothing in them says "name".
inline constexpr std::uint8_t kNoCapital = 0, kCapital = 1, kCaseless = 2;
std::vector<std::uint8_t> name_capitals(std::string_view text, const std::vector<Token>& tokens,
                                        const NameLexicon& lexicon);

// Pass 2 (entity_alias_matches.cpp): the longest gazetteer alias at each token (one capitalised
// word at least), left to right, never overlapping.
struct AliasMatch {
  std::size_t begin = 0, end = 0;  // token range
  std::size_t entry = 0;           // Gazetteer::entry index (the first candidate)
  bool weak = false;               // a weak alias ("~EC"): needs the full name elsewhere
  PlaceEvidence evidence = PlaceEvidence::kNone;  // what a place alias needs ("?York")
};
// A one-word alias that is a function word ("WHO", "US") matches only in capitals:
// "Who" opening a sentence is no organisation.
std::vector<AliasMatch> match_aliases(std::string_view text, const std::vector<Token>& tokens,
                                      const std::vector<std::uint8_t>& capitals,
                                      const Gazetteer& gazetteer, const NameLexicon& lexicon,
                                      ExtractionCost& cost);

// Pass 2b, place evidence, is confirm_places (common/news/place_evidence.h).

// What passes 2b and 3 read of one article while they run: the text, its tokens and
// their capitals, the word lists, the gazetteer, and the alias matches they may drop.
struct PassInput {
  std::string_view text;
  const std::vector<Token>& tokens;
  const std::vector<std::uint8_t>& capitals;
  const NameLexicon& lexicon;
  const Gazetteer& gazetteer;
  std::vector<AliasMatch>& aliases;
};

// Pass 3 (entity_name_runs.cpp): runs of capitalised words outside alias matches, connectors
// ("of", "al", "bin") inside, shorter than kMaxRunTokens (a longer one is a
// title-case headline and is skipped whole); a possessive ends a run. A run
// takes in a place alias after "of"/"for"/"de" when it is an organisation's
// name so far ("Bank of England") and one that opens a company's name
// ("Shanghai Automotive Industry Corp", "US Department of Energy"), also after "<place>
// and" or another place ("Australia and New Zealand Banking Group Ltd", "Lawrence
// Livermore National Laboratory") and across the full stop of "U.S."; a town's name with
// a club word before or after it is a sports club ("Real Madrid", "Newcastle United").
// Those alias matches are dropped, as a place inside an organisation's name is not a
// place of the story, except a country before a state's own body ("U.S. Agriculture
// Department"), which is in it.
// A common word's possessive stays inside an organisation's name ("People's Liberation
// Army"), and a number of one or two digits ends a run ("BBC Radio 4", "S Club 7").
inline constexpr std::size_t kMaxRunTokens = 8;
// A run that a place opens ("New Zealand Rugby Football Union", "Australia and New
// Zealand Banking Group Ltd") or a sports club ("Newcastle United", "Real Madrid") is
// one organisation's name as it stands: read_run takes it whole.
inline constexpr std::size_t kNoEntry = static_cast<std::size_t>(-1);
struct NameRun {
  std::size_t begin = 0, end = 0;    // token range
  bool organisation = false;         // one organisation's name, whole
  std::size_t club_town = kNoEntry;  // a sports club's: the Gazetteer::entry of its town
  bool person = false;  // a poster's name in an attribution line (post_attribution.h), whole
};
std::vector<NameRun> find_name_runs(std::string_view text, const std::vector<Token>& tokens,
                                    const std::vector<std::uint8_t>& capitals,
                                    const NameLexicon& lexicon, const Gazetteer& gazetteer,
                                    std::vector<AliasMatch>& aliases, ExtractionCost& cost);

// Pass 4 (entity_passes.cpp): the names a run holds. Titles before a name are dropped and noted
// ("President", "Mr Justice"; a title inside a run ends a title phrase:
// "Treasury Secretary James Baker"), coordinations are split ("Sarkozy and
// Cameron"), junk edges go ("Eni CEO", "My Government"), and what is left is
// a person (2-4 words, an uncommon first word, or a title before it) or an
// organisation (a head noun or company suffix), or a lone word for linking.
struct NameReading {
  std::size_t begin = 0, end = 0;  // token range of the name proper
  ActorType type = ActorType::kUnknown;
  bool titled = false;     // a person title stood right before it
  bool honorific = false;  // ... and it was one used only before names ("Mr", "Sen.")
};
std::vector<NameReading> read_run(std::string_view text, const std::vector<Token>& tokens,
                                  const NameRun& run, const NameLexicon& lexicon);

}  // namespace lsearch
