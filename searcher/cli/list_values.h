// lsearch --list actors|places|sources: every value of one facet over the
// whole index, one a line, most articles first. Shell completion reads it.
#pragma once

#include <iosfwd>
#include <string>

#include "lsearch/searcher.h"

namespace lsearch {

// Returns the exit code: 0 when there were values, 1 when none.
int list_facet_values(Searcher& searcher, const std::string& kind, std::ostream& out);

}  // namespace lsearch
