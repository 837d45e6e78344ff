// The ordinal counter on small hand-made databases: counts by the facet
// column and by the values are the same, a column of another revision is not
// used, values beyond the dictionary the spy was sized for are counted.
#include "searcher/facets/ordinal_facet_counter.h"

#include <doctest/doctest.h>

#include "../../support/temp_dir.h"

namespace lsearch {
namespace {

FacetValues values(std::vector<std::string> actors, std::vector<std::string> places,
                   std::vector<std::string> months) {
  FacetValues v;
  v[static_cast<std::size_t>(Facet::kActors)] = std::move(actors);
  v[static_cast<std::size_t>(Facet::kPlaces)] = std::move(places);
  v[static_cast<std::size_t>(Facet::kMonths)] = std::move(months);
  return v;
}

void add(Xapian::WritableDatabase& db, FacetDictionary& dictionary, const FacetValues& v) {
  Xapian::Document doc;
  doc.add_boolean_term("T");
  doc.add_value(kSlotFacetOrdinals, dictionary.encode(v));
  db.add_document(doc);
}

// Haftar 3, UN 2, Sarraj 1; Tripoli 2, Benghazi 1; 2020-07 twice, 2019-12 once.
void build(const std::string& path) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
  FacetDictionary dictionary;
  add(db, dictionary, values({"Haftar", "UN"}, {"Tripoli"}, {"202007"}));
  add(db, dictionary, values({"Haftar"}, {"Benghazi", "Tripoli"}, {"202007"}));
  add(db, dictionary, values({"UN", "Haftar", "Sarraj"}, {}, {"201912"}));
  dictionary.write_new(db);
  db.commit();
}

Facets count(const Xapian::Database& db, std::shared_ptr<const FacetColumn> column,
             std::size_t limit, bool* used_column = nullptr) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query("T"));
  OrdinalFacetCounter counter(db, std::move(column));
  counter.attach(enquire);
  enquire.get_mset(0, 0, db.get_doccount());
  if (used_column) *used_column = counter.spy().uses_column();
  return counter.collect(limit, true);
}

std::string render(const std::vector<FacetValue>& values) {
  std::string out;
  for (const FacetValue& v : values) out += v.value + "=" + std::to_string(v.count) + " ";
  return out;
}

}  // namespace

TEST_CASE("counts by the column and by the values are the same, names from the dictionary") {
  testing::TempDir dir;
  build(dir.file("db"));
  write_facet_column(dir.file("db"));
  Xapian::Database db(dir.file("db"));
  bool used = false;
  Facets by_column = count(db, FacetColumn::open(dir.file("db"), db), 10, &used);
  CHECK(used);
  Facets by_values = count(db, nullptr, 10, &used);
  CHECK_FALSE(used);
  for (const Facets* f : {&by_column, &by_values}) {
    CHECK(render(f->actors) == "Haftar=3 UN=2 Sarraj=1 ");
    CHECK(render(f->places) == "Tripoli=2 Benghazi=1 ");
    CHECK(render(f->months) == "2019-12=1 2020-07=2 ");  // calendar order
    CHECK(f->sources.empty());
  }
}

TEST_CASE("the limit keeps the top values, ties broken by name") {
  testing::TempDir dir;
  build(dir.file("db"));
  Xapian::Database db(dir.file("db"));
  CHECK(render(count(db, nullptr, 1).actors) == "Haftar=3 ");
  CHECK(render(count(db, nullptr, 1).places) == "Tripoli=2 ");
  CHECK(count(db, nullptr, 0).actors.empty());
}

TEST_CASE("a column of an older revision is not used, and the counts are today's") {
  testing::TempDir dir;
  build(dir.file("db"));
  write_facet_column(dir.file("db"));
  Xapian::Database old_db(dir.file("db"));
  auto old_column = FacetColumn::open(dir.file("db"), old_db);
  REQUIRE(old_column);
  {
    Xapian::WritableDatabase db(dir.file("db"), Xapian::DB_OPEN);
    FacetDictionary dictionary;
    dictionary.load(db);
    db.delete_document(1);
    add(db, dictionary, values({"Salame", "Salame2"}, {"Sirte"}, {"202001"}));  // new ordinals
    dictionary.write_new(db);
    db.commit();
  }
  Xapian::Database db(dir.file("db"));
  bool used = true;
  Facets f = count(db, old_column, 10, &used);
  CHECK_FALSE(used);
  CHECK(render(f.actors) == "Haftar=2 Salame=1 Salame2=1 Sarraj=1 UN=1 ");
  CHECK(render(f.places) == "Benghazi=1 Sirte=1 Tripoli=1 ");
}

TEST_CASE("values assigned after the spy was sized are counted (the arrays grow)") {
  testing::TempDir dir;
  build(dir.file("db"));
  Xapian::Database sized(dir.file("db"));
  OrdinalFacetSpy spy(sized);  // sized for 3 actors
  {
    Xapian::WritableDatabase db(dir.file("db"), Xapian::DB_OPEN);
    FacetDictionary dictionary;
    dictionary.load(db);
    add(db, dictionary, values({"A4", "A5", "A6", "A7"}, {}, {}));
    dictionary.write_new(db);
    db.commit();
  }
  Xapian::Database db(dir.file("db"));
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query("T"));
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 0, db.get_doccount());
  CHECK(spy.count(Facet::kActors, 0) == 3);  // Haftar
  CHECK(spy.count(Facet::kActors, 6) == 1);  // A7
  CHECK(spy.seen(Facet::kActors).size() == 7);
}

// The counters are 16 bits wide: a count past 65535 goes on in spilled_.
TEST_CASE("counts past 65535 stay exact, and a value is seen once") {
  FacetDictionary dictionary;
  const std::string encoded = dictionary.encode(values({"Haftar", "UN"}, {"Tripoli"}, {"202007"}));
  Xapian::Document doc;  // a real document, never added to a database: the spy reads its value
  doc.add_value(kSlotFacetOrdinals, encoded);
  OrdinalFacetSpy spy;
  constexpr std::uint32_t kMatches = 3 * 65536 + 7;
  for (std::uint32_t i = 0; i < kMatches; ++i) spy(doc, 0);
  CHECK(spy.count(Facet::kActors, 0) == kMatches);
  CHECK(spy.count(Facet::kActors, 1) == kMatches);
  CHECK(spy.count(Facet::kPlaces, 0) == kMatches);
  CHECK(spy.count(Facet::kActors, 2) == 0);
  CHECK(spy.seen(Facet::kActors).size() == 2);
  CHECK(spy.seen(Facet::kMonths).size() == 1);
  for (std::uint32_t count : {65535u, 65536u, 65537u}) {  // around the wrap
    OrdinalFacetSpy near;
    for (std::uint32_t i = 0; i < count; ++i) near(doc, 0);
    CHECK(near.count(Facet::kPlaces, 0) == count);
    CHECK(near.seen(Facet::kPlaces).size() == 1);
  }
}

}  // namespace lsearch
