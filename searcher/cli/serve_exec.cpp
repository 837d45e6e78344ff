#include "searcher/cli/serve_exec.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <string>

#include "common/error.h"
#include "common/util/display_text.h"

namespace lsearch {
namespace {

// The directory of the running executable (symlinks resolved), "" if unknown.
std::string own_directory() {
  std::string path(4096, '\0');
  const ssize_t n = ::readlink("/proc/self/exe", path.data(), path.size());
  if (n <= 0 || static_cast<std::size_t>(n) >= path.size()) return "";
  path.resize(static_cast<std::size_t>(n));
  return path.substr(0, path.rfind('/'));
}

}  // namespace

int exec_serve(char** argv) {
  const std::string server = own_directory() + "/lsearch-serve";
  ::execv(server.c_str(), argv);
  std::cerr << "lsearch serve: cannot run " << display_text(server) << ": " << std::strerror(errno)
            << "\n";
  return kExitError;
}

}  // namespace lsearch
