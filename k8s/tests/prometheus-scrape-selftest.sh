#!/usr/bin/env bash
# Tests prometheus-scrape.sh without the services: five fake targets (fake_target.py) serve
# fake-target/metrics.txt on free loopback ports. Expects a pass with the full exposition, and a
# failure when a metric the rules use is missing or a target is down.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d -t scrape-selftest.XXXXXX)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
start_fake() { # job file -> appends job=127.0.0.1:port to the array named by $3
  local port; port=$(free_port)
  python3 "$here/fake_target.py" "$port" "$2" --max-seconds 240 >/dev/null 2>&1 &
  pids+=($!)
  eval "$3+=(\"\$1=127.0.0.1:\$port\")"
  wait_up "127.0.0.1:$port"
}
wait_up() { for _ in $(seq 1 50); do python3 -c "import urllib.request,sys; urllib.request.urlopen('http://$1/q/metrics',timeout=1)" 2>/dev/null && return 0; sleep 0.1; done; return 1; }

status=0
targets=()
for job in gateway market-service exports-service deliveries-service reports-service; do
  start_fake "$job" "$here/fake-target/metrics.txt" targets
done
echo "-- full exposition: expect pass"
if "$here/prometheus-scrape.sh" "${targets[@]}" > "$work/pass.log" 2>&1; then
  echo "ok   scrape test passes against complete fake targets ($(tail -1 "$work/pass.log"))"
else
  echo "FAIL scrape test fails against complete fake targets"; cat "$work/pass.log"; status=1
fi

echo "-- suite_database_up missing on one target, another target down: expect failure"
grep -v '^suite_database_up\|# [A-Z]* suite_database_up' "$here/fake-target/metrics.txt" > "$work/partial.txt"
broken=()
for job in gateway market-service exports-service reports-service; do
  start_fake "$job" "$work/partial.txt" broken
done
broken+=("deliveries-service=127.0.0.1:$(free_port)")   # nothing listens there
if WAIT_SECONDS=8 "$here/prometheus-scrape.sh" "${broken[@]}" > "$work/fail.log" 2>&1; then
  echo "FAIL scrape test passes although a metric is missing and a target is down"; cat "$work/fail.log"; status=1
elif grep -q 'FAIL suite_database_up' "$work/fail.log" && grep -q 'FAIL target deliveries-service' "$work/fail.log"; then
  echo "ok   scrape test catches the missing metric and the down target"
else
  echo "FAIL scrape test failed for another reason"; cat "$work/fail.log"; status=1
fi
exit $status
