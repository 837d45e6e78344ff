#!/usr/bin/env python3
"""CPU time of one search process, in interleaved rounds (issue 15: the machine
is shared and loaded, so CPU time, not wall time, is the figure).

  bench/cli_ab.py DB ROUNDS NAME=CMD [NAME=CMD ...]

Each CMD is a command line to which a query is appended ({db} in it is
replaced by DB; a side whose index differs, e.g. one with another facet column
format, names its own path instead). Each round runs every command over the ten first queries of
`bench` section 5, three times each; printed: per command, the median over
the rounds of the CPU time (user + system) per process, and its ratio to the
first command.
"""
import resource
import shlex
import statistics
import subprocess
import sys

QUERIES = ["oil", "oil prices", "interest rates", "bank of japan", "coffee", "trade deficit",
           "gold", "opec output", "wheat", "stock market"]


def cpu_of_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def per_process_ms(argv):
    start, n = cpu_of_children(), 0
    for _ in range(3):
        for q in QUERIES:
            subprocess.run(argv + [q], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            n += 1
    return (cpu_of_children() - start) * 1000 / n


def main():
    db, rounds = sys.argv[1], int(sys.argv[2])
    sides = []
    for spec in sys.argv[3:]:
        name, cmd = spec.split("=", 1)
        sides.append((name, [w.replace("{db}", db) for w in shlex.split(cmd)]))
    times = {name: [] for name, _ in sides}
    for _ in range(rounds):
        for name, argv in sides:
            times[name].append(per_process_ms(argv))
    first = statistics.median(times[sides[0][0]])
    for name, _ in sides:
        m = statistics.median(times[name])
        rounds_text = " ".join(f"{t:.2f}" for t in times[name])
        print(f"{name:24} {m:6.2f} ms CPU per process  ({m / first:.2f}x {sides[0][0]}; rounds: {rounds_text})")


if __name__ == "__main__":
    main()
