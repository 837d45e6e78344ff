# Type stub of the lsearch package (its classes live in the native lsearch._native).
# tests/python/test_stub.py checks that it names exactly what the module has.
import os
from typing import Callable, Iterable, Optional, Sequence, Union

__version__: str
_Path = Union[str, os.PathLike[str]]

class Error(Exception): ...
class IndexError(Error): ...
class SchemaMismatchError(IndexError): ...
class LockedError(IndexError): ...
class QueryError(Error): ...
class CorpusError(Error): ...
class ShrinkError(CorpusError): ...
class InterruptedError(Error): ...

class Snippet:
    text: str
    highlights: list[tuple[int, int]]

class HitEntity:
    kind: str
    name: str
    type: Optional[str]
    place_kind: Optional[str]
    country: Optional[str]
    coordinates: Optional[tuple[float, float]]

class Hit:
    rank: int
    id: str
    title: Optional[str]
    date: Optional[str]
    source: Optional[str]
    url: Optional[str]
    score: float
    snippet: Snippet
    title_highlights: list[tuple[int, int]]
    actors: list[str]
    places: list[str]
    countries: list[str]
    entities: list[HitEntity]
    cluster: Optional[str]
    copies: int

class FacetValue:
    value: str
    count: int
    type: Optional[str]

class Facets:
    exact: bool
    actors: list[FacetValue]
    places: list[FacetValue]
    sources: list[FacetValue]
    countries: list[FacetValue]
    months: list[FacetValue]

class SearchResults:
    total: int
    total_exact: bool
    hits: list[Hit]
    facets: Optional[Facets]
    collapsed: bool
    suggestion: Optional[str]
    partial: bool
    missing_shards: list[str]
    def __len__(self) -> int: ...

class Searcher:
    def __init__(self, path: _Path, *, allow_partial: bool = ...) -> None: ...
    def search(
        self,
        query: str = "",
        *,
        actors: Sequence[str] = ...,
        places: Sequence[str] = ...,
        sources: Sequence[str] = ...,
        since: Optional[str] = None,
        until: Optional[str] = None,
        sort: str = "relevance",
        limit: int = 10,
        offset: int = 0,
        facets: bool = True,
        facet_limit: int = 10,
        snippets: bool = True,
        snippet_length: int = 240,
        plain: bool = False,
        similar: Optional[str] = None,
        expand: bool = False,
        suggest: bool = True,
        collapse: bool = True,
        countries: Sequence[str] = ...,
    ) -> SearchResults: ...
    def document_count(self) -> int: ...

class IndexProgress:
    bytes_done: int
    bytes_total: int
    articles_done: int

class InputIssue:
    level: str
    where: str
    why: str

class IndexSummary:
    db: str
    mode: str
    dry_run: bool
    interrupted: bool
    files_seen: int
    files_read: int
    files_unchanged: int
    files_vanished: int
    added: int
    updated: int
    deleted: int
    unchanged: int
    skipped: int
    repaired: int
    duplicates: int
    text_bytes: int
    seconds: float
    documents: int
    generation: str
    compacted: bool
    skips: list[InputIssue]

def index(
    db: _Path,
    paths: Union[_Path, Iterable[_Path]],
    *,
    rebuild: bool = False,
    progress: Optional[Callable[[IndexProgress], object]] = None,
    on_issue: Optional[Callable[[InputIssue], object]] = None,
    dry_run: bool = False,
    follow_links: bool = False,
    allow_shrink: bool = False,
    jobs: int = 0,
    entities: Sequence[str] = ...,
    lock_timeout: float = 10.0,
    commit_every: int = 50000,
    compact: str = "auto",
    max_article_bytes: int = 16777216,
) -> IndexSummary: ...
