#include "common/schema/value_codec.h"

#include <doctest/doctest.h>

namespace lsearch {

TEST_CASE("lists round-trip, including empty and long items") {
  std::vector<std::string> items = {"Khalifa Haftar", "", std::string(300, 'x'), "Tripoli"};
  CHECK(decode_list(encode_list(items)) == items);
  CHECK(decode_list("").empty());
}

TEST_CASE("a truncated list decodes to its complete items") {
  std::string encoded = encode_list({"abc", "defgh"});
  encoded.pop_back();
  CHECK(decode_list(encoded) == std::vector<std::string>{"abc"});
}

TEST_CASE("slugs and bounded terms") {
  CHECK(slugify("khalifa haftar") == "khalifa_haftar");
  CHECK(slugify("al-jazeera  news") == "al_jazeera_news");
  CHECK(bounded_term("Q", "short") == "Qshort");
  std::string long_value(400, 'a');
  std::string term = bounded_term("Q", long_value);
  CHECK(term.size() <= 240);
  CHECK(term != bounded_term("Q", long_value + "b"));
}

}  // namespace lsearch
