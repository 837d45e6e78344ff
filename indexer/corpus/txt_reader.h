// Reads one .txt article: size and binary checks, UTF-8 decoding, then the
// metadata block (common/news/txt_metadata.h). The article id is the path
// relative to the corpus root.
#pragma once

#include <optional>

#include "common/article.h"
#include "indexer/corpus/corpus_file.h"
#include "indexer/corpus/diagnostics.h"
#include "indexer/corpus/read_limits.h"

namespace lsearch {

// Returns nullopt when the file is skipped (reported to `diagnostics`): it
// could not be opened or read (EACCES, EIO, vanished, a FIFO), or holds no
// article. Either way its indexed article, if any, is kept (corpus_reader.h).
std::optional<Article> read_txt_article(const CorpusFile& file, const ReadLimits& limits,
                                        Diagnostics& diagnostics);

// The same from bytes already in memory (used by the fuzz target and tests).
std::optional<Article> parse_txt_article(std::string bytes, const std::string& id,
                                         const std::string& where, Diagnostics& diagnostics);

}  // namespace lsearch
