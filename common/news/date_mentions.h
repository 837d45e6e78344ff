// Finds the dates an article's text mentions ("February 18, 2020", "June 12",
// "April 2019", "2011") for the `mentioned` facet. Partial dates stay partial.
#pragma once

#include <string_view>
#include <vector>

#include "common/analysis/tokenizer.h"
#include "common/news/dates.h"

namespace lsearch {

struct DateMention {
  PartialDate date;
  std::size_t begin = 0;  // byte range in the text
  std::size_t end = 0;
};

// `context_year` resolves day-month mentions without a year ("June 12");
// 0 leaves them out. Years are accepted from 1800 to 2100.
std::vector<DateMention> find_date_mentions(std::string_view text, int context_year);
// The same over tokens already made from `text` (the news pipeline tokenizes once).
std::vector<DateMention> find_date_mentions(std::string_view text, const std::vector<Token>& tokens,
                                            int context_year);

}  // namespace lsearch
