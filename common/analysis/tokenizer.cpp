#include "common/analysis/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <memory>

#include "common/analysis/normalizer.h"

namespace lsearch {
namespace {

// Creating a word BreakIterator costs about a millisecond: keep one per thread.
icu::BreakIterator* word_breaker() {
  thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    return U_FAILURE(status) ? nullptr : std::move(it);
  }();
  return breaker.get();
}

bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// Fast path for ASCII words; must agree with normalize_text() (a test checks it).
std::string normalize_ascii_word(std::string_view word) {
  std::string out(word);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (out.size() > 2 && out.ends_with("'s")) {
    out.resize(out.size() - 2);
  } else if (out.size() > 1 && out.ends_with("s'")) {
    out.pop_back();
  }
  return out;
}

UChar32 first_code_point(std::string_view s) {
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c;
}

// ICU's tokens of `text`, which starts at byte `offset` of the whole text.
void icu_tokens(std::string_view text, std::size_t offset, std::vector<Token>& tokens) {
  icu::BreakIterator* breaker = word_breaker();
  if (breaker == nullptr || text.empty()) return;
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return;
  breaker->setText(utext, status);
  int32_t begin = breaker->first();
  for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE;
       begin = end, end = breaker->next()) {
    int32_t rule = breaker->getRuleStatus();
    if (rule < UBRK_WORD_NONE_LIMIT) continue;
    auto b = static_cast<std::size_t>(begin);
    auto e = static_cast<std::size_t>(end);
    std::string_view word = text.substr(b, e - b);
    Token token;
    token.begin = offset + b;
    token.end = offset + e;
    token.norm = is_ascii(word) ? normalize_ascii_word(word) : normalize_text(word);
    token.capitalised = u_isupper(first_code_point(word)) != 0;
    token.numeric = rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT;
    if (!token.norm.empty()) tokens.push_back(std::move(token));
  }
  utext_close(utext);
}

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
// ASCII characters that can join letters or digits into one word (UAX #29
// MidLetter, MidNum, MidNumLet, Single/Double_Quote, ExtendNumLet, and '@').
bool is_joiner(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '\'' || c == '"' || c == '_' ||
         c == '@';
}
// Joiners that join only between two letters or digits, never at a run's edge.
bool is_inner_joiner(char c) {
  return is_joiner(c) && c != '_' && c != '@';
}
bool is_run_char(char c) {
  return is_letter(c) || is_digit(c) || is_joiner(c);
}

// ASCII text: every other character breaks words on both sides, so each run
// between them is tokenized alone. Runs of letters or of digits are words;
// anything subtler goes to ICU (tests and the tokenizer_parity fuzz target
// compare the two).
void ascii_tokens(std::string_view text, std::vector<Token>& tokens) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_run_char(text[i])) {
      ++i;
      continue;
    }
    std::size_t b = i;
    while (i < text.size() && is_run_char(text[i])) ++i;
    std::size_t e = i;
    while (b < e && is_inner_joiner(text[b])) ++b;
    while (e > b && is_inner_joiner(text[e - 1])) --e;
    if (b == e) continue;
    std::string_view run = text.substr(b, e - b);
    bool letters = true, digits = true;
    for (char c : run) {
      letters = letters && is_letter(c);
      digits = digits && is_digit(c);
    }
    if (!letters && !digits) {
      icu_tokens(run, b, tokens);
      continue;
    }
    Token token;
    token.begin = b;
    token.end = e;
    token.norm = normalize_ascii_word(run);
    token.capitalised = run[0] >= 'A' && run[0] <= 'Z';
    token.numeric = digits;
    tokens.push_back(std::move(token));
  }
}

}  // namespace

std::vector<Token> tokenize(std::string_view utf8) {
  std::vector<Token> tokens;
  if (is_ascii(utf8))
    ascii_tokens(utf8, tokens);
  else
    icu_tokens(utf8, 0, tokens);
  return tokens;
}

std::vector<Token> tokenize_with_icu(std::string_view utf8) {
  std::vector<Token> tokens;
  icu_tokens(utf8, 0, tokens);
  return tokens;
}

}  // namespace lsearch
