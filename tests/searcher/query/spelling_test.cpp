// suggest_correction on a real Xapian database: which words are corrected, the
// same from the index's spelling names table as from the gazetteer of an index
// built before it, and that the table is asked for only when a word is unknown.
#include "searcher/query/spelling.h"

#include <doctest/doctest.h>

#include "../../support/temp_dir.h"
#include "common/analysis/analyzer.h"
#include "common/schema/alias_keys.h"
#include "common/schema/fields.h"
#include "common/schema/index_metadata.h"
#include "common/schema/spelling_names.h"
#include "common/schema/value_codec.h"
#include "searcher/entity_resolver.h"

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

// An index of "oil" whose articles name the actors with these ids, with the
// gazetteer in its metadata and, when `with_table`, the spelling names lindex writes.
Xapian::Database db_naming(const testing::TempDir& dir, const std::vector<std::string>& ids,
                           const std::string& tsv, bool with_table) {
  Analyzer analyzer;
  Xapian::WritableDatabase db(dir.file("db"), Xapian::DB_CREATE);
  Xapian::Document doc;
  doc.add_term(Analyzer::term_for(analyzer.make_stemmer(), "oil"));
  for (const std::string& id : ids)
    doc.add_term(bounded_term(field_spec(Field::kActor).prefix, id));
  db.add_document(doc);
  db.add_spelling("range");
  db.set_metadata(kMetaGazetteer, tsv);
  if (with_table) write_alias_keys(db, tsv);
  db.commit();
  return Xapian::Database(dir.file("db"));
}

// The suggestion as a search makes it (EntityResolver's names), checked to be
// the same with the table and without it.
std::string suggest_with(const std::vector<std::string>& ids, const std::string& tsv,
                         const std::string& query) {
  std::vector<std::string> suggestions;
  for (bool with_table : {false, true}) {
    testing::TempDir dir;
    const Xapian::Database db = db_naming(dir, ids, tsv, with_table);
    CHECK(has_spelling_names(db) == with_table);
    EntityResolver resolver(db);
    suggestions.push_back(suggest_correction(db, query, Analyzer().make_stemmer(),
                                             [&] { return resolver.spelling_names(); }));
  }
  CHECK(suggestions.front() == suggestions.back());
  return suggestions.back();
}

}  // namespace

TEST_CASE("did you mean: the nearest entity name, ties to the gazetteer's first entry and alias") {
  const std::string two = "actor\tAlpha One\tRanger\nactor\tBeta Two\tRangers\n";
  // "rangerx" is one edit from both "ranger" and "rangers": the first entry wins...
  CHECK(suggest_with({"alpha_one", "beta_two"}, two, "rangerx") == "ranger");
  // ... unless the index never names it.
  CHECK(suggest_with({"beta_two"}, two, "rangerx") == "rangers");
  CHECK(suggest_with({}, two, "rangerx") == "range");  // the spelling table's word then
  // An alias is no typo, even of an entity no article names.
  CHECK(suggest_with({}, two, "ranger") == "");
  // Fewer edits beat the order: "rangerss" is one edit from "rangers", two from "ranger".
  CHECK(suggest_with({"alpha_one", "beta_two"}, two, "rangerss") == "rangers");
  // Within one entry, the alias listed first among equally near ones.
  const std::string one = "actor\tGamma Three\tMango|Manga\n";
  CHECK(suggest_with({"gamma_three"}, one, "mangx") == "mango");
  const std::string other_order = "actor\tGamma Three\tManga|Mango\n";
  CHECK(suggest_with({"gamma_three"}, other_order, "mangx") == "manga");
}

TEST_CASE("did you mean asks for the spelling names only when a word is unknown, and once") {
  testing::TempDir dir;
  const Xapian::Database db = oil_prices_db(dir);
  const Xapian::Stem stemmer = Analyzer().make_stemmer();
  Gazetteer gazetteer;
  gazetteer.add_tsv("actor\tKhalifa Haftar\tHifter\n", "test.tsv");
  const std::string table = spelling_names_of(gazetteer);
  int asked = 0;
  const SpellingNamesSource source = [&]() -> std::string_view {
    ++asked;
    return table;
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
