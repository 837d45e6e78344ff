#include "indexer/corpus/byte_source.h"

#include <doctest/doctest.h>
#include <zlib.h>

#include <string>
#include <vector>

#include "tests/support/temp_dir.h"

namespace lsearch {
namespace {

struct Lines {
  std::vector<std::string> kept;
  std::vector<bool> overlong;
};

LineScan scan(const std::string& path, bool gzip, std::size_t max_line, Lines& out) {
  return for_each_line(path, gzip, max_line, [&](std::string_view line, bool overlong) {
    out.kept.emplace_back(line);
    out.overlong.push_back(overlong);
  });
}

void write_gzip(const std::string& path, const std::string& content) {
  gzFile gz = gzopen(path.c_str(), "wb");
  REQUIRE(gz != nullptr);
  gzwrite(gz, content.data(), static_cast<unsigned>(content.size()));
  gzclose(gz);
}

TEST_CASE("for_each_line: lines without their newline, a last line without one, empty lines") {
  testing::TempDir dir;
  const std::string path = dir.write("a.jsonl", "one\n\nthree\nlast");
  Lines lines;
  LineScan result = scan(path, false, 100, lines);
  CHECK(result.complete);
  CHECK(result.lines == 4);
  CHECK(lines.kept == std::vector<std::string>{"one", "", "three", "last"});
}

TEST_CASE("for_each_line: a line over the limit is handed over empty, the next ones still come") {
  testing::TempDir dir;
  const std::string path = dir.write("a.jsonl", "short\n" + std::string(5000, 'x') + "\nafter\n");
  Lines lines;
  scan(path, false, 100, lines);
  REQUIRE(lines.kept.size() == 3);
  CHECK(lines.kept[1].empty());
  CHECK(lines.overlong == std::vector<bool>{false, true, false});
  CHECK(lines.kept[2] == "after");
}

TEST_CASE("for_each_line: gzip files, lines across chunk boundaries") {
  testing::TempDir dir;
  std::string content;
  for (int i = 0; i < 20000; ++i)
    content += "line " + std::to_string(i) + "\n";  // > one 64 KiB chunk
  write_gzip(dir.file("a.jsonl.gz"), content);
  Lines lines;
  LineScan result = scan(dir.file("a.jsonl.gz"), true, 100, lines);
  CHECK(result.complete);
  REQUIRE(lines.kept.size() == 20000);
  CHECK(lines.kept[12345] == "line 12345");
}

TEST_CASE("for_each_line: a missing file and a truncated gzip stream are reported") {
  testing::TempDir dir;
  Lines lines;
  LineScan missing = scan(dir.file("nope.jsonl"), false, 100, lines);
  CHECK_FALSE(missing.opened);
  CHECK(missing.error.find("cannot open") != std::string::npos);

  std::string content;
  for (int i = 0; i < 50000; ++i) content += "record " + std::to_string(i * 7919) + "\n";
  write_gzip(dir.file("whole.gz"), content);
  std::string compressed = dir.read("whole.gz");
  const std::string truncated = dir.write("cut.gz", compressed.substr(0, compressed.size() / 2));
  LineScan cut = scan(truncated, true, 100, lines);
  CHECK(cut.opened);
  CHECK_FALSE(cut.complete);
  CHECK(cut.error.find("gzip") != std::string::npos);
}

}  // namespace
}  // namespace lsearch
