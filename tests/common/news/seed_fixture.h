// Reads the seed articles of corpus/seed for the news tests.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace lsearch::testing {

inline std::string read_seed(const std::string& name) {
  std::ifstream in(std::string(LSEARCH_SOURCE_DIR) + "/corpus/seed/" + name, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace lsearch::testing
