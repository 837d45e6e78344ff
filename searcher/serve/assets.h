// The web page of lsearch serve (searcher/serve/web/), compiled into the
// binary by cmake/embed_assets.cmake. The server serves these and nothing
// else: no path of a request ever reaches the filesystem.
#pragma once

#include <string_view>
#include <vector>

namespace lsearch {

struct Asset {
  std::string_view path;  // "/index.html"
  std::string_view content_type;
  std::string_view body;
};

// Every embedded asset (generated file).
const std::vector<Asset>& embedded_assets();

// The asset served at `path` ("/" is /index.html), or nullptr.
const Asset* find_asset(std::string_view path);

}  // namespace lsearch
