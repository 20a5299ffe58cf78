#!/usr/bin/env bash
# The dev deployment run in real containers, with podman (no Kubernetes API server is needed):
#   1. starts a local image registry (Debian's docker-registry) on 127.0.0.1:5959;
#   2. makes the base images from Debian's packages (images/build.sh) and builds and pushes the five services'
#      images with the Maven build's Jib (-Dquarkus.container-image.push=true), on that base;
#   3. renders the check's overlay (overlay/: the dev overlay with what podman cannot take adapted), turns its Secrets
#      into podman secrets, and plays it with `podman kube play` on a network of its own: PostgreSQL first, then the
#      five services; each Service name resolves to its pod (a network alias on the pod's infra container);
#   4. checks (scenarios.sh), with bounded waits: every container ready within its memory limit and with the heap the manifests
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

# ---- the checks -----------------------------------------------------------------------------------------------------
. "$HERE/scenarios.sh"
