// lsearch's embeddable search API. Open an index built by lindex, describe a
// search in a SearchRequest, get data back in SearchResults; formatting is the
// caller's business (the lsearch CLI has printers for text, JSON, TREC...).
//
//   auto searcher = lsearch::Searcher::open("/var/lib/news.db");
//   lsearch::SearchRequest request;
//   request.query = "mass graves";
//   request.actors = {"Haftar"};
//   lsearch::SearchResults results = searcher.search(request);
//
// Thread safety: a Searcher is not thread-safe (it owns a Xapian::Database);
// open one per thread. Each search() sees the index as last committed, and
// follows a `lindex --rebuild` swap on its own. Errors are lsearch::Error:
// IndexError (missing or unreadable index), SchemaMismatchError (built by an
// incompatible lindex), QueryError (an invalid date, an unknown entity name).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lsearch/error.h"
#include "lsearch/export.h"

namespace lsearch {

// Query text longer than this is cut at a word (a note in the explanation says so).
inline constexpr std::size_t kMaxQueryBytes = 8192;

enum class SortOrder { kRelevance, kNewest, kOldest };

// Analytics over the whole result set (searcher/analytics/), counted in the
// same exact pass as the facets.
enum class TimeUnit { kAuto, kDay, kWeek, kMonth, kYear };
struct TimelineRequest {
  bool wanted = false;
  TimeUnit unit = TimeUnit::kAuto;  // auto: the finest unit giving at most auto_buckets buckets
  std::size_t auto_buckets = 120;   // lsearch's text output: the terminal's lines
  std::string by;                   // "", "actor", "place" or "source": a series per top value
  std::size_t series = 5;           // how many top values get a series
};
// lsearch --watch: what a watch has reported, as article id key (fnv1a64 of
// the id) -> article hash (schema slot kSlotArticleHash), see searcher/watch.
using SeenArticles = std::unordered_map<std::uint64_t, std::uint64_t>;

struct PairsRequest {
  std::string kind;  // "", "actor", "place" or "actor-place"
  std::size_t limit = 20;
};

struct SearchRequest {
  // Free text. Full syntax: words (all must match), "phrases", AND OR NOT,
  // -word +word, NEAR, (...), wildcard*, title: actor: place: source:
  // date:2019-04..2019-06 mentioned:2011. Empty: filters alone.
  std::string query;
  // true: no syntax at all, the words are ORed and ranked by BM25 (IR test runs).
  bool plain = false;
  // Filters: OR within a kind, AND across kinds. Names resolve through aliases.
  std::vector<std::string> actors, places, sources;
  // Countries rolled up: an article matches a country it names or any place in it
  // (a city, a region); `places` match only the place named.
  std::vector<std::string> countries;
  std::string since, until;  // YYYY, YYYY-MM or YYYY-MM-DD, inclusive
  // Relevance; with no query words, relevance means newest first.
  SortOrder sort = SortOrder::kRelevance;
  std::size_t offset = 0;
  std::size_t limit = 10;
  bool facets = true;  // exact counts over the whole result set
  std::size_t facet_limit = 10;
  bool snippets = true;
  std::size_t snippet_bytes = 240;
  std::string similar_to;  // an article id: find articles like it
  bool expand = false;     // pseudo-relevance feedback (query expansion)
  bool suggest = true;     // "did you mean" when few results
  TimelineRequest timeline;
  PairsRequest pairs;
  // When set, only articles absent from it, or changed since, match (everything,
  // totals and facets included, then counts those); the caller keeps it alive.
  const SeenArticles* unseen_only = nullptr;
  // One hit per near-duplicate cluster (wire copies), each saying how many copies
  // it stands for. Totals, facets and analytics still count every article.
  bool collapse = true;
};

struct Highlight {
  std::size_t begin = 0;  // byte offsets into the text they belong to
  std::size_t end = 0;
};

struct Snippet {
  std::string text;
  std::vector<Highlight> highlights;
};

// What the index knows of one actor or place of a hit.
struct HitEntity {
  std::string kind;        // "actor" or "place"
  std::string name;        // canonical, as in Hit::actors and Hit::places
  std::string type;        // actors: "person" or "org"; "" when not known
  std::string place_kind;  // places: "country", "region", "city" or "other"; "" when not known
  std::string country;     // places: its country's canonical name; "" when not known
  std::optional<double> latitude, longitude;  // places: where it is, when known
};

struct Hit {
  std::size_t rank = 0;  // 1-based, counting from the first result of the set
  std::string id, title, date, source, url;
  double score = 0;
  Snippet snippet;
  std::vector<Highlight> title_highlights;
  std::vector<std::string> actors, places;
  std::vector<std::string> countries;  // of its places, each once (the countries facet's values)
  std::vector<HitEntity> entities;     // one per actor and place (each kind in the order above)
  std::string cluster;                 // near-duplicate cluster key, empty when it has none
  std::size_t copies = 0;              // with collapse: other matching articles of its cluster
};

struct FacetValue {
  FacetValue() = default;
  FacetValue(std::string name, std::size_t n, std::string actor_type = {})
      : value(std::move(name)), count(n), type(std::move(actor_type)) {}
  std::string value;
  std::size_t count = 0;
  // Actors: "person" or "org", the type most of its articles give it (ties: person);
  // "" when none says, for the other facets, and when more than 1,000 values are asked for.
  std::string type;
};

struct Facets {
  bool computed = false;
  bool exact = false;
  std::vector<FacetValue> actors, places, sources;
  // Each article's countries: those it names and those of the places it names.
  std::vector<FacetValue> countries;
  std::vector<FacetValue> months;  // "YYYY-MM", in calendar order
};

struct TimelineBucket {
  std::string start;  // "YYYY-MM-DD": first day of the bucket (weeks start on Monday)
  std::size_t count = 0;
};

struct TimelineSeries {
  std::string value;  // a canonical actor or place name, or a source
  std::size_t total = 0;
  std::vector<TimelineBucket> buckets;  // the same starts as Timeline::buckets
};

struct Timeline {
  bool computed = false;
  std::string unit;  // "day", "week", "month" or "year"
  // Every bucket from the first dated match to the last, empty ones included.
  std::vector<TimelineBucket> buckets;
  // Matches not on the timeline: no date, or a date coarser than the unit.
  std::size_t undated = 0;
  std::string by;  // the series' kind, or empty
  std::vector<TimelineSeries> series;
};

struct EntityPair {
  std::string a, b;  // a < b for one kind; actor then place for actor-place
  std::size_t count = 0;
};

struct Pairs {
  bool computed = false;
  std::string kind;
  std::vector<EntityPair> top;  // most frequent first
};

struct ResolvedEntity {
  std::string kind;       // "actor", "place", "source", "country"
  std::string input;      // as the user wrote it
  std::string canonical;  // display name
  std::string term;       // the filter term in the index
};

struct Explanation {
  std::string parsed;  // Xapian's description of the final query
  std::vector<ResolvedEntity> entities;
  std::vector<std::string> notes;  // e.g. fell back to a lenient parse
};

struct SearchResults {
  std::size_t total = 0;
  bool total_exact = false;
  std::vector<Hit> hits;
  Facets facets;
  Timeline timeline;
  Pairs pairs;
  // With unseen_only: every article of the query, seen or not (the next state).
  SeenArticles matched;
  bool collapsed = false;  // the hits are one per cluster (Hit::copies counts the rest)
  std::string suggestion;  // a corrected query, or empty
  // With similar_to: the article the search started from (id, title, date, source, url).
  Hit similar_source;
  Explanation explanation;
  // Collections opened with allow_partial: true when some shards did not
  // answer; missing_shards says which and why ("remote 10.0.0.2:7101: ...").
  bool partial = false;
  std::vector<std::string> missing_shards;
};

struct OpenOptions {
  // A collection answers from the shards that respond; false: a shard that
  // does not is an IndexError naming it.
  bool allow_partial = false;
};

// Where an article names one of its actors or places (any alias).
struct EntitySpan {
  std::size_t begin = 0;  // byte offsets into StoredArticle::text
  std::size_t end = 0;
  std::string kind;  // "actor" or "place"
  std::string name;  // canonical, as in Hit::actors and Hit::places
};

// One article as the index stores it, for reading it whole.
struct StoredArticle {
  std::string id, title, date, source, url;
  std::string text;  // the cleaned text, as indexed
  std::vector<std::string> actors, places;
  std::vector<EntitySpan> mentions;  // in text order, never overlapping
};

class LSEARCH_EXPORT Searcher {
 public:
  // Opens the index at `path` (the directory lindex writes), or a collection: a Xapian stub file
  // listing shards (local indexes, xapian-tcpsrv or xapian-progsrv servers; see
  // searcher/collection.h and README). With remote shards, ignore SIGPIPE in
  // the process (Xapian 1.4.22 can raise it on a closed socket; lsearch does).
  static Searcher open(const std::string& path, const OpenOptions& options = {});
  ~Searcher();
  Searcher(Searcher&&) noexcept;
  Searcher& operator=(Searcher&&) noexcept;

  SearchResults search(const SearchRequest& request);
  // The article with this id, or nullopt when the index has none.
  std::optional<StoredArticle> article(const std::string& id);
  std::size_t document_count() const;

  struct LSEARCH_HIDDEN Impl;  // not part of the library's exported API

 private:
  explicit Searcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lsearch
