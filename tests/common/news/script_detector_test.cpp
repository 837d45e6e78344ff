#include "common/news/script_detector.h"

#include <doctest/doctest.h>

#include <string>

namespace lsearch {
namespace {

TEST_CASE("script detector: the script of most letters") {
  CHECK(dominant_script("Haftar's forces advanced on Tripoli.") == Script::kLatin);
  CHECK(dominant_script("Ça s'est passé à Benghazi, dit-il.") == Script::kLatin);
  CHECK(dominant_script("قوات حفتر تتقدم نحو طرابلس") == Script::kArabic);
  CHECK(dominant_script("Война в Ливии") == Script::kCyrillic);
  CHECK(dominant_script("2019-04-04 12:30 -- !!") == Script::kUnknown);
  CHECK(dominant_script("") == Script::kUnknown);
  // Letters decide, not bytes: six Latin letters outweigh three Arabic ones.
  CHECK(dominant_script("UNSMIL قوة") == Script::kLatin);
  CHECK(dominant_script("UN قوات") == Script::kArabic);
}

TEST_CASE("script detector: a short line in another script is foreign") {
  CHECK(is_foreign_script_line("مشاركة :", Script::kLatin));
  CHECK_FALSE(is_foreign_script_line("Share this article", Script::kLatin));
  CHECK_FALSE(is_foreign_script_line("مشاركة :", Script::kArabic));
  CHECK_FALSE(is_foreign_script_line("مشاركة :", Script::kUnknown));
  CHECK_FALSE(is_foreign_script_line("12:45", Script::kLatin));  // no letters
  const std::string long_line(130, 'x');
  CHECK_FALSE(
      is_foreign_script_line("مشاركة " + long_line, Script::kArabic));  // too long to be furniture
}

}  // namespace
}  // namespace lsearch
