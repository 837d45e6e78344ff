// lsearch-serve: the program `lsearch serve` runs (searcher/cli/serve_exec.h);
// argv[0] is "serve", as lsearch passes it.
#include <csignal>

#include "searcher/serve/serve_command.h"

int main(int argc, char** argv) {
  // Xapian 1.4.22's remote backend can raise SIGPIPE on a closed socket (fixed
  // in 1.4.24): a dead shard must be an error message, not a silent death.
  std::signal(SIGPIPE, SIG_IGN);
  return lsearch::serve_main(argc, argv);
}
