#include "common/index_layout.h"

#include <charconv>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "common/error.h"

namespace lsearch {
namespace {

// Digits only, no sign, no spaces: what std::stoul would half-accept is refused.
template <typename Number>
std::optional<Number> parse_digits(std::string_view text) {
  if (text.empty() || text.size() > 10) return std::nullopt;
  for (char c : text)
    if (c < '0' || c > '9') return std::nullopt;
  Number value{};
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::string stub_path(const std::string& index_dir) {
  return index_dir + "/" + std::string(kStubName);
}

std::string generation_name(unsigned number) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*s%06u", static_cast<int>(kGenerationPrefix.size()),
                kGenerationPrefix.data(), number);
  return buf;
}

std::optional<unsigned> parse_generation_name(std::string_view name) {
  if (!name.starts_with(kGenerationPrefix)) return std::nullopt;
  std::string_view digits = name.substr(kGenerationPrefix.size());
  if (digits.size() < 6) return std::nullopt;  // we always write six or more
  return parse_digits<unsigned>(digits);
}

std::optional<int> parse_scratch_name(std::string_view name) {
  if (!name.starts_with(kScratchPrefix)) return std::nullopt;
  auto pid = parse_digits<int>(name.substr(kScratchPrefix.size()));
  if (!pid || *pid <= 0) return std::nullopt;
  return pid;
}

std::optional<std::string> stub_generation(std::string_view stub_text) {
  std::istringstream in{std::string(stub_text)};
  std::string backend, name, rest;
  if (!(in >> backend >> name) || backend != "auto" || (in >> rest)) return std::nullopt;
  if (!parse_generation_name(name)) return std::nullopt;
  return name;
}

std::string read_index_stub(const std::string& index_dir) {
  const std::string path = stub_path(index_dir);
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  std::ostringstream text;
  text << in.rdbuf();
  if (!stub_generation(text.str()))
    throw IndexError(path +
                     ": the index stub is empty or damaged (expected 'auto gen-NNNNNN'); "
                     "run lindex --rebuild to rebuild the index");
  return text.str();
}

}  // namespace lsearch
