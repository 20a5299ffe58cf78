#!/usr/bin/env bash
# Starts a real Prometheus (Debian package `prometheus`, installed when missing) in a temporary
# directory on a free 127.0.0.1 port, scrapes the suite's /q/metrics every few seconds, and checks
# that every target is up and that every series the alert rules and the Grafana dashboard use exists.
# Then stops Prometheus. See prometheus_scrape.py for the details.
#
#   k8s/tests/prometheus-scrape.sh [[job=]host:port ...]
# Default targets (the local ports of the suite, as `suite-local` starts it):
#   gateway=127.0.0.1:8080 market-service=127.0.0.1:8081 exports-service=127.0.0.1:8082 deliveries-service=127.0.0.1:8083
#   reports-service=127.0.0.1:8084
# Environment: SCRAPE_TARGETS (instead of arguments), SCRAPE_INTERVAL (2s), WAIT_SECONDS (60),
#   WARMUP_PATHS ("/ /api /q/health/ready": GET once on every target first), STRICT=1 (no allowed
#   absences), PROMETHEUS_BIN.
# Against a cluster: kubectl port-forward svc/gateway 8080:80 (and 8081..8084 for the four other services).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
if [[ -z "${PROMETHEUS_BIN:-}" ]] && ! command -v prometheus >/dev/null; then
  echo "prometheus-scrape: installing the Debian package prometheus"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends prometheus >/dev/null
fi
PY=python3
if ! python3 -c 'import yaml' 2>/dev/null; then
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends python3-yaml >/dev/null
  PY=/usr/bin/python3
fi
# The Debian package starts a system-wide Prometheus where systemd runs; this test uses its own.
exec timeout 300 "$PY" "$here/prometheus_scrape.py" "$@"
