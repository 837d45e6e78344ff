# lsearch.index(): lindex's runs from Python, with progress, errors and the GIL released.
import os
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


def write_feed(path: pathlib.Path, first: int, last: int, minutes: int) -> None:
    """Records r<first>..r<last>; the mtime moves on so the next run reads the feed."""
    path.write_text("".join(f'{{"id": "r{i}", "text": "word{i} in Tripoli"}}\n' for i in range(first, last + 1)))
    stamp = time.time() + 60 * minutes
    os.utime(path, (stamp, stamp))


def test_the_shrink_guard_holds_through_the_api(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_feed(corpus / "feed.jsonl", 1, 10, 1)
    db = tmp_path / "db"
    assert lsearch.index(db, corpus).documents == 10
    write_feed(corpus / "feed.jsonl", 1, 2, 2)  # a download cut short
    with pytest.raises(lsearch.ShrinkError, match="delete 8 of the 10 articles") as refused:
        lsearch.index(db, corpus)
    assert "--allow-shrink" not in str(refused.value)  # a CLI flag means nothing here
    assert isinstance(refused.value, lsearch.CorpusError)
    with pytest.raises(lsearch.ShrinkError):
        lsearch.index(db, corpus, rebuild=True)
    assert lsearch.Searcher(db).search("word9").total == 1  # nothing deleted
    assert lsearch.index(db, corpus, allow_shrink=True).documents == 2


def test_duplicates_and_unreadable_files_through_the_api(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    (first / "x.txt").write_text("Haftar in Tripoli.\n")
    (second / "x.txt").write_text("Sarraj in Tripoli.\n")
    summary = lsearch.index(tmp_path / "db", [first, second])
    assert summary.duplicates == 1
    assert any("duplicate id 'x.txt'" in skip.why and str(first / "x.txt") in skip.why for skip in summary.skips)


def test_issue_repr_cannot_drive_a_terminal(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    hostile = "\x1b]0;owned\x07\x1b[2J\u202e.txt"
    (corpus / hostile).write_text("")
    issues = []
    lsearch.index(tmp_path / "db", [corpus], on_issue=issues.append)
    assert len(issues) == 1
    assert hostile in issues[0].where  # the value stays exact
    shown = repr(issues[0])
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown, shown
    assert "\\x1b" in shown  # escaped as Python shows strings
    assert eval(shown.split("where=", 1)[1].split(", why=")[0]) == issues[0].where
