// The embedded page: the files of searcher/serve/web/, and nothing else.
#include "searcher/serve/assets.h"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

namespace lsearch {
namespace {

std::string source_file(const std::string& name) {
  std::ifstream in(std::string(LSEARCH_SOURCE_DIR) + "/searcher/serve/web/" + name,
                   std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// onclick=, onload=...: what an inline handler looks like.
bool has_event_attribute(const std::string& html) {
  for (std::size_t at = html.find(" on"); at != std::string::npos; at = html.find(" on", at + 1)) {
    std::size_t end = at + 3;
    while (end < html.size() && html[end] >= 'a' && html[end] <= 'z') ++end;
    if (end > at + 3 && end < html.size() && html[end] == '=') return true;
  }
  return false;
}

}  // namespace

TEST_CASE("each asset is its source file, byte for byte, with its content type") {
  for (const char* name : {"index.html", "app.css", "app.js"}) {
    CAPTURE(name);
    const Asset* asset = find_asset(std::string("/") + name);
    REQUIRE(asset != nullptr);
    CHECK(asset->body == source_file(name));
    CHECK(!asset->body.empty());
  }
  CHECK(find_asset("/")->path == "/index.html");
  CHECK(find_asset("/index.html")->content_type == "text/html; charset=utf-8");
  CHECK(find_asset("/app.js")->content_type == "text/javascript; charset=utf-8");
  CHECK(find_asset("/app.css")->content_type == "text/css; charset=utf-8");
}

TEST_CASE("no other path is an asset: the filesystem is never read") {
  for (const char* path : {"/../CMakeLists.txt", "/etc/passwd", "//app.js", "/app.js/", "/APP.JS",
                           "/web/app.js", "", "/%2e%2e/etc/passwd"})
    CHECK(find_asset(path) == nullptr);
}

TEST_CASE("the page loads its script from a file (the CSP forbids inline scripts)") {
  std::string html(find_asset("/index.html")->body);
  CHECK(html.find("<script src=\"/app.js\"") != std::string::npos);
  CHECK(html.find("<script>") == std::string::npos);
  CHECK_FALSE(has_event_attribute(html));
  CHECK(html.find("http") == std::string::npos);  // nothing from elsewhere (no CDN)
}

}  // namespace lsearch
