// Near-duplicate keys: a table of headline pairs that must share a key
// (copies, version tags) or must not (different stories).
#include "common/news/near_duplicate.h"

#include <doctest/doctest.h>

namespace lsearch {

TEST_CASE("version tags are stripped from the front of a headline") {
  const std::pair<const char*, const char*> cases[] = {
      {"UPDATE 2-Libya rebels advance", "Libya rebels advance"},
      {"UPDATE 1 -Libyan court to sit", "Libyan court to sit"},
      {"RPT-UPDATE 3-Oil rises", "Oil rises"},
      {"WRAPUP 12-NATO strikes", "NATO strikes"},
      {"Update on Libya", "Update on Libya"},  // not a tag: no dash, not upper case
      {"UPDATES-Libya", "UPDATES-Libya"},      // not one of the tags
      {"The Update: Libya", "The Update: Libya"},
  };
  for (const auto& [in, out] : cases) CHECK(strip_version_tags(in) == out);
}

TEST_CASE("copies share a key; different stories do not") {
  struct Case {
    const char *a, *b;
    bool same;
  };
  const Case cases[] = {
      {"UPDATE 4-Blair meets Gaddafi as BP lands energy deal",
       "Blair meets Gaddafi as BP lands energy deal", true},
      {"France's Sarkozy says Gaddafi must go", "FRANCE'S SARKOZY SAYS GADDAFI MUST GO", true},
      {"RPT-Libya rebels take Brega", "UPDATE 2-Libya rebels take Brega", true},
      {"Libya rebels take Brega", "Gaddafi forces retake Brega", false},
      {"Italy shuts Libya embassy", "France recognises Libyan rebels", false},
  };
  for (const auto& c : cases) {
    CAPTURE(c.a);
    CAPTURE(c.b);
    CHECK((near_duplicate_key(c.a, "") == near_duplicate_key(c.b, "")) == c.same);
  }
}

TEST_CASE("the lead counts, later paragraphs do not; no words, no key") {
  std::string lead;  // more than kLeadWords words
  for (std::size_t i = 0; i <= kLeadWords; ++i) lead += " lead" + std::to_string(i);
  std::string tail_a(500, ' '), tail_b(500, ' ');
  for (int i = 0; i < 60; ++i) {
    tail_a += " alpha" + std::to_string(i);
    tail_b += " bravo" + std::to_string(i);
  }
  CHECK(near_duplicate_key("Rebels take Brega", lead + tail_a) ==
        near_duplicate_key("Rebels take Brega", lead + tail_b));
  CHECK(near_duplicate_key("", "").empty());
  CHECK(near_duplicate_key("UPDATE 2-", "").empty());
  CHECK(near_duplicate_key("Brega", "").size() == 16);  // one word is its own shingle
}

TEST_CASE("tags in any case, before ':' too, and repeated; attributions at the end") {
  const std::pair<const char*, const char*> tags[] = {
      {"Timeline: Libya's civil war nears end", "Libya's civil war nears end"},
      {"CORRECTED - CORRECTED-UPDATE 1-Airbus sees demand", "Airbus sees demand"},
      {"Factbox: World powers weigh no-fly zone", "World powers weigh no-fly zone"},
  };
  for (const auto& [in, out] : tags) CHECK(strip_version_tags(in) == out);
  const std::pair<const char*, const char*> tails[] = {
      {"Libya arrests 4 over deadly Benghazi attack: official",
       "Libya arrests 4 over deadly Benghazi attack"},
      {"Italian consul in Benghazi shot at but unhurt - security source",
       "Italian consul in Benghazi shot at but unhurt"},
      {"Libyan fund increases stake in UniCredit-source",
       "Libyan fund increases stake in UniCredit"},
      {"Blast hits hotel in Libya's rebel-held Benghazi -TV",
       "Blast hits hotel in Libya's rebel-held Benghazi"},
      // A hyphenated word is no attribution, nor a long tail, nor a short headline's colon.
      {"Libya's Tripoli government captures Russia-flagged tanker",
       "Libya's Tripoli government captures Russia-flagged tanker"},
      {"Noda seen safe choice to lead quake-hit Japan",
       "Noda seen safe choice to lead quake-hit Japan"},
      {"NATO: Gaddafi whereabouts unknown", "NATO: Gaddafi whereabouts unknown"},
  };
  for (const auto& [in, out] : tails) CHECK(strip_attribution(in) == out);
}

TEST_CASE("spellings, stop words and plurals do not separate copies") {
  const std::pair<const char*, const char*> same[] = {
      {"UPDATE 1-EU agrees sanctions against Libyan oil companies",
       "EU agrees to sanctions against Libyan oil companies"},
      {"Top U.S. military officer calls pastor over film",
       "Top US military officer calls pastor over film"},
      {"France says three soldiers died in accident on Libya mission",
       "UPDATE 4-France says 3 soldiers died in accident on Libya mission"},
      {"Blackstone may seek $3 bln for energy fund -report",
       "Blackstone may seek $3 billion for energy fund: report"},
      {"TIMELINE-Libya's civil war nears end", "Timeline: Libya's civil war nears end"},
  };
  for (const auto& [a, b] : same) {
    CAPTURE(a);
    CHECK(near_duplicate_key(a, "") == near_duplicate_key(b, ""));
  }
}

}  // namespace lsearch
