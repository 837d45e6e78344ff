#include "searcher/cli/printers/text_printer.h"

#include <cstdio>

namespace lsearch {
namespace {

constexpr const char* kReset = "\033[0m";
constexpr const char* kBold = "\033[1m";
constexpr const char* kMatch = "\033[1;31m";
constexpr const char* kDim = "\033[2m";
constexpr std::size_t kShownEntities = 6;

std::string join(const std::vector<std::string>& items, std::size_t limit) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < limit; ++i) out += (i ? ", " : "") + items[i];
  if (items.size() > limit) out += ", …";
  return out;
}

std::string facet_line(const std::vector<FacetValue>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i)
    out += (i ? " · " : "") + values[i].value + " " + std::to_string(values[i].count);
  return out;
}

std::string score_text(double score) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", score);
  return buf;
}

}  // namespace

std::string TextPrinter::marked(const std::string& text, const std::vector<Highlight>& highlights,
                                const char* style) const {
  if (!color_) return text;
  std::string out;
  std::size_t at = 0;
  for (const auto& h : highlights) {
    if (h.begin < at || h.end > text.size()) continue;
    out += text.substr(at, h.begin - at);
    out += style;
    out += text.substr(h.begin, h.end - h.begin);
    out += kReset;
    at = h.end;
  }
  return out + text.substr(at);
}

void TextPrinter::print(const PrintContext& context, const SearchResults& results,
                        std::ostream& out) {
  auto style = [&](const char* s) { return color_ ? s : ""; };
  auto reset = [&]() { return color_ ? kReset : ""; };
  for (const auto& hit : results.hits) {
    std::string title =
        hit.title.empty() ? "(no title)" : marked(hit.title, hit.title_highlights, kMatch);
    out << hit.rank << ". " << style(kBold) << title << reset() << "\n";
    out << "   " << style(kDim) << (hit.date.empty() ? "undated" : hit.date);
    if (!hit.source.empty()) out << " · " << hit.source;
    out << " · " << hit.id << " · " << score_text(hit.score) << reset() << "\n";
    if (!hit.snippet.text.empty())
      out << "   " << marked(hit.snippet.text, hit.snippet.highlights, kMatch) << "\n";
    if (!hit.actors.empty()) out << "   actors: " << join(hit.actors, kShownEntities) << "\n";
    if (!hit.places.empty()) out << "   places: " << join(hit.places, kShownEntities) << "\n";
    out << "\n";
  }
  std::string what = context.query.empty() ? "" : " for \"" + context.query + "\"";
  for (const auto& e : results.explanation.entities) what += " · " + e.kind + ": " + e.canonical;
  out << style(kBold) << results.total << (results.total_exact ? "" : " (about)")
      << (results.total == 1 ? " result" : " results") << reset() << what << "\n";
  if (results.facets.computed && results.total > 0) {
    if (!results.facets.actors.empty())
      out << "  actors   " << facet_line(results.facets.actors) << "\n";
    if (!results.facets.places.empty())
      out << "  places   " << facet_line(results.facets.places) << "\n";
    if (!results.facets.sources.empty())
      out << "  sources  " << facet_line(results.facets.sources) << "\n";
    if (!results.facets.months.empty())
      out << "  months   " << facet_line(results.facets.months) << "\n";
  }
  if (!results.suggestion.empty()) out << "Did you mean: " << results.suggestion << "\n";
  if (context.explain) {
    out << "Parsed: " << results.explanation.parsed << "\n";
    for (const auto& e : results.explanation.entities)
      out << "Resolved " << e.kind << " '" << e.input << "' -> " << e.canonical << " (" << e.term
          << ")\n";
  }
  for (const auto& note : results.explanation.notes) out << "Note: " << note << "\n";
}

}  // namespace lsearch
