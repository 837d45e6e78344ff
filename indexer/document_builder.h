// DocumentBuilder: turns an understood Article into the Xapian document the
// schema (common/schema/fields.h) describes: free-text terms through the
// Analyzer, boolean terms for filters, values for dates, facets and the
// content hash, and the stored data the searcher shows. Not thread-safe: one
// per thread (it owns a TermGenerator).
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_map>

#include "common/analysis/analyzer.h"
#include "common/article.h"
#include "common/news/gazetteer.h"
#include "common/schema/facet_dictionary.h"
#include "common/schema/fields.h"

namespace lsearch {

// A headline word counts as much as three body words (measured on the
// evaluation collections: README, ranking table).
inline constexpr Xapian::termcount kTitleWeight = 3;

// Identifies how documents are built (part of every content hash).
std::string document_format();

// Words and how often they occur: the source of the spelling table ("did you
// mean"), since the index itself holds only stems.
using Vocabulary = std::unordered_map<std::string, Xapian::termcount>;
// Counts the words of normalised text (letters, with inner apostrophes; no numbers).
void add_words(Vocabulary& vocabulary, std::string_view normalized_text);
// Adds a vocabulary to the database's spelling table.
void add_spelling(Xapian::WritableDatabase& db, const Vocabulary& vocabulary);

class DocumentBuilder {
 public:
  // `dictionary` assigns the facet ordinals; one per index run, shared by
  // every builder of the run (FacetDictionary is thread-safe). `gazetteer`: the
  // one the articles' entities came from (a place's kind, country, coordinates).
  DocumentBuilder(const Analyzer& analyzer, FacetDictionary& dictionary,
                  const Gazetteer& gazetteer);

  // `words`, if given, receives the article's words for the spelling table.
  Xapian::Document build(const Article& article, const std::string& origin_key,
                         const std::string& content_hash, Vocabulary* words = nullptr);

 private:
  const Analyzer& analyzer_;
  FacetDictionary& dictionary_;
  const Gazetteer& gazetteer_;
  Xapian::TermGenerator generator_;
};

// The hash that decides whether an article changed: its raw fields plus every
// setting that changes how it is understood and indexed.
std::string content_hash(const Article& raw, const std::string& settings_fingerprint);

// What a reader sees of an understood article (id, title, date, source, url,
// cleaned text), hashed without settings: a rebuild does not change it.
std::string article_hash(const Article& article);

// The article's unique id term ("Q" + id, bounded in length).
std::string id_term(const std::string& id);
// The term that marks the documents of one corpus file.
std::string origin_term(const std::string& origin_key);
// The value of `doc`'s first term of `field` (the prefix removed), or "".
std::string term_value(const Xapian::Document& doc, Field field);

}  // namespace lsearch
