#include "common/util/word_set.h"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <unordered_set>

namespace lsearch {

TEST_CASE("WordSet: the words it holds, and no other, whatever their length") {
  const WordSet words = {"of", "the", "", "a", "striker", "international"};
  struct Row {
    const char* word;
    bool held;
  };
  for (const Row& row :
       {Row{"of", true}, Row{"the", true}, Row{"", true}, Row{"a", true}, Row{"striker", true},
        Row{"international", true}, Row{"off", false}, Row{"o", false}, Row{"strikers", false},
        Row{"The", false}, Row{"internationak", false}, Row{"b", false}}) {
    CAPTURE(row.word);
    CHECK(words.contains(std::string(row.word)) == row.held);
  }
  CHECK(words.size() == 6);
  CHECK(!WordSet{}.contains(""));
}

// The filter grows with the set: a large list (common words) still answers as a hash set.
TEST_CASE("WordSet answers as std::unordered_set on random words, large and small sets") {
  std::mt19937 random(20261204);
  auto word = [&] {
    std::string w(1 + random() % 9, 'a');
    for (char& c : w) c = static_cast<char>('a' + random() % 6);
    return w;
  };
  for (const std::size_t n : {std::size_t{3}, std::size_t{200}, std::size_t{30000}}) {
    WordSet set;
    std::unordered_set<std::string> reference;
    for (std::size_t i = 0; i < n; ++i) {
      std::string w = word();
      reference.insert(w);
      set.insert(w);
    }
    CHECK(set.size() == reference.size());
    for (int q = 0; q < 20000; ++q) {
      const std::string w = word();
      CHECK(set.contains(w) == (reference.count(w) != 0));
    }
    for (const std::string& w : reference) CHECK(set.contains(w));
  }
}

}  // namespace lsearch
