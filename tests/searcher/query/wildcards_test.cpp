#include "searcher/query/wildcards.h"

#include <doctest/doctest.h>

#include "common/error.h"

namespace lsearch {

TEST_CASE("wildcards are rewritten to fields that expand over stems") {
  struct Row {
    const char* query;
    const char* rewritten;
  };
  const Row rows[] = {
      {"tarhun* graves", "lsearchwildcard:tarhun graves"},
      {"title:mark*", "lsearchtitlewildcard:mark"},
      {"oil title:mark* OR gas", "oil lsearchtitlewildcard:mark OR gas"},
      {"actor:haf*", "actor:haf*"},  // the actor processor reads its own value (and refuses it)
      {"mark*x", "mark*x"},
      {"a * b", "a * b"},
      {"(oil* OR gas)", "(lsearchwildcard:oil OR gas)"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.query);
    CHECK(rewrite_wildcards(row.query) == row.rewritten);
  }
}

TEST_CASE("a wildcard Xapian cannot run is a QueryError that says why") {
  CHECK_THROWS_WITH_AS(rewrite_wildcards("\"oil mark*\""),
                       "a wildcard cannot be used inside a phrase: mark*", QueryError);
  CHECK_THROWS_WITH_AS(rewrite_wildcards("oil NEAR mark*"),
                       "a wildcard cannot be used with NEAR or ADJ: mark*", QueryError);
  CHECK_THROWS_AS(rewrite_wildcards("mark* NEAR/3 oil"), QueryError);
  CHECK_THROWS_AS(rewrite_wildcards("title:\"oil mark*\""), QueryError);
}

}  // namespace lsearch
