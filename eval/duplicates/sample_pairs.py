#!/usr/bin/env python3
"""Draw candidate article pairs for the near-duplicate (wire-copy) sample of issue 17, reproducibly.

    python3 eval/duplicates/sample_pairs.py ../shared/corpora OUT_DIR

Writes OUT_DIR/candidates.tsv (the drawn pairs, not labelled) and OUT_DIR/articles.jsonl (every article
used). The label of each pair is NOT computed here: it was decided by a person reading both texts, and
pairs.tsv is candidates.tsv with the label columns added (its first six columns equal candidates.tsv). Candidates come from similarity bands so that the sample has
both near-duplicates and hard negatives; the bands are only a way to find pairs, never the label.
Seed: SEED below; each corpus and band draws from its own random.Random("<SEED>-<corpus>-<band>").
"""
import gzip
import itertools
import json
import os
import random
import re
import sys
from collections import defaultdict
from datetime import date

SEED = 17
LIBYA_RE = re.compile(r"libya|gaddafi|qaddafi|kadhafi|gadhafi|ghadafi|tripoli|benghazi|misrata|misurata|"
                      r"sirte|tobruk|haftar|hifter|sarraj|serraj|zawiy", re.I)
VERSION_TAG = re.compile(r"^(?:(?:UPDATE|WRAPUP)\s*\d+|RPT|REFILE|CORRECTED|CORRECTION|REPEAT)\s*[-:]\s*", re.I)
STOP = set("""a an the of in on at to for from by with and or but as is are was were be been has have had it its
this that these those not no will would can could may might says said say new after over into up down out
than more less about against amid vs via s""".split())
MAX_PAIRS_PER_ARTICLE = 2

# (band name, low, high) on the band's similarity; pairs per band, per corpus.
HEADLINE_BANDS = [("same", 0.999, 1.01, 14), ("high", 0.6, 0.999, 22), ("mid", 0.4, 0.6, 22),
                  ("low", 0.2, 0.4, 14)]
HEADLINE_LATER_DAYS = 10  # "low-later": overlap 0.3-0.7, published 1-7 days apart
HEADLINE_RANDOM = 6       # random pairs of the same day
BODY_BANDS = [("high", 0.8, 1.01, 14), ("mid", 0.4, 0.8, 14), ("low", 0.1, 0.4, 14), ("rare", 0.0, 0.1, 14)]
BODY_RANDOM = 4


def records(corpus_dir):
    for name in sorted(os.listdir(corpus_dir)):
        if name.startswith("articles") and ".jsonl" in name:
            opener = gzip.open if name.endswith(".gz") else open
            with opener(os.path.join(corpus_dir, name), "rt", encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        yield json.loads(line)


def strip_version(title):
    """The title without Reuters' version tags (UPDATE 2-, RPT-, CORRECTED- ...), repeatedly."""
    prev = None
    while prev != title:
        prev, title = title, VERSION_TAG.sub("", title)
    return title


def words(text):
    return [w for w in re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower()) if w not in STOP and len(w) > 1]


def day_number(d):
    return date.fromisoformat(d).toordinal()


def jaccard(a, b):
    return len(a & b) / len(a | b) if a or b else 0.0


def shingles(text, n=3):
    ws = re.findall(r"[a-z0-9]+", text.lower())
    return {" ".join(ws[i:i + n]) for i in range(max(0, len(ws) - n + 1))}


def candidate_pairs(items, key_tokens, window_days, min_shared):
    """Pairs of items within window_days sharing at least min_shared key tokens (inverted index)."""
    index = defaultdict(list)
    for n, it in enumerate(items):
        for t in key_tokens(it):
            index[t].append(n)
    shared = defaultdict(int)
    for posting in index.values():
        if len(posting) > 300:
            continue  # too common to tell stories apart
        for a, b in itertools.combinations(posting, 2):
            if abs(items[a]["day"] - items[b]["day"]) <= window_days:
                shared[(a, b)] += 1
    return [p for p, k in shared.items() if k >= min_shared]


def take(rng, pool, k, used):
    """k pairs from pool in random order, each article in at most MAX_PAIRS_PER_ARTICLE pairs."""
    pool = sorted(pool)
    rng.shuffle(pool)
    out = []
    for a, b, sim in pool:
        if len(out) == k:
            break
        if used[a] < MAX_PAIRS_PER_ARTICLE and used[b] < MAX_PAIRS_PER_ARTICLE:
            used[a] += 1
            used[b] += 1
            out.append((a, b, sim))
    return out


def headline_items(root, corpus, keep):
    items = []
    for r in records(os.path.join(root, corpus)):
        if r.get("title") and r.get("date") and keep(r):
            toks = set(words(strip_version(r["title"])))
            if len(toks) >= 3:
                items.append({"id": r["id"], "title": r["title"], "text": r.get("text") or "",
                              "date": r["date"], "time": r.get("time"), "url": r.get("url"),
                              "day": day_number(r["date"]), "toks": toks})
    items.sort(key=lambda it: it["id"])
    return items


def draw_headlines(corpus, items):
    ids = [it["id"] for it in items]
    pairs = candidate_pairs(items, lambda it: it["toks"], 7, 2)
    scored = []
    for a, b in pairs:
        sim = jaccard(items[a]["toks"], items[b]["toks"])
        days = abs(items[a]["day"] - items[b]["day"])
        scored.append((ids[a], ids[b], round(sim, 3), days))
    used = defaultdict(int)
    out = []
    for name, lo, hi, k in HEADLINE_BANDS:
        pool = [(a, b, s) for a, b, s, d in scored if lo <= s < hi and d <= 1]
        out += [(name, a, b, s) for a, b, s in take(random.Random("%d-%s-%s" % (SEED, corpus, name)), pool, k, used)]
    pool = [(a, b, s) for a, b, s, d in scored if 0.3 <= s < 0.7 and 1 <= d <= 7]
    rng = random.Random("%d-%s-later" % (SEED, corpus))
    out += [("later", a, b, s) for a, b, s in take(rng, pool, HEADLINE_LATER_DAYS, used)]
    by_day = defaultdict(list)
    by_id = {it["id"]: it for it in items}
    for it in items:
        by_day[it["day"]].append(it["id"])
    rng = random.Random("%d-%s-random" % (SEED, corpus))
    days = sorted(d for d, v in by_day.items() if len(v) >= 2)
    while sum(1 for p in out if p[0] == "random") < HEADLINE_RANDOM:
        a, b = sorted(rng.sample(by_day[rng.choice(days)], 2))
        if used[a] < MAX_PAIRS_PER_ARTICLE and used[b] < MAX_PAIRS_PER_ARTICLE:
            used[a] += 1
            used[b] += 1
            out.append(("random", a, b, round(jaccard(by_id[a]["toks"], by_id[b]["toks"]), 3)))
    return out


def draw_bodies(root):
    corpus = "reuters21578"
    items = []
    for r in records(os.path.join(root, corpus)):
        if r.get("date") and len((r.get("text") or "").strip()) >= 200:
            items.append({"id": r["id"], "title": r.get("title") or "", "text": r["text"], "date": r["date"],
                          "day": day_number(r["date"]), "sh": shingles(r["text"]),
                          "toks": set(words(r["text"]))})
    items.sort(key=lambda it: it["id"])
    df = defaultdict(int)
    for it in items:
        for t in it["toks"]:
            df[t] += 1
    rare = lambda it: {t for t in it["toks"] if df[t] <= 30}
    pairs = candidate_pairs(items, rare, 3, 4)
    scored = [(items[a]["id"], items[b]["id"], round(jaccard(items[a]["sh"], items[b]["sh"]), 3)) for a, b in pairs]
    used = defaultdict(int)
    out = []
    for name, lo, hi, k in BODY_BANDS:
        pool = [p for p in scored if lo <= p[2] < hi]
        out += [(name, a, b, s) for a, b, s in take(random.Random("%d-%s-%s" % (SEED, corpus, name)), pool, k, used)]
    rng = random.Random("%d-%s-random" % (SEED, corpus))
    by_day = defaultdict(list)
    by_id = {it["id"]: it for it in items}
    for it in items:
        by_day[it["day"]].append(it["id"])
    days = sorted(d for d, v in by_day.items() if len(v) >= 2)
    while sum(1 for p in out if p[0] == "random") < BODY_RANDOM:
        a, b = sorted(rng.sample(by_day[rng.choice(days)], 2))
        if used[a] < MAX_PAIRS_PER_ARTICLE and used[b] < MAX_PAIRS_PER_ARTICLE:
            used[a] += 1
            used[b] += 1
            out.append(("random", a, b, round(jaccard(by_id[a]["sh"], by_id[b]["sh"]), 3)))
    return items, out


def main():
    root, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    drawn = []
    articles = {}
    libya = headline_items(root, "reuters_headlines_libya", lambda r: True)
    hl2011 = headline_items(root, "reuters_headlines_2011",
                            lambda r: not LIBYA_RE.search(r["title"] + " " + (r.get("url") or ""))
                            and r["title"] != "Following Is a Test Release"
                            and "PRN" not in (r.get("url") or ""))
    # 2011 has 725k headlines: candidates are drawn from 12 random days (and the week after each).
    rng = random.Random("%d-reuters_headlines_2011-days" % SEED)
    all_days = sorted({it["day"] for it in hl2011})
    start_days = rng.sample(all_days, 12)
    keep_days = {d + k for d in start_days for k in range(8)}
    hl2011 = [it for it in hl2011 if it["day"] in keep_days]
    for corpus, items in (("reuters_headlines_libya", libya), ("reuters_headlines_2011", hl2011)):
        by_id = {it["id"]: it for it in items}
        for band, a, b, sim in draw_headlines(corpus, items):
            drawn.append((corpus, a, b, band, sim))
            for i in (a, b):
                articles[(corpus, i)] = by_id[i]
    items, pairs = draw_bodies(root)
    by_id = {it["id"]: it for it in items}
    for band, a, b, sim in pairs:
        drawn.append(("reuters21578", a, b, band, sim))
        for i in (a, b):
            articles[("reuters21578", i)] = by_id[i]
    with open(os.path.join(out_dir, "candidates.tsv"), "w", encoding="utf-8") as f:
        f.write("# n\tcorpus\tid_a\tid_b\tband\tsimilarity\n")
        for n, (corpus, a, b, band, sim) in enumerate(drawn, 1):
            f.write("%d\t%s\t%s\t%s\t%s\t%.3f\n" % (n, corpus, a, b, band, sim))
    with open(os.path.join(out_dir, "articles.jsonl"), "w", encoding="utf-8") as f:
        for (corpus, i) in sorted(articles):
            it = articles[(corpus, i)]
            rec = {"corpus": corpus, "id": i, "date": it["date"], "title": it["title"], "text": it["text"]}
            if it.get("time"):
                rec["time"] = it["time"]
            if it.get("url"):
                rec["url"] = it["url"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
