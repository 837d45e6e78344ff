#include "common/analysis/index_words.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <limits>

#include "common/analysis/normalizer_filters.h"

namespace lsearch {

using index_words_detail::is_digit;
using index_words_detail::kMaxWordLength;
using index_words_detail::word_char;

namespace {

// The ASCII characters as Xapian sees them, read from Xapian itself.
struct AsciiClasses {
  std::array<char, 128> word{};  // word_char(): 0, or the lower-cased character
  std::array<bool, 128> digit{};
  AsciiClasses() {
    for (unsigned c = 0; c < 128; ++c) {
      word[c] = static_cast<char>(word_char(c));
      digit[c] = is_digit(c);
    }
  }
};

const AsciiClasses& ascii_classes() {
  static const AsciiClasses classes;
  return classes;
}

// index_words of a run of ASCII bytes between two ASCII spaces, where
// normalize_text folds each byte alone. Normalisation and TermGenerator's rule
// look no further than such a run (spaces are neither word characters nor
// joiners, and the possessive and acronym filters stop at them), so the words
// of a text are the words of its runs: this is index_words_by_mapping's
// result on the run, without ICU, UTF-8 decoding or per-byte maps of the
// whole text (they were a third of an `lsearch oil` process). Buffers are
// reused from run to run. With `wanted`, a word whose first byte it does not
// hold is found but its term not written (index_words.h).
class AsciiRunWords {
 public:
  explicit AsciiRunWords(const std::bitset<256>* wanted) : wanted_(wanted) {}

  // `filtered`: the run holds one of ' ` . (what the filters and folding act on).
  template <typename Sink>
  void add(std::string_view text, std::size_t begin, std::size_t end, bool filtered, Sink& words) {
    // Without these bytes the filters keep every byte and folding only lowers
    // letters, which word_char() does anyway: the run is split as it is.
    if (!filtered) {
      split(
          text.substr(begin, end - begin), [](std::size_t k) { return k; },
          [](std::size_t k) { return k + 1; }, begin, words);
      return;
    }
    normalise(text, begin, end);
    split(
        text_, [this](std::size_t k) { return std::size_t{from_[k]}; },
        [this](std::size_t k) { return std::size_t{to_[k]}; }, begin, words);
  }

 private:
  // folded_ = the run folded; then the filters, each dropped byte belonging to the byte before.
  void normalise(std::string_view text, std::size_t begin, std::size_t end) {
    folded_.clear();
    for (std::size_t k = begin; k < end; ++k)
      folded_.push_back(normalizer_detail::fold_ascii_byte(text[k]));
    stripped_.clear();
    stripped_from_.clear();
    stripped_to_.clear();
    keep(folded_, stripped_, stripped_from_, stripped_to_, nullptr, nullptr,
         [](const std::string& s, auto&& k) { normalizer_detail::strip_possessives(s, k); });
    text_.clear();
    from_.clear();
    to_.clear();
    keep(stripped_, text_, from_, to_, &stripped_from_, &stripped_to_,
         [](const std::string& s, auto&& k) { normalizer_detail::join_acronyms(s, k); });
  }

  // The bytes of `in` that `filter` keeps, with their sources (in_from/in_to, or the byte itself).
  template <typename Filter>
  static void keep(const std::string& in, std::string& out, std::vector<std::uint32_t>& from,
                   std::vector<std::uint32_t>& to, const std::vector<std::uint32_t>* in_from,
                   const std::vector<std::uint32_t>* in_to, Filter&& filter) {
    std::size_t next = 0;  // the first byte of `in` not yet kept or dropped
    auto source_end = [&](std::size_t k) {
      return in_to != nullptr ? (*in_to)[k] : static_cast<std::uint32_t>(k + 1);
    };
    auto drop_until = [&](std::size_t k) {
      for (; next < k; ++next)
        if (!to.empty()) to.back() = std::max(to.back(), source_end(next));
    };
    filter(in, [&](std::size_t k) {
      drop_until(k);
      out.push_back(in[k]);
      from.push_back(in_from != nullptr ? (*in_from)[k] : static_cast<std::uint32_t>(k));
      to.push_back(source_end(k));
      next = k + 1;
    });
    drop_until(in.size());
  }

  // A term's length without its bytes: for the words `wanted_` turns away.
  struct TermLength {
    std::size_t length = 0;
    void push_back(char) { ++length; }
    std::size_t size() const { return length; }
    void resize(std::size_t n) { length = n; }
  };

  // split_index_words on `s`, whose byte k came from run bytes [from(k), to(k)).
  template <typename From, typename To, typename Sink>
  void split(std::string_view s, From&& from, To&& to, std::size_t offset, Sink& words) const {
    std::size_t p = 0;
    while (p < s.size()) {
      const char first_char = ascii_.word[static_cast<unsigned char>(s[p])];
      if (first_char == 0) {
        ++p;
        continue;
      }
      const std::size_t first = p;
      const bool numeric = ascii_.digit[static_cast<unsigned char>(first_char)];
      if (wanted_ != nullptr && !wanted_->test(static_cast<unsigned char>(first_char))) {
        TermLength term;
        const std::size_t term_end = read_word(ascii_, s, p, term);
        if (term.size() <= kMaxWordLength)
          words.skipped(offset + from(first), offset + to(term_end - 1), numeric);
        continue;
      }
      Token word;
      const std::size_t term_end = read_word(ascii_, s, p, word.norm);
      word.begin = offset + from(first);
      word.end = offset + to(term_end - 1);
      word.numeric = numeric;
      if (word.norm.size() <= kMaxWordLength) words.word(std::move(word));
    }
  }

  // read_word() above on ASCII: the word at s[p] into `term` (a std::string or
  // a TermLength), p after it; where the term ends.
  template <typename Term>
  static std::size_t read_word(const AsciiClasses& ascii, std::string_view s, std::size_t& p,
                               Term& term) {
    auto word = [&](std::size_t k) { return ascii.word[static_cast<unsigned char>(s[k])]; };
    const std::size_t n = s.size();
    while (true) {
      char previous = 0;
      do {
        previous = word(p);
        term.push_back(previous);
        if (++p == n) return n;
      } while (word(p) != 0);
      if (p + 1 == n || word(p + 1) == 0) break;
      const char c = s[p];
      const bool digits = ascii.digit[static_cast<unsigned char>(previous)] &&
                          ascii.digit[static_cast<unsigned char>(s[p + 1])];
      const bool joins = digits ? c == ',' || c == '.' || c == ';' : c == '\'' || c == '&';
      if (!joins) break;
      term.push_back(c);
      ++p;
    }
    // Up to three '+' or '#' end a word (c++, c#), unless a word character follows (fish+chips).
    const std::size_t length = term.size(), term_end = p;
    for (unsigned count = 0; s[p] == '+' || s[p] == '#';) {
      if (++count > 3) {
        term.resize(length);
        return term_end;
      }
      term.push_back(s[p]);
      if (++p == n) return n;
    }
    if (word(p) != 0) {
      term.resize(length);
      return term_end;
    }
    return p;
  }

  const AsciiClasses& ascii_ = ascii_classes();
  const std::bitset<256>* wanted_;
  std::string folded_, stripped_, text_;
  std::vector<std::uint32_t> stripped_from_, stripped_to_, from_, to_;
};

// index_words_by_mapping of original[begin, end), which starts and ends at a run's edge.
template <typename Sink>
void add_mapped_words(std::string_view original, std::size_t begin, std::size_t end, Sink& words) {
  for (Token& word : index_words_by_mapping(original.substr(begin, end - begin))) {
    word.begin += begin;
    word.end += begin;
    words.word(std::move(word));
  }
}

// What index_words asks of a byte, in one look-up: the ends of runs, the
// bytes the filters act on, and those that are not ASCII.
enum : std::uint8_t { kSpace = 1, kFiltered = 2, kNotAscii = 4 };
constexpr std::array<std::uint8_t, 256> kByteKinds = [] {
  std::array<std::uint8_t, 256> kinds{};
  for (unsigned c = 0; c < 256; ++c) {
    const char ch = static_cast<char>(c);
    if (normalizer_detail::is_ascii_space(ch)) kinds[c] = kSpace;
    if (ch == '\'' || ch == '`' || ch == '.') kinds[c] = kFiltered;
    if (c >= 0x80) kinds[c] = kNotAscii;
  }
  return kinds;
}();

// One pass over each run finds its end, whether it is ASCII and whether the
// filters have anything to do in it.
template <typename Sink>
void index_words_of(std::string_view original, const std::bitset<256>* wanted, Sink& words) {
  if (original.size() > std::numeric_limits<std::uint32_t>::max()) return;
  AsciiRunWords ascii_run(wanted);
  // Runs with a byte >= 0x80 go to the mapped path, neighbours together.
  std::size_t mapped_begin = 0, mapped_end = 0;
  auto flush_mapped = [&] {
    if (mapped_end > mapped_begin) add_mapped_words(original, mapped_begin, mapped_end, words);
    mapped_begin = mapped_end = 0;
  };
  auto kind = [&](std::size_t k) { return kByteKinds[static_cast<unsigned char>(original[k])]; };
  for (std::size_t i = 0; i < original.size();) {
    if (kind(i) == kSpace) {
      ++i;
      continue;
    }
    std::size_t j = i;
    std::uint8_t kinds = 0;  // of the run's bytes, ORed
    for (; j < original.size() && kind(j) != kSpace; ++j) kinds |= kind(j);
    if ((kinds & kNotAscii) == 0) {
      flush_mapped();
      ascii_run.add(original, i, j, (kinds & kFiltered) != 0, words);
    } else {
      if (mapped_end == 0) mapped_begin = i;
      mapped_end = j;
    }
    i = j;
  }
  flush_mapped();
}

// Where index_words_of puts the words: one Token each (a turned-away word's norm
// empty), or bounds for all and Tokens for the kept.
struct TokenSink {
  std::vector<Token> tokens;
  void word(Token&& token) { tokens.push_back(std::move(token)); }
  void skipped(std::size_t begin, std::size_t end, bool numeric) {
    tokens.push_back({begin, end, {}, false, numeric});
  }
};
struct SparseSink {
  SparseWords words;
  void word(Token&& token) {
    words.place.push_back(static_cast<std::uint32_t>(words.all.size()));
    words.all.push_back({token.begin, token.end});
    words.kept.push_back(std::move(token));
  }
  void skipped(std::size_t begin, std::size_t end, bool) { words.all.push_back({begin, end}); }
};

constexpr std::size_t kBytesPerWord = 6;  // news text: a word every 6 bytes or so

std::vector<Token> index_words_with(std::string_view original, const std::bitset<256>* wanted) {
  TokenSink sink;
  sink.tokens.reserve(original.size() / kBytesPerWord);
  index_words_of(original, wanted, sink);
  return std::move(sink.tokens);
}

}  // namespace

std::vector<Token> index_words(std::string_view original) {
  return index_words_with(original, nullptr);
}

std::vector<Token> index_words(std::string_view original, const std::bitset<256>& wanted) {
  return index_words_with(original, &wanted);
}

SparseWords index_words_sparse(std::string_view original, const std::bitset<256>& wanted) {
  SparseSink sink;
  sink.words.all.reserve(original.size() / kBytesPerWord);
  index_words_of(original, &wanted, sink);
  return std::move(sink.words);
}

}  // namespace lsearch
