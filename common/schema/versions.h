// Every version number lsearch writes, in one place: what each one covers, when
// it is bumped and what a bump does to the indexes and programs already out
// there. Each user reads its number from here; nothing else spells one out.
// (The library's own version, lsearch/version.h, comes from CMake's project().)
#pragma once

namespace lsearch {

// The index layout: a term prefix, a value slot or the encoding of a value,
// term or metadata entry (common/schema/fields.h, value_codec, facet
// ordinals, alias keys, file registry). Stored as lsearch.schema_version;
// check_compatible refuses an index of another version ("run lindex
// --rebuild"), so a bump means every index is rebuilt.
inline constexpr int kSchemaVersion = 10;  // 10: a hit's values in the summary slot

// The normaliser's rules (common/analysis/normalizer). Part of
// Analyzer::fingerprint(), stored as lsearch.analysis: terms depend on it, so
// a bump makes check_compatible refuse old indexes too.
inline constexpr int kNormalizerVersion = 1;

// The news understanding's code: cleaning, title, date and source finding,
// entity extraction (common/news). Its data (gazetteer, cleaning rules) is
// fingerprinted by content. Part of NewsAnalyzer::fingerprint(), stored as
// lsearch.entities: not refused (the index stays searchable), but the next
// incremental run re-reads every file. Bump it when the same article would
// give other entities, dates or titles.
inline constexpr int kNewsVersion = 3;

// How DocumentBuilder builds a document from an understood article beyond
// the schema: stored data, title weight. Part of every article's content hash,
// so a changed file's articles are rewritten; unchanged files are not re-read,
// so a change that old documents must not survive bumps kSchemaVersion too
// (every bump so far has).
inline constexpr int kDocumentFormat = 8;

// The JSON output's contract (README "JSON output schema"): lsearch --json /
// --format jsonl and the HTTP API write it as "version". Bumped when a field
// changes meaning or disappears; adding a field is not a bump.
inline constexpr int kJsonSchemaVersion = 1;

}  // namespace lsearch
