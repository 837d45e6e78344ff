// Where a name stands says it names an organisation (common/news/org_slot.h), through the
// extractor that asks it.
#include "common/news/org_slot.h"

#include <doctest/doctest.h>

#include "extraction_fixture.h"

namespace lsearch {

using testing::extract;
using testing::find;

TEST_CASE("an organisation noun before a person-shaped name makes it an organisation") {
  struct Row {
    std::string text;
    std::string name;
    ActorType type;
  };
  const std::vector<Row> rows = {
      {"A virus was found by security firm F-Secure on Monday.", "F-Secure",
       ActorType::kOrganisation},
      {"The report was written by salvage firm Smit International last week.", "Smit International",
       ActorType::kOrganisation},
      // A noun that a person may stand after too keeps the person.
      {"He was praised by Buffalo Sabres broadcaster Ted Darling on Monday.", "Ted Darling",
       ActorType::kPerson},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    auto found = extract(row.text);
    const EntityMention* m = find(found, row.name);
    REQUIRE(m != nullptr);
    CHECK(m->type == row.type);
  }
  // An adjective after "the", a verb after a modal: no descriptor, no organisation.
  for (const std::string text : {"Output from the giant Yates Field rose in May.",
                                 "You can label Roussel as a fraud, he said."}) {
    CAPTURE(text);
    for (const auto& m : extract(text)) CHECK(m.type != ActorType::kOrganisation);
  }
}

TEST_CASE("a later noun in apposition types a lone name found untyped") {
  auto found = extract(
      "Analysts said Zorbex was strong. Traders said Zorbex would grow and Zorbex "
      "would hire. On Monday UK banking group Zorbex said profits rose.");
  const EntityMention* m = find(found, "Zorbex");
  REQUIRE(m != nullptr);
  CHECK(m->type == ActorType::kOrganisation);
  CHECK(m->count == 4);
  // Without the apposition it stays untyped.
  found = extract(
      "Analysts said Zorbex was strong. Traders said Zorbex would grow and Zorbex "
      "would hire.");
  m = find(found, "Zorbex");
  REQUIRE(m != nullptr);
  CHECK(m->type == ActorType::kUnknown);
}

TEST_CASE("a lone word's organisation slots") {
  struct Row {
    std::string text, word;
    bool organisation;
  };
  const std::vector<Row> rows = {
      {"Mr Blair told the Guardian newspaper", "guardian", true},
      {"he bought shares of Rexnord last week", "rexnord", true},
      {"a Benetton spokesman said", "benetton", true},
      {"an Australian spokesman said", "australian", false},  // a demonym
      {"he met Rexnord last week", "rexnord", false},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    std::vector<Token> tokens = tokenize(row.text);
    std::size_t pos = 0;
    while (pos < tokens.size() && tokens[pos].norm != row.word) ++pos;
    REQUIRE(pos < tokens.size());
    SportsReport sports{row.text, tokens};
    CHECK(lone_organisation_slot(row.text, tokens, pos, NameLexicon::builtin(), sports) ==
          row.organisation);
  }
}

}  // namespace lsearch
