// Graphviz DOT output (-f dot, with --pairs): the co-occurrence graph of the
// top pairs, an edge per pair labelled with its count and drawn thicker the
// more often the two are named together. Render with `dot -Tsvg`.
#pragma once

#include "searcher/cli/printers/printer.h"

namespace lsearch {

class DotPrinter : public Printer {
 public:
  void print(const PrintContext& context, const SearchResults& results, std::ostream& out) override;
};

// A DOT double-quoted string: shown as display_text, then quotes and backslashes escaped.
std::string dot_quoted(const std::string& text);

}  // namespace lsearch
