#include "common/analysis/query_lexer.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace lsearch {
namespace {

// One letter per token: w word, o operator, p prefix, q quote, * star, _ space, x other;
// upper case when the token is a field's value, '"' after it when it is inside a phrase.
std::string shape(std::string_view query) {
  std::string out;
  for (const QueryToken& t : lex_query(query)) {
    char c =
        "wop"
        "q*_x"[static_cast<int>(t.kind)];
    if (!t.field.empty() && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    out.push_back(c);
    if (t.in_phrase && t.kind != QueryTokenKind::kQuote) out.push_back('"');
  }
  return out;
}

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  for_each_word(text, [&](std::string_view w) { out.emplace_back(w); });
  return out;
}

}  // namespace

TEST_CASE("query lexer: words, operators, fields, phrases, wildcards") {
  struct Row {
    const char* query;
    const char* shape;
  };
  const Row rows[] = {
      {"mass graves", "w_w"},
      {"oil OR gas", "w_o_w"},
      {"haftar NEAR/3 tripoli", "w_o_w"},
      {"haftar NOTE", "w_x"},  // not an operator word
      {"tarhun*", "w*"},
      {"\"oil mark*\"", "qw\"_\"w\"*\"q"},
      {"title:mark*", "pW*"},
      {"actor:\"khalifa haftar\" oil", "pQW\"_\"W\"Q_w"},
      {"date:2019-04..2019-06 oil", "pWXWXXWXW_w"},
      {"(a OR b) -c", "xw_o_wx_xw"},
      {"covid19 l'aquila", "w_w"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.query);
    CHECK(shape(row.query) == row.shape);
  }
  CHECK(lex_query("title:x")[0].text == "title");
  CHECK(lex_query("title:x")[1].field == "title");
}

TEST_CASE("the word rule: letters, digits, inner apostrophes, any non-ASCII byte") {
  CHECK(
      words("mass graves, covid19; l'aquila 'quoted' salam\xc3\xa9") ==
      std::vector<std::string>{"mass", "graves", "covid19", "l'aquila", "quoted", "salam\xc3\xa9"});
  CHECK(words("-- '' ...").empty());
}

}  // namespace lsearch
