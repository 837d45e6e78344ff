#include "searcher/facets/posting_pass.h"

#include <algorithm>
#include <optional>

#include "searcher/collapse/copy_counter.h"
#include "searcher/facets/ordinal_facet_counter.h"
#include "searcher/hit_entities.h"

namespace lsearch {
namespace {

bool add_conjunction_terms(const Xapian::Query& query, std::vector<std::string>& terms) {
  switch (query.get_type()) {
    case Xapian::Query::LEAF_TERM: {
      const std::string term = *query.get_terms_begin();
      if (term.empty()) return false;  // MatchAll
      terms.push_back(term);
      return true;
    }
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:  // the match set of an AND; weights from its first only
      for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
        if (!add_conjunction_terms(query.get_subquery(i), terms)) return false;
      return query.get_num_subqueries() > 0;
    case Xapian::Query::OP_AND_MAYBE:  // the right side only adds weight
    case Xapian::Query::OP_SCALE_WEIGHT:
      return query.get_num_subqueries() > 0 && add_conjunction_terms(query.get_subquery(0), terms);
    default:
      return false;
  }
}

// Whether the column holds every docid the database can give (one of its open
// revision, which was written after the last commit).
bool covers(const FacetColumn& column, const Xapian::Database& db) {
  std::uint32_t number = 0;
  return column.matches(db) && column.cluster(db.get_lastdocid(), number);
}

}  // namespace

std::vector<std::string> conjunction_terms(const Xapian::Query& query) {
  std::vector<std::string> terms;
  if (!add_conjunction_terms(query, terms)) terms.clear();
  return terms;
}

Xapian::doccount walk_conjunction(const Xapian::Database& db, const std::vector<std::string>& terms,
                                  const std::function<void(Xapian::docid)>& visit) {
  std::vector<std::pair<Xapian::doccount, std::string>> by_rarity;
  for (const std::string& term : terms) by_rarity.emplace_back(db.get_termfreq(term), term);
  std::sort(by_rarity.begin(), by_rarity.end());
  if (by_rarity.empty() || by_rarity.front().first == 0) return 0;
  // The rarest list leads; the others skip to its docids, and one that lands
  // past it moves the lead there.
  Xapian::PostingIterator lead = db.postlist_begin(by_rarity.front().second);
  std::vector<Xapian::PostingIterator> others;
  for (std::size_t i = 1; i < by_rarity.size(); ++i)
    others.push_back(db.postlist_begin(by_rarity[i].second));
  const Xapian::PostingIterator end;
  Xapian::doccount matches = 0;
  while (lead != end) {
    const Xapian::docid did = *lead;
    Xapian::docid next = did;
    for (std::size_t i = 0; i < others.size() && next == did; ++i) {
      others[i].skip_to(did);
      if (others[i] == end) return matches;
      next = *others[i];
    }
    if (next == did) {
      visit(did);
      ++matches;
      ++lead;
    } else {
      lead.skip_to(next);
    }
  }
  return matches;
}

bool count_by_postings(const Xapian::Database& db, const Xapian::Query& query,
                       const SearchRequest& request, std::shared_ptr<const FacetColumn> column,
                       const std::vector<Xapian::docid>& page, SearchResults& results) {
  if (!column || !covers(*column, db)) return false;
  const std::vector<std::string> terms = conjunction_terms(query);
  if (terms.empty()) return false;
  CopyCounter copies(db, results.hits, page, column);
  if (results.collapsed && !copies.by_docid()) return false;
  std::optional<OrdinalFacetCounter> facets;
  if (request.facets) {
    facets.emplace(db, column);
    if (results.collapsed) facets->count_copies_too(copies);
  }
  std::function<void(Xapian::docid)> visit = [](Xapian::docid) {};
  if (facets)
    visit = [&](Xapian::docid did) { facets->count(did); };
  else if (results.collapsed)
    visit = [&](Xapian::docid did) { copies.count_docid(db, did); };
  results.total = walk_conjunction(db, terms, visit);
  results.total_exact = true;
  if (facets) {
    results.facets = facets->collect(request.facet_limit, true);
    add_actor_types(db, results.facets.actors);
  }
  if (results.collapsed) copies.fill(results.hits);
  return true;
}

}  // namespace lsearch
