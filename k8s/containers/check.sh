#!/usr/bin/env bash
# The dev deployment run in real containers, with podman (no Kubernetes API server is needed):
#   1. starts a local image registry (Debian's docker-registry) on 127.0.0.1:5959;
#   2. makes the base images from Debian's packages (images/build.sh) and builds and pushes the five services'
#      images with the Maven build's Jib (-Dquarkus.container-image.push=true), on that base;
#   3. renders the check's overlay (overlay/: the dev overlay with what podman cannot take adapted), turns its Secrets
#      into podman secrets, and plays it with `podman kube play` on a network of its own: PostgreSQL first, then the
#      five services; each Service name resolves to its pod (a network alias on the pod's infra container);
#   4. checks, with bounded waits: every container ready within its memory limit and with the heap the manifests
#      ask for; through the gateway's container the November 2025 figures, a CSV load with an editor token
#      (k8s/scripts/make-token.sh) read back, and the dashboard's page; the non-root user, the read-only root
#      filesystem and nothing written outside the /tmp volume; a data service stopped with a load and reads in flight
#      (SIGTERM: nothing cut, the load kept), the gateway's view degraded meanwhile and complete once it is started
#      again; a real Prometheus scraping the five containers (k8s/tests/prometheus-scrape.sh);
#   5. prints what it saw and tears everything down (pods, network, secrets, images, registry), on failure too.
# Needs root (podman's containers run as root with runc and cgroupfs) and the suite installed in the local Maven
# repository (./mvnw install -DskipTests; bin/test has done it). Installs its Debian packages when missing.
#   k8s/containers/check.sh
# Environment: CONTAINERS_CHECK_CACHE (the minbase root filesystem, default ~/.cache/china-auto-containers),
# DEBIAN_MIRROR, KEEP_CONTAINERS_CHECK=1 (leave the work directory for inspection).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
K8S_DIR="$(dirname "$HERE")"
REPO_DIR="$(dirname "$K8S_DIR")"
REGISTRY=127.0.0.1:5959
NETWORK=china-auto-check
SERVICES=(market-service exports-service deliveries-service reports-service gateway)
declare -A PORT=([gateway]=18080 [market-service]=18081 [exports-service]=18082 [deliveries-service]=18083
  [reports-service]=18084)
START=$SECONDS
PASSED=0
WORK="$(mktemp -d -t containers-check.XXXXXX)"
# podman's settings, and a storage of the check's own (images, containers, volumes, secrets) in the work directory:
# nothing of the machine's own podman is seen or touched, and the teardown removes all of it
export CONTAINERS_CONF="$HERE/containers.conf" CONTAINERS_STORAGE_CONF="$WORK/storage.conf"
printf '[storage]\ndriver = "overlay"\ngraphroot = "%s"\nrunroot = "%s"\n' "$WORK/storage" "$WORK/run" \
  > "$CONTAINERS_STORAGE_CONF"

say() { printf '\n== %s (%d s)\n' "$*" $((SECONDS - START)); }
pass() { PASSED=$((PASSED + 1)); echo "ok   $*"; }
fail() { echo "FAIL $*"; exit 1; }
# podman's warnings about what this machine lacks and the check does not use: syslog, and systemd, which would run
# the healthchecks on a timer (the check runs them itself)
podman() {
  command podman "$@" 2> >(grep -v -e 'failed to connect to syslog' -e 'unable to get systemd connection' >&2)
}
container() { echo "$1-pod-0-$1"; } # the name podman gives a Deployment's container
url() { echo "http://127.0.0.1:${PORT[$1]}"; }

# ---- teardown, on every exit ----------------------------------------------------------------------------------------
teardown() {
  local status=$?
  trap - EXIT
  set +e
  if [[ $status -ne 0 && -s "$WORK/services.yaml" ]]; then
    echo "-- the last log lines of every container"
    for name in postgres "${SERVICES[@]}"; do
      echo "--- $name"
      podman logs --tail 8 "$(container "$name")" 2>&1
    done
  fi
  say "teardown"
  for play in services database; do
    [[ -s "$WORK/$play.yaml" ]] && podman kube down "$WORK/$play.yaml" >/dev/null 2>&1
  done
  podman network rm -f "$NETWORK" >/dev/null 2>&1
  # everything below is in the check's own storage
  podman pod rm -af >/dev/null 2>&1
  podman rm -af >/dev/null 2>&1
  podman volume rm -af >/dev/null 2>&1
  podman secret rm -a >/dev/null 2>&1
  podman rmi -af >/dev/null 2>&1
  [[ -s "$WORK/registry.pid" ]] && kill "$(cat "$WORK/registry.pid")" 2>/dev/null
  echo "containers left: $(podman ps -aq 2>/dev/null | wc -l), volumes: $(podman volume ls -q 2>/dev/null | wc -l)"
  umount "$WORK/storage/overlay" 2>/dev/null
  if [[ "${KEEP_CONTAINERS_CHECK:-}" == 1 ]]; then echo "work directory kept: $WORK"; else rm -rf "$WORK"; fi
  if [[ $status -eq 0 ]]; then
    echo "containers check: $PASSED passed in $((SECONDS - START)) s"
  else
    echo "containers check: FAILED after $((SECONDS - START)) s"
  fi
  exit $status
}
trap teardown EXIT
trap 'exit 143' TERM INT

# ---- tools ----------------------------------------------------------------------------------------------------------
say "tools"
[[ $(id -u) -eq 0 ]] || fail "run as root: podman's containers run as root here (runc, cgroupfs)"
[[ -n "${JAVA_HOME:-}" ]] || . "$REPO_DIR/bin/lib/java.sh"
need=()
for tool in podman:podman runc:runc /usr/lib/podman/netavark:netavark /usr/lib/podman/aardvark-dns:aardvark-dns \
  catatonit:catatonit iptables:iptables debootstrap:debootstrap docker-registry:docker-registry jq:jq curl:curl \
  openssl:openssl prometheus:prometheus; do
  command -v "${tool%%:*}" >/dev/null || [[ -x "${tool%%:*}" ]] || need+=("${tool#*:}")
done
python3 -c 'import yaml' 2>/dev/null || need+=(python3-yaml)
if [[ ${#need[@]} -gt 0 ]]; then
  echo "installing Debian packages: ${need[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
KUBECTL="${KUBECTL_BIN:-$(command -v kubectl || true)}"
if [[ -z "$KUBECTL" ]]; then
  KUBECTL="$(ls -1 "${XDG_CACHE_HOME:-$HOME/.cache}"/china-auto-k8s-check/bin/kubectl 2>/dev/null | head -1)"
fi
[[ -x "$KUBECTL" ]] || fail "no kubectl: run k8s/check.sh once (it installs one) or set KUBECTL_BIN"
for port in 5959 15432 "${PORT[@]}"; do
  ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || fail "127.0.0.1:$port is taken; the check needs it"
done
echo "podman $(command podman --version | awk '{print $3}'), kubectl $("$KUBECTL" version --client -o json | jq -r .clientVersion.gitVersion)"

# ---- registry and images --------------------------------------------------------------------------------------------
say "registry on $REGISTRY"
mkdir -p "$WORK/registry"
cat > "$WORK/registry.yml" <<EOF
version: 0.1
log: {level: warn}
storage: {filesystem: {rootdirectory: $WORK/registry}}
http: {addr: $REGISTRY}
EOF
docker-registry serve "$WORK/registry.yml" > "$WORK/registry.log" 2>&1 &
echo $! > "$WORK/registry.pid"
for _ in $(seq 50); do curl -fs "http://$REGISTRY/v2/" >/dev/null && break; sleep 0.2; done
curl -fs "http://$REGISTRY/v2/" >/dev/null || fail "the registry did not start: $(cat "$WORK/registry.log")"
pass "registry answers"

say "base images from Debian's packages"
bash "$HERE/images/build.sh" "$REGISTRY" "$WORK"

say "the services' images (Jib, pushed to $REGISTRY)"
# The Kubernetes manifests and OpenAPI documents the build writes go to the work directory: the committed ones stay
# as they are.
(cd "$REPO_DIR" && ./mvnw -B -ntp -q package -DskipTests -Dsuite.aot.skip=true \
  -pl "$(IFS=,; echo "${SERVICES[*]}")" \
  -Dquarkus.container-image.push=true -Dquarkus.container-image.registry="$REGISTRY" \
  -Dquarkus.container-image.insecure=true -Dquarkus.jib.base-jvm-image="$REGISTRY/china-auto/jre:25" \
  -Dquarkus.kubernetes.output-directory="$WORK/generated" \
  -Dquarkus.smallrye-openapi.store-schema-directory="$WORK/openapi" > "$WORK/build.log" 2>&1) \
  || { grep -E 'ERROR|FAIL' "$WORK/build.log" | head -30; fail "the images' build failed"; }
catalog="$(curl -fs "http://$REGISTRY/v2/_catalog" | jq -r '.repositories | join(" ")')"
for service in "${SERVICES[@]}"; do
  [[ " $catalog " == *" china-auto-suite/$service "* ]] || fail "$service's image is not in the registry ($catalog)"
done
pass "five service images and two base images in the registry: $catalog"

# ---- render and play ------------------------------------------------------------------------------------------------
say "render the check's overlay"
# A copy of k8s/ with fresh credentials of its own (init-secrets.sh), so that no developer's secrets are read or written.
mkdir -p "$WORK/k8s"
(cd "$K8S_DIR" && tar cf - --exclude='./overlays/*/secrets/*.env' --exclude='./overlays/*/secrets/*.pem' \
  --exclude=./tests .) | (cd "$WORK/k8s" && tar xf -)
"$WORK/k8s/scripts/init-secrets.sh" dev > /dev/null
"$KUBECTL" kustomize "$WORK/k8s/containers/overlay" > "$WORK/rendered.yaml"
python3 "$HERE/split.py" "$WORK/rendered.yaml" "$WORK"
EDITOR_TOKEN="$("$K8S_DIR/scripts/make-token.sh" --key "$WORK/k8s/overlays/dev/secrets/jwt-private-key.pem" --hours 1)"

say "play PostgreSQL"
podman network create "$NETWORK" >/dev/null
for secret in "$WORK"/secrets/*.json; do
  podman secret create "$(basename "$secret" .json)" "$secret" >/dev/null
done
alias_pod() { # podman has no Services: the Service's name becomes an alias of the pod on the network
  local infra
  infra="$(podman pod inspect "$1-pod-0" --format '{{.InfraContainerID}}')"
  podman network disconnect "$NETWORK" "$infra" >/dev/null
  podman network connect --alias "$1" "$NETWORK" "$infra" >/dev/null
}
podman kube play --network "$NETWORK" --tls-verify=false --quiet "$WORK/database.yaml" >/dev/null
alias_pod postgres
until podman exec "$(container postgres)" pg_isready --host=127.0.0.1 --port=5432 --timeout=3 >/dev/null 2>&1; do
  ((SECONDS - START < 420)) || fail "PostgreSQL not ready"
  sleep 1
done
pass "PostgreSQL ready (Debian's postgresql-15, uid $(podman exec "$(container postgres)" id -u))"

say "play the five services"
played=$SECONDS
podman kube play --network "$NETWORK" --tls-verify=false --quiet "$WORK/services.yaml" >/dev/null
for service in "${SERVICES[@]}"; do alias_pod "$service"; done
declare -A READY_AFTER
ready() { curl -fs --max-time 3 "$(url "$1")/q/health/ready" >/dev/null 2>&1; }
for service in "${SERVICES[@]}"; do
  until ready "$service"; do
    ((SECONDS - played < 240)) || fail "$service not ready within 240 s"
    sleep 1
  done
  READY_AFTER[$service]=$((SECONDS - played))
done
for service in "${SERVICES[@]}"; do
  pass "$service ready (/q/health/ready on 127.0.0.1:${PORT[$service]}), ${READY_AFTER[$service]} s after the play"
done
# podman turns each livenessProbe into a healthcheck (an HTTP GET by curl inside the container)
for name in postgres "${SERVICES[@]}"; do
  podman healthcheck run "$(container "$name")" >/dev/null || fail "$name's livenessProbe fails as a podman healthcheck"
done
pass "every livenessProbe passes as a podman healthcheck (podman healthcheck run)"

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
