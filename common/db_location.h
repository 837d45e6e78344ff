// Where the index lives when --db is not given: $LSEARCH_DB, else
// $XDG_DATA_HOME/lsearch/db, else ~/.local/share/lsearch/db. lindex and
// lsearch resolve it the same way.
#pragma once

#include <string>

namespace lsearch {

std::string resolve_db_path(const std::string& flag_value);

// The --db option's help, the same for both commands.
inline constexpr const char* kDbOptionHelp =
    "index directory (default: $LSEARCH_DB, else $XDG_DATA_HOME/lsearch/db, else "
    "~/.local/share/lsearch/db)";

}  // namespace lsearch
