// The lsearch::Error family (public: lsearch/error.h) and the process exit
// codes the two commands share. Libraries throw these; only main() catches them.
#pragma once

#include "lsearch/error.h"

namespace lsearch {

// Process exit codes shared by lindex and lsearch (documented in README).
inline constexpr int kExitOk = 0;
inline constexpr int kExitNoMatchOrSkipped = 1;  // lsearch: no hits; lindex: some inputs skipped
inline constexpr int kExitError = 2;
inline constexpr int kExitLocked = 3;         // lindex: another writer holds the database
inline constexpr int kExitInterrupted = 130;  // lindex: SIGINT/SIGTERM (128 + SIGINT, as shells do)

}  // namespace lsearch
