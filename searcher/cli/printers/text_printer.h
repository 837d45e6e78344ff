// The human-readable output: numbered hits with date, source, id and score,
// a snippet with the matches highlighted (ANSI colour on a terminal), the
// article's entities, then the facets summarised below.
#pragma once

#include "searcher/cli/printers/printer.h"

namespace lsearch {

class TextPrinter : public Printer {
 public:
  explicit TextPrinter(bool color) : color_(color) {}
  void print(const PrintContext& context, const SearchResults& results, std::ostream& out) override;

 private:
  std::string marked(const std::string& text, const std::vector<Highlight>& highlights,
                     const char* style) const;
  bool color_;
};

}  // namespace lsearch
