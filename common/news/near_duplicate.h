// Near-duplicate keys for wire copies: the same story re-sent, re-tagged
// ("UPDATE 2-", "RPT-") or lightly reworded. The words of the title and the
// lead (after cleaning, normalised, version tags removed) become word
// bigrams; `kRows` MinHash functions over them make one LSH band, and the band
// is the article's cluster key: two articles share it with probability
// J^kRows (J: the Jaccard overlap of their bigram sets). The key is a pure
// function of the article, so a new copy joins its cluster in any update.
// Used by the document builder (the collapse slot) and eval/.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lsearch {

// Words of the body that count as the lead (wire copies differ in later paragraphs).
inline constexpr std::size_t kLeadWords = 40;
// Rows of the band: 2, chosen on eval/duplicates (README, "Wire copies"): 1 row collapses
// different stories that share one rare bigram, 3 rows misses reworded copies.
inline constexpr int kRows = 2;

// "UPDATE 3-Libya rebels ..." -> "Libya rebels ...": the wire's version and series tags.
std::string_view strip_version_tags(std::string_view title);
// The normalised words the key is built from: title (tags stripped) then the lead.
std::vector<std::string> near_duplicate_words(std::string_view title, std::string_view body);
// Hashes of the word bigrams (a lone word is its own shingle).
std::vector<std::uint64_t> shingles(const std::vector<std::string>& words);
// The cluster key (16 hex digits) with `rows` MinHash rows; empty when there are no words.
std::string near_duplicate_key(std::string_view title, std::string_view body, int rows = kRows);

}  // namespace lsearch
