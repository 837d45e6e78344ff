// Reads one article back from the index by id (Searcher::article): its summary
// values, the cleaned text (document data) and the spans where its actors and
// places are named, found with the highlighter so they match what search marks.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>

#include "common/analysis/analyzer.h"
#include "lsearch/searcher.h"
#include "searcher/entity_resolver.h"

namespace lsearch {

std::optional<StoredArticle> lookup_article(const Xapian::Database& db, const Analyzer& analyzer,
                                            EntityResolver& resolver, const std::string& id);

}  // namespace lsearch
