#include "common/news/news_analyzer.h"

#include <regex>

#include "common/news/date_mentions.h"
#include "common/news/dates.h"
#include "common/util/text.h"

namespace lsearch {
namespace {

// "TRIPOLI ( Halbeeg News) –" / "BENGHAZI, Libya (Reuters) -"
const std::regex& dateline_pattern() {
  static const std::regex re(
      "^([A-Z][A-Z .'\\-]{2,40}(, [A-Za-z .]{2,30})?)\\s*\\(\\s*([^()]{2,60}?)\\s*\\)\\s*(–|—|-|--)\\s",
      std::regex::ECMAScript | std::regex::optimize);
  return re;
}

std::size_t count_words(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// A headline is a short first paragraph of one line that does not read like a sentence.
bool looks_like_headline(std::string_view line, std::string_view rest) {
  if (line.size() < 10 || line.size() > 200 || count_words(line) < 3) return false;
  if (trim(rest).empty()) return false;
  char last = line.back();
  if (last == '.' || last == ',' || last == ':' || last == ';') return false;
  std::smatch m;
  std::string s(line);
  return !std::regex_search(s, m, dateline_pattern());
}

}  // namespace

std::string canonical_source(std::string_view credit) {
  std::string s(trim(credit));
  static const std::regex agencies(
      "\\s*(AND|and|&|/|,)\\s*(NEWS\\s+AGENCIES|AGENCIES|agencies|news agencies|WIRES|wires)\\s*$",
      std::regex::ECMAScript);
  s = std::regex_replace(s, agencies, "");
  return title_case_if_shouting(trim(s));
}

NewsAnalyzer::NewsAnalyzer(Gazetteer gazetteer, Cleaner cleaner)
    : gazetteer_(std::move(gazetteer)),
      cleaner_(std::move(cleaner)),
      extractor_(gazetteer_, NameLexicon::builtin()) {}

void NewsAnalyzer::understand(Article& article) const {
  CleanedText cleaned = cleaner_.clean(article.body);
  std::string body = std::move(cleaned.body);

  if (article.title.empty()) {
    std::size_t blank = body.find("\n\n");
    if (blank != std::string::npos) {
      std::string_view first = trim(std::string_view(body).substr(0, blank));
      if (first.find('\n') == std::string_view::npos &&
          looks_like_headline(first, std::string_view(body).substr(blank))) {
        article.title = std::string(first);
        body.erase(0, blank + 2);
      }
    }
  }
  article.title = std::string(trim(article.title));

  if (!article.date.empty()) {
    auto date = parse_metadata_date(article.date);
    article.date = date ? date->iso() : "";
  }

  if (article.source.empty()) {
    std::smatch m;
    std::string head = body.substr(0, 200);
    if (std::regex_search(head, m, dateline_pattern())) {
      article.source = canonical_source(m[3].str());
    } else if (!cleaned.source_credit.empty()) {
      article.source = canonical_source(cleaned.source_credit);
    }
  }
  article.body = std::move(body);

  std::string entity_text = article.title.empty() ? article.body : article.title + "\n\n" + article.body;
  article.entities = extractor_.extract(entity_text);

  int year = 0;
  if (auto d = parse_iso_date(article.date)) year = d->year;
  article.mentioned_dates.clear();
  for (std::string_view part : {std::string_view(article.body), std::string_view(cleaned.captions)})
    for (const auto& m : find_date_mentions(part, year)) {
      std::string iso = m.date.iso();
      bool seen = false;
      for (const auto& d : article.mentioned_dates) seen = seen || d == iso;
      if (!seen) article.mentioned_dates.push_back(iso);
    }
}

}  // namespace lsearch
