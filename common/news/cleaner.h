// Cleaner: strips site furniture (share widgets, reply forms, translation
// banners, photo captions and credits, lone lines in another script) from
// article text. The rules are data (data/cleaning-rules.tsv, compiled in);
// users may load more. Immutable after construction: thread-safe.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace lsearch {

struct CleanedText {
  std::string body;           // article text, paragraphs separated by blank lines
  std::string captions;       // removed caption lines (their dates still count)
  std::string source_credit;  // from a "SOURCE:" line, as written
};

class Cleaner {
 public:
  enum class Action { kTruncate, kDrop, kCaption, kStrip, kSource };
  struct Rule {
    Action action;
    std::string needle;
    std::shared_ptr<const re2::RE2> pattern;  // RE2: linear time, safe on any input
    std::string why;
    // Every line the pattern matches in full lies between these two strings
    // (RE2::PossibleMatchRange): lines outside skip the regex. Empty: no bound.
    std::string min_match, max_match;
  };

  // The built-in rules.
  Cleaner();
  // Rules from TSV text (the format of data/cleaning-rules.tsv); throws Error on a bad line.
  static Cleaner from_tsv(std::string_view tsv, const std::string& origin);
  void add_rules(const Cleaner& other);

  CleanedText clean(std::string_view text) const;
  const std::vector<Rule>& rules() const { return *rules_; }
  // Changes whenever a rule changes (part of NewsAnalyzer::fingerprint(), lsearch.entities).
  const std::string& fingerprint() const { return fingerprint_; }

 private:
  Cleaner(std::shared_ptr<std::vector<Rule>> rules, std::string fingerprint)
      : rules_(std::move(rules)), fingerprint_(std::move(fingerprint)) {}
  std::shared_ptr<std::vector<Rule>> rules_;
  std::string fingerprint_;
};

}  // namespace lsearch
