#!/usr/bin/env python3
"""Load test of lsearch serve: CLIENTS threads, each with its own keep-alive HTTP connection, send
QUERIES searches in total (the page's request: query words and filters, 10 hits, exact facets, the
timeline) and report errors, latency percentiles and throughput. Loopback only; bounded in count
(QUERIES) and time (--max-seconds, and a 30 s timeout per request).
Usage: serve_load.py BASE_URL [--clients 8] [--queries 2000] [--max-seconds 600]"""
import argparse
import http.client
import json
import statistics
import threading
import time
import urllib.parse

# Queries an analyst would type over a news archive; each one with filters and the page's options.
WORDS = ["oil prices", "libya", "gaddafi", "euro zone debt", "japan earthquake", "egypt protests",
         "federal reserve", "china inflation", "greece bailout", "nuclear plant", "obama", "syria",
         "bank shares", "\"central bank\"", "gold", "strike", "election", "tripoli", "rebels",
         "apple", "wall street", "budget deficit", "merger", "opec", "benghazi nato", "iran",
         "yen", "tsunami", "trade deficit", "ceasefire", "bin laden", "italy bonds", "football",
         "", "fukushima", "arab spring", "sanctions", "unemployment", "crude", "earnings"]
EXTRAS = [{}, {"sort": "newest"}, {"since": "2011-03", "until": "2011-06"}, {"offset": "10"},
          {"place": "Libya"}, {"timeline": "month"}, {"sort": "oldest", "offset": "20"}]


def request_path(i):
    params = {"q": WORDS[i % len(WORDS)], "limit": "10", "timeline": "auto"}
    params.update(EXTRAS[(i // len(WORDS)) % len(EXTRAS)])
    return "/api/search?" + urllib.parse.urlencode({k: v for k, v in params.items() if v})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--max-seconds", type=float, default=600)
    args = parser.parse_args()
    url = urllib.parse.urlparse(args.base)
    assert url.hostname in ("127.0.0.1", "localhost", "::1"), "loopback only"

    lock = threading.Lock()
    next_query = [0]
    latencies, errors = [], []
    deadline = time.time() + args.max_seconds

    def client():
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        while time.time() < deadline:
            with lock:
                i = next_query[0]
                if i >= args.queries:
                    break
                next_query[0] += 1
            path = request_path(i)
            start = time.perf_counter()
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                body = response.read()
                elapsed = time.perf_counter() - start
                ok = response.status == 200 and "results" in json.loads(body)
                reason = "HTTP %d %s" % (response.status, body[:200])
            except Exception as e:  # a dropped connection counts as an error, then reconnect
                elapsed, ok, reason = time.perf_counter() - start, False, repr(e)
                connection.close()
                connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
            with lock:
                latencies.append(elapsed)
                if not ok:
                    errors.append("%s: %s" % (path, reason))
        connection.close()

    threads = [threading.Thread(target=client) for _ in range(args.clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start

    ms = sorted(x * 1000 for x in latencies)
    pct = lambda p: ms[min(len(ms) - 1, int(round(p / 100 * (len(ms) - 1))))]
    result = {"clients": args.clients, "queries": len(ms), "errors": len(errors),
              "wall_seconds": round(wall, 2), "throughput_qps": round(len(ms) / wall, 1),
              "p50_ms": round(pct(50), 1), "p90_ms": round(pct(90), 1), "p99_ms": round(pct(99), 1),
              "max_ms": round(ms[-1], 1), "mean_ms": round(statistics.mean(ms), 1),
              "first_errors": errors[:5]}
    print(json.dumps(result))
    return 0 if not errors and len(ms) == args.queries else 1


if __name__ == "__main__":
    raise SystemExit(main())
