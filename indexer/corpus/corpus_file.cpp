#include "indexer/corpus/corpus_file.h"

#include "common/util/hash.h"

namespace lsearch {

std::string CorpusFile::origin_key() const {
  return hex64(fnv1a64(relpath, fnv1a64(root + '\0')));
}

std::string CorpusFile::fingerprint() const {
  return std::to_string(size) + " " + std::to_string(mtime_ns);
}

bool format_of(const std::string& name, CorpusFormat& format) {
  auto ends = [&](const char* suffix) { return name.ends_with(suffix); };
  if (ends(".txt"))
    format = CorpusFormat::kTxt;
  else if (ends(".jsonl") || ends(".ndjson"))
    format = CorpusFormat::kJsonl;
  else if (ends(".jsonl.gz") || ends(".ndjson.gz"))
    format = CorpusFormat::kJsonlGz;
  else
    return false;
  return true;
}

}  // namespace lsearch
