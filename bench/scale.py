#!/usr/bin/env python3
"""The measurements of loads and queries at scale, run by bench/run against a suite it started.

Phases, in one run against one market-service and one PostgreSQL:
  1. load 1,000 synthetic figures; wrk the list, series, summary and history queries (the small scale);
  2. load the N-row file through POST /api/figures (rows/s), export exactly the rows it stored, and psql \\copy
     them into bench_copy (CREATE TABLE ... (LIKE figure INCLUDING ALL)) on the same PostgreSQL (rows/s);
  3. load the same file again (all unchanged): rows/s;
  4. wrk the same four queries at N figures;
  4b. EXPLAIN ANALYZE the statements behind those queries (bench/explain.sql): the indexes they use;
  5. wrk the series query while N other rows load (wrk is stopped with SIGINT when the load ends);
  6. start market-service's jar on a small heap (-Xmx160m) against a database of its own and load the N rows:
     success or failure, peak RSS (VmHWM) and the highest heap seen in /q/metrics.
A failed load (413, 500, OutOfMemoryError, a timeout) is a result, not a crash: the phases that need it are
reported as not measured. Writes <out>/<timestamp>.json and <timestamp>.md and prints the Markdown.
"""
import argparse
import base64
import datetime
import http.client
import json
import os
import platform
import re
import signal
import subprocess
import sys
import threading
import time
import traceback
import urllib.error
import urllib.parse
import urllib.request

TARGETS = {"bulk_load": 0.3, "reload": 0.5, "queries": 3.0, "reads_during_load": 3.0}
QUERIES = {
    "list": "/api/figures?segment=nev&publisher=SYN001&size=100",
    "series": "/api/series?measure=sales&segment=nev&publisher=SYN001&from=2024-01&to=2025-12",
    "summary": "/api/summary?period=2025-11",
    "history": "/api/figures/history?measure=sales&segment=nev&period=2025-11&publisher=SYN001",
}
HERE = os.path.dirname(os.path.abspath(__file__))

a = None
errors = []


def log(msg):
    print(f"[{datetime.datetime.now().strftime('%H:%M:%S')}] {msg}", flush=True)


def register(pid):
    with open(os.path.join(a.work, "pids"), "a") as f:
        f.write(f"{pid}\n")


# --- processes, memory ---------------------------------------------------------------------------------------

def proc_status(pid):
    """VmRSS and VmHWM (peak resident set) of a process, in MiB."""
    out = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    key, value = line.split(":")
                    out[key] = round(int(value.split()[0]) / 1024, 1)
    except OSError:
        pass
    return {"rss_mib": out.get("VmRSS"), "peak_rss_mib": out.get("VmHWM")}


def heap_used_mib(base):
    """The heap in use (sum of jvm_memory_used_bytes{area="heap"}), or None when /q/metrics does not show it."""
    try:
        text = urllib.request.urlopen(base + "/q/metrics", timeout=5).read().decode()
    except Exception:
        return None
    total, seen = 0.0, False
    for line in text.splitlines():
        if line.startswith("jvm_memory_used_bytes{") and 'area="heap"' in line:
            total += float(line.rsplit(" ", 1)[1])
            seen = True
    return round(total / 1048576, 1) if seen else None


class HeapWatch(threading.Thread):
    """Polls the heap in use and the RSS while a load runs; keeps the highest of each."""

    def __init__(self, base, pid):
        super().__init__(daemon=True)
        self.base, self.pid = base, pid
        self.peak_heap = None
        self.peak_rss = None
        self.stop = threading.Event()

    def run(self):
        while not self.stop.is_set():
            h = heap_used_mib(self.base)
            if h is not None:
                self.peak_heap = max(self.peak_heap or 0, h)
            r = proc_status(self.pid)["rss_mib"]
            if r is not None:
                self.peak_rss = max(self.peak_rss or 0, r)
            self.stop.wait(0.5)


# --- HTTP ----------------------------------------------------------------------------------------------------

def get(base, path):
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(base + path, timeout=60) as r:
            body = r.read()
            return {"status": r.status, "bytes": len(body), "ms": round((time.perf_counter() - start) * 1000, 1)}
    except urllib.error.HTTPError as e:
        return {"status": e.code, "bytes": len(e.read()), "ms": round((time.perf_counter() - start) * 1000, 1)}


def post_csv(base, path, token, rows):
    """POSTs a CSV file, streamed from disk; returns status, seconds, rows/s (when 200) and the answer."""
    u = urllib.parse.urlsplit(base)
    size = os.path.getsize(path)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=3600)
    start = time.perf_counter()
    result = {"rows": rows, "bytes": size}
    try:
        with open(path, "rb") as body:
            conn.request("POST", "/api/figures", body=body, headers={
                "Content-Type": "text/csv", "Content-Length": str(size), "Authorization": "Bearer " + token,
                "Accept": "application/json"})
            resp = conn.getresponse()
            text = resp.read().decode("utf-8", "replace")
        seconds = time.perf_counter() - start
        result.update(status=resp.status, seconds=round(seconds, 3))
        try:
            result["answer"] = json.loads(text)
        except ValueError:
            result["answer"] = text[:500]
        if resp.status == 200:
            result["rows_per_s"] = round(rows / seconds, 1)
        else:
            result["answer"] = text[:500] if not isinstance(result.get("answer"), dict) else \
                {k: v for k, v in result["answer"].items() if k != "errors"}
    except (OSError, http.client.HTTPException) as e:
        result.update(status=None, seconds=round(time.perf_counter() - start, 3), error=f"{type(e).__name__}: {e}")
    finally:
        conn.close()
    result["ok"] = result.get("status") == 200
    return result


def log_size(path):
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def log_errors(path, offset, limit=6):
    """The first exception and error lines a service logged after offset: why a load failed."""
    try:
        with open(path, errors="replace") as f:
            f.seek(offset)
            text = f.read()
    except OSError:
        return []
    hits = [l.strip()[:300] for l in text.splitlines()
            if re.search(r"(Exception|Error)\b|\bERROR\b", l) and not l.lstrip().startswith("at ")]
    return hits[:limit]


def wait_ready(base, proc, seconds=180):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            return False
        try:
            if urllib.request.urlopen(base + "/q/health/ready", timeout=2).status == 200:
                return True
        except Exception:
            pass
        time.sleep(0.5)
    return False


# --- PostgreSQL ----------------------------------------------------------------------------------------------

def psql(sql, db="market", timing=False):
    env = dict(os.environ, PGPASSWORD="postgres")
    for k in ("PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGSERVICE"):
        env.pop(k, None)
    script = ("\\timing on\n" if timing else "") + sql + "\n"
    start = time.perf_counter()
    out = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                          "-p", str(a.pg_port), "-U", "postgres", "-d", db],
                         input=script, capture_output=True, text=True, env=env, timeout=7200)
    wall = time.perf_counter() - start
    if out.returncode != 0:
        raise RuntimeError(f"psql failed: {out.stderr.strip()}")
    return out.stdout, wall


def psql_value(sql, db="market"):
    return psql(sql, db)[0].strip().splitlines()[0]


def copy_rate(stored_file, rows):
    """psql \\copy of the stored rows into an empty copy of the figure table (same indexes and constraints)."""
    psql("DROP TABLE IF EXISTS bench_copy; CREATE TABLE bench_copy (LIKE figure INCLUDING ALL);")
    out, wall = psql(f"\\copy bench_copy FROM '{stored_file}'", timing=True)
    m = re.findall(r"Time: ([0-9.]+) ms", out)
    seconds = float(m[-1]) / 1000 if m else wall
    copied = int(psql_value("SELECT count(*) FROM bench_copy"))
    return {"rows": copied, "seconds": round(seconds, 3), "rows_per_s": round(copied / seconds, 1),
            "timed_by": "psql \\timing" if m else "wall clock of psql"}


# --- wrk -----------------------------------------------------------------------------------------------------

def explain_plans():
    """EXPLAIN ANALYZE of each statement of bench/explain.sql: its time, the indexes it used, any sequential scan."""
    plans = []
    with open(os.path.join(HERE, "explain.sql")) as f:
        lines = [l.rstrip("\n") for l in f]
    for i, line in enumerate(lines):
        if not line.startswith("-- name: "):
            continue
        sql = lines[i + 1]
        out, _ = psql("EXPLAIN (ANALYZE, COSTS OFF) " + sql + ";")
        text = out.strip()
        m = re.search(r"Execution Time: ([0-9.]+) ms", text)
        plans.append({"name": line[len("-- name: "):], "execution_ms": float(m.group(1)) if m else None,
                      "indexes": sorted(set(re.findall(r"Index (?:Only )?Scan(?: Backward)? using (\w+)", text)
                                             + re.findall(r"Bitmap Index Scan on (\w+)", text))),
                      "seq_scan": bool(re.search(r"Seq Scan on figure", text)), "plan": text.splitlines()})
    return plans


def wrk_cmd(url, seconds):
    return ["wrk", "-t1", f"-c{a.connections}", f"-d{seconds}s", "--timeout", "30s",
            "-s", os.path.join(HERE, "latency.lua"), url]


def parse_wrk(text):
    for line in text.splitlines():
        if line.startswith("BENCH_JSON "):
            r = json.loads(line[len("BENCH_JSON "):])
            ms = {k.replace("_us", "_ms"): round(v / 1000, 2) for k, v in r.items() if k.endswith("_us")}
            out = {"requests": r["requests"], "non2xx": r["non2xx"], "socket_errors": r["socket_errors"], **ms}
            out["duration_s"] = out.pop("duration_ms") / 1000
            out["rps"] = round(r["requests"] / max(out["duration_s"], 1e-9), 1)
            if r["requests"] == 0:
                out["p99_ms"] = None
            return out
    raise RuntimeError("wrk printed no result: " + text[-500:])


def wrk(url, seconds):
    p = subprocess.Popen(wrk_cmd(url, seconds), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    register(p.pid)
    out, _ = p.communicate(timeout=seconds + 120)
    return parse_wrk(out)


def wrk_during(url, action):
    """wrk runs while action() does; stopped with SIGINT (wrk then prints what it measured)."""
    p = subprocess.Popen(wrk_cmd(url, 36000), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    register(p.pid)
    try:
        time.sleep(0.3)
        result = action()
    finally:
        p.send_signal(signal.SIGINT)
        out, _ = p.communicate(timeout=60)
    return parse_wrk(out), result


def query_set(label):
    out = {}
    for name, path in QUERIES.items():
        url = a.market + path
        check = get(a.market, path)
        entry = {"path": path, "status": check["status"], "answer_bytes": check["bytes"], "first_ms": check["ms"]}
        if check["status"] == 200:
            wrk(url, a.warmup)
            entry.update(wrk(url, a.duration))
        out[name] = entry
        log(f"  {label} {name}: status {entry['status']}, {entry['answer_bytes']} bytes, "
            f"p50 {entry.get('p50_ms')} ms, p99 {entry.get('p99_ms')} ms, {entry.get('requests')} requests")
    return out


# --- the small-heap market-service ---------------------------------------------------------------------------

def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def own_token(key_dir):
    """A key pair of this run (openssl) and an editor token signed with it, for the service started here."""
    private = os.path.join(key_dir, "bench-key.pem")
    subprocess.run(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", private],
                   check=True, capture_output=True)
    public = subprocess.run(["openssl", "pkey", "-in", private, "-pubout"], check=True, capture_output=True,
                            text=True).stdout
    now = int(time.time())
    header = b64url(json.dumps({"alg": "RS256", "typ": "JWT"}).encode())
    claims = b64url(json.dumps({"iss": "china-auto-suite", "aud": "china-auto-api", "sub": "bench-editor", "upn": "bench-editor",
                                "groups": ["editor"], "iat": now, "exp": now + 12 * 3600}).encode())
    signing_input = f"{header}.{claims}".encode()
    sig = subprocess.run(["openssl", "dgst", "-sha256", "-sign", private], input=signing_input, check=True,
                         capture_output=True).stdout
    return public, f"{header}.{claims}.{b64url(sig)}"


def small_heap_load(big_file, rows):
    db = "market_mem"
    psql(f"DROP DATABASE IF EXISTS {db}", db="postgres")
    psql(f"CREATE DATABASE {db}", db="postgres")
    public, token = own_token(a.work)
    base = f"http://127.0.0.1:{a.mem_port}"
    env = dict(os.environ, QUARKUS_HTTP_PORT=str(a.mem_port), MP_JWT_VERIFY_PUBLICKEY=public,
               MP_JWT_VERIFY_ISSUER="china-auto-suite",
               QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://localhost:{a.pg_port}/{db}",
               QUARKUS_DATASOURCE_USERNAME="postgres", QUARKUS_DATASOURCE_PASSWORD="postgres")
    # as the runner starts it (its JVM options and AOT cache, from the runner's JarCommand), on the small heap
    runner = subprocess.run(["java", "-cp", os.path.join(a.repo, "suite-local", "target", "classes"),
                             "org.chinaauto.local.JarCommand", a.jar, "aot"], capture_output=True, text=True, check=True)
    cmd = runner.stdout.split()
    cmd.insert(1, f"-Xmx{a.heap}")
    result = {"heap": f"-Xmx{a.heap}", "command": " ".join(cmd)}
    log_path = os.path.join(a.work, "market-small-heap.log")
    with open(log_path, "w") as log_file:
        proc = subprocess.Popen(cmd, cwd=os.path.dirname(a.jar), env=env, stdout=log_file, stderr=subprocess.STDOUT)
    register(proc.pid)
    try:
        if not wait_ready(base, proc):
            result.update(ok=False, started=False, error="the small-heap market-service did not become ready")
            return result
        result["before"] = {**proc_status(proc.pid), "heap_used_mib": heap_used_mib(base)}
        watch = HeapWatch(base, proc.pid)
        watch.start()
        load = post_csv(base, big_file, token, rows)
        watch.stop.set()
        watch.join()
        result["load"] = load
        result["ok"] = load["ok"] and proc.poll() is None
        result["peak_heap_mib"] = watch.peak_heap
        result["peak_rss_mib"] = proc_status(proc.pid)["peak_rss_mib"] or watch.peak_rss
        result["heap_max_mib"] = None
        try:
            text = urllib.request.urlopen(base + "/q/metrics", timeout=5).read().decode()
            result["heap_max_mib"] = round(sum(float(l.rsplit(" ", 1)[1]) for l in text.splitlines()
                                               if l.startswith("jvm_memory_max_bytes{") and 'area="heap"' in l
                                               and not l.rsplit(" ", 1)[1].startswith("-")) / 1048576, 1)
        except Exception:
            pass
        with open(log_path, errors="replace") as f:
            result["out_of_memory_in_log"] = "OutOfMemoryError" in f.read()
        if not load["ok"]:
            load["service_log"] = log_errors(log_path, 0)
        result["alive_after"] = proc.poll() is None
        return result
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        try:
            psql(f"DROP DATABASE IF EXISTS {db}", db="postgres")
        except Exception:
            pass


# --- the run -------------------------------------------------------------------------------------------------

def machine():
    mem = None
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                mem = round(int(line.split()[1]) / 1048576, 1)
    cpu = None
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {"nproc": os.cpu_count(), "memory_gib": mem, "cpu": cpu, "kernel": platform.release(),
            "load_average_at_start": os.getloadavg()}


def commit():
    def git(*args):
        try:
            return subprocess.run(["git", "-C", a.repo, *args], capture_output=True, text=True).stdout.strip()
        except OSError:
            return ""
    head = git("rev-parse", "--short=12", "HEAD") or "unknown"
    return head + ("+dirty" if git("status", "--porcelain", "--untracked-files=no") else "")


def ratio(x, y):
    return round(x / y, 3) if x is not None and y not in (None, 0) else None


def phase(name, fn, results):
    try:
        return fn()
    except Exception as e:  # a bug of the harness or a broken suite: recorded, and the run exits non-zero
        errors.append(f"{name}: {type(e).__name__}: {e}")
        traceback.print_exc()
        results.setdefault("errors", []).append(errors[-1])
        return None


def run():
    now = datetime.datetime.now(datetime.timezone.utc)
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    r = {"date": now.isoformat(timespec="seconds"), "mode": a.mode, "rows": a.rows, "small_rows": a.small_rows,
         "commit": commit(), "machine": machine(), "java": java[0] if java else None,
         "postgresql": psql_value("SHOW server_version"), "body_limits": a.limits_note,
         "wrk": {"threads": 1, "connections": a.connections, "seconds": a.duration, "warmup_seconds": a.warmup},
         "targets": TARGETS}
    small, big, other = (os.path.join(a.work, f) for f in ("small.csv", "big.csv", "other.csv"))
    r["file_bytes"] = os.path.getsize(big)
    r["service_environment"] = {k: v for k, v in sorted(os.environ.items())
                                if k.startswith(("QUARKUS_", "MARKET_", "SUITE_ANSWER", "JAVA_TOOL_OPTIONS"))}

    log(f"Loading {a.small_rows} figures (the small scale)")
    r["small_load"] = post_csv(a.market, small, a.token, a.small_rows)
    if not r["small_load"]["ok"]:
        raise RuntimeError(f"the {a.small_rows}-row load failed: {r['small_load']}")
    r["figures_small"] = int(psql_value("SELECT count(*) FROM figure WHERE superseded_at IS NULL"))
    log(f"Queries at {r['figures_small']} figures")
    r["queries_small"] = phase("queries_small", lambda: query_set("small"), r)

    log(f"Bulk load of {a.rows} rows ({r['file_bytes']} bytes) through POST /api/figures")
    r["market_memory_before"] = proc_status(a.market_pid)
    t0 = psql_value("SELECT clock_timestamp()")
    market_log = os.path.join(a.work, "root", ".local", "logs", "market-service.log")
    offset = log_size(market_log)
    load = post_csv(a.market, big, a.token, a.rows)
    if not load["ok"]:
        load["service_log"] = log_errors(market_log, offset)
        for line in load["service_log"]:
            log(f"  market-service: {line}")
    r["load"] = load
    r["market_memory_after_load"] = proc_status(a.market_pid)
    log(f"  status {load.get('status')}, {load.get('seconds')} s, {load.get('rows_per_s')} rows/s; "
        f"market-service RSS {r['market_memory_before']['rss_mib']} -> {r['market_memory_after_load']['rss_mib']} MiB")

    if load["ok"]:
        def copy_phase():
            stored = os.path.join(a.work, "stored.copy")
            psql(f"\\copy (SELECT * FROM figure WHERE publisher LIKE 'SYN%' AND loaded_at >= '{t0}') TO '{stored}'")
            c = copy_rate(stored, a.rows)
            log(f"  psql \\copy of the {c['rows']} stored rows into bench_copy: {c['seconds']} s, {c['rows_per_s']} rows/s")
            return c
        r["copy"] = phase("copy", copy_phase, r)
        log("Reload of the same file (all unchanged)")
        r["reload"] = post_csv(a.market, big, a.token, a.rows)
        r["market_memory_after_reload"] = proc_status(a.market_pid)
        log(f"  status {r['reload'].get('status')}, {r['reload'].get('seconds')} s, {r['reload'].get('rows_per_s')} rows/s")
        r["figures_large"] = int(psql_value("SELECT count(*) FROM figure WHERE superseded_at IS NULL"))
        log(f"Queries at {r['figures_large']} figures")
        r["queries_large"] = phase("queries_large", lambda: query_set("large"), r)
        log(f"Plans at {r['figures_large']} figures (bench/explain.sql)")
        r["plans"] = phase("plans", explain_plans, r)
        for p in r["plans"] or []:
            log(f"  {p['name']}: {p['execution_ms']} ms, indexes {', '.join(p['indexes']) or 'none'}"
                f"{', SEQUENTIAL SCAN' if p['seq_scan'] else ''}")
        log(f"The series query while {a.rows} other rows load")

        def during():
            w, l = wrk_during(a.market + QUERIES["series"], lambda: post_csv(a.market, other, a.token, a.rows))
            log(f"  load status {l.get('status')}, {l.get('seconds')} s; series p99 {w.get('p99_ms')} ms "
                f"over {w['requests']} requests")
            return {"series": w, "load": l}
        r["during_load"] = phase("during_load", during, r)
    else:
        log("  the load failed: reload, COPY, queries at scale and reads during a load are not measured")

    log(f"The {a.rows}-row load on a market-service of its own with -Xmx{a.heap}")
    r["small_heap"] = phase("small_heap", lambda: small_heap_load(big, a.rows), r)
    if r["small_heap"]:
        sh = r["small_heap"]
        log(f"  ok {sh.get('ok')}, status {sh.get('load', {}).get('status')}, peak RSS {sh.get('peak_rss_mib')} MiB, "
            f"peak heap seen {sh.get('peak_heap_mib')} MiB")

    r["results"] = summarize(r)
    base = os.path.join(a.out, stamp)
    with open(base + ".json", "w") as f:
        json.dump(r, f, indent=2)
    md = markdown(r)
    with open(base + ".md", "w") as f:
        f.write(md)
    print()
    print(md)
    print(f"Results: {base}.json and {base}.md")


def summarize(r):
    out = {}
    copy = (r.get("copy") or {}).get("rows_per_s")
    load = r.get("load") or {}
    out["bulk_load"] = {"service_rows_per_s": load.get("rows_per_s"), "copy_rows_per_s": copy,
                        "ratio": ratio(load.get("rows_per_s"), copy), "status": load.get("status")}
    reload = r.get("reload") or {}
    out["reload"] = {"service_rows_per_s": reload.get("rows_per_s"), "copy_rows_per_s": copy,
                     "ratio": ratio(reload.get("rows_per_s"), copy), "status": reload.get("status"),
                     "answer": reload.get("answer") if isinstance(reload.get("answer"), dict) else None}
    sh = r.get("small_heap") or {}
    out["memory"] = {"heap": sh.get("heap"), "ok": sh.get("ok"), "status": (sh.get("load") or {}).get("status"),
                     "peak_rss_mib": sh.get("peak_rss_mib"), "peak_heap_mib": sh.get("peak_heap_mib"),
                     "out_of_memory_in_log": sh.get("out_of_memory_in_log")}
    qs, ql = r.get("queries_small") or {}, r.get("queries_large") or {}
    out["queries"] = {name: {"p99_ms_small": (qs.get(name) or {}).get("p99_ms"),
                             "p99_ms_large": (ql.get(name) or {}).get("p99_ms"),
                             "p50_ms_small": (qs.get(name) or {}).get("p50_ms"),
                             "p50_ms_large": (ql.get(name) or {}).get("p50_ms"),
                             "ratio": ratio((ql.get(name) or {}).get("p99_ms"), (qs.get(name) or {}).get("p99_ms")),
                             "answer_bytes_large": (ql.get(name) or {}).get("answer_bytes")} for name in QUERIES}
    d = (r.get("during_load") or {}).get("series") or {}
    without = (ql.get("series") or {}).get("p99_ms")
    dl = (r.get("during_load") or {}).get("load") or {}
    out["reads_during_load"] = {"p99_ms_during": d.get("p99_ms"), "p99_ms_without": without,
                                "p50_ms_during": d.get("p50_ms"), "p50_ms_without": (ql.get("series") or {}).get("p50_ms"),
                                "ratio": ratio(d.get("p99_ms"), without), "requests_during": d.get("requests"),
                                "load_status": dl.get("status"), "load_rows_per_s": dl.get("rows_per_s")}

    def met(value, target, le=False):
        if value is None:
            return None
        return value <= target if le else value >= target
    out["bulk_load"]["met"] = met(out["bulk_load"]["ratio"], TARGETS["bulk_load"])
    out["reload"]["met"] = met(out["reload"]["ratio"], TARGETS["reload"])
    out["memory"]["met"] = sh.get("ok") if sh else None
    for q in out["queries"].values():
        q["met"] = met(q["ratio"], TARGETS["queries"], le=True)
    out["reads_during_load"]["met"] = met(out["reads_during_load"]["ratio"], TARGETS["reads_during_load"], le=True)
    return out


def fmt(v, digits=1):
    if v is None:
        return "n/a"
    if isinstance(v, float):
        return f"{v:,.{digits}f}"
    return f"{v:,}"


def yes(m):
    return {True: "yes", False: "**no**", None: "not measured"}[m]


def markdown(r):
    s = r["results"]
    m = r["machine"]
    n = f"{r['rows']:,}"
    lines = [
        f"## bench/run, {r['mode']} mode: {n} rows",
        "",
        f"- date {r['date']}, commit `{r['commit']}`",
        f"- machine: {m['nproc']} cores ({m['cpu']}), {m['memory_gib']} GiB; load average at start "
        f"{', '.join(f'{x:.2f}' for x in m['load_average_at_start'])}",
        f"- {r['java']}; PostgreSQL {r['postgresql']} (embedded); wrk -t1 -c{r['wrk']['connections']}, "
        f"{r['wrk']['seconds']} s per query after {r['wrk']['warmup_seconds']} s of warm-up",
        f"- CSV of {n} rows: {r['file_bytes']:,} bytes; body limits {r['body_limits']}",
        f"- settings given to the services through the environment: "
        f"{', '.join(f'{k}={v}' for k, v in r['service_environment'].items()) or 'none'}",
        "",
        "| what | measured | target | met |",
        "|---|---|---|---|",
    ]
    b = s["bulk_load"]
    load = r.get("load") or {}
    if load.get("ok"):
        lines.append(f"| bulk load | {fmt(b['service_rows_per_s'])} rows/s through POST /api/figures / "
                     f"{fmt(b['copy_rows_per_s'])} rows/s psql \\copy = **{fmt(b['ratio'], 3)}** | >= 0.3 | "
                     f"{yes(b['met'])} |")
    else:
        lines.append(f"| bulk load | **failed**: status {load.get('status')} after {load.get('seconds')} s "
                     f"({describe(load)}{log_hint(load)}) | >= 0.3 | **no** |")
    rl = s["reload"]
    lines.append(f"| reload (all unchanged) | {fmt(rl['service_rows_per_s'])} rows/s / {fmt(rl['copy_rows_per_s'])} "
                 f"rows/s = **{fmt(rl['ratio'], 3)}** | >= 0.5 | {yes(rl['met'])} |")
    me = s["memory"]
    sh = r.get("small_heap") or {}
    shl = sh.get("load") or {}
    outcome = "succeeded" if me["ok"] else f"**failed** (status {shl.get('status')}: {describe(shl)}" + \
        (", OutOfMemoryError in the log" if me["out_of_memory_in_log"] else "") + ")"
    lines.append(f"| memory | {n}-row load on {me['heap']}: {outcome} in {fmt(shl.get('seconds'))} s; peak RSS "
                 f"{fmt(me['peak_rss_mib'])} MiB, highest heap seen {fmt(me['peak_heap_mib'])} MiB | succeeds | "
                 f"{yes(me['met'])} |")
    for name, q in s["queries"].items():
        lines.append(f"| queries: {name} | p99 {fmt(q['p99_ms_large'], 2)} ms (p50 {fmt(q['p50_ms_large'], 2)}) at "
                     f"{fmt(r.get('figures_large'))} figures / {fmt(q['p99_ms_small'], 2)} ms (p50 "
                     f"{fmt(q['p50_ms_small'], 2)}) at {fmt(r.get('figures_small'))} = "
                     f"**{fmt(q['ratio'], 2)}** (answer {fmt(q['answer_bytes_large'])} bytes) | <= 3 | {yes(q['met'])} |")
    d = s["reads_during_load"]
    lines.append(f"| reads during a load | series p99 {fmt(d['p99_ms_during'], 2)} ms (p50 {fmt(d['p50_ms_during'], 2)}) "
                 f"during a {n}-row load "
                 f"({fmt(d['requests_during'])} requests; the load: status {d['load_status']}, "
                 f"{fmt(d['load_rows_per_s'])} rows/s) / {fmt(d['p99_ms_without'], 2)} ms (p50 {fmt(d['p50_ms_without'], 2)}) without = "
                 f"**{fmt(d['ratio'], 2)}** | <= 3 | {yes(d['met'])} |")
    if r.get("plans"):
        lines += ["", f"Plans at {fmt(r.get('figures_large'))} figures (EXPLAIN ANALYZE of bench/explain.sql):", "",
                  "| statement | execution | indexes used | sequential scan of figure |", "|---|---|---|---|"]
        for p in r["plans"]:
            lines.append(f"| {p['name']} | {fmt(p['execution_ms'], 2)} ms | {', '.join(p['indexes']) or 'none'} | "
                         f"{'**yes**' if p['seq_scan'] else 'no'} |")
    mb, ma = r.get("market_memory_before") or {}, r.get("market_memory_after_load") or {}
    lines += ["", f"market-service (default heap) RSS {fmt(mb.get('rss_mib'))} MiB before the {n}-row load, "
              f"{fmt(ma.get('rss_mib'))} MiB after (peak {fmt(ma.get('peak_rss_mib'))} MiB)."]
    if r.get("errors"):
        lines += ["", "Harness errors: " + "; ".join(r["errors"])]
    return "\n".join(lines) + "\n"


def log_hint(load):
    lines = load.get("service_log") or []
    if not lines:
        return ""
    causes = [l for l in lines if l.startswith("Caused by:")]
    errors_ = [l for l in lines if " ERROR " in l]
    line = causes[-1] if causes else (errors_ or lines)[0]
    return "; the service logged: " + line[:200].replace("|", "/")


def describe(load):
    if load.get("error"):
        return load["error"]
    ans = load.get("answer")
    if isinstance(ans, dict):
        return str(ans.get("detail") or ans.get("title") or ans.get("details") or ans)[:200].replace("|", "/")
    return str(ans or "")[:200].replace("|", "/").replace("\n", " ")


def main():
    global a
    p = argparse.ArgumentParser()
    p.add_argument("--mode", default="rows")
    p.add_argument("--rows", type=int, required=True)
    p.add_argument("--small-rows", type=int, default=1000)
    p.add_argument("--work", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--market", required=True)
    p.add_argument("--market-pid", type=int, required=True)
    p.add_argument("--token", required=True)
    p.add_argument("--pg-port", type=int, required=True)
    p.add_argument("--mem-port", type=int, required=True)
    p.add_argument("--heap", default="160m")
    p.add_argument("--jar", required=True)
    p.add_argument("--duration", type=int, default=10)
    p.add_argument("--warmup", type=int, default=3)
    p.add_argument("--connections", type=int, default=2)
    p.add_argument("--limits-note", default="")
    p.add_argument("--repo", default=".")
    a = p.parse_args()
    run()
    if errors:
        print("The harness hit errors (see above); results were written all the same.", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
