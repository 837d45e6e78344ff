#include "indexer/corpus/safe_open.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace lsearch {

int open_regular_file(const std::string& path, bool follow_links, std::string& why) {
  const int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (follow_links ? 0 : O_NOFOLLOW);
  const int fd = ::open(path.c_str(), flags);
  if (fd < 0) {
    const int error = errno;
    why = error == ELOOP && !follow_links
              ? "became a symbolic link after the walk; not followed (see --follow)"
              : std::string("cannot open: ") + std::strerror(error);
    return -1;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    why = "not a regular file (a FIFO, device or directory); not read";
    ::close(fd);
    return -1;
  }
  // Regular files ignore O_NONBLOCK; clearing it keeps read() semantics plain anyway.
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  return fd;
}

}  // namespace lsearch
