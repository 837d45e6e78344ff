// The evidence rules for lone words (common/news/lone_word_evidence.h), and what the
// extractor makes of them.
#include "common/news/lone_word_evidence.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "common/news/entity_extractor.h"

namespace lsearch {
namespace {

// The token of `text` that `word` is (its first occurrence).
std::size_t position(const std::vector<Token>& tokens, const std::string& word) {
  for (std::size_t k = 0; k < tokens.size(); ++k)
    if (tokens[k].norm == word) return k;
  FAIL("no token " << word);
  return 0;
}

std::vector<EntityMention> extract(const std::string& text) {
  static const Gazetteer g = Gazetteer::builtin();
  return EntityExtractor(g, NameLexicon::builtin()).extract(text);
}

int count_of(const std::vector<EntityMention>& all, const std::string& canonical) {
  auto it =
      std::find_if(all.begin(), all.end(), [&](const auto& m) { return m.canonical == canonical; });
  return it == all.end() ? 0 : it->count;
}

}  // namespace

TEST_CASE("a noun after a word, with 'the' before, says it names an organisation") {
  struct Row {
    std::string text, word;
    bool organisation;
  };
  const std::vector<Row> rows = {
      {"Mr Blair told the Guardian newspaper", "guardian", true},
      {"a profile in the Economist magazine", "economist", true},
      {"a source close to the Chinese firm", "chinese", false},  // a demonym
      {"Mr Blair told Guardian newspaper readers", "guardian", false},
      {"the Guardian Newspaper Group", "guardian", false},  // capitalised: part of a name
      {"the Guardian said", "guardian", false},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    std::vector<Token> tokens = tokenize(row.text);
    CHECK(named_by_noun_after(row.text, tokens, NameLexicon::builtin(),
                              position(tokens, row.word)) == row.organisation);
  }
  CHECK(count_of(extract("Mr Blair told the Guardian newspaper that it was fine."), "Guardian") ==
        1);
}

TEST_CASE("an acronym spells an organisation the article names") {
  const NameLexicon& lexicon = NameLexicon::builtin();
  AcronymExpansions expansions;
  expansions.add(tokenize("Food and Drug Administration"), lexicon, 0);
  expansions.add(tokenize("Agriculture Department"), lexicon, 1);
  expansions.add(tokenize("Environmental Protection Agency"), lexicon, 2);
  expansions.add(tokenize("Eastern Pacific Airlines"), lexicon, 3);
  CHECK(expansions.find("fda") == 0u);
  CHECK(expansions.find("usda") == 1u);  // the Department of Agriculture of the US
  CHECK(expansions.find("ukda") == 1u);
  CHECK(!expansions.find("epa").has_value());  // two organisations spell it: neither
  CHECK(!expansions.find("da").has_value());   // too short to tell
  CHECK(!expansions.find("imf").has_value());
  auto found = extract("The U.S. Agriculture Department said. The USDA report is out.");
  CHECK(count_of(found, "U.S. Agriculture Department") == 2);
  CHECK(count_of(found, "USDA") == 0);
}

TEST_CASE("an acronym that opens other organisations' names is an organisation of its own") {
  auto bbc = extract("The show moves from BBC One to BBC Two. Then the BBC said no.");
  CHECK(count_of(bbc, "BBC One") == 1);
  CHECK(count_of(bbc, "BBC Two") == 1);
  CHECK(count_of(bbc, "BBC") == 1);
  CHECK(count_of(extract("The BBC's show moves from BBC One."), "BBC") == 1);
  // Before a company suffix only, the acronym is that company: one value.
  auto nue = extract("Shares of XYZT Corp rose. XYZT said profits doubled.");
  CHECK(count_of(nue, "XYZT Corp") == 2);
  CHECK(count_of(nue, "XYZT") == 0);
}

TEST_CASE("a first name alone on a line after a dash signs a post off") {
  struct Row {
    std::string text, word;
    bool signs;
  };
  const std::vector<Row> rows = {
      {"Thanks for your help,\n\n-Eric\n", "eric", true},
      {"Thanks,\n>>-Eric  \n> more", "eric", true},
      {"Cheers\n-- Eric", "eric", true},
      {"Thanks\n-Eric Smith\n", "eric", false},       // a full name is a run of its own
      {"the so-called Eric\n", "eric", false},        // no dash before it
      {"see page 3 -Eric said so\n", "eric", false},  // not alone on its line
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    std::vector<Token> tokens = tokenize(row.text);
    CHECK(signs_off(row.text, tokens[position(tokens, row.word)]) == row.signs);
  }
  CHECK(count_of(extract("Should I remove it?\n\nThanks for your help,\n\n-Eric\n"), "Eric") == 1);
}

}  // namespace lsearch
