// The spelling shard over real shard indexes built by run_index().
#include "indexer/spelling_shard.h"

#include <doctest/doctest.h>
#include <xapian.h>

#include "../support/temp_dir.h"
#include "common/error.h"
#include "common/schema/index_metadata.h"
#include "indexer/indexer.h"

namespace lsearch {
namespace {

void build(const testing::TempDir& dir, const std::string& name, const std::string& text) {
  dir.write(name + "-corpus/a.txt", "Title " + name + "\n\n" + text + "\n");
  IndexOptions options;
  options.db_path = dir.file(name);
  options.inputs = {dir.file(name + "-corpus")};
  options.jobs = 1;
  Diagnostics diagnostics;
  run_index(options, diagnostics);
}

Xapian::Database open_dir(const testing::TempDir& dir, const std::string& name) {
  return Xapian::Database(dir.file(name));  // follows the index's stub
}

// Xapian 1.4 has no get_spelling_frequency(): the word's entry in the spelling table, or 0.
Xapian::doccount spelling_frequency(const Xapian::Database& db, const std::string& word) {
  auto it = db.spellings_begin();
  it.skip_to(word);
  return it != db.spellings_end() && *it == word ? it.get_termfreq() : 0;
}

TEST_CASE("a spelling shard sums its shards' spelling tables and holds no article") {
  testing::TempDir dir;
  build(dir, "s0", "petroleum exports rose; petroleum prices fell");
  build(dir, "s1", "petroleum markets and tanker rates");
  const auto f0 = spelling_frequency(open_dir(dir, "s0"), "petroleum");
  const auto f1 = spelling_frequency(open_dir(dir, "s1"), "petroleum");
  REQUIRE(f0 > 0);
  REQUIRE(f1 > 0);

  SpellingMerge merge = merge_spelling_shards(dir.file("sp"), {dir.file("s0"), dir.file("s1")}, 1);
  Xapian::Database sp = open_dir(dir, "sp");
  CHECK(sp.get_doccount() == 0);
  CHECK(spelling_frequency(sp, "petroleum") == f0 + f1);
  CHECK(spelling_frequency(sp, "tanker") == spelling_frequency(open_dir(dir, "s1"), "tanker"));
  CHECK(spelling_frequency(sp, "exports") > 0);
  CHECK(merge.words > 4);
  CHECK(is_spelling_shard(sp));
  CHECK_FALSE(is_spelling_shard(open_dir(dir, "s0")));
  // The first shard's schema and analysis come along (the searcher checks them), not its files.
  CHECK(read_index_metadata(sp).analysis == read_index_metadata(open_dir(dir, "s0")).analysis);
  CHECK(sp.metadata_keys_begin(kMetaFilePrefix) == sp.metadata_keys_end(kMetaFilePrefix));

  // Merged again: a new generation, the same table (not added to the old one).
  merge_spelling_shards(dir.file("sp"), {dir.file("s0"), dir.file("s1")}, 1);
  CHECK(spelling_frequency(open_dir(dir, "sp"), "petroleum") == f0 + f1);
}

TEST_CASE("a spelling shard is refused over articles, from non-indexes and in incremental runs") {
  testing::TempDir dir;
  build(dir, "s0", "petroleum exports rose");
  CHECK_THROWS_AS(merge_spelling_shards(dir.file("s0"), {dir.file("s0")}, 1), IndexError);
  CHECK(open_dir(dir, "s0").get_doccount() == 1);
  dir.write("plain/a.txt", "not an index\n");
  CHECK_THROWS_AS(merge_spelling_shards(dir.file("sp"), {dir.file("plain")}, 1), IndexError);
  CHECK_THROWS_AS(merge_spelling_shards(dir.file("sp"), {}, 1), Error);

  merge_spelling_shards(dir.file("sp"), {dir.file("s0")}, 1);
  IndexOptions options;
  options.db_path = dir.file("sp");
  options.inputs = {dir.file("s0-corpus")};
  Diagnostics diagnostics;
  CHECK_THROWS_WITH_AS(run_index(options, diagnostics), doctest::Contains("is a spelling shard"),
                       IndexError);
}

}  // namespace
}  // namespace lsearch
