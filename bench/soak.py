#!/usr/bin/env python3
"""A bounded soak of the gateway, run by bench/run --soak against the suite as bin/run-suite starts it (default
dataset, default settings): a fixed rate of requests for a fixed time, open loop (each request has its scheduled
time, and its latency counts from then, so that a stall shows in the figures instead of slowing the load), mixed
over the overview, the timeline, a brand profile, the reconciliation and the dashboard's page.

Every few seconds it samples the resident memory (VmRSS) of each service's JVM and the gateway's heap used after a
full collection (jcmd GC.run, then jvm_memory_used_bytes{area="heap"} from /q/metrics, summed over the pools).
Memory is stable when the mean of the last third of the samples is within 10% of the mean of the second third
(the first third is the warm-up).

Writes <out>/soak-<timestamp>.json and .md, prints the Markdown, and exits 1 if any request failed (not 200, or no
answer), if the rate was not held (fewer than 95% of the scheduled requests answered), or if memory grew.
"""
import argparse
import datetime
import http.client
import json
import math
import os
import queue
import random
import re
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

MIX = [  # path, weight
    ("/api/overview?period=2025-11", 30),
    ("/api/timeline?from=2025-01&to=2025-11", 20),
    ("/api/brands/leapmotor?year=2025", 20),
    ("/api/reconciliation?measure=exports&period=2024", 20),
    ("/", 10),
]
GROWTH_LIMIT = 0.10
HELD_RATE = 0.95


def log(msg):
    print(f"[{datetime.datetime.now():%H:%M:%S}] {msg}", flush=True)


def worker(base, jobs, results):
    host = urllib.parse.urlsplit(base)
    conn = None
    while True:
        job = jobs.get()
        if job is None:
            return
        scheduled, path = job
        status, error = -1, None
        try:
            if conn is None:
                conn = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
            conn.request("GET", path)
            r = conn.getresponse()
            r.read()
            status = r.status
        except Exception as e:  # noqa: BLE001 - every failure is counted as an error
            error = repr(e)
            if conn is not None:
                conn.close()
            conn = None
        results.append((path, scheduled, time.monotonic(), status, error))


def gateway_heap_after_gc(base, pid):
    subprocess.run(["jcmd", str(pid), "GC.run"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
                   timeout=30)
    text = urllib.request.urlopen(base + "/q/metrics", timeout=10).read().decode()
    used = [float(m.group(1)) for m in re.finditer(r'^jvm_memory_used_bytes\{[^}]*area="heap"[^}]*\} (\S+)$', text, re.M)]
    return sum(used)


def rss(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def sampler(base, pids, every, stop, samples):
    while not stop.wait(every):
        sample = {"t": time.monotonic()}
        for name, pid in pids.items():
            sample[name + " rss"] = rss(pid)
        sample["gateway heap after GC"] = gateway_heap_after_gc(base, pids["gateway"])
        samples.append(sample)


def percentile(values, p):
    if not values:
        return 0.0
    s = sorted(values)
    return s[min(len(s) - 1, max(0, math.ceil(p / 100 * len(s)) - 1))]


def mean(values):
    return sum(values) / len(values) if values else 0.0


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--gateway", required=True)
    p.add_argument("--pids", required=True, help="name=pid,... of the suite's JVMs (gateway among them)")
    p.add_argument("--rate", type=int, default=200)
    p.add_argument("--seconds", type=int, default=300)
    p.add_argument("--warmup", type=int, default=30, help="seconds at the same rate before the soak, not measured")
    p.add_argument("--sample-every", type=float, default=5)
    p.add_argument("--workers", type=int, default=32)
    p.add_argument("--mode", default="full")
    p.add_argument("--out", required=True)
    a = p.parse_args()
    pids = dict(kv.split("=") for kv in a.pids.split(","))

    jobs, results = queue.Queue(), []
    threads = [threading.Thread(target=worker, args=(a.gateway, jobs, results), daemon=True) for _ in range(a.workers)]
    for t in threads:
        t.start()
    paths = [path for path, weight in MIX for _ in range(weight)]
    rnd = random.Random(1)
    log(f"warm-up: {a.warmup} s at {a.rate} req/s")
    schedule(jobs, paths, rnd, a.rate, a.warmup)
    warm = len(results)
    samples, stop = [], threading.Event()
    sampling = threading.Thread(target=sampler, args=(a.gateway, pids, a.sample_every, stop, samples), daemon=True)
    log(f"soak: {a.seconds} s at {a.rate} req/s, memory sampled every {a.sample_every} s")
    began = time.monotonic()
    sampling.start()
    schedule(jobs, paths, rnd, a.rate, a.seconds)
    end = time.monotonic()
    for _ in threads:
        jobs.put(None)
    for t in threads:
        t.join(timeout=40)
    stop.set()
    sampling.join(timeout=60)

    soak = [r for r in results[warm:] if r[1] >= began]
    scheduled = a.rate * a.seconds
    failed = [r for r in soak if r[3] != 200]
    lat = [(r[2] - r[1]) * 1000 for r in soak]
    by_path = {}
    for path, _ in MIX:
        ls = [(r[2] - r[1]) * 1000 for r in soak if r[0] == path]
        by_path[path] = {"requests": len(ls), "p50_ms": round(percentile(ls, 50), 2), "p99_ms": round(percentile(ls, 99), 2),
                         "max_ms": round(max(ls, default=0), 2)}
    memory = {}
    third = len(samples) // 3
    for key in (k for k in (samples[0] if samples else {}) if k != "t"):
        values = [s[key] for s in samples]
        second, last = mean(values[third:2 * third]), mean(values[2 * third:])
        growth = (last - second) / second if second else 0.0
        memory[key] = {"first_mib": round(values[0] / 2**20, 1), "second_third_mean_mib": round(second / 2**20, 1),
                       "last_third_mean_mib": round(last / 2**20, 1), "max_mib": round(max(values) / 2**20, 1),
                       "growth": round(growth, 4), "stable": growth <= GROWTH_LIMIT}
    result = {
        "when": datetime.datetime.now().isoformat(timespec="seconds"), "mode": a.mode, "rate": a.rate,
        "seconds": a.seconds, "warmup_seconds": a.warmup, "scheduled": scheduled, "answered": len(soak),
        "achieved_rate": round(len(soak) / (end - began), 1), "errors": len(failed),
        "error_examples": [f"{r[0]}: {r[3]} {r[4] or ''}" for r in failed[:5]],
        "p50_ms": round(percentile(lat, 50), 2), "p99_ms": round(percentile(lat, 99), 2),
        "max_ms": round(max(lat, default=0), 2), "by_path": by_path, "samples": len(samples), "memory": memory,
    }
    held = len(soak) >= HELD_RATE * scheduled
    stable = bool(memory) and third > 0 and all(m["stable"] for m in memory.values())
    result["held_rate"], result["memory_stable"] = held, stable
    write(a.out, result)
    if failed or not held or not stable:
        log(f"soak FAILED: {len(failed)} errors, rate held {held}, memory stable {stable}")
        sys.exit(1)
    log("soak passed")


def schedule(jobs, paths, rnd, rate, seconds):
    start = time.monotonic()
    for i in range(rate * seconds):
        at = start + i / rate
        delay = at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        jobs.put((at, rnd.choice(paths)))
    # wait for the queue to drain (the answers of the last requests)
    deadline = time.monotonic() + 35
    while not jobs.empty() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)


def write(out, r):
    os.makedirs(out, exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    with open(os.path.join(out, f"soak-{stamp}.json"), "w") as f:
        json.dump(r, f, indent=2)
    md = [f"Soak ({r['mode']}): {r['rate']} req/s for {r['seconds']} s after {r['warmup_seconds']} s of warm-up, "
          f"{r['answered']} of {r['scheduled']} answered ({r['achieved_rate']} req/s), **{r['errors']} errors**; "
          f"latency from the scheduled time p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms, max {r['max_ms']} ms.", "",
          "| request | count | p50 ms | p99 ms | max ms |", "|---|---|---|---|---|"]
    md += [f"| `{p}` | {v['requests']} | {v['p50_ms']} | {v['p99_ms']} | {v['max_ms']} |" for p, v in r["by_path"].items()]
    md += ["", f"Memory ({r['samples']} samples; stable: last third's mean within 10% of the second third's):", "",
           "| what | first MiB | second third MiB | last third MiB | max MiB | growth | stable |", "|---|---|---|---|---|---|---|"]
    md += [f"| {k} | {v['first_mib']} | {v['second_third_mean_mib']} | {v['last_third_mean_mib']} | {v['max_mib']} | "
           f"{v['growth'] * 100:+.1f}% | {'yes' if v['stable'] else 'no'} |" for k, v in r["memory"].items()]
    if r["error_examples"]:
        md += ["", "Errors (first five): " + "; ".join(r["error_examples"])]
    text = "\n".join(md)
    with open(os.path.join(out, f"soak-{stamp}.md"), "w") as f:
        f.write(text + "\n")
    print(text, flush=True)


if __name__ == "__main__":
    main()
