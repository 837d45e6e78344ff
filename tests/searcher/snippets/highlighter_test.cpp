#include "searcher/snippets/highlighter.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <unordered_set>

#include "common/analysis/index_words.h"
#include "common/util/text.h"
#include "indexer/corpus/byte_source.h"
#include "indexer/corpus/jsonl_reader.h"

namespace lsearch {
namespace {

std::string marks(const Snippet& s) {
  std::string out;
  for (const auto& h : s.highlights) out += "[" + s.text.substr(h.begin, h.end - h.begin) + "]";
  return out;
}

// The snippet's text with its highlights in brackets.
std::string marked(const Snippet& s) {
  std::string out;
  std::size_t at = 0;
  for (const auto& h : s.highlights) {
    out += s.text.substr(at, h.begin - at) + "[" + s.text.substr(h.begin, h.end - h.begin) + "]";
    at = h.end;
  }
  return out + s.text.substr(at);
}

Xapian::Query parse(const std::string& q) {
  Analyzer analyzer;
  Xapian::QueryParser parser;
  analyzer.configure(parser);
  return parser.parse_query(analyzer.normalize_query(q), Xapian::QueryParser::FLAG_DEFAULT);
}

// f(article) for every article of the shared corpora named.
template <typename F>
void for_each_article(std::initializer_list<const char*> corpora, F&& f) {
  for (const char* corpus : corpora) {
    const std::string source =
        std::string(LSEARCH_SHARED_DIR) + "/corpora/" + corpus + "/articles.jsonl.gz";
    REQUIRE(std::filesystem::exists(source));
    Diagnostics diagnostics;
    for_each_line(source, true, 1 << 24, [&](std::string_view line, bool) {
      Article article;
      if (parse_jsonl_record(line, source, ReadLimits{}, diagnostics, article)) f(article);
    });
  }
}

}  // namespace

TEST_CASE("highlights follow the analysis: stems, possessives, accents, phrases") {
  Analyzer analyzer;
  struct Row {
    const char* query;
    const char* text;
    const char* expected;
  };
  const Row rows[] = {
      {"grave", "Mass graves were found.", "[graves]"},
      {"haftar", "Haftar\u2019s forces and HAFTAR.", "[Haftar\u2019s][HAFTAR]"},
      {"salame", "Ghassan Salam\u00E9 said.", "[Salam\u00E9]"},
      {"\"mass graves\"", "the mass graves in Tarhuna", "[mass graves]"},
      {"title:tripoli", "Clashes near Tripoli.", "[Tripoli]"},
      // The index's own words, on the original characters (common/analysis/index_words).
      {"finance", "the \uFB01nance minister", "[\uFB01nance]"},
      {"haftar", "\uFF28\uFF41\uFF46\uFF54\uFF41\uFF52 spoke",
       "[\uFF28\uFF41\uFF46\uFF54\uFF41\uFF52]"},
      {"ecole", "une e\u0301cole", "[e\u0301cole]"},
      {"\u0637\u0631\u0627\u0628\u0644\u0633",
       "\u0641\u064A \u0637\u0631\u0627\u0628\u0644\u0633\u060C \u0642\u0627\u0644",
       "[\u0637\u0631\u0627\u0628\u0644\u0633]"},
      {"\u5317\u4EAC\u5E02", "\u5728\u3001\u5317\u4EAC\u5E02\u3002", "[\u5317\u4EAC\u5E02]"},
      {"at&t", "AT&T and T-Mobile", "[AT&T]"},
      {"\"un envoy\"", "the U.N. envoy said", "[U.N. envoy]"},
  };
  for (const auto& row : rows) {
    std::string q = row.query;
    CAPTURE(q);
    HighlightTerms terms(parse(row.query), analyzer);
    CHECK(marks(make_snippet(row.text, terms, 200)) == row.expected);
  }
}

TEST_CASE("entity aliases highlight as whole names") {
  Analyzer analyzer;
  HighlightTerms terms(Xapian::Query(), analyzer);
  terms.add_alias_keys({"khalifa haftar", "field marshal haftar", "hifter"});
  Snippet s =
      make_snippet("Field Marshal Haftar met Khalifa Haftar and Hifter, not Khalifa.", terms, 200);
  CHECK(marks(s) == "[Field Marshal Haftar][Khalifa Haftar][Hifter]");
}

TEST_CASE("the snippet is the passage with the most distinct matches, cut with ellipses") {
  Analyzer analyzer;
  std::string filler(400, 'x');
  for (std::size_t i = 50; i < filler.size(); i += 51) filler[i] = ' ';
  std::string text = "Tripoli is mentioned early. " + filler +
                     " Later, mass graves near Tripoli were found. " + filler;
  HighlightTerms terms(parse("tripoli grave"), analyzer);
  Snippet s = make_snippet(text, terms, 80);
  CHECK(s.text.find("mass graves near Tripoli") != std::string::npos);
  CHECK(s.text.starts_with("\u2026"));
  CHECK(s.text.ends_with("\u2026"));
  CHECK(s.text.size() < 80 + 2 * 3 + 10);
  for (const auto& h : s.highlights) CHECK(h.end <= s.text.size());
}

TEST_CASE("without a match the snippet is the start of the text") {
  Analyzer analyzer;
  HighlightTerms terms(parse("absent"), analyzer);
  Snippet s = make_snippet("First words of the article.\nSecond line.", terms, 200);
  CHECK(s.text == "First words of the article. Second line.");
  CHECK(s.highlights.empty());
}

TEST_CASE("hostile text: highlights stay inside the text and on character boundaries") {
  Analyzer analyzer;
  HighlightTerms terms(parse("x"), analyzer);
  std::string text = "x";
  for (int i = 0; i < 100000; ++i) text += "\u0301 x\u200D\xFF";
  const std::vector<Highlight> all = highlight_all(text, terms);
  CHECK_FALSE(all.empty());
  for (const Highlight& h : all) {
    CHECK(h.begin < h.end);
    CHECK(h.end <= text.size());
    CHECK((static_cast<unsigned char>(text[h.begin]) & 0xC0) != 0x80);
  }
}

TEST_CASE("a snippet with no whole word in its window is cut on a character boundary") {
  Analyzer analyzer;
  HighlightTerms terms(parse("absent"), analyzer);
  // One 601-byte word: no word fits in 240 bytes, and byte 240 is inside an "é".
  std::string text = "x";
  for (int i = 0; i < 300; ++i) text += "\u00E9";
  Snippet s = make_snippet(text, terms, 240);
  std::string copy = s.text;
  CHECK(repair_utf8(copy) == 0);
  CHECK(s.text.size() <= 240 + 3);
}

// index_words takes a path of its own for runs of ASCII between spaces: the
// windows and highlights are the same wherever the matches are, and where
// normalisation changes a run's bytes (ligatures, marks, full-width letters).
TEST_CASE(
    "snippet windows at the start, the end and the middle, overlapping, across normalisation") {
  Analyzer analyzer;
  std::string filler;
  for (int i = 0; i < 30; ++i) filler += "word" + std::to_string(i) + " ";
  struct Row {
    const char* query;
    std::string text;
    const char* expected;
  };
  const Row rows[] = {
      {"oil", "Oil rose in early trade. " + filler,
       "[Oil] rose in early trade. word0 word1 word2 word3 word4 word5\u2026"},
      {"oil", filler + "and crude oil.", "\u2026and crude [oil]."},
      {"oil", filler + "then Oil's price rose. " + filler,
       "\u2026word29 then [Oil's] price rose. word0 word1 word2 word3 word4\u2026"},
      {"oil prices", filler + "oil, then prices, then oil prices. " + filler,
       "\u2026word28 word29 [oil], then [prices], then [oil prices]. word0 word1\u2026"},
      {"oil", filler + "the o.i.l. and OIL`S and oil\u00A0prices " + filler,
       "\u2026word29 the [o.i.l.] and [OIL`S] and [oil]\u00A0prices word0 word1\u2026"},
      {"finance", filler + "the \uFB01nance minister's \uFB01nances " + filler,
       "\u2026word29 the [\uFB01nance] minister's [\uFB01nances] word0 word1 word2\u2026"},
      {"oil", filler + "\uFF2F\uFF49\uFF4C and \uFF4F\uFF49\uFF4C's " + filler,
       "\u2026word28 word29 [\uFF2F\uFF49\uFF4C] and [\uFF4F\uFF49\uFF4C's] word0 word1 "
       "word2\u2026"},
      {"ecole", filler + "une e\u0301cole, E\u0301COLE's " + filler,
       "\u2026word29 une [e\u0301cole], [E\u0301COLE's] word0 word1 word2 word3 word4\u2026"},
      {"haftar", "Haftar\u2019s " + filler + "Haftar's forces' Haftar",
       "\u2026word28 word29 [Haftar's] forces' [Haftar]"},
      {"u.s. trade", filler + "U.S. trade, the U.S.'s trade-off " + filler,
       "\u2026word28 word29 [U.S. trade], the [U.S.'s trade]-off word0 word1\u2026"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    HighlightTerms terms(parse(row.query), analyzer);
    CHECK(marked(make_snippet(row.text, terms, 60)) == row.expected);
  }
}

TEST_CASE("index words of two real corpora: the ASCII runs' path gives the mapped path's words") {
  std::size_t articles = 0, differing = 0;
  for_each_article({"reuters21578", "bbc", "reuters_headlines_libya"}, [&](const Article& article) {
    ++articles;
    for (const std::string* text : {&article.title, &article.body}) {
      const std::vector<Token> fast = index_words(*text), mapped = index_words_by_mapping(*text);
      bool same = fast.size() == mapped.size();
      for (std::size_t k = 0; same && k < fast.size(); ++k)
        same = fast[k].begin == mapped[k].begin && fast[k].end == mapped[k].end &&
               fast[k].norm == mapped[k].norm && fast[k].numeric == mapped[k].numeric;
      if (!same) ++differing;
    }
  });
  CHECK(articles > 30000);
  CHECK(differing == 0);
}

// HighlightTerms::is_query_word stems only words whose first byte starts a
// query stem: that is exact only while the stemmer keeps first bytes.
TEST_CASE("the stemmer keeps the first byte of every word of two real corpora") {
  Analyzer analyzer;
  Xapian::Stem stem = analyzer.make_stemmer();
  std::unordered_set<std::string> words;
  for (const char* corpus : {"reuters21578", "bbc"}) {
    const std::string source =
        std::string(LSEARCH_SHARED_DIR) + "/corpora/" + corpus + "/articles.jsonl.gz";
    REQUIRE(std::filesystem::exists(source));
    for_each_line(source, true, 1 << 24, [&](std::string_view line, bool) {
      for (const Token& token : index_words(line)) words.insert(token.norm);
    });
  }
  CHECK(words.size() > 50000);
  std::vector<std::string> changed;
  for (const std::string& word : words) {
    if (word.empty() || word[0] == '\'') continue;  // a leading apostrophe is dropped
    const std::string stemmed = stem(word);
    if (stemmed.empty() || stemmed[0] != word[0]) changed.push_back(word + " -> " + stemmed);
  }
  CHECK(changed == std::vector<std::string>{});
}

// make_snippet and highlight_all read only the terms of words whose first byte
// HighlightTerms::first_bytes() holds: on every title and text of two corpora
// that gives the same words, offsets and matches as reading every term, so the
// same snippets and highlights; and so do the kept words of index_words_sparse
// with every word's bounds (what make_snippet reads).
TEST_CASE("the first-byte filter changes no match on every text of two real corpora") {
  Analyzer analyzer;
  std::vector<HighlightTerms> queries;
  for (const char* q : {"oil", "oil prices", "\"bank of japan\"", "interest rates", "u.s. trade",
                        "coffee wheat gold", "title:opec output"})
    queries.emplace_back(parse(q), analyzer);
  queries.emplace_back(parse("tin"), analyzer);
  queries.back().add_alias_keys({"bank of japan", "opec", "u s", "james baker",
                                 "international "
                                 "monetary fund",
                                 "imf", "o'neill", "1987"});
  std::size_t texts = 0, matches = 0, differing = 0;
  for_each_article({"reuters21578", "bbc"}, [&](const Article& article) {
    for (const std::string* text : {&article.title, &article.body}) {
      ++texts;
      const std::vector<Token> all = index_words(*text);
      for (const HighlightTerms& terms : queries) {
        const std::vector<Token> some = index_words(*text, terms.first_bytes());
        const std::vector<std::uint8_t> expected = terms.match(*text, all);
        bool same = some.size() == all.size() && terms.match(*text, some) == expected;
        for (std::size_t k = 0; same && k < all.size(); ++k)
          same = some[k].begin == all[k].begin && some[k].end == all[k].end &&
                 (expected[k] == HighlightTerms::kNoMatch || some[k].norm == all[k].norm);
        // What make_snippet reads: every word's bounds, the kept words' matches.
        const SparseWords sparse = index_words_sparse(*text, terms.first_bytes());
        const std::vector<std::uint8_t> kept = terms.match(*text, sparse);
        same = same && sparse.all.size() == all.size() && kept.size() == sparse.place.size();
        std::vector<std::uint8_t> spread(all.size(), HighlightTerms::kNoMatch);
        for (std::size_t k = 0; same && k < kept.size(); ++k) spread[sparse.place[k]] = kept[k];
        same = same && spread == expected;
        for (std::size_t k = 0; same && k < all.size(); ++k)
          same = sparse.all[k].begin == all[k].begin && sparse.all[k].end == all[k].end;
        matches += static_cast<std::size_t>(
            std::count_if(expected.begin(), expected.end(), [](std::uint8_t m) { return m; }));
        if (!same) ++differing;
      }
    }
  });
  CHECK(texts > 45000);
  CHECK(matches > 100000);
  CHECK(differing == 0);
}

TEST_CASE("words of other first bytes are not stemmed, and stems still match across them") {
  Analyzer analyzer;
  HighlightTerms terms(parse("oil prices"), analyzer);
  CHECK(marks(make_snippet("Oily pricing: oil priced, Price and OILS; soil and spoil.", terms,
                           200)) == "[pricing][oil priced][Price][OILS]");
}

TEST_CASE("a name does not run across a word whose term was not read") {
  Analyzer analyzer;
  HighlightTerms terms(parse("tin"), analyzer);
  terms.add_alias_keys({"bank japan"});
  CHECK(terms.keys_skip_no_word());
  // "of" is turned away (no key word starts with 'o'): "Bank of Japan" is no "bank japan".
  CHECK(marks(make_snippet("Bank of Japan, tin. Bank Japan.", terms, 200)) == "[tin][Bank Japan]");
  // Adjacent matches are one candidate: the window opens before the first of them.
  CHECK(marks(make_snippet("tin tin", terms, 200)) == "[tin tin]");
  // A key with an empty word could take in a turned-away word: every word is kept then.
  HighlightTerms spaced(parse("tin"), analyzer);
  spaced.add_alias_keys({"bank  japan", "tin "});
  CHECK_FALSE(spaced.keys_skip_no_word());
  // ("bank  japan" takes in the turned-away "of" as its empty word, as it did
  // when every word was read).
  CHECK(marks(make_snippet("Bank of Japan, tin.", spaced, 200)) == "[Bank of Japan][tin]");
}

}  // namespace lsearch
