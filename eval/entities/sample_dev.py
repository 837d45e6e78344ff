#!/usr/bin/env python3
"""Draw the entity dev set (or the check set) of issue 13 from the shared corpora, reproducibly.

    python3 eval/entities/sample_dev.py ../shared/corpora > eval/entities/dev/articles.jsonl
    python3 eval/entities/sample_dev.py ../shared/corpora --seed 2026 --per-corpus 8 \
        --exclude eval/entities/dev/articles.jsonl --out eval/entities/check/articles.jsonl
    python3 eval/entities/sample_dev.py ../shared/corpora --seed 2027 --per-corpus 8 \
        --exclude eval/entities/dev/articles.jsonl --exclude eval/entities/check/articles.jsonl \
        --out eval/entities/check2/articles.jsonl

Prints (or writes to --out) one JSON object a line: corpus, id, title, text (the body cut to the
labelled prefix). The defaults (SEED, PER_CORPUS below, no exclusion) re-draw the dev set exactly.
Each corpus draws from its own random.Random("<seed>-<corpus>") over its eligible ids in sorted
order, so adding a corpus does not change the others' draws. --exclude (repeatable) removes the ids
of existing samples (JSONL files with corpus and id) from the eligible ids before drawing, so a check
set never shares an article with the dev set or an earlier check set.
"""
import argparse
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


def draw(corpus_dir, corpus, seed, per_corpus, excluded):
    """The per_corpus records drawn from one corpus, in draw order, skipping excluded ids."""
    by_id = {r["id"]: r for r in records(corpus_dir)
             if eligible(r, corpus) and (corpus, r["id"]) not in excluded}
    rng = random.Random("%d-%s" % (seed, corpus))
    return [by_id[i] for i in rng.sample(sorted(by_id), per_corpus)]


def excluded_ids(paths):
    """The (corpus, id) pairs of earlier samples, so a new draw does not repeat them."""
    ids = set()
    for path in paths or []:
        with open(path, encoding="utf-8") as f:
            ids |= {(r["corpus"], r["id"]) for r in (json.loads(l) for l in f if l.strip())}
    return ids


def parse_args():
    ap = argparse.ArgumentParser(description="Draw a labelled entity sample from the corpora.")
    ap.add_argument("root", nargs="?", default="../shared/corpora", help="the corpora directory")
    ap.add_argument("--seed", type=int, default=SEED,
                    help="seed (default %(default)s: the dev set)")
    ap.add_argument("--per-corpus", type=int, default=PER_CORPUS,
                    help="articles drawn from each corpus (default %(default)s)")
    ap.add_argument("--exclude", action="append", default=[],
                    help="JSONL sample whose (corpus, id) are not drawn (repeatable)")
    ap.add_argument("--out", default="", help="output file (default: standard output)")
    return ap.parse_args()


def main():
    args = parse_args()
    excluded = excluded_ids(args.exclude)
    if args.out and os.path.dirname(args.out):
        os.makedirs(os.path.dirname(args.out), exist_ok=True)
    out_file = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    for corpus in CORPORA:
        corpus_dir = os.path.join(args.root, corpus)
        for r in draw(corpus_dir, corpus, args.seed, args.per_corpus, excluded):
            out = {"corpus": corpus, "id": r["id"], "title": r.get("title") or "",
                   "text": labelled_prefix(r.get("text") or "")}
            out_file.write(json.dumps(out, ensure_ascii=False) + "\n")
    if args.out:
        out_file.close()


if __name__ == "__main__":
    main()
