#include "searcher/cli/printers/printer.h"

#include "searcher/cli/printers/dot_printer.h"
#include "searcher/cli/printers/json_printer.h"
#include "searcher/cli/printers/list_printers.h"
#include "searcher/cli/printers/text_printer.h"

namespace lsearch {

std::unique_ptr<Printer> make_printer(const PrinterOptions& options) {
  if (options.format == "text")
    return std::make_unique<TextPrinter>(options.color, options.width, options.wrap);
  if (options.format == "json") return std::make_unique<JsonPrinter>();
  if (options.format == "jsonl") return std::make_unique<JsonLinesPrinter>();
  if (options.format == "ids") return std::make_unique<IdsPrinter>();
  if (options.format == "dot") return std::make_unique<DotPrinter>();
  if (options.format == "trec") return std::make_unique<TrecPrinter>(options.run_tag);
  return nullptr;
}

}  // namespace lsearch
