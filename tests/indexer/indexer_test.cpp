// run_index() on real corpora in temporary directories, with real databases: the
// modes (full, incremental, rebuild, dry run), the write lock, the index directory and
// its stub, shards. Incremental updates: incremental_update_test; shrink guards:
// corpus_diff_test.
#include "indexer/indexer.h"

#include <doctest/doctest.h>
#include <xapian.h>

#include <atomic>
#include <filesystem>
#include <set>

#include "../support/index_runs.h"
#include "common/error.h"
#include "indexer/database_layout.h"

namespace lsearch::testing {

TEST_CASE("first run builds, second run over an unchanged corpus reads nothing") {
  testing::TempDir dir;
  dir.write("corpus/a.txt", article("alpha"));
  dir.write("corpus/b.txt", article("bravo"));
  IndexReport first = index(dir);
  CHECK(first.mode == "full");
  CHECK(first.added == 2);
  CHECK(first.doc_count == 2);
  CHECK(DatabaseLayout(dir.file("db")).exists());

  IndexReport second = index(dir);
  CHECK(second.mode == "incremental");
  CHECK(second.files_read == 0);
  CHECK(second.files_unchanged == 2);
  CHECK(second.added + second.updated + second.deleted == 0);
  CHECK(second.doc_count == 2);
}

TEST_CASE("--rebuild switches to a new generation and readers of the old one keep working") {
  testing::TempDir dir;
  dir.write("corpus/a.txt", article("alpha"));
  index(dir);
  Xapian::Database reader(dir.file("db"));
  CHECK(reader.get_doccount() == 1);
  dir.write("corpus/b.txt", article("bravo"));
  IndexReport r = index(dir, {}, true);
  CHECK(r.mode == "full");
  CHECK(r.doc_count == 2);
  CHECK(reader.get_doccount() == 1);  // the old generation is still readable
  CHECK(reader.term_exists("Zalpha"));
  CHECK(Xapian::Database(dir.file("db")).get_doccount() == 2);
}

TEST_CASE("a second writer waits, then gives up with LockedError") {
  testing::TempDir dir;
  dir.write("corpus/a.txt", article("alpha"));
  index(dir);
  WriteLock held(dir.file("db/lock"), 0);
  IndexOptions options;
  options.db_path = dir.file("db");
  options.inputs = {dir.file("corpus")};
  options.lock_timeout_seconds = 0.3;
  Diagnostics diagnostics;
  CHECK_THROWS_AS(run_index(options, diagnostics), LockedError);
}

TEST_CASE("an index directory that is something else is refused") {
  testing::TempDir dir;
  dir.write("corpus/a.txt", article("alpha"));
  dir.write("db/precious.txt", "do not delete");
  CHECK_THROWS_AS(index(dir), IndexError);
  CHECK(std::filesystem::exists(dir.file("db/precious.txt")));
}

TEST_CASE("--dry-run opens the index read-only and takes no lock") {
  testing::TempDir dir;
  dir.write("corpus/a.txt", article("alpha"));
  dir.write("corpus/b.txt", article("bravo"));
  index(dir);
  std::filesystem::remove(dir.file("corpus/b.txt"));
  WriteLock held(dir.file("db/lock"), 0);  // another lindex is running...
  Xapian::WritableDatabase writer(*DatabaseLayout(dir.file("db")).live_generation(),
                                  Xapian::DB_OPEN);  // ...and holds Xapian's write lock
  IndexReport r = index_inputs(dir, {"corpus"}, [](IndexOptions& o) {
    o.dry_run = true;
    o.lock_timeout_seconds = 0;
  });
  CHECK(r.files_vanished == 1);
  CHECK(r.doc_count == 2);
}

TEST_CASE("an interrupted rebuild reports the documents of the live index it kept") {
  testing::TempDir dir;
  dir.write("corpus/a.txt", article("alpha"));
  dir.write("corpus/b.txt", article("bravo"));
  index(dir);
  std::atomic<bool> cancel{true};
  IndexReport r = index_inputs(dir, {"corpus"}, [&](IndexOptions& o) {
    o.rebuild = true;
    o.cancel = &cancel;
  });
  CHECK(r.interrupted);
  CHECK(r.doc_count == 2);
}

TEST_CASE("a damaged stub is an IndexError naming the fix and --rebuild repairs it") {
  testing::TempDir dir;
  dir.write("corpus/a.txt", article("alpha"));
  index(dir);
  dir.write("db/XAPIANDB", "");
  CHECK_THROWS_WITH_AS(index(dir), doctest::Contains("lindex --rebuild"), IndexError);
  std::filesystem::create_directories(dir.file("db/gen-old"));
  IndexReport r = index(dir, {}, true);
  CHECK(r.doc_count == 1);
  CHECK(has_id(dir, "a.txt"));
  CHECK(std::filesystem::exists(dir.file("db/gen-old")));  // not ours: left alone
}

TEST_CASE("shards I/N partition the articles by id, on full builds and incremental runs") {
  testing::TempDir dir;
  for (int i = 0; i < 30; ++i)
    dir.write("corpus/" + std::to_string(i) + ".txt", article("word" + std::to_string(i)));
  auto shard_run = [&](unsigned shard) {
    IndexOptions options;
    options.db_path = dir.file("shard-" + std::to_string(shard));
    options.inputs = {dir.file("corpus")};
    options.jobs = 2;
    options.shard = {shard, 3};
    Diagnostics diagnostics;
    return run_index(options, diagnostics);
  };
  auto ids_of = [&](unsigned shard) {
    Xapian::Database db(dir.file("shard-" + std::to_string(shard)));
    std::set<std::string> ids;
    for (auto t = db.allterms_begin("Q"); t != db.allterms_end("Q"); ++t) ids.insert(*t);
    return ids;
  };
  std::set<std::string> all;
  for (unsigned s = 0; s < 3; ++s) {
    shard_run(s);
    std::set<std::string> ids = ids_of(s);
    CHECK_FALSE(ids.empty());  // 30 ids: each of 3 shards gets some
    for (const std::string& id : ids) {
      CHECK(ShardFilter{s, 3}.owns(id.substr(1)));
      CHECK(all.insert(id).second);  // in no other shard
    }
  }
  CHECK(all.size() == 30);

  dir.write("corpus/new.txt", article("latecomer"));
  for (unsigned s = 0; s < 3; ++s) shard_run(s);
  std::size_t holders = 0;
  for (unsigned s = 0; s < 3; ++s) holders += ids_of(s).count(id_term("new.txt"));
  CHECK(holders == 1);
  CHECK(ShardFilter{0, 1}.owns("anything"));  // one shard of one owns everything
}

}  // namespace lsearch::testing
