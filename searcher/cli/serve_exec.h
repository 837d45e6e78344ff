// `lsearch serve` runs the web server, a program of its own (lsearch-serve,
// installed beside lsearch): a search process then never loads cpp-httplib
// and OpenSSL, whose relocations and static initialiser were a fifth of an
// `lsearch oil` process (README, Speed).
#pragma once

namespace lsearch {

// Replaces this process with lsearch-serve from lsearch's own directory,
// passing `argv` ("serve", its flags...). Returns only when that fails, after
// saying why on stderr, with the exit code to use.
int exec_serve(char** argv);

}  // namespace lsearch
