// The counting pass by posting lists is Xapian's boolean pass: the query shapes
// it takes (a table), and on hundreds of queries of a real Reuters-21578 index
// and of the Libya headlines (many wire copies) the same matches, totals,
// facets (every value) and copy counts of a collapsed page as the Enquire with
// the ordinal spy and the copy counter: words, ANDs, ORs, and ORs with phrase
// aliases as an entity name gives them.
#include "searcher/facets/posting_pass.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../../support/ranking_queries.h"
#include "../../support/reuters_index.h"
#include "common/schema/fields.h"
#include "searcher/collapse/copy_counter.h"
#include "searcher/facets/ordinal_facet_counter.h"
#include "searcher/hit_entities.h"
#include "searcher/ranking.h"

namespace lsearch {
namespace {

using Q = Xapian::Query;

// Two terms within `window` positions (OP_NEAR, OP_PHRASE).
Q positional(Q::op op, const std::string& a, const std::string& b, Xapian::termcount window) {
  const std::vector<std::string> terms = {a, b};
  return Q(op, terms.begin(), terms.end(), window);
}

// Factors as "a b", an OR's terms as "a|b".
std::string joined(const Conjunction& factors) {
  std::string out;
  for (const auto& terms : factors) {
    for (const std::string& t : terms) out += t + (&t == &terms.back() ? "" : "|");
    out += " ";
  }
  return out;
}

std::string render(const Facets& facets) {
  std::string out;
  for (const auto* values :
       {&facets.actors, &facets.places, &facets.sources, &facets.countries, &facets.months}) {
    for (const FacetValue& v : *values) out += v.value + "=" + std::to_string(v.count) + " ";
    out += "| ";
  }
  return out;
}

// The page a search shows (collapsed, ranked): its hits' clusters and docids.
void page_of(const Xapian::Database& db, const Q& query, SearchResults& results,
             std::vector<Xapian::docid>& page) {
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(ranking_weight());
  enquire.set_query(query);
  enquire.set_collapse_key(kSlotCluster);
  Xapian::MSet top = enquire.get_mset(0, 10);
  for (auto it = top.begin(); it != top.end(); ++it) {
    Hit hit;
    hit.cluster = it.get_document().get_value(kSlotCluster);
    results.hits.push_back(hit);
    page.push_back(*it);
  }
  results.collapsed = true;
}

// What Xapian's boolean pass gives, as Searcher::count_facets runs it.
SearchResults by_matcher(const Xapian::Database& db, const Q& query,
                         std::shared_ptr<const FacetColumn> column, const SearchResults& shown,
                         const std::vector<Xapian::docid>& page, std::size_t limit) {
  SearchResults results = shown;
  Xapian::Enquire counting(db);
  counting.set_query(query);
  counting.set_weighting_scheme(Xapian::BoolWeight());
  OrdinalFacetCounter facets(db, column);
  CopyCounter copies(db, results.hits, page, column);
  facets.attach_with(counting, copies);
  Xapian::MSet all = counting.get_mset(0, 0, db.get_doccount());
  results.total = all.get_matches_lower_bound();
  results.facets = facets.collect(limit, true);
  add_actor_types(db, results.facets.actors);
  copies.fill(results.hits);
  return results;
}

std::vector<Xapian::docid> matcher_docids(const Xapian::Database& db, const Q& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  std::vector<Xapian::docid> docids;
  Xapian::MSet all = enquire.get_mset(0, db.get_doccount());
  for (auto it = all.begin(); it != all.end(); ++it) docids.push_back(*it);
  return docids;
}

// Single stems and OR pairs (as queries_of gives them), and ANDs of stems as a
// free-text search builds them: bare, with the proximity boost, and filtered.
std::vector<Q> queries(const Xapian::Database& db) {
  std::vector<Q> all = testing::queries_of(db);
  std::vector<Q> singles;
  for (const Q& q : all)
    if (q.get_type() == Q::LEAF_TERM) singles.push_back(q);
  for (std::size_t i = 3; i < singles.size(); i += 2) {
    const Q both(Q::OP_AND, singles[i - 3], singles[i]);
    all.push_back(both);
    all.emplace_back(Q::OP_AND_MAYBE, both,
                     positional(Q::OP_NEAR, *singles[i - 3].get_terms_begin(),
                                *singles[i].get_terms_begin(), 4));
    all.emplace_back(Q::OP_FILTER, singles[i], singles[i - 1]);
    all.emplace_back(Q::OP_AND, Q(Q::OP_AND, singles[i - 2], singles[i - 1]), singles[i]);
    // An entity's aliases: a word, and phrases that hold it (left out of the walk) or not.
    const std::string a = *singles[i - 1].get_terms_begin(), b = *singles[i].get_terms_begin();
    all.emplace_back(Q::OP_OR, singles[i], positional(Q::OP_PHRASE, a, b, 2));
    all.emplace_back(Q::OP_OR, Q(Q::OP_OR, singles[i - 2], singles[i]),
                     Q(Q::OP_AND, singles[i - 3], positional(Q::OP_PHRASE, b, a, 2)));
    all.emplace_back(Q::OP_AND, Q(Q::OP_OR, singles[i - 3], singles[i - 2]), singles[i]);
    all.emplace_back(Q::OP_OR, singles[i - 3], positional(Q::OP_PHRASE, a, b, 2));
  }
  return all;
}

struct Tally {
  std::size_t walked = 0, with_copies = 0;
};

void check_one(const Xapian::Database& db, const Q& query,
               std::shared_ptr<const FacetColumn> column, Tally& tally) {
  SearchResults shown;
  std::vector<Xapian::docid> page;
  page_of(db, query, shown, page);
  for (std::size_t limit : {std::size_t{10}, std::size_t{100000}}) {
    SearchRequest request;
    request.facet_limit = limit;
    SearchResults got = shown;
    if (!count_by_postings(db, query, request, column, page, got)) {
      CHECK(conjunction_of(query).empty());
      return;
    }
    const SearchResults want = by_matcher(db, query, column, shown, page, limit);
    CHECK(got.total == want.total);
    CHECK(got.total_exact);
    CHECK(render(got.facets) == render(want.facets));
    for (std::size_t i = 0; i < got.hits.size(); ++i)
      CHECK(got.hits[i].copies == want.hits[i].copies);
    request.facets = false;  // --no-facets: the copies alone
    SearchResults copies_only = shown;
    REQUIRE(count_by_postings(db, query, request, column, page, copies_only));
    CHECK(copies_only.total == want.total);
    for (std::size_t i = 0; i < got.hits.size(); ++i) {
      CHECK(copies_only.hits[i].copies == want.hits[i].copies);
      if (want.hits[i].copies > 0) ++tally.with_copies;
    }
  }
  std::vector<Xapian::docid> walked;
  walk_conjunction(db, conjunction_of(query), [&](Xapian::docid did) { walked.push_back(did); });
  CHECK(walked == matcher_docids(db, query));
  ++tally.walked;
}

Tally check_queries(const std::string& path) {
  Xapian::Database db(path);
  auto column = FacetColumn::open(testing::generation_of(path), db);
  REQUIRE(column);
  const std::vector<Q> all = queries(db);
  REQUIRE(all.size() > 300);
  Tally tally;
  for (const Q& query : all) {
    CAPTURE(query.get_description());
    check_one(db, query, column, tally);
  }
  SearchResults none;
  CHECK_FALSE(count_by_postings(db, all.front(), SearchRequest{}, nullptr, {}, none));
  return tally;
}

}  // namespace

TEST_CASE("the query shapes whose match set is an AND of terms or ORs of terms") {
  const Q a("Za"), b("Zb"), c("Zc");
  struct Row {
    Q query;
    std::string terms;
  };
  const Q phrase = positional(Q::OP_PHRASE, "Za", "Zb", 2);
  const std::vector<Row> rows = {
      {a, "Za "},
      {Q(Q::OP_AND, a, b), "Za Zb "},
      {Q(Q::OP_AND, Q(Q::OP_AND, a, b), c), "Za Zb Zc "},
      {Q(Q::OP_AND_MAYBE, Q(Q::OP_AND, a, b), positional(Q::OP_NEAR, "Za", "Zb", 4)), "Za Zb "},
      {Q(Q::OP_FILTER, a, b), "Za Zb "},
      {Q(Q::OP_SCALE_WEIGHT, a, 0.5), "Za "},
      {Q(Q::OP_OR, a, b), "Zb|Za "},
      {Q(Q::OP_OR, Q(Q::OP_OR, a, b), c), "Zc|Zb|Za "},
      {Q(Q::OP_AND, a, Q(Q::OP_OR, b, c)), "Za Zc|Zb "},
      {Q(Q::OP_AND_MAYBE, Q(Q::OP_OR, a, b), c), "Zb|Za "},
      {Q(Q::OP_OR, b, phrase), "Zb "},                           // the phrase requires Zb
      {Q(Q::OP_OR, b, Q(Q::OP_AND, c, phrase)), "Zb "},          // so does the AND
      {Q(Q::OP_OR, c, phrase), ""},                              // not subsumed
      {Q(Q::OP_OR, a, Q(Q::OP_AND, b, Q(Q::OP_OR, a, c))), ""},  // Za not required by the AND
      {Q(Q::OP_OR, a, Q::MatchAll), ""},
      {Q(Q::OP_AND_NOT, a, b), ""},
      {phrase, ""},
      {positional(Q::OP_NEAR, "Za", "Zb", 4), ""},
      {Q(Q::OP_VALUE_GE, 0, "1987"), ""},
      {Q::MatchAll, ""},
      {Q::MatchNothing, ""},
      {Q(Q::OP_WILDCARD, "Zoi"), ""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.query.get_description());
    CHECK(joined(conjunction_of(row.query)) == row.terms);
  }
}

TEST_CASE("the posting walk counts as Xapian's pass on a Reuters-21578 index") {
  const Tally tally = check_queries(testing::ReutersIndex::get().db());
  CHECK(tally.walked > 300);
  CHECK(tally.with_copies > 50);
}

TEST_CASE("the posting walk counts as Xapian's pass on headlines with many copies") {
  const Tally tally = check_queries(testing::headlines_index());
  CHECK(tally.walked > 300);
  CHECK(tally.with_copies > 300);
}

}  // namespace lsearch
