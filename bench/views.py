#!/usr/bin/env python3
"""The measurements of reads and views, run by bench/run --views against the suite as bin/run-suite starts it
(default dataset, default settings) plus a second gateway whose caches are off (GATEWAY_CACHE_TTL=0S).

Phases, side by side in one run:
  1. data-service reads: each service's main read against its own /q/health/live, req/s at 16 connections
     (wrk -t2 -c16), alternating, several rounds; the medians and their ratio (target >= 0.5);
  2. parallel composition: the uncached overview on one connection; the server-side means (from each process's
     own http_server_requests_seconds, before and after) of the overview and of every downstream call it made:
     overview mean / slowest call's mean (target <= 1.3), and their difference (target <= 0.5 ms);
  3. cached views: the overview with caching on against the gateway's /q/health/live, req/s at 16 connections
     (target >= 0.7);
  4. start-up: each service's jar started alone on a port of its own against the running database, three ways in
     turn, round after round: as the runner starts it (its AOT cache), with a dynamic AppCDS archive (made by an
     untimed first start) and plain; seconds from the JVM's start to its first successful main read (the gateway:
     its overview, the services up), and its resident memory then; medians (targets with the AOT cache: <= 1 s,
     <= 200 MiB);
  5. concurrency: each main read and the uncached overview at 1, 2, 4, ... connections: req/s and latency, and
     the throughput where latency starts to climb (the last concurrency whose mean latency is at most twice the
     mean at one connection);
  6. with --against-gateway (bench/run --views --against DIR): this build's gateways and another build's, over the
     same services, in alternating rounds: phases 2 and 3 on each, their medians side by side.
Writes <out>/views-<timestamp>.json and .md and prints the Markdown.
"""
import argparse
import datetime
import json
import os
import re
import statistics
import subprocess
import sys
import time
import traceback
import urllib.request

import scale

TARGETS = {"reads": 0.5, "composition": 1.3, "overhead_ms": 0.5, "cached": 0.7, "startup_s": 1.0, "startup_mib": 200}
PERIOD = "2025-01/2025-11"
# each service's main read: what the gateway's views read most
MAIN_READS = {
    "market-service": f"/api/summary?period={PERIOD}",
    "exports-service": f"/api/reconciliation?period={PERIOD}",
    "deliveries-service": f"/api/rankings?period={PERIOD}",
}
OVERVIEW = f"/api/overview?period={PERIOD}"
# the services that an overview calls; their calls are read from their own http_server_requests_seconds, by uri
# label (a 304 answer to a revalidation is labelled REDIRECTION by Micrometer, whatever its path)
OVERVIEW_SERVICES = ["market-service", "exports-service", "deliveries-service"]
HERE = os.path.dirname(os.path.abspath(__file__))

a = None
errors = []
log = scale.log


def wrk(url, seconds, connections, threads=2, warmup=0):
    if warmup:
        wrk(url, warmup, connections, threads)
    cmd = ["wrk", f"-t{min(threads, connections)}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
           "-s", os.path.join(HERE, "latency.lua"), url]
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    scale.register(p.pid)
    out, _ = p.communicate(timeout=seconds + 60)
    r = scale.parse_wrk(out)
    if r["non2xx"] or r["socket_errors"]:
        raise RuntimeError(f"{url}: {r['non2xx']} non-2xx answers, {r['socket_errors']} socket errors")
    return r


def side_by_side(main_url, health_url):
    """Alternating rounds of wrk on a read and on a health endpoint; the median req/s of each and their ratio."""
    wrk(main_url, a.warmup, 16)
    wrk(health_url, a.warmup, 16)
    main, health = [], []
    for _ in range(a.rounds):
        main.append(wrk(main_url, a.duration, 16)["rps"])
        health.append(wrk(health_url, a.duration, 16)["rps"])
    m, h = statistics.median(main), statistics.median(health)
    return {"url": main_url, "rps": m, "health_rps": h, "ratio": scale.ratio(m, h), "rounds": main,
            "health_rounds": health}


# --- server-side means ---------------------------------------------------------------------------------------

METRIC = re.compile(r'^http_server_requests_seconds_(count|sum)\{([^}]*)\} ([0-9.eE+-]+)$')


def server_times(base):
    """{uri: [count, sum]} of successful requests, from a process's own /q/metrics."""
    with urllib.request.urlopen(base + "/q/metrics", timeout=10) as r:
        text = r.read().decode()
    out = {}
    for line in text.splitlines():
        m = METRIC.match(line)
        if not m:
            continue
        labels = dict(re.findall(r'(\w+)="([^"]*)"', m.group(2)))
        if labels.get("method") != "GET" or not labels.get("status", "").startswith(("2", "3")):
            continue
        entry = out.setdefault(labels.get("uri"), [0.0, 0.0])
        entry[0 if m.group(1) == "count" else 1] += float(m.group(3))
    return out


def mean_ms(before, after, uri):
    b, e = before.get(uri, [0, 0]), after.get(uri, [0, 0])
    n = e[0] - b[0]
    return (round((e[1] - b[1]) / n * 1000, 3), int(n)) if n > 0 else (None, 0)


def composition(uncached=None, warm=True):
    uncached = uncached or a.uncached_gateway
    bases = {"gateway": uncached, **{s: a.services[s] for s in OVERVIEW_SERVICES}}
    if warm:
        # longer than the other warm-ups: at one connection the gateway and the services take about 90 s to compile
        # the whole composition path (the overview's p50 goes from 23 ms to 1.1 ms), at four connections much less
        wrk(uncached + OVERVIEW, 6 * a.warmup, 4)
        wrk(uncached + OVERVIEW, a.warmup, 1, threads=1)
    before = {name: server_times(base) for name, base in bases.items()}
    run = wrk(uncached + OVERVIEW, a.duration, 1, threads=1)
    after = {name: server_times(base) for name, base in bases.items()}
    overview, n = mean_ms(before["gateway"], after["gateway"], "/api/overview")
    calls = {}
    for service in OVERVIEW_SERVICES:
        for uri in after[service]:
            if uri == "/api/changes":
                continue  # the gateways' long polls of the change feed, which run all along, not the overview's calls
            mean, count = mean_ms(before[service], after[service], uri)
            if count:
                label = "304 answers" if uri == "REDIRECTION" else uri
                calls[f"{service} {label}"] = {"mean_ms": mean, "requests": count}
    slowest_name, slowest = max(((k, v["mean_ms"]) for k, v in calls.items() if v["mean_ms"] is not None),
                                key=lambda kv: kv[1])
    return {"overview_mean_ms": overview, "overview_requests": n, "client": run, "calls": calls,
            "slowest_call": slowest_name, "slowest_mean_ms": slowest, "ratio": scale.ratio(overview, slowest),
            "overhead_ms": round(overview - slowest, 3) if overview is not None else None}


def versus():
    """This build's gateways and the other build's, in alternating rounds: composition and cached views of each."""
    builds = {"this build": (a.uncached_gateway, a.gateway),
              a.against_label: (a.against_uncached_gateway, a.against_gateway)}
    for uncached, cached in builds.values():
        composition(uncached)
        wrk(cached + OVERVIEW, a.warmup, 16)
    rounds = {name: [] for name in builds}
    for _ in range(a.rounds):
        for name, (uncached, cached) in builds.items():
            c = composition(uncached, warm=False)
            views = wrk(cached + OVERVIEW, a.duration, 16)["rps"]
            health = wrk(cached + "/q/health/live", a.duration, 16)["rps"]
            rounds[name].append({"ratio": c["ratio"], "overhead_ms": c["overhead_ms"],
                                 "overview_mean_ms": c["overview_mean_ms"], "cached": scale.ratio(views, health),
                                 "cached_rps": views})
    out = {}
    for name, rs in rounds.items():
        out[name] = {key: statistics.median(r[key] for r in rs) for key in rs[0]}
        out[name]["rounds"] = rs
        log(f"  {name}: composition {out[name]['ratio']} (+{out[name]['overhead_ms']} ms), cached views "
            f"{out[name]['cached']}")
    return out


# --- start-up ------------------------------------------------------------------------------------------------

# how each service is started for the comparison: as the runner starts it (its AOT cache), with a dynamic AppCDS
# archive made by an untimed first start instead, and with neither; and with its AOT cache on the memory a dev
# container gives it (a 384 MiB limit, the heap sized from it, one processor: the serial collector); the commands
# come from the runner's JarCommand
VARIANTS = ["aot", "appcds", "plain", "aot-container"]


def command(service, variant):
    jar = os.path.join(a.repo, service, "target", "quarkus-app", "quarkus-run.jar")
    classpath = os.path.join(a.repo, "suite-local", "target", "classes")
    out = subprocess.run(["java", "-cp", classpath, "org.chinaauto.local.JarCommand", jar, variant],
                         capture_output=True, text=True, check=True).stdout
    return out.split()


def startup(service, variant, port):
    app = os.path.join(a.repo, service, "target", "quarkus-app")
    cmd = command(service, variant)
    env = dict(os.environ, QUARKUS_HTTP_PORT=str(port), QUARKUS_MANAGEMENT_ENABLED="false")
    database = {"market-service": "market", "exports-service": "exports", "deliveries-service": "deliveries"}.get(service)
    if database:
        env.update(QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://127.0.0.1:{a.pg_port}/{database}",
                   QUARKUS_DATASOURCE_USERNAME="postgres", QUARKUS_DATASOURCE_PASSWORD="postgres")
    for name, base in a.services.items():
        env[name.replace("-service", "").upper() + "_SERVICE_URL"] = base
    path = MAIN_READS.get(service, OVERVIEW)
    logfile = os.path.join(a.work, f"startup-{service}-{variant}.log")
    start = time.monotonic()
    p = subprocess.Popen(cmd, cwd=app, env=env, stdout=open(logfile, "w"), stderr=subprocess.STDOUT)
    scale.register(p.pid)
    try:
        while time.monotonic() - start < 120:
            if p.poll() is not None:
                raise RuntimeError(f"{service} exited; see {logfile}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2) as r:
                    if r.status == 200:
                        seconds = time.monotonic() - start
                        rss = scale.proc_status(p.pid)["rss_mib"]
                        return {"seconds": round(seconds, 2), "rss_mib": rss}
            except OSError:
                pass
            time.sleep(0.01)
        raise RuntimeError(f"{service} did not answer {path} within 120 s")
    finally:
        p.terminate()
        p.wait(timeout=60)
        refused = [line.strip() for line in open(logfile)
                   if ("[error" in line and "[aot" in line) or "Unable to use AOT cache" in line]
        if refused:
            errors.append(f"{service} ({variant}): the JVM refused the cache: {refused[0]}")


def startups():
    """Each service's variants in turn, round after round (side by side), the median of each."""
    services = ["market-service", "exports-service", "deliveries-service", "gateway"]
    for service in services:
        archive = os.path.join(a.repo, service, "target", "quarkus-app", "app-cds.jsa")
        if os.path.exists(archive):
            os.remove(archive)
        startup(service, "appcds", a.spare_port)  # untimed: makes the archive
    runs = {(s, v): [] for s in services for v in VARIANTS}
    for _ in range(a.startup_runs):
        for i, service in enumerate(services):
            for variant in VARIANTS:
                runs[(service, variant)].append(startup(service, variant, a.spare_port + i))
    out = {}
    for service in services:
        out[service] = {}
        for variant in VARIANTS:
            rs = runs[(service, variant)]
            out[service][variant] = {"seconds": statistics.median(r["seconds"] for r in rs),
                                     "rss_mib": statistics.median(r["rss_mib"] for r in rs), "runs": rs}
        log(f"  {service}: " + "; ".join(f"{v} {out[service][v]['seconds']} s, {out[service][v]['rss_mib']} MiB"
                                         for v in VARIANTS) + f" (medians of {a.startup_runs})")
    return out


# --- concurrency ---------------------------------------------------------------------------------------------

def knees():
    targets = {s: a.services[s] + path for s, path in MAIN_READS.items()}
    targets["overview (uncached)"] = a.uncached_gateway + OVERVIEW
    out = {}
    for name, url in targets.items():
        steps = []
        for c in a.concurrency:
            r = wrk(url, a.step_seconds, c, warmup=1 if not steps else 0)
            steps.append({"connections": c, "rps": r["rps"], "mean_ms": r["mean_ms"], "p99_ms": r["p99_ms"]})
        base = steps[0]["mean_ms"]
        knee = [s for s in steps if s["mean_ms"] <= 2 * base][-1]
        out[name] = {"steps": steps, "knee": knee}
        log(f"  {name}: {knee['rps']} req/s at {knee['connections']} connections (mean {knee['mean_ms']} ms)")
    return out


def wait_ready(base, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "/q/health/ready", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{base} was not ready within {seconds} s")


# --- the run -------------------------------------------------------------------------------------------------

def run():
    now = datetime.datetime.now(datetime.timezone.utc)
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    r = {"date": now.isoformat(timespec="seconds"), "commit": scale.commit(), "mode": a.mode,
         "machine": scale.machine(), "period": PERIOD}
    log("Data-service reads (16 connections)")
    reads = {}
    for service, path in MAIN_READS.items():
        res = scale.phase(f"reads {service}", lambda: side_by_side(a.services[service] + path,
                                                                    a.services[service] + "/q/health/live"), r)
        if res:
            reads[service] = res
            log(f"  {service}: {res['rps']} req/s / health {res['health_rps']} = {res['ratio']}")
    r["reads"] = reads
    log("Parallel composition (uncached overview, one connection)")
    r["composition"] = scale.phase("composition", composition, r)
    if r["composition"]:
        c = r["composition"]
        log(f"  overview {c['overview_mean_ms']} ms / slowest {c['slowest_call']} {c['slowest_mean_ms']} ms = "
            f"{c['ratio']} (+{c['overhead_ms']} ms)")
    log("Cached views (16 connections)")
    r["cached"] = scale.phase("cached", lambda: side_by_side(a.gateway + OVERVIEW, a.gateway + "/q/health/live"), r)
    if r["cached"]:
        log(f"  overview {r['cached']['rps']} req/s / health {r['cached']['health_rps']} = {r['cached']['ratio']}")
    if a.against_gateway:
        log(f"Side by side with {a.against_label} (alternating rounds)")
        r["versus"] = scale.phase("versus", versus, r)
    log("Concurrency")
    r["concurrency"] = scale.phase("concurrency", knees, r)
    log("Start-up (each service alone)")
    r["startup"] = scale.phase("startup", startups, r)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, f"views-{stamp}.json"), "w") as f:
        json.dump(r, f, indent=2)
    md = markdown(r)
    with open(os.path.join(a.out, f"views-{stamp}.md"), "w") as f:
        f.write(md)
    print(md)


def met(value, target, higher):
    if value is None:
        return "not measured"
    return "yes" if (value >= target if higher else value <= target) else "no"


def markdown(r):
    m = r["machine"]
    lines = [f"# Reads and views, {r['date']} (commit {r['commit']}, {r['mode']} mode)", "",
             f"Machine: {m['nproc']} cores ({m['cpu']}), {m['memory_gib']} GiB; load average at start "
             f"{', '.join(f'{x:.2f}' for x in m['load_average_at_start'])}. Default dataset, period {r['period']}.",
             "", "| what | measured | target | met |", "|---|---|---|---|"]
    for service, x in r.get("reads", {}).items():
        lines.append(f"| {service} reads | `{x['url'].split('/', 3)[-1]}` {x['rps']:,.0f} req/s / "
                     f"`/q/health/live` {x['health_rps']:,.0f} = **{x['ratio']}** | >= {TARGETS['reads']} | "
                     f"{met(x['ratio'], TARGETS['reads'], True)} |")
    c = r.get("composition")
    if c:
        lines.append(f"| parallel composition | overview {c['overview_mean_ms']} ms / slowest call "
                     f"({c['slowest_call']}) {c['slowest_mean_ms']} ms = **{c['ratio']}** | <= {TARGETS['composition']} "
                     f"| {met(c['ratio'], TARGETS['composition'], False)} |")
        lines.append(f"| gateway overhead | **{c['overhead_ms']} ms** | <= {TARGETS['overhead_ms']} ms | "
                     f"{met(c['overhead_ms'], TARGETS['overhead_ms'], False)} |")
    x = r.get("cached")
    if x:
        lines.append(f"| cached views | overview {x['rps']:,.0f} req/s / gateway `/q/health/live` "
                     f"{x['health_rps']:,.0f} = **{x['ratio']}** | >= {TARGETS['cached']} | "
                     f"{met(x['ratio'], TARGETS['cached'], True)} |")
    for service, v in (r.get("startup") or {}).items():
        s = v["aot"]
        ok = s["seconds"] <= TARGETS["startup_s"] and s["rss_mib"] <= TARGETS["startup_mib"]
        lines.append(f"| start-up {service}, AOT cache | **{s['seconds']} s**, **{s['rss_mib']:.0f} MiB** (AppCDS "
                     f"{v['appcds']['seconds']} s, {v['appcds']['rss_mib']:.0f} MiB; plain {v['plain']['seconds']} s, "
                     f"{v['plain']['rss_mib']:.0f} MiB; AOT cache as in a dev container {v['aot-container']['seconds']} s, "
                     f"{v['aot-container']['rss_mib']:.0f} MiB) | <= {TARGETS['startup_s']} s, <= {TARGETS['startup_mib']} MiB "
                     f"| {'yes' if ok else 'no'} |")
    if c:
        lines += ["", "Server-side means of the overview's calls: " + "; ".join(
            f"{k} {v['mean_ms']} ms ({v['requests']} requests)" for k, v in c["calls"].items()) + "."]
    v = r.get("versus")
    if v:
        lines += ["", "Side by side with another build's gateway over the same services, alternating rounds "
                  "(medians of " + str(len(next(iter(v.values()))["rounds"])) + "):", "",
                  "| build | parallel composition | gateway overhead | cached views |", "|---|---|---|---|"]
        for name, x in v.items():
            lines.append(f"| {name} | {x['overview_mean_ms']} ms, **{x['ratio']}** | **{x['overhead_ms']} ms** | "
                         f"{x['cached_rps']:,.0f} req/s, **{x['cached']}** |")
    k = r.get("concurrency")
    if k:
        lines += ["", "Throughput where latency starts to climb (the last concurrency whose mean latency is at "
                  "most twice the mean at one connection):", "", "| read | connections | req/s | mean ms | p99 ms |",
                  "|---|---|---|---|---|"]
        for name, x in k.items():
            kn = x["knee"]
            lines.append(f"| {name} | {kn['connections']} | {kn['rps']:,.0f} | {kn['mean_ms']} | {kn['p99_ms']} |")
    if r.get("errors"):
        lines += ["", "Errors of the harness: " + "; ".join(r["errors"])]
    return "\n".join(lines) + "\n"


def main():
    global a
    p = argparse.ArgumentParser()
    p.add_argument("--mode", default="full")
    p.add_argument("--work", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--gateway", required=True)
    p.add_argument("--uncached-gateway", required=True)
    p.add_argument("--market", required=True)
    p.add_argument("--exports", required=True)
    p.add_argument("--deliveries", required=True)
    p.add_argument("--pg-port", type=int, required=True)
    p.add_argument("--spare-port", type=int, required=True)
    p.add_argument("--duration", type=int, default=8)
    p.add_argument("--warmup", type=int, default=5)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--startup-runs", type=int, default=3)
    p.add_argument("--step-seconds", type=int, default=4)
    p.add_argument("--repo", default=".")
    p.add_argument("--against-label", default="other build")
    p.add_argument("--against-gateway")
    p.add_argument("--against-uncached-gateway")
    a = p.parse_args()
    a.services = {"market-service": a.market, "exports-service": a.exports, "deliveries-service": a.deliveries}
    a.concurrency = [1, 2, 4, 8, 16, 32] if a.mode != "quick" else [1, 4]
    scale.a = a
    for gateway in (a.uncached_gateway, a.against_gateway, a.against_uncached_gateway):
        if gateway:
            wait_ready(gateway)
    run()
    if errors or scale.errors:
        print("The harness hit errors (see above); results were written all the same.", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
