// Whether a normalised word is one of the common English words of
// data/common-words*.txt, as NameLexicon::is_common_word says, without
// building the lexicon: a search asks for the few words of its query that
// name an entity, and building NameLexicon's 17 hash sets (22k words) and
// freeing them at exit cost 15M of the 27M instructions of `lsearch opec
// output`. Here the embedded list is searched for the word as a whole line:
// linear in the list, no allocation. The indexer, which asks per word of
// every article, keeps the lexicon's sets.
#pragma once

#include <string_view>

namespace lsearch {

bool is_listed_common_word(std::string_view norm);

}  // namespace lsearch
