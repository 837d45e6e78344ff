// Opening a corpus file without trusting what is at its path now: the walk saw
// a regular file, but by the time it is read it may be a FIFO (open() would
// block while lindex holds the lock), a device, or a symbolic link. Used by
// every corpus reader.
#pragma once

#include <string>

namespace lsearch {

// Opens `path` read-only without blocking (O_NONBLOCK), without following a
// final symbolic link unless `follow_links`, and checks with fstat() that it is
// a regular file. Returns the descriptor (blocking mode restored), or -1 with
// the reason in `why`.
int open_regular_file(const std::string& path, bool follow_links, std::string& why);

}  // namespace lsearch
