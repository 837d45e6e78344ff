# lsearch.Searcher on a real index built by lindex: the same answers as the CLI,
# with the JSON output's field names.
import json
import subprocess
import threading

import pytest

import lsearch


def test_readme_example_gives_the_cli_ids(seed_db, lsearch_cli):
    results = lsearch.Searcher(seed_db).search("mass graves", actors=["Haftar"], since="2020", limit=10)
    cli = lsearch_cli("mass graves", "--db", str(seed_db), "--actor", "Haftar", "--since", "2020", "-f", "ids")
    assert [hit.id for hit in results.hits] == cli.split()
    assert results.total == len(results.hits) >= 1


@pytest.mark.parametrize(
    "query,options,kwargs",
    [
        ("haftar", [], {}),
        ("tripoli OR geneva", ["--sort", "newest"], {"sort": "newest"}),
        ("", ["--place", "Libya", "--limit", "3", "--offset", "1"], {"places": ["Libya"], "limit": 3, "offset": 1}),
        ("united nations", ["--plain"], {"plain": True}),
    ],
)
def test_fields_are_the_json_outputs(seed_db, lsearch_cli, query, options, kwargs):
    results = lsearch.Searcher(seed_db).search(query, **kwargs)
    args = ([query] if query else []) + ["--db", str(seed_db), "-f", "json", *options]
    expected = json.loads(lsearch_cli(*args))
    assert results.total == expected["total"]["value"]
    assert results.total_exact == expected["total"]["exact"]
    assert len(results.hits) == len(expected["results"]) > 0
    for hit, want in zip(results.hits, expected["results"]):
        assert (hit.rank, hit.id, hit.title, hit.date) == (want["rank"], want["id"], want["title"], want["date"])
        assert (hit.source, hit.url) == (want["source"], want["url"])
        assert hit.score == pytest.approx(want["score"], abs=1e-3)
        assert hit.snippet.text == want["snippet"]["text"]
        assert [list(span) for span in hit.snippet.highlights] == want["snippet"]["highlights"]
        assert (hit.actors, hit.places) == (want["actors"], want["places"])
        assert (hit.cluster, hit.copies) == (want["cluster"], want["copies"])
    assert results.collapsed == expected["collapsed"]
    for kind in ("actors", "places", "sources", "months"):
        got = [(f.value, f.count) for f in getattr(results.facets, kind)]
        assert got == [(f["value"], f["count"]) for f in expected["facets"][kind]]
    assert results.suggestion == expected["suggestion"]


def test_wire_copies_collapse_like_the_cli(tmp_path, lindex, lsearch_cli):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    story = "Rebels take the oil port of Brega after heavy fighting"
    records = [
        {"id": "v0", "title": story, "date": "2011-03-02", "text": ""},
        {"id": "v1", "title": "UPDATE 1-" + story, "date": "2011-03-02", "text": ""},
        {"id": "v2", "title": "UPDATE 2-" + story, "date": "2011-03-02", "text": ""},
        {"id": "other", "title": "Oil prices climb as fighting spreads to ports", "date": "2011-03-02", "text": ""},
    ]
    (corpus / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    db = tmp_path / "db"
    subprocess.run([lindex, "--quiet", "--db", str(db), str(corpus)], check=True)
    searcher = lsearch.Searcher(db)
    results = searcher.search("oil fighting", facets=False)
    cli = json.loads(lsearch_cli("oil fighting", "--db", str(db), "-f", "json", "--no-facets"))
    assert results.collapsed and cli["collapsed"]
    assert results.total == 4  # the total counts articles, not clusters
    assert sorted(hit.copies for hit in results.hits) == [0, 2]
    assert [(h.id, h.cluster, h.copies) for h in results.hits] == [
        (r["id"], r["cluster"], r["copies"]) for r in cli["results"]
    ]
    every = searcher.search("oil fighting", facets=False, collapse=False)
    assert not every.collapsed
    assert len(every.hits) == 4 and all(hit.copies == 0 for hit in every.hits)
    assert len({hit.cluster for hit in every.hits if hit.id.startswith("v")}) == 1


def test_without_facets_and_snippets(seed_db):
    results = lsearch.Searcher(seed_db).search("haftar", facets=False, snippets=False)
    assert results.facets is None
    assert all(hit.snippet.text == "" for hit in results.hits)


def test_suggestion_for_a_misspelling(seed_db, lsearch_cli):
    expected = json.loads(lsearch_cli("hafter", "--db", str(seed_db), "-f", "json"))
    results = lsearch.Searcher(seed_db).search("hafter")
    assert results.suggestion == expected["suggestion"]


def test_errors_are_lsearch_exceptions(seed_db, tmp_path):
    searcher = lsearch.Searcher(seed_db)
    with pytest.raises(lsearch.QueryError, match="2020-13"):
        searcher.search("haftar", since="2020-13")
    with pytest.raises(lsearch.QueryError, match="unknown actor"):
        searcher.search("", actors=["Hiftar Khalifa Nobody"])
    with pytest.raises(lsearch.IndexError):
        lsearch.Searcher(tmp_path / "no-index-here")
    assert issubclass(lsearch.QueryError, lsearch.Error)
    assert issubclass(lsearch.IndexError, lsearch.Error)
    assert issubclass(lsearch.SchemaMismatchError, lsearch.IndexError)
    assert lsearch.IndexError is not IndexError  # the builtin stays what it is
    with pytest.raises(ValueError):
        searcher.search("haftar", sort="sideways")


def test_threads_share_a_searcher(seed_db):
    searcher = lsearch.Searcher(seed_db)
    expected = [hit.id for hit in searcher.search("haftar").hits]
    answers = []

    def search():
        for _ in range(20):
            answers.append([hit.id for hit in searcher.search("haftar").hits])

    threads = [threading.Thread(target=search) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == [expected] * 80
    assert searcher.document_count() == 5


def test_docstrings():
    assert "mass graves" in lsearch.__doc__
    assert "QueryError" in lsearch.Searcher.search.__doc__
    assert "progress" in lsearch.index.__doc__
    assert lsearch.__version__.count(".") == 2
