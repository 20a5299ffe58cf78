#!/usr/bin/env python3
"""Lists the metric names that the alert rules and the Grafana dashboard query.

  promql_metrics.py RULES.yml DASHBOARD.json   one metric name a line, sorted

Names come from the PromQL expressions themselves (rules' `expr`, the dashboard panels' `targets[].expr`
and templating queries), so the list never drifts from what is really queried. Series produced by
recording rules in the same file are left out (Prometheus makes them, no service exposes them), and so
is `up`, which Prometheus writes for every target.
"""
import json
import re
import sys

import yaml

KEYWORDS = {"and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring", "group_left",
            "group_right", "inf", "nan", "Inf", "NaN", "start", "end"}
SYNTHETIC = {"up", "scrape_duration_seconds", "scrape_samples_scraped", "scrape_samples_post_metric_relabeling",
             "scrape_series_added"}


def metric_names(expr):
    s = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)
    s = re.sub(r"'(?:[^'\\]|\\.)*'", "''", s)
    s = re.sub(r"`[^`]*`", "``", s)
    s = re.sub(r"\{[^}]*\}", " ", s)          # label matchers
    s = re.sub(r"\[[^\]]*\]", " ", s)          # range and subquery durations
    s = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", s)
    s = re.sub(r"\$\{?\w+\}?", " ", s)          # Grafana variables
    names = set()
    for m in re.finditer(r"(?<![\w.:])[a-zA-Z_:][a-zA-Z0-9_:]*", s):
        name = m.group(0)
        if re.match(r"\s*\(", s[m.end():]) or name in KEYWORDS:
            continue  # a function or aggregation, or a keyword
        names.add(name)
    return names


def rule_exprs(path):
    with open(path) as f:
        doc = yaml.safe_load(f)
    exprs, recorded = [], set()
    for group in doc.get("groups", []):
        for rule in group.get("rules", []):
            exprs.append(rule["expr"])
            if "record" in rule:
                recorded.add(rule["record"])
    return exprs, recorded


def dashboard_exprs(path):
    with open(path) as f:
        dash = json.load(f)
    exprs = []

    def walk(panels):
        for p in panels or []:
            exprs.extend(t.get("expr", "") for t in p.get("targets") or [])
            walk(p.get("panels"))
    walk(dash.get("panels"))
    for var in (dash.get("templating") or {}).get("list") or []:
        q = var.get("query")
        q = q.get("query", "") if isinstance(q, dict) else (q or "")
        m = re.match(r"\s*(?:label_values|query_result)\((.*)\)\s*$", q)
        if m and var.get("type") == "query":
            inner = m.group(1)
            # label_values(metric{...}, label): the part before the last comma is a selector
            exprs.append(inner.rsplit(",", 1)[0] if q.strip().startswith("label_values") and "," in inner else inner)
    return exprs


def main():
    rules, dashboard = sys.argv[1], sys.argv[2]
    exprs, recorded = rule_exprs(rules)
    exprs += dashboard_exprs(dashboard)
    names = set()
    for e in exprs:
        names |= metric_names(e)
    for n in sorted(names - recorded - SYNTHETIC):
        print(n)


if __name__ == "__main__":
    main()
