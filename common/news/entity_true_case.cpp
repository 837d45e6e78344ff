// Pass 1 of entity extraction, true case (declared in entity_passes.h).
#include <string>
#include <string_view>
#include <unordered_set>

#include "common/news/entity_passes.h"
#include "common/news/name_edges.h"

namespace lsearch {
namespace {

// A company's name in a shouting line takes at most this many words before its
// suffix ("PUEBLO INTERNATIONAL INC", "NIPPON TELEGRAPH AND TELEPHONE CORP" is the
// longest common shape); a longer reach would take verbs in ("ACME BUYS BETA CORP").
constexpr std::size_t kMaxShoutedCompanyWords = 3;
// A shouting word shorter than this is a name's only if the body writes it capitalised.
constexpr std::size_t kMinShoutedNameLetters = 4;

// One line's tokens [begin, end) and whether the line shouts (two words or more,
// no lower-case letter: a wire headline).
struct Line {
  std::size_t begin = 0, end = 0;
  bool shouting = false;
};

std::vector<Line> lines_of(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Line> lines;
  std::size_t k = 0;
  while (k < tokens.size()) {
    std::size_t line_begin = text.rfind('\n', tokens[k].begin);
    line_begin = line_begin == std::string_view::npos ? 0 : line_begin + 1;
    std::size_t line_end_byte = text.find('\n', tokens[k].begin);
    if (line_end_byte == std::string_view::npos) line_end_byte = text.size();
    std::size_t end = k;
    while (end < tokens.size() && tokens[end].begin < line_end_byte) ++end;
    std::string_view line = text.substr(line_begin, line_end_byte - line_begin);
    lines.push_back({k, end, end - k >= 2 && !has_ascii_lower(line)});
    k = end;
  }
  return lines;
}

// How the article writes its words where it does not shout: capitalised mid-sentence
// ("the Bank said") or in lower case ("5 pct").
struct CaseEvidence {
  std::unordered_set<std::string> capitalised, lower;
};

CaseEvidence case_evidence(std::string_view text, const std::vector<Token>& tokens,
                           const std::vector<Line>& lines) {
  CaseEvidence evidence;
  for (const Line& line : lines) {
    if (line.shouting) continue;
    for (std::size_t t = line.begin; t < line.end; ++t) {
      const Token& token = tokens[t];
      if (token.numeric) continue;
      // A line's first word is capitalised by layout ("Qtr to March 31", "Net 5.0 vs
      // 4.0" in a wire table), as a sentence's is.
      if (!token.capitalised)
        evidence.lower.insert(token.norm);
      else if (t != line.begin && !sentence_initial(text, token))
        evidence.capitalised.insert(token.norm);
    }
  }
  return evidence;
}

// A word of a shouting line is a name's when the article writes it capitalised
// elsewhere ("BANK OF NOVA SCOTIA" beside "the Bank of Nova Scotia"), or it is no
// common word and the article never writes it in lower case ("NUCOR", not "PCT").
bool shouted_name_word(const Token& token, const CaseEvidence& evidence,
                       const NameLexicon& lexicon) {
  if (!token.capitalised || token.numeric || lexicon.is_function_word(token.norm)) return false;
  if (evidence.capitalised.count(token.norm)) return true;
  // Wire abbreviations ("QTR", "SHR", "MLN") are short: a short word needs the body's word.
  return !lexicon.is_common_word(token.norm) && !evidence.lower.count(token.norm) &&
         token.norm.size() >= kMinShoutedNameLetters;
}

// "PUEBLO INTERNATIONAL INC": the words before a company suffix are the company's
// name, common or not, back to a function word, a reporting verb or a word the
// article writes in lower case.
void mark_shouted_companies(std::string_view text, const std::vector<Token>& tokens,
                            const Line& line, const CaseEvidence& evidence,
                            const NameLexicon& lexicon, std::vector<std::uint8_t>& capitals) {
  for (std::size_t t = line.begin + 1; t < line.end; ++t) {
    if (!lexicon.is_company_suffix(tokens[t].norm)) continue;
    for (std::size_t k = t; k > line.begin && t - k < kMaxShoutedCompanyWords;) {
      --k;
      const std::string& norm = tokens[k].norm;
      if (!joined(text, tokens[k], tokens[k + 1]) || tokens[k].numeric ||
          lexicon.is_function_word(norm) || lexicon.is_reporting_verb(norm) ||
          evidence.lower.count(norm))
        break;
      capitals[k] = kCapital;
    }
    capitals[t] = kCapital;
  }
}

}  // namespace

std::vector<std::uint8_t> name_capitals(std::string_view text, const std::vector<Token>& tokens,
                                        const NameLexicon& lexicon) {
  std::vector<std::uint8_t> capitals(tokens.size(), kNoCapital);
  const std::vector<Line> lines = lines_of(text, tokens);
  bool any_shouting = false;
  for (const Line& line : lines) any_shouting = any_shouting || line.shouting;
  // Only an article with a shouting line pays for the evidence.
  const CaseEvidence evidence = any_shouting ? case_evidence(text, tokens, lines) : CaseEvidence{};
  for (const Line& line : lines) {
    for (std::size_t t = line.begin; t < line.end; ++t) {
      const Token& token = tokens[t];
      bool capital = line.shouting ? shouted_name_word(token, evidence, lexicon)
                                   : token.capitalised && !token.numeric;
      capitals[t] = capital ? kCapital : caseless_letter(text, token) ? kCaseless : kNoCapital;
    }
    if (line.shouting) mark_shouted_companies(text, tokens, line, evidence, lexicon, capitals);
  }
  return capitals;
}

}  // namespace lsearch
