// The name-knowledge table: how a line reads, and what the generated table
// (scripts/make-name-knowledge.py over WordNet 3.0) says of a few words.
#include "common/news/name_knowledge.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace lsearch {

TEST_CASE("a table line gives a word its classes") {
  const NameKnowledge table("# comment\nzorba\tperson\nblip\tpeople,thing\nduma\tbody\n");
  CHECK(table.classes("zorba") == kNamePerson);
  CHECK(table.only_person("zorba"));
  CHECK(table.never_actor("blip"));
  CHECK(table.only_organisation("duma"));
  CHECK(table.classes("unknown") == 0);
  CHECK_FALSE(table.never_actor("unknown"));
}

TEST_CASE("the generated table knows people, peoples, bodies and things") {
  const NameKnowledge& wordnet = NameKnowledge::builtin();
  struct Row {
    std::string word;
    std::uint16_t has, lacks;
  };
  const std::vector<Row> rows = {
      {"aristotle", kNamePerson, kNameCommon | kNameGiven | kNameThing},
      {"stalin", kNamePerson, kNameGiven},
      {"george", kNamePerson | kNameGiven, 0},  // George Washington, George Bush
      {"bush", kNamePerson | kNameCommon, kNameGiven},
      {"swiss", kNamePeople, kNamePerson | kNameOrg},
      {"maori", kNamePeople, kNamePerson | kNameOrg},
      {"hamas", kNameOrg, kNameThing},
      {"beatles", kNameOrg, 0},
      {"knesset", kNameBody, kNameThing},  // a legislature: a body, not a thing
      {"duma", kNameBody, kNameThing},
      {"democrat", kNameMember, kNamePerson},
      {"othello", kNameThing, kNamePerson},    // a character of fiction
      {"scientology", kNameThing, kNameBody},  // a religion
      {"zanzibar", kNamePlace, 0},
  };
  for (const auto& row : rows) {
    CAPTURE(row.word);
    const std::uint16_t classes = wordnet.classes(row.word);
    CHECK((classes & row.has) == row.has);
    CHECK((classes & row.lacks) == 0);
  }
  CHECK(wordnet.never_actor("swiss"));
  CHECK_FALSE(wordnet.never_actor("knesset"));
  CHECK(wordnet.only_person("aristotle"));
  CHECK_FALSE(wordnet.only_person("george"));
  CHECK(wordnet.is_member("democrat"));
}

}  // namespace lsearch
