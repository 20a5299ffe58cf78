#!/usr/bin/env python3
"""Scrapes the running suite with a real Prometheus and checks what the alerts and the dashboard need.

Run through prometheus-scrape.sh, which installs Prometheus when missing. Steps:
  1. writes a Prometheus config (scrape every SCRAPE_INTERVAL, metrics_path /q/metrics, one job per
     target, the suite's alert rules loaded) into a temporary directory and starts `prometheus` on a
     free 127.0.0.1 port;
  2. optionally sends a few GET requests to each target (WARMUP_PATHS) so that HTTP metrics exist;
  3. waits (bounded by WAIT_SECONDS) until every target is up, then queries Prometheus' HTTP API:
     - every target is up;
     - every metric name used by the alert rules and the Grafana dashboard (derived from their PromQL
       by promql_metrics.py, not a hand list) has series; a metric without series passes as "declared"
       when a target's exposition declares it (# TYPE) without samples, and with a warning when listed
       in scrape-allowed-absent.txt (unless STRICT=1); otherwise it fails;
     - every alert rule was evaluated without error;
  4. stops Prometheus and removes the directory.
Only loopback targets are accepted. Ends with "N passed, N failed"; exit 1 on any failure.
"""
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
K8S = os.path.dirname(HERE)
RULES = os.path.join(K8S, "monitoring", "rules", "china-auto-suite.rules.yml")
DASHBOARD = os.path.join(K8S, "monitoring", "dashboards", "china-auto-suite.json")
ALLOWED_ABSENT = os.path.join(HERE, "scrape-allowed-absent.txt")
DEFAULT_TARGETS = ["gateway=127.0.0.1:8080", "market-service=127.0.0.1:8081",
                   "exports-service=127.0.0.1:8082", "deliveries-service=127.0.0.1:8083",
                   "reports-service=127.0.0.1:8084"]
LOOPBACK = re.compile(r"^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$")

sys.path.insert(0, HERE)
import promql_metrics  # noqa: E402

passed = failed = 0


def result(ok, msg, warn=False):
    global passed, failed
    if ok:
        passed += 1
        print(("WARN " if warn else "ok   ") + msg)
    else:
        failed += 1
        print("FAIL " + msg)


def parse_targets(args):
    targets = []
    for i, arg in enumerate(args):
        job, _, addr = arg.rpartition("=")
        if not job:
            job = DEFAULT_TARGETS[i].split("=")[0] if i < len(DEFAULT_TARGETS) else f"target-{i}"
        host = addr.rsplit(":", 1)[0]
        if not LOOPBACK.match(host) or not re.search(r":\d+$", addr):
            sys.exit(f"prometheus-scrape: {addr!r} is not a loopback host:port (only 127.0.0.1/localhost are scraped)")
        targets.append((job, addr.replace("localhost", "127.0.0.1")))
    return targets


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url, timeout=3):
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return r.read().decode("utf-8", "replace")


def api(base, path, **params):
    q = ("?" + urllib.parse.urlencode(params)) if params else ""
    return json.loads(get(f"{base}{path}{q}"))["data"]


def main():
    args = sys.argv[1:] or os.environ.get("SCRAPE_TARGETS", "").split() or DEFAULT_TARGETS
    targets = parse_targets(args)
    interval = os.environ.get("SCRAPE_INTERVAL", "2s")
    interval_s = float(interval.rstrip("s"))
    wait_seconds = float(os.environ.get("WAIT_SECONDS", "60"))
    strict = os.environ.get("STRICT") == "1"
    warmup_paths = os.environ.get("WARMUP_PATHS", "/ /api /q/health/ready").split()
    prometheus = os.environ.get("PROMETHEUS_BIN", shutil.which("prometheus") or "prometheus")

    expected = sorted(n for n in subprocess.run(
        [sys.executable, os.path.join(HERE, "promql_metrics.py"), RULES, DASHBOARD],
        check=True, capture_output=True, text=True).stdout.split())
    allowed_absent = set()
    with open(ALLOWED_ABSENT) as f:
        allowed_absent = {l.strip() for l in f if l.strip() and not l.startswith("#")}
    print(f"targets: {' '.join(f'{j}={a}' for j, a in targets)}")
    print(f"metrics used by the rules and the dashboard: {' '.join(expected)}")

    tmp = tempfile.mkdtemp(prefix="prometheus-scrape.")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    shutil.copy(RULES, os.path.join(tmp, "rules.yml"))
    with open(os.path.join(tmp, "prometheus.yml"), "w") as f:
        f.write(f"global:\n  scrape_interval: {interval}\n  scrape_timeout: {int(min(interval_s, 2) * 1000)}ms\n"
                f"  evaluation_interval: {interval}\nrule_files:\n  - rules.yml\nscrape_configs:\n")
        for job, addr in targets:
            f.write(f"  - job_name: {json.dumps(job)}\n    metrics_path: /q/metrics\n"
                    f"    static_configs:\n      - targets: [{json.dumps(addr)}]\n"
                    f"        labels: {{namespace: scrape-test}}\n")
    log = open(os.path.join(tmp, "prometheus.log"), "w")
    proc = subprocess.Popen([prometheus, f"--config.file={tmp}/prometheus.yml", f"--storage.tsdb.path={tmp}/data",
                             f"--web.listen-address=127.0.0.1:{port}", "--log.level=warn"],
                            stdout=log, stderr=subprocess.STDOUT, cwd=tmp)
    try:
        ready = False
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                get(f"{base}/-/ready", timeout=1)
                ready = True
                break
            except (urllib.error.URLError, OSError):
                time.sleep(0.5)
        result(ready, f"Prometheus started on 127.0.0.1:{port}")
        if not ready:
            print(open(os.path.join(tmp, "prometheus.log")).read()[-2000:])
            return

        # Warm-up: a few bounded requests so that the HTTP server histograms have series.
        for _, addr in targets:
            for path in warmup_paths:
                try:
                    get(f"http://{addr}{path}", timeout=2)
                except (urllib.error.URLError, OSError, ValueError):
                    pass  # 404s and refusals are fine: the request is what counts

        # Wait until every target is up (bounded), then two more scrapes for rate() windows.
        health = {}
        deadline = time.monotonic() + wait_seconds
        while time.monotonic() < deadline:
            active = api(base, "/api/v1/targets")["activeTargets"]
            health = {t["labels"]["job"]: (t["health"], t.get("lastError", "")) for t in active}
            if len(health) == len(targets) and all(h == "up" for h, _ in health.values()):
                break
            time.sleep(interval_s)
        for job, addr in targets:
            h, err = health.get(job, ("unknown", "not discovered"))
            result(h == "up", f"target {job} ({addr}) is {h}" + (f": {err}" if err else ""))
        time.sleep(2 * interval_s + 1)

        names = set(api(base, "/api/v1/label/__name__/values"))
        expositions = {}
        for job, addr in targets:
            try:
                expositions[job] = get(f"http://{addr}/q/metrics", timeout=3)
            except (urllib.error.URLError, OSError):
                expositions[job] = ""
        for metric in expected:
            if metric in names:
                jobs = sorted({s["job"] for s in api(base, "/api/v1/series", **{"match[]": metric})})
                # Metrics every service has (HTTP, JVM) must come from every target; the database
                # gauge from every service with a database (all but the gateway).
                if metric.startswith(("http_server_requests_seconds", "jvm_", "process_")):
                    owners = [j for j, _ in targets]
                elif metric == "suite_database_up":
                    owners = [j for j, _ in targets if j.endswith("-service")]
                else:
                    owners = []
                missing = [j for j in owners if j not in jobs]
                result(not missing, f"{metric}: present ({', '.join(jobs)})"
                       + (f", but not from {', '.join(missing)}" if missing else ""))
                continue
            family = re.sub(r"_(bucket|count|sum|total)$", "", metric)
            declared = [job for job, text in expositions.items()
                        if re.search(rf"^# TYPE ({re.escape(metric)}|{re.escape(family)}) ", text, re.M)]
            if declared:
                result(True, f"{metric}: declared without samples yet ({', '.join(declared)})")
            elif metric in allowed_absent and not strict:
                result(True, f"{metric}: absent; allowed until its first event (scrape-allowed-absent.txt)", warn=True)
            else:
                result(False, f"{metric}: no series and not declared by any target")

        # Every alert rule must evaluate without error against the real series.
        time.sleep(interval_s + 1)
        groups = api(base, "/api/v1/rules")["groups"]
        rules = [r for g in groups for r in g["rules"]]
        bad = [f"{r['name']}: {r.get('lastError', '')}" for r in rules if r.get("health") != "ok"]
        result(bool(rules) and not bad, f"{len(rules)} alert rules loaded and evaluated without error"
               + (": " + "; ".join(bad) if bad else ""))
        firing = [a["labels"]["alertname"] for a in api(base, "/api/v1/alerts")["alerts"]]
        print(f"info alerts pending or firing now: {', '.join(sorted(set(firing))) or 'none'}")
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        shutil.rmtree(tmp, ignore_errors=True)
        print(f"prometheus-scrape: {passed} passed, {failed} failed")


if __name__ == "__main__":
    main()
    sys.exit(1 if failed or not passed else 0)
