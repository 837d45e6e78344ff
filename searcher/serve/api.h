// The JSON API of lsearch serve, apart from HTTP: each endpoint takes the
// decoded query parameters and answers a status and a JSON body. Search
// answers carry the CLI's JSON schema (results_to_json).
// Errors never escape: bad parameters are 400 naming the parameter, an
// unknown article 404, an unreadable index 503, anything else 500.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "searcher/serve/search_params.h"
#include "searcher/serve/searcher_pool.h"

namespace lsearch {

struct ApiReply {
  int status = 200;
  nlohmann::ordered_json body;
};

// GET /api/search?q=&actor=&place=&source=&since=&until=&sort=&offset=&limit=&timeline=...
ApiReply api_search(SearcherPool& pool, const QueryParams& params);
// GET /api/article?id=
ApiReply api_article(SearcherPool& pool, const QueryParams& params);
// GET /api/health
ApiReply api_health(SearcherPool& pool, const QueryParams& params);

// {"error": {"status", "message", "parameter"}}; parameter null when none.
ApiReply api_error(int status, const std::string& message, const std::string& parameter = "");

}  // namespace lsearch
