// The human-readable output: numbered hits with date, source, id and score,
// a snippet with the matches highlighted (ANSI colour on a terminal), the
// article's entities, then the facets summarised below, and the timeline
// chart and pair table when asked for. Content is shown
// through display_text (common/util): it cannot drive the terminal or forge lines.
// On a terminal, lines are wrapped to its width (text_wrap), continuation
// lines indented under their first word; piped output is never wrapped.
#pragma once

#include "searcher/cli/printers/printer.h"

namespace lsearch {

class TextPrinter : public Printer {
 public:
  // `width`: terminal columns, for the timeline chart; `wrap`: the columns
  // lines are wrapped to (0: none).
  explicit TextPrinter(bool color, std::size_t width = 80, std::size_t wrap = 0)
      : color_(color), width_(width), wrap_(wrap) {}
  void print(const PrintContext& context, const SearchResults& results, std::ostream& out) override;

 private:
  // `text` made safe, with its highlights in the match colour and `base_style` around them.
  std::string marked(const std::string& text, const std::vector<Highlight>& highlights,
                     const char* base_style) const;
  void print_hit(const Hit& hit, std::ostream& out) const;
  void print_summary(const PrintContext& context, const SearchResults& results,
                     std::ostream& out) const;
  // `timeline`: a chart follows, so the months line is left out.
  void print_facets(const Facets& facets, bool timeline, std::ostream& out) const;
  // The months facet on one line of width_ columns, or summed by year when it does not fit.
  void print_months(const std::vector<FacetValue>& months, std::ostream& out) const;
  // One line of output, wrapped to wrap_ with continuation lines indented by `indent` columns.
  void line(std::ostream& out, const std::string& text, std::size_t indent) const;
  const char* style(const char* s) const { return color_ ? s : ""; }
  const char* reset() const { return color_ ? "\033[0m" : ""; }
  bool color_;
  std::size_t width_;
  std::size_t wrap_;
};

}  // namespace lsearch
