#include "indexer/spelling_writer.h"

#include <doctest/doctest.h>
#include <xapian.h>

#include <map>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/temp_dir.h"

namespace lsearch {
namespace {

std::map<std::string, Xapian::termcount> spellings(const std::string& path) {
  Xapian::Database db(path);
  std::map<std::string, Xapian::termcount> out;
  for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it) out[*it] = it.get_termfreq();
  return out;
}

TEST_CASE("spelling writer: batches from several threads add up in one table") {
  testing::TempDir dir;
  const std::string path = dir.file("spelling");
  {
    SpellingWriter writer(path);
    std::vector<std::thread> workers;
    for (int w = 0; w < 2; ++w)
      workers.emplace_back([&writer] {
        for (int batch = 0; batch < 50; ++batch)
          writer.add(Vocabulary{{"tripoli", 2}, {"haftar", 1}});
      });
    for (auto& t : workers) t.join();
    writer.add(Vocabulary{{"benghazi", 1}});
    writer.add(Vocabulary{});  // nothing to write
    writer.finish();
  }
  auto words = spellings(path);
  CHECK(words.size() == 3);
  CHECK(words["tripoli"] == 200);
  CHECK(words["haftar"] == 100);
  CHECK(words["benghazi"] == 1);
  CHECK(Xapian::Database(path).get_spelling_suggestion("tripolo") == "tripoli");
}

TEST_CASE("spelling writer: the merge by compaction carries the table into the index") {
  testing::TempDir dir;
  {
    Xapian::WritableDatabase shard(dir.file("shard"), Xapian::DB_CREATE);
    Xapian::Document doc;
    doc.add_term("Ztripoli");
    shard.add_document(doc);
    shard.commit();
    SpellingWriter writer(dir.file("spelling"));
    writer.add(Vocabulary{{"tripoli", 3}});
    writer.finish();
  }
  Xapian::Database sources;
  sources.add_database(Xapian::Database(dir.file("shard")));
  sources.add_database(Xapian::Database(dir.file("spelling")));
  sources.compact(dir.file("merged"));
  Xapian::Database merged(dir.file("merged"));
  CHECK(merged.get_doccount() == 1);
  CHECK(merged.get_spelling_suggestion("tripolo") == "tripoli");
}

TEST_CASE("spelling writer: the prelude runs on the writer's thread, before any batch") {
  testing::TempDir dir;
  std::thread::id prelude_thread;
  {
    SpellingWriter writer(dir.file("spelling"), [&](Xapian::WritableDatabase& db) {
      prelude_thread = std::this_thread::get_id();
      CHECK(db.spellings_begin() == db.spellings_end());  // no batch was written yet
      db.set_metadata("lsearch.test", "written early");
    });
    writer.add(Vocabulary{{"tripoli", 3}});
    writer.finish();
  }
  CHECK(prelude_thread != std::thread::id());
  CHECK(prelude_thread != std::this_thread::get_id());
  Xapian::Database sources;
  sources.add_database(Xapian::Database(dir.file("spelling")));
  sources.compact(dir.file("merged"));
  Xapian::Database merged(dir.file("merged"));
  CHECK(merged.get_metadata("lsearch.test") == "written early");
  CHECK(spellings(dir.file("merged"))["tripoli"] == 3);
}

TEST_CASE("spelling writer: the prelude runs when no batch ever comes") {
  testing::TempDir dir;
  {
    SpellingWriter writer(dir.file("spelling"),
                          [](Xapian::WritableDatabase& db) { db.set_metadata("k", "v"); });
    writer.finish();
  }
  CHECK(Xapian::Database(dir.file("spelling")).get_metadata("k") == "v");
}

TEST_CASE("spelling writer: an unfinished writer stops without hanging; a bad path throws") {
  testing::TempDir dir;
  {
    SpellingWriter writer(dir.file("spelling"));
    writer.add(Vocabulary{{"misrata", 1}});
  }  // an interrupted build: no finish()
  CHECK_THROWS_AS(SpellingWriter(dir.file("missing/dir/spelling")), Xapian::DatabaseError);
}

}  // namespace
}  // namespace lsearch
