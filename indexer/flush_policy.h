// FlushPolicy: how often a full build's shard writers commit, set in this one
// place. Xapian 1.4's in-memory inverter is faster in small batches and memory
// stays bounded (../shared/notes/xapian-build-throughput.md): every 1,000
// documents or 4 MB of text. XAPIAN_FLUSH_THRESHOLD, when the user sets it,
// replaces the document count, as it would for Xapian's own flushing.
// (Incremental runs write in transactions, where Xapian never flushes early.)
#pragma once

#include <cstddef>
#include <cstdint>

namespace lsearch {

struct FlushPolicy {
  std::size_t docs = 1000;
  std::uint64_t text_bytes = 4u << 20;

  bool due(std::size_t docs_since, std::uint64_t bytes_since) const {
    return docs_since >= docs || bytes_since >= text_bytes;
  }
};

// The defaults, with XAPIAN_FLUSH_THRESHOLD applied.
FlushPolicy flush_policy();

}  // namespace lsearch
