# What the container check checks, on the suite check.sh has played (sourced by it, after the play; uses its
# settings and helpers): the containers as the manifests ask, the product through the gateway's container, a large
# load, a data service stopped and started, Prometheus' scrape, and each container's memory.

# ---- what runs, and how -------------------------------------------------------------------------------------------
say "containers as the manifests ask"
memory() { # resident memory of a container, as the memory cgroup counts it
  podman stats --no-stream --no-reset --format '{{.MemUsage}}' "$(container "$1")" | awk '{print $1}'
}
declare -A AT_REST=([postgres]="$(memory postgres)")
for service in "${SERVICES[@]}"; do
  c="$(container "$service")"
  inspect="$(podman inspect "$c" --format json | jq '.[0]')"
  user="$(jq -r '.Config.User' <<< "$inspect")"
  uid="$(podman exec "$c" id -u)"
  readonly_root="$(jq -r '.HostConfig.ReadonlyRootfs' <<< "$inspect")"
  limit_bytes="$(jq -r '.HostConfig.Memory' <<< "$inspect")"
  heap="$(podman exec "$c" jcmd 1 VM.flags 2>/dev/null | tr ' ' '\n' | sed -n 's/^-XX:MaxHeapSize=//p')"
  options="$(jq -r '.Config.Env[] | select(startswith("JDK_JAVA_OPTIONS="))' <<< "$inspect")"
  [[ "$uid" == 185 ]] || fail "$service runs as uid $uid (user '$user'), not 185"
  [[ "$readonly_root" == true ]] || fail "$service's root filesystem is writable"
  [[ "$limit_bytes" == $((384 * 1024 * 1024)) ]] || fail "$service's memory limit is $limit_bytes, not the overlay's 384Mi"
  [[ "$options" == *MaxRAMPercentage=50* ]] || fail "$service lacks the heap settings: '$options'"
  [[ -n "$heap" && "$heap" -le $((limit_bytes / 2)) && "$heap" -ge $((limit_bytes * 45 / 100)) ]] \
    || fail "$service's heap is $heap bytes, not half of its $limit_bytes limit"
  podman exec "$c" sh -c 'touch /deployments/probe 2>/dev/null' && fail "$service could write to its root filesystem"
  AT_REST[$service]="$(memory "$service")"
  pass "$service: uid 185, read-only root, limit 384Mi, heap $((heap / 1048576)) MiB, ${AT_REST[$service]} at rest"
done

# ---- the product through the gateway's container --------------------------------------------------------------------
say "through the gateway's container"
gateway="$(url gateway)"
view="$(curl -fs --max-time 30 "$gateway/api/overview?period=2025-11")" || fail "the November 2025 overview"
hima="$(jq -c '.sections.group_rollups.data[] | select(.group == "hima")
  | [.reported_total.value, .not_attributed.value]' <<< "$view")"
leapmotor="$(jq '.sections.brand_ranking.data.entries[] | select(.slug == "leapmotor") | .deliveries' <<< "$view")"
[[ "$(jq .complete <<< "$view")" == true ]] || fail "the overview is not complete: $(jq -c '[.sections[] | .status]' <<< "$view")"
[[ "$hima" == "[81864,44568]" ]] || fail "HIMA in November 2025: $hima, expected 81,864 with 44,568 not attributed"
[[ "$leapmotor" == 70327 ]] || fail "Leapmotor in November 2025: $leapmotor, expected 70,327"
pass "November 2025: HIMA 81,864 (44,568 not attributed), Leapmotor 70,327, every section complete"

csv="measure,segment,period,publisher,value,published,source
sales,all,2031-01,SYN-containers,1234,2031-02,SYN container check
sales,nev,2031-01,SYN-containers,567,2031-02,SYN container check"
status="$(curl -s -o "$WORK/load.json" -w '%{http_code}' --max-time 30 -X POST -H "Authorization: Bearer $EDITOR_TOKEN" \
  -H 'Content-Type: text/csv' --data-binary "$csv" "$gateway/api/services/market/figures")"
[[ "$status" == 200 ]] || fail "the CSV load through the gateway: $status $(cat "$WORK/load.json")"
back="$(curl -fs "$gateway/api/services/market/figures?publisher=SYN-containers&period=2031-01" \
  | jq -c '[.items[] | [.segment, .value]] | sort')"
[[ "$back" == '[["all",1234],["nev",567]]' ]] || fail "the loaded figures read back: $back"
status="$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: text/csv' --data-binary "$csv" \
  "$gateway/api/services/market/figures")"
[[ "$status" == 401 ]] || fail "a load without a token answered $status, not 401"
pass "a CSV load with an editor token (make-token.sh) read back through the gateway: $back; without a token: 401"

page="$(curl -fs --max-time 10 "$gateway/")" || fail "the dashboard's page"
[[ "$page" == *"<title>China auto market dashboard</title>"* ]] || fail "the page at / is not the dashboard"
for asset in $(grep -o 'src="[^"]*"' <<< "$page" | sed 's/^src="\/\{0,1\}//; s/"$//'); do
  curl -fs -o /dev/null --max-time 10 "$gateway/$asset" || fail "the dashboard's script $asset does not load"
done
pass "the dashboard's page and its scripts answer ($(grep -c 'src="' <<< "$page") scripts)"

for service in "${SERVICES[@]}"; do
  # podman itself adds /etc/hosts, /etc/hostname, /etc/resolv.conf and /run/.containerenv (mounts of its own)
  changed="$(podman diff "$(container "$service")" | grep -v -E -e ' /tmp(/|$)' -e '^C /etc$' -e '^C /run$' \
    -e ' /etc/(hosts|hostname|resolv\.conf)$' -e ' /run/\.containerenv$' || true)"
  [[ -z "$changed" ]] || fail "$service wrote outside its /tmp volume: $changed"
done
pass "no container wrote outside its /tmp volume (podman diff)"

# ---- a large load, then a data service stopped and started ----------------------------------------------------------
rows() { # PUBLISHER: 30,000 synthetic figures of market-service, each its own (segment, month, publisher)
  awk -v publisher="$1" 'BEGIN {
    split("all passenger commercial nev bev phev", segment, " ")
    print "measure,segment,period,publisher,value,published,source"
    for (i = 0; i < 30000; i++)
      printf "sales,%s,%04d-%02d,%s-%d,%d,2031-02,%s load\n", segment[int(i / 1200) % 6 + 1],
        1901 + int(i % 1200 / 12), i % 12 + 1, publisher, int(i / 7200), i, publisher
  }'
}
say "a 30,000-row load through the gateway"
rows SYN-bulk > "$WORK/bulk.csv"
loaded=$SECONDS
inserted="$(curl -fs --max-time 120 -X POST -H "Authorization: Bearer $EDITOR_TOKEN" -H 'Content-Type: text/csv' \
  --data-binary @"$WORK/bulk.csv" "$gateway/api/services/market/figures" | jq .inserted)" || fail "the 30,000-row load"
[[ "$inserted" == 30000 ]] || fail "the 30,000-row load inserted $inserted rows"
declare -A AFTER_LOAD
for name in postgres "${SERVICES[@]}"; do AFTER_LOAD[$name]="$(memory "$name")"; done
pass "30,000 rows loaded into market-service through the gateway in $((SECONDS - loaded)) s"

say "market-service stopped (SIGTERM) with a load and reads in flight, then started"
market="$(url market-service)"
rows SYN-drain > "$WORK/drain.csv"
curl -s -o "$WORK/drain-load.json" -w '%{http_code} %{exitcode}\n' --max-time 60 -X POST \
  -H "Authorization: Bearer $EDITOR_TOKEN" -H 'Content-Type: text/csv' --data-binary @"$WORK/drain.csv" \
  "$market/api/figures" > "$WORK/drain-load.status" &
in_flight=($!)
: > "$WORK/reads"
for _ in 1 2 3 4; do
  (for _ in $(seq 30); do
    # status, curl's exit code, Retry-After: a whole answer is "200 0" or "503 0 <seconds>"
    curl -s -o /dev/null --max-time 20 -w '%{http_code} %{exitcode} %header{retry-after}\n' \
      "$market/api/figures?measure=sales&publisher=CAAM" >> "$WORK/reads" || true
    sleep 0.05
  done) &
  in_flight+=($!)
done
sleep 0.3
stopped=$SECONDS
podman stop --time 30 "$(container market-service)" >/dev/null
stop_seconds=$((SECONDS - stopped))
wait "${in_flight[@]}" || true # each answer is in its file
read -r load_status load_exit < "$WORK/drain-load.status"
[[ "$load_status $load_exit" == "200 0" ]] \
  || fail "the load in flight at the SIGTERM: $load_status (curl $load_exit) $(head -c 300 "$WORK/drain-load.json")"
inserted="$(jq .inserted "$WORK/drain-load.json")"
# A read the service accepted ends in a whole answer: 200, or 503 with Retry-After. One that reaches it as it closes is
# refused (curl 7), or closed (curl 52) or reset (curl 56) before a byte of answer: the service being gone, not a
# request cut. A cut is an answer begun and not finished, or no answer within 20 s.
answers="$(awk '$2 == 0 && $1 == 200 {print "200"; next}
  $2 == 0 && $1 == 503 && $3 != "" {print "503+Retry-After"; next}
  $1 == "000" && ($2 == 7 || $2 == 52 || $2 == 56) {print "refused-or-closed-unanswered"; next}
  {print "CUT:" $1 ",curl-exit-" $2}' "$WORK/reads" | sort | uniq -c | awk '{printf "%s %s, ", $1, $2}')"
[[ "$answers" != *CUT* ]] || fail "a request cut while draining: $answers"
pass "SIGTERM: the container stopped in $stop_seconds s; the load in flight finished (200, $inserted rows); reads: ${answers%, }"

# a period not asked before, so that no cached answer stands in for market-service's
degraded="$(curl -fs --max-time 30 "$gateway/api/overview?period=2025-10")"
sections="$(jq -c '[.sections | to_entries[] | select(.value.status != "complete") | "\(.key): \(.value.status)"]' \
  <<< "$degraded")"
[[ "$(jq .complete <<< "$degraded")" == false && "$(jq -r .sections.market.status <<< "$degraded")" =~ ^(unavailable|stale)$ ]] \
  || fail "with market-service stopped the view is not marked degraded: complete $(jq .complete <<< "$degraded"), $sections"
pass "market-service stopped: the overview answers, incomplete, with $sections"

restarted=$SECONDS
podman start "$(container market-service)" >/dev/null
until ready market-service; do
  ((SECONDS - restarted < 120)) || fail "market-service not ready again within 120 s"
  sleep 1
done
superuser="$(sed -n 's/^username=//p' "$WORK/k8s/overlays/dev/secrets/postgres-superuser.env")"
kept="$(podman exec "$(container postgres)" psql -U "$superuser" -d market -tAc \
  "SELECT count(*) FROM figure WHERE publisher LIKE 'SYN-drain-%' AND superseded_at IS NULL")"
[[ "$kept" == 30000 && "$inserted" == 30000 ]] || fail "the load's rows after the restart: $kept of 30,000 ($inserted reported)"
for _ in $(seq 30); do
  again="$(curl -fs --max-time 30 "$gateway/api/overview?period=2025-10")"
  [[ "$(jq .complete <<< "$again")" == true ]] && break
  sleep 1
done
[[ "$(jq .complete <<< "$again")" == true ]] || fail "the overview is not complete again: $(jq -c '[.sections[] | .status]' <<< "$again")"
pass "market-service started again (ready in $((SECONDS - restarted)) s, all 30,000 of the load's rows there); the overview complete again"

# ---- Prometheus -----------------------------------------------------------------------------------------------------
say "a real Prometheus scrapes the five containers"
targets=()
for service in "${SERVICES[@]}"; do targets+=("$service=127.0.0.1:${PORT[$service]}"); done
WAIT_SECONDS=90 bash "$K8S_DIR/tests/prometheus-scrape.sh" "${targets[@]}" > "$WORK/scrape.log" 2>&1 \
  || { cat "$WORK/scrape.log"; fail "Prometheus' scrape of the containers"; }
pass "Prometheus: $(tail -1 "$WORK/scrape.log")"

# ---- what it saw ----------------------------------------------------------------------------------------------------
say "memory of each container (limits: the services 384Mi, PostgreSQL 512Mi)"
printf '%-20s %9s %18s\n' container "at rest" "after the load"
for name in "${SERVICES[@]}" postgres; do
  printf '%-20s %9s %18s\n' "$name" "${AT_REST[$name]:-}" "${AFTER_LOAD[$name]}"
done
