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

inline constexpr const char* kWildcardField = "lsearchwildcard";

// "tarhun* graves" -> "lsearchwildcard:tarhun graves"; quoted text and field values are left alone.
std::string rewrite_wildcards(const std::string& normalized_query);

class WildcardFieldProcessor : public Xapian::FieldProcessor {
 public:
  explicit WildcardFieldProcessor(const Analyzer& analyzer) : analyzer_(analyzer) {}
  Xapian::Query operator()(const std::string& prefix) override;

 private:
  const Analyzer& analyzer_;
};

}  // namespace lsearch
