#include "common/news/cleaner.h"

#include "common/error.h"
#include "common/news/script_detector.h"
#include "common/util/text.h"
#include "data/embedded_data.h"

namespace lsearch {
namespace {

constexpr std::size_t kMaxFurnitureLine = 300;

bool parse_action(std::string_view word, Cleaner::Action& action) {
  if (word == "truncate") action = Cleaner::Action::kTruncate;
  else if (word == "drop") action = Cleaner::Action::kDrop;
  else if (word == "caption") action = Cleaner::Action::kCaption;
  else if (word == "strip") action = Cleaner::Action::kStrip;
  else if (word == "source") action = Cleaner::Action::kSource;
  else return false;
  return true;
}

bool applies(const Cleaner::Rule& rule, std::string_view line) {
  if (rule.action != Cleaner::Action::kStrip && line.size() > kMaxFurnitureLine) return false;
  return rule.needle.empty() || line.find(rule.needle) != std::string_view::npos;
}

}  // namespace

Cleaner::Cleaner() : Cleaner(from_tsv(embedded::kCleaningRules, "built-in cleaning rules")) {}

Cleaner Cleaner::from_tsv(std::string_view tsv, const std::string& origin) {
  auto rules = std::make_shared<std::vector<Rule>>();
  std::size_t line_no = 0;
  for (std::string_view line : split_lines(tsv)) {
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> cols = split(line, '\t');
    Rule rule;
    if (cols.size() < 3 || !parse_action(cols[0], rule.action))
      throw Error(origin + ":" + std::to_string(line_no) +
                  ": expected ACTION<TAB>NEEDLE<TAB>REGEX<TAB>WHY");
    rule.needle = cols[1] == "-" ? "" : std::string(cols[1]);
    try {
      rule.pattern = std::regex(std::string(cols[2]), std::regex::ECMAScript | std::regex::optimize);
    } catch (const std::regex_error& e) {
      throw Error(origin + ":" + std::to_string(line_no) + ": bad regex: " + e.what());
    }
    rule.why = cols.size() > 3 ? std::string(cols[3]) : "";
    rules->push_back(std::move(rule));
  }
  return Cleaner(std::move(rules));
}

void Cleaner::add_rules(const Cleaner& other) {
  auto merged = std::make_shared<std::vector<Rule>>(*rules_);
  merged->insert(merged->end(), other.rules_->begin(), other.rules_->end());
  rules_ = std::move(merged);
}

CleanedText Cleaner::clean(std::string_view text) const {
  CleanedText out;
  const Script article_script = dominant_script(text);
  bool previous_blank = true;
  for (std::string_view raw : split_lines(text)) {
    std::string line(trim(fold_spaces(raw)));
    bool keep = true;
    bool stop = false;
    for (const Rule& rule : *rules_) {
      if (!applies(rule, line)) continue;
      if (rule.action == Action::kStrip) {
        line = std::regex_replace(line, rule.pattern, "");
        continue;
      }
      std::smatch match;
      if (!std::regex_match(line, match, rule.pattern)) continue;
      keep = false;
      if (rule.action == Action::kTruncate) stop = true;
      if (rule.action == Action::kCaption) out.captions += line + "\n";
      if (rule.action == Action::kSource && out.source_credit.empty() && match.size() > 1)
        out.source_credit = match[1].str();
      break;
    }
    if (stop) break;
    if (keep && !line.empty() && is_foreign_script_line(line, article_script)) keep = false;
    if (!keep) continue;
    if (line.empty()) {
      if (!previous_blank) out.body += "\n";
      previous_blank = true;
      continue;
    }
    out.body += line;
    out.body += "\n";
    previous_blank = false;
  }
  while (!out.body.empty() && (out.body.back() == '\n')) out.body.pop_back();
  return out;
}

}  // namespace lsearch
