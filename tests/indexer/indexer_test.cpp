// run_index() on real corpora in temporary directories, with real databases.
#include "indexer/indexer.h"

#include <doctest/doctest.h>
#include <xapian.h>

#include <filesystem>
#include <thread>

#include "../support/temp_dir.h"
#include "common/error.h"
#include "indexer/database_layout.h"
#include "indexer/document_builder.h"

namespace lsearch {
namespace {

IndexReport index(const testing::TempDir& dir, std::vector<std::string> extra_entities = {},
                  bool rebuild = false) {
  IndexOptions options;
  options.db_path = dir.file("db");
  options.inputs = {dir.file("corpus")};
  options.entity_files = std::move(extra_entities);
  options.rebuild = rebuild;
  options.jobs = 2;
  Diagnostics diagnostics;
  return run_index(options, diagnostics);
}

bool has_id(const testing::TempDir& dir, const std::string& id) {
  Xapian::Database db(dir.file("db"));
  return db.term_exists(id_term(id));
}

std::string article(const std::string& words) {
  return "Title: " + words + "\n\n" + words + " in Tripoli.";
}

void touch_later(const std::string& path) {
  // mtime granularity: make sure a rewrite is seen as a change.
  auto t = std::filesystem::last_write_time(path) + std::chrono::seconds(2);
  std::filesystem::last_write_time(path, t);
}

}  // namespace

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

TEST_CASE("incremental: added, changed, deleted and renamed files") {
  testing::TempDir dir;
  dir.write("corpus/a.txt", article("alpha"));
  dir.write("corpus/b.txt", article("bravo"));
  dir.write("corpus/c.txt", article("charlie"));
  index(dir);

  dir.write("corpus/d.txt", article("delta"));                                   // added
  touch_later(dir.write("corpus/a.txt", article("alpha changed")));              // changed
  std::filesystem::remove(dir.file("corpus/b.txt"));                             // deleted
  std::filesystem::rename(dir.file("corpus/c.txt"), dir.file("corpus/c2.txt"));  // renamed
  IndexReport r = index(dir);
  CHECK(r.added == 2);    // d.txt and c2.txt
  CHECK(r.updated == 1);  // a.txt
  CHECK(r.deleted == 2);  // b.txt and c.txt
  CHECK(r.doc_count == 3);
  CHECK(has_id(dir, "d.txt"));
  CHECK(has_id(dir, "c2.txt"));
  CHECK_FALSE(has_id(dir, "b.txt"));
  CHECK_FALSE(has_id(dir, "c.txt"));
  Xapian::Database db(dir.file("db"));
  CHECK(db.get_termfreq("Zchang") == 1);
  CHECK(db.get_termfreq("Zalpha") == 1);
}

TEST_CASE("incremental JSONL: a record that disappeared is deleted, the others untouched") {
  testing::TempDir dir;
  dir.write("corpus/feed.jsonl",
            "{\"id\":\"r1\",\"text\":\"one\"}\n{\"id\":\"r2\",\"text\":\"two\"}\n{\"id\":\"r3\","
            "\"text\":\"three\"}\n");
  index(dir);
  touch_later(
      dir.write("corpus/feed.jsonl",
                "{\"id\":\"r1\",\"text\":\"one\"}\n{\"id\":\"r3\",\"text\":\"three, revised\"}\n"));
  IndexReport r = index(dir);
  CHECK(r.unchanged == 1);
  CHECK(r.updated == 1);
  CHECK(r.deleted == 1);
  CHECK(r.doc_count == 2);
  CHECK_FALSE(has_id(dir, "r2"));
}

TEST_CASE("a changed gazetteer re-analyses the articles so facets do not go stale") {
  testing::TempDir dir;
  dir.write("corpus/a.txt", article("Osama Hammad met envoys"));
  index(dir);
  std::string extra = dir.write("extra.tsv", "actor\tOsama Hammad\tHammad|The Eastern PM\n");
  IndexReport r = index(dir, {extra});
  CHECK(r.files_read == 1);
  CHECK(r.updated == 1);
}

TEST_CASE("--rebuild switches to a new generation; readers of the old one keep working") {
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
  CHECK(reader.term_exists("alpha"));
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

}  // namespace lsearch
