// HelpFormatter: the --help of lindex, lsearch and lsearch serve fits 80
// columns. CLI11's layout is kept (names on the left, descriptions from column
// 30); descriptions, the description paragraph and the footer are wrapped at
// spaces (common/util/text_wrap), continuation lines indented under their
// text. e2e.help checks every line of each --help.
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

#include "common/util/text_wrap.h"

namespace lsearch {

inline constexpr std::size_t kHelpColumns = 80;

// Each line of `text` wrapped to kHelpColumns; a continuation line is indented
// like its line (examples stay aligned, prose starts at the margin).
inline std::string wrap_help_text(const std::string& text) {
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(at, end - at);
    const std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
    out += wrap_to_width(line, kHelpColumns, std::string(indent + (indent > 0 ? 2 : 0), ' '));
    if (end < text.size()) out += '\n';
    at = end + 1;
  }
  return out;
}

class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    const std::size_t column = get_column_width();
    const std::string indent(column, ' ');
    std::string first = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
    const std::string description = make_option_desc(opt);
    if (description.empty()) return first + "\n";
    std::string out;
    if (first.size() >= column) {  // a long name: the description starts on the next line
      out = first + "\n";
      first = indent;
    }
    first.resize(column, ' ');
    std::size_t at = 0;
    do {
      std::size_t end = description.find('\n', at);
      if (end == std::string::npos) end = description.size();
      out += wrap_to_width((at == 0 ? first : indent) + description.substr(at, end - at),
                           kHelpColumns, indent) +
             "\n";
      at = end + 1;
    } while (at < description.size());
    return out;
  }
  std::string make_description(const CLI::App* app) const override {
    return wrap_help_text(CLI::Formatter::make_description(app));
  }
  std::string make_footer(const CLI::App* app) const override {
    return wrap_help_text(CLI::Formatter::make_footer(app));
  }
};

// Gives `app` the 80-column help.
inline void use_help_formatter(CLI::App& app) {
  app.formatter(std::make_shared<HelpFormatter>());
}

}  // namespace lsearch
