// Near-duplicate keys for wire copies: the same story re-sent, re-tagged
// ("UPDATE 2-", "RPT-") or lightly reworded. The words of the title and the
// lead (after cleaning, normalised, version tags and a trailing attribution
// removed, spellings unified, stop words and plural s dropped) form a set;
// `kRows` MinHash functions over it make one LSH band, and the band is the
// article's cluster key: two articles share it with probability J^kRows (J: the
// Jaccard overlap of their word sets). The key is a pure function of the
// article, so a new copy joins its cluster in any update, on any shard.
// Used by the document builder (the collapse slot) and eval/.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/analysis/tokenizer.h"

namespace lsearch {

// Words of the body that count as the lead (wire copies differ in later paragraphs), found in
// its first kLeadBytes.
inline constexpr std::size_t kLeadWords = 40;
inline constexpr std::size_t kLeadBytes = 4096;
// Rows of the band: 3, chosen on the development pairs of eval/duplicates (README, "Wire
// copies"): with word sets, 2 rows join different stories on the same subject (precision 0.74),
// 4 rows miss copies with one word changed (recall 0.61); 3 rows: precision 0.82, recall 0.69.
inline constexpr int kRows = 3;

// "UPDATE 3-Libya rebels ..." -> "Libya rebels ...": the wire's version and series tags.
std::string_view strip_version_tags(std::string_view title);
// "Libya arrests 4 over attack: official" -> "Libya arrests 4 over attack": a short source or
// attribution after a final dash or colon (kept when the headline before it is short).
std::string_view strip_attribution(std::string_view title);
// The first kLeadWords tokens of tokenize(first kLeadBytes of body), and maybe more after them,
// from the shortest prefix that holds them.
std::vector<Token> lead_tokens(std::string_view body);
// The normalised words the key is built from: title (tags stripped) then the lead.
std::vector<std::string> near_duplicate_words(std::string_view title, std::string_view body);
// Hashes of the distinct words (not bigrams: a rewording like "Sarkozy, Cameron:" / "Sarkozy
// and Cameron:" changes more bigrams than words).
std::vector<std::uint64_t> shingles(const std::vector<std::string>& words);
// The cluster key (16 hex digits) with `rows` MinHash rows; empty when there are no words.
std::string near_duplicate_key(std::string_view title, std::string_view body, int rows = kRows);

}  // namespace lsearch
