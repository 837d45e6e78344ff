// The slot counter (Xapian's own ValueCountMatchSpy per slot, what remote
// shards run) on hand-made documents: a value's count is the sum over its K
// slots and the overflow lists that name it, whatever slot it sits in.
#include "searcher/facets/slot_facet_counter.h"

#include <doctest/doctest.h>

#include "../../support/temp_dir.h"
#include "common/schema/fields.h"
#include "common/schema/value_codec.h"

namespace lsearch {
namespace {

// A document with these values of `facet`, laid out as the document builder does.
void add(Xapian::WritableDatabase& db, Facet facet, const std::vector<std::string>& names) {
  const FacetSpec& spec = facet_spec(facet);
  Xapian::Document doc;
  doc.add_boolean_term("T");
  for (std::size_t k = 0; k < names.size() && k < spec.slots; ++k)
    doc.add_value(spec.first_slot + static_cast<Xapian::valueno>(k), names[k]);
  if (names.size() > spec.slots)
    doc.add_value(*spec.overflow_slot, encode_list({names.begin() + spec.slots, names.end()}));
  db.add_document(doc);
}

std::vector<std::string> names(const std::string& stem, unsigned n) {
  std::vector<std::string> out;
  for (unsigned i = 0; i < n; ++i) out.push_back(stem + std::to_string(i));
  return out;
}

Facets count(const Xapian::Database& db, std::size_t limit) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query("T"));
  SlotFacetCounter counter;
  counter.attach(enquire);
  enquire.get_mset(0, 0, db.get_doccount());
  return counter.collect(limit, true);
}

std::size_t count_of(const std::vector<FacetValue>& values, const std::string& name) {
  for (const FacetValue& v : values)
    if (v.value == name) return v.count;
  return 0;
}

}  // namespace

TEST_CASE("values in different slots and in overflow lists are summed exactly") {
  const unsigned k = facet_spec(Facet::kActors).slots;
  REQUIRE(facet_spec(Facet::kActors).overflow_slot);
  testing::TempDir dir;
  {
    Xapian::WritableDatabase db(dir.file("db"), Xapian::DB_CREATE);
    auto many = names("a", k + 3);  // a0..a(k-1) in slots, three in the overflow list
    add(db, Facet::kActors, many);
    add(db, Facet::kActors, many);  // the same overflow list: one value of its spy, counted twice
    std::vector<std::string> shifted = {many[k + 1]};  // an overflow name in slot 0 here
    add(db, Facet::kActors, shifted);
    std::vector<std::string> reversed(many.rbegin(), many.rend());  // a0 now in the overflow
    add(db, Facet::kActors, reversed);
    db.commit();
  }
  Xapian::Database db(dir.file("db"));
  Facets f = count(db, 1000);
  CHECK(f.actors.size() == k + 3);
  for (const std::string& name : names("a", k + 3)) {
    CAPTURE(name);
    CHECK(count_of(f.actors, name) == (name == "a" + std::to_string(k + 1) ? 4u : 3u));
  }
  CHECK(f.actors.front().value == "a" + std::to_string(k + 1));  // the top value first
  CHECK(f.exact);
}

TEST_CASE("single-slot facets, months in calendar order with a dash, limits with ties by name") {
  testing::TempDir dir;
  {
    Xapian::WritableDatabase db(dir.file("db"), Xapian::DB_CREATE);
    add(db, Facet::kSources, {"Reuters"});
    add(db, Facet::kSources, {"BBC"});
    add(db, Facet::kSources, {"AJ"});
    add(db, Facet::kMonths, {"202007"});
    add(db, Facet::kMonths, {"198703"});
    add(db, Facet::kMonths, {"202007"});
    db.commit();
  }
  Xapian::Database db(dir.file("db"));
  Facets f = count(db, 2);
  REQUIRE(f.sources.size() == 2);
  CHECK(f.sources[0].value == "AJ");
  CHECK(f.sources[1].value == "BBC");
  REQUIRE(f.months.size() == 2);  // all months, whatever the limit
  CHECK(f.months[0].value == "1987-03");
  CHECK(f.months[1].value == "2020-07");
  CHECK(f.months[1].count == 2);
}

}  // namespace lsearch
