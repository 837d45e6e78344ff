#include "searcher/serve/api.h"

#include <functional>

#include "common/error.h"
#include "common/schema/versions.h"
#include "searcher/cli/printers/json_printer.h"

namespace lsearch {
namespace {

using json = nlohmann::ordered_json;

json nullable(const std::string& s) {
  return s.empty() ? json(nullptr) : json(s);
}

// A QueryError says what is wrong, not which parameter: find the parameter by
// searching with each filter alone (only on this error path, and cheaply: no
// page, no facets). The query words are to blame when no filter alone fails.
std::string blamed_parameter(Searcher& searcher, const SearchRequest& request) {
  auto fails = [&searcher](SearchRequest probe) {
    probe.limit = 0;
    probe.facets = probe.snippets = probe.suggest = false;
    try {
      searcher.search(probe);
      return false;
    } catch (const QueryError&) {
      return true;
    }
  };
  SearchRequest dates;
  dates.since = request.since;
  if (!request.since.empty() && fails(dates)) return "since";
  dates.until = request.until;
  if (!request.until.empty() && fails(dates)) return "until";  // invalid, or before since
  auto any_fails = [&fails](const std::vector<std::string>& names,
                            std::vector<std::string> SearchRequest::*filter) {
    for (const auto& name : names) {
      SearchRequest probe;
      probe.*filter = {name};
      if (fails(probe)) return true;
    }
    return false;
  };
  if (any_fails(request.actors, &SearchRequest::actors)) return "actor";
  if (any_fails(request.places, &SearchRequest::places)) return "place";
  if (any_fails(request.sources, &SearchRequest::sources)) return "source";
  if (any_fails(request.countries, &SearchRequest::countries)) return "country";
  SearchRequest similar;
  similar.similar_to = request.similar_to;
  if (!request.similar_to.empty() && fails(similar)) return "similar";
  // Analytics the result set cannot have (a timeline of too many buckets).
  SearchRequest plain = request;
  plain.timeline = {};
  plain.pairs = {};
  if ((request.timeline.wanted || !request.pairs.kind.empty()) && !fails(plain))
    return request.timeline.wanted ? "timeline" : "pairs";
  return "q";
}

json article_json(const StoredArticle& article) {
  json mentions = json::array();
  for (const auto& m : article.mentions)
    mentions.push_back({{"begin", m.begin}, {"end", m.end}, {"kind", m.kind}, {"name", m.name}});
  return {{"version", kJsonSchemaVersion},
          {"id", article.id},
          {"title", nullable(article.title)},
          {"date", nullable(article.date)},
          {"source", nullable(article.source)},
          {"url", nullable(article.url)},
          {"text", article.text},
          {"actors", article.actors},
          {"places", article.places},
          {"mentions", mentions}};
}

// Runs an endpoint with the errors every endpoint shares turned into replies.
ApiReply guarded(SearcherPool& pool, const std::function<ApiReply(Searcher&)>& endpoint) {
  try {
    return endpoint(pool.for_this_thread());
  } catch (const ParamError& e) {
    return api_error(400, e.what(), e.parameter());
  } catch (const IndexError& e) {
    // The index may be back (or rebuilt) by the next request: open it afresh then.
    pool.discard_this_thread();
    return api_error(503, e.what());
  } catch (const std::exception& e) {
    return api_error(500, e.what());
  }
}

}  // namespace

ApiReply api_error(int status, const std::string& message, const std::string& parameter) {
  return {
      status,
      {{"error", {{"status", status}, {"message", message}, {"parameter", nullable(parameter)}}}}};
}

ApiReply api_search(SearcherPool& pool, const QueryParams& params) {
  return guarded(pool, [&params](Searcher& searcher) {
    ApiSearch api = parse_search_params(params);
    SearchResults results;
    try {
      results = searcher.search(api.request);
    } catch (const QueryError& e) {
      return api_error(400, e.what(), blamed_parameter(searcher, api.request));
    }
    PrintContext context{"1", api.request.query, &api.request, api.explain};
    return ApiReply{200, results_to_json(context, results)};
  });
}

ApiReply api_article(SearcherPool& pool, const QueryParams& params) {
  return guarded(pool, [&params](Searcher& searcher) {
    for (const auto& [name, value] : params)
      if (name != "id") throw ParamError(name, "unknown parameter '" + name + "'");
    std::string id = single_param(params, "id");
    if (id.empty()) throw ParamError("id", "id is required: the article's id");
    std::optional<StoredArticle> article = searcher.article(id);
    if (!article) return api_error(404, "no article with id '" + id + "' in the index", "id");
    return ApiReply{200, article_json(*article)};
  });
}

ApiReply api_health(SearcherPool& pool, const QueryParams& params) {
  return guarded(pool, [&pool, &params](Searcher& searcher) {
    if (!params.empty()) throw ParamError(params.begin()->first, "/api/health takes no parameters");
    // A search follows updates and rebuilds; document_count() alone would not.
    SearchRequest probe;
    probe.limit = 0;
    probe.facets = probe.snippets = probe.suggest = false;
    searcher.search(probe);
    return ApiReply{200,
                    {{"status", "ok"},
                     {"version", kJsonSchemaVersion},
                     {"db", pool.db_path()},
                     {"documents", searcher.document_count()}}};
  });
}

}  // namespace lsearch
