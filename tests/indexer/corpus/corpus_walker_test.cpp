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
  REQUIRE(d.skip_count() == 1);  // the file link; the directory link is silently not followed
  CHECK(d.skips()[0].why.find("not followed (--follow") != std::string::npos);
  REQUIRE(listing.scopes.size() == 1);
  CHECK(listing.scopes[0].covers(listing.files[0].root, "anything"));

  Diagnostics followed;
  walk_corpus({dir.file("corpus")}, followed, WalkOptions{true, false});
  REQUIRE(followed.skip_count() == 1);
  CHECK(followed.skips()[0].why.find("loop") != std::string::npos);
}

TEST_CASE(
    "symbolic links to files are reported by default and followed only inside a corpus root") {
  testing::TempDir dir;
  dir.write("corpus/a.txt", "A");
  dir.write("other/b.txt", "B");
  dir.write("secret.txt", "outside every root");
  REQUIRE(::symlink("a.txt", dir.file("corpus/inside.txt").c_str()) == 0);
  REQUIRE(::symlink(dir.file("other/b.txt").c_str(), dir.file("corpus/to-other.txt").c_str()) == 0);
  REQUIRE(::symlink(dir.file("secret.txt").c_str(), dir.file("corpus/passwd.txt").c_str()) == 0);

  Diagnostics d;
  CorpusListing listing = walk_corpus({dir.file("corpus")}, d);
  CHECK(listing.files.size() == 1);  // a.txt only
  CHECK(d.skip_count() == 3);
  for (const auto& skip : d.skips()) CHECK(skip.why.find("--follow") != std::string::npos);

  Diagnostics f;
  listing = walk_corpus({dir.file("corpus"), dir.file("other")}, f, WalkOptions{true, false});
  std::vector<std::string> rel;
  for (const auto& file : listing.files) rel.push_back(file.relpath);
  CHECK(rel == std::vector<std::string>{"a.txt", "inside.txt", "to-other.txt", "b.txt"});
  REQUIRE(f.skip_count() == 1);
  CHECK(f.skips()[0].where == dir.file("corpus/passwd.txt"));
  CHECK(f.skips()[0].why.find("outside every corpus root") != std::string::npos);
}

TEST_CASE(
    "a missing input with allow_missing is an empty scope so its articles count as vanished") {
  testing::TempDir dir;
  Diagnostics d;
  CorpusListing listing = walk_corpus({dir.file("gone")}, d, WalkOptions{false, true});
  CHECK(listing.files.empty());
  bool covered = false;
  for (const auto& scope : listing.scopes)
    covered = covered || scope.covers(dir.file("gone"), "x.txt");
  CHECK(covered);
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
  CHECK_THROWS_WITH_AS(walk_corpus({dir.file("missing")}, d),
                       doctest::Contains("allowing the shrink"), ShrinkError);
}

}  // namespace lsearch
