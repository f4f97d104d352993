# Sourced by the bench scripts (run, tracing_overhead, embeddings_cost, pinned_worker): the local
# fleet's processes by role, as
# chatfleet-bench reads them from CHATFLEET_BENCH_PROCESSES (role=pid,pid;...), so each run
# reports CPU-µs per event by process. PostgreSQL is its postmaster (its backends are children);
# the embeddings service is a role of its own when it runs.
fleet_processes() { # <fleet state dir>
  local run="$1/run" f out=""
  pids() { local list=""; for f in "$@"; do [[ -s "$f" ]] && list+="${list:+,}$(cat "$f")"; done; echo "$list"; }
  out="workers=$(pids "$run"/worker-*.pid);ingest=$(pids "$run/ingest.pid")"
  out+=";postgres=$(head -1 "$1/pg/data/postmaster.pid" 2>/dev/null)"
  out+=";broker=$(pids "$run"/kafka-*.pid "$run/devbroker.pid")"
  # The embeddings service (recall by meaning), when `up` started it.
  [[ -s "$run/embeddings.pid" ]] && out+=";embeddings=$(pids "$run/embeddings.pid")"
  echo "$out"
}

# Whether the local fleet of the checkout at <root> is up (its ingest runs). The whole status is
# read first: `fleet status | grep -q` would die of SIGPIPE under pipefail.
fleet_is_up() { # <root>
  local status
  status="$("$1/fleet" status 2>/dev/null || true)"
  grep -q '^ingest .*running' <<<"$status"
}
