#include "indexer/corpus/jsonl_reader.h"

#include <doctest/doctest.h>
#include <zlib.h>

#include "../../support/temp_dir.h"

namespace lsearch {
namespace {

struct ReadAll {
  std::vector<Article> articles;
  std::vector<Skip> skips;
  JsonlReadResult result;
};

ReadAll read(const std::string& path, CorpusFormat format, ReadLimits limits = {}) {
  ReadAll out;
  Diagnostics diagnostics;
  CorpusFile file;
  file.path = path;
  file.format = format;
  out.result = read_jsonl(file, limits, diagnostics,
                          [&](Article&& a) { out.articles.push_back(std::move(a)); });
  out.skips = diagnostics.skips();
  return out;
}

}  // namespace

TEST_CASE("bad lines are skipped with file:line and reason; good lines around them are read") {
  testing::TempDir dir;
  std::string path =
      dir.write("a.jsonl",
                "{\"id\":\"1\",\"title\":\"One\",\"text\":\"first\"}\n"
                "{\"id\":\"2\",\"title\":\"Two\",\n"             // malformed
                "[1,2,3]\n"                                      // not an object
                "\n"                                             // blank: ignored
                "{\"title\":\"no id\",\"text\":\"x\"}\n"         // no id
                "{\"id\":\"5\",\"title\":null,\"text\":null}\n"  // nothing to index
                "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]"
                "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n"
                "{\"id\":7,\"date\":\"2020-07-02\",\"text\":\"numeric id\",\"source\":\"S\"}\n");
  ReadAll all = read(path, CorpusFormat::kJsonl);
  REQUIRE(all.articles.size() == 2);
  CHECK(all.articles[0].id == "1");
  CHECK(all.articles[1].id == "7");
  CHECK(all.articles[1].date == "2020-07-02");
  CHECK(all.articles[1].source == "S");
  REQUIRE(all.skips.size() == 5);
  CHECK(all.skips[0].where == path + ":2");
  CHECK(all.skips[0].why.find("malformed JSON") != std::string::npos);
  CHECK(all.skips[1].why.find("not a JSON object") != std::string::npos);
  CHECK(all.skips[2].why == "record has no id");
  CHECK(all.skips[3].why.find("no title and no text") != std::string::npos);
  CHECK(all.skips[4].where == path + ":7");
  CHECK(all.skips[4].why.find("nested deeper") != std::string::npos);
  CHECK(all.result.complete);
}

TEST_CASE(
    "regression (fuzzing): a number too large for a double is a malformed line, not a crash") {
  Diagnostics diagnostics;
  Article article;
  for (const char* line : {"166e6666613333333", "{\"id\":\"1\",\"text\":\"x\",\"n\":1e99999}"}) {
    CHECK_FALSE(parse_jsonl_record(line, "f.jsonl:1", ReadLimits{}, diagnostics, article));
  }
  REQUIRE(diagnostics.skips().size() == 2);
  CHECK(diagnostics.skips()[0].why.find("malformed JSON") != std::string::npos);
}

TEST_CASE("an over-long line is skipped without holding it in memory") {
  testing::TempDir dir;
  std::string big(5000, 'x');
  std::string path = dir.write(
      "a.jsonl", "{\"id\":\"1\",\"text\":\"" + big + "\"}\n{\"id\":\"2\",\"text\":\"ok\"}\n");
  ReadLimits limits;
  limits.max_article_bytes = 1024;
  ReadAll all = read(path, CorpusFormat::kJsonl, limits);
  REQUIRE(all.articles.size() == 1);
  CHECK(all.articles[0].id == "2");
  REQUIRE(all.skips.size() == 1);
  CHECK(all.skips[0].where == path + ":1");
}

TEST_CASE("gzip: records before a corruption are kept, the file is marked incomplete") {
  testing::TempDir dir;
  std::string path = dir.file("a.jsonl.gz");
  {
    gzFile gz = gzopen(path.c_str(), "wb");
    for (int i = 0; i < 2000; ++i) {
      std::string line = "{\"id\":\"" + std::to_string(i) + "\",\"text\":\"article number " +
                         std::to_string(i * 7919) + "\"}\n";
      gzwrite(gz, line.data(), static_cast<unsigned>(line.size()));
    }
    gzclose(gz);
  }
  ReadAll whole = read(path, CorpusFormat::kJsonlGz);
  CHECK(whole.articles.size() == 2000);
  CHECK(whole.result.complete);

  std::filesystem::resize_file(path, std::filesystem::file_size(path) / 2);  // truncated download
  ReadAll cut = read(path, CorpusFormat::kJsonlGz);
  CHECK(cut.articles.size() > 0);
  CHECK(cut.articles.size() < 2000);
  CHECK_FALSE(cut.result.complete);
  REQUIRE_FALSE(cut.skips.empty());
  CHECK(cut.skips.back().why.find("gzip") != std::string::npos);
}

TEST_CASE("invalid UTF-8 inside a JSON line is repaired, not fatal") {
  testing::TempDir dir;
  std::string path =
      dir.write("a.jsonl", "{\"id\":\"1\",\"text\":\"caf\xE9 au lait, na\xEFve\"}\n");
  ReadAll all = read(path, CorpusFormat::kJsonl);
  REQUIRE(all.articles.size() == 1);
  CHECK(all.articles[0].body == "caf\u00E9 au lait, na\u00EFve");
}

}  // namespace lsearch
