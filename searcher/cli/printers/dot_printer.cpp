#include "searcher/cli/printers/dot_printer.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "common/util/display_text.h"

namespace lsearch {
namespace {

constexpr double kMaxPen = 6.0;  // the most frequent pair's edge, in points

std::string pen(std::size_t count, std::size_t max) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f",
                1.0 + (kMaxPen - 1.0) * static_cast<double>(count) /
                          static_cast<double>(std::max<std::size_t>(max, 1)));
  return buf;
}

}  // namespace

std::string dot_quoted(const std::string& text) {
  std::string out = "\"";
  // display_text first: one line, no terminal controls (the graph may be printed).
  for (char c : display_text(text)) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

void DotPrinter::print(const PrintContext& context, const SearchResults& results,
                       std::ostream& out) {
  const Pairs& pairs = results.pairs;
  out << "graph " << dot_quoted("lsearch " + context.qid) << " {\n";
  std::string label = pairs.kind + " pairs in " + std::to_string(results.total) + " results";
  if (!context.query.empty()) label += " for " + context.query;
  out << "  label=" << dot_quoted(label) << ";\n";
  out << "  node [shape=box, style=rounded];\n";
  // Places are drawn as ellipses so an actor-place graph reads at a glance.
  if (pairs.kind == "actor-place") {
    std::set<std::string> places;
    for (const auto& p : pairs.top) places.insert(p.b);
    for (const auto& place : places) out << "  " << dot_quoted(place) << " [shape=ellipse];\n";
  }
  std::size_t max = pairs.top.empty() ? 0 : pairs.top.front().count;
  for (const auto& p : pairs.top)
    out << "  " << dot_quoted(p.a) << " -- " << dot_quoted(p.b) << " [label=\"" << p.count
        << "\", penwidth=" << pen(p.count, max) << "];\n";
  out << "}\n";
}

}  // namespace lsearch
