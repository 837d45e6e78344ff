// Reads JSON Lines corpora (.jsonl, .jsonl.gz): one article per line with id,
// title, date, source, url, text (any may be missing or null; `year` stands in
// for a missing date). Streams with bounded memory: a malformed, non-object,
// too deep or too long line is reported as path:line and skipped; the rest of
// the file is still read. A corrupt gzip stream ends the file early.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "common/article.h"
#include "indexer/corpus/corpus_file.h"
#include "indexer/corpus/diagnostics.h"
#include "indexer/corpus/read_limits.h"

namespace lsearch {

struct JsonlReadResult {
  std::size_t lines = 0;
  std::size_t records = 0;
  bool complete = true;  // false: the file could not be read to its end
};

using ArticleSink = std::function<void(Article&&)>;
// The same, with the article's line in its file (1 for a .txt file).
using PlacedArticleSink = std::function<void(Article&&, std::size_t line)>;

JsonlReadResult read_jsonl(const CorpusFile& file, const ReadLimits& limits,
                           Diagnostics& diagnostics, const ArticleSink& sink);
// `bytes_read`, if set, follows the bytes of the file consumed (for progress).
JsonlReadResult read_jsonl(const CorpusFile& file, const ReadLimits& limits,
                           Diagnostics& diagnostics, const PlacedArticleSink& sink,
                           std::uint64_t* bytes_read = nullptr);

// Parses one line; returns false (and reports) when it is skipped. Blank lines
// return false without a report.
bool parse_jsonl_record(std::string_view line, const std::string& where, const ReadLimits& limits,
                        Diagnostics& diagnostics, Article& article);

}  // namespace lsearch
