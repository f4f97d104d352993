#!/usr/bin/env python3
"""Checks the deployment files as an operator relies on them.

- every kustomize overlay renders (kubectl kustomize), and the rendered objects carry what
  production needs: probes, a grace period above the drain time, PDBs, KEDA trigger fields,
  static membership for workers, non-root containers;
- every container runs a binary the project builds, and gets each setting that binary's own
  settings table (`--help`) marks as required in a deployment, from its env, a ConfigMap or
  Secret the kustomization creates, or a Secret docs/OPERATIONS.md names as the operator's;
  every variable a manifest sets is one some binary declares (or a standard OTEL_ one); probes
  and the scrape annotation use the port the binary serves on (CHATFLEET_HTTP_PORT);
- the alert rules pass `promtool check rules`;
- the container build file is linted: multi-stage, pinned Debian base, non-root user, no
  downloads from outside Debian's packages.

Run by ctest (label deploy); exits non-zero naming every failed check.
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys

import yaml

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import manifests  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def render(overlay):
    try:
        return manifests.render(overlay)
    except manifests.RenderError as error:
        check(False, str(error))
        return []


by_kind = manifests.by_kind


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
    check({"chatfleet-ingest", "chatfleet-workers", "chatfleet-scheduler", "chatfleet-delivery"}
          <= deployments.keys(),
          f"{overlay}: ingest, workers, scheduler and delivery Deployments expected, got {sorted(deployments)}")
    for deployment in deployments.values():
        env = check_deployment(overlay, deployment)
        if deployment["metadata"]["name"] == "chatfleet-workers":
            instance = env.get("CHATFLEET_GROUP_INSTANCE_ID", {})
            check(instance.get("valueFrom", {}).get("fieldRef", {}).get("fieldPath") == "metadata.name",
                  f"{overlay}: workers need static membership from the pod name")
    pdbs = by_kind(objects, "PodDisruptionBudget")
    check({"chatfleet-ingest", "chatfleet-workers", "chatfleet-scheduler", "chatfleet-delivery"} <= pdbs.keys(),
          f"{overlay}: PDBs missing")
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
    for binary in ("chatfleet-ingest", "chatfleet-workers", "chatfleet-scheduler", "chatfleet-delivery", "chatfleet-migrate",
                   "chatfleet-topics", "chatfleet-tenants", "chatfleet-extract-meetings"):
        check(f"/{binary} /usr/local/bin/" in text, f"image must contain {binary}")
    # The workers link date/tz and CLD2 besides the libraries every service links.
    runtime = text.split("AS runtime", 1)[-1]
    for package in ("librdkafka1", "libprotobuf32", "libpq5", "libcurl4", "libdate-tz3", "libcld2-0"):
        check(re.search(rf"\b{re.escape(package)}\b", runtime), f"runtime image lacks {package}")


def project_binaries(bin_dir):
    """chatfleet-* executables of the build tree, by name."""
    found = {}
    for path in bin_dir.rglob("chatfleet-*"):
        if path.is_file() and os.access(path, os.X_OK) and "CMakeFiles" not in path.parts:
            found.setdefault(path.name, path)
    return found


def settings_table(binary, cache={}):
    if binary not in cache:
        result = subprocess.run([str(binary), "--help"], capture_output=True, text=True, timeout=30)
        check(result.returncode == 0, f"{binary.name} --help exited {result.returncode}: {result.stderr.strip()}")
        cache[binary] = manifests.parse_usage(result.stdout)
        check(cache[binary], f"{binary.name} --help printed no settings table (shared/config Config::Usage)")
    return cache[binary]


def resolve_port(spec, port):
    if isinstance(port, int):
        return port
    named = {p.get("name"): p["containerPort"] for p in spec.get("ports", [])}
    return named.get(port)


def check_container_settings(container, settings):
    where = container.where
    for problem in container.problems:
        check(False, f"{where}: {problem}")
    for setting in settings.values():
        if setting.required:
            check(setting.env in container.env,
                  f"{where}: {setting.env} is required in a deployment ({container.command[0]} --help) "
                  "and no env, ConfigMap or Secret provides it")
    for item in container.spec.get("env", []):
        check(item["name"] in settings or manifests.is_standard(item["name"]),
              f"{where}: env {item['name']} is no setting of {container.command[0]} (see its --help)")
    # What the binary serves on: its CHATFLEET_HTTP_PORT as the manifest sets it, or its default.
    if "CHATFLEET_HTTP_PORT" not in settings:
        return
    value = container.env.get("CHATFLEET_HTTP_PORT", (None, settings["CHATFLEET_HTTP_PORT"].default))[1]
    serves = int(value) if value and value.isdigit() else None
    for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
        http = container.spec.get(probe, {}).get("httpGet")
        if http:
            port = resolve_port(container.spec, http.get("port"))
            check(port == serves, f"{where}: {probe} goes to port {http.get('port')} ({port}), "
                                  f"the binary serves on {serves} (CHATFLEET_HTTP_PORT)")
    annotations = container.workload["spec"]["template"]["metadata"].get("annotations", {})
    if "prometheus.io/port" in annotations:
        check(annotations["prometheus.io/port"] == str(serves),
              f"{where}: prometheus.io/port {annotations['prometheus.io/port']} but /metrics is on {serves}")


def check_settings(bin_dir):
    binaries = project_binaries(bin_dir)
    check(binaries, f"no chatfleet-* binaries under {bin_dir}: build first (./fleet build)")
    operator = manifests.operator_secrets()
    check("chatfleet-secrets" in operator,
          "docs/OPERATIONS.md must list the keys of Secret chatfleet-secrets (a '| key of Secret ...' table)")
    for overlay in manifests.OVERLAYS:
        objects = render(overlay)
        readers = {}  # ConfigMap name → settings of every container that reads it
        effective = {}  # workload name → env the binary ends up with (defaults included)
        for container in manifests.containers(overlay, objects, operator):
            command = container.command
            check(command, f"{container.where}: no command (the image runs any binary; name it)")
            if not command:
                continue
            if command[0] not in binaries:
                check(False, f"{container.where}: runs {command[0]}, which the project does not build")
                continue
            settings = settings_table(binaries[command[0]])
            check_container_settings(container, settings)
            for source in container.spec.get("envFrom", []):
                if "configMapRef" in source:
                    readers.setdefault(source["configMapRef"]["name"], {}).update(settings)
            effective[container.workload["metadata"]["name"]] = {
                **{name: s.default for name, s in settings.items()},
                **{name: value for name, (_, value) in container.env.items()}}
        for name, config_map in by_kind(objects, "ConfigMap").items():
            for key in config_map.get("data", {}):
                check(key in readers.get(name, {}) or manifests.is_standard(key),
                      f"{overlay}: ConfigMap {name} key {key} is no setting of any binary that reads it")
        workers = effective.get("chatfleet-workers", {})
        for scaled in by_kind(objects, "ScaledObject").values():
            meta = scaled["spec"]["triggers"][0]["metadata"]
            check(meta.get("bootstrapServers") == workers.get("KAFKA_BROKERS"),
                  f"{overlay}: KEDA reads lag from {meta.get('bootstrapServers')}, workers use {workers.get('KAFKA_BROKERS')}")
            check(meta.get("consumerGroup") == workers.get("CHATFLEET_CONSUMER_GROUP"),
                  f"{overlay}: KEDA watches group {meta.get('consumerGroup')}, workers join {workers.get('CHATFLEET_CONSUMER_GROUP')}")
            check(meta.get("topic") == workers.get("CHATFLEET_TOPIC_EVENTS"),
                  f"{overlay}: KEDA watches topic {meta.get('topic')}, workers consume {workers.get('CHATFLEET_TOPIC_EVENTS')}")


parser = argparse.ArgumentParser()
parser.add_argument("--bin-dir", type=pathlib.Path, required=True,
                    help="the build tree: the binaries whose --help settings tables are checked")
arguments = parser.parse_args()
check_overlay("dev", expect_keda=True)
check_overlay("prod", expect_keda=True)
check_overlay("without-keda", expect_keda=False)
check_settings(arguments.bin_dir)
check_rules()
check_dockerfile()
for failure in failures:
    print("FAIL:", failure)
print(f"{'deploy checks failed' if failures else 'deploy checks passed'}: {len(failures)} problem(s)")
sys.exit(1 if failures else 0)
