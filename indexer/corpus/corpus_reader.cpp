#include "indexer/corpus/corpus_reader.h"

#include "indexer/corpus/txt_reader.h"

namespace lsearch {

bool read_corpus_file(const CorpusFile& file, const ReadLimits& limits, Diagnostics& diagnostics,
                      const ArticleSink& sink) {
  return read_corpus_file(
      file, limits, diagnostics,
      PlacedArticleSink([&](Article&& article, std::size_t) { sink(std::move(article)); }));
}

bool read_corpus_file(const CorpusFile& file, const ReadLimits& limits, Diagnostics& diagnostics,
                      const PlacedArticleSink& sink, std::uint64_t* bytes_read) {
  if (file.format != CorpusFormat::kTxt)
    return read_jsonl(file, limits, diagnostics, sink, bytes_read).complete;
  // One file, one article: a .txt that gives none this run (unreadable, or
  // emptied, blank, binary, too big) keeps its indexed article and is read
  // again next run; only removing the file deletes the article.
  std::optional<Article> article = read_txt_article(file, limits, diagnostics);
  if (bytes_read != nullptr) *bytes_read = file.size;
  if (!article) return false;
  sink(std::move(*article), 1);
  return true;
}

}  // namespace lsearch
