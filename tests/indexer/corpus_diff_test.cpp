// The shrink guard (indexer/corpus_diff.cpp) through run_index(): a root or a JSONL
// feed that would lose most of its articles is refused before anything is deleted.
#include "indexer/corpus_diff.h"

#include <doctest/doctest.h>
#include <xapian.h>

#include <filesystem>

#include "../support/index_runs.h"
#include "common/error.h"

namespace lsearch::testing {

TEST_CASE("a corpus root that became empty or went missing is refused unless allowed") {
  testing::TempDir dir;
  dir.write("corpus/a.txt", article("alpha"));
  dir.write("corpus/b.txt", article("bravo"));
  dir.write("corpus/c.txt", article("charlie"));
  index(dir);
  for (const char* name : {"a.txt", "b.txt", "c.txt"})
    std::filesystem::remove(dir.file("corpus/") + name);
  CHECK_THROWS_WITH_AS(index(dir), doctest::Contains("allowing the shrink"), ShrinkError);
  CHECK_THROWS_WITH_AS(index(dir, {}, true), doctest::Contains("allowing the shrink"), ShrinkError);
  CHECK(Xapian::Database(dir.file("db")).get_doccount() == 3);
  std::filesystem::remove(dir.file("corpus"));
  CHECK_THROWS_WITH_AS(index(dir), doctest::Contains("allowing the shrink"), ShrinkError);
  CHECK(Xapian::Database(dir.file("db")).get_doccount() == 3);
  IndexReport allowed =
      index_inputs(dir, {"corpus"}, [](IndexOptions& o) { o.allow_shrink = true; });
  CHECK(allowed.deleted == 3);
  CHECK(allowed.doc_count == 0);
}

// `first`..`last` as JSONL records r<i> ("word<i>").
std::string feed(int first, int last) {
  std::string out;
  for (int i = first; i <= last; ++i)
    out += "{\"id\":\"r" + std::to_string(i) + "\",\"text\":\"word" + std::to_string(i) + "\"}\n";
  return out;
}

TEST_CASE(
    "a JSONL feed cut short is refused before any deletion, in incremental runs and rebuilds") {
  testing::TempDir dir;
  dir.write("corpus/big.jsonl", feed(1, 10));
  dir.write("corpus/other.jsonl", feed(101, 101));
  index(dir);
  touch_later(dir.write("corpus/big.jsonl", feed(1, 3)));
  touch_later(dir.write("corpus/other.jsonl", feed(101, 104)));
  // Batches of one article: this run commits before it reaches its deletions.
  auto small_batches = [](IndexOptions& o) { o.commit_every = 1; };
  CHECK_THROWS_WITH_AS(index_inputs(dir, {"corpus"}, small_batches),
                       doctest::Contains("big.jsonl: this run would delete 7 of the 10 articles"),
                       CorpusError);
  CHECK(has_id(dir, "r9"));  // nothing deleted
  CHECK_THROWS_WITH_AS(index(dir), doctest::Contains("allowing the shrink"),
                       ShrinkError);  // not recorded
  CHECK_THROWS_WITH_AS(index(dir, {}, true), doctest::Contains("allowing the shrink"), ShrinkError);
  CHECK(has_id(dir, "r9"));
  IndexReport allowed =
      index_inputs(dir, {"corpus"}, [](IndexOptions& o) { o.allow_shrink = true; });
  CHECK(allowed.deleted == 7);
  CHECK(allowed.doc_count == 7);  // r1-r3, r101-r104
  // A rotated feed (as many records, new ids) and a loss of fewer than half are updates.
  touch_later(dir.write("corpus/big.jsonl", feed(11, 13)));
  CHECK(index(dir).deleted == 3);
  touch_later(dir.write("corpus/big.jsonl", feed(11, 12)));
  CHECK(index(dir).deleted == 1);
}

TEST_CASE(
    "losing more than half of a root's articles is refused but a rename or a few deletions are "
    "not") {
  testing::TempDir dir;
  for (int i = 0; i < 4; ++i)
    dir.write("corpus/" + std::to_string(i) + ".txt", article("word" + std::to_string(i)));
  index(dir);
  std::filesystem::remove(dir.file("corpus/0.txt"));
  std::filesystem::rename(dir.file("corpus/1.txt"), dir.file("corpus/renamed.txt"));
  CHECK(index(dir).deleted == 2);  // 0.txt, and 1.txt under its old id
  std::filesystem::remove(dir.file("corpus/2.txt"));
  std::filesystem::remove(dir.file("corpus/3.txt"));
  CHECK_THROWS_AS(index(dir), CorpusError);  // 2 of 3 articles
}

}  // namespace lsearch::testing
