// Small string helpers shared by the readers and the news pipeline.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lsearch {

std::string_view trim(std::string_view s);
// Splits on '\n' (a trailing '\r' is dropped); keeps empty lines.
std::vector<std::string_view> split_lines(std::string_view text);
std::vector<std::string_view> split(std::string_view text, char sep);
// Replaces invalid UTF-8 sequences with U+FFFD; returns how many were replaced.
std::size_t repair_utf8(std::string& text);
// True when more than `max_ratio` of the first bytes are NULs or control bytes.
bool looks_binary(std::string_view data);
// Unicode spaces (no-break, thin, narrow) become ' '; zero-width characters go.
std::string fold_spaces(std::string_view line);
// "a, b, c" for {"a", "b", "c"} with sep ", "; "" for no parts.
std::string join(const std::vector<std::string>& parts, std::string_view sep);
// "AL JAZEERA" -> "Al Jazeera"; words already mixed-case are kept.
std::string title_case_if_shouting(std::string_view text);

}  // namespace lsearch
