#include "indexer/corpus/jsonl_reader.h"

#include <nlohmann/json.hpp>

#include "common/util/text.h"
#include "indexer/corpus/byte_source.h"
#include "indexer/corpus/text_decoding.h"

namespace lsearch {
namespace {

using nlohmann::json;

// Nesting depth outside strings; stops counting past `limit`.
std::size_t json_depth(std::string_view line, std::size_t limit) {
  std::size_t depth = 0, max_depth = 0;
  bool in_string = false, escaped = false;
  for (char c : line) {
    if (in_string) {
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"')
      in_string = true;
    else if (c == '[' || c == '{') {
      max_depth = std::max(max_depth, ++depth);
      if (max_depth > limit) return max_depth;
    } else if ((c == ']' || c == '}') && depth > 0)
      --depth;
  }
  return max_depth;
}

// A string field, or "" for missing/null; other types are reported once.
std::string text_field(const json& record, const char* name, const std::string& where,
                       Diagnostics& diagnostics) {
  auto it = record.find(name);
  if (it == record.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  diagnostics.warned(where, std::string("field '") + name + "' is not a string; ignored");
  return "";
}

}  // namespace

bool parse_jsonl_record(std::string_view raw_line, const std::string& where,
                        const ReadLimits& limits, Diagnostics& diagnostics, Article& article) {
  if (trim(raw_line).empty()) return false;
  std::string line(raw_line);
  decode_to_utf8(line, where, diagnostics);
  if (json_depth(line, limits.max_json_depth) > limits.max_json_depth) {
    diagnostics.skipped(
        where, "JSON nested deeper than " + std::to_string(limits.max_json_depth) + " levels");
    return false;
  }
  json record;
  try {
    record = json::parse(line);
  } catch (const json::exception& e) {
    // parse_error, and out_of_range for numbers too large for a double (found by fuzzing).
    std::string what = e.what();
    auto pos = what.find("] ");
    diagnostics.skipped(
        where, "malformed JSON: " + (pos == std::string::npos ? what : what.substr(pos + 2)));
    return false;
  }
  if (!record.is_object()) {
    diagnostics.skipped(where, std::string("not a JSON object (a ") + record.type_name() + ")");
    return false;
  }
  article = Article{};
  article.id = text_field(record, "id", where, diagnostics);
  if (trim(article.id).empty()) {
    diagnostics.skipped(where, "record has no id");
    return false;
  }
  article.title = text_field(record, "title", where, diagnostics);
  article.body = text_field(record, "text", where, diagnostics);
  if (trim(article.title).empty() && trim(article.body).empty()) {
    diagnostics.skipped(where, "record '" + article.id + "' has no title and no text");
    return false;
  }
  article.date = text_field(record, "date", where, diagnostics);
  if (article.date.empty()) article.date = text_field(record, "year", where, diagnostics);
  article.source = text_field(record, "source", where, diagnostics);
  article.url = text_field(record, "url", where, diagnostics);
  return true;
}

JsonlReadResult read_jsonl(const CorpusFile& file, const ReadLimits& limits,
                           Diagnostics& diagnostics, const ArticleSink& sink) {
  return read_jsonl(
      file, limits, diagnostics,
      PlacedArticleSink([&](Article&& article, std::size_t) { sink(std::move(article)); }));
}

JsonlReadResult read_jsonl(const CorpusFile& file, const ReadLimits& limits,
                           Diagnostics& diagnostics, const PlacedArticleSink& sink,
                           std::uint64_t* bytes_read) {
  JsonlReadResult result;
  const LineScanOptions scan_options{file.via_link, bytes_read};
  const LineScan scan = for_each_line(
      file.path, file.format == CorpusFormat::kJsonlGz, limits.max_article_bytes,
      [&](std::string_view line, bool overlong) {
        ++result.lines;
        const std::string where = file.path + ":" + std::to_string(result.lines);
        if (overlong) {
          diagnostics.skipped(where, "line longer than the " +
                                         std::to_string(limits.max_article_bytes) +
                                         "-byte limit (--max-article-bytes)");
          return;
        }
        Article article;
        if (parse_jsonl_record(line, where, limits, diagnostics, article)) {
          ++result.records;
          sink(std::move(article), result.lines);
        }
      },
      scan_options);
  if (!scan.opened) {
    diagnostics.skipped(file.path, scan.error);
  } else if (!scan.complete) {
    diagnostics.skipped(file.path + ":" + std::to_string(result.lines + 1),
                        scan.error + "; the rest of the file is not read");
  }
  result.complete = scan.complete;
  return result;
}

}  // namespace lsearch
