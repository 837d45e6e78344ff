// The poster an attribution line of a newsgroup post names: "jsmith@cs.edu (Mark
// Singer) writes:", "Skip Koppenhaver (skip@eco.twg.com) wrote:". Whatever its words
// are (common words, a month, a town), a name in title case there is a person's: the
// mail address beside it says whose. Read by the run pass (entity_name_runs.cpp),
// which takes such a name whole; table test in tests/common/news/post_attribution_test.cpp.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "common/analysis/tokenizer.h"
#include "common/news/name_lexicon.h"

namespace lsearch {

// The end (one past the last token) of an attributed name that opens at token `i`, or
// `i` when none does. A name: two to four words in title case or initials ("Gary L
// Dare", "Timothy C. May"), no function word, not common words only ("Red Herring")
// unless a given name opens it ("Lee Lady").
std::size_t attributed_name_end(std::string_view text, const std::vector<Token>& tokens,
                                const NameLexicon& lexicon, std::size_t i);

}  // namespace lsearch
