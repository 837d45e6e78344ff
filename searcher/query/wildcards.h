// Trailing wildcards (tarhun*) over an index of stemmed terms. Xapian's
// QueryParser expands a wildcard over unstemmed terms, which a STEM_ALL_Z index
// does not hold; so the query text's `word*` (outside quotes and fields) is
// rewritten to a field handled by WildcardFieldProcessor, which expands the
// pattern over the "Z" stems. A stem can be shorter than a word ("running" ->
// "run"), so "runn*" misses "running": wildcards match stems.
#pragma once

#include <xapian.h>

#include <string>

#include "common/analysis/analyzer.h"

namespace lsearch {

inline constexpr std::string_view kWildcardField = "lsearchwildcard";
inline constexpr std::string_view kTitleWildcardField = "lsearchtitlewildcard";

// "tarhun* graves" -> "lsearchwildcard:tarhun graves", "title:mark*" ->
// "lsearchtitlewildcard:mark"; other fields' values are left to their processors. Throws
// QueryError for a wildcard inside a phrase or next to NEAR/ADJ (Xapian cannot run them).
std::string rewrite_wildcards(const std::string& normalized_query);

class WildcardFieldProcessor : public Xapian::FieldProcessor {
 public:
  // `term_prefix`: the field's own prefix ("" for the body, "S" for the title).
  WildcardFieldProcessor(const Analyzer& analyzer, std::string_view term_prefix)
      : analyzer_(analyzer), term_prefix_(term_prefix) {}
  Xapian::Query operator()(const std::string& prefix) override;

 private:
  const Analyzer& analyzer_;
  std::string term_prefix_;
};

}  // namespace lsearch
