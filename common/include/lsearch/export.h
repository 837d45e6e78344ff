// LSEARCH_EXPORT marks what the shared liblsearch exports: the public API in
// include/lsearch/. Everything else is built with hidden visibility, so a
// program linking the library sees only these names (a test checks nm -D).
#pragma once

#if defined(__GNUC__) || defined(__clang__)
#define LSEARCH_EXPORT __attribute__((visibility("default")))
#define LSEARCH_HIDDEN __attribute__((visibility("hidden")))
#else
#define LSEARCH_EXPORT
#define LSEARCH_HIDDEN
#endif
