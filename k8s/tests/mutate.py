#!/usr/bin/env python3
"""Breaks a copy of rendered manifests in one known way, to prove that the checks catch it.

  mutate.py --list                          one line per mutation: NAME CHECKER (policy|schema)
  mutate.py NAME rendered.json broken.json  writes the broken copy

k8s/check.sh runs every mutation against a copy of the dev overlay's output and expects the named
checker to fail on it; a mutation that goes unnoticed fails the check.
"""
import json
import sys


def find(objs, kind, name):
    for o in objs:
        if o.get("kind") == kind and o["metadata"]["name"].startswith(name):
            return o
    raise SystemExit(f"mutate: no {kind}/{name} in the input")


def container(objs, kind, name):
    return find(objs, kind, name)["spec"]["template"]["spec"]["containers"][0]


def env_source(objs, deployment, variable):
    """Where a Deployment's container takes an environment variable from (its valueFrom)."""
    for e in container(objs, "Deployment", deployment)["env"]:
        if e["name"] == variable:
            return e["valueFrom"]
    raise SystemExit(f"mutate: no {variable} in Deployment/{deployment}")


def drop(objs, kind, name):
    o = find(objs, kind, name)
    objs.remove(o)


def m_no_readiness(objs):
    del container(objs, "Deployment", "gateway")["readinessProbe"]


def m_no_startup_postgres(objs):
    del container(objs, "StatefulSet", "postgres")["startupProbe"]


def m_wrong_liveness_path(objs):
    container(objs, "Deployment", "market-service")["livenessProbe"]["httpGet"]["path"] = "/health"


def m_latest_tag(objs):
    container(objs, "Deployment", "exports-service")["image"] = "ghcr.io/china-auto-suite/exports-service:latest"


def m_untagged_image(objs):
    container(objs, "StatefulSet", "postgres")["image"] = "postgres"


def m_no_limits(objs):
    del container(objs, "Deployment", "deliveries-service")["resources"]["limits"]


def m_request_above_limit(objs):
    container(objs, "Deployment", "gateway")["resources"]["requests"]["memory"] = "2Gi"


def m_writable_root(objs):
    container(objs, "Deployment", "gateway")["securityContext"]["readOnlyRootFilesystem"] = False


def m_root_user(objs):
    d = find(objs, "Deployment", "market-service")
    del d["spec"]["template"]["spec"]["securityContext"]["runAsNonRoot"]
    del d["spec"]["template"]["spec"]["containers"][0]["securityContext"]["runAsNonRoot"]


def m_privilege_escalation(objs):
    del container(objs, "StatefulSet", "postgres")["securityContext"]["allowPrivilegeEscalation"]


def m_capabilities_kept(objs):
    container(objs, "Deployment", "exports-service")["securityContext"]["capabilities"] = {"drop": ["NET_RAW"]}


def m_no_seccomp(objs):
    d = find(objs, "Deployment", "deliveries-service")
    del d["spec"]["template"]["spec"]["securityContext"]["seccompProfile"]
    del d["spec"]["template"]["spec"]["containers"][0]["securityContext"]["seccompProfile"]


def m_no_tmp(objs):
    c = container(objs, "Deployment", "gateway")
    c["volumeMounts"] = [m for m in c["volumeMounts"] if m["mountPath"] != "/tmp"]


def m_no_spread(objs):
    del find(objs, "Deployment", "market-service")["spec"]["template"]["spec"]["topologySpreadConstraints"]


def m_no_pdb(objs):
    drop(objs, "PodDisruptionBudget", "market-service")


def m_no_hpa(objs):
    drop(objs, "HorizontalPodAutoscaler", "exports-service")


def m_hpa_wrong_target(objs):
    find(objs, "HorizontalPodAutoscaler", "gateway")["spec"]["scaleTargetRef"]["name"] = "gateway-v2"


def m_selector_mismatch(objs):
    find(objs, "Deployment", "gateway")["spec"]["selector"]["matchLabels"]["app.kubernetes.io/name"] = "gw"


def m_service_selects_nothing(objs):
    find(objs, "Service", "market-service")["spec"]["selector"] = {"app.kubernetes.io/name": "market"}


def m_service_bad_target_port(objs):
    find(objs, "Service", "gateway")["spec"]["ports"][0]["targetPort"] = "web"


def m_networkpolicy_selects_nothing(objs):
    find(objs, "NetworkPolicy", "postgres")["spec"]["podSelector"] = {"matchLabels": {"app.kubernetes.io/name": "pg"}}


def m_networkpolicy_too_open(objs):
    # "from any namespace" instead of "from the four services with a database"
    find(objs, "NetworkPolicy", "postgres")["spec"]["ingress"][0]["from"].append({"namespaceSelector": {}})


def m_reports_loads_refused(objs):
    # market-service admits the gateway only, so reports-service can no longer load the figures of its reports
    rule = find(objs, "NetworkPolicy", "market-service")["spec"]["ingress"][0]
    rule["from"] = [p for p in rule["from"]
                    if (p.get("podSelector") or {}).get("matchLabels", {}).get("app.kubernetes.io/name") != "reports-service"]


def m_no_default_deny(objs):
    drop(objs, "NetworkPolicy", "default-deny-all")


def m_no_dns(objs):
    drop(objs, "NetworkPolicy", "allow-dns-egress")


def m_undefined_secret(objs):
    env_source(objs, "market-service", "QUARKUS_DATASOURCE_PASSWORD")["secretKeyRef"]["name"] = "market-db-credentials"


def m_missing_secret(objs):
    drop(objs, "Secret", "exports-db")


def m_undefined_configmap(objs):
    vols = find(objs, "StatefulSet", "postgres")["spec"]["template"]["spec"]["volumes"]
    for v in vols:
        if "configMap" in v:
            v["configMap"]["name"] = "postgres-initdb"


def m_missing_key(objs):
    env_source(objs, "gateway", "MP_JWT_VERIFY_PUBLICKEY")["configMapKeyRef"]["key"] = "public.pem"


def m_missing_labels(objs):
    del find(objs, "Service", "exports-service")["metadata"]["labels"]["app.kubernetes.io/part-of"]


def m_ingress_to_backend(objs):
    ing = find(objs, "Ingress", "gateway")
    ing["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]["name"] = "market-service"


def m_no_servicemonitor(objs):
    drop(objs, "ServiceMonitor", "deliveries-service")


def m_rule_edited_by_hand(objs):
    pr = find(objs, "PrometheusRule", "china-auto-suite")
    pr["spec"]["groups"][0]["rules"][0]["for"] = "30m"


def m_hand_written_deployment(objs):
    del find(objs, "Deployment", "exports-service")["metadata"]["annotations"]["app.quarkus.io/quarkus-version"]


def m_replicas_fight_hpa(objs):
    find(objs, "Deployment", "gateway")["spec"]["replicas"] = 3


# --- schema --------------------------------------------------------------------------------------
def s_port_as_string(objs):
    container(objs, "Deployment", "gateway")["ports"][0]["containerPort"] = "8080"


def s_unknown_field(objs):
    c = container(objs, "Deployment", "market-service")
    c["readynessProbe"] = c.pop("readinessProbe")


def s_misplaced_field(objs):
    d = find(objs, "Deployment", "exports-service")
    d["spec"]["template"]["spec"]["readOnlyRootFilesystem"] = True


def s_bad_enum(objs):
    container(objs, "Deployment", "gateway")["imagePullPolicy"] = "Sometimes"


def s_missing_required(objs):
    del find(objs, "Deployment", "gateway")["spec"]["selector"]


def s_removed_api(objs):
    find(objs, "HorizontalPodAutoscaler", "market-service")["apiVersion"] = "autoscaling/v2beta2"


def s_bad_servicemonitor(objs):
    find(objs, "ServiceMonitor", "gateway")["spec"]["endpoints"][0]["interval"] = 30


def s_bad_networkpolicy(objs):
    find(objs, "NetworkPolicy", "gateway")["spec"]["ingress"][0]["from"][0]["namespaceSelector"]["matchLabel"] = {}


MUTATIONS = {name[2:]: (fn, "policy" if name.startswith("m_") else "schema")
             for name, fn in sorted(globals().items()) if name[:2] in ("m_", "s_") and callable(fn)}


def main():
    if sys.argv[1:] == ["--list"]:
        for name, (_, checker) in MUTATIONS.items():
            print(name, checker)
        return
    name, src, dst = sys.argv[1:4]
    with open(src) as f:
        objs = json.load(f)
    MUTATIONS[name][0](objs)
    with open(dst, "w") as f:
        json.dump(objs, f)


if __name__ == "__main__":
    main()
