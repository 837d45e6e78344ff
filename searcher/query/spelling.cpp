#include "searcher/query/spelling.h"

#include "common/analysis/analyzer.h"

namespace lsearch {
namespace {

bool word_byte(char c) {
  return (c >= 'a' && c <= 'z') || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

std::string suggest_correction(const Xapian::Database& db, const std::string& query,
                               const Xapian::Stem& stemmer) {
  std::string out;
  bool changed = false;
  std::size_t i = 0;
  while (i < query.size()) {
    if (!word_byte(query[i])) {
      out.push_back(query[i++]);
      continue;
    }
    std::size_t j = i;
    while (j < query.size() && word_byte(query[j])) ++j;
    std::string word = query.substr(i, j - i);
    bool is_prefix_name = j < query.size() && query[j] == ':';
    bool is_field_value =
        i > 0 && (query[i - 1] == ':' || (query[i - 1] == '"' && i > 1 && query[i - 2] == ':'));
    bool after_digit = i > 0 && query[i - 1] >= '0' && query[i - 1] <= '9';
    // A word whose stem the index holds is not corrected.
    if (!is_prefix_name && !is_field_value && !after_digit && word.size() > 2 &&
        !db.term_exists(Analyzer::term_for(stemmer, word))) {
      std::string fix = db.get_spelling_suggestion(word, 2);
      if (!fix.empty() && fix != word) {
        word = fix;
        changed = true;
      }
    }
    out += word;
    i = j;
  }
  return changed ? out : "";
}

}  // namespace lsearch
