// NewsAnalyzer: turns an article as read (metadata that may be missing, raw
// text) into an Article the index can hold: cleaned body, title, publication
// date, source, entities (actors, places) and the dates the text mentions.
// Immutable after construction: one instance serves every indexing thread.
#pragma once

#include <string>

#include "common/article.h"
#include "common/news/cleaner.h"
#include "common/news/entity_extractor.h"
#include "common/news/gazetteer.h"

namespace lsearch {

class NewsAnalyzer {
 public:
  explicit NewsAnalyzer(Gazetteer gazetteer, Cleaner cleaner = Cleaner());

  // Completes `article` in place. Its body goes in raw and comes out cleaned;
  // title, date and source from metadata are kept when present.
  void understand(Article& article) const;

  const Gazetteer& gazetteer() const { return gazetteer_; }
  // Identifies the gazetteer, cleaning rules and lexicon: what changes an Article.
  std::string fingerprint() const;

 private:
  Gazetteer gazetteer_;
  Cleaner cleaner_;
  EntityExtractor extractor_;
};

// "SOURCE: AL JAZEERA AND NEWS AGENCIES" credit -> "Al Jazeera".
std::string canonical_source(std::string_view credit);

}  // namespace lsearch
