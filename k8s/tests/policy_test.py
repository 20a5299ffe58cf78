#!/usr/bin/env python3
"""Policy tests over the rendered manifests of one overlay (what `kubectl kustomize` produced).

Usage: policy_test.py --overlay NAME --k8s-dir DIR --repo-dir DIR rendered.json

rendered.json is the overlay's output as a JSON array (k8s/check.sh converts it). Every check prints
`ok` or `FAIL` with the objects concerned; the last line is "N passed, N failed" and the exit code is
1 when any check failed. Needs only Python 3 and PyYAML (for the rule file).
"""
import argparse
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

import yaml

SUITE_SERVICES = ["gateway", "market-service", "exports-service", "deliveries-service", "reports-service"]
# The services the gateway reads for its views; reports-service loads the figures of its reports into them.
DATA_SERVICES = ["market-service", "exports-service", "deliveries-service"]
# Every service behind the gateway, each with a PostgreSQL database of its own (named without "-service").
BACKEND_SERVICES = DATA_SERVICES + ["reports-service"]
REQUIRED_LABELS = [
    "app.kubernetes.io/name",
    "app.kubernetes.io/instance",
    "app.kubernetes.io/component",
    "app.kubernetes.io/part-of",
    "app.kubernetes.io/managed-by",
]
CLUSTER_SCOPED = {"Namespace", "ClusterRole", "ClusterRoleBinding", "StorageClass", "PriorityClass",
                  "CustomResourceDefinition", "IngressClass"}
WORKLOAD_KINDS = {"Deployment", "StatefulSet", "DaemonSet"}
HEALTH_PATHS = {"startupProbe": "/q/health/started", "readinessProbe": "/q/health/ready",
                "livenessProbe": "/q/health/live"}
# Secrets that another controller creates, and how the manifests say so.
CERT_MANAGER_ANNOTATIONS = ("cert-manager.io/cluster-issuer", "cert-manager.io/issuer")
# What quarkus-kubernetes writes on every object it generates.
GENERATOR_ANNOTATION = "app.quarkus.io/quarkus-version"
# Namespaces of the traffic sources in the NetworkPolicy expectations below.
INGRESS_NAMESPACE = "ingress-nginx"
MONITORING_NAMESPACE = "monitoring"


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, problems):
        problems = [p for p in problems if p]
        if problems:
            self.failed += 1
            print(f"FAIL {name}")
            for p in problems:
                print(f"     - {p}")
        else:
            self.passed += 1
            print(f"ok   {name}")


def ident(o):
    return f"{o.get('kind')}/{o.get('metadata', {}).get('name')}"


def labels_of(o):
    return (o.get("metadata") or {}).get("labels") or {}


def selector_matches(selector, labels):
    """A LabelSelector (matchLabels / matchExpressions) against a label set."""
    if selector is None:
        return False
    for k, v in (selector.get("matchLabels") or {}).items():
        if labels.get(k) != v:
            return False
    for e in selector.get("matchExpressions") or []:
        key, op, values = e.get("key"), e.get("operator"), e.get("values") or []
        if op == "In" and labels.get(key) not in values:
            return False
        if op == "NotIn" and labels.get(key) in values:
            return False
        if op == "Exists" and key not in labels:
            return False
        if op == "DoesNotExist" and key in labels:
            return False
    return True


def pod_spec(w):
    return w["spec"]["template"]["spec"]


def pod_labels(w):
    return ((w["spec"].get("template") or {}).get("metadata") or {}).get("labels") or {}


def containers(w):
    spec = pod_spec(w)
    return [("container", c) for c in spec.get("containers") or []] + \
           [("initContainer", c) for c in spec.get("initContainers") or []]


def image_problem(image):
    if not image:
        return "no image"
    if "@sha256:" in image:
        return None
    last = image.rsplit("/", 1)[-1]
    if ":" not in last:
        return f"image {image} has no tag"
    tag = last.rsplit(":", 1)[1]
    if tag == "latest" or not tag:
        return f"image {image} uses the tag '{tag}'"
    return None


def quantity(v, cpu):
    """Kubernetes quantity to a float (cores for cpu, bytes for memory)."""
    s = str(v)
    m = re.fullmatch(r"([0-9.]+)([a-zA-Z]*)", s)
    if not m:
        raise ValueError(f"bad quantity {v!r}")
    n, unit = float(m.group(1)), m.group(2)
    units = {"": 1, "m": 1e-3, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12,
             "Ki": 1024, "Mi": 1024 ** 2, "Gi": 1024 ** 3, "Ti": 1024 ** 4}
    if unit not in units:
        raise ValueError(f"bad quantity unit {v!r}")
    return n * units[unit]


def github_anchor(heading):
    a = heading.strip().lower()
    a = re.sub(r"[^\w\- ]", "", a)
    return a.replace(" ", "-")


# ---------------------------------------------------------------------------------------------------
def run(objects, overlay, k8s_dir, repo_dir):
    c = Checks()
    by_kind = {}
    for o in objects:
        by_kind.setdefault(o.get("kind"), []).append(o)
    workloads = [o for o in objects if o.get("kind") in WORKLOAD_KINDS]
    deployments = by_kind.get("Deployment", [])
    services = by_kind.get("Service", [])
    namespaces = [n["metadata"]["name"] for n in by_kind.get("Namespace", [])]

    # --- inventory ---------------------------------------------------------------------------------
    c.check("every suite service has a Deployment, a Service and a ServiceMonitor",
            [f"{s}: missing {k}" for s in SUITE_SERVICES for k in ("Deployment", "Service", "ServiceMonitor")
             if not any(o["metadata"]["name"] == s for o in by_kind.get(k, []))])
    # The five services' resources are generated by quarkus-kubernetes (k8s/base/<service>/generated), which stamps
    # them; a hand-written copy next to them would lack the stamp.
    c.check("the suite services' Deployments and Services are the ones quarkus-kubernetes generated",
            [f"{ident(o)}: no annotation {GENERATOR_ANNOTATION} (hand-written?)" for k in ("Deployment", "Service")
             for o in by_kind.get(k, []) if o["metadata"]["name"] in SUITE_SERVICES
             and GENERATOR_ANNOTATION not in (o["metadata"].get("annotations") or {})])
    c.check("PostgreSQL is a StatefulSet with a persistent volume claim template",
            ["no StatefulSet postgres"] if not any(s["metadata"]["name"] == "postgres" for s in by_kind.get("StatefulSet", []))
            else [f"{ident(s)}: no volumeClaimTemplates" for s in by_kind.get("StatefulSet", [])
                  if not s["spec"].get("volumeClaimTemplates")])

    # --- metadata ----------------------------------------------------------------------------------
    c.check("exactly one Namespace, and every namespaced object is in it",
            ([f"Namespaces: {namespaces}"] if len(namespaces) != 1 else []) +
            [f"{ident(o)}: namespace {o['metadata'].get('namespace')!r}" for o in objects
             if o.get("kind") not in CLUSTER_SCOPED and namespaces and o["metadata"].get("namespace") != namespaces[0]])
    c.check("every object carries the app.kubernetes.io labels " + ", ".join(l.split('/')[1] for l in REQUIRED_LABELS),
            [f"{ident(o)}: missing {', '.join(l for l in REQUIRED_LABELS if l not in labels_of(o))}"
             for o in objects if any(l not in labels_of(o) for l in REQUIRED_LABELS)])
    c.check("every pod template carries the same app.kubernetes.io labels as its workload",
            [f"{ident(w)}: pod template lacks or differs on {l}" for w in workloads for l in REQUIRED_LABELS
             if pod_labels(w).get(l) != labels_of(w).get(l)])
    instances = {labels_of(o).get("app.kubernetes.io/instance") for o in objects}
    c.check("one app.kubernetes.io/instance value for the whole overlay",
            [] if len(instances) == 1 else [f"values: {sorted(map(str, instances))}"])

    # --- workloads: selectors, images, probes, resources, security ---------------------------------
    c.check("workload selectors match their own pod template",
            [f"{ident(w)}: selector {w['spec'].get('selector')} does not match {pod_labels(w)}"
             for w in workloads if not w["spec"].get("selector", {}).get("matchLabels")
             or not selector_matches(w["spec"]["selector"], pod_labels(w))])
    c.check("every image is pinned (a tag other than latest, or a digest)",
            [f"{ident(w)} {cn['name']}: {image_problem(cn.get('image'))}" for w in workloads
             for _, cn in containers(w) if image_problem(cn.get("image"))])
    c.check("suite images are ghcr.io/china-auto-suite/<service>:<version>",
            [f"{ident(w)}: {cn.get('image')}" for w in deployments for _, cn in containers(w)
             if not re.fullmatch(rf"ghcr\.io/china-auto-suite/{re.escape(w['metadata']['name'])}:[0-9][\w.\-]*",
                                 cn.get("image", ""))])
    probe_problems = []
    for w in workloads:
        for kind, cn in containers(w):
            if kind != "container":
                continue
            ports = {p.get("name"): p.get("containerPort") for p in cn.get("ports") or []}
            for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
                p = cn.get(probe)
                if not p:
                    probe_problems.append(f"{ident(w)} {cn['name']}: no {probe}")
                    continue
                if w["kind"] == "Deployment":
                    http = p.get("httpGet")
                    if not http:
                        probe_problems.append(f"{ident(w)} {cn['name']}: {probe} is not an httpGet probe")
                        continue
                    if http.get("path") != HEALTH_PATHS[probe]:
                        probe_problems.append(f"{ident(w)} {cn['name']}: {probe} path {http.get('path')} "
                                              f"(expected {HEALTH_PATHS[probe]})")
                    port = http.get("port")
                    if port not in ports and port not in ports.values():
                        probe_problems.append(f"{ident(w)} {cn['name']}: {probe} port {port} is not a container port")
                elif not (p.get("httpGet") or p.get("exec") or p.get("tcpSocket") or p.get("grpc")):
                    probe_problems.append(f"{ident(w)} {cn['name']}: {probe} has no handler")
    c.check("every container has startup, readiness and liveness probes (Quarkus: /q/health/started|ready|live)",
            probe_problems)

    res_problems = []
    for w in workloads:
        for _, cn in containers(w):
            r = cn.get("resources") or {}
            for part in ("requests", "limits"):
                for res in ("cpu", "memory"):
                    if res not in (r.get(part) or {}):
                        res_problems.append(f"{ident(w)} {cn['name']}: no {part}.{res}")
            for res in ("cpu", "memory"):
                try:
                    if res in (r.get("requests") or {}) and res in (r.get("limits") or {}) and \
                            quantity(r["requests"][res], res == "cpu") > quantity(r["limits"][res], res == "cpu"):
                        res_problems.append(f"{ident(w)} {cn['name']}: {res} request above limit")
                except ValueError as e:
                    res_problems.append(f"{ident(w)} {cn['name']}: {e}")
    c.check("every container has CPU and memory requests and limits (request <= limit)", res_problems)

    sec = []
    for w in workloads:
        ps = pod_spec(w)
        psc = ps.get("securityContext") or {}
        for flag in ("hostNetwork", "hostPID", "hostIPC"):
            if ps.get(flag):
                sec.append(f"{ident(w)}: {flag}")
        if ps.get("automountServiceAccountToken") is not False:
            sec.append(f"{ident(w)}: automountServiceAccountToken is not false")
        for _, cn in containers(w):
            csc = cn.get("securityContext") or {}
            who = f"{ident(w)} {cn['name']}"
            if not (csc.get("runAsNonRoot", psc.get("runAsNonRoot")) is True):
                sec.append(f"{who}: runAsNonRoot is not true")
            if csc.get("runAsUser", psc.get("runAsUser")) == 0:
                sec.append(f"{who}: runAsUser 0")
            if csc.get("allowPrivilegeEscalation") is not False:
                sec.append(f"{who}: allowPrivilegeEscalation is not false")
            if csc.get("readOnlyRootFilesystem") is not True:
                sec.append(f"{who}: readOnlyRootFilesystem is not true")
            if csc.get("privileged"):
                sec.append(f"{who}: privileged")
            caps = csc.get("capabilities") or {}
            if "ALL" not in (caps.get("drop") or []):
                sec.append(f"{who}: capabilities.drop does not contain ALL")
            if caps.get("add"):
                sec.append(f"{who}: capabilities.add {caps['add']}")
            seccomp = (csc.get("seccompProfile") or psc.get("seccompProfile") or {}).get("type")
            if seccomp != "RuntimeDefault":
                sec.append(f"{who}: seccompProfile is {seccomp!r}, not RuntimeDefault")
    c.check("pods run as non-root with a read-only root filesystem, no privilege escalation, "
            "capabilities dropped, seccomp RuntimeDefault", sec)

    writable = []
    for w in workloads:
        vols = {v["name"]: v for v in pod_spec(w).get("volumes") or []}
        claims = {t["metadata"]["name"] for t in w["spec"].get("volumeClaimTemplates") or []}
        for _, cn in containers(w):
            mounts = {m["mountPath"]: m for m in cn.get("volumeMounts") or []}
            need = ["/tmp"] + (["/var/run/postgresql", "/var/lib/postgresql/data"]
                               if "postgres" in (cn.get("image") or "") else [])
            for path in need:
                m = mounts.get(path)
                if not m:
                    writable.append(f"{ident(w)} {cn['name']}: nothing writable mounted at {path}")
                elif m.get("readOnly"):
                    writable.append(f"{ident(w)} {cn['name']}: {path} mounted read-only")
                elif m["name"] not in claims and "emptyDir" not in vols.get(m["name"], {}) \
                        and "persistentVolumeClaim" not in vols.get(m["name"], {}):
                    writable.append(f"{ident(w)} {cn['name']}: {path} is neither an emptyDir nor a volume claim")
    c.check("read-only containers get writable volumes where they need them (/tmp; PostgreSQL's run and data dirs)",
            writable)

    spread = []
    for w in workloads:
        ps = pod_spec(w)
        tsc = ps.get("topologySpreadConstraints") or []
        anti = ((ps.get("affinity") or {}).get("podAntiAffinity") or {})
        anti_terms = (anti.get("requiredDuringSchedulingIgnoredDuringExecution") or []) + \
            [t.get("podAffinityTerm", {}) for t in anti.get("preferredDuringSchedulingIgnoredDuringExecution") or []]
        ok = any(selector_matches(t.get("labelSelector"), pod_labels(w)) for t in tsc) or \
            any(selector_matches(t.get("labelSelector"), pod_labels(w)) for t in anti_terms)
        if not ok:
            spread.append(f"{ident(w)}: no topologySpreadConstraint or pod anti-affinity selecting its own pods")
    c.check("every workload spreads its pods (topologySpreadConstraints or pod anti-affinity)", spread)

    sa_names = {o["metadata"]["name"] for o in by_kind.get("ServiceAccount", [])}
    c.check("every workload uses its own, defined ServiceAccount",
            [f"{ident(w)}: serviceAccountName {pod_spec(w).get('serviceAccountName')!r}" for w in workloads
             if pod_spec(w).get("serviceAccountName") not in sa_names])

    # --- PDBs and HPAs -----------------------------------------------------------------------------
    pdbs = by_kind.get("PodDisruptionBudget", [])
    c.check("every workload has a PodDisruptionBudget selecting its pods",
            [f"{ident(w)}: no PodDisruptionBudget" for w in workloads
             if not any(selector_matches(p["spec"].get("selector"), pod_labels(w)) for p in pdbs)])
    c.check("every PodDisruptionBudget selects the pods of a workload",
            [f"{ident(p)}: selects no pods" for p in pdbs
             if not any(selector_matches(p["spec"].get("selector"), pod_labels(w)) for w in workloads)])
    hpas = by_kind.get("HorizontalPodAutoscaler", [])
    hpa_targets = {(h["spec"]["scaleTargetRef"].get("kind"), h["spec"]["scaleTargetRef"].get("name")) for h in hpas}
    c.check("every Deployment has a HorizontalPodAutoscaler",
            [f"{ident(d)}: no HorizontalPodAutoscaler" for d in deployments
             if ("Deployment", d["metadata"]["name"]) not in hpa_targets])
    hpa_problems = []
    dep_names = {d["metadata"]["name"] for d in deployments}
    for h in hpas:
        ref = h["spec"]["scaleTargetRef"]
        if ref.get("kind") != "Deployment" or ref.get("name") not in dep_names or ref.get("apiVersion") != "apps/v1":
            hpa_problems.append(f"{ident(h)}: scaleTargetRef {ref} is not a Deployment of this overlay")
        lo, hi = h["spec"].get("minReplicas", 1), h["spec"].get("maxReplicas", 0)
        if not 1 <= lo <= hi:
            hpa_problems.append(f"{ident(h)}: minReplicas {lo}, maxReplicas {hi}")
        if overlay == "dev" and lo != 1:
            hpa_problems.append(f"{ident(h)}: dev should run 1 replica (minReplicas {lo})")
        if overlay == "production" and lo < 2:
            hpa_problems.append(f"{ident(h)}: production needs at least 2 replicas (minReplicas {lo})")
        if not h["spec"].get("metrics"):
            hpa_problems.append(f"{ident(h)}: no metrics")
    hpa_problems += [f"{ident(d)}: sets spec.replicas although an HPA owns it" for d in deployments
                     if "replicas" in d["spec"] and ("Deployment", d["metadata"]["name"]) in hpa_targets]
    c.check("HorizontalPodAutoscalers target existing Deployments with sane bounds (which leave spec.replicas alone)",
            hpa_problems)

    # --- Services ----------------------------------------------------------------------------------
    svc_problems = []
    for s in services:
        sel = s["spec"].get("selector")
        if not sel:
            svc_problems.append(f"{ident(s)}: no selector")
            continue
        targets = [w for w in workloads if selector_matches({"matchLabels": sel}, pod_labels(w))]
        if not targets:
            svc_problems.append(f"{ident(s)}: selector {sel} matches no pods")
            continue
        for p in s["spec"].get("ports") or []:
            tp = p.get("targetPort", p.get("port"))
            for w in targets:
                cports = [cp for _, cn in containers(w) for cp in cn.get("ports") or []]
                if not any(tp == cp.get("name") or tp == cp.get("containerPort") for cp in cports):
                    svc_problems.append(f"{ident(s)}: targetPort {tp} is not a container port of {ident(w)}")
    c.check("every Service selects pods and targets one of their container ports", svc_problems)
    sts_problems = [f"{ident(w)}: serviceName {w['spec'].get('serviceName')!r} is not a Service"
                    for w in by_kind.get("StatefulSet", [])
                    if w["spec"].get("serviceName") not in {s["metadata"]["name"] for s in services}]
    c.check("every StatefulSet's governing Service exists", sts_problems)

    # --- ConfigMaps and Secrets --------------------------------------------------------------------
    cms = {o["metadata"]["name"]: o for o in by_kind.get("ConfigMap", [])}
    secrets = {o["metadata"]["name"]: o for o in by_kind.get("Secret", [])}
    ref_problems = []

    def need(kind, name, key, where):
        pool = cms if kind == "ConfigMap" else secrets
        obj = pool.get(name)
        if obj is None:
            ref_problems.append(f"{where}: {kind} {name!r} is not defined")
            return
        if key is not None:
            keys = set((obj.get("data") or {}).keys()) | set((obj.get("binaryData") or {}).keys()) | \
                set((obj.get("stringData") or {}).keys())
            if key not in keys:
                ref_problems.append(f"{where}: {kind} {name!r} has no key {key!r}")

    for w in workloads:
        for _, cn in containers(w):
            where = f"{ident(w)} {cn['name']}"
            for e in cn.get("env") or []:
                vf = e.get("valueFrom") or {}
                if "secretKeyRef" in vf and not vf["secretKeyRef"].get("optional"):
                    need("Secret", vf["secretKeyRef"]["name"], vf["secretKeyRef"]["key"], f"{where} env {e['name']}")
                if "configMapKeyRef" in vf and not vf["configMapKeyRef"].get("optional"):
                    need("ConfigMap", vf["configMapKeyRef"]["name"], vf["configMapKeyRef"]["key"],
                         f"{where} env {e['name']}")
            for ef in cn.get("envFrom") or []:
                if "secretRef" in ef and not ef["secretRef"].get("optional"):
                    need("Secret", ef["secretRef"]["name"], None, f"{where} envFrom")
                if "configMapRef" in ef and not ef["configMapRef"].get("optional"):
                    need("ConfigMap", ef["configMapRef"]["name"], None, f"{where} envFrom")
        for v in pod_spec(w).get("volumes") or []:
            if "secret" in v and not v["secret"].get("optional"):
                need("Secret", v["secret"]["secretName"], None, f"{ident(w)} volume {v['name']}")
            if "configMap" in v and not v["configMap"].get("optional"):
                need("ConfigMap", v["configMap"]["name"], None, f"{ident(w)} volume {v['name']}")
            for src in (v.get("projected") or {}).get("sources") or []:
                if "secret" in src:
                    need("Secret", src["secret"]["name"], None, f"{ident(w)} volume {v['name']}")
                if "configMap" in src:
                    need("ConfigMap", src["configMap"]["name"], None, f"{ident(w)} volume {v['name']}")
        for ips in pod_spec(w).get("imagePullSecrets") or []:
            need("Secret", ips["name"], None, f"{ident(w)} imagePullSecrets")
    for ing in by_kind.get("Ingress", []):
        for tls in ing["spec"].get("tls") or []:
            name = tls.get("secretName")
            annotations = ing["metadata"].get("annotations") or {}
            if name and name not in secrets and not any(a in annotations for a in CERT_MANAGER_ANNOTATIONS):
                ref_problems.append(f"{ident(ing)}: TLS Secret {name!r} is neither defined nor issued by cert-manager")
    c.check("every referenced Secret and ConfigMap (and key) is defined "
            "(deploy-time Secrets come from the overlay's secretGenerator; TLS from cert-manager)", ref_problems)
    c.check("Secrets come from generators (hashed names), never from committed manifests",
            [f"{ident(s)}: not generated (no content-hash suffix)" for s in secrets.values()
             if not re.search(r"-[a-z0-9]{10}$", s["metadata"]["name"])])
    c.check("PostgreSQL init script is mounted into /docker-entrypoint-initdb.d and creates every service's database",
            postgres_init_problems(by_kind, cms))

    # --- NetworkPolicies ---------------------------------------------------------------------------
    nps = by_kind.get("NetworkPolicy", [])
    np_problems = []
    for n in nps:
        sel = n["spec"].get("podSelector")
        if sel is None:
            np_problems.append(f"{ident(n)}: no podSelector")
        elif sel and not any(selector_matches(sel, pod_labels(w)) for w in workloads):
            np_problems.append(f"{ident(n)}: podSelector {sel} selects no pods")
        for direction, peer_key in (("ingress", "from"), ("egress", "to")):
            for rule in n["spec"].get(direction) or []:
                for peer in rule.get(peer_key) or []:
                    if "podSelector" in peer and "namespaceSelector" not in peer and peer["podSelector"] and \
                            not any(selector_matches(peer["podSelector"], pod_labels(w)) for w in workloads):
                        np_problems.append(f"{ident(n)}: {direction} peer {peer['podSelector']} selects no pods")
    c.check("every NetworkPolicy (and every in-namespace peer) selects existing pods", np_problems)
    c.check("a default-deny NetworkPolicy covers every pod, for ingress and egress",
            [] if any(n["spec"].get("podSelector") == {} and set(n["spec"].get("policyTypes") or []) >= {"Ingress", "Egress"}
                      and not n["spec"].get("ingress") and not n["spec"].get("egress") for n in nps)
            else ["no NetworkPolicy with podSelector {} denying Ingress and Egress"])
    c.check("NetworkPolicies allow exactly the intended traffic",
            network_expectations(nps, workloads, namespaces[0] if namespaces else ""))

    # --- Ingress -----------------------------------------------------------------------------------
    ing_problems = []
    ingresses = by_kind.get("Ingress", []) + by_kind.get("HTTPRoute", [])
    if not ingresses:
        ing_problems.append("no Ingress")
    svc_by_name = {s["metadata"]["name"]: s for s in services}
    for ing in by_kind.get("Ingress", []):
        backends = [p["backend"] for r in ing["spec"].get("rules") or [] for p in (r.get("http") or {}).get("paths") or []]
        if ing["spec"].get("defaultBackend"):
            backends.append(ing["spec"]["defaultBackend"])
        for b in backends:
            svc = (b.get("service") or {})
            if svc.get("name") != "gateway":
                ing_problems.append(f"{ident(ing)}: routes to {svc.get('name')!r}; only the gateway is exposed")
            s = svc_by_name.get(svc.get("name"))
            port = svc.get("port") or {}
            if s is None or not any(port.get("name") == p.get("name") or port.get("number") == p.get("port")
                                    for p in s["spec"].get("ports") or []):
                ing_problems.append(f"{ident(ing)}: backend {svc} is not a port of a defined Service")
    c.check("only the gateway is exposed, through an Ingress to a defined Service port", ing_problems)

    # --- monitoring --------------------------------------------------------------------------------
    sm_problems = []
    for s in services:
        if s["metadata"]["name"] not in SUITE_SERVICES:
            continue
        sms = [m for m in by_kind.get("ServiceMonitor", []) if selector_matches(m["spec"].get("selector"), labels_of(s))]
        if not sms:
            sm_problems.append(f"{ident(s)}: no ServiceMonitor selects it")
        for m in sms:
            for ep in m["spec"].get("endpoints") or []:
                if ep.get("path") != "/q/metrics":
                    sm_problems.append(f"{ident(m)}: path {ep.get('path')}")
                if ep.get("port") not in {p.get("name") for p in s["spec"].get("ports") or []}:
                    sm_problems.append(f"{ident(m)}: port {ep.get('port')!r} is not a named port of {ident(s)}")
    c.check("every suite Service is scraped by a ServiceMonitor on /q/metrics", sm_problems)
    c.check("the PrometheusRule is the rule file, unchanged, and every alert is documented",
            rule_problems(by_kind, k8s_dir))
    c.check("the Grafana dashboard ConfigMap is labelled for the sidecar and has RED and business panels",
            dashboard_problems(by_kind))

    # --- container build files ---------------------------------------------------------------------
    c.check("the JVM images (Jib, the parent pom) and every Dockerfile.native are on pinned UBI images, non-root",
            image_build_problems(repo_dir))

    print(f"policy ({overlay}): {c.passed} passed, {c.failed} failed")
    return c.failed == 0


def postgres_init_problems(by_kind, cms):
    problems = []
    for s in by_kind.get("StatefulSet", []):
        if s["metadata"]["name"] != "postgres":
            continue
        spec = pod_spec(s)
        vols = {v["name"]: v for v in spec.get("volumes") or []}
        mount = [m for cn in spec["containers"] for m in cn.get("volumeMounts") or []
                 if m["mountPath"] == "/docker-entrypoint-initdb.d"]
        if not mount:
            return ["postgres: nothing mounted at /docker-entrypoint-initdb.d"]
        cm = cms.get((vols.get(mount[0]["name"], {}).get("configMap") or {}).get("name"))
        if cm is None:
            return ["postgres: the init volume is not a defined ConfigMap"]
        script = "\n".join((cm.get("data") or {}).values())
        for db in (s.removesuffix("-service") for s in BACKEND_SERVICES):
            if not re.search(rf"create_service_database\s+{db}\b", script):
                problems.append(f"init script does not create database {db}")
    return problems


def network_expectations(nps, workloads, namespace):
    """Evaluates the NetworkPolicies for the flows that must be allowed and those that must not."""
    pods = {}
    for w in workloads:
        name = pod_labels(w).get("app.kubernetes.io/name")
        pods[name] = pod_labels(w)
    ns_labels = {n: {"kubernetes.io/metadata.name": n} for n in (namespace, INGRESS_NAMESPACE, MONITORING_NAMESPACE,
                                                                  "kube-system", "elsewhere")}
    dns_labels = {"k8s-app": "kube-dns"}

    def peer_match(peer, src_ns, src_labels, own_ns):
        if "ipBlock" in peer:
            return False  # no flow below is judged by address
        ns_sel = peer.get("namespaceSelector")
        pod_sel = peer.get("podSelector")
        if ns_sel is None:
            if src_ns != own_ns:
                return False
        elif not selector_matches(ns_sel, ns_labels.get(src_ns, {})):
            return False
        return pod_sel is None or selector_matches(pod_sel, src_labels)

    def port_match(rule, port, proto):
        ports = rule.get("ports")
        if not ports:
            return True
        return any((p.get("port") in (None, port)) and p.get("protocol", "TCP") == proto for p in ports)

    def allowed(direction, subject_labels, peer_ns, peer_labels, port, proto):
        key, peer_key = ("Ingress", "from") if direction == "ingress" else ("Egress", "to")
        selecting = [n for n in nps if key in (n["spec"].get("policyTypes") or ["Ingress"])
                     and selector_matches(n["spec"].get("podSelector") or {}, subject_labels)]
        if not selecting:
            return True
        for n in selecting:
            for rule in n["spec"].get(direction) or []:
                peers = rule.get(peer_key)
                if (not peers or any(peer_match(p, peer_ns, peer_labels, namespace) for p in peers)) and \
                        port_match(rule, port, proto):
                    return True
        return False

    def flow(src, dst, port, proto="TCP"):
        src_ns, src_labels = src
        dst_ns, dst_labels = dst
        ok = True
        if src_ns == namespace:
            ok = ok and allowed("egress", src_labels, dst_ns, dst_labels, port, proto)
        if dst_ns == namespace:
            ok = ok and allowed("ingress", dst_labels, src_ns, src_labels, port, proto)
        return ok

    def pod(name):
        return (namespace, pods.get(name, {"app.kubernetes.io/name": name}))

    ingress_ctl = (INGRESS_NAMESPACE, {"app.kubernetes.io/name": "ingress-nginx"})
    prometheus = (MONITORING_NAMESPACE, {"app.kubernetes.io/name": "prometheus"})
    dns = ("kube-system", dns_labels)
    outside = ("elsewhere", {"app": "anything"})
    expect = []
    for s in SUITE_SERVICES:
        expect.append((prometheus, s, pod(s), 8080, True))
        expect.append((outside, s, pod(s), 8080, False))
        expect.append((pod(s), "kube-dns", dns, 53, True))
        expect.append((pod(s), "elsewhere:443", outside, 443, False))
    expect.append((ingress_ctl, "gateway", pod("gateway"), 8080, True))
    for s in BACKEND_SERVICES:
        expect.append((ingress_ctl, s, pod(s), 8080, False))
        expect.append((pod("gateway"), s, pod(s), 8080, True))
        expect.append((pod(s), "postgres", pod("postgres"), 5432, True))
        expect.append((pod(s), "gateway", pod("gateway"), 8080, False))
    for s in DATA_SERVICES:
        for other in DATA_SERVICES:
            if other != s:
                expect.append((pod(s), other, pod(other), 8080, False))
        # reports-service loads figures into the data services; they never call it
        expect.append((pod("reports-service"), s, pod(s), 8080, True))
        expect.append((pod(s), "reports-service", pod("reports-service"), 8080, False))
    expect.append((pod("gateway"), "postgres", pod("postgres"), 5432, False))
    expect.append((ingress_ctl, "postgres", pod("postgres"), 5432, False))
    expect.append((prometheus, "postgres", pod("postgres"), 5432, False))
    expect.append((pod("postgres"), "elsewhere:443", outside, 443, False))

    problems = []
    for src, dst_name, dst, port, want in expect:
        got = flow(src, dst, port, "UDP" if port == 53 else "TCP")
        if port == 53:
            got = got and flow(src, dst, port, "TCP")
        if got != want:
            src_name = f"{src[0]}/{src[1].get('app.kubernetes.io/name', src[1])}"
            problems.append(f"{src_name} -> {dst_name}:{port} is {'allowed' if got else 'denied'}, "
                            f"should be {'allowed' if want else 'denied'}")
    return problems


def rule_problems(by_kind, k8s_dir):
    problems = []
    rules_file = os.path.join(k8s_dir, "monitoring", "rules", "china-auto-suite.rules.yml")
    runbook = os.path.join(k8s_dir, "monitoring", "RUNBOOK.md")
    with open(rules_file) as f:
        source = yaml.safe_load(f)
    prs = by_kind.get("PrometheusRule", [])
    if len(prs) != 1:
        return [f"{len(prs)} PrometheusRules (expected 1)"]
    if prs[0]["spec"] != source:
        problems.append("PrometheusRule spec differs from rules/china-auto-suite.rules.yml: "
                        "run k8s/monitoring/generate-prometheusrule.sh")
    anchors = set()
    if os.path.exists(runbook):
        with open(runbook) as f:
            for line in f:
                m = re.match(r"#{1,6}\s+(.*)", line)
                if m:
                    anchors.add(github_anchor(m.group(1)))
    else:
        problems.append("k8s/monitoring/RUNBOOK.md is missing")
    alerts = [r for g in source.get("groups", []) for r in g.get("rules", []) if "alert" in r]
    if not alerts:
        problems.append("no alerts")
    for r in alerts:
        ann = r.get("annotations") or {}
        for a in ("summary", "description", "runbook_url"):
            if not ann.get(a):
                problems.append(f"{r['alert']}: no {a} annotation")
        if not (r.get("labels") or {}).get("severity"):
            problems.append(f"{r['alert']}: no severity label")
        url = ann.get("runbook_url", "")
        m = re.search(r"k8s/monitoring/RUNBOOK\.md#([\w-]+)$", url)
        if not m:
            problems.append(f"{r['alert']}: runbook_url {url!r} does not point into k8s/monitoring/RUNBOOK.md")
        elif m.group(1) not in anchors:
            problems.append(f"{r['alert']}: RUNBOOK.md has no section #{m.group(1)}")
    names = {r["alert"] for r in alerts}
    for needed, why in (("ServiceDown", "a service down"), ("HighErrorRatio", "5xx ratio"),
                        ("HighLatencyP99", "p99 latency"), ("GatewayFallingBack", "gateway fallbacks"),
                        ("GatewayCircuitBreakerOpen", "breaker open"), ("DatabaseNotReady", "database not ready")):
        if needed not in names:
            problems.append(f"no alert {needed} ({why})")
    return problems


def dashboard_problems(by_kind):
    problems = []
    cms = [c for c in by_kind.get("ConfigMap", []) if labels_of(c).get("grafana_dashboard")]
    if not cms:
        return ["no ConfigMap with the grafana_dashboard label"]
    exprs = []
    for cm in cms:
        for key, text in (cm.get("data") or {}).items():
            try:
                dash = json.loads(text)
            except ValueError as e:
                problems.append(f"{ident(cm)} {key}: not JSON ({e})")
                continue
            if not dash.get("panels") or not dash.get("uid") or not dash.get("title"):
                problems.append(f"{ident(cm)} {key}: no panels, uid or title")
            for p in dash.get("panels") or []:
                exprs += [t.get("expr", "") for t in p.get("targets") or []]
    text = "\n".join(exprs)
    for s in SUITE_SERVICES:
        if not re.search(rf'job="{s}"[^\n]*http_server_requests_seconds_bucket|http_server_requests_seconds_bucket[^\n]*job="{s}"', text):
            problems.append(f"no latency panel for {s}")
        if not re.search(rf'http_server_requests_seconds_count\{{[^}}]*job="{s}"', text):
            problems.append(f"no rate/error panel for {s}")
    # ft_invocations_total: the gateway's reads that failed after their retries (sections served stale or unavailable)
    for metric in ("suite_figures_loaded_total", "suite_rows_rejected_total", "ft_invocations_total"):
        if metric not in text:
            problems.append(f"no panel on {metric}")
    return problems


def image_base_problems(where, image, user):
    problems = []
    if image_problem(image):
        problems.append(f"{where}: {image_problem(image)}")
    if not image.startswith("registry.access.redhat.com/ubi9/"):
        problems.append(f"{where}: base image {image} is not a Red Hat UBI 9 image")
    if not user:
        problems.append(f"{where}: no user (would run as root)")
    elif user.split(":")[0] in ("0", "root") or not user.split(":")[0].isdigit():
        problems.append(f"{where}: user {user} is not a numeric non-root uid")
    return problems


def image_build_problems(repo_dir):
    """The JVM images are built by Jib from the parent pom's quarkus.jib.* properties; the native ones from each
    service's Dockerfile.native."""
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    props = ET.parse(os.path.join(repo_dir, "pom.xml")).getroot().find("m:properties", ns)
    prop = lambda name: (props.findtext(f"m:{name}", default="", namespaces=ns) or "").strip()
    problems = image_base_problems("pom.xml quarkus.jib", prop("quarkus.jib.base-jvm-image"), prop("quarkus.jib.user"))
    for s in SUITE_SERVICES:
        path = os.path.join(repo_dir, s, "src", "main", "docker", "Dockerfile.native")
        rel = os.path.relpath(path, repo_dir)
        if not os.path.exists(path):
            problems.append(f"{rel}: missing")
            continue
        with open(path) as f:
            lines = [l.strip() for l in f if l.strip() and not l.strip().startswith("#")]
        froms = [l.split()[1] for l in lines if l.upper().startswith("FROM ")]
        users = [l.split()[1] for l in lines if l.upper().startswith("USER ")]
        if not froms:
            problems.append(f"{rel}: no FROM")
        for image in froms:
            problems += image_base_problems(rel, image, users[-1] if users else "")
        if not any(l.upper().startswith("EXPOSE 8080") for l in lines):
            problems.append(f"{rel}: does not EXPOSE 8080")
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--overlay", required=True)
    ap.add_argument("--k8s-dir", required=True)
    ap.add_argument("--repo-dir", required=True)
    ap.add_argument("rendered")
    args = ap.parse_args()
    with open(args.rendered) as f:
        objects = [o for o in json.load(f) if o]
    ok = run(objects, args.overlay, args.k8s_dir, args.repo_dir)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
