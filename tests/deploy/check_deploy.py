#!/usr/bin/env python3
"""Checks the deployment files as an operator relies on them.

- every kustomize overlay renders (kubectl kustomize), and the rendered objects carry what
  production needs: probes, a grace period above the drain time, PDBs, KEDA trigger fields,
  static membership for workers, non-root containers;
- the alert rules pass `promtool check rules`;
- the container build file is linted: multi-stage, pinned Debian base, non-root user, no
  downloads from outside Debian's packages.

Run by ctest (label deploy); exits non-zero naming every failed check.
"""
import pathlib
import re
import subprocess
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def render(overlay):
    result = subprocess.run(["kubectl", "kustomize", str(DEPLOY / "k8s" / "overlays" / overlay)],
                            capture_output=True, text=True)
    check(result.returncode == 0, f"{overlay}: kubectl kustomize failed: {result.stderr.strip()}")
    return [doc for doc in yaml.safe_load_all(result.stdout) if doc] if result.returncode == 0 else []


def by_kind(objects, kind):
    return {o["metadata"]["name"]: o for o in objects if o["kind"] == kind}


def check_deployment(overlay, deployment, port_name="http"):
    name = deployment["metadata"]["name"]
    spec = deployment["spec"]["template"]["spec"]
    container = spec["containers"][0]
    for probe, path in (("livenessProbe", "/healthz"), ("readinessProbe", "/readyz")):
        check(container.get(probe, {}).get("httpGet", {}).get("path") == path,
              f"{overlay}/{name}: {probe} must GET {path}")
    grace = spec.get("terminationGracePeriodSeconds", 30)
    env = {e["name"]: e for e in container.get("env", [])}
    drain_ms = int(env.get("CHATFLEET_DRAIN_DELAY_MS", {}).get("value", "0"))
    # Drain delay plus the 10 s producer flush / batch commit must fit in the grace period.
    check(grace * 1000 > drain_ms + 10000,
          f"{overlay}/{name}: terminationGracePeriodSeconds {grace} too short for drain {drain_ms} ms")
    check(spec.get("securityContext", {}).get("runAsNonRoot") is True,
          f"{overlay}/{name}: pods must run as non-root")
    check("limits" in container.get("resources", {}) and "requests" in container["resources"],
          f"{overlay}/{name}: resources need requests and limits")
    annotations = deployment["spec"]["template"]["metadata"].get("annotations", {})
    check(annotations.get("prometheus.io/scrape") == "true", f"{overlay}/{name}: not scraped")
    # Every service reads PostgreSQL (ingest: the tenant directory) through DATABASE_URL.
    secrets = [source["secretRef"]["name"] for source in container.get("envFrom", [])
               if "secretRef" in source]
    # (a generated Secret carries kustomize's hash suffix)
    check(any(s == "chatfleet-secrets" or s.startswith("chatfleet-secrets-") for s in secrets),
          f"{overlay}/{name}: DATABASE_URL (secret chatfleet-secrets) missing")
    return env


def check_overlay(overlay, expect_keda):
    objects = render(overlay)
    if not objects:
        return
    if overlay == "prod":
        config = by_kind(objects, "ConfigMap").get("chatfleet-config", {}).get("data", {})
        check(config.get("CHATFLEET_REQUIRE_API_TOKEN") == "true",
              "prod: the canonical API must require a tenant's token (CHATFLEET_REQUIRE_API_TOKEN)")
    deployments = by_kind(objects, "Deployment")
    check({"chatfleet-ingest", "chatfleet-workers", "chatfleet-scheduler"} <= deployments.keys(),
          f"{overlay}: ingest, workers and scheduler Deployments expected, got {sorted(deployments)}")
    for deployment in deployments.values():
        env = check_deployment(overlay, deployment)
        if deployment["metadata"]["name"] == "chatfleet-workers":
            instance = env.get("CHATFLEET_GROUP_INSTANCE_ID", {})
            check(instance.get("valueFrom", {}).get("fieldRef", {}).get("fieldPath") == "metadata.name",
                  f"{overlay}: workers need static membership from the pod name")
    pdbs = by_kind(objects, "PodDisruptionBudget")
    check({"chatfleet-ingest", "chatfleet-workers", "chatfleet-scheduler"} <= pdbs.keys(), f"{overlay}: PDBs missing")
    check("chatfleet-ingest" in by_kind(objects, "Service"), f"{overlay}: ingest Service missing")
    jobs = by_kind(objects, "Job")
    check(any(j["spec"]["template"]["spec"]["containers"][0]["command"][:2] == ["chatfleet-migrate", "up"]
              for j in jobs.values()), f"{overlay}: migrations Job missing")
    scaled = by_kind(objects, "ScaledObject")
    hpas = by_kind(objects, "HorizontalPodAutoscaler")
    if expect_keda:
        check("chatfleet-workers" in scaled, f"{overlay}: KEDA ScaledObject missing")
        check(not hpas, f"{overlay}: an HPA would fight the ScaledObject")
        for obj in scaled.values():
            trigger = obj["spec"]["triggers"][0]
            meta = trigger["metadata"]
            check(trigger["type"] == "kafka", f"{overlay}: KEDA trigger must be kafka")
            check(meta.get("topic") == "chat.events", f"{overlay}: KEDA trigger topic")
            check(meta.get("consumerGroup") == "chatfleet-workers", f"{overlay}: KEDA consumer group")
            check(meta.get("offsetResetPolicy") == "earliest",
                  f"{overlay}: offsetResetPolicy must match the consumer's auto.offset.reset (earliest)")
            check(int(obj["spec"]["maxReplicaCount"]) <= 12,
                  f"{overlay}: maxReplicaCount above the 12 partitions of chat.events")
            check(obj["spec"]["scaleTargetRef"]["name"] == "chatfleet-workers", f"{overlay}: KEDA target")
    else:
        check(not scaled, f"{overlay}: ScaledObject should be removed")
        check("chatfleet-workers" in hpas, f"{overlay}: CPU HPA missing")


def check_rules():
    result = subprocess.run(["promtool", "check", "rules", str(DEPLOY / "prometheus" / "chatfleet-rules.yaml")],
                            capture_output=True, text=True)
    check(result.returncode == 0, f"promtool check rules failed: {result.stdout}{result.stderr}")
    rules = yaml.safe_load((DEPLOY / "prometheus" / "chatfleet-rules.yaml").read_text())
    exported = set()
    for folder in ("ingest", "workers", "scheduler", "shared"):
        for source in (ROOT / folder).rglob("*.cc"):
            exported |= set(re.findall(r'"(chatfleet_[a-z_]+)"', source.read_text(errors="replace")))
    for group in rules["groups"]:
        for rule in group["rules"]:
            check("runbook" in rule.get("annotations", {}), f"alert {rule.get('alert')} has no runbook")
            # An alert over a series nobody exports can never fire.
            for metric in set(re.findall(r"\b(chatfleet_[a-z_]+)", rule["expr"])):
                base = re.sub(r"_(bucket|sum|count)$", "", metric)
                check(metric in exported or base in exported,
                      f"alert {rule.get('alert')} names {metric}, which no service exports")


def check_dockerfile():
    text = (DEPLOY / "image" / "Dockerfile").read_text()
    froms = re.findall(r"^FROM\s+(\S+)", text, re.M)
    check(len(froms) >= 2, "Dockerfile must be multi-stage")
    check(all(re.fullmatch(r"debian:12(-slim)?", image) for image in froms),
          f"Dockerfile bases must be pinned Debian 12, got {froms}")
    users = re.findall(r"^USER\s+(\S+)", text, re.M)
    check(users and not users[-1].startswith(("0", "root")), "final stage must not run as root")
    check(not re.search(r"\b(curl|wget)\b|^ADD\s+https?://", text, re.M),
          "Dockerfile must not download anything outside Debian's packages")
    check("rm -rf /var/lib/apt/lists" in text, "apt lists should be cleaned")
    for binary in ("chatfleet-ingest", "chatfleet-workers", "chatfleet-scheduler", "chatfleet-migrate",
                   "chatfleet-topics", "chatfleet-tenants", "chatfleet-extract-meetings"):
        check(f"/{binary} /usr/local/bin/" in text, f"image must contain {binary}")
    # The workers link date/tz and CLD2 besides the libraries every service links.
    runtime = text.split("AS runtime", 1)[-1]
    for package in ("librdkafka1", "libprotobuf32", "libpq5", "libcurl4", "libdate-tz3", "libcld2-0"):
        check(re.search(rf"\b{re.escape(package)}\b", runtime), f"runtime image lacks {package}")


check_overlay("dev", expect_keda=True)
check_overlay("prod", expect_keda=True)
check_overlay("without-keda", expect_keda=False)
check_rules()
check_dockerfile()
for failure in failures:
    print("FAIL:", failure)
print(f"{'deploy checks failed' if failures else 'deploy checks passed'}: {len(failures)} problem(s)")
sys.exit(1 if failures else 0)
