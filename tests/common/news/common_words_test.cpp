// The line search of the embedded list says what NameLexicon's set says: for
// every line of the list, for each cut by a letter at either end or grown by
// one, and for what is no word (empty, comments, line breaks, two lines).
#include "common/news/common_words.h"

#include <doctest/doctest.h>

#include <string>

#include "common/news/name_lexicon.h"
#include "common/util/text.h"
#include "data/embedded_data.h"

namespace lsearch {

TEST_CASE("the list's line search agrees with the lexicon on every word and its neighbours") {
  const NameLexicon& lexicon = NameLexicon::builtin();
  std::size_t words = 0, agree = 0, checked = 0;
  for (std::string_view line : split_lines(embedded::kCommonWords)) {
    if (line.empty()) continue;
    if (line.front() != '#') ++words;
    const std::string word(line);
    for (const std::string& probe : {word, word.substr(1), word.substr(0, word.size() / 2),
                                     word + "s", "x" + word, word + "\n" + word}) {
      ++checked;
      if (is_listed_common_word(probe) == lexicon.is_common_word(probe))
        ++agree;
      else
        FAIL_CHECK("disagree on '" << probe << "'");
    }
  }
  CHECK(words > 20000);
  CHECK(agree == checked);
}

TEST_CASE("what is no word is not a common word") {
  CHECK(is_listed_common_word("centre"));
  CHECK(is_listed_common_word("abacus"));
  CHECK_FALSE(is_listed_common_word(""));
  CHECK_FALSE(is_listed_common_word("blair"));
  CHECK_FALSE(is_listed_common_word("# Lower-case English words seen in news text"));
  CHECK_FALSE(is_listed_common_word("abacus\nabandon"));
  CHECK_FALSE(is_listed_common_word("abacu"));
}

}  // namespace lsearch
