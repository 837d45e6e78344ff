// Text renderings of the analytics: the timeline as a bar chart that fits the
// terminal width (one line per bucket; series side by side when they fit),
// and the entity pairs as a table. Used by the text printer; names go
// through display_text like all content.
#pragma once

#include <string>

#include "lsearch/searcher.h"

namespace lsearch {

// `width`: terminal columns. Bars are drawn with eighth blocks.
std::string timeline_chart(const Timeline& timeline, std::size_t width);
std::string pairs_table(const Pairs& pairs);

}  // namespace lsearch
