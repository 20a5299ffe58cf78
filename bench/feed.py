#!/usr/bin/env python3
"""The change feed's throughput, run by bench/run --feed against a suite it started: N subscribers on the gateway's
Server-Sent Events stream (/api/changes/stream) while an R-row load commits in market-service.

  1. opens N subscribers, each a socket of its own read by a thread of its own, and checks that the gateway's
     suite_change_subscribers gauge reads N;
  2. reads market-service's last change number (GET /api/changes?limit=0: latest), then POSTs the R-row CSV to
     market-service's /api/figures with the editor token; its changes are numbered latest+1 .. latest+R (the feed
     numbers a load's changes together, in commit order, and nothing else loads meanwhile; checked afterwards);
  3. each subscriber counts the change events of the load (by the CloudEvent's id, its number in market-service's
     feed: distinct ones, duplicates, and events of anything else), reconnecting with Last-Event-ID on a resume event
     (it fell behind the gateway's buffer) or a dropped connection, and notes when it got the load's first and R-th;
     the first subscriber also checks the events' subjects against the CSV's rows (each row's figure once);
  4. while the load and the streams run, samples the CPU time and resident memory of the gateway and
     market-service, the machine's CPU, and its own CPU time (the subscribers share the machine's cores with the
     suite);
  5. closes the streams and checks that the gauge falls back to what it read before; lists any WARN or ERROR the
     services logged.
Writes <out>/feed-<timestamp>.json and .md and prints the Markdown. Exits 1 when a subscriber did not get exactly
the load's R changes (one missing, a duplicate, a timeout), 2 when the harness itself failed.
"""
import argparse
import datetime
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import traceback
import urllib.parse
import urllib.request
import zlib

import scale

log = scale.log
a = None
# set by SIGTERM (bench/run's clean-up, Ctrl-C): the wait ends, and what was measured is written
interrupted = threading.Event()

# The body of an SSE response is chunked (HTTP/1.1 without a length). SSE lines end with \n here and the events' JSON
# has no raw \r, so a \r only ever belongs to the chunks' framing: CRLF, size in hex, CRLF between two chunks.
CHUNK = re.compile(rb"\r\n[0-9a-fA-F]+\r\n")
LAST_CHUNK = re.compile(rb"\r\n0+\r\n")
# A change of market-service in an event's data (the service's CloudEvent as relayed, its members in their order): its
# number (the CloudEvent's id), and for the subscriber that checks them, its subject.
MARKET_ID = re.compile(rb'"id":"(\d+)","source":"/market-service"')
MARKET_SUBJECT = re.compile(rb'"id":"(\d+)","source":"/market-service","type":"[^"]*","time":"[^"]*","subject":"([^"]*)"')
RESUME_ID = re.compile(rb'"last_event_id":"([^"]+)"')


class Subscriber(threading.Thread):
    """One subscriber to the gateway's stream: reads it, reconnects with Last-Event-ID, counts the load's changes."""

    def __init__(self, n, host, port, first_seq, rows, keep_subjects, stop):
        super().__init__(daemon=True, name=f"subscriber-{n}")
        self.n, self.host, self.port = n, host, port
        self.first_seq, self.rows = first_seq, rows
        self.stop = stop
        self.seen = bytearray(rows)
        self.keep_subjects = keep_subjects
        self.subjects = [] if keep_subjects else None
        self.distinct = self.duplicates = self.other = self.events = 0
        self.first_at = self.last_at = None
        self.last_id = None
        self.connects = self.resumes = self.drops = 0
        self.failures = []
        self.connected = threading.Event()
        self.bytes = 0

    def run(self):
        while not self.stop.is_set():
            try:
                reason = self.stream()
            except Exception as e:  # noqa: BLE001 - any failure of a connection is a drop, counted, and reconnected
                reason = f"{type(e).__name__}: {e}"
            if self.stop.is_set():
                return
            if reason != "resume":
                self.drops += 1
                if len(self.failures) < 5:
                    self.failures.append(reason)
                time.sleep(0.2)

    def stream(self):
        sock = socket.create_connection((self.host, self.port), timeout=10)
        try:
            headers = f"GET /api/changes/stream HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nAccept: text/event-stream\r\n"
            if self.last_id:
                headers += f"Last-Event-ID: {self.last_id}\r\n"
            sock.sendall((headers + "\r\n").encode())
            self.connects += 1
            sock.settimeout(1.0)
            buf = b""
            while b"\r\n\r\n" not in buf:
                data = self.recv(sock)
                if data is None:
                    continue
                if not data:
                    return "closed before the headers"
                buf += data
            head, _, body = buf.partition(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            if status != 200:
                return f"status {status}: {body[:200]!r}"
            self.connected.set()
            chunked = b"transfer-encoding: chunked" in head.lower()
            pending = b"\r\n" + body if chunked else b""
            text = b"" if chunked else body
            while True:
                ended = False
                if chunked and pending:
                    ended = LAST_CHUNK.search(pending, max(0, len(pending) - 16)) is not None
                    cleaned = CHUNK.sub(b"", pending)
                    cut = cleaned.find(b"\r")
                    if cut < 0:
                        text, pending = text + cleaned, b""
                    else:
                        text, pending = text + cleaned[:cut], cleaned[cut:]
                end = text.rfind(b"\n\n")
                if end >= 0:
                    block, text = text[:end + 2], text[end + 2:]
                    if self.consume(block, time.monotonic()):
                        return "resume"
                if ended:
                    return "ended by the gateway"
                data = self.recv(sock)
                if data is None:
                    if self.stop.is_set():
                        return "stopped"
                    continue
                if not data:
                    return "closed by the gateway"
                self.bytes += len(data)
                if chunked:
                    pending += data
                else:
                    text += data
        finally:
            sock.close()

    def recv(self, sock):
        try:
            return sock.recv(262144)
        except socket.timeout:
            if self.stop.is_set():
                return b""
            return None

    def consume(self, block, now):
        """Counts the events of a block of whole events; True when it ends with a resume event."""
        ids = block.count(b"\nid:") + block.startswith(b"id:")
        self.events += ids
        if ids:
            at = block.rfind(b"\nid:") + 1  # 0 when the only one opens the block
            self.last_id = block[at + 3:block.index(b"\n", at)].strip().decode()
        if self.subjects is not None:
            found = MARKET_SUBJECT.findall(block)
            seqs = [int(seq) for seq, _ in found]
        else:
            found = None
            seqs = [int(seq) for seq in MARKET_ID.findall(block)]
        self.other += ids - len(seqs)
        if seqs:
            self.count(seqs, found, now)
        tail = block[-600:]  # a resume event is the stream's last
        if b"event:resume" in tail or b"event: resume" in tail:
            self.resumes += 1
            m = RESUME_ID.search(block[block.rfind(b"resume"):])
            if m:
                self.last_id = m.group(1).decode()
            return True
        return False

    def count(self, seqs, found, now):
        """Marks the load's changes seen; counts duplicates, and changes not of the load as other."""
        first, rows, seen = self.first_seq, self.rows, self.seen
        lo, hi = seqs[0] - first, seqs[-1] - first
        n = len(seqs)
        if 0 <= lo and hi < rows and hi - lo == n - 1 and seqs == list(range(seqs[0], seqs[-1] + 1)) \
                and seen.find(1, lo, hi + 1) < 0:
            # the usual case: consecutive numbers, none seen before
            seen[lo:hi + 1] = b"\x01" * n
            self.distinct += n
            new = range(n)
        else:
            new = []
            for k, seq in enumerate(seqs):
                i = seq - first
                if not 0 <= i < rows:
                    self.other += 1
                elif seen[i]:
                    self.duplicates += 1
                else:
                    seen[i] = 1
                    self.distinct += 1
                    new.append(k)
        if not new:
            return
        if found is not None:
            self.subjects.extend(found[k][1].decode() for k in new)
        if self.first_at is None:
            self.first_at = now
        if self.distinct == rows and self.last_at is None:
            self.last_at = now


# --- processes, the machine ----------------------------------------------------------------------------------

CLOCK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK
    except (OSError, IndexError, ValueError):
        return None


def machine_busy():
    """(busy, total) jiffies of the whole machine."""
    with open("/proc/stat") as f:
        values = [int(v) for v in f.readline().split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    return sum(values) - idle, sum(values)


class Sampler(threading.Thread):
    """Every half second: each process's CPU seconds and RSS, the machine's busy jiffies."""

    def __init__(self, pids):
        super().__init__(daemon=True)
        self.pids = pids
        self.samples = []
        self.stop = threading.Event()

    def sample(self):
        s = {"t": time.monotonic(), "machine": machine_busy(), "client": sum(os.times()[:2])}
        for name, pid in self.pids.items():
            s[name] = (cpu_seconds(pid), scale.proc_status(pid)["rss_mib"])
        self.samples.append(s)
        return s

    def run(self):
        while not self.stop.is_set():
            self.sample()
            self.stop.wait(0.5)


def usage(samples, pids, since, until):
    """CPU (share of one core) and RSS of each process over [since, until], the machine's busy share, the client's."""
    window = [s for s in samples if since <= s["t"] <= until]
    if len(window) < 2:
        return {}
    first, last = window[0], window[-1]
    seconds = last["t"] - first["t"]
    out = {"seconds": round(seconds, 1)}
    for name in pids:
        c0, c1 = first[name][0], last[name][0]
        rss = [s[name][1] for s in window if s[name][1] is not None]
        out[name] = {"cpu_s": round(c1 - c0, 1) if c0 is not None and c1 is not None else None,
                     "cpu_pct_of_a_core": round(100 * (c1 - c0) / seconds, 1) if c0 is not None and c1 is not None else None,
                     "rss_mib_start": rss[0] if rss else None, "rss_mib_max": max(rss) if rss else None}
    busy = (last["machine"][0] - first["machine"][0]) / max(1, last["machine"][1] - first["machine"][1])
    out["machine_busy_pct"] = round(100 * busy, 1)
    out["subscribers_client"] = {"cpu_s": round(last["client"] - first["client"], 1),
                                 "cpu_pct_of_a_core": round(100 * (last["client"] - first["client"]) / seconds, 1)}
    return out


# --- HTTP ----------------------------------------------------------------------------------------------------

def get_json(url, timeout=30):
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return json.loads(r.read())


def market_latest():
    return get_json(a.market + "/api/changes?limit=0")["latest"]


def gauge(name):
    text = urllib.request.urlopen(a.gateway + "/q/metrics", timeout=10).read().decode()
    m = re.search(r"^" + name + r"(?:\{[^}]*\})? (\S+)$", text, re.M)
    return float(m.group(1)) if m else None


def wait_for_gauge(value, seconds):
    deadline = time.monotonic() + seconds
    seen = None
    while time.monotonic() < deadline:
        seen = gauge("suite_change_subscribers")
        if seen == value:
            return seen
        time.sleep(0.2)
    return seen


def log_offsets():
    out = {}
    if a.logs and os.path.isdir(a.logs):
        for name in sorted(os.listdir(a.logs)):
            if name.endswith(".log"):
                out[name] = scale.log_size(os.path.join(a.logs, name))
    return out


def logged_problems(offsets, limit=8):
    """The WARN and ERROR lines each service logged since offsets (the first few, and how many)."""
    out = {}
    for name, offset in offsets.items():
        try:
            with open(os.path.join(a.logs, name), errors="replace") as f:
                f.seek(offset)
                lines = [l.rstrip() for l in f if re.search(r"\b(WARN|ERROR)\b", l)]
        except OSError:
            continue
        if lines:
            out[name] = {"count": len(lines), "first": [l[:400] for l in lines[:limit]]}
    return out


def expected_subjects(csv_path):
    """The load's figures as sets of their key's values (the subject joins them with / in the key's order)."""
    keys = set()
    with open(csv_path) as f:
        header = f.readline().rstrip("\n").split(",")
        col = {c: i for i, c in enumerate(header)}
        for line in f:
            v = line.rstrip("\n").split(",")
            keys.add(frozenset((v[col["measure"]], v[col["segment"]], v[col["period"]], v[col["publisher"]])))
    return keys


# --- the run -------------------------------------------------------------------------------------------------

def pct(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(p / 100 * (len(s) - 1)))))] if s else None


def r3(v):
    return round(v, 3) if v is not None else None


def run():
    now = datetime.datetime.now(datetime.timezone.utc)
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    r = {"date": now.isoformat(timespec="seconds"), "commit": scale.commit(), "mode": a.mode,
         "machine": scale.machine(), "java": java[0] if java else None, "rows": a.rows, "subscribers": a.subscribers,
         "gateway_changes_buffer": os.environ.get("GATEWAY_CHANGES_BUFFER", "10000 (default)"),
         "settings": {k: v for k, v in os.environ.items()
                      if k.startswith(("QUARKUS_", "MARKET_", "GATEWAY_", "JAVA_TOOL_OPTIONS"))}}
    pids = dict(kv.split("=") for kv in a.pids.split(",") if kv) if a.pids else {}
    pids = {k: v for k, v in pids.items() if k in ("gateway", "market-service")}
    u = urllib.parse.urlsplit(a.gateway)
    offsets = log_offsets()

    before = gauge("suite_change_subscribers")
    first_seq = market_latest() + 1
    r["market_latest_before"] = first_seq - 1
    stop = threading.Event()
    subs = [Subscriber(i, u.hostname, u.port, first_seq, a.rows, i == 0, stop) for i in range(a.subscribers)]
    log(f"{a.subscribers} subscribers on {a.gateway}/api/changes/stream")
    for s in subs:
        s.start()
    # the gateway may answer a stream's headers only with its first event: the gauge says when every one is open
    seen = wait_for_gauge((before or 0) + a.subscribers, 60)
    r["subscribers_gauge"] = {"before": before, "open": seen, "expected": (before or 0) + a.subscribers,
                              "met": seen == (before or 0) + a.subscribers}
    log(f"suite_change_subscribers = {seen}")
    if not r["subscribers_gauge"]["met"]:
        raise RuntimeError(f"suite_change_subscribers reads {seen}, expected {(before or 0) + a.subscribers}")

    sampler = Sampler(pids)
    sampler.sample()
    sampler.start()
    log(f"load of {a.rows} rows through POST {a.market}/api/figures")
    start = time.monotonic()
    load = scale.post_csv(a.market, a.csv, a.token, a.rows)
    committed = time.monotonic()
    r["load"] = load
    log(f"load answered {load.get('status')} in {load.get('seconds')} s: "
        f"{json.dumps(load.get('answer'))[:300] if load.get('answer') is not None else load.get('error')}")
    if load["ok"]:
        after = market_latest()
        r["market_latest_after"] = after
        r["load_numbered_as_expected"] = after - (first_seq - 1) == a.rows
    else:
        r["load_numbered_as_expected"] = None

    # wait until every subscriber has the R changes, or nothing moved for --stall seconds, or --timeout
    deadline = committed + a.timeout
    last_total, last_move = -1, time.monotonic()
    finished = None
    last_report = committed
    while load["ok"]:
        total = sum(s.distinct for s in subs)
        t = time.monotonic()
        if total != last_total:
            last_total, last_move = total, t
        if t - last_report >= 10:
            last_report = t
            log(f"{total:,} of {a.rows * a.subscribers:,} changes delivered; "
                f"{sum(1 for s in subs if s.last_at is not None)} subscribers complete; "
                f"{sum(s.resumes for s in subs)} resumes, {sum(s.drops for s in subs)} drops, "
                f"{sum(s.duplicates for s in subs)} duplicates")
        if interrupted.is_set():
            finished = "interrupted"
            break
        if all(s.last_at is not None for s in subs):
            finished = "all"
            break
        if t > deadline:
            finished = "timeout"
            break
        if t - last_move > a.stall:
            finished = "stalled"
            break
        time.sleep(0.2)
    streaming_end = time.monotonic()
    # a little longer, for duplicates that would come after the last one
    time.sleep(a.grace)
    sampler.sample()
    sampler.stop.set()
    r["finished"] = finished
    r["waited_s"] = round(streaming_end - committed, 1)

    lasts = [s.last_at for s in subs if s.last_at is not None]
    firsts = [s.first_at for s in subs if s.first_at is not None]
    end = max(lasts) if finished == "all" else streaming_end
    per = []
    for s in subs:
        per.append({
            "n": s.n, "distinct": s.distinct, "duplicates": s.duplicates, "other_events": s.other, "events": s.events,
            "bytes": s.bytes, "connects": s.connects, "resumes": s.resumes, "drops": s.drops, "failures": s.failures,
            "start_to_first_s": r3(s.first_at - start) if s.first_at else None,
            "commit_to_first_s": r3(s.first_at - committed) if s.first_at else None,
            "start_to_last_s": r3(s.last_at - start) if s.last_at else None,
            "commit_to_last_s": r3(s.last_at - committed) if s.last_at else None,
            "events_per_s_from_commit": round(a.rows / (s.last_at - committed), 1) if s.last_at and s.last_at > committed else None,
            "events_per_s_first_to_last": round(a.rows / (s.last_at - s.first_at), 1)
            if s.last_at and s.first_at and s.last_at > s.first_at else None,
        })
    complete = [p for p in per if p["distinct"] == a.rows and p["duplicates"] == 0]
    sub0 = subs[0]
    subjects = None
    if sub0.distinct:
        expected = expected_subjects(a.csv)
        got = {frozenset(s.split("/")) for s in sub0.subjects}
        subjects = {"first_subscriber_matches_the_csv": got == expected and len(sub0.subjects) == len(expected),
                    "missing_from_first": len(expected - got), "unexpected_in_first": len(got - expected),
                    "example": sub0.subjects[0]}
    r["subjects"] = subjects
    r["per_subscriber"] = per

    def stats(key):
        v = [p[key] for p in per if p[key] is not None]
        return {"median": r3(statistics.median(v)) if v else None, "min": r3(min(v)) if v else None,
                "max": r3(max(v)) if v else None, "p90": r3(pct(v, 90)) if v else None, "count": len(v)}

    total_delivered = sum(s.distinct for s in subs)
    r["figures"] = {
        "load_s": load.get("seconds"), "load_rows_per_s": load.get("rows_per_s"),
        "subscribers_complete": len(complete),
        "all_complete": len(complete) == a.subscribers and finished == "all",
        "distinct_delivered": total_delivered, "expected": a.rows * a.subscribers,
        "duplicates": sum(s.duplicates for s in subs), "other_events": sum(s.other for s in subs),
        "resumes": sum(s.resumes for s in subs), "drops": sum(s.drops for s in subs),
        "subscribers_resumed": sum(1 for s in subs if s.resumes), "bytes": sum(s.bytes for s in subs),
        "start_to_first_s": stats("start_to_first_s"), "commit_to_first_s": stats("commit_to_first_s"),
        "start_to_last_s": stats("start_to_last_s"), "commit_to_last_s": stats("commit_to_last_s"),
        "events_per_s_per_subscriber_from_commit": stats("events_per_s_from_commit"),
        "events_per_s_per_subscriber_first_to_last": stats("events_per_s_first_to_last"),
        "aggregate_events_per_s_from_commit": round(total_delivered / (end - committed), 1) if end > committed else None,
        "aggregate_events_per_s_from_start": round(total_delivered / (end - start), 1),
        "aggregate_events_per_s_first_to_last": round(total_delivered / (end - min(firsts)), 1)
        if firsts and end > min(firsts) else None,
        "first_event_before_answer": sum(1 for f in firsts if f < committed),
    }
    r["usage_load"] = usage(sampler.samples, pids, start, committed)
    r["usage_streaming"] = usage(sampler.samples, pids, start, end + 0.5)
    r["usage_after_commit"] = usage(sampler.samples, pids, committed, end + 0.5)

    stop.set()
    for s in subs:
        s.join(timeout=5)
    r["subscribers_gauge"]["after_close"] = wait_for_gauge(before or 0, 20)
    r["subscribers_gauge"]["closed_to_before"] = r["subscribers_gauge"]["after_close"] == (before or 0)
    r["logged"] = logged_problems(offsets)
    return r, stamp


def markdown(r):
    m, f = r["machine"], r.get("figures", {})
    lines = [
        f"Change feed ({r['mode']}): {r['subscribers']} subscribers on the gateway's `/api/changes/stream`, a load of "
        f"{r['rows']:,} rows into market-service",
        "",
        f"- date {r['date']}, commit `{r['commit']}`",
        f"- machine: {m['nproc']} cores ({m['cpu']}), {m['memory_gib']} GiB; load average at start "
        f"{', '.join(str(round(x, 1)) for x in m['load_average_at_start'])}; {r.get('java')}",
        f"- gateway buffer {r['gateway_changes_buffer']}; settings from the environment: "
        f"{', '.join(f'{k}={v}' for k, v in r['settings'].items()) or 'none'}",
        "",
    ]
    if "figures" not in r:
        return "\n".join(lines + ["Not measured: " + "; ".join(r.get("errors", []))])

    def s(x, unit=""):
        return "n/a" if x is None else f"{x:,}{unit}"

    def st(key, unit=" s"):
        v = f[key]
        return f"median {s(v['median'], unit)}, max {s(v['max'], unit)} (min {s(v['min'], unit)}, {v['count']} subscribers)"

    lo = r["load"]
    lines += [
        "| what | measured |", "|---|---|",
        f"| load | {lo.get('status')} in {s(lo.get('seconds'))} s ({s(lo.get('rows_per_s'))} rows/s); its changes numbered "
        f"{r['market_latest_before'] + 1}..{r['market_latest_before'] + r['rows']}: "
        f"{'yes' if r.get('load_numbered_as_expected') else 'no'} |",
        f"| subscribers complete (all {r['rows']:,} changes, none twice) | **{f['subscribers_complete']} of "
        f"{r['subscribers']}** ({r['finished']}, waited {r['waited_s']} s after the answer) |",
        f"| changes delivered | {f['distinct_delivered']:,} of {f['expected']:,}; duplicates {f['duplicates']}; "
        f"other events {f['other_events']}; {s(f['bytes'])} bytes |",
        f"| resumes / dropped connections | {f['resumes']} resume events ({f['subscribers_resumed']} subscribers) / "
        f"{f['drops']} drops |",
        f"| load start to first event | {st('start_to_first_s')} |",
        f"| answer (commit) to first event | {st('commit_to_first_s')} |",
        f"| load start to last (R-th) event | {st('start_to_last_s')} |",
        f"| answer (commit) to last event | {st('commit_to_last_s')} |",
        f"| events/s per subscriber (R / answer to its last) | {st('events_per_s_per_subscriber_from_commit', '')} |",
        f"| events/s per subscriber (R / its first to its last) | {st('events_per_s_per_subscriber_first_to_last', '')} |",
        f"| aggregate events/s (R x N / answer to the last subscriber's last) | "
        f"**{s(f['aggregate_events_per_s_from_commit'])}** |",
        f"| aggregate events/s (R x N / load start to the last) | {s(f['aggregate_events_per_s_from_start'])} |",
        f"| aggregate events/s (R x N / first event to the last) | {s(f['aggregate_events_per_s_first_to_last'])} |",
        f"| suite_change_subscribers | {r['subscribers_gauge']['open']} open (expected "
        f"{r['subscribers_gauge']['expected']}), {r['subscribers_gauge'].get('after_close')} after closing |",
    ]
    sj = r.get("subjects")
    if sj:
        lines.append(f"| subjects | first subscriber's = the CSV's rows: {'yes' if sj['first_subscriber_matches_the_csv'] else 'no'}"
                     f" (missing {sj['missing_from_first']}, unexpected {sj['unexpected_in_first']}; e.g. `{sj['example']}`); the "
                     f"others are checked by the CloudEvent ids (market-service's numbers of the load's changes) |")
    for label, key in (("during the load", "usage_load"), ("from the load's start to the last event", "usage_streaming"),
                       ("from the answer to the last event", "usage_after_commit")):
        u = r.get(key) or {}
        if not u:
            continue
        parts = []
        for name in ("gateway", "market-service"):
            if name in u:
                parts.append(f"{name} {s(u[name]['cpu_pct_of_a_core'])}% of a core, RSS {s(u[name]['rss_mib_start'])}"
                             f" -> max {s(u[name]['rss_mib_max'])} MiB")
        parts.append(f"the subscribers (this script) {s(u['subscribers_client']['cpu_pct_of_a_core'])}% of a core")
        parts.append(f"machine {s(u['machine_busy_pct'])}% busy")
        lines.append(f"| CPU and memory {label} ({u['seconds']} s) | {'; '.join(parts)} |")
    if r.get("logged"):
        lines += ["", "WARN and ERROR lines the services logged during the run:"]
        for name, v in r["logged"].items():
            lines.append(f"- {name}: {v['count']}, first: " + " | ".join(f"`{l}`" for l in v["first"][:3]))
    else:
        lines += ["", "No WARN or ERROR line in the services' logs during the run."]
    bad = [p for p in r["per_subscriber"] if p["distinct"] != r["rows"] or p["duplicates"] or p["failures"]]
    if bad:
        lines += ["", "Subscribers not complete, with duplicates or failures (first ten):"]
        for p in bad[:10]:
            lines.append(f"- #{p['n']}: {p['distinct']} distinct, {p['duplicates']} duplicates, {p['resumes']} resumes, "
                         f"{p['drops']} drops, {'; '.join(p['failures'][:2])}")
    if r.get("errors"):
        lines += ["", "Harness errors: " + "; ".join(r["errors"])]
    return "\n".join(lines)


def main():
    global a
    p = argparse.ArgumentParser()
    p.add_argument("--gateway", required=True)
    p.add_argument("--market", required=True)
    p.add_argument("--token", required=True)
    p.add_argument("--csv", required=True, help="the R-row load (bench/gen_figures.py)")
    p.add_argument("--rows", type=int, required=True)
    p.add_argument("--subscribers", type=int, default=100)
    p.add_argument("--pids", default="", help="name=pid,... of the suite's JVMs")
    p.add_argument("--logs", help="the suite's log directory")
    p.add_argument("--timeout", type=float, help="seconds after the load's answer to wait for every subscriber "
                   "(default 120 + 1 s per 10,000 changes to deliver)")
    p.add_argument("--stall", type=float, default=120, help="give up when no change arrived for this long")
    p.add_argument("--grace", type=float, default=2, help="seconds of reading after the last, for late duplicates")
    p.add_argument("--mode", default="full")
    p.add_argument("--out", required=True)
    p.add_argument("--repo", default=".")
    a = p.parse_args()
    if a.timeout is None:
        a.timeout = 120 + a.rows * a.subscribers / 10000
    scale.a = a
    signal.signal(signal.SIGTERM, lambda *_: interrupted.set())
    try:
        r, stamp = run()
    except Exception as e:  # noqa: BLE001 - the harness failed: what is known is written, and the exit says so
        traceback.print_exc()
        now = datetime.datetime.now(datetime.timezone.utc)
        r = {"date": now.isoformat(timespec="seconds"), "commit": scale.commit(), "mode": a.mode,
             "machine": scale.machine(), "rows": a.rows, "subscribers": a.subscribers,
             "gateway_changes_buffer": os.environ.get("GATEWAY_CHANGES_BUFFER", "10000 (default)"), "settings": {},
             "errors": [f"{type(e).__name__}: {e}"]}
        stamp = now.strftime("%Y%m%dT%H%M%SZ")
    os.makedirs(a.out, exist_ok=True)
    base = os.path.join(a.out, f"feed-{stamp}")
    with open(base + ".json", "w") as f:
        json.dump(r, f, indent=2)
    text = markdown(r)
    with open(base + ".md", "w") as f:
        f.write(text + "\n")
    print(text, flush=True)
    log(f"results in {base}.json and .md")
    if r.get("errors"):
        sys.exit(2)
    if not r["figures"]["all_complete"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
