// Article: one news article as the indexer understands it, after reading and
// cleaning, before it becomes a Xapian document. Plain value type.
#pragma once

#include <string>
#include <vector>

#include "common/news/entity.h"

namespace lsearch {

struct Article {
  std::string id;      // unique: path relative to the corpus root, or the JSONL record id
  std::string title;   // may be empty when none could be found
  std::string date;    // publication date YYYY-MM-DD, or empty when unknown
  std::string source;  // publisher, or empty
  std::string url;
  std::string body;                          // cleaned text: what is indexed and shown in snippets
  std::vector<EntityMention> entities;       // actors and places, canonical, unique per article
  std::vector<std::string> mentioned_dates;  // "YYYY", "YYYY-MM" or "YYYY-MM-DD" found in the text
};

}  // namespace lsearch
