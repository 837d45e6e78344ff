#include "searcher/cli/printers/text_printer.h"

#include <algorithm>
#include <cstdio>

#include "common/util/display_text.h"
#include "common/util/text_wrap.h"
#include "searcher/cli/printers/analytics_text.h"

namespace lsearch {
namespace {

constexpr const char* kReset = "\033[0m";
constexpr const char* kBold = "\033[1m";
constexpr const char* kMatch = "\033[1;31m";
constexpr const char* kDim = "\033[2m";
constexpr std::size_t kShownEntities = 6;

// Every piece of content goes through display_text: no corpus byte reaches the terminal raw.
std::string shown(std::string_view content) {
  return display_text(content);
}

std::string join(const std::vector<std::string>& items, std::size_t limit) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < limit; ++i)
    out += (i ? ", " : "") + shown(items[i]);
  if (items.size() > limit) out += ", …";
  return out;
}

std::string facet_line(const std::vector<FacetValue>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i)
    out += (i ? " · " : "") + shown(values[i].value) + " " + std::to_string(values[i].count);
  return out;
}

// Display columns of UTF-8 text (one per code point: the months line is digits and dots).
std::size_t columns(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// The months ("YYYY-MM", calendar order) summed by year.
std::vector<FacetValue> by_year(const std::vector<FacetValue>& months) {
  std::vector<FacetValue> years;
  for (const auto& month : months) {
    const std::string year = month.value.substr(0, 4);
    if (years.empty() || years.back().value != year) years.push_back({year, 0});
    years.back().count += month.count;
  }
  return years;
}

std::string score_text(double score) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", score);
  return buf;
}

// The query as the summary line echoes it: quoted, unless it has quotes of its own.
std::string echoed_query(const std::string& query) {
  if (query.find('"') != std::string::npos) return shown(query);
  return "\"" + shown(query) + "\"";
}

// "+3 copies": the other matching articles of a collapsed hit's cluster (made safe like all text).
std::string copies_text(std::size_t copies) {
  return shown("+" + std::to_string(copies) + (copies == 1 ? " copy" : " copies"));
}

}  // namespace

std::string TextPrinter::marked(const std::string& text, const std::vector<Highlight>& highlights,
                                const char* base_style) const {
  if (!color_) return shown(text);
  std::string out;
  std::size_t at = 0;
  for (const auto& h : highlights) {
    if (h.begin < at || h.end > text.size()) continue;
    append_display_text(out, std::string_view(text).substr(at, h.begin - at));
    out += kMatch;
    append_display_text(out, std::string_view(text).substr(h.begin, h.end - h.begin));
    // Back to the style around the match (a highlight inside a bold title keeps the title bold).
    out += kReset;
    out += base_style;
    at = h.end;
  }
  append_display_text(out, std::string_view(text).substr(at));
  return out;
}

void TextPrinter::line(std::ostream& out, const std::string& text, std::size_t indent) const {
  out << wrap_to_width(text, wrap_, std::string(indent, ' ')) << "\n";
}

void TextPrinter::print_hit(const Hit& hit, std::ostream& out) const {
  std::string title =
      hit.title.empty() ? "(no title)" : marked(hit.title, hit.title_highlights, style(kBold));
  const std::string number = std::to_string(hit.rank) + ". ";
  line(out, number + style(kBold) + title + reset(), number.size());
  std::string meta =
      std::string("   ") + style(kDim) + (hit.date.empty() ? "undated" : shown(hit.date));
  if (!hit.source.empty()) meta += " · " + shown(hit.source);
  meta += " · " + shown(hit.id) + " · " + score_text(hit.score);
  if (hit.copies > 0) meta += " · " + copies_text(hit.copies);
  line(out, meta + reset(), 3);
  if (!hit.snippet.text.empty())
    line(out, "   " + marked(hit.snippet.text, hit.snippet.highlights, ""), 3);
  if (!hit.actors.empty()) line(out, "   actors: " + join(hit.actors, kShownEntities), 11);
  if (!hit.places.empty()) line(out, "   places: " + join(hit.places, kShownEntities), 11);
  out << "\n";
}

// "42 results for "mass graves" · actor: Khalifa Haftar · since 2019-04".
void TextPrinter::print_summary(const PrintContext& context, const SearchResults& results,
                                std::ostream& out) const {
  std::string what = context.query.empty() ? "" : " for " + echoed_query(context.query);
  const Hit& like = results.similar_source;
  if (!like.id.empty())
    what += " · like " + (like.title.empty() ? "" : "\"" + shown(like.title) + "\" ") + "(" +
            shown(like.id) + ")";
  for (const auto& e : results.explanation.entities)
    what += " · " + e.kind + ": " + shown(e.canonical);
  if (context.request != nullptr) {
    if (!context.request->since.empty()) what += " · since " + shown(context.request->since);
    if (!context.request->until.empty()) what += " · until " + shown(context.request->until);
  }
  // The total counts articles; say when the list shows fewer lines because copies are folded.
  if (results.collapsed && std::any_of(results.hits.begin(), results.hits.end(),
                                       [](const Hit& hit) { return hit.copies > 0; }))
    what += " · copies collapsed";
  line(out,
       style(kBold) + std::to_string(results.total) + (results.total_exact ? "" : " (about)") +
           (results.total == 1 ? " result" : " results") + reset() + what,
       2);
}

void TextPrinter::print_facets(const Facets& facets, bool timeline, std::ostream& out) const {
  constexpr std::size_t kIndent = 11;  // under the first value
  if (!facets.actors.empty()) line(out, "  actors   " + facet_line(facets.actors), kIndent);
  if (!facets.places.empty()) line(out, "  places   " + facet_line(facets.places), kIndent);
  if (!facets.countries.empty())
    line(out, "  countries " + facet_line(facets.countries), kIndent + 1);
  if (!facets.sources.empty()) line(out, "  sources  " + facet_line(facets.sources), kIndent);
  // The timeline chart draws the months better than one line can.
  if (!facets.months.empty() && !timeline) print_months(facets.months, out);
}

// The months on one line if they fit the width, else the years (a decade of months is ~1,900
// columns: issue 17's "100 months on one line").
void TextPrinter::print_months(const std::vector<FacetValue>& months, std::ostream& out) const {
  constexpr std::size_t kIndent = 11;
  std::string text = "  months   " + facet_line(months);
  if (columns(text) > width_) text = "  years    " + facet_line(by_year(months));
  line(out, text, kIndent);
}

void TextPrinter::print(const PrintContext& context, const SearchResults& results,
                        std::ostream& out) {
  for (const auto& hit : results.hits) print_hit(hit, out);
  print_summary(context, results, out);
  if (results.facets.computed && results.total > 0)
    print_facets(results.facets, results.timeline.computed, out);
  if (results.timeline.computed && results.total > 0)
    out << "\n" << timeline_chart(results.timeline, width_);
  if (results.pairs.computed && results.total > 0) out << "\n" << pairs_table(results.pairs);
  if (!results.suggestion.empty()) line(out, "Did you mean: " + shown(results.suggestion), 2);
  if (context.explain) {
    out << "Parsed: " << shown(results.explanation.parsed) << "\n";
    for (const auto& e : results.explanation.entities)
      out << "Resolved " << e.kind << " '" << shown(e.input) << "' -> " << shown(e.canonical)
          << " (" << shown(e.term) << ")\n";
  }
  for (const auto& note : results.explanation.notes) line(out, "Note: " + shown(note), 6);
}

}  // namespace lsearch
