#include "common/analysis/caching_stemmer.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace lsearch {
namespace {

const std::vector<std::string> kWords = {"running", "graves", "militias", "negotiations", "libya's",
                                         "ceasefire", "running", "graves", "tripoli", "", "flights"};

TEST_CASE("caching stemmer: the same stems as Xapian's stemmer, cached or not") {
  Xapian::Stem plain("english");
  CachingStemmer cached("english");
  for (int pass = 0; pass < 2; ++pass)
    for (const auto& word : kWords) CHECK(cached(word) == plain(word));
  CHECK(cached.cached() == 9);  // distinct words only
  CHECK(cached("running") == "run");
}

TEST_CASE("caching stemmer: the cache starts over when full and stays correct") {
  Xapian::Stem plain("english");
  CachingStemmer cached("english", 3);
  for (const auto& word : kWords) {
    CHECK(cached(word) == plain(word));
    CHECK(cached.cached() <= 3);
  }
}

TEST_CASE("caching stemmer: usable as a Xapian::Stem") {
  Xapian::Stem stem(new CachingStemmer("english"));
  CHECK(stem("negotiations") == "negoti");
  CHECK(stem.get_description().find("CachingStemmer") != std::string::npos);
}

}  // namespace
}  // namespace lsearch
