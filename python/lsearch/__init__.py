"""lsearch: search and index news archives built with lsearch's lindex.

    import lsearch
    results = lsearch.Searcher("news.db").search("mass graves", actors=["Haftar"], since="2020")
    for hit in results.hits:
        print(hit.rank, hit.id, hit.title, hit.score, hit.snippet.text)

    summary = lsearch.index("news.db", ["corpus/"], progress=lambda p: print(p.articles_done))

The field names are those of `lsearch --format json`; what JSON writes as null is None.
Errors are lsearch.Error: IndexError (SchemaMismatchError, LockedError), QueryError, CorpusError
(ShrinkError), InterruptedError.
The GIL is released during searches and index runs.
"""

from ._native import (  # noqa: F401
    CorpusError,
    Error,
    Facets,
    FacetValue,
    Hit,
    HitEntity,
    IndexError,
    IndexProgress,
    IndexSummary,
    InputIssue,
    InterruptedError,
    LockedError,
    QueryError,
    SchemaMismatchError,
    Searcher,
    SearchResults,
    ShrinkError,
    Snippet,
    __version__,
    index,
)

__all__ = [
    "CorpusError",
    "Error",
    "Facets",
    "FacetValue",
    "Hit",
    "HitEntity",
    "IndexError",
    "IndexProgress",
    "IndexSummary",
    "InputIssue",
    "InterruptedError",
    "LockedError",
    "QueryError",
    "SchemaMismatchError",
    "Searcher",
    "SearchResults",
    "ShrinkError",
    "Snippet",
    "index",
]
