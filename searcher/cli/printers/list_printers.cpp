#include "searcher/cli/printers/list_printers.h"

#include <cstdio>

#include "common/util/display_text.h"

namespace lsearch {

// Ids, qids and tags are fields of a line: line_field_text %-encodes what would split them.
void IdsPrinter::print(const PrintContext&, const SearchResults& results, std::ostream& out) {
  for (const auto& hit : results.hits) out << line_field_text(hit.id) << "\n";
}

void TrecPrinter::print(const PrintContext& context, const SearchResults& results,
                        std::ostream& out) {
  const std::string qid = line_field_text(context.qid), tag = line_field_text(tag_);
  for (const auto& hit : results.hits) {
    char score[32];
    std::snprintf(score, sizeof score, "%.6f", hit.score);
    out << qid << " Q0 " << line_field_text(hit.id) << " " << hit.rank << " " << score << " " << tag
        << "\n";
  }
}

}  // namespace lsearch
