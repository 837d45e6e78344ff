#include "indexer/corpus/corpus_reader.h"

#include "indexer/corpus/txt_reader.h"

namespace lsearch {

bool read_corpus_file(const CorpusFile& file, const ReadLimits& limits, Diagnostics& diagnostics,
                      const ArticleSink& sink) {
  if (file.format == CorpusFormat::kTxt) {
    if (auto article = read_txt_article(file, limits, diagnostics)) sink(std::move(*article));
    return true;
  }
  return read_jsonl(file, limits, diagnostics, sink).complete;
}

}  // namespace lsearch
