// DocumentBuilder: turns an understood Article into the Xapian document the
// schema (common/schema/fields.h) describes: free-text terms through the
// Analyzer, boolean terms for filters, values for dates, facets and the
// content hash, and the stored data the searcher shows. Not thread-safe: one
// per thread (it owns a TermGenerator).
#pragma once

#include <xapian.h>

#include <string>

#include "common/analysis/analyzer.h"
#include "common/article.h"

namespace lsearch {

// A headline word counts as much as two body words (measured on the
// evaluation collections: README, ranking table).
inline constexpr Xapian::termcount kTitleWeight = 2;

// Identifies how documents are built (part of every content hash).
std::string document_format();

class DocumentBuilder {
 public:
  explicit DocumentBuilder(const Analyzer& analyzer);

  Xapian::Document build(const Article& article, const std::string& origin_key,
                         const std::string& content_hash);

 private:
  const Analyzer& analyzer_;
  Xapian::TermGenerator generator_;
};

// The hash that decides whether an article changed: its raw fields plus every
// setting that changes how it is understood and indexed.
std::string content_hash(const Article& raw, const std::string& settings_fingerprint);

// The article's unique id term ("Q" + id, bounded in length).
std::string id_term(const std::string& id);
// The term that marks the documents of one corpus file.
std::string origin_term(const std::string& origin_key);

// Adds the unprefixed words of `doc` to the spelling table ("did you mean");
// used by incremental runs.
void add_spelling(Xapian::WritableDatabase& db, const Xapian::Document& doc);
// Fills the spelling table from the whole vocabulary at once, weighted by how
// many documents hold each word: a full build does this once after merging,
// which costs a fraction of adding each document's words.
void add_vocabulary_to_spelling(Xapian::WritableDatabase& db);

}  // namespace lsearch
