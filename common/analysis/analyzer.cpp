#include "common/analysis/analyzer.h"

#include <algorithm>
#include <array>
#include <vector>

#include "common/analysis/normalizer.h"
#include "common/schema/versions.h"

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
// query made only of them is kept). The index keeps every word. Sorted.
// clang-format off
constexpr std::array<std::string_view, 120> kStopWords = {
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
// Their English stems, sorted: a table rather than 120 Snowball calls in every
// process (0.4M of the 10.9M instructions of an `lsearch oil`); a unit test
// stems the words and compares.
constexpr std::array<std::string_view, 113> kStopStems = {
    "a", "about", "abov", "after", "again", "against", "all", "am", "an", "and", "ani", "are", "as",
    "at", "be", "becaus", "been", "befor", "below", "between", "both", "but", "by", "can", "could",
    "did", "do", "doe", "down", "dure", "each", "few", "for", "from", "further", "had", "has", "have",
    "he", "her", "here", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it",
    "itself", "just", "me", "more", "most", "my", "myself", "nor", "of", "off", "on", "onc", "onli",
    "or", "other", "our", "ourselv", "out", "over", "own", "same", "she", "should", "so", "some",
    "such", "than", "that", "the", "their", "them", "themselv", "then", "there", "these", "they",
    "this", "those", "through", "to", "too", "under", "until", "up", "veri", "was", "we", "were",
    "what", "when", "where", "whi", "which", "while", "who", "whom", "will", "with", "would", "you",
    "your"};
// clang-format on
static_assert(std::is_sorted(kStopWords.begin(), kStopWords.end()));
static_assert(std::is_sorted(kStopStems.begin(), kStopStems.end()));

template <std::size_t N>
bool in_table(const std::array<std::string_view, N>& table, std::string_view word) {
  return std::binary_search(table.begin(), table.end(), word);
}

// Xapian's TermGenerator asks its stopper about every word; with STOP_ALL a
// stopped word gets no term and no position. This one records the words it
// stops, so index_text adds them back as terms without positions, and moves the
// position on by one for each (TermGenerator 1.4 does not: its cur_pos is what
// increase_termpos changes, and the next word reads it), so phrase windows
// still count every word (tests/common/analysis/positional_query_test.cpp).
class UnpositionedWords : public Xapian::Stopper {
 public:
  UnpositionedWords(const Analyzer& analyzer, Xapian::TermGenerator& generator)
      : analyzer_(analyzer), generator_(generator) {}
  bool operator()(const std::string& word) const override {
    if (!analyzer_.is_unpositioned(word)) return false;
    words_.push_back(word);
    generator_.increase_termpos(1);
    return true;
  }
  const std::vector<std::string>& words() const { return words_; }

 private:
  const Analyzer& analyzer_;
  Xapian::TermGenerator& generator_;
  mutable std::vector<std::string> words_;  // operator() is const in Xapian's interface
};

}  // namespace

bool Analyzer::StopWords::operator()(const std::string& word) const {
  return in_table(kStopWords, word);
}

std::span<const std::string_view> Analyzer::stop_words() {
  return kStopWords;
}

std::span<const std::string_view> Analyzer::stop_stems() {
  return kStopStems;
}

bool Analyzer::is_unpositioned_term(const std::string& term) const {
  std::size_t stem_at = 0;  // after the prefixes: they are upper case, stems never are
  while (stem_at < term.size() && term[stem_at] >= 'A' && term[stem_at] <= 'Z') ++stem_at;
  return stem_at < term.size() && in_table(kStopStems, std::string_view(term).substr(stem_at));
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
  UnpositionedWords unpositioned(*this, generator);
  generator.set_stopper(&unpositioned);
  generator.set_stopper_strategy(Xapian::TermGenerator::STOP_ALL);
  try {
    generator.index_text(normalized, wdf_inc, prefix);
  } catch (...) {
    generator.set_stopper(nullptr);
    throw;
  }
  generator.set_stopper(nullptr);
  // The same term TermGenerator would have made (STEM_ALL_Z: stem marker + prefix + stem).
  Xapian::Document doc = generator.get_document();  // a handle on the same document
  thread_local Xapian::Stem stemmer(kLanguage);     // Stem is not thread-safe
  for (const std::string& word : unpositioned.words())
    doc.add_term(std::string(field_spec(Field::kStem).prefix) + prefix + stemmer(word), wdf_inc);
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
         ";strategy=all_z;stopwords=" + std::to_string(kStopWords.size()) +
         ";unpositioned=stopwords";
}

}  // namespace lsearch
