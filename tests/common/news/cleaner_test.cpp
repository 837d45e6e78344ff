#include "common/news/cleaner.h"

#include <doctest/doctest.h>

#include "common/error.h"
#include "seed_fixture.h"

namespace lsearch {

TEST_CASE("one test per cleaning rule, built from the seed articles") {
  Cleaner cleaner;
  SUBCASE("reply form and everything after it (002)") {
    auto out = cleaner.clean(testing::read_seed("002_2f99136e3ac0f3d2.txt"));
    CHECK(out.body.find("LEAVE A REPLY") == std::string::npos);
    CHECK(out.body.find("Please enter your") == std::string::npos);
    CHECK(out.body.find("Germany has meanwhile announced") != std::string::npos);
  }
  SUBCASE("source credit line becomes the source (002)") {
    auto out = cleaner.clean(testing::read_seed("002_2f99136e3ac0f3d2.txt"));
    CHECK(out.source_credit == "AL JAZEERA AND NEWS AGENCIES");
    CHECK(out.body.find("SOURCE:") == std::string::npos);
  }
  SUBCASE("bracketed photo credit inside a paragraph (002)") {
    auto out = cleaner.clean(testing::read_seed("002_2f99136e3ac0f3d2.txt"));
    CHECK(out.body.find("Getty Images") == std::string::npos);
    CHECK(out.body.find("The prime minister, addressing the UNGA") != std::string::npos);
  }
  SUBCASE("discussion widget (004)") {
    auto out = cleaner.clean(testing::read_seed("004_23e8d5bb857ada88.txt"));
    CHECK(out.body.find("Discussion about this post") == std::string::npos);
    CHECK(out.body.find("resumption of bloodshed") != std::string::npos);
  }
  SUBCASE("translation banner and captioned photo (003)") {
    auto out = cleaner.clean(testing::read_seed("003_ebc747be27607751.txt"));
    CHECK(out.body.find("Powered by automated translation") == std::string::npos);
    CHECK(out.body.find("REUTERS/Ahmed Elumami") == std::string::npos);
    CHECK(out.captions.find("February 18, 2020") != std::string::npos);
  }
  SUBCASE("a lone line in another script (001)") {
    auto out = cleaner.clean(testing::read_seed("001_d11ef2eea91aa6fc.txt"));
    CHECK(out.body.find("\u0645\u0634\u0627\u0631\u0643\u0629") == std::string::npos);
    CHECK(out.body.find("national reconciliation.") != std::string::npos);
  }
}

TEST_CASE("unicode spaces become plain spaces, zero-width characters go") {
  Cleaner cleaner;
  CHECK(cleaner.clean("Mission in\u00A0Libya\u202Fsaid\u200B so").body ==
        "Mission in Libya said so");
}

TEST_CASE("an Arabic article keeps its Arabic lines") {
  Cleaner cleaner;
  std::string text =
      "\u0642\u0627\u0644 \u062D\u0641\u062A\u0631 "
      "\u0627\u0644\u064A\u0648\u0645\n\n\u0637\u0631\u0627\u0628\u0644\u0633";
  CHECK(cleaner.clean(text).body.find("\u0637\u0631\u0627\u0628\u0644\u0633") != std::string::npos);
}

TEST_CASE("user rules are TSV and bad lines are reported with their line") {
  Cleaner extra = Cleaner::from_tsv("# comment\ndrop\t-\t^Sponsored$\tads\n", "mine.tsv");
  Cleaner cleaner;
  cleaner.add_rules(extra);
  CHECK(cleaner.clean("Sponsored\nReal text.").body == "Real text.");
  CHECK_THROWS_WITH_AS(Cleaner::from_tsv("explode\t-\tx\n", "bad.tsv"),
                       doctest::Contains("bad.tsv:1"), Error);
  CHECK_THROWS_AS(Cleaner::from_tsv("drop\t-\t([\n", "bad.tsv"), Error);
}

TEST_CASE("the match-range shortcut never skips a line its rule matches") {
  // Bounded patterns get a range; lines at and beyond its ends are decided right.
  Cleaner rules = Cleaner::from_tsv(
      "drop\t-\t^(Alpha|Omega)( note)?$\tbounded\n"
      "drop\t-\t^.*\\(sponsored\\)$\tunbounded\n"
      "truncate\t-\t^(Zulu|Zz+)$\trepeats\n",
      "range.tsv");
  CHECK(rules.rules().front().min_match == "Alpha");
  CHECK_FALSE(rules.rules().front().max_match.empty());
  CHECK(rules.clean("Alpha\nAlphabet soup\nOmega note\nOmega notes\nA\nkept").body ==
        "Alphabet soup\nOmega notes\nA\nkept");
  CHECK(rules.clean("first\nlast words (sponsored)\nnext").body == "first\nnext");
  CHECK(rules.clean("first\nZzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\ncut").body == "first");
}

}  // namespace lsearch
