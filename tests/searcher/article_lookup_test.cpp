// Searcher::article over a real index of the seed corpus: the stored text and
// where its actors and places are named.
#include "searcher/article_lookup.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "../support/seed_index.h"
#include "lsearch/searcher.h"

namespace lsearch {
namespace {

const testing::SeedIndex& index_with_hostile_article() {
  static const testing::SeedIndex index(std::vector<std::pair<std::string, std::string>>{
      {"extra/hostile.txt",
       "Title: <b>Bold</b> claims\nDate: 2021-03-04\nURL: javascript:alert(1)\n\n"
       "Khalifa Haftar said <script>alert(1)</script> in Tripoli."}});
  return index;
}

std::string span_text(const StoredArticle& a, const EntitySpan& s) {
  return a.text.substr(s.begin, s.end - s.begin);
}

}  // namespace

TEST_CASE("an article comes back with its text, summary and named entities") {
  Searcher searcher = Searcher::open(index_with_hostile_article().db());
  auto article = searcher.article("seed/000_e50b9389b7aca812.txt");
  REQUIRE(article.has_value());
  CHECK(article->date == "2020-07-02");
  CHECK(article->text.find("Antonio Guterres") != std::string::npos);
  CHECK(std::count(article->actors.begin(), article->actors.end(), "Khalifa Haftar") == 1);
  CHECK(std::count(article->places.begin(), article->places.end(), "Tripoli") == 1);
  // Every mention of Haftar is marked, by full name or surname, and spans are in order.
  std::size_t haftar = 0, previous_end = 0;
  for (const auto& span : article->mentions) {
    CHECK(span.begin >= previous_end);
    CHECK(span.end <= article->text.size());
    previous_end = span.end;
    if (span.name == "Khalifa Haftar") {
      CHECK(span.kind == "actor");
      CHECK(span_text(*article, span).find("Haftar") != std::string::npos);
      ++haftar;
    }
    if (span.name == "Tripoli") CHECK(span_text(*article, span) == "Tripoli");
  }
  CHECK(haftar >= 2);
}

TEST_CASE("hostile text is stored as it is: escaping is the page's business") {
  Searcher searcher = Searcher::open(index_with_hostile_article().db());
  auto article = searcher.article("extra/hostile.txt");
  REQUIRE(article.has_value());
  CHECK(article->url == "javascript:alert(1)");
  CHECK(article->text.find("<script>alert(1)</script>") != std::string::npos);
  REQUIRE(!article->mentions.empty());
  CHECK(span_text(*article, article->mentions.front()) == "Khalifa Haftar");
}

TEST_CASE("an unknown id is no article") {
  Searcher searcher = Searcher::open(index_with_hostile_article().db());
  CHECK_FALSE(searcher.article("no/such/article.txt").has_value());
  CHECK_FALSE(searcher.article("").has_value());
}

}  // namespace lsearch
