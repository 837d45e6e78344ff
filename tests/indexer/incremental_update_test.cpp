// Incremental runs of run_index() (indexer/incremental_update.cpp) on real corpora:
// what changed is rewritten, what vanished deleted, duplicate ids stay with their first
// holder, an unreadable or emptied file keeps its article.
#include <doctest/doctest.h>
#include <xapian.h>

#include <sys/stat.h>

#include <filesystem>

#include "../support/index_runs.h"

namespace lsearch::testing {

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

TEST_CASE(
    "duplicate ids across roots: the first in walk order keeps it in full and incremental runs") {
  testing::TempDir dir;
  dir.write("a/x.txt", article("alpha"));
  dir.write("b/x.txt", article("bravo"));
  Diagnostics full_diagnostics;
  IndexReport full = index_inputs(dir, {"a", "b"}, {}, &full_diagnostics);
  CHECK(full.duplicates == 1);
  CHECK(full.skipped == 1);  // a reported skip: lindex exits 1
  REQUIRE(full_diagnostics.skips().size() == 1);
  CHECK(full_diagnostics.skips()[0].where == dir.file("b/x.txt"));
  CHECK(full_diagnostics.skips()[0].why.find(dir.file("a/x.txt")) != std::string::npos);
  CHECK(id_has_word(dir, "x.txt", "alpha"));
  IndexReport again = index_inputs(dir, {"a", "b"});
  CHECK(again.skipped == 1);  // reported every run until resolved
  CHECK(id_has_word(dir, "x.txt", "alpha"));

  // The same corpus reached incrementally (b first, then a and b) gives the same index.
  testing::TempDir other;
  other.write("a/x.txt", article("alpha"));
  other.write("b/x.txt", article("bravo"));
  index_inputs(other, {"b"});
  IndexReport both = index_inputs(other, {"a", "b"});
  CHECK(id_has_word(other, "x.txt", "alpha"));
  CHECK(both.doc_count == 1);
  IndexReport next = index_inputs(other, {"a", "b"});
  CHECK(next.skipped == 1);
  CHECK(next.duplicates == 1);
  CHECK(id_has_word(other, "x.txt", "alpha"));

  // Removing the holder hands the id to the other file; it is never lost.
  std::filesystem::remove(other.file("a/x.txt"));
  IndexReport removed = index_inputs(other, {"a", "b"}, [](IndexOptions& o) {
    o.allow_shrink = true;  // a loses its only article
  });
  CHECK(removed.skipped == 0);
  CHECK(id_has_word(other, "x.txt", "bravo"));
}

TEST_CASE("duplicate ids across JSONL files: removing or changing one holder keeps the other's") {
  testing::TempDir dir;
  dir.write("corpus/1.jsonl",
            "{\"id\":\"X\",\"text\":\"alpha\"}\n{\"id\":\"k\",\"text\":\"keep\"}\n");
  dir.write("corpus/2.jsonl",
            "{\"id\":\"X\",\"text\":\"bravo\"}\n{\"id\":\"m\",\"text\":\"more\"}\n");
  IndexReport first = index(dir);
  CHECK(first.duplicates == 1);
  CHECK(id_has_word(dir, "X", "alpha"));
  // 1.jsonl drops X: 2.jsonl (read again every run while it has a duplicate) takes it over.
  touch_later(dir.write("corpus/1.jsonl", "{\"id\":\"k\",\"text\":\"keep\"}\n"));
  IndexReport changed = index(dir);
  CHECK(changed.skipped == 0);
  CHECK(id_has_word(dir, "X", "bravo"));
  CHECK(changed.doc_count == 3);
  // Removing 1.jsonl now does not touch X.
  std::filesystem::remove(dir.file("corpus/1.jsonl"));
  IndexReport removed = index(dir);
  CHECK(id_has_word(dir, "X", "bravo"));
  CHECK(removed.doc_count == 2);
}

TEST_CASE("a file that is not readable this run keeps its article and is read again later") {
  testing::TempDir dir;
  dir.write("corpus/a.txt", article("alpha"));
  dir.write("corpus/b.txt", article("bravo"));
  index(dir);
  // a.txt is a FIFO for one run (works as root too, unlike chmod 000).
  std::filesystem::remove(dir.file("corpus/a.txt"));
  REQUIRE(::mkfifo(dir.file("corpus/a.txt").c_str(), 0644) == 0);
  IndexReport r = index(dir);
  CHECK(r.skipped == 1);
  CHECK(r.deleted == 0);
  CHECK(id_has_word(dir, "a.txt", "alpha"));
  IndexReport again = index(dir);
  CHECK(again.skipped == 1);  // reported every run
  std::filesystem::remove(dir.file("corpus/a.txt"));
  dir.write("corpus/a.txt", article("alpha returned"));
  IndexReport back = index(dir);
  CHECK(back.skipped == 0);
  CHECK(id_has_word(dir, "a.txt", "return"));
}

TEST_CASE("a .txt emptied or blanked keeps its article until the file is removed") {
  testing::TempDir dir;
  dir.write("corpus/a.txt", article("alpha"));
  dir.write("corpus/b.txt", article("bravo"));
  index(dir);
  for (const std::string emptied : {"", " \n\t\n", "Title: \n\n  \n"}) {
    CAPTURE(emptied);
    dir.write("corpus/a.txt", emptied);
    touch_later(dir.file("corpus/a.txt"));
    IndexReport r = index(dir);
    CHECK(r.skipped == 1);  // path + reason, like any broken input
    CHECK(r.deleted == 0);
    CHECK(id_has_word(dir, "a.txt", "alpha"));
    CHECK(index(dir).skipped == 1);  // and again next run: it is not recorded as read
  }
  dir.write("corpus/a.txt", article("alpha returned"));
  touch_later(dir.file("corpus/a.txt"));
  CHECK(index(dir).skipped == 0);
  CHECK(id_has_word(dir, "a.txt", "return"));
  std::filesystem::remove(dir.file("corpus/a.txt"));
  CHECK(index(dir).deleted == 1);  // only a removed file deletes its article
  CHECK_FALSE(has_id(dir, "a.txt"));
}

}  // namespace lsearch::testing
