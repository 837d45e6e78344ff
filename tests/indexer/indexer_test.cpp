// run_index() on real corpora in temporary directories, with real databases.
#include "indexer/indexer.h"

#include <doctest/doctest.h>
#include <xapian.h>

#include <sys/stat.h>

#include <filesystem>
#include <set>
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

// A run over `inputs` (relative to `dir`) with the options `adjust` sets.
IndexReport index_inputs(const testing::TempDir& dir, const std::vector<std::string>& inputs,
                         const std::function<void(IndexOptions&)>& adjust = {},
                         Diagnostics* diagnostics = nullptr) {
  IndexOptions options;
  options.db_path = dir.file("db");
  for (const auto& input : inputs) options.inputs.push_back(dir.file(input));
  options.jobs = 2;
  if (adjust) adjust(options);
  Diagnostics local;
  return run_index(options, diagnostics != nullptr ? *diagnostics : local);
}

// True when the article with `id` holds the (stemmed) word `word`.
bool id_has_word(const testing::TempDir& dir, const std::string& id, const std::string& word) {
  Xapian::Database db(dir.file("db"));
  Xapian::Enquire enquire(db);
  enquire.set_query(
      Xapian::Query(Xapian::Query::OP_AND, Xapian::Query(id_term(id)), Xapian::Query("Z" + word)));
  return enquire.get_mset(0, 1).size() == 1;
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

}  // namespace lsearch
