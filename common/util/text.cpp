#include "common/util/text.h"

#include <unicode/utf8.h>

namespace lsearch {

std::string_view trim(std::string_view s) {
  auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
  };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  // Non-breaking spaces (U+00A0) are common in scraped text.
  while (s.starts_with("\xC2\xA0")) s.remove_prefix(2);
  while (s.ends_with("\xC2\xA0")) s.remove_suffix(2);
  return s;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return lines;
}

std::vector<std::string_view> split(std::string_view text, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t pos = text.find(sep, start);
    if (pos == std::string_view::npos) {
      parts.push_back(text.substr(start));
      return parts;
    }
    parts.push_back(text.substr(start, pos - start));
    start = pos + 1;
  }
}

std::size_t repair_utf8(std::string& text) {
  std::size_t bad = 0;
  std::string out;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  bool copied = false;
  while (i < length) {
    int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      if (!copied) {
        out.assign(text.data(), static_cast<std::size_t>(start));
        copied = true;
      }
      out += "\xEF\xBF\xBD";
      ++bad;
    } else if (copied) {
      out.append(text.data() + start, static_cast<std::size_t>(i - start));
    }
  }
  if (copied) text = std::move(out);
  return bad;
}

std::string fold_spaces(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (std::size_t i = 0; i < line.size(); ++i) {
    std::string_view rest = line.substr(i);
    if (rest.starts_with("\xC2\xA0")) {  // U+00A0 no-break space
      out.push_back(' ');
      i += 1;
    } else if (rest.starts_with("\xE2\x80") && rest.size() >= 3) {
      auto third = static_cast<unsigned char>(rest[2]);
      if ((third >= 0x80 && third <= 0x8A) || third == 0xAF) {  // U+2000..200A, U+202F
        out.push_back(' ');
        i += 2;
      } else if (third >= 0x8B && third <= 0x8D) {  // zero-width space/joiners
        i += 2;
      } else {
        out.push_back(line[i]);
      }
    } else if (rest.starts_with("\xEF\xBB\xBF")) {  // stray BOM
      i += 2;
    } else {
      out.push_back(line[i]);
    }
  }
  return out;
}

bool looks_binary(std::string_view data) {
  std::string_view head = data.substr(0, 8192);
  std::size_t control = 0;
  for (char c : head) {
    auto u = static_cast<unsigned char>(c);
    if (u == 0) return true;
    if (u < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return !head.empty() && control * 10 > head.size();
}

std::string title_case_if_shouting(std::string_view text) {
  for (char c : text)
    if (c >= 'a' && c <= 'z') return std::string(text);
  // Short words stay upper-case (BBC, AFP, UN) unless they are name particles.
  auto particle = [](std::string_view w) {
    return w == "AL" || w == "EL" || w == "OF" || w == "THE" || w == "AND" || w == "DE" ||
           w == "LA";
  };
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = i;
    while (j < text.size() && ((text[j] >= 'A' && text[j] <= 'Z') || text[j] == '\'')) ++j;
    std::string_view word = text.substr(i, j - i);
    if (word.empty()) {
      out.push_back(text[i++]);
      continue;
    }
    if (word.size() <= 3 && !particle(word)) {
      out += word;
    } else {
      out.push_back(word[0]);
      for (char c : word.substr(1)) out.push_back(c == '\'' ? c : static_cast<char>(c - 'A' + 'a'));
    }
    i = j;
  }
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const std::string& part : parts) {
    if (&part != &parts.front()) out += sep;
    out += part;
  }
  return out;
}

}  // namespace lsearch
