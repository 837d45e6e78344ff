#include "searcher/cli/printers/json_printer.h"

namespace lsearch {

using json = nlohmann::ordered_json;

namespace {

std::string dump(const json& j) {
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

json nullable(const std::string& s) {
  return s.empty() ? json(nullptr) : json(s);
}

json highlights_json(const std::vector<Highlight>& highlights) {
  json list = json::array();
  for (const auto& h : highlights) list.push_back({h.begin, h.end});
  return list;
}

json facet_json(const std::vector<FacetValue>& values) {
  json list = json::array();
  for (const auto& v : values) list.push_back({{"value", v.value}, {"count", v.count}});
  return list;
}

// Actor values carry their type (an addition to version 1: "type" is new).
json actor_facet_json(const std::vector<FacetValue>& values) {
  json list = json::array();
  for (const auto& v : values)
    list.push_back({{"value", v.value}, {"count", v.count}, {"type", nullable(v.type)}});
  return list;
}

// Actors: their type; places: kind, country, [latitude, longitude] (null when unknown).
json entities_json(const std::vector<HitEntity>& entities) {
  json list = json::array();
  for (const auto& e : entities) {
    if (e.kind == "actor") {
      list.push_back({{"kind", e.kind}, {"name", e.name}, {"type", nullable(e.type)}});
      continue;
    }
    json coordinates = nullptr;
    if (e.latitude && e.longitude) coordinates = {*e.latitude, *e.longitude};
    list.push_back({{"kind", e.kind},
                    {"name", e.name},
                    {"place_kind", nullable(e.place_kind)},
                    {"country", nullable(e.country)},
                    {"coordinates", coordinates}});
  }
  return list;
}

json buckets_json(const std::vector<TimelineBucket>& buckets) {
  json list = json::array();
  for (const auto& b : buckets) list.push_back({{"start", b.start}, {"count", b.count}});
  return list;
}

json timeline_json(const Timeline& timeline) {
  json series = json::array();
  for (const auto& s : timeline.series)
    series.push_back(
        {{"value", s.value}, {"total", s.total}, {"buckets", buckets_json(s.buckets)}});
  return {{"unit", timeline.unit},
          {"buckets", buckets_json(timeline.buckets)},
          {"undated", timeline.undated},
          {"by", nullable(timeline.by)},
          {"series", series}};
}

json pairs_json(const Pairs& pairs) {
  json list = json::array();
  for (const auto& p : pairs.top) list.push_back({{"a", p.a}, {"b", p.b}, {"count", p.count}});
  return list;
}

// The article --similar started from, or null.
json similar_json(const Hit& source) {
  if (source.id.empty()) return nullptr;
  return {{"id", source.id},
          {"title", nullable(source.title)},
          {"date", nullable(source.date)},
          {"source", nullable(source.source)}};
}

}  // namespace

json hit_to_json(const Hit& hit) {
  return {{"rank", hit.rank},
          {"id", hit.id},
          {"title", nullable(hit.title)},
          {"title_highlights", highlights_json(hit.title_highlights)},
          {"date", nullable(hit.date)},
          {"source", nullable(hit.source)},
          {"url", nullable(hit.url)},
          {"score", hit.score},
          {"snippet",
           {{"text", hit.snippet.text}, {"highlights", highlights_json(hit.snippet.highlights)}}},
          {"actors", hit.actors},
          {"places", hit.places},
          {"countries", hit.countries},
          {"entities", entities_json(hit.entities)},
          {"cluster", nullable(hit.cluster)},
          {"copies", hit.copies}};
}

json results_to_json(const PrintContext& context, const SearchResults& results) {
  const SearchRequest& request = *context.request;
  json filters = {{"actor", request.actors},          {"place", request.places},
                  {"source", request.sources},        {"country", request.countries},
                  {"since", nullable(request.since)}, {"until", nullable(request.until)}};
  json j = {{"version", kJsonSchemaVersion},
            {"qid", context.qid},
            {"query",
             {{"text", context.query},
              {"plain", request.plain},
              {"filters", filters},
              {"similar_to", similar_json(results.similar_source)}}},
            {"total", {{"value", results.total}, {"exact", results.total_exact}}},
            {"offset", request.offset},
            {"limit", request.limit}};
  json hits = json::array();
  for (const auto& hit : results.hits) hits.push_back(hit_to_json(hit));
  j["results"] = std::move(hits);
  if (results.facets.computed)
    j["facets"] = {{"exact", results.facets.exact},
                   {"actors", actor_facet_json(results.facets.actors)},
                   {"places", facet_json(results.facets.places)},
                   {"sources", facet_json(results.facets.sources)},
                   {"countries", facet_json(results.facets.countries)},
                   {"months", facet_json(results.facets.months)}};
  else
    j["facets"] = nullptr;
  // Present only when asked for (--timeline, --pairs): additions to schema version 1.
  if (results.timeline.computed) j["timeline"] = timeline_json(results.timeline);
  if (results.pairs.computed) {
    j["pairs_kind"] = results.pairs.kind;
    j["pairs"] = pairs_json(results.pairs);
  }
  // Hits are one per near-duplicate cluster; total and facets count every article.
  j["collapsed"] = results.collapsed;
  j["suggestion"] = nullable(results.suggestion);
  // Collections with --allow-partial, when shards did not answer (an addition to version 1).
  if (results.partial) {
    j["partial"] = true;
    j["missing_shards"] = results.missing_shards;
  }
  if (context.explain) {
    json entities = json::array();
    for (const auto& e : results.explanation.entities)
      entities.push_back(
          {{"kind", e.kind}, {"input", e.input}, {"canonical", e.canonical}, {"term", e.term}});
    j["explain"] = {{"parsed", results.explanation.parsed},
                    {"entities", entities},
                    {"notes", results.explanation.notes}};
  }
  return j;
}

json error_to_json(const PrintContext& context, const std::string& message) {
  return {{"qid", context.qid}, {"error", message}};
}

void JsonPrinter::print_error(const PrintContext& context, const std::string& message,
                              std::ostream& out) {
  out << dump(error_to_json(context, message)) << "\n";
}

void JsonLinesPrinter::print_error(const PrintContext& context, const std::string& message,
                                   std::ostream& out) {
  out << dump(error_to_json(context, message)) << "\n";
}

void JsonPrinter::print(const PrintContext& context, const SearchResults& results,
                        std::ostream& out) {
  out << dump(results_to_json(context, results)) << "\n";
}

void JsonLinesPrinter::print(const PrintContext& context, const SearchResults& results,
                             std::ostream& out) {
  for (const auto& hit : results.hits) {
    json j = hit_to_json(hit);
    j["qid"] = context.qid;
    out << dump(j) << "\n";
  }
}

}  // namespace lsearch
