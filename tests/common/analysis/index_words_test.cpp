// index_words: the index's own words (Xapian's TermGenerator on normalised
// text), with offsets into the original text. Tables compare the split with
// the real TermGenerator, and the offsets with the characters they cover.
#include "common/analysis/index_words.h"

#include <doctest/doctest.h>
#include <xapian.h>

#include <algorithm>
#include <bitset>
#include <iterator>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "common/analysis/normalized_text.h"
#include "common/analysis/normalizer.h"

namespace lsearch {
namespace {

// The unstemmed terms TermGenerator makes of `normalized`, in position order.
std::vector<std::string> termgenerator_words(const std::string& normalized) {
  Xapian::TermGenerator generator;
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_NONE);
  Xapian::Document doc;
  generator.set_document(doc);
  generator.index_text(normalized);
  std::map<Xapian::termpos, std::string> at;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
    for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) at[*p] = *t;
  std::vector<std::string> words;
  for (const auto& [pos, word] : at) words.push_back(word);
  return words;
}

std::vector<std::string> split_words(const std::string& normalized) {
  std::vector<std::string> words;
  for (const Token& t : split_index_words(normalized)) words.push_back(t.norm);
  return words;
}

// "" when index_words and index_words_by_mapping give the same tokens, else the first difference.
std::string same_words(const std::string& text) {
  const std::vector<Token> fast = index_words(text), mapped = index_words_by_mapping(text);
  for (std::size_t k = 0; k < std::max(fast.size(), mapped.size()); ++k) {
    if (k >= fast.size() || k >= mapped.size())
      return "word " + std::to_string(k) + ": one side ends (" + std::to_string(fast.size()) +
             " vs " + std::to_string(mapped.size()) + ")";
    const Token &a = fast[k], &b = mapped[k];
    if (a.begin != b.begin || a.end != b.end || a.norm != b.norm || a.numeric != b.numeric ||
        a.capitalised != b.capitalised)
      return "word " + std::to_string(k) + ": " + a.norm + " [" + std::to_string(a.begin) + "," +
             std::to_string(a.end) + ") vs " + b.norm + " [" + std::to_string(b.begin) + "," +
             std::to_string(b.end) + ")";
  }
  return "";
}

// The original text each index word covers.
std::vector<std::string> covered(const std::string& original) {
  std::vector<std::string> out;
  for (const Token& t : index_words(original))
    out.push_back(original.substr(t.begin, t.end - t.begin));
  return out;
}

const char* const kTricky[] = {
    "AT&T and M&S, o'brien, don't, rock 'n' roll",
    "c++ c# f# fish+chips ab+++ c++++ x+",
    "1,000.5 dollars, 3.14; 2019-04-05, 10:30, 1.2.3",
    "U.N. envoy, U.S.A., e.g. p.m.",
    "Haftar\u2019s forces' advance, Haftar's",
    "Salam\u00E9 na\u00EFve \u00E9cole e\u0301cole \uFB01nance \u00DF stra\u00DFe",
    "\uFF28\uFF41\uFF46\uFF54\uFF41\uFF52 \uFF11\uFF12\uFF13",
    "\u0637\u0631\u0627\u0628\u0644\u0633\u060C \u0623\u062D\u0645\u062F "
    "\u0637\u0640\u0631\u0627\u0628\u0644\u0633 \u0645\u064F\u062D\u064E\u0645\u064E\u0651\u062F",
    "\u5317\u4EAC\u5E02\u3001\u4E0A\u6D77\u3002 \u6771\u4EAC \u30AB\u30BF\u30AB\u30CA \uFF76\uFF9E",
    "zero\u200Bwidth joi\u200Dner soft\u00ADhyphen snake_case __init__",
    "\u00AB guillemets \u00BB \u201Cquotes\u201D \u2014 dash\u2013en \u2026 ellipsis",
    "emoji \U0001F600 and \U0001F1F1\U0001F1FE flags, \u2460 circled",
    "a-very-long-word-"
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa end",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa too long",
    "'quoted' ''double'' end' 'start x'y",
    "Greek \u0391\u03B8\u03AE\u03BD\u03B1 \u03C3\u03BF\u03C6\u03AF\u03B1\u0387 Cyrillic "
    "\u041C\u043E\u0441\u043A\u0432\u0430",
    "Hindi \u0928\u0908 \u0926\u093F\u0932\u094D\u0932\u0940 Thai "
    "\u0E01\u0E23\u0E38\u0E07\u0E40\u0E17\u0E1E",
    "",
    "   \t\n ",
    "\xFF\xFE bad bytes \xC3",
};

}  // namespace

TEST_CASE("index words are TermGenerator's words of the normalised text") {
  for (const char* text : kTricky) {
    const std::string normalized = normalize_text(text);
    CAPTURE(normalized);
    CHECK(split_words(normalized) == termgenerator_words(normalized));
  }
}

TEST_CASE("index words match TermGenerator on random strings of tricky characters") {
  const std::vector<std::string> alphabet = {
      "a",      "Z",       "7",      " ",      ".",      ",",      "'",
      "&",      "+",       "#",      "_",      "-",      ":",      "\u2019",
      "\u00E9", "e\u0301", "\uFB01", "\u0627", "\u0640", "\u060C", "\u5317",
      "\u3001", "\u200B",  "\u00B7", "\uFF21", "\u0661", "\u00AD", "\U0001F600"};
  std::mt19937 random(12);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1), length(0, 24);
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    for (std::size_t n = length(random); n > 0; --n) text += alphabet[pick(random)];
    const std::string normalized = normalize_text(text);
    CAPTURE(text);
    REQUIRE(normalize_text_mapped(text).text == normalized);
    REQUIRE(split_words(normalized) == termgenerator_words(normalized));
  }
}

TEST_CASE("the mapped normalisation is normalize_text, each byte pointing into the original") {
  for (const char* raw : kTricky) {
    const std::string text = raw;
    CAPTURE(text);
    const NormalizedText mapped = normalize_text_mapped(text);
    CHECK(mapped.text == normalize_text(text));
    REQUIRE(mapped.source_begin.size() == mapped.text.size());
    REQUIRE(mapped.source_end.size() == mapped.text.size());
    for (std::size_t k = 0; k < mapped.text.size(); ++k) {
      CHECK(mapped.source_begin[k] < mapped.source_end[k]);
      CHECK(mapped.source_end[k] <= text.size());
      if (k > 0) CHECK(mapped.source_begin[k - 1] <= mapped.source_begin[k]);
    }
  }
}

TEST_CASE("each index word covers the original characters it came from") {
  struct Row {
    const char* text;
    std::vector<std::string> covered;
  };
  const Row rows[] = {
      {"Haftar\u2019s forces' push", {"Haftar\u2019s", "forces'", "push"}},
      {"Ghassan Salam\u00E9, the U.N. envoy", {"Ghassan", "Salam\u00E9", "the", "U.N.", "envoy"}},
      {"e\u0301cole \uFB01nance", {"e\u0301cole", "\uFB01nance"}},
      {"\uFF28\uFF41\uFF46\uFF54\uFF41\uFF52 speaks",
       {"\uFF28\uFF41\uFF46\uFF54\uFF41\uFF52", "speaks"}},
      {"\u0637\u0631\u0627\u0628\u0644\u0633\u060C "
       "\u0637\u0640\u0631\u0627\u0628\u0644\u0633\u0629",
       {"\u0637\u0631\u0627\u0628\u0644\u0633",
        "\u0637\u0640\u0631\u0627\u0628\u0644\u0633\u0629"}},
      {"\u5317\u4EAC\u5E02\u3001\u4E0A\u6D77\u3002", {"\u5317\u4EAC\u5E02", "\u4E0A\u6D77"}},
      {"AT&T sold c++ tools for 1,000.5 dlrs",
       {"AT&T", "sold", "c++", "tools", "for", "1,000.5", "dlrs"}},
      {"zero\u200Bwidth", {"zero\u200Bwidth"}},
  };
  for (const auto& row : rows) {
    std::string text = row.text;
    CAPTURE(text);
    CHECK(covered(text) == row.covered);
  }
}

TEST_CASE("hostile text: long runs of marks, joiners and bad bytes stay bounded and exact") {
  std::string marks = "a";
  for (int i = 0; i < 40000; ++i) marks += "\u0301";  // one 'a' carrying 40,000 accents
  std::string joiners;
  for (int i = 0; i < 20000; ++i) joiners += "x\u200D";
  std::string junk;
  std::mt19937 random(7);
  for (int i = 0; i < 200000; ++i) junk.push_back(static_cast<char>(random()));
  for (const std::string* text : {&marks, &joiners, &junk}) {
    const NormalizedText mapped = normalize_text_mapped(*text);
    CHECK(mapped.text == normalize_text(*text));
    for (const Token& t : index_words(*text)) {
      CHECK(t.begin < t.end);
      CHECK(t.end <= text->size());
    }
  }
  CHECK(covered(marks) == std::vector<std::string>{marks});
  for (const std::string* text : {&marks, &joiners, &junk}) CHECK(same_words(*text) == "");
}

TEST_CASE("runs of ASCII take their own path to the mapped path's words") {
  const char* const rows[] = {
      "Japan's U.S.-made AT&T's c++. 1,000.5's a.b.c.d x' '' s' forces'",
      "JAPAN`S `quoted` U.N.'s e.g., i.e. p.m.'s a. b. A.B u.s.a",
      "c++ c+++ c++++ c+ #1 c#. fish+chips +5 1+1 ++ 3.14; 1,2,3 1;2 1.a a.1",
      "snake_case __init__ _x x_ a&&b a&b&c a'b'c 'tis rock'n'roll",
      "\ttabs\nnew\rlines\vvertical\fform feed",
      "ASCII then \u00E9cole then ASCII, \uFB01nance\u00A0prices, \uFF2F\uFF49\uFF4C's",
      "Haftar\u2019s forces' and Haftar's, \u0637\u0640\u0631 x.y.z",
      "e\u0301cole U.N.\u0301 a\u0301's \xFF's bad.\xC3 bytes",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa's long",
  };
  for (const char* text : rows) CHECK(same_words(text) == "");
  for (const char* text : kTricky) CHECK(same_words(text) == "");
}

TEST_CASE("runs of ASCII: the same words as the mapped path on random strings") {
  const std::vector<std::string> alphabet = {
      "a",      "Z",      "s",      "S",      "7",      "0",      " ",      " ",   "\t",
      "\n",     "\v",     "\f",     "\r",     ".",      ",",      ";",      "'",   "`",
      "&",      "+",      "#",      "_",      "-",      ":",      "u",      "N",   "x",
      "\u00E9", "\u0301", "\uFB01", "\u00A0", "\u2019", "\u0640", "\uFF21", "\xFF"};
  std::mt19937 random(15);
  std::uniform_int_distribution<std::size_t> length(0, 40);
  std::uniform_int_distribution<int> ascii_only(0, 3);
  for (int i = 0; i < 20000; ++i) {
    // Three strings in four are pure ASCII, which is what the fast path sees.
    const std::size_t last_ascii = ascii_only(random) != 0 ? 26 : alphabet.size() - 1;
    std::uniform_int_distribution<std::size_t> some(0, last_ascii);
    std::string text;
    for (std::size_t n = length(random); n > 0; --n) text += alphabet[some(random)];
    CAPTURE(text);
    REQUIRE(same_words(text) == "");
  }
}

namespace {

// "" when index_words(text, wanted) is index_words(text) but for the terms of
// words whose first term byte `wanted` lacks, which may be left empty.
std::string same_filtered(const std::string& text, const std::bitset<256>& wanted) {
  const std::vector<Token> all = index_words(text), some = index_words(text, wanted);
  if (all.size() != some.size())
    return "word counts " + std::to_string(all.size()) + " vs " + std::to_string(some.size());
  for (std::size_t k = 0; k < all.size(); ++k) {
    const Token &a = all[k], &b = some[k];
    const bool term_ok =
        b.norm == a.norm || (b.norm.empty() && !wanted.test(static_cast<unsigned char>(a.norm[0])));
    if (a.begin != b.begin || a.end != b.end || a.numeric != b.numeric || !term_ok)
      return "word " + std::to_string(k) + ": " + a.norm + " vs " + b.norm;
  }
  return "";
}

// "" when index_words_sparse(text, wanted) holds index_words(text, wanted)'s
// bounds, and exactly its words with a term, at their places.
std::string same_sparse(const std::string& text, const std::bitset<256>& wanted) {
  const std::vector<Token> some = index_words(text, wanted);
  const SparseWords sparse = index_words_sparse(text, wanted);
  if (sparse.all.size() != some.size() || sparse.kept.size() != sparse.place.size())
    return "word counts";
  std::size_t kept = 0;
  for (std::size_t k = 0; k < some.size(); ++k) {
    if (sparse.all[k].begin != some[k].begin || sparse.all[k].end != some[k].end)
      return "bounds of word " + std::to_string(k);
    if (some[k].norm.empty()) continue;
    if (kept == sparse.kept.size() || sparse.place[kept] != k)
      return "place of word " + some[k].norm;
    const Token& t = sparse.kept[kept++];
    if (t.norm != some[k].norm || t.begin != some[k].begin || t.end != some[k].end ||
        t.numeric != some[k].numeric)
      return "kept word " + some[k].norm + " vs " + t.norm;
  }
  return kept == sparse.kept.size() ? "" : "more kept words than terms";
}

}  // namespace

TEST_CASE("a first-byte filter keeps every word and offset, and the terms it wants") {
  std::bitset<256> none, o, many, all;
  o.set('o');
  for (const char c : std::string("ou'1as_ce")) many.set(static_cast<unsigned char>(c));
  all.set();
  std::mt19937 random(151);
  const std::string alphabet = "aoOsSuU17 .,;'`&+#_-:x\t";
  std::uniform_int_distribution<std::size_t> length(0, 40), some(0, alphabet.size() - 1);
  std::vector<std::string> texts(std::begin(kTricky), std::end(kTricky));
  texts.push_back(
      "Oil's U.S. o.i.l. 1,000.5 c++ c+++ OPEC`s _x o'brien aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ooooooooooooooooooooooooooooooooo"
      "oooooooooooooooooooooooooooooooo \u00E9cole \uFB01nance");
  for (int i = 0; i < 5000; ++i) {
    std::string text;
    for (std::size_t n = length(random); n > 0; --n) text += alphabet[some(random)];
    texts.push_back(text);
  }
  for (const std::string& text : texts) {
    CAPTURE(text);
    for (const std::bitset<256>* wanted : {&none, &o, &many, &all}) {
      REQUIRE(same_filtered(text, *wanted) == "");
      REQUIRE(same_sparse(text, *wanted) == "");
    }
  }
  // The filter does leave terms out (else it would save nothing).
  CHECK(index_words("oil prices", o)[1].norm.empty());
  CHECK(index_words("oil prices", o)[0].norm == "oil");
  const SparseWords sparse = index_words_sparse("oil prices", o);
  CHECK(sparse.all.size() == 2);
  REQUIRE(sparse.kept.size() == 1);
  CHECK(sparse.kept[0].norm == "oil");
}

}  // namespace lsearch
