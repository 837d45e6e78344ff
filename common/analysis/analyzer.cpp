#include "common/analysis/analyzer.h"

#include <array>

#include "common/analysis/normalizer.h"

namespace lsearch {
namespace {

constexpr const char* kLanguage = "english";
constexpr auto kStemStrategyIndex = Xapian::TermGenerator::STEM_SOME;
constexpr auto kStemStrategyQuery = Xapian::QueryParser::STEM_SOME;

// Only words that carry no meaning in a news query; they still match inside
// phrases because the index keeps them.
constexpr std::array<const char*, 33> kStopWords = {
    "a",    "an",   "and",   "are", "as",   "at",   "be",   "by",    "for",  "from", "has",
    "have", "in",   "is",    "it",  "its",  "of",   "on",   "or",    "that", "the",  "their",
    "then", "there", "these", "they", "this", "to",  "was",  "were", "will", "with", "which"};

}  // namespace

Analyzer::Analyzer() {
  for (const char* word : kStopWords) stopper_.add(word);
}

// A fresh Stem for each generator and parser: copies of a Xapian::Stem share
// one Snowball state, which is not thread-safe.
void Analyzer::configure(Xapian::TermGenerator& generator) const {
  generator.set_stemmer(Xapian::Stem(kLanguage));
  generator.set_stemming_strategy(kStemStrategyIndex);
}

void Analyzer::index_text(Xapian::TermGenerator& generator, std::string_view text,
                          Xapian::termcount wdf_inc, const std::string& prefix) const {
  generator.index_text(normalize_text(text), wdf_inc, prefix);
}

void Analyzer::configure(Xapian::QueryParser& parser) const {
  parser.set_stemmer(Xapian::Stem(kLanguage));
  parser.set_stemming_strategy(kStemStrategyQuery);
  parser.set_stopper(&stopper_);
}

Xapian::Stem Analyzer::make_stemmer() const { return Xapian::Stem(kLanguage); }

std::string Analyzer::normalize_query(std::string_view query) const {
  return lsearch::normalize_query(query);
}

std::string Analyzer::fingerprint() const {
  return "normalizer=" + std::to_string(kNormalizerVersion) + ";stemmer=" + kLanguage +
         ";strategy=some;stopwords=" + std::to_string(kStopWords.size());
}

}  // namespace lsearch
