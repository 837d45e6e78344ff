// Printer: one per output format (text, json, jsonl, ids, trec, dot). The searcher
// returns data; printers only format it. The JSON shape is documented in
// README ("Output schema") and guarded by golden tests.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "lsearch/searcher.h"

namespace lsearch {

struct PrintContext {
  std::string qid;    // batch query id ("1" for a single query)
  std::string query;  // as given
  const SearchRequest* request = nullptr;
  bool explain = false;
};

class Printer {
 public:
  virtual ~Printer() = default;
  virtual void print(const PrintContext& context, const SearchResults& results,
                     std::ostream& out) = 0;
  // A query that failed (--batch goes on with the next): formats for scripts say so in place.
  virtual void print_error(const PrintContext& /*context*/, const std::string& /*message*/,
                           std::ostream& /*out*/) {}
};

struct PrinterOptions {
  std::string format = "text";  // text|json|jsonl|ids|trec|dot
  bool color = false;
  std::string run_tag = "lsearch";  // TREC run name
  std::size_t width = 80;           // terminal columns (the timeline chart fits them)
  std::size_t wrap = 0;  // text lines wrapped to this many columns; 0 (not a terminal): never
};

// nullptr for an unknown format.
std::unique_ptr<Printer> make_printer(const PrinterOptions& options);

}  // namespace lsearch
