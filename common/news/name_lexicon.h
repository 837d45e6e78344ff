// The word lists the name finder needs beside the gazetteer: common English
// words (data/common-words.txt), person titles, organisation head nouns and
// name connectors. Built once; thread-safe to read.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace lsearch {

class NameLexicon {
 public:
  static const NameLexicon& builtin();

  bool is_common_word(const std::string& norm) const { return common_.count(norm) != 0; }
  // "mr", "president", "spokesman", "marshal", ... (normalised forms)
  bool is_title(const std::string& norm) const { return titles_.count(norm) != 0; }
  // "council", "army", "commission", ...: a capitalised sequence ending in one is an organisation.
  bool is_org_head(const std::string& norm) const { return org_heads_.count(norm) != 0; }
  // "of", "al", "bin", ...: may stand between the capitalised words of one name.
  bool is_connector(const std::string& norm) const { return connectors_.count(norm) != 0; }
  // Months, weekdays and other capitalised words that never name an actor.
  bool is_never_name(const std::string& norm) const { return never_.count(norm) != 0; }

 private:
  NameLexicon();
  std::unordered_set<std::string> common_, titles_, org_heads_, connectors_, never_;
};

}  // namespace lsearch
