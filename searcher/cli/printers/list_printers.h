// The line-per-hit formats for scripts: ids (one article id a line) and trec
// (TREC run format: qid Q0 docid rank score tag). A byte of an id, qid or tag that
// would split the line or a field (space, tab, newline, control, %) is %XX (line_field_text).
#pragma once

#include "searcher/cli/printers/printer.h"

namespace lsearch {

class IdsPrinter : public Printer {
 public:
  void print(const PrintContext& context, const SearchResults& results, std::ostream& out) override;
};

class TrecPrinter : public Printer {
 public:
  explicit TrecPrinter(std::string tag) : tag_(std::move(tag)) {}
  void print(const PrintContext& context, const SearchResults& results, std::ostream& out) override;

 private:
  std::string tag_;
};

}  // namespace lsearch
