#include "indexer/corpus/corpus_walker.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include "../../support/temp_dir.h"
#include "common/error.h"

namespace lsearch {

TEST_CASE("the walker finds corpus files, ignores others, and survives symlink loops") {
  testing::TempDir dir;
  dir.write("corpus/a.txt", "A");
  dir.write("corpus/sub/b.jsonl", "{}");
  dir.write("corpus/sub/c.jsonl.gz", "");
  dir.write("corpus/notes.md", "ignored");
  dir.write("corpus/.hidden/d.txt", "ignored");
  dir.write("corpus/name with spaces.txt", "S");
  REQUIRE(::symlink("..", dir.file("corpus/sub/loop").c_str()) == 0);
  REQUIRE(::symlink("self.txt", dir.file("corpus/self.txt").c_str()) == 0);  // a file link loop

  Diagnostics d;
  CorpusListing listing = walk_corpus({dir.file("corpus")}, d);
  std::vector<std::string> rel;
  for (const auto& f : listing.files) rel.push_back(f.relpath);
  CHECK(rel ==
        std::vector<std::string>{"a.txt", "name with spaces.txt", "sub/b.jsonl", "sub/c.jsonl.gz"});
  CHECK(listing.files[2].format == CorpusFormat::kJsonl);
  CHECK(listing.files[3].format == CorpusFormat::kJsonlGz);
  REQUIRE(d.skip_count() == 1);
  CHECK(d.skips()[0].why.find("loop") != std::string::npos);
  REQUIRE(listing.scopes.size() == 1);
  CHECK(listing.scopes[0].covers(listing.files[0].root, "anything"));
}

TEST_CASE("a single file input is its own scope; a missing input is an error") {
  testing::TempDir dir;
  std::string path = dir.write("x/one.txt", "A");
  Diagnostics d;
  CorpusListing listing = walk_corpus({path}, d);
  REQUIRE(listing.files.size() == 1);
  CHECK(listing.files[0].relpath == "one.txt");
  CHECK(listing.scopes[0].covers(listing.files[0].root, "one.txt"));
  CHECK_FALSE(listing.scopes[0].covers(listing.files[0].root, "two.txt"));
  CHECK_THROWS_AS(walk_corpus({dir.file("missing")}, d), CorpusError);
}

}  // namespace lsearch
