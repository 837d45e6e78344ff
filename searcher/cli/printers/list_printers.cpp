#include "searcher/cli/printers/list_printers.h"

#include <cstdio>

namespace lsearch {

void IdsPrinter::print(const PrintContext&, const SearchResults& results, std::ostream& out) {
  for (const auto& hit : results.hits) out << hit.id << "\n";
}

void TrecPrinter::print(const PrintContext& context, const SearchResults& results,
                        std::ostream& out) {
  for (const auto& hit : results.hits) {
    char score[32];
    std::snprintf(score, sizeof score, "%.6f", hit.score);
    out << context.qid << " Q0 " << hit.id << " " << hit.rank << " " << score << " " << tag_
        << "\n";
  }
}

}  // namespace lsearch
