// Date filters: --since/--until and date:FROM..TO, with YYYY, YYYY-MM or
// YYYY-MM-DD bounds. Articles with a full date match when it lies in the range;
// articles whose date is known only to the month or year match when that whole
// period lies inside the range (we never guess a day). The range is an OR of the
// fewest year, month and day terms (Y, M, D) that cover it, not a value range.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>

namespace lsearch {

// Throws QueryError for an invalid date or a reversed range. Empty bounds are open.
Xapian::Query date_range_query(const Xapian::Database& db, std::string_view since,
                               std::string_view until);

// Parses "FROM..TO", "FROM..", "..TO" or a single "DATE" (meaning that whole period).
Xapian::Query date_expression_query(const Xapian::Database& db, std::string_view expression);

}  // namespace lsearch
