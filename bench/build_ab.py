#!/usr/bin/env python3
"""Interleaved A/B rounds of full index builds (issue 15: a loaded, shared
machine slows every side of a round alike). Each round runs every variant on
every input, in an order rotated from round to round, and records wall time
and the CPU time (user + sys) of the build process and its children; then it
prints the medians and the median of the per-round ratios to the first variant.

  bench/build_ab.py ROUNDS --input NAME=PATH ... --variant NAME='CMD' ...

CMD is a command line with {db} and {input} placeholders, optionally led by
VAR=VALUE environment assignments, e.g.
  --variant glibc='build/bin/lindex --db {db} --quiet {input}'
  --variant mimalloc='LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libmimalloc.so.2 build/bin/lindex --db {db} --quiet {input}'
  --variant omindex='omindex --db {db} --url / {input}'
A variant may skip an input: NAME@INPUT='CMD' applies to that input only.
"""
import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def parse_pairs(items):
    pairs = []
    for item in items:
        name, _, value = item.partition("=")
        if not value:
            sys.exit(f"build_ab: expected NAME=VALUE, got {item!r}")
        pairs.append((name, value))
    return pairs


def run_build(template, db, path):
    words = shlex.split(template.format(db=shlex.quote(db), input=shlex.quote(path)))
    env = dict(os.environ)
    while words and "=" in words[0] and not words[0].startswith(("/", ".")):
        key, _, value = words.pop(0).partition("=")
        env[key] = value
    shutil.rmtree(db, ignore_errors=True)
    start = time.monotonic()
    proc = subprocess.Popen(words, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    # lindex exits 1 when it skipped some inputs (Reuters has empty records): still a full build.
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"build_ab: {' '.join(words)} failed: {err[-2000:]}")
    shutil.rmtree(db, ignore_errors=True)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("rounds", type=int)
    ap.add_argument("--input", action="append", required=True)
    ap.add_argument("--variant", action="append", required=True)
    args = ap.parse_args()
    inputs = parse_pairs(args.input)
    variants = []  # (name, input or None, template)
    for name, template in parse_pairs(args.variant):
        name, _, only = name.partition("@")
        variants.append((name, only or None, template))
    names = list(dict.fromkeys(v[0] for v in variants))
    work = tempfile.mkdtemp(prefix="build-ab-")
    results = {}  # (input, variant) -> [(wall, cpu, rss)]
    print(f"# build_ab {args.rounds} rounds, {time.strftime('%Y-%m-%dT%H:%MZ', time.gmtime())}, "
          f"load average {' '.join(open('/proc/loadavg').read().split()[:3])}")
    for r in range(args.rounds):
        order = variants[r % len(variants):] + variants[:r % len(variants)]
        for input_name, path in inputs:
            for name, only, template in order:
                if only and only != input_name:
                    continue
                wall, cpu, rss = run_build(template, os.path.join(work, "db"), path)
                results.setdefault((input_name, name), []).append((wall, cpu, rss))
                print(f"round {r + 1} {input_name:8} {name:10} wall {wall:7.2f} s  cpu {cpu:7.2f} s  "
                      f"rss {rss:6.0f} MB", flush=True)
    shutil.rmtree(work, ignore_errors=True)
    print(f"# load average at end {' '.join(open('/proc/loadavg').read().split()[:3])}")
    print(f"{'input':8} {'variant':10} {'wall s':>8} {'cpu s':>8} {'rss MB':>7} "
          f"{'wall x':>7} {'cpu x':>7}  (medians; x = median of per-round ratios to the first "
          f"variant, >1 = faster; rounds where it wins wall/cpu)")
    for input_name, _ in inputs:
        present = [n for n in names if (input_name, n) in results]
        base = results[(input_name, present[0])]
        for name in present:
            rows = results[(input_name, name)]
            med = [statistics.median(c) for c in zip(*rows)]
            wall_x = [b[0] / x[0] for b, x in zip(base, rows)]
            cpu_x = [b[1] / x[1] for b, x in zip(base, rows)]
            wins = f"{sum(x > 1 for x in wall_x)}/{sum(x > 1 for x in cpu_x)} of {len(rows)}"
            print(f"{input_name:8} {name:10} {med[0]:8.2f} {med[1]:8.2f} {med[2]:7.0f} "
                  f"{statistics.median(wall_x):7.2f} {statistics.median(cpu_x):7.2f}  {wins}")


if __name__ == "__main__":
    main()
