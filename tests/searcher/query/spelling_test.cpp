// suggest_correction on a real Xapian database: which words are corrected, and
// that the gazetteer (costly to parse) is asked for only when a word is unknown.
#include "searcher/query/spelling.h"

#include <doctest/doctest.h>

#include "../../support/temp_dir.h"
#include "common/analysis/analyzer.h"

namespace lsearch {
namespace {

// An index of "oil" and "prices" with a spelling table of the same words.
Xapian::Database oil_prices_db(const testing::TempDir& dir) {
  Analyzer analyzer;
  Xapian::Stem stemmer = analyzer.make_stemmer();
  Xapian::WritableDatabase db(dir.file("db"), Xapian::DB_CREATE);
  Xapian::Document doc;
  for (const char* word : {"oil", "prices"}) {
    doc.add_term(Analyzer::term_for(stemmer, word));
    db.add_spelling(word);
  }
  db.add_document(doc);
  db.commit();
  return Xapian::Database(dir.file("db"));
}

}  // namespace

TEST_CASE("did you mean asks for the gazetteer only when a word is unknown, and once") {
  testing::TempDir dir;
  const Xapian::Database db = oil_prices_db(dir);
  const Xapian::Stem stemmer = Analyzer().make_stemmer();
  Gazetteer gazetteer;
  gazetteer.add_tsv("actor\tKhalifa Haftar\tHifter\n", "test.tsv");
  int asked = 0;
  const GazetteerSource source = [&]() -> const Gazetteer* {
    ++asked;
    return &gazetteer;
  };
  CHECK(suggest_correction(db, "oil prices", stemmer, source) == "");
  CHECK(suggest_correction(db, "oil source:reuters", stemmer, source) == "");
  CHECK(asked == 0);
  CHECK(suggest_correction(db, "oill pricess", stemmer, source) == "oil prices");
  CHECK(asked == 1);
  CHECK(suggest_correction(db, "hifter prices", stemmer, source) == "");  // an alias, no typo
  CHECK(asked == 2);
  CHECK(suggest_correction(db, "oill", stemmer, {}) == "oil");  // no gazetteer at all
}

}  // namespace lsearch
