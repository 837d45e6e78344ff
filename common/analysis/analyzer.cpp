#include "common/analysis/analyzer.h"

#include <array>

#include "common/analysis/normalizer.h"

namespace lsearch {
namespace {

constexpr const char* kLanguage = "english";
// Only stemmed terms, with positions: phrases and NEAR work on stems, exact word
// forms are not kept. Indexing is about 30% faster than STEM_SOME and the index
// 20% smaller (bench/); highlighting does not need the exact forms (our own
// highlighter), and spelling gets its words from the text (DocumentBuilder).
constexpr auto kStemStrategyIndex = Xapian::TermGenerator::STEM_ALL_Z;
constexpr auto kStemStrategyQuery = Xapian::QueryParser::STEM_ALL_Z;

// Function words, left out of queries (they still match inside phrases, and a
// query made only of them is kept). The index keeps every word.
// clang-format off
constexpr std::array<const char*, 120> kStopWords = {
    "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at",
    "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
    "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
    "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if",
    "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "nor", "of",
    "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same",
    "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves",
    "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
    "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
    "with", "would", "you", "your"};
// clang-format on

}  // namespace

Analyzer::Analyzer() {
  for (const char* word : kStopWords) stopper_.add(word);
}

// A fresh Stem for each generator and parser: copies of a Xapian::Stem share
// one Snowball state, which is not thread-safe.
void Analyzer::configure(Xapian::TermGenerator& generator) const {
  generator.set_stemmer(make_stemmer());
  generator.set_stemming_strategy(kStemStrategyIndex);
}

std::string Analyzer::index_text(Xapian::TermGenerator& generator, std::string_view text,
                                 Xapian::termcount wdf_inc, const std::string& prefix) const {
  std::string normalized = normalize_text(text);
  generator.index_text(normalized, wdf_inc, prefix);
  return normalized;
}

void Analyzer::configure(Xapian::QueryParser& parser) const {
  parser.set_stemmer(make_stemmer());
  parser.set_stemming_strategy(kStemStrategyQuery);
  parser.set_stopper(&stopper_);
}

Xapian::Stem Analyzer::make_stemmer() const {
  return Xapian::Stem(kLanguage);
}

std::string Analyzer::normalize_query(std::string_view query) const {
  return lsearch::normalize_query(query);
}

std::string Analyzer::fingerprint() const {
  return "normalizer=" + std::to_string(kNormalizerVersion) + ";stemmer=" + kLanguage +
         ";strategy=all_z;stopwords=" + std::to_string(kStopWords.size());
}

}  // namespace lsearch
