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

}  // namespace

std::vector<Token> tokenize(std::string_view utf8) {
  std::vector<Token> tokens;
  icu::BreakIterator* breaker = word_breaker();
  if (breaker == nullptr || utf8.empty()) return tokens;
  UErrorCode status = U_ZERO_ERROR;
  UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return tokens;
  breaker->setText(text, status);
  int32_t begin = breaker->first();
  for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE;
       begin = end, end = breaker->next()) {
    int32_t rule = breaker->getRuleStatus();
    if (rule < UBRK_WORD_NONE_LIMIT) continue;
    auto b = static_cast<std::size_t>(begin);
    auto e = static_cast<std::size_t>(end);
    std::string_view word = utf8.substr(b, e - b);
    Token token;
    token.begin = b;
    token.end = e;
    token.norm = is_ascii(word) ? normalize_ascii_word(word) : normalize_text(word);
    token.capitalised = u_isupper(first_code_point(word)) != 0;
    token.numeric = rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT;
    if (!token.norm.empty()) tokens.push_back(std::move(token));
  }
  utext_close(text);
  return tokens;
}

}  // namespace lsearch
