// Pass 2, gazetteer aliases (common/news/entity_alias_matches.cpp): a famous person's
// one-word alias inside another person's full name, seen through the whole extractor.
#include <doctest/doctest.h>

#include "tests/common/news/extraction_fixture.h"

namespace lsearch {

TEST_CASE("a given name before a famous person's surname names another person") {
  struct Row {
    std::string text;
    std::string person;     // an actor the text names
    std::string not_named;  // "" when none must be absent
  };
  const std::vector<Row> rows = {
      // Another person by the surname: the famous one is not named.
      {"Michelle Obama visited a school in Ohio. Obama said children need more exercise.",
       "Michelle Obama", "Barack Obama"},
      {"Victor Conte, the founder of Balco, was jailed.", "Victor Conte", "Giuseppe Conte"},
      {"Khamis Gaddafi's brigade shelled the town.", "Khamis Gaddafi", "Muammar Gaddafi"},
      {"Aisha Gaddafi, a lawyer, left for Algeria.", "Aisha Gaddafi", "Muammar Gaddafi"},
      {"Inside Aisha Gaddafi's palace", "Aisha Gaddafi", "Muammar Gaddafi"},
      {"Is Michelle Obama strumming along with Gibson Guitar?", "Michelle Obama", "Barack Obama"},
      {"Melania Trump spoke in New York. Trump wore white.", "Melania Trump", "Donald Trump"},
      // The famous one named in full too: a lone surname stays theirs.
      {"Barack Obama and Michelle Obama arrived. Obama spoke first.", "Barack Obama", ""},
      {"Barack Obama and Michelle Obama arrived. Obama spoke first.", "Michelle Obama", ""},
      // The famous one's own names and spellings, and titles: still the famous one.
      {"Libyan leader Muammar Gaddafi spoke.", "Muammar Gaddafi", ""},
      {"Moammar Gadhafi spoke on television.", "Muammar Gaddafi", ""},
      {"Moamer Kadhafi spoke on television.", "Muammar Gaddafi", ""},
      {"Muammar al-Qaddafi spoke on television.", "Muammar Gaddafi", ""},
      {"Colonel Mu'Ammar Qaddafi announced initiatives.", "Muammar Gaddafi", ""},
      {"Colonel Gaddafi spoke on television.", "Muammar Gaddafi", ""},
      {"Forces loyal to Gaddafi advanced.", "Muammar Gaddafi", ""},
      {"Libya's Gaddafi spoke on television.", "Muammar Gaddafi", ""},
      {"Saif al-Islam Gaddafi spoke on television.", "Saif al-Islam Gaddafi", "Muammar Gaddafi"},
      {"President Obama signed the bill.", "Barack Obama", ""},
      {"Barack Obama signed the bill. Obama said it was a good day.", "Barack Obama", ""},
      {"Obama signed the bill.", "Barack Obama", ""},
      // Title-case headlines: a verb, a participle or a middle name before the surname.
      {"Judicial Watch Sues Obama HHS for Records", "Barack Obama", ""},
      {"DutyFreeZone.com Trumps Obama's Job Plan!", "Barack Obama", ""},
      {"Vacationing Obama heads to Martha's Vineyard", "Barack Obama", ""},
      {"Barack Hussein Obama took the oath.", "Barack Obama", ""},
      {"U.S. President Barack Obama met Merkel.", "Angela Merkel", ""},
      {"Tayyip Erdogan spoke in Ankara.", "Recep Tayyip Erdogan", ""},
      {"Egypt's Abdel-Fattah el-Sisi met Haftar.", "Abdel Fattah al-Sisi", ""},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    const std::vector<EntityMention> found = testing::extract(row.text);
    const EntityMention* person = testing::find(found, row.person);
    CHECK(person != nullptr);
    if (!row.not_named.empty()) CHECK(testing::find(found, row.not_named) == nullptr);
  }
}

TEST_CASE("the lone surnames go to the one full name that holds them") {
  const std::vector<EntityMention> found = testing::extract(
      "Michelle Obama visited a school in Ohio. Obama said children need more exercise. "
      "Obama later left.");
  const EntityMention* michelle = testing::find(found, "Michelle Obama");
  REQUIRE(michelle != nullptr);
  CHECK(michelle->count == 3);
  CHECK(michelle->type == ActorType::kPerson);
}

}  // namespace lsearch
