#include "common/news/name_lexicon.h"

#include <doctest/doctest.h>

#include <string>

namespace lsearch {

TEST_CASE("common words include the British spellings news writes") {
  const NameLexicon& lexicon = NameLexicon::builtin();
  for (std::string word :
       {"centre", "colour", "labour", "defence", "organise", "theatre", "center"}) {
    CAPTURE(word);
    CHECK(lexicon.is_common_word(word));
  }
  CHECK_FALSE(lexicon.is_common_word("blair"));
}

}  // namespace lsearch
