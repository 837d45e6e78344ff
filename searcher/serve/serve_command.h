// `lsearch serve`: the subcommand's options and run (one file per subcommand,
// like CLI11's subcom_in_files). main() hands over when argv[1] is "serve".
#pragma once

#include <string>

namespace lsearch {

// HOST:PORT or [V6HOST]:PORT -> host and port; false when it is neither.
bool parse_listen_address(const std::string& text, std::string& host, int& port);

// argv[0] is "serve". Returns the exit code: 0 after SIGINT/SIGTERM, 2 on error.
int serve_main(int argc, char** argv);

}  // namespace lsearch
