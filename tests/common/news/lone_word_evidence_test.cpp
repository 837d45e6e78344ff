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

TEST_CASE("a noun right before a name says what it names, and when it does not") {
  struct Row {
    std::string text, word;
    std::size_t words;  // the name's length in tokens
    ActorType type;
  };
  const std::vector<Row> rows = {
      {"merger talks with US bank Wells Fargo.", "wells", 2, ActorType::kOrganisation},
      {"telecom regulator Ofcom said", "ofcom", 1, ActorType::kOrganisation},
      {"Russian oil giant Yukos said", "yukos", 1, ActorType::kOrganisation},
      {"state utility Electricite de France said", "electricite", 3, ActorType::kOrganisation},
      {"after Ukrainian singer Ruslana won", "ruslana", 1, ActorType::kPerson},
      // A descriptor after an article is an adjective, joined by a hyphen a position.
      {"output from the giant Yates Field rose", "yates", 2, ActorType::kUnknown},
      {"with open-side Martyn Williams", "martyn", 2, ActorType::kUnknown},
      // What an organisation has is no apposition.
      {"the home side's Craig Bryson scored", "craig", 2, ActorType::kUnknown},
      // After what it carries, a carrier is a ship; alone, an airline.
      {"the aircraft carrier Kitty Hawk sailed", "kitty", 2, ActorType::kUnknown},
      {"the bulk carrier Mykon Wave arrived", "mykon", 2, ActorType::kUnknown},
      {"Italian flag carrier Alitalia said", "alitalia", 1, ActorType::kOrganisation},
      // After "to" or a modal the noun is a verb.
      {"you can label Roussel as a fraud", "roussel", 1, ActorType::kUnknown},
      {"they had to label Roussel a fraud", "roussel", 1, ActorType::kUnknown},
      // The name may go on past "de": the run cut there is not the whole name.
      {"state utility Electricite de France said", "electricite", 1, ActorType::kUnknown},
      {"US bank Wells Fargo", "bank", 1, ActorType::kUnknown},  // capitalised word before
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    std::vector<Token> tokens = tokenize(row.text);
    const std::size_t pos = position(tokens, row.word);
    CHECK(introduced_by(row.text, tokens, NameLexicon::builtin(), pos, pos + row.words) ==
          row.type);
  }
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

TEST_CASE("a first name alone on a line after a dash or as the last paragraph signs a post off") {
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
      // The post's last paragraph: after a blank line or a closing, before the end or "--".
      {"are a concern.\n \n Tom", "tom", true},
      {"Any ideas?\n\nThanks in advance,\nMike\n\n", "mike", true},
      {"launches for NIXON.\n\nMike\n-- \nmike@cs.edu\nDept. of Physics", "mike", true},
      {"more then ever.\n\nMike\nmike@cs.edu", "mike", false},  // more text follows
      {"I asked him.\nMike\n", "mike", false},     // the paragraph's last line, not its own
      {"Mike\n\nhe said more.\n", "mike", false},  // not the post's last paragraph
      {"Any ideas?\n\nTIA\n", "tia", false},       // an abbreviation, no name
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    std::vector<Token> tokens = tokenize(row.text);
    CHECK(signs_off(row.text, tokens[position(tokens, row.word)]) == row.signs);
  }
  CHECK(count_of(extract("Should I remove it?\n\nThanks for your help,\n\n-Eric\n"), "Eric") == 1);
  // A given name that is a common word signs too; another common word does not.
  CHECK(count_of(extract("I have all the catalogs.\n\n Tom"), "Tom") == 1);
  CHECK(count_of(extract("Mike Jones wrote it.\n\nMike\n"), "Mike Jones") == 2);
  CHECK(extract("I have all the catalogs.\n\nCheers\n").empty());
}

TEST_CASE("what WordNet knows a lone word as: no actor, a person, an organisation") {
  struct Row {
    std::string text, word;
    WordNetVerdict verdict;
  };
  const std::vector<Row> rows = {
      {"the coach said Swiss players", "swiss", WordNetVerdict::kNoActor},  // a people
      {"a haka by Maori players", "maori", WordNetVerdict::kNoActor},
      {"as the Bible says", "bible", WordNetVerdict::kNoActor},      // a thing
      {"a play like Othello", "othello", WordNetVerdict::kNoActor},  // fiction
      {"as Aristotle wrote", "aristotle", WordNetVerdict::kPerson},
      {"the voters of Hamas", "hamas", WordNetVerdict::kOrganisation},
      {"members of Knesset", "knesset", WordNetVerdict::kOrganisation},  // a body, kept
      {"the Knesset voted", "knesset", WordNetVerdict::kOrganisation},   // "the" names a body
      {"the Nixon years", "nixon", WordNetVerdict::kUnknown},     // a person's, after an article
      {"when George came", "george", WordNetVerdict::kUnknown},   // a given name
      {"as Bush said", "bush", WordNetVerdict::kUnknown},         // an English word too
      {"on CA roads", "ca", WordNetVerdict::kUnknown},            // an abbreviation, not calcium
      {"VOTE FOR NIXON NOW", "nixon", WordNetVerdict::kPerson},   // shouting
      {"a Zorblatt said", "zorblatt", WordNetVerdict::kUnknown},  // unknown to WordNet
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    std::vector<Token> tokens = tokenize(row.text);
    CHECK(wordnet_verdict(row.text, tokens, NameLexicon::builtin(), position(tokens, row.word)) ==
          row.verdict);
  }
  // What the extractor makes of them: the people is no actor, the philosopher one.
  const auto found = extract("The Swiss said Swiss players liked it. Aristotle wrote on it.");
  CHECK(count_of(found, "Swiss") == 0);
  CHECK(count_of(found, "Aristotle") == 1);
  CHECK(count_of(extract("Then the Knesset voted. The Mossad was not told."), "Mossad") == 1);
}

}  // namespace lsearch
