# lsearch.index(): lindex's runs from Python, with progress, errors and the GIL released.
import pathlib
import threading
import time

import pytest

import lsearch
from conftest import SOURCE_DIR

CORPUS = SOURCE_DIR / "corpus"


def test_build_update_rebuild(tmp_path, lsearch_cli):
    db = tmp_path / "db"
    progress = []
    first = lsearch.index(db, [CORPUS], progress=progress.append)
    assert (first.mode, first.added, first.documents, first.skipped) == ("full", 5, 5, 0)
    assert progress and progress[-1].bytes_total > 0
    again = lsearch.index(str(db), CORPUS)
    assert (again.mode, again.added, again.files_unchanged) == ("incremental", 0, again.files_seen)
    rebuilt = lsearch.index(db, [CORPUS], rebuild=True)
    assert (rebuilt.mode, rebuilt.added, rebuilt.documents) == ("full", 5, 5)
    ids = [hit.id for hit in lsearch.Searcher(db).search("haftar", limit=100).hits]
    assert ids == lsearch_cli("haftar", "--db", str(db), "-f", "ids", "--limit", "100").split()


def test_skips_are_reported_not_raised(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Haftar's forces moved on Tripoli in April.\n")
    (corpus / "empty.txt").write_text("")
    (corpus / "bad.jsonl").write_text('{"id": "a", "text": "Talks in Geneva."}\nnot json\n')
    issues = []
    summary = lsearch.index(tmp_path / "db", [corpus], on_issue=issues.append)
    assert summary.added == 2
    assert summary.skipped == 2 == len(summary.skips)
    skipped = sorted(issue.where for issue in issues if issue.level == "skipped")
    assert skipped == sorted(skip.where for skip in summary.skips)
    assert any(where.endswith("bad.jsonl:2") for where in skipped)


def test_a_callback_exception_stops_the_run(tmp_path):
    def progress(_):
        raise KeyError("stop here")

    with pytest.raises(KeyError, match="stop here"):
        lsearch.index(tmp_path / "db", [CORPUS], progress=progress)
    # The index is usable afterwards: the next run finishes the job.
    assert lsearch.index(tmp_path / "db", [CORPUS]).documents == 5


def test_locked_and_unwritable(tmp_path):
    (tmp_path / "file").write_text("not a directory")
    with pytest.raises(lsearch.Error):
        lsearch.index(tmp_path / "file" / "db", [CORPUS])
    with pytest.raises(lsearch.Error, match="entities"):
        lsearch.index(tmp_path / "db", [CORPUS], entities=[str(tmp_path / "missing.tsv")])


def make_corpus(directory: pathlib.Path, copies: int) -> pathlib.Path:
    """A corpus of `copies` variants of each seed article (real files)."""
    directory.mkdir()
    seeds = sorted((CORPUS / "seed").glob("*.txt"))
    for n in range(copies):
        for seed in seeds:
            text = seed.read_text(encoding="utf-8")
            (directory / f"{n:04d}_{seed.name}").write_text(f"{text}\nCopy number {n}.\n", encoding="utf-8")
    return directory


def test_the_gil_is_released_during_a_run(tmp_path):
    corpus = make_corpus(tmp_path / "big", 40)
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(time.monotonic())
            time.sleep(0.001)

    ticker = threading.Thread(target=tick)
    ticker.start()
    time.sleep(0.01)
    start = time.monotonic()
    summary = lsearch.index(tmp_path / "db", [corpus], jobs=1)  # no callback: never takes the GIL back
    end = time.monotonic()
    stop.set()
    ticker.join()
    assert summary.added == 200
    during = [t for t in ticks if start < t < end]
    # Holding the GIL for the whole run would leave no ticks inside it.
    assert end - start > 0.05 and len(during) >= 10, (end - start, len(during))
