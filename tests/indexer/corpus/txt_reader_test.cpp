#include "indexer/corpus/txt_reader.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "indexer/corpus/corpus_reader.h"
#include "tests/support/temp_dir.h"

namespace lsearch {

TEST_CASE("txt articles: binary, empty and invalid UTF-8 inputs") {
  Diagnostics d;
  CHECK_FALSE(
      parse_txt_article(std::string("\x89PNG\r\n\x1a\n\0\0\0", 11), "img.txt", "img.txt", d));
  CHECK_FALSE(parse_txt_article("   \n\t\n", "blank.txt", "blank.txt", d));
  CHECK_FALSE(parse_txt_article("", "empty.txt", "empty.txt", d));
  auto skips = d.skips();
  REQUIRE(skips.size() == 3);
  CHECK(skips[0].why.find("binary") != std::string::npos);
  CHECK(skips[1].why == "empty file");

  Diagnostics repairs;
  auto latin1 = parse_txt_article("Salam\xE9 met Haftar in Tripoli.", "l.txt", "l.txt", repairs);
  REQUIRE(latin1);
  CHECK(latin1->body == "Salam\u00E9 met Haftar in Tripoli.");
  CHECK(repairs.repair_count() == 1);

  auto mostly_utf8 = parse_txt_article("Salam\u00E9 and Erdo\u011Fan and one bad \xFF byte",
                                       "m.txt", "m.txt", repairs);
  REQUIRE(mostly_utf8);
  CHECK(mostly_utf8->body.find("\uFFFD") != std::string::npos);
  CHECK(mostly_utf8->body.find("Salam\u00E9") != std::string::npos);
}

TEST_CASE("a file that vanished between the walk and the read is a skip, not a failure") {
  CorpusFile file;
  file.path = "/nonexistent/lsearch/vanished.txt";
  file.relpath = "vanished.txt";
  file.size = 100;
  Diagnostics d;
  CHECK_FALSE(read_txt_article(file, ReadLimits{}, d));
  REQUIRE(d.skip_count() == 1);
  CHECK(d.skips()[0].where == file.path);
  CHECK(d.skips()[0].why.find("cannot open") != std::string::npos);
}

TEST_CASE("txt metadata flows into the article; a bad date is a warning") {
  Diagnostics d;
  auto a = parse_txt_article("Title: T\nDate: not a date\nSource: S\n\nBody.", "x.txt", "x.txt", d);
  REQUIRE(a);
  CHECK(a->title == "T");
  CHECK(a->source == "S");
  CHECK(a->body == "Body.");
  CHECK(d.skip_count() == 0);
}

TEST_CASE("a .txt that gives no article is not read, so its indexed article is kept") {
  testing::TempDir dir;
  CorpusFile file;
  file.path = dir.write("a.txt", "");
  file.relpath = "a.txt";
  Diagnostics d;
  std::size_t delivered = 0;
  CHECK_FALSE(read_corpus_file(file, ReadLimits{}, d, [&](Article&&) { ++delivered; }));
  dir.write("a.txt", "Title: A\n\nText.");
  file.size = std::filesystem::file_size(file.path);
  CHECK(read_corpus_file(file, ReadLimits{}, d, [&](Article&&) { ++delivered; }));
  CHECK(delivered == 1);
  CHECK(d.skip_count() == 1);
}

TEST_CASE("a .txt swapped for a FIFO after the walk is skipped with a reason and no hang") {
  testing::TempDir dir;
  CorpusFile file;
  file.path = dir.file("a.txt");
  file.relpath = "a.txt";
  REQUIRE(::mkfifo(file.path.c_str(), 0644) == 0);
  Diagnostics d;
  CHECK_FALSE(read_txt_article(file, ReadLimits{}, d));
  // Not read: its indexed article is kept and it is read again next run.
  Diagnostics again;
  CHECK_FALSE(read_corpus_file(file, ReadLimits{}, again, [](Article&&) {}));
  REQUIRE(d.skip_count() == 1);
  CHECK(d.skips()[0].why.find("not a regular file") != std::string::npos);
}

TEST_CASE("a .txt that became a symbolic link after the walk is not opened through it") {
  testing::TempDir dir;
  dir.write("secret", "outside");
  CorpusFile file;
  file.path = dir.file("a.txt");
  file.relpath = "a.txt";
  REQUIRE(::symlink(dir.file("secret").c_str(), file.path.c_str()) == 0);
  file.size = 7;
  Diagnostics d;
  CHECK_FALSE(read_txt_article(file, ReadLimits{}, d));
  CHECK_FALSE(read_corpus_file(file, ReadLimits{}, d, [](Article&&) {}));
  CHECK(d.skips()[0].why.find("symbolic link") != std::string::npos);
}

}  // namespace lsearch
