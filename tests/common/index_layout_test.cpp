// The names inside an index directory: ours are parsed strictly, anything else is not ours.
#include "common/index_layout.h"

#include <doctest/doctest.h>

#include "../support/temp_dir.h"
#include "common/error.h"

namespace lsearch {

TEST_CASE("generation and scratch names: ours parse, foreign ones do not (and never throw)") {
  CHECK(parse_generation_name(generation_name(7)) == 7u);
  CHECK(generation_name(7) == "gen-000007");
  for (const char* foreign : {"gen-old", "gen-", "gen-1x", "gen-00001", "gen-+00001",
                              "gen-99999999999999", "xgen-000001"})
    CHECK_MESSAGE(!parse_generation_name(foreign), foreign);
  CHECK(parse_scratch_name("scratch-1234") == 1234);
  for (const char* foreign :
       {"scratch-99999999999", "scratch-", "scratch-abc", "scratch-0", "scratch--5"})
    CHECK_MESSAGE(!parse_scratch_name(foreign), foreign);
}

TEST_CASE("a stub is 'auto gen-NNNNNN'; an empty or garbage stub is an IndexError naming the fix") {
  CHECK(stub_generation("auto gen-000003\n") == std::string("gen-000003"));
  for (const char* bad : {"", "\n", "auto", "auto gen-old", "glass gen-000003", "auto gen-000003 x",
                          "\x7f\x45LF garbage"})
    CHECK_MESSAGE(!stub_generation(bad), bad);

  testing::TempDir dir;
  CHECK(read_index_stub(dir.path()).empty());  // no stub: not ours to judge
  dir.write("XAPIANDB", "auto gen-000002\n");
  CHECK(read_index_stub(dir.path()) == "auto gen-000002\n");
  dir.write("XAPIANDB", "");
  CHECK_THROWS_WITH_AS(read_index_stub(dir.path()), doctest::Contains("lindex --rebuild"),
                       IndexError);
  CHECK_THROWS_WITH_AS(read_index_stub(dir.path()), doctest::Contains("XAPIANDB"), IndexError);
}

}  // namespace lsearch
