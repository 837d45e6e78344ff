#include "searcher/entity_resolver.h"

#include <doctest/doctest.h>

namespace lsearch {

TEST_CASE("edit distance is exact below the cap and capped above it") {
  CHECK(edit_distance("haftar", "haftar", 2) == 0);
  CHECK(edit_distance("hiftar", "haftar", 2) == 1);
  CHECK(edit_distance("hifter", "haftar", 2) == 2);
  CHECK(edit_distance("kitten", "sitting", 5) == 3);
  CHECK(edit_distance("a", "completely different", 2) == 3);
  CHECK(edit_distance("", "abc", 5) == 3);
}

}  // namespace lsearch
