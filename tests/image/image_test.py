#!/usr/bin/env python3
"""The container image, built from deploy/image/Dockerfile and run the way the manifests run it.

1. `./fleet image build` (podman on runc, the Debian 12 base made with debootstrap: see
   deploy/image/local.sh), timed.
2. In the image every chatfleet binary answers --help and ldd finds every library. The runtime
   package list cannot drift from what the binaries link: the packages owning the libraries the
   binaries name (readelf NEEDED, dpkg -S in the build stage) are on the runtime stage's
   apt-get install line or in its base, nothing else is on that line but the data packages,
   and every library resolves to the same packages in both stages.
3. Every command a rendered overlay runs is a binary of the image.
4. Against the tests' PostgreSQL and Kafka (DATABASE_URL, KAFKA_BROKERS from ./fleet test), in a
   schema and topics of its own: chatfleet-topics, chatfleet-migrate and chatfleet-tenants as
   containers, then ingest, two workers and the scheduler as containers with the prod overlay's
   environment and security context: host network, read-only root filesystem (no tmpfs added),
   uid 10001, no capabilities, no privilege escalation, the memory limit. Every probe path of
   the manifests answers 200; the demo conversation (deploy/demo/conversation.jsonl) is posted
   with a tenant's token; psql finds its rows, kcat and protoc its contexts on the context
   topic; SIGTERM stops every container with exit status 0.

Run by ctest (label image, from ./fleet test, which starts PostgreSQL and Kafka). It fails, never
skips, when podman cannot run here: the message says why.
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "deploy"))
import manifests  # noqa: E402

ROOT = manifests.ROOT
DOCKERFILE = ROOT / "deploy" / "image" / "Dockerfile"
# Packages the runtime image installs that no binary links: read at run time.
DATA_PACKAGES = {"ca-certificates": "TLS roots for Kafka, PostgreSQL and OTLP over TLS",
                 "tzdata": "/usr/share/zoneinfo, read by date/tz"}
SERVICES = ("chatfleet-ingest", "chatfleet-workers", "chatfleet-scheduler")


class Failure(Exception):
    pass


def fail(message):
    raise Failure(message)


def say(message):
    print(f"[image test] {message}", flush=True)


def run(argv, check=True, timeout=600, **kwargs):
    result = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, **kwargs)
    if check and result.returncode != 0:
        fail(f"{' '.join(argv[:6])} … exited {result.returncode}:\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
    return result


def podman(*args, check=True, timeout=600):
    return run(["podman", "--runtime", "runc", *args], check=check, timeout=timeout)


def require_environment():
    if shutil.which("podman") is None or shutil.which("runc") is None:
        fail("podman and runc are not installed: apt-get install podman runc debootstrap "
             "(scripts/debian-packages.txt; ./fleet and .ci/run install them)")
    if os.geteuid() != 0:
        fail("the image test runs podman as root (as CI does); run ./fleet test as root")
    for name in ("DATABASE_URL", "KAFKA_BROKERS"):
        if not os.environ.get(name):
            fail(f"{name} is not set: run through ./fleet test, which starts PostgreSQL and Kafka")


# --- 1. build --------------------------------------------------------------------------------

def build_image():
    started = time.monotonic()
    result = run([str(ROOT / "fleet"), "image", "build"], check=False, timeout=3600)
    seconds = time.monotonic() - started
    if result.returncode != 0:
        fail(f"./fleet image build failed after {seconds:.0f} s:\n{result.stderr[-6000:]}")
    built = dict(line.split("=", 1) for line in result.stdout.split() if "=" in line)
    say(f"./fleet image build: {seconds:.0f} s ({built.get('IMAGE')})")
    return built["IMAGE"], built["IMAGE_BUILD_STAGE"]


# --- 2. binaries and libraries ---------------------------------------------------------------

def image_binaries(image):
    listing = podman("run", "--rm", image, "sh", "-c", "ls /usr/local/bin").stdout.split()
    binaries = sorted(name for name in listing if name.startswith("chatfleet-"))
    copied = re.findall(r"^COPY --from=build (\S+) /usr/local/bin/", DOCKERFILE.read_text(), re.M)
    if sorted(pathlib.Path(p).name for p in copied) != binaries:
        fail(f"the image holds {binaries}, the Dockerfile copies {copied}")
    return binaries, copied


def check_help(image, binaries):
    for binary in binaries:
        result = podman("run", "--rm", "--read-only", "--network", "none", image, binary, "--help",
                        check=False)
        if result.returncode != 0 or "usage" not in result.stdout.lower():
            fail(f"{binary} --help in the image exited {result.returncode}: {result.stdout}{result.stderr}")
    say(f"--help answers in the image: {', '.join(binaries)}")


# For each binary: "ldd <binary>" lines, then per resolved library "owner <path> <package>".
OWNERS_SCRIPT = r'''
for binary in "$@"; do
  echo "binary $binary"
  ldd "$binary" | sed 's/^/ldd /'
  for lib in $(ldd "$binary" | awk '$2 == "=>" && $3 ~ /^\// { print $3 }'); do
    real="$(readlink -f "$lib")"
    for path in "$lib" "/usr$lib" "${lib#/usr}" "$real" "/usr$real" "${real#/usr}"; do
      package="$(dpkg -S "$path" 2>/dev/null | head -1 | cut -d: -f1)" && [ -n "$package" ] && break
    done
    echo "owner $lib ${package:-?}"
  done
  if command -v readelf >/dev/null; then
    readelf -d "$binary" | awk '/\(NEEDED\)/ { gsub(/[\[\]]/, "", $5); print "needed " $5 }'
  fi
done
'''


def library_owners(image, binaries):
    """binary → {"owners": {library path: package}, "needed": [soname], "missing": [ldd line]}."""
    output = podman("run", "--rm", "--user", "0", image, "sh", "-c", OWNERS_SCRIPT, "sh",
                    *binaries).stdout
    found, current = {}, None
    for line in output.splitlines():
        kind, _, rest = line.partition(" ")
        if kind == "binary":
            current = found.setdefault(pathlib.Path(rest).name, {"owners": {}, "needed": [], "missing": []})
        elif kind == "ldd" and "not found" in rest:
            current["missing"].append(rest.strip())
        elif kind == "owner":
            path, package = rest.rsplit(" ", 1)
            current["owners"][path] = package
        elif kind == "needed":
            current["needed"].append(rest.strip())
    return found


def runtime_install_list():
    runtime = DOCKERFILE.read_text().split("AS runtime", 1)[1]
    match = re.search(r"apt-get install -y --no-install-recommends((?:[^&]|\\\n)*?)&&", runtime)
    if not match:
        fail("no `apt-get install -y --no-install-recommends … &&` in the Dockerfile's runtime stage")
    return set(match.group(1).replace("\\", " ").split())


def check_packages(image, build_stage, binaries, copied):
    runtime = library_owners(image, [f"/usr/local/bin/{b}" for b in binaries])
    build = library_owners(build_stage, copied)
    for binary, found in runtime.items():
        if found["missing"]:
            fail(f"{binary} in the runtime image: ldd cannot find {found['missing']}")
        unowned = [path for path, package in found["owners"].items() if package == "?"]
        if unowned:
            fail(f"{binary}: no package owns {unowned} (dpkg -S) in the runtime image")
    base = set(podman("run", "--rm", "docker.io/library/debian:12-slim", "dpkg-query", "-W",
                      "-f", "${Package}\\n").stdout.split())
    listed = runtime_install_list()
    direct = {}
    for binary, found in build.items():
        by_soname = {pathlib.Path(path).name: package for path, package in found["owners"].items()}
        if not found["needed"]:
            fail(f"readelf found no NEEDED entries for {binary} in the build stage")
        for soname in found["needed"]:
            direct.setdefault(by_soname.get(soname, f"? ({soname})"), set()).add(binary)
        runtime_packages = set(runtime[binary]["owners"].values())
        build_packages = set(found["owners"].values())
        if runtime_packages != build_packages:
            fail(f"{binary} links other packages in the runtime image than in the build stage: "
                 f"runtime only {sorted(runtime_packages - build_packages)}, "
                 f"build only {sorted(build_packages - runtime_packages)}")
    unlisted = {p: sorted(b) for p, b in direct.items() if p not in listed and p not in base}
    if unlisted:
        fail(f"the binaries link libraries of packages the runtime stage does not install: {unlisted} "
             "(add them to the apt-get install line of deploy/image/Dockerfile)")
    stale = listed - set(direct) - set(DATA_PACKAGES)
    if stale:
        fail(f"the runtime stage installs {sorted(stale)}, which no binary links (remove them, "
             "or say in the test's DATA_PACKAGES why they are read at run time)")
    say(f"runtime packages match what the binaries link: {sorted(set(direct) - base)} "
        f"+ data {sorted(DATA_PACKAGES)} (+ from the base: {sorted(set(direct) & base)})")


# --- 3. manifests -----------------------------------------------------------------------------

def check_manifest_commands(binaries):
    operator = manifests.operator_secrets()
    commands = set()
    for overlay in manifests.OVERLAYS:
        for container in manifests.containers(overlay, manifests.render(overlay), operator):
            if not container.command or container.command[0] not in binaries:
                fail(f"{container.where} runs {container.command}, which is no binary of the image "
                     f"({binaries})")
            commands.add(container.command[0])
    say(f"every command the overlays run is in the image: {sorted(commands)}")


# --- 4. the fleet as containers ---------------------------------------------------------------

def with_search_path(url, schema):
    return url + ("&" if "?" in url else "?") + f"options=-csearch_path%3D{schema}"


def psql(url, sql):
    return run(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql]).stdout.strip()


def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_get(url, timeout=5):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    except OSError as error:
        return None, str(error)


def memory_limit(container_spec):
    limit = container_spec.get("resources", {}).get("limits", {}).get("memory")
    if not limit:
        return []
    number, unit = re.fullmatch(r"(\d+)(Mi|Gi)", limit).groups()
    return ["--memory", f"{number}{'m' if unit == 'Mi' else 'g'}"]


class Fleet:
    """Containers named <prefix>-<name>, removed at the end whatever happened."""

    def __init__(self, image, prefix):
        self.image, self.prefix, self.names = image, prefix, []

    def security_args(self, pod, container_spec, name):
        context = {**pod.get("securityContext", {}), **container_spec.get("securityContext", {})}
        args = ["--network", "host", "--hostname", name]
        if context.get("readOnlyRootFilesystem"):
            # Kubernetes mounts no tmpfs on a read-only root; podman would add /tmp and /run.
            args += ["--read-only", "--read-only-tmpfs=false"]
        if "runAsUser" in context:
            args += ["--user", f"{context['runAsUser']}:{context.get('runAsGroup', context['runAsUser'])}"]
        if context.get("allowPrivilegeEscalation") is False:
            args += ["--security-opt", "no-new-privileges"]
        for capability in context.get("capabilities", {}).get("drop", []):
            args += ["--cap-drop", capability]
        return args + memory_limit(container_spec)

    def run(self, name, pod, container_spec, env, command, detach):
        full = f"{self.prefix}-{name}"
        self.names.append(full)
        argv = ["run", "--name", full, *self.security_args(pod, container_spec, full)]
        for key, value in sorted(env.items()):
            argv += ["--env", f"{key}={value}"]
        argv += ["--detach"] if detach else []
        return podman(*argv, self.image, *command, check=not detach, timeout=180)

    def logs(self, name):
        result = podman("logs", f"{self.prefix}-{name}", check=False)
        return (result.stdout + result.stderr)[-4000:]

    def running(self, name):
        result = podman("inspect", "-f", "{{.State.Running}}", f"{self.prefix}-{name}", check=False)
        return result.stdout.strip() == "true"

    def stop(self, name):
        full = f"{self.prefix}-{name}"
        podman("stop", "-t", "30", full, timeout=60)
        return int(podman("inspect", "-f", "{{.State.ExitCode}}", full).stdout.strip())

    def remove_all(self):
        for name in self.names:
            podman("rm", "-f", "-t", "5", name, check=False, timeout=60)


def environment_from(container, name, overrides):
    """The container's environment as the rendered overlay gives it, with the test's endpoints."""
    env = {}
    for key, (source, value) in container.env.items():
        if source.startswith("fieldRef metadata.name"):
            env[key] = name  # the pod name
        elif value is not None:
            env[key] = value
    env.update(overrides)
    return env


def wait_ready(fleet, name, port, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not fleet.running(name):
            fail(f"{name} exited during start-up:\n{fleet.logs(name)}")
        status, _ = http_get(f"http://127.0.0.1:{port}/readyz")
        if status == 200:
            return
        time.sleep(0.5)
    fail(f"{name} did not become ready on :{port}: {http_get(f'http://127.0.0.1:{port}/readyz')}\n{fleet.logs(name)}")


def check_probes(container, name, port):
    for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
        http = container.spec.get(probe, {}).get("httpGet")
        if http:
            status, body = http_get(f"http://127.0.0.1:{port}{http['path']}")
            if status != 200:
                fail(f"{name}: {probe} GET {http['path']} answered {status}: {body}")
    status, body = http_get(f"http://127.0.0.1:{port}/metrics")
    if status != 200 or "chatfleet_ready" not in body:
        fail(f"{name}: GET /metrics answered {status}")


def post_events(ingest_port, token):
    lines = [line for line in (ROOT / "deploy" / "demo" / "conversation.jsonl").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    for line in lines:
        request = urllib.request.Request(
            f"http://127.0.0.1:{ingest_port}/v1/events", data=line.encode(), method="POST",
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status, body = response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            status, body = error.code, error.read().decode()
        if status != 202:
            fail(f"POST /v1/events answered {status}: {body}")
    unauthorized = urllib.request.Request(
        f"http://127.0.0.1:{ingest_port}/v1/events", data=lines[0].encode(), method="POST",
        headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(unauthorized, timeout=30)
        fail("ingest took an event without a token although prod sets CHATFLEET_REQUIRE_API_TOKEN")
    except urllib.error.HTTPError as error:
        if error.code != 401:
            fail(f"an event without a token answered {error.code}, expected 401")
    return [json.loads(line) for line in lines]


def wait_for(what, condition, timeout=60):
    deadline = time.monotonic() + timeout
    value = condition()
    while not value[0] and time.monotonic() < deadline:
        time.sleep(0.5)
        value = condition()
    if not value[0]:
        fail(f"{what}: {value[1]}")
    return value[1]


def check_contexts(brokers, topic, events):
    keys_wanted = {f"{e['tenant']}/{e['platform']}/{e['conversation']['id']}" for e in events
                   if e["role"] == "ROLE_USER"}

    def contexts():
        result = run(["kcat", "-b", brokers, "-C", "-t", topic, "-o", "beginning", "-e", "-q",
                      "-f", "%p %o %k\n"], check=False, timeout=60)
        records = [line.split(" ", 2) for line in result.stdout.splitlines() if line.count(" ") >= 2]
        missing = keys_wanted - {key for _, _, key in records}
        return (not missing, records if not missing else f"no context yet for {sorted(missing)}")

    records = wait_for(f"contexts on {topic}", contexts)
    channel = "demo/PLATFORM_DISCORD/guild-1/chan-7"
    partition, offset, _ = [r for r in records if r[2] == channel][-1]
    raw = subprocess.run(["kcat", "-b", brokers, "-C", "-t", topic, "-p", partition, "-o", offset,
                          "-c", "1", "-e", "-q", "-f", "%s"], capture_output=True, timeout=60).stdout
    decoded = subprocess.run(
        ["protoc", "--decode=chatfleet.v1.ConversationContext", f"-I{ROOT / 'proto'}", "-I/usr/include",
         "chatfleet/v1/conversation_context.proto"], input=raw, capture_output=True, timeout=60)
    text = decoded.stdout.decode(errors="replace")
    if decoded.returncode != 0 or "design review" not in text:
        fail(f"the channel's last context does not decode to its history: {text[:2000]}"
             f"{decoded.stderr.decode(errors='replace')}")
    say(f"{len(records)} contexts on {topic}, one or more for each of {sorted(keys_wanted)}")


CONTAINER_PREFIX = "chatfleet-imagetest-"


def remove_leftovers():
    """Containers of an earlier run that was killed (a ctest timeout) before it could clean up."""
    names = podman("ps", "-a", "--format", "{{.Names}}").stdout.split()
    for name in names:
        if name.startswith(CONTAINER_PREFIX):
            podman("rm", "-f", "-t", "5", name, check=False, timeout=60)


def run_fleet(image):
    remove_leftovers()
    prefix = f"{CONTAINER_PREFIX}{uuid.uuid4().hex[:8]}"
    schema = prefix.replace("-", "_")
    base_url, brokers = os.environ["DATABASE_URL"], os.environ["KAFKA_BROKERS"]
    url = with_search_path(base_url, schema)
    topics = {"CHATFLEET_TOPIC_EVENTS": f"{prefix}.events", "CHATFLEET_TOPIC_DLQ": f"{prefix}.dlq",
              "CHATFLEET_TOPIC_CONTEXT": f"{prefix}.context",
              "CHATFLEET_TOPIC_OUTBOUND": f"{prefix}.outbound"}
    objects = manifests.render("prod")
    deployed = {c.workload["metadata"]["name"]: c
                for c in manifests.containers("prod", objects, manifests.operator_secrets())}
    overrides = {"KAFKA_BROKERS": brokers, "DATABASE_URL": url, **topics,
                 "CHATFLEET_CONSUMER_GROUP": f"{prefix}-workers", "CHATFLEET_HTTP_ADDRESS": "127.0.0.1",
                 "OTEL_EXPORTER_OTLP_ENDPOINT": os.environ.get("JAEGER_OTLP_ENDPOINT", ""),
                 "CHATFLEET_LOG_LEVEL": "info"}
    fleet = Fleet(image, prefix)
    psql(base_url, f"CREATE SCHEMA {schema}")
    try:
        migrate = deployed["chatfleet-migrate"]
        pod = manifests.pod_spec(migrate.workload)
        fleet.run("topics", pod, migrate.spec, {"KAFKA_BROKERS": brokers, "CHATFLEET_TOPICS": ",".join(
            f"{topics[k]}:{n}" for k, n in (("CHATFLEET_TOPIC_EVENTS", 4), ("CHATFLEET_TOPIC_DLQ", 1),
                                            ("CHATFLEET_TOPIC_CONTEXT", 4), ("CHATFLEET_TOPIC_OUTBOUND", 1)))},
            ["chatfleet-topics", "create"], detach=False)
        fleet.run("migrate", pod, migrate.spec, environment_from(migrate, "migrate", {"DATABASE_URL": url}),
                  migrate.command, detach=False)
        token = uuid.uuid4().hex
        fleet.run("tenants", pod, migrate.spec, {"DATABASE_URL": url, "CHATFLEET_TOKEN": token},
                  ["chatfleet-tenants", "token", "--tenant=demo", "--label=image-test"], detach=False)
        say("chatfleet-topics, chatfleet-migrate and chatfleet-tenants ran as containers")

        ports, started = {}, []
        for name, deployment in (("ingest", "chatfleet-ingest"), ("worker-1", "chatfleet-workers"),
                                 ("worker-2", "chatfleet-workers"), ("scheduler", "chatfleet-scheduler")):
            container = deployed[deployment]
            ports[name] = free_port()
            env = environment_from(container, f"{prefix}-{name}",
                                   {**overrides, "CHATFLEET_HTTP_PORT": str(ports[name])})
            fleet.run(name, manifests.pod_spec(container.workload), container.spec, env,
                      container.command, detach=True)
            started.append((name, container))
        for name, container in started:
            wait_ready(fleet, name, ports[name])
            check_probes(container, name, ports[name])
        say("ingest, two workers and the scheduler are ready as containers; every probe path answers 200")

        events = post_events(ports["ingest"], token)
        wait_for("rows in chat_history", lambda: (
            (n := int(psql(url, "SELECT count(*) FROM chat_history WHERE tenant = 'demo'"))) == len(events),
            f"{n} of {len(events)} stored"))
        names = psql(url, "SELECT DISTINCT user_name FROM chat_history WHERE user_name <> '' ORDER BY 1")
        if "Sarah 🎉" not in names.splitlines():
            fail(f"chat_history lacks Sarah's display name as sent: {names}")
        say(f"psql: all {len(events)} events of the demo conversation are rows of chat_history")
        check_contexts(brokers, topics["CHATFLEET_TOPIC_CONTEXT"], events)

        for name, _ in reversed(started):
            code = fleet.stop(name)
            if code != 0:
                fail(f"{name} exited {code} on SIGTERM:\n{fleet.logs(name)}")
        say("SIGTERM: every service container exited 0")
    finally:
        fleet.remove_all()
        psql(base_url, f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def main():
    try:
        require_environment()
        image, build_stage = build_image()
        binaries, copied = image_binaries(image)
        check_help(image, binaries)
        check_packages(image, build_stage, binaries, copied)
        check_manifest_commands(binaries)
        run_fleet(image)
    except (Failure, manifests.RenderError) as error:
        print(f"FAIL: {error}", flush=True)
        return 1
    print("image test passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
