# Sourced by bench/run and bench/tracing_overhead: the local fleet's processes by role, as
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
