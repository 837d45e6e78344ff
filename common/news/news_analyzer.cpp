#include "common/news/news_analyzer.h"

#include <re2/re2.h>

#include "common/analysis/tokenizer.h"
#include "common/news/date_mentions.h"
#include "common/news/dates.h"
#include "common/schema/versions.h"
#include "common/util/text.h"

namespace lsearch {
namespace {

// "TRIPOLI ( Halbeeg News) –" / "BENGHAZI, Libya (Reuters) -"; group 1 is the source.
const RE2& dateline_pattern() {
  static const RE2 re(
      "^[A-Z][A-Z .'\\-]{2,40}(?:, [A-Za-z "
      ".]{2,30})?\\s*\\(\\s*([^()]{2,60}?)\\s*\\)\\s*(?:–|—|-|--)\\s");
  return re;
}

// Where the source is named at the start of the text, if it is.
std::string dateline_source(std::string_view body) {
  std::string source;
  re2::StringPiece head(body.data(), std::min<std::size_t>(body.size(), 200));
  if (RE2::PartialMatch(head, dateline_pattern(), &source)) return source;
  return "";
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
  return dateline_source(line).empty();
}

}  // namespace

std::string canonical_source(std::string_view credit) {
  std::string s(trim(credit));
  static const RE2 agencies(
      "\\s*(?:AND|and|&|/|,)\\s*(?:NEWS\\s+AGENCIES|AGENCIES|agencies|news "
      "agencies|WIRES|wires)\\s*$");
  RE2::Replace(&s, agencies, "");
  return title_case_if_shouting(trim(s));
}

NewsAnalyzer::NewsAnalyzer(Gazetteer gazetteer, Cleaner cleaner)
    : gazetteer_(std::move(gazetteer)),
      cleaner_(std::move(cleaner)),
      extractor_(gazetteer_, NameLexicon::builtin()) {}

std::string NewsAnalyzer::fingerprint() const {
  return "news=" + std::to_string(kNewsVersion) + ";gazetteer=" + gazetteer_.fingerprint() +
         ";cleaning=" + cleaner_.fingerprint();
}

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
    std::string from_dateline = dateline_source(body);
    if (!from_dateline.empty())
      article.source = canonical_source(from_dateline);
    else if (!cleaned.source_credit.empty())
      article.source = canonical_source(cleaned.source_credit);
  }
  article.body = std::move(body);

  // An all-capitals title (wire style) is read too: the true-case pass takes its
  // capitals as evidence only for words the body writes capitalised or never in lower case.
  std::string entity_text =
      article.title.empty() ? article.body : article.title + "\n\n" + article.body;
  const std::vector<Token> tokens = tokenize(entity_text);
  article.entities = extractor_.extract(entity_text, tokens);

  int year = 0;
  if (auto d = parse_iso_date(article.date)) year = d->year;
  article.mentioned_dates.clear();
  auto add_mentions = [&](const std::vector<DateMention>& mentions) {
    for (const auto& m : mentions) {
      std::string iso = m.date.iso();
      bool seen = false;
      for (const auto& d : article.mentioned_dates) seen = seen || d == iso;
      if (!seen) article.mentioned_dates.push_back(iso);
    }
  };
  add_mentions(find_date_mentions(entity_text, tokens, year));
  if (!cleaned.captions.empty()) add_mentions(find_date_mentions(cleaned.captions, year));
}

}  // namespace lsearch
