#include "common/news/date_mentions.h"

#include <charconv>

#include "common/analysis/tokenizer.h"

namespace lsearch {
namespace {

int as_number(const Token& t, std::size_t max_digits) {
  if (!t.numeric || t.norm.size() > max_digits) return -1;
  int value = 0;
  auto [ptr, ec] = std::from_chars(t.norm.data(), t.norm.data() + t.norm.size(), value);
  return ec == std::errc() && ptr == t.norm.data() + t.norm.size() ? value : -1;
}

bool is_year(int v) {
  return v >= 1800 && v <= 2100;
}

// Only a small gap (space, comma, "of") may separate the parts of one date.
bool adjacent(std::string_view text, const Token& a, const Token& b) {
  if (b.begin < a.end || b.begin - a.end > 4) return false;
  for (std::size_t i = a.end; i < b.begin; ++i)
    if (text[i] != ' ' && text[i] != ',' && text[i] != '.') return false;
  return true;
}

}  // namespace

std::vector<DateMention> find_date_mentions(std::string_view text, int context_year) {
  return find_date_mentions(text, tokenize(text), context_year);
}

std::vector<DateMention> find_date_mentions(std::string_view text, const std::vector<Token>& tokens,
                                            int context_year) {
  std::vector<DateMention> out;
  const std::size_t n = tokens.size();
  auto at = [&](std::size_t i) -> const Token* { return i < n ? &tokens[i] : nullptr; };

  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    int month = t.capitalised ? month_from_name(t.norm) : 0;
    // "May" and "March" are also words: require a day or year next to them.
    if (month > 0) {
      const Token* next = at(i + 1);
      int day = next && adjacent(text, t, *next) ? as_number(*next, 2) : -1;
      if (day >= 1 && day <= 31) {
        const Token* after = at(i + 2);
        int year = after && adjacent(text, *next, *after) ? as_number(*after, 4) : -1;
        if (is_year(year) && day <= days_in_month(year, month)) {
          out.push_back({{year, month, day}, t.begin, after->end});
          i += 2;
        } else if (context_year > 0 && day <= days_in_month(context_year, month)) {
          out.push_back({{context_year, month, day}, t.begin, next->end});
          i += 1;
        }
        continue;
      }
      int year = next && adjacent(text, t, *next) ? as_number(*next, 4) : -1;
      if (is_year(year)) {
        out.push_back({{year, month, 0}, t.begin, next->end});
        i += 1;
      }
      continue;
    }
    int number = as_number(t, 4);
    const Token* next = at(i + 1);
    int next_month =
        next && next->capitalised && adjacent(text, t, *next) ? month_from_name(next->norm) : 0;
    if (number >= 1 && number <= 31 && next_month > 0) {  // "18 February 2020"
      const Token* after = at(i + 2);
      int year = after && adjacent(text, *next, *after) ? as_number(*after, 4) : -1;
      if (is_year(year) && number <= days_in_month(year, next_month)) {
        out.push_back({{year, next_month, number}, t.begin, after->end});
        i += 2;
        continue;
      }
    }
    if (t.norm.size() == 4 && is_year(number)) out.push_back({{number, 0, 0}, t.begin, t.end});
  }
  return out;
}

}  // namespace lsearch
