# lsearch.Searcher on a collection: a Reuters-21578 slice as one index and as 2
# shards (lindex --shard I/2) listed in a Xapian stub of `auto` lines gives the
# same ids in the same order, scores, totals, facets and suggestions; a shard
# that cannot be opened is an error naming it, or, with allow_partial, left out.
import gzip
import os
import pathlib
import subprocess

import pytest

import lsearch

QUERIES = [
    ("oil", {}),
    ("trade deficit", {}),
    ("yen OR dollar", {"sort": "newest"}),
    ("", {"places": ["japan"], "limit": 20}),
    ("prices", {"since": "1987-03-05", "until": "1987-03-20", "offset": 3}),
    ("goverment", {}),  # a misspelling: did-you-mean over local shards
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    reuters = pathlib.Path(os.environ["SHARED_DIR"]) / "corpora/reuters21578/articles.jsonl.gz"
    root = tmp_path_factory.mktemp("reuters")
    with gzip.open(reuters, "rt", encoding="utf-8") as lines:
        slice_ = [line for n, line in zip(range(8000), lines) if n % 10 == 0]
    (root / "slice.jsonl").write_text("".join(slice_), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def whole(corpus, lindex, tmp_path_factory):
    db = tmp_path_factory.mktemp("whole") / "db"
    subprocess.run([lindex, "--quiet", "--db", str(db), str(corpus)], check=True)
    return db


@pytest.fixture(scope="module")
def collection(corpus, lindex, tmp_path_factory):
    root = tmp_path_factory.mktemp("shards")
    for i in range(2):
        subprocess.run([lindex, "--quiet", "--shard", f"{i}/2", "--db", str(root / f"shard-{i}"), str(corpus)], check=True)
    stub = root / "collection"
    stub.write_text("# two shards\nauto shard-0\nauto shard-1\n")
    return stub


def facet_counts(results):
    return {kind: [(f.value, f.count) for f in getattr(results.facets, kind)] for kind in ("actors", "places", "sources", "months")}


def test_shards_split_the_articles(whole, collection):
    shards = [lsearch.Searcher(collection.parent / f"shard-{i}").document_count() for i in range(2)]
    assert min(shards) > 0
    assert sum(shards) == lsearch.Searcher(whole).document_count() == lsearch.Searcher(collection).document_count()


@pytest.mark.parametrize("query,kwargs", QUERIES)
def test_a_collection_answers_as_one_index(whole, collection, query, kwargs):
    one = lsearch.Searcher(whole).search(query, facet_limit=50, **kwargs)
    two = lsearch.Searcher(collection).search(query, facet_limit=50, **kwargs)
    assert (two.total, two.total_exact, two.partial, two.missing_shards) == (one.total, one.total_exact, False, [])
    assert [hit.id for hit in two.hits] == [hit.id for hit in one.hits]
    assert len(one.hits) > 0 or one.suggestion is not None
    for a, b in zip(one.hits, two.hits):
        assert b.score == pytest.approx(a.score, abs=1e-9)
        assert (b.rank, b.snippet.text, b.actors, b.places) == (a.rank, a.snippet.text, a.actors, a.places)
    assert facet_counts(two) == facet_counts(one)
    assert two.suggestion == one.suggestion


def test_the_cli_reads_the_same_collection(collection, lsearch_cli):
    results = lsearch.Searcher(collection).search("oil", limit=15)
    cli = lsearch_cli("oil", "--db", str(collection), "--limit", "15", "-f", "ids")
    assert [hit.id for hit in results.hits] == cli.split()


def test_a_missing_shard_is_named_or_left_out(collection, tmp_path):
    stub = tmp_path / "broken"
    stub.write_text(f"auto {collection.parent / 'shard-0'}\nauto {tmp_path / 'gone'}\n")
    with pytest.raises(lsearch.IndexError, match="shard 'auto .*gone'"):
        lsearch.Searcher(stub)
    results = lsearch.Searcher(stub, allow_partial=True).search("oil")
    assert results.partial is True
    assert len(results.missing_shards) == 1 and results.missing_shards[0].startswith(f"auto {tmp_path / 'gone'}: ")
    alone = lsearch.Searcher(collection.parent / "shard-0").search("oil")
    assert results.total == alone.total > 0
    assert [hit.id for hit in results.hits] == [hit.id for hit in alone.hits]
