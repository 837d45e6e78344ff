#include "indexer/corpus/byte_source.h"

#include <doctest/doctest.h>
#include <zlib.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
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
TEST_CASE("for_each_line: compressed bytes are counted as they are read (progress on .jsonl.gz)") {
  testing::TempDir dir;
  std::string content;
  std::uint64_t x = 88172645463325252ull;  // xorshift: text gzip cannot shrink much
  for (int line = 0; line < 20000; ++line) {
    for (int i = 0; i < 12; ++i) {
      x ^= x << 13, x ^= x >> 7, x ^= x << 17;
      content += "0123456789abcdef"[x & 15];
      content += "0123456789abcdef"[(x >> 4) & 15];
    }
    content += '\n';
  }
  const std::string path = dir.file("big.jsonl.gz");
  write_gzip(path, content);
  const auto size = std::filesystem::file_size(path);
  std::uint64_t read = 0;
  std::vector<std::uint64_t> seen;
  LineScanOptions options;
  options.bytes_read = &read;
  for_each_line(
      path, true, 1000, [&](std::string_view, bool) { seen.push_back(read); }, options);
  REQUIRE(seen.size() == 20000);
  CHECK(seen.front() > 0);
  CHECK(seen.front() < size / 4);  // the first lines come early in the file
  CHECK(seen[10000] > size / 4);   // halfway through, the count has moved on
  CHECK(seen[10000] < size * 3 / 4);
  CHECK(read == size);
}

TEST_CASE(
    "for_each_line: a FIFO is refused at once (no blocking open) and a link is opened only when "
    "followed") {
  testing::TempDir dir;
  const std::string fifo = dir.file("swapped.jsonl");
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  LineScan fifo_scan = for_each_line(fifo, false, 100, [](std::string_view, bool) {});
  CHECK_FALSE(fifo_scan.opened);
  CHECK(fifo_scan.error.find("not a regular file") != std::string::npos);

  const std::string target = dir.write("target.jsonl", "x\n");
  const std::string link = dir.file("link.jsonl");
  REQUIRE(::symlink(target.c_str(), link.c_str()) == 0);
  LineScanOptions nofollow;
  nofollow.follow_links = false;
  CHECK_FALSE(for_each_line(
                  link, false, 100, [](std::string_view, bool) {}, nofollow)
                  .opened);
  CHECK(for_each_line(link, false, 100, [](std::string_view, bool) {}).opened);
}

}  // namespace lsearch
