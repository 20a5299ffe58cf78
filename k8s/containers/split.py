#!/usr/bin/env python3
"""Splits the rendered check overlay into what `podman kube play` (4.3) takes, for check.sh:
  WORK/secrets/<name>.json  each Secret's data, as podman reads a secret that a secretKeyRef names (a JSON object
                            of base64 values; podman cannot read the Secrets of a played file itself);
  WORK/database.yaml        the ConfigMaps and PostgreSQL's Deployment;
                            (in both, each pod's emptyDir volumes get names of their own: own_empty_dirs)
  WORK/services.yaml        the ConfigMaps and the five services' Deployments.
Prints the kinds left out: podman has no Services, Ingress, autoscaling, disruption budgets, network policies,
service accounts or the monitoring resources.
  split.py RENDERED.yaml WORK
"""
import collections
import json
import os
import sys

import yaml

rendered, work = sys.argv[1], sys.argv[2]
docs = [d for d in yaml.safe_load_all(open(rendered)) if d]
config_maps = [d for d in docs if d["kind"] == "ConfigMap"]
deployments = {d["metadata"]["name"]: d for d in docs if d["kind"] == "Deployment"}

os.makedirs(os.path.join(work, "secrets"), exist_ok=True)
for secret in (d for d in docs if d["kind"] == "Secret"):
    with open(os.path.join(work, "secrets", secret["metadata"]["name"] + ".json"), "w") as out:
        json.dump(secret.get("data", {}), out)


def own_empty_dirs(deployment):
    """podman makes an emptyDir a named volume of the volume's name, shared by every pod that names one alike (all five
    services call theirs "tmp") and kept after the pod is gone: each pod's gets a name of its own."""
    name = deployment["metadata"]["name"]
    spec = deployment["spec"]["template"]["spec"]
    renamed = {}
    for volume in spec.get("volumes", []):
        if "emptyDir" in volume:
            renamed[volume["name"]] = volume["name"] = name + "-" + volume["name"]
    for container in spec["containers"]:
        for mount in container.get("volumeMounts", []):
            mount["name"] = renamed.get(mount["name"], mount["name"])
    return deployment


def play(name, deployment_names):
    played.extend(deployment_names)
    with open(os.path.join(work, name + ".yaml"), "w") as out:
        yaml.safe_dump_all(config_maps + [own_empty_dirs(deployments.pop(n)) for n in deployment_names], out, sort_keys=False)


played = []
play("database", ["postgres"])
play("services", ["market-service", "exports-service", "deliveries-service", "reports-service", "gateway"])
if deployments:
    sys.exit("split: Deployments the check does not know: " + ", ".join(deployments))
left_out = collections.Counter(d["kind"] for d in docs if d["kind"] not in ("ConfigMap", "Deployment", "Secret"))
print("played: %d Deployments, %d ConfigMaps; podman secrets: %d; left out (podman has no such objects): %s" % (
    len(played), len(config_maps), sum(d["kind"] == "Secret" for d in docs),
    ", ".join("%d %s" % (n, k) for k, n in sorted(left_out.items()))))
