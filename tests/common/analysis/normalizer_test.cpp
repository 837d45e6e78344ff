#include "common/analysis/normalizer.h"

#include <doctest/doctest.h>

namespace lsearch {

struct NormCase {
  const char* rule;
  const char* input;
  const char* expected;
};

TEST_CASE("normalize_text applies each rule") {
  const NormCase cases[] = {
      {"case folding", "Haftar HAFTAR haftar", "haftar haftar haftar"},
      {"curly apostrophe possessive", "Haftar\u2019s forces", "haftar forces"},
      {"straight apostrophe possessive", "Haftar's forces", "haftar forces"},
      {"plural possessive", "the rebels' leader", "the rebels leader"},
      {"inner apostrophe kept", "don't", "don't"},
      {"curly double quotes", "\u201Cwar criminal\u201D", "\"war criminal\""},
      {"accents folded", "Salam\u00E9 caf\u00E9 Erdo\u011Fan", "salame cafe erdogan"},
      {"NFKC full-width", "\uFF28\uFF41\uFF46\uFF54\uFF41\uFF52", "haftar"},
      {"NFKC ligature", "\uFB01nal", "final"},
      {"German sharp s folds", "Stra\u00DFe", "strasse"},
      {"dotted acronym", "the U.N. envoy", "the un envoy"},
      {"dotted acronym at end", "in the U.S.", "in the us"},
      {"single initial kept", "A. J. Perlis", "a. j. perlis"},
      {"alef with hamza above", "\u0623\u062D\u0645\u062F", "\u0627\u062D\u0645\u062F"},
      {"alef with hamza below", "\u0625\u0633\u0644\u0627\u0645", "\u0627\u0633\u0644\u0627\u0645"},
      {"alef madda", "\u0622\u0645\u0646", "\u0627\u0645\u0646"},
      {"alef wasla", "\u0671\u0644", "\u0627\u0644"},
      {"teh marbuta", "\u0637\u0631\u0627\u0628\u0644\u0633\u0629",
       "\u0637\u0631\u0627\u0628\u0644\u0633\u0647"},
      {"alef maqsura", "\u0645\u0648\u0633\u0649", "\u0645\u0648\u0633\u064A"},
      {"tatweel removed", "\u062D\u0641\u0640\u0640\u062A\u0631", "\u062D\u0641\u062A\u0631"},
      {"arabic diacritics removed", "\u062D\u064E\u0641\u0652\u062A\u064E\u0631",
       "\u062D\u0641\u062A\u0631"},
      {"invalid utf-8 replaced",
       "ab\xFF"
       "cd",
       "ab\uFFFDcd"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.rule);
    CHECK(normalize_text(c.input) == c.expected);
  }
}

TEST_CASE("the ASCII fast path and the ICU path fold mixed text alike") {
  // Each ASCII word must come out as it would inside a non-ASCII segment.
  CHECK(normalize_text("HAFTAR\u00A0Haftar's `quoted` U.N.") == "haftar haftar 'quoted' un");
  CHECK(normalize_text("Caf\u00E9 CAFE") == "cafe cafe");
  CHECK(normalize_text("e\u0301t\u00E9 ETE") == "ete ete");
}

TEST_CASE("normalize_query keeps operators and folds everything else") {
  CHECK(normalize_query("Haftar AND Sarraj") == "haftar AND sarraj");
  CHECK(normalize_query("war OR peace NOT Tripoli") == "war OR peace NOT tripoli");
  CHECK(normalize_query("Haftar NEAR/3 forces") == "haftar NEAR/3 forces");
  CHECK(normalize_query("\u201CHaftar\u2019s forces\u201D") == "\"haftar forces\"");
  CHECK(normalize_query("ANDROID ORANGE") == "android orange");
  CHECK(normalize_query("title:Libya actor:Hifter") == "title:libya actor:hifter");
  CHECK(normalize_query("date:2019-04..2019-06") == "date:2019-04..2019-06");
}

}  // namespace lsearch
