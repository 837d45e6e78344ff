// Facet counts against a brute-force count over a real corpus: every match's
// tagged names (kSlotFacets) counted one by one, compared with the ordinal
// counter (local), the slot counter (what remote shards use) and the Searcher;
// the copy counter carried by the facet counter's spy, against brute force.
#include <doctest/doctest.h>

#include <xapian.h>

#include <filesystem>
#include <map>

#include "../../support/reuters_index.h"
#include "common/index_layout.h"
#include "common/schema/facet_column.h"
#include "common/schema/facet_dictionary.h"
#include "common/schema/fields.h"
#include "common/schema/value_codec.h"
#include "lsearch/searcher.h"
#include "searcher/collapse/copy_counter.h"
#include "searcher/facets/facet_counter.h"

namespace lsearch {
namespace {

constexpr std::size_t kAll = 1000000;  // a facet limit that shows every value

using Expected = std::array<std::vector<FacetValue>, kFacets.size()>;

// Counts by reading every matching document's names.
Expected brute_force(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  Xapian::MSet all = enquire.get_mset(0, db.get_doccount());
  std::array<std::map<std::string, std::size_t>, kFacets.size()> counts;
  for (auto it = all.begin(); it != all.end(); ++it) {
    const std::string names = it.get_document().get_value(kSlotFacets);
    for (const FacetSpec& spec : kFacets)
      for (const std::string& name : facet_values(names, spec.tag))
        ++counts[static_cast<std::size_t>(spec.facet)][name];
  }
  Expected expected;
  for (std::size_t f = 0; f < kFacets.size(); ++f)
    for (const auto& [name, count] : counts[f]) expected[f].push_back({name, count});
  constexpr auto kMonths = static_cast<std::size_t>(Facet::kMonths);
  for (std::size_t f = 0; f < kFacets.size(); ++f)
    if (f != kMonths) expected[f] = top_values(expected[f], kAll);
  for (auto& month : expected[kMonths]) month.value.insert(4, "-");  // calendar order already
  return expected;
}

void check_equal(const std::vector<FacetValue>& got, const std::vector<FacetValue>& want) {
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    CAPTURE(i);
    CHECK(got[i].value == want[i].value);
    CHECK(got[i].count == want[i].count);
  }
}

void check_facets(const Facets& got, const Expected& want) {
  check_equal(got.actors, want[0]);
  check_equal(got.places, want[1]);
  check_equal(got.sources, want[2]);
  check_equal(got.countries, want[static_cast<std::size_t>(Facet::kCountries)]);
  check_equal(got.months, want[static_cast<std::size_t>(Facet::kMonths)]);
}

// The generation directory of an lindex index (where its facet column is).
std::string generation_dir(const std::string& index) {
  return index + "/" + stub_generation(read_index_stub(index)).value();
}

Facets count_with(FacetMethod method, const Xapian::Database& db, const Xapian::Query& query,
                  std::size_t limit = kAll, std::shared_ptr<const FacetColumn> column = nullptr) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  auto counter = make_facet_counter(method, db, std::move(column));
  counter->attach(enquire);
  enquire.get_mset(0, 0, db.get_doccount());
  return counter->collect(limit, true);
}

// A page of one hit per cluster (the first match of each, `size` of them) and
// each cluster's copies by brute force (its other matches).
struct CopiesPage {
  std::vector<Hit> hits;
  std::vector<Xapian::docid> page;
  std::map<std::string, std::size_t> copies;
};

CopiesPage copies_page(const Xapian::Database& db, const Xapian::Query& query, std::size_t size) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  Xapian::MSet all = enquire.get_mset(0, db.get_doccount());
  CopiesPage out;
  std::map<std::string, std::size_t> members;
  for (auto it = all.begin(); it != all.end(); ++it) {
    const std::string cluster = it.get_document().get_value(kSlotCluster);
    if (cluster.empty()) continue;
    if (++members[cluster] == 1 && out.hits.size() < size) {
      Hit hit;
      hit.cluster = cluster;
      out.hits.push_back(hit);
      out.page.push_back(*it);
    }
  }
  for (const Hit& hit : out.hits) out.copies[hit.cluster] = members[hit.cluster] - 1;
  return out;
}

// Facets and copies counted on one pass, the copy counter attached with the
// facet counter (attach_with: the ordinal spy carries it).
Facets count_with_copies(FacetMethod method, const Xapian::Database& db, const Xapian::Query& query,
                         std::shared_ptr<const FacetColumn> column, std::vector<Hit>& hits,
                         const std::vector<Xapian::docid>& page) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  auto counter = make_facet_counter(method, db, column);
  CopyCounter copies(db, hits, page, column);
  counter->attach_with(enquire, copies);
  enquire.get_mset(0, 0, db.get_doccount());
  copies.fill(hits);
  return counter->collect(kAll, true);
}

const std::vector<Xapian::Query>& queries() {
  static const std::vector<Xapian::Query> q = {
      Xapian::Query("Zoil"),
      Xapian::Query("Zsaid"),  // nearly everything
      Xapian::Query("Zyen"),
      Xapian::Query(Xapian::Query::OP_AND, Xapian::Query("Ztrade"), Xapian::Query("Zjapan")),
      Xapian::Query::MatchAll,
      Xapian::Query("Znosuchwordatall"),
  };
  return q;
}

}  // namespace

TEST_CASE("the subset is real and exercises the overflow slots") {
  const auto& index = testing::ReutersIndex::get();
  Xapian::Database db(index.db());
  CHECK(db.get_doccount() > 2500);
  std::size_t overflowing = 0;
  const Xapian::valueno overflow = *facet_spec(Facet::kActors).overflow_slot;
  for (auto it = db.valuestream_begin(overflow); it != db.valuestream_end(overflow); ++it)
    ++overflowing;
  CHECK(overflowing > 0);
  CHECK(facet_dictionary_size(db, Facet::kActors) > 100);
}

TEST_CASE("ordinal counts equal a brute-force count, for every value") {
  Xapian::Database db(testing::ReutersIndex::get().db());
  for (const auto& query : queries()) {
    CAPTURE(query.get_description());
    check_facets(count_with(FacetMethod::kOrdinals, db, query), brute_force(db, query));
  }
}

TEST_CASE("lindex wrote a facet column of the index's revision; counts by it equal brute force") {
  const std::string index = testing::ReutersIndex::get().db();  // a full build + an incremental run
  Xapian::Database db(index);
  auto column = FacetColumn::open(generation_dir(index), db);
  REQUIRE(column);
  for (const auto& query : queries()) {
    CAPTURE(query.get_description());
    check_facets(count_with(FacetMethod::kOrdinals, db, query, kAll, column),
                 brute_force(db, query));
  }
}

TEST_CASE("a reader of a revision the column was not written for counts right, and so after") {
  testing::TempDir dir;
  const std::string index = dir.file("copy");
  std::filesystem::copy(testing::ReutersIndex::get().db(), index,
                        std::filesystem::copy_options::recursive);
  Searcher searcher = Searcher::open(index);
  SearchRequest request;
  request.query = "oil";
  request.facet_limit = kAll;
  auto expect_brute_force = [&] {
    Xapian::Database db(index);
    Expected want = brute_force(db, Xapian::Query("Zoil"));
    check_facets(searcher.search(request).facets, want);
  };
  expect_brute_force();
  {
    // What an incremental run commits before it rewrites the column: changed facets.
    Xapian::WritableDatabase db(generation_dir(index), Xapian::DB_OPEN);
    Xapian::Database before(generation_dir(index));
    const Xapian::Document other = before.get_document(before.get_lastdocid());
    int changed = 0;
    for (auto it = before.postlist_begin("Zoil"); it != before.postlist_end("Zoil") && changed < 40;
         ++it, ++changed) {
      Xapian::Document doc = before.get_document(*it);
      if (changed % 2 == 0) {
        db.delete_document(*it);
        continue;
      }
      // Another article's facets, in all three forms.
      doc.clear_values();
      for (auto v = other.values_begin(); v != other.values_end(); ++v)
        doc.add_value(v.get_valueno(), *v);
      db.replace_document(*it, doc);
    }
    db.commit();
  }
  Xapian::Database now(generation_dir(index));
  CHECK_FALSE(FacetColumn::open(generation_dir(index), now));
  expect_brute_force();  // by the values
  write_facet_column(generation_dir(index));
  CHECK(FacetColumn::open(generation_dir(index), now));
  expect_brute_force();  // by the rewritten column
}

TEST_CASE("slot counts (Xapian's own spies, as for remote shards) equal a brute-force count") {
  Xapian::Database db(testing::ReutersIndex::get().db());
  for (const auto& query : queries()) {
    CAPTURE(query.get_description());
    check_facets(count_with(FacetMethod::kSlots, db, query), brute_force(db, query));
  }
}

TEST_CASE("with a limit, both counters show the same top values, ties broken by name") {
  Xapian::Database db(testing::ReutersIndex::get().db());
  for (const auto& query : queries())
    for (std::size_t limit : {std::size_t{1}, std::size_t{3}, std::size_t{10}}) {
      CAPTURE(query.get_description());
      CAPTURE(limit);
      Expected want = brute_force(db, query);
      for (std::size_t f = 0; f < kFacets.size(); ++f)
        if (kFacets[f].facet != Facet::kMonths) want[f] = top_values(want[f], limit);
      check_facets(count_with(FacetMethod::kOrdinals, db, query, limit), want);
      check_facets(count_with(FacetMethod::kSlots, db, query, limit), want);
    }
}

TEST_CASE("the Searcher's facets are the brute-force counts") {
  Searcher searcher = Searcher::open(testing::ReutersIndex::get().db());
  Xapian::Database db(testing::ReutersIndex::get().db());
  SearchRequest request;
  request.query = "oil";
  request.facet_limit = 10;
  SearchResults results = searcher.search(request);
  Expected want = brute_force(db, Xapian::Query("Zoil"));
  for (std::size_t f = 0; f < kFacets.size(); ++f)
    if (kFacets[f].facet != Facet::kMonths) want[f] = top_values(want[f], 10);
  check_facets(results.facets, want);
  CHECK(results.facets.exact);
}

TEST_CASE("the copy counter carried by the facet spy: facets and copies equal brute force") {
  const std::string index = testing::ReutersIndex::get().db();  // a full build + an incremental run
  Xapian::Database db(index);
  auto column = FacetColumn::open(generation_dir(index), db);
  REQUIRE(column);
  std::size_t with_copies = 0;
  for (const auto& query : {queries()[0], queries()[1], queries()[3]}) {
    CAPTURE(query.get_description());
    const Expected facets = brute_force(db, query);
    const CopiesPage want = copies_page(db, query, 200);
    for (FacetMethod method : {FacetMethod::kOrdinals, FacetMethod::kSlots})
      for (const auto& used : {column, std::shared_ptr<const FacetColumn>()}) {
        CAPTURE(method == FacetMethod::kOrdinals);
        CAPTURE(used != nullptr);
        std::vector<Hit> hits = want.hits;
        check_facets(count_with_copies(method, db, query, used, hits, want.page), facets);
        for (const Hit& hit : hits) {
          CHECK(hit.copies == want.copies.at(hit.cluster));
          with_copies += hit.copies > 0 ? 1 : 0;
        }
      }
  }
  CHECK(with_copies > 20);  // the pages hold clusters of wire copies (52)
}

TEST_CASE("document ordinals decode to the document's names") {
  Xapian::Database db(testing::ReutersIndex::get().db());
  for (Xapian::docid did = 1; did <= 200; ++did) {
    Xapian::Document doc = db.get_document(did);
    auto ordinals = decode_facet_ordinals(doc.get_value(kSlotFacetOrdinals));
    const std::string names = doc.get_value(kSlotFacets);
    for (const FacetSpec& spec : kFacets) {
      std::vector<std::string> decoded;
      for (FacetOrdinal o : ordinals[static_cast<std::size_t>(spec.facet)])
        decoded.push_back(facet_name(db, spec.facet, o));
      std::vector<std::string> want = facet_values(names, spec.tag);
      if (spec.facet == Facet::kMonths)
        for (auto& m : want) m.insert(4, "-");
      CHECK(decoded == want);
    }
  }
}

}  // namespace lsearch
