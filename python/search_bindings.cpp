// lsearch.Searcher and the result classes. Field names are those of lsearch's
// JSON output (README, "JSON output schema"); what JSON writes as null is None.
#include <pybind11/stl.h>

#include <mutex>
#include <optional>

#include "lsearch/searcher.h"
#include "python/bindings.h"

namespace py = pybind11;

namespace lsearch::python {
namespace {

std::optional<std::string> or_none(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return text;
}

std::vector<std::pair<std::size_t, std::size_t>> spans(const std::vector<Highlight>& highlights) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (const Highlight& h : highlights) out.emplace_back(h.begin, h.end);
  return out;
}

SortOrder sort_order(const std::string& name) {
  if (name == "relevance") return SortOrder::kRelevance;
  if (name == "newest") return SortOrder::kNewest;
  if (name == "oldest") return SortOrder::kOldest;
  throw py::value_error("sort must be 'relevance', 'newest' or 'oldest', not '" + name + "'");
}

// A lsearch::Searcher is for one thread; the lock lets Python threads share
// one while the GIL is released during the search.
class PySearcher {
 public:
  PySearcher(const std::string& path, const OpenOptions& options)
      : searcher_(Searcher::open(path, options)) {}

  SearchResults search(const SearchRequest& request) {
    py::gil_scoped_release unlocked;
    std::lock_guard lock(mutex_);
    return searcher_.search(request);
  }
  std::size_t document_count() {
    std::lock_guard lock(mutex_);
    return searcher_.document_count();
  }

 private:
  std::mutex mutex_;
  Searcher searcher_;
};

void bind_snippet(py::module_& m) {
  py::class_<Snippet>(m, "Snippet", "A passage of the article around the matches.")
      .def_readonly("text", &Snippet::text, "The passage (UTF-8).")
      .def_property_readonly(
          "highlights", [](const Snippet& s) { return spans(s.highlights); },
          "[(begin, end)] byte offsets of the matches in text's UTF-8.")
      .def("__str__", [](const Snippet& s) { return s.text; })
      .def("__repr__", [](const Snippet& s) {
        return "Snippet(" + py::repr(py::str(s.text)).cast<std::string>() + ")";
      });
}

void bind_hit_entity(py::module_& m) {
  py::class_<HitEntity>(m, "HitEntity", "An actor or place of a hit, as the index knows it.")
      .def_readonly("kind", &HitEntity::kind, "'actor' or 'place'.")
      .def_readonly("name", &HitEntity::name, "Canonical name, as in Hit.actors / Hit.places.")
      .def_property_readonly(
          "type", [](const HitEntity& e) { return or_none(e.type); },
          "Actors: 'person' or 'org', or None when not known.")
      .def_property_readonly(
          "place_kind", [](const HitEntity& e) { return or_none(e.place_kind); },
          "Places: 'country', 'region', 'city' or 'other', or None.")
      .def_property_readonly(
          "country", [](const HitEntity& e) { return or_none(e.country); },
          "Places: the canonical name of its country, or None.")
      .def_property_readonly(
          "coordinates",
          [](const HitEntity& e) -> std::optional<std::pair<double, double>> {
            if (!e.latitude || !e.longitude) return std::nullopt;
            return std::make_pair(*e.latitude, *e.longitude);
          },
          "Places: (latitude, longitude), or None.")
      .def("__repr__", [](const HitEntity& e) {
        return "HitEntity(" + e.kind + ", " + py::repr(py::str(e.name)).cast<std::string>() + ")";
      });
}

void bind_hit(py::module_& m) {
  py::class_<Hit>(m, "Hit", "One result: an article, its score and snippet.")
      .def_readonly("rank", &Hit::rank, "1-based rank in the whole result set.")
      .def_readonly("id", &Hit::id, "The article id (path relative to its corpus root).")
      .def_property_readonly(
          "title", [](const Hit& h) { return or_none(h.title); }, "Title or None.")
      .def_property_readonly(
          "date", [](const Hit& h) { return or_none(h.date); },
          "YYYY-MM-DD (or YYYY / YYYY-MM when only that is known), or None.")
      .def_property_readonly(
          "source", [](const Hit& h) { return or_none(h.source); }, "Source or None.")
      .def_property_readonly(
          "url", [](const Hit& h) { return or_none(h.url); }, "URL or None.")
      .def_readonly("score", &Hit::score, "BM25 score (0 when the query has no words).")
      .def_readonly("snippet", &Hit::snippet, "The Snippet (empty when snippets=False).")
      .def_property_readonly(
          "title_highlights", [](const Hit& h) { return spans(h.title_highlights); },
          "[(begin, end)] byte offsets of the matches in the title.")
      .def_readonly("actors", &Hit::actors, "People and organisations the article names.")
      .def_readonly("places", &Hit::places, "Places the article names.")
      .def_readonly("countries", &Hit::countries,
                    "Countries the article names, itself or by a place in it.")
      .def_readonly("entities", &Hit::entities,
                    "Its actors and places as HitEntity (type, kind, country...).")
      .def_property_readonly(
          "cluster", [](const Hit& h) { return or_none(h.cluster); },
          "Near-duplicate cluster key (wire copies share it), or None.")
      .def_readonly("copies", &Hit::copies,
                    "With collapse: the other matching articles of its cluster (0 without).")
      .def("__repr__", [](const Hit& h) {
        return "Hit(rank=" + std::to_string(h.rank) +
               ", id=" + py::repr(py::str(h.id)).cast<std::string>() + ")";
      });
}

void bind_facets(py::module_& m) {
  py::class_<FacetValue>(m, "FacetValue", "A facet value and how many results have it.")
      .def_readonly("value", &FacetValue::value)
      .def_readonly("count", &FacetValue::count)
      .def_property_readonly(
          "type", [](const FacetValue& f) { return or_none(f.type); },
          "Actors: 'person' or 'org' (what most of its articles say), else None.")
      .def("__repr__", [](const FacetValue& f) {
        return "FacetValue(" + py::repr(py::str(f.value)).cast<std::string>() + ", " +
               std::to_string(f.count) + ")";
      });

  py::class_<Facets>(m, "Facets", "Counts over the whole result set, not the page.")
      .def_readonly("exact", &Facets::exact)
      .def_readonly("actors", &Facets::actors)
      .def_readonly("places", &Facets::places)
      .def_readonly("sources", &Facets::sources)
      .def_readonly("countries", &Facets::countries,
                    "Countries of the results: named, or of a place named.")
      .def_readonly("months", &Facets::months, "Every month (YYYY-MM) in calendar order.");
}

void bind_search_results(py::module_& m) {
  py::class_<SearchResults>(m, "SearchResults", "What Searcher.search() found.")
      .def_readonly("total", &SearchResults::total, "How many articles match.")
      .def_readonly("total_exact", &SearchResults::total_exact,
                    "True when total counted every match (always with facets).")
      .def_readonly("hits", &SearchResults::hits, "The page of results, a list of Hit.")
      .def_property_readonly(
          "facets",
          [](const SearchResults& r) -> std::optional<Facets> {
            if (!r.facets.computed) return std::nullopt;
            return r.facets;
          },
          "Facets, or None with facets=False.")
      .def_readonly("collapsed", &SearchResults::collapsed,
                    "True when hits are one per near-duplicate cluster; total and facets count "
                    "every article either way.")
      .def_property_readonly(
          "suggestion", [](const SearchResults& r) { return or_none(r.suggestion); },
          "A corrected query when the query found little and the correction finds more, or None.")
      .def_readonly("partial", &SearchResults::partial,
                    "True when a collection opened with allow_partial=True left shards out.")
      .def_readonly("missing_shards", &SearchResults::missing_shards,
                    "The shards that did not answer, each 'LINE: why' (empty unless partial).")
      .def("__len__", [](const SearchResults& r) { return r.hits.size(); })
      .def("__repr__", [](const SearchResults& r) {
        return "SearchResults(total=" + std::to_string(r.total) +
               ", hits=" + std::to_string(r.hits.size()) + ")";
      });
}

constexpr const char* kSearcherDoc = R"(An open index, for searching.

Searcher(path) opens the index directory lindex (or lsearch.index) writes,
or a collection: a Xapian stub file listing shards, one a line ('auto PATH',
'remote HOST:PORT [timeout=MS] [connect_timeout=MS]' for xapian-tcpsrv,
'remote :PROGRAM ARGS' for xapian-progsrv), searched as one index.
allow_partial=True: a collection answers from the shards that respond
(SearchResults.partial, missing_shards); otherwise a shard that does not is
an lsearch.IndexError naming it.
Each search sees the index as last committed and follows rebuilds. The GIL
is released while searching; threads may share a Searcher (searches on one
Searcher run one at a time; open one per thread to run them in parallel).
Raises lsearch.IndexError if there is no readable index at path.)";

constexpr const char* kSearchDoc = R"(Searches the index; returns SearchResults.

query: lsearch's query syntax (words, "phrases", AND OR NOT, NEAR, actor:...,
date:2019-04..2019-06); empty for filters alone. actors, places, sources:
names (any alias), OR within a kind, AND across kinds. since, until:
YYYY, YYYY-MM or YYYY-MM-DD, inclusive. sort: 'relevance', 'newest',
'oldest'. plain=True: no syntax, the words are ORed. similar: an article
id, to find articles like it. expand: pseudo-relevance feedback.
countries: articles naming the country or any place in it (OR).
collapse=False: every wire copy (default: one hit per near-duplicate
cluster, its copies counted in Hit.copies).
Raises lsearch.QueryError for what cannot mean anything (an invalid date,
an unknown actor: the message names the nearest known ones).)";

// Searcher.search(): keyword arguments -> SearchRequest.
SearchResults run_search(PySearcher& self, const std::string& query,
                         const std::vector<std::string>& actors,
                         const std::vector<std::string>& places,
                         const std::vector<std::string>& sources,
                         const std::optional<std::string>& since,
                         const std::optional<std::string>& until, const std::string& sort,
                         std::size_t limit, std::size_t offset, bool facets,
                         std::size_t facet_limit, bool snippets, std::size_t snippet_length,
                         bool plain, const std::optional<std::string>& similar, bool expand,
                         bool suggest, bool collapse, const std::vector<std::string>& countries) {
  SearchRequest request;
  request.query = query;
  request.actors = actors;
  request.places = places;
  request.sources = sources;
  request.countries = countries;
  request.since = since.value_or("");
  request.until = until.value_or("");
  request.sort = sort_order(sort);
  request.limit = limit;
  request.offset = offset;
  request.facets = facets;
  request.facet_limit = facet_limit;
  request.snippets = snippets;
  request.snippet_bytes = snippet_length;
  request.plain = plain;
  request.similar_to = similar.value_or("");
  request.expand = expand;
  request.suggest = suggest;
  request.collapse = collapse;
  return self.search(request);
}

void bind_searcher(py::module_& m) {
  py::class_<PySearcher>(m, "Searcher", kSearcherDoc)
      .def(py::init([](const py::object& path, bool allow_partial) {
             OpenOptions options;
             options.allow_partial = allow_partial;
             return new PySearcher(to_path(path), options);
           }),
           py::arg("path"), py::kw_only(), py::arg("allow_partial") = false)
      .def("search", &run_search, py::arg("query") = "", py::kw_only(),
           py::arg("actors") = std::vector<std::string>{},
           py::arg("places") = std::vector<std::string>{},
           py::arg("sources") = std::vector<std::string>{}, py::arg("since") = py::none(),
           py::arg("until") = py::none(), py::arg("sort") = "relevance", py::arg("limit") = 10,
           py::arg("offset") = 0, py::arg("facets") = true, py::arg("facet_limit") = 10,
           py::arg("snippets") = true, py::arg("snippet_length") = 240, py::arg("plain") = false,
           py::arg("similar") = py::none(), py::arg("expand") = false, py::arg("suggest") = true,
           py::arg("collapse") = true, py::arg("countries") = std::vector<std::string>{},
           kSearchDoc)
      .def("document_count", &PySearcher::document_count, "Articles in the index.");
}

}  // namespace

void bind_search(py::module_& m) {
  bind_snippet(m);
  bind_hit_entity(m);
  bind_hit(m);
  bind_facets(m);
  bind_search_results(m);
  bind_searcher(m);
}

}  // namespace lsearch::python
