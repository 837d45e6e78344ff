#include "common/analysis/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <unordered_map>
#include <vector>

#include "common/analysis/normalized_text.h"
#include "common/analysis/normalizer_filters.h"

namespace lsearch {
namespace {

using namespace normalizer_detail;

constexpr UChar32 kTatweel = 0x0640;

// Maps one code point before case folding; returns -1 to drop it.
// clang-format off
UChar32 fold_char(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x2032: case 0x02BC: case 0x00B4: case 0x0060:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2033: case 0x00AB: case 0x00BB:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
      return '-';
    case kTatweel:
      return -1;
    case 0x0671:  // alef wasla
    case 0x0672: case 0x0673: case 0x0675:
      return 0x0627;
    case 0x0629:  // teh marbuta -> heh
      return 0x0647;
    case 0x0649:  // alef maqsura -> yeh
      return 0x064A;
    default:
      return c;
  }
}
// clang-format on

icu::UnicodeString fold(const icu::UnicodeString& input) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return input;

  icu::UnicodeString text = nfkc->normalize(input, status);
  icu::UnicodeString mapped;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    UChar32 c = fold_char(text.char32At(i));
    if (c >= 0) mapped.append(c);
  }
  mapped.foldCase();
  icu::UnicodeString decomposed = nfd->normalize(mapped, status);
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
    UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) stripped.append(c);
  }
  icu::UnicodeString out = nfc->normalize(stripped, status);
  return U_FAILURE(status) ? input : out;
}

bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_word_byte_any_case(char c) {
  return is_word_byte(c) || is_ascii_upper(c);
}

std::string fold_with_icu(std::string_view utf8) {
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  std::string folded;
  fold(in).toUTF8String(folded);
  return folded;
}

// Most news text is ASCII: whitespace-separated segments without a byte >= 0x80
// are folded here exactly as ICU would fold them (tested), `byte(c, k)` getting
// each of their folded bytes and each space; `other(begin, end)` gets each other
// segment, for ICU. normalize_text and normalize_text_mapped both walk text so.
template <typename Byte, typename Other>
void fold_segments(std::string_view utf8, Byte&& byte, Other&& other) {
  std::size_t i = 0;
  while (i < utf8.size()) {
    if (is_ascii_space(utf8[i])) {
      byte(utf8[i], i);
      ++i;
      continue;
    }
    std::size_t j = i;
    bool ascii = true;
    while (j < utf8.size() && !is_ascii_space(utf8[j])) {
      ascii = ascii && static_cast<unsigned char>(utf8[j]) < 0x80;
      ++j;
    }
    if (ascii) {
      for (std::size_t k = i; k < j; ++k) {
        byte(fold_ascii_byte(utf8[k]), k);
      }
    } else {
      other(i, j);
    }
    i = j;
  }
}

// normalize_text_mapped: the same folding, one cluster (a character and its
// combining marks) at a time, each output byte remembering its cluster.
class MappedText {
 public:
  explicit MappedText(NormalizedText& out) : out_(out) {}
  void push(char c, std::size_t begin, std::size_t end) {
    out_.text.push_back(c);
    out_.source_begin.push_back(static_cast<std::uint32_t>(begin));
    out_.source_end.push_back(static_cast<std::uint32_t>(end));
  }
  void push(std::string_view bytes, std::size_t begin, std::size_t end) {
    for (char c : bytes) push(c, begin, end);
  }
  // Input that made no output belongs to the byte before it.
  void drop(std::size_t end) {
    if (!out_.source_end.empty())
      out_.source_end.back() = std::max(out_.source_end.back(), static_cast<std::uint32_t>(end));
  }
  std::size_t size() const { return out_.text.size(); }
  void truncate(std::size_t size) {
    out_.text.resize(size);
    out_.source_begin.resize(size);
    out_.source_end.resize(size);
  }

 private:
  NormalizedText& out_;
};

// A cluster is a character and the marks or joiners after it, which NFKC may
// combine with it; a run of more than kMaxCluster such characters (hostile
// text) is cut, and the segment check below then falls back to the segment.
constexpr std::size_t kMaxCluster = 32;

bool continues_cluster(UChar32 c) {
  const auto type = static_cast<UCharCategory>(u_charType(c));
  return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK ||
         type == U_COMBINING_SPACING_MARK || c == 0x200C || c == 0x200D ||
         u_getCombiningClass(c) != 0;
}

// The end of the cluster starting at byte i of s.
std::size_t cluster_end(std::string_view s, std::size_t i) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  auto at = static_cast<int32_t>(i);
  UChar32 c = 0;
  U8_NEXT(bytes, at, n, c);
  for (std::size_t count = 1; at < n && count < kMaxCluster; ++count) {
    int32_t next = at;
    U8_NEXT(bytes, next, n, c);
    if (!continues_cluster(c)) break;
    at = next;
  }
  return static_cast<std::size_t>(at);
}

// The folding of one cluster; news text reuses a small alphabet, so a cache
// per thread spares most ICU calls (bounded: hostile text cannot grow it).
const std::string& fold_cluster(std::string_view cluster) {
  constexpr std::size_t kMaxCached = 1 << 16;
  thread_local std::unordered_map<std::string, std::string> cache;
  if (cache.size() >= kMaxCached) cache.clear();
  auto [it, inserted] = cache.try_emplace(std::string(cluster));
  if (inserted) it->second = fold_with_icu(cluster);
  return it->second;
}

// One space-free run that needs ICU, bytes [begin, end) of `utf8`. Folding
// clusters one by one gives the run's folding in practice; when it does not,
// every output byte maps to the whole run, so the text still equals normalize_text's.
void fold_segment_mapped(std::string_view utf8, std::size_t begin, std::size_t end,
                         MappedText& out) {
  const std::string whole = fold_with_icu(utf8.substr(begin, end - begin));
  const std::size_t mark = out.size();
  std::size_t produced = 0;
  bool same = true;
  for (std::size_t i = begin; i < end && same;) {
    const std::size_t j = std::min(end, cluster_end(utf8, i));
    const std::string& folded = fold_cluster(utf8.substr(i, j - i));
    same = whole.compare(produced, folded.size(), folded) == 0;
    if (folded.empty()) out.drop(j);
    out.push(folded, i, j);
    produced += folded.size();
    i = j;
  }
  if (same && produced == whole.size()) return;
  out.truncate(mark);
  out.push(whole, begin, end);
}

// Applies a byte filter (strip_possessives, join_acronyms) to mapped text.
template <typename Filter>
NormalizedText filtered(const NormalizedText& in, Filter&& filter) {
  NormalizedText result;
  MappedText out(result);
  std::size_t next = 0;  // the first byte of `in` not yet kept or dropped
  filter(in.text, [&](std::size_t k) {
    for (; next < k; ++next) out.drop(in.source_end[next]);
    out.push(in.text[k], in.source_begin[k], in.source_end[k]);
    next = k + 1;
  });
  for (; next < in.text.size(); ++next) out.drop(in.source_end[next]);
  return result;
}

}  // namespace

bool is_query_operator(std::string_view word) {
  static constexpr std::array<std::string_view, 6> kOps = {"AND", "OR",   "NOT",
                                                           "XOR", "NEAR", "ADJ"};
  for (auto op : kOps)
    if (word == op) return true;
  return false;
}

std::string normalize_text(std::string_view utf8) {
  std::string folded;
  folded.reserve(utf8.size());
  fold_segments(
      utf8, [&](char c, std::size_t) { folded.push_back(c); },
      [&](std::size_t begin, std::size_t end) {
        folded += fold_with_icu(utf8.substr(begin, end - begin));
      });
  std::string stripped, joined;
  stripped.reserve(folded.size());
  strip_possessives(folded, [&](std::size_t k) { stripped.push_back(folded[k]); });
  joined.reserve(stripped.size());
  join_acronyms(stripped, [&](std::size_t k) { joined.push_back(stripped[k]); });
  return joined;
}

std::string normalize_query(std::string_view utf8) {
  std::string out;
  std::size_t segment_start = 0;
  std::size_t i = 0;
  while (i < utf8.size()) {
    bool word_start = is_ascii_upper(utf8[i]) && (i == 0 || !is_word_byte_any_case(utf8[i - 1]));
    if (!word_start) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < utf8.size() && is_word_byte_any_case(utf8[j])) ++j;
    if (is_query_operator(utf8.substr(i, j - i))) {
      out += normalize_text(utf8.substr(segment_start, i - segment_start));
      out += utf8.substr(i, j - i);
      segment_start = j;
    }
    i = j;
  }
  out += normalize_text(utf8.substr(segment_start));
  return out;
}

NormalizedText normalize_text_mapped(std::string_view utf8) {
  NormalizedText folded;
  MappedText out(folded);
  fold_segments(
      utf8, [&](char c, std::size_t k) { out.push(c, k, k + 1); },
      [&](std::size_t begin, std::size_t end) { fold_segment_mapped(utf8, begin, end, out); });
  NormalizedText stripped =
      filtered(folded, [](const std::string& s, auto&& keep) { strip_possessives(s, keep); });
  return filtered(stripped, [](const std::string& s, auto&& keep) { join_acronyms(s, keep); });
}

}  // namespace lsearch
