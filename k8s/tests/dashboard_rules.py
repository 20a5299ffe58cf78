#!/usr/bin/env python3
"""Turns every PromQL query of the Grafana dashboard into a recording rule, for `promtool check rules`.

  dashboard_rules.py DASHBOARD.json OUT.rules.yml EXPOSITION.txt

Writes OUT.rules.yml: one recording rule `dashboard:query_<n>` per query (panel targets and the templating
queries, as promql_metrics.py finds them), with Grafana's variables replaced by values PromQL accepts
($__rate_interval and the other intervals by 5m, any other variable by "x"), so that Prometheus' own parser
judges each query. Then checks that every metric name a query uses is exposed by the services: a family of
EXPOSITION.txt (the services' metric families, tests/fake-target/metrics.txt, which the scrape test serves), or a
series recorded by the suite's rule file (k8s/monitoring/rules/china-auto-suite.rules.yml, e.g. the SLOs' ratios).
Prints one line a problem; exit 1 when a metric is unknown. A syntax error is promtool's to report.
"""
import os
import re
import sys

import yaml

from promql_metrics import SYNTHETIC, dashboard_exprs, metric_names, rule_exprs

RULES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                     "monitoring", "rules", "china-auto-suite.rules.yml")

INTERVALS = re.compile(r"\$\{?__(rate_interval|interval|range)\}?")
VARIABLE = re.compile(r"\$\{?(\w+)(?::\w+)?\}?")


def promql(expr):
    return VARIABLE.sub("x", INTERVALS.sub("5m", expr))


def exposed(path):
    """Sample names, and the families declared by `# TYPE` (a counter not yet incremented has no sample)."""
    names = set()
    with open(path) as f:
        for line in f:
            m = re.match(r"# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (\w+)", line)
            if m:
                name, kind = m.groups()
                names.add(name)
                if kind in ("histogram", "summary"):
                    names |= {f"{name}_bucket", f"{name}_count", f"{name}_sum"}
                continue
            m = re.match(r"([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]", line)
            if m:
                names.add(m.group(1))
    return names


def main():
    dashboard, out, exposition = sys.argv[1:4]
    exprs = [e for e in dashboard_exprs(dashboard) if e.strip()]
    rules = [{"record": f"dashboard:query_{n}", "expr": promql(e)} for n, e in enumerate(exprs, 1)]
    with open(out, "w") as f:
        yaml.safe_dump({"groups": [{"name": "dashboard-queries", "rules": rules}]}, f, sort_keys=False, width=1000)
    known = exposed(exposition) | SYNTHETIC | rule_exprs(RULES)[1]
    unknown = sorted({n for e in exprs for n in metric_names(e)} - known)
    for name in unknown:
        print(f"FAIL the dashboard queries {name}, which no service exposes ({exposition}) and no rule records")
    print(f"{len(exprs)} dashboard queries, {len(unknown)} unknown metric names")
    return 1 if unknown else 0


if __name__ == "__main__":
    sys.exit(main())
