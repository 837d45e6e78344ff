#include "lsearch/searcher.h"

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>
#include <utility>

#include "common/analysis/analyzer.h"
#include "common/error.h"
#include "common/index_layout.h"
#include "common/schema/fields.h"
#include "common/schema/index_metadata.h"
#include "common/schema/summary.h"
#include "common/schema/value_codec.h"
#include "searcher/analytics/analytics_pass.h"
#include "searcher/article_lookup.h"
#include "searcher/collapse/collapsed_page.h"
#include "searcher/collapse/copy_counter.h"
#include "searcher/collection.h"
#include "searcher/entity_resolver.h"
#include "searcher/facets/facet_counter.h"
#include "searcher/facets/posting_pass.h"
#include "searcher/hit_entities.h"
#include "searcher/paging/date_window.h"
#include "searcher/paging/sort_order.h"
#include "searcher/query/query_builder.h"
#include "searcher/query/spelling.h"
#include "searcher/ranking.h"
#include "searcher/search_plan.h"
#include "searcher/snippets/highlighter.h"
#include "searcher/watch/unseen_decider.h"

namespace lsearch {
namespace {

constexpr int kRetries = 3;
constexpr std::size_t kSuggestBelow = 3;  // "did you mean" when fewer hits than this
constexpr unsigned kSimilarTerms = 40;
constexpr unsigned kExpandDocs = 10, kExpandTerms = 20;

}  // namespace

struct Searcher::Impl {
  std::string path;
  OpenOptions options;
  Collection collection;  // one index, or the shards of a collection
  Xapian::Database db;    // what is searched: collection.db()
  Analyzer analyzer;
  std::optional<EntityResolver> resolver;
  FacetMethod facet_method = FacetMethod::kOrdinals;
  // --watch: set by run() when the request has unseen_only; both passes use it.
  std::unique_ptr<UnseenDecider> unseen;
  std::vector<Xapian::docid> page;  // the docids of the last search's hits, for CopyCounter
  bool stale = false;               // open afresh before the next search

  void open_fresh() {
    collection.open(path, analyzer.fingerprint(), options.allow_partial);
    adopt();
  }

  // Incremental commits: reopen(). A rebuild swapped a stub: open afresh,
  // since reopen() does not follow a stub and could mix two databases.
  void refresh() {
    if (std::exchange(stale, false))
      open_fresh();
    else if (collection.refresh(analyzer.fingerprint(), options.allow_partial))
      adopt();
  }

  // A freshly opened collection: its database, and a resolver for its gazetteer.
  void adopt() {
    resolver.reset();
    db = collection.db();
    facet_method = collection.facet_method();
    resolver.emplace(db);
  }

  void mark_partial(SearchResults& results) const {
    results.missing_shards = collection.missing();
    results.partial = !results.missing_shards.empty();
  }

  // One search, in stages; each stage is a function of its own so that a
  // feature (shards, collapsing, timelines) hooks into one named place.
  SearchResults run(const SearchRequest& request);
  Xapian::Query similar_query(const std::string& id, const BuiltQuery& built,
                              SearchResults& results);
  Xapian::Query expanded_query(const Xapian::Query& query, const BuiltQuery& built,
                               SearchResults& results);
  void rank_page(const Xapian::Query& query, const SearchRequest& request, const BuiltQuery& built,
                 SearchResults& results);
  void count_facets(const Xapian::Query& query, const SearchRequest& request,
                    SearchResults& results);
  RankedPage ranked_page(Xapian::Enquire& enquire, bool collapse, Xapian::doccount offset,
                         Xapian::doccount limit, Xapian::doccount check_at_least);
  void fill_hits(const std::vector<PageItem>& items, const SearchRequest& request,
                 const BuiltQuery& built, SearchResults& results);
  void suggest(QueryBuilder& builder, const SearchRequest& request, const BuiltQuery& built,
               SearchResults& results);
};

namespace {

// What a hit shows but its snippet, from the one summary slot (common/schema/summary.h).
void read_summary(const Xapian::Document& doc, Hit& hit) {
  ArticleSummary summary = decode_summary(doc.get_value(kSlotSummary));
  hit.id = std::move(summary.id);
  hit.title = std::move(summary.title);
  hit.date = std::move(summary.date);
  hit.source = std::move(summary.source);
  hit.url = std::move(summary.url);
  hit.cluster = std::move(summary.cluster);
  add_hit_entities(summary.entities, hit);
}

}  // namespace

Xapian::Query Searcher::Impl::similar_query(const std::string& id, const BuiltQuery& built,
                                            SearchResults& results) {
  const std::string q = bounded_term(field_spec(Field::kId).prefix, id);
  auto it = db.postlist_begin(q);
  if (it == db.postlist_end(q)) throw QueryError("no article with id '" + id + "' in the index");
  read_summary(db.get_document(*it), results.similar_source);  // printers say where it started
  Xapian::RSet rset;
  rset.add_document(*it);
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(q));
  Xapian::Query like = expansion_query(db, enquire, rset, kSimilarTerms);
  if (built.has_text()) like = Xapian::Query(Xapian::Query::OP_AND_MAYBE, built.ranked, like);
  return Xapian::Query(Xapian::Query::OP_AND_NOT, filtered(like, built.filter), Xapian::Query(q));
}

// Pseudo-relevance feedback: the top documents' best words join the query.
Xapian::Query Searcher::Impl::expanded_query(const Xapian::Query& query, const BuiltQuery& built,
                                             SearchResults& results) {
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(ranking_weight());
  enquire.set_query(query);
  Xapian::MSet top = enquire.get_mset(0, kExpandDocs);
  Xapian::RSet rset;
  for (auto it = top.begin(); it != top.end(); ++it) rset.add_document(*it);
  if (rset.empty()) return query;
  Xapian::Query extra = expansion_query(db, enquire, rset, kExpandTerms);
  results.explanation.notes.push_back("query expanded with " + std::to_string(kExpandTerms) +
                                      " terms from the top " + std::to_string(kExpandDocs) +
                                      " results");
  return filtered(Xapian::Query(Xapian::Query::OP_OR, built.ranked,
                                Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, extra, 0.3)),
                  built.filter);
}

// The page, ranked with Xapian's pruning (it need not look at every match).
void Searcher::Impl::rank_page(const Xapian::Query& query, const SearchRequest& request,
                               const BuiltQuery& built, SearchResults& results) {
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(ranking_weight());
  enquire.set_query(query);
  const SortOrder sort = effective_sort(request, built);
  std::optional<SortRankKey> ranks;
  if (auto column = collection.facet_column(); column && column->has_sort_ranks())
    ranks.emplace(std::move(column));
  set_sort_order(enquire, sort, ranks ? &*ranks : nullptr);
  // A count-only search (-n 0) asks for the count: every match is counted (boolean weights,
  // nothing to rank), unless the counting pass (facets, analytics) does. A page keeps the estimate.
  const bool count_here =
      request.limit == 0 && !request.facets && !AnalyticsPass::wanted_by(request);
  if (count_here) enquire.set_weighting_scheme(Xapian::BoolWeight());
  // Wire copies: one hit per cluster; the counting pass then counts the articles and the copies.
  results.collapsed = collapsing(request);
  const auto offset = static_cast<Xapian::doccount>(request.offset);
  const auto limit = static_cast<Xapian::doccount>(request.limit);
  RankedPage ranked;
  // Sorted by date: the page from the newest (oldest) months, when the counting
  // pass gives the totals and copy counts anyway (searcher/paging/date_window.h).
  if (sort != SortOrder::kRelevance && limit > 0 && counting_pass_follows(request)) {
    if (results.collapsed) enquire.set_collapse_key(kSlotCluster);
    ranked = page_of(DateWindows(db, sort == SortOrder::kNewest,
                                 sort == SortOrder::kNewest ? kSlotSortNewest : kSlotSortOldest)
                         .page(enquire, query, offset, limit, unseen.get()));
  } else {
    ranked =
        ranked_page(enquire, results.collapsed, offset, limit, count_here ? db.get_doccount() : 0);
  }
  set_total(ranked.mset, results);
  fill_hits(ranked.items, request, built, results);
}

// Collapsed by the facet column's cluster numbers when the index has one
// (searcher/collapse/collapsed_page.h), else by Xapian's collapse key.
RankedPage Searcher::Impl::ranked_page(Xapian::Enquire& enquire, bool collapse,
                                       Xapian::doccount offset, Xapian::doccount limit,
                                       Xapian::doccount check_at_least) {
  if (collapse) {
    if (auto column = collection.facet_column())
      if (auto collapsed = collapsed_page(enquire, *column, offset, limit, unseen.get()))
        return std::move(*collapsed);
    enquire.set_collapse_key(kSlotCluster);
  }
  return page_of(enquire.get_mset(offset, limit, check_at_least, nullptr, unseen.get()));
}

// A second pass with boolean weights counts every match for the facets (no BM25; the proximity
// boost is skipped by Xapian under zero weights): with the pruned page pass, cheaper than one
// exhaustive weighted pass. A conjunction of terms on a local index walks its posting lists.
void Searcher::Impl::count_facets(const Xapian::Query& query, const SearchRequest& request,
                                  SearchResults& results) {
  if (facet_method == FacetMethod::kOrdinals && !unseen && !AnalyticsPass::wanted_by(request) &&
      count_by_postings(db, query, request, collection.facet_column(), page, results))
    return;
  Xapian::Enquire counting(db);
  counting.set_query(query);
  counting.set_weighting_scheme(Xapian::BoolWeight());
  std::shared_ptr<const FacetColumn> column =
      request.facets || results.collapsed ? collection.facet_column() : nullptr;
  std::unique_ptr<FacetCounter> facets;
  if (request.facets) facets = make_facet_counter(facet_method, db, column);
  CopyCounter copies(db, results.hits, page, column);
  // Collections (remote shards run only Xapian's own spies): clusters counted by
  // ValueCountMatchSpy, which holds every cluster of the matches, not only the page's.
  const bool builtin_spies = facet_method == FacetMethod::kSlots;
  const bool own_copies = results.collapsed && !builtin_spies;
  if (facets && own_copies)
    facets->attach_with(counting, copies);
  else if (facets)
    facets->attach(counting);
  else if (own_copies)
    counting.add_matchspy(&copies);
  Xapian::ValueCountMatchSpy clusters(kSlotCluster);
  if (results.collapsed && builtin_spies) counting.add_matchspy(&clusters);
  // Timelines and pairs are more spies on the same pass (searcher/analytics).
  AnalyticsPass analytics(request);
  analytics.attach(counting);
  if (unseen) unseen->record(&results.matched);
  Xapian::MSet all = counting.get_mset(0, 0, db.get_doccount(), nullptr, unseen.get());
  if (unseen) unseen->record(nullptr);
  set_total(all, results);
  if (request.facets) {
    results.facets = facets->collect(request.facet_limit, results.total_exact);
    add_actor_types(db, results.facets.actors);
  }
  analytics.collect(db, query, results);
  if (results.collapsed && builtin_spies) copies.fill_from(clusters, results.hits);
  if (own_copies) copies.fill(results.hits);
}

// "Did you mean": only a correction that finds more than the query did.
void Searcher::Impl::suggest(QueryBuilder& builder, const SearchRequest& request,
                             const BuiltQuery& built, SearchResults& results) {
  if (!request.suggest || !built.has_text() || results.total >= kSuggestBelow) return;
  std::string corrected =
      suggest_correction(db, analyzer.normalize_query(request.query), analyzer.make_stemmer(),
                         [this] { return resolver->spelling_names(); });
  if (corrected.empty()) return;
  SearchRequest retry = request;
  retry.query = corrected;
  try {
    BuiltQuery alternative = builder.build(retry);
    Xapian::Enquire count(db);
    count.set_query(alternative.query);
    if (count.get_mset(0, 0, kSuggestBelow).get_matches_lower_bound() > results.total)
      results.suggestion = corrected;
  } catch (const QueryError&) {
    // A correction that does not make a valid query is no suggestion.
  }
}

// Timelines, pairs and --watch count with lsearch's own spies and decider,
// which a remote shard cannot run (Xapian would report an UnimplementedError
// that reads as a problem of the query).
void refuse_remote_analytics(const Collection& collection, const SearchRequest& request) {
  if (collection.has_remote() && AnalyticsPass::wanted_by(request))
    throw QueryError(
        "--timeline, --timeline-by, --pairs and --watch need local shards: remote shards "
        "(xapian-tcpsrv, xapian-progsrv) run only Xapian's built-in match spies");
}

SearchResults Searcher::Impl::run(const SearchRequest& request) {
  refuse_remote_analytics(collection, request);
  SearchResults results;
  QueryBuilder builder(db, analyzer, *resolver);
  BuiltQuery built = builder.build(request);
  Xapian::Query query = built.query;
  if (!request.similar_to.empty()) query = similar_query(request.similar_to, built, results);
  if (request.expand && built.has_text()) query = expanded_query(query, built, results);
  unseen.reset(request.unseen_only ? new UnseenDecider(*request.unseen_only) : nullptr);
  rank_page(query, request, built, results);
  if (counting_pass_follows(request)) count_facets(query, request, results);
  suggest(builder, request, built, results);
  explain(query, built, results);
  return results;
}

// The hits' documents are read in docid order, which is B-tree key order: the
// page's summaries and texts then share blocks read once (fewer reads than in
// rank order); the hits stay in rank order.
void Searcher::Impl::fill_hits(const std::vector<PageItem>& items, const SearchRequest& request,
                               const BuiltQuery& built, SearchResults& results) {
  // Only snippets need the highlight terms (and the entities' aliases).
  std::optional<HighlightTerms> terms;
  if (request.snippets) {
    terms.emplace(built.query, analyzer);
    for (const auto& entity : built.entities)
      if (entity.kind != "source") terms->add_alias_keys(resolver->alias_keys(entity));
  }
  page.clear();
  for (const PageItem& item : items) page.push_back(*item.item);
  std::vector<std::size_t> by_docid(items.size());
  for (std::size_t i = 0; i < by_docid.size(); ++i) by_docid[i] = i;
  std::sort(by_docid.begin(), by_docid.end(),
            [this](std::size_t a, std::size_t b) { return page[a] < page[b]; });
  results.hits.resize(items.size());
  for (std::size_t i : by_docid) {
    Hit& hit = results.hits[i];
    hit.rank = request.offset + i + 1;
    hit.score = items[i].item.get_weight();
    // One value: the text (document data, zlib-compressed) is read for snippets alone.
    Xapian::Document doc = items[i].item.get_document();
    read_summary(doc, hit);
    hit.copies = items[i].collapse_count;  // a lower bound; the counting pass makes it exact
    if (request.snippets) {
      hit.snippet = make_snippet(doc.get_data(), *terms, request.snippet_bytes);
      hit.title_highlights = highlight_all(hit.title, *terms);
    }
  }
}

Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

Searcher Searcher::open(const std::string& path, const OpenOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->options = options;
  try {
    impl->open_fresh();
  } catch (const Xapian::DatabaseNotFoundError&) {
    throw IndexError(path + ": no lsearch index here (build one with: lindex --db " + path +
                     " CORPUS)");
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw IndexError(path + ": cannot open the index: " + e.get_msg());
  } catch (const Xapian::Error& e) {
    throw IndexError(path + ": " + e.get_description());
  }
  return Searcher(std::move(impl));
}

SearchResults Searcher::search(const SearchRequest& request) {
  for (int attempt = 1;; ++attempt) {
    try {
      impl_->refresh();
      SearchResults results = impl_->run(request);
      impl_->mark_partial(results);
      return results;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= kRetries)
        throw IndexError(impl_->path + ": the index kept changing during the search");
    } catch (const Xapian::NetworkError& e) {
      // A shard went away or stopped answering mid-search: open the
      // collection again, which names a shard that is still down (or, with
      // allow_partial, leaves it out), and search once more.
      if (attempt >= 2) throw IndexError(impl_->path + ": " + e.get_description());
      impl_->stale = true;
    } catch (const Xapian::UnimplementedError& e) {
      // The query's shape, not the index: e.g. a phrase around a boolean group.
      throw QueryError("Xapian cannot run this combination of operators: " + e.get_msg());
    } catch (const Xapian::DatabaseNotFoundError& e) {
      // A rebuild removed the generation we had open: open the new one.
      if (attempt >= kRetries) throw IndexError(impl_->path + ": " + e.get_description());
      impl_->stale = true;
    } catch (const Xapian::Error& e) {
      throw IndexError(impl_->path + ": " + e.get_description());
    }
  }
}

std::optional<StoredArticle> Searcher::article(const std::string& id) {
  for (int attempt = 1;; ++attempt) {
    try {
      impl_->refresh();
      return lookup_article(impl_->db, impl_->analyzer, *impl_->resolver, id);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= kRetries) throw IndexError(impl_->path + ": the index kept changing");
    } catch (const Xapian::DatabaseNotFoundError& e) {
      if (attempt >= kRetries) throw IndexError(impl_->path + ": " + e.get_description());
      impl_->stale = true;  // a rebuild removed our generation: open the new one
    } catch (const Xapian::Error& e) {
      throw IndexError(impl_->path + ": " + e.get_description());
    }
  }
}

std::size_t Searcher::document_count() const {
  return impl_->db.get_doccount();
}

}  // namespace lsearch
