#!/usr/bin/env python3
"""Draw the entity dev set of issue 13 from the shared corpora, reproducibly.

    python3 eval/entities/sample_dev.py ../shared/corpora > eval/entities/dev/articles.jsonl

Prints one JSON object a line: corpus, id, title, text (the body cut to the labelled prefix).
The seed is SEED below; each corpus draws from its own random.Random("<SEED>-<corpus>") over its
eligible ids in sorted order, so adding a corpus does not change the others' draws.
"""
import gzip
import json
import os
import random
import re
import sys

SEED = 13
PER_CORPUS = 17
CORPORA = ["bbc", "reuters21578", "20newsgroups", "ungdc", "reuters_headlines_libya"]
HEADLINE_ONLY = {"reuters_headlines_libya"}
MAX_CHARS = 2000
MIN_PARAGRAPH_CUT = 1000


def records(corpus_dir):
    """Every record of every articles*.jsonl(.gz) file of one corpus directory."""
    for name in sorted(os.listdir(corpus_dir)):
        if not name.startswith("articles") or ".jsonl" not in name:
            continue
        path = os.path.join(corpus_dir, name)
        opener = gzip.open if name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)


def eligible(record, corpus):
    """Headline corpora need a title; the others need a body."""
    if corpus in HEADLINE_ONLY:
        return bool((record.get("title") or "").strip())
    return bool((record.get("text") or "").strip())


def last_match_end(pattern, text):
    """End offset of the last match of pattern in text, or -1."""
    end = -1
    for m in re.finditer(pattern, text):
        end = m.end()
    return end


def labelled_prefix(text):
    """At most MAX_CHARS of text, cut at a paragraph break, else a sentence end, else whitespace."""
    if len(text) <= MAX_CHARS:
        return text
    window = text[:MAX_CHARS]
    # A paragraph break: a blank line, or a newline followed by indentation (Reuters-21578).
    cut = -1
    for m in re.finditer(r"\n[ \t]*\n|\n(?=[ \t]+\S)", window):
        cut = m.start()
    if cut >= MIN_PARAGRAPH_CUT:
        return window[:cut].rstrip()
    cut = last_match_end(r"[.?!](?=\s)", window)
    if cut > 0:
        return window[:cut]
    cut = window.rfind(" ")
    return window[:cut] if cut > 0 else window


def draw(corpus_dir, corpus):
    """The PER_CORPUS records drawn from one corpus, in draw order."""
    by_id = {r["id"]: r for r in records(corpus_dir) if eligible(r, corpus)}
    rng = random.Random("%d-%s" % (SEED, corpus))
    return [by_id[i] for i in rng.sample(sorted(by_id), PER_CORPUS)]


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    for corpus in CORPORA:
        for r in draw(os.path.join(root, corpus), corpus):
            out = {"corpus": corpus, "id": r["id"], "title": r.get("title") or "",
                   "text": labelled_prefix(r.get("text") or "")}
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
