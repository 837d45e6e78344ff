#include "common/news/common_words.h"

#include "data/embedded_data.h"

namespace lsearch {

bool is_listed_common_word(std::string_view norm) {
  // The lexicon skips empty lines and '#' comments; a word holding a line
  // break could only match several lines.
  if (norm.empty() || norm.front() == '#' || norm.find_first_of("\r\n") != std::string_view::npos)
    return false;
  const std::string_view list = embedded::kCommonWords;
  for (std::size_t at = list.find(norm); at != std::string_view::npos;
       at = list.find(norm, at + 1)) {
    const std::size_t end = at + norm.size();
    const bool starts_line = at == 0 || list[at - 1] == '\n';
    const bool ends_line = end == list.size() || list[end] == '\n' ||
                           (list[end] == '\r' && (end + 1 == list.size() || list[end + 1] == '\n'));
    if (starts_line && ends_line) return true;
  }
  return false;
}

}  // namespace lsearch
