"""The Kubernetes manifests as an operator applies them, and the settings the binaries declare.

Shared by check_deploy.py (label deploy) and tests/image/image_test.py (label image):
- render(): an overlay rendered by `kubectl kustomize` (the kustomize built into kubectl);
- containers(): every container of every workload, with the environment it gets and where each
  variable comes from (env, a ConfigMap, a Secret, the downward API);
- parse_usage(): the settings table a binary prints with --help (shared/config Config::Usage),
  which marks what a deployment must set.
"""
import dataclasses
import pathlib
import re
import subprocess

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
OVERLAYS = ("dev", "prod", "without-keda")
WORKLOAD_KINDS = ("Deployment", "StatefulSet", "DaemonSet", "Job")
# Read by shared/trace from the environment, as the OpenTelemetry SDKs do (no settings table).
STANDARD_PREFIXES = ("OTEL_",)


class RenderError(Exception):
    pass


def render(overlay):
    path = ROOT / "deploy" / "k8s" / "overlays" / overlay
    try:
        result = subprocess.run(["kubectl", "kustomize", str(path)], capture_output=True, text=True)
    except FileNotFoundError as error:
        raise RenderError(f"{overlay}: kubectl (with its built-in kustomize) is needed: {error}")
    if result.returncode != 0:
        raise RenderError(f"{overlay}: kubectl kustomize failed: {result.stderr.strip()}")
    return [doc for doc in yaml.safe_load_all(result.stdout) if doc]


def by_kind(objects, kind):
    return {o["metadata"]["name"]: o for o in objects if o["kind"] == kind}


def pod_spec(workload):
    return workload["spec"]["template"]["spec"]


@dataclasses.dataclass
class Container:
    overlay: str
    workload: dict
    spec: dict
    # name → (source, value): source is "env", "configmap <name>", "secret <name>",
    # "operator secret <name>" (not rendered: the operator creates it) or "fieldRef <path>".
    env: dict
    problems: list

    @property
    def where(self):
        return f"{self.overlay}/{self.workload['kind']}/{self.workload['metadata']['name']}/{self.spec['name']}"

    @property
    def command(self):
        return self.spec.get("command", [])


def _secret_data(secret):
    return {**secret.get("data", {}), **secret.get("stringData", {})}


def container_env(overlay, workload, spec, objects, operator_secrets):
    """The environment a container gets, in Kubernetes' order (envFrom first, env overrides)."""
    config_maps = by_kind(objects, "ConfigMap")
    secrets = by_kind(objects, "Secret")
    env, problems = {}, []
    for source in spec.get("envFrom", []):
        if "configMapRef" in source:
            name = source["configMapRef"]["name"]
            if name in config_maps:
                for key, value in config_maps[name].get("data", {}).items():
                    env[key] = (f"configmap {name}", value)
            elif not source["configMapRef"].get("optional"):
                problems.append(f"ConfigMap {name} is neither rendered nor documented as the operator's")
        if "secretRef" in source:
            name = source["secretRef"]["name"]
            if name in secrets:
                for key in _secret_data(secrets[name]):
                    env[key] = (f"secret {name}", None)
            elif name in operator_secrets:
                for key in operator_secrets[name]:
                    env[key] = (f"operator secret {name}", None)
            elif not source["secretRef"].get("optional"):
                problems.append(f"Secret {name} is neither rendered nor documented in docs/OPERATIONS.md")
    for item in spec.get("env", []):
        if "value" in item:
            env[item["name"]] = ("env", item["value"])
        elif "fieldRef" in item.get("valueFrom", {}):
            env[item["name"]] = (f"fieldRef {item['valueFrom']['fieldRef']['fieldPath']}", None)
        elif "secretKeyRef" in item.get("valueFrom", {}):
            ref = item["valueFrom"]["secretKeyRef"]
            known = (set(_secret_data(secrets[ref["name"]])) if ref["name"] in secrets
                     else set(operator_secrets.get(ref["name"], ())))
            if ref["key"] not in known:
                problems.append(f"{item['name']}: key {ref['key']} of Secret {ref['name']} is not created")
            env[item["name"]] = (f"secret {ref['name']}", None)
        elif "configMapKeyRef" in item.get("valueFrom", {}):
            ref = item["valueFrom"]["configMapKeyRef"]
            data = config_maps.get(ref["name"], {}).get("data", {})
            if ref["key"] not in data:
                problems.append(f"{item['name']}: key {ref['key']} of ConfigMap {ref['name']} is not created")
            env[item["name"]] = (f"configmap {ref['name']}", data.get(ref["key"]))
        else:
            env[item["name"]] = ("env", "")
    return env, problems


def containers(overlay, objects, operator_secrets):
    for kind in WORKLOAD_KINDS:
        for workload in by_kind(objects, kind).values():
            for spec in pod_spec(workload).get("containers", []):
                env, problems = container_env(overlay, workload, spec, objects, operator_secrets)
                yield Container(overlay, workload, spec, env, problems)


def operator_secrets(operations_md=ROOT / "docs" / "OPERATIONS.md"):
    """Secret name → keys, from the table in docs/OPERATIONS.md whose header starts with
    `| key of Secret <name> |`: what the operator creates outside the kustomization."""
    secrets, current = {}, None
    for line in operations_md.read_text().splitlines():
        header = re.match(r"\|\s*key of Secret `?([\w.-]+)`?\s*\|", line)
        if header:
            current = secrets.setdefault(header.group(1), [])
            continue
        if current is not None:
            if not line.startswith("|"):
                current = None
            elif not re.match(r"\|\s*-", line):
                key = re.match(r"\|\s*`([A-Z0-9_]+)`", line)
                if key:
                    current.append(key.group(1))
    return secrets


@dataclasses.dataclass
class SettingInfo:
    env: str
    default: str
    required: bool


USAGE_LINE = re.compile(r"^  --\S+ \(env (\S+), default '(.*)'(, required in a deployment)?\)$")


def parse_usage(text):
    """env → SettingInfo from the --help table that shared/config Config::Usage prints."""
    settings = {}
    for line in text.splitlines():
        match = USAGE_LINE.match(line)
        if match:
            settings[match.group(1)] = SettingInfo(match.group(1), match.group(2), bool(match.group(3)))
    return settings


def is_standard(name):
    return name.startswith(STANDARD_PREFIXES)
