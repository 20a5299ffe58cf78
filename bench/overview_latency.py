#!/usr/bin/env python3
"""Measures the gateway's market overview against the downstream calls it is made of.

Run it against a running suite (bin/run-suite) whose gateway does not cache, so that every overview
really calls the services:

    GATEWAY_CACHE_TTL=0S bin/run-suite        # in one terminal
    python3 bench/overview_latency.py          # in another

It requests each of the five downstream URLs that the overview of a period calls, directly, and then the
overview through the gateway, N times each (sequentially, one client), and prints median and p90
latencies, and the ratios of the overview's median to the slowest downstream call (1.0 would be perfect
overlap) and to the sum of all five (what calling them one after another would cost at least).
Only loopback addresses are used; the number of requests is bounded.
"""
import argparse
import statistics
import time
import urllib.request

parser = argparse.ArgumentParser()
parser.add_argument("--base-port", type=int, default=8080, help="the gateway's port; the services follow")
parser.add_argument("--period", default="2025-11")
parser.add_argument("--requests", type=int, default=300)
args = parser.parse_args()

g, m, x, d = (f"http://127.0.0.1:{args.base_port + i}" for i in range(4))
p = args.period
downstream = {
    "market summary": f"{m}/api/summary?period={p}",
    "exports reconciliation (all)": f"{x}/api/reconciliation?period={p}&powertrain=all&destination=WORLD",
    "exports reconciliation (nev)": f"{x}/api/reconciliation?period={p}&powertrain=nev&destination=WORLD",
    "deliveries ranking": f"{d}/api/rankings?period={p}&level=brand",
    "deliveries roll-ups": f"{d}/api/rollups?period={p}",
}
overview = f"{g}/api/overview?period={p}"


def measure(url):
    for _ in range(20):  # warm-up
        urllib.request.urlopen(url, timeout=10).read()
    samples = []
    for _ in range(args.requests):
        start = time.perf_counter()
        urllib.request.urlopen(url, timeout=10).read()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.9)]


results = {name: measure(url) for name, url in downstream.items()}
results["gateway overview"] = measure(overview)
print(f"{'call':32} {'median ms':>10} {'p90 ms':>8}")
for name, (median, p90) in results.items():
    print(f"{name:32} {median:10.2f} {p90:8.2f}")
slowest = max(v[0] for k, v in results.items() if k != "gateway overview")
total = sum(v[0] for k, v in results.items() if k != "gateway overview")
ov = results["gateway overview"][0]
print(f"overview / slowest downstream call: {ov / slowest:.2f}")
print(f"overview / sum of the five calls:   {ov / total:.2f}")
