# shellcheck shell=bash
# Jaeger v2 for the local fleet and the tests, sourced by ./fleet (which defines ROOT, STATE_DIR,
# say, die, spawn, running, stop_process and port_in_use).
#
# Built from the Go module proxy: deploy/jaeger/go.mod names github.com/jaegertracing/jaeger's
# cmd/jaeger as a tool (its tag v1.75.0 is Jaeger v2; `go install` of it fails on the module's
# replace directive), built once into $STATE_DIR/jaeger/jaeger and again only when go.mod or
# go.sum change. It runs with deploy/jaeger/config.yaml: OTLP/HTTP in, memory storage, the query
# API out. The query API answers on the UI port; the UI itself is not in a binary built this way.

JAEGER_BIN="$STATE_DIR/jaeger/jaeger"

jaeger_binary() {
  local dir="$ROOT/deploy/jaeger" stamp="$STATE_DIR/jaeger/.module-sha256" want
  want="$(cat "$dir/go.mod" "$dir/go.sum" | sha256sum | cut -d' ' -f1)"
  [[ -x "$JAEGER_BIN" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]] && return 0
  command -v go >/dev/null || die "building Jaeger needs Go (1.24 or newer)"
  say "building Jaeger v2 from the Go module proxy (deploy/jaeger/go.mod → $JAEGER_BIN; minutes the first time)"
  mkdir -p "$STATE_DIR/jaeger"
  (cd "$dir" && GOFLAGS=-mod=mod go build -o "$JAEGER_BIN" github.com/jaegertracing/jaeger/cmd/jaeger) >&2 ||
    die "could not build Jaeger"
  echo "$want" >"$stamp"
}

# Starts (or finds running) the Jaeger of <state dir>: OTLP/HTTP on <port>, the query API on
# <port>+1 (its gRPC on <port>+2). Writes JAEGER_URL= and OTLP_ENDPOINT= to <state>/run/jaeger.
jaeger_start() { # <state dir> <port>
  local state="$1" otlp="$2" query=$(($2 + 1)) grpc=$(($2 + 2)) i
  jaeger_binary
  if ! running "$state" jaeger; then
    local port
    for port in "$otlp" "$query" "$grpc"; do
      port_in_use "$port" && die "port $port is taken by another program: Jaeger cannot listen there (set CHATFLEET_JAEGER_PORT)"
    done
    say "starting Jaeger (OTLP/HTTP on 127.0.0.1:$otlp, query API on 127.0.0.1:$query)"
    JAEGER_OTLP_PORT="$otlp" JAEGER_QUERY_PORT="$query" JAEGER_QUERY_GRPC_PORT="$grpc" \
      spawn "$state" jaeger "$JAEGER_BIN" --config "$ROOT/deploy/jaeger/config.yaml"
  fi
  for ((i = 0; i < 300; i++)); do
    curl -fsS -o /dev/null "http://127.0.0.1:$query/api/services" 2>/dev/null && break
    running "$state" jaeger || { tail -20 "$state/logs/jaeger.log" >&2; die "Jaeger exited"; }
    sleep 0.1
  done
  ((i < 300)) || die "Jaeger's query API did not answer on 127.0.0.1:$query"
  printf 'JAEGER_URL=http://127.0.0.1:%s\nOTLP_ENDPOINT=http://127.0.0.1:%s\n' "$query" "$otlp" \
    >"$state/run/jaeger"
}

jaeger_stop() { # <state dir>
  running "$1" jaeger && say "stopping Jaeger"
  stop_process "$1" jaeger
  rm -f "$1/run/jaeger"
}

jaeger_setting() { sed -n "s/^$2=//p" "$1/run/jaeger" 2>/dev/null; } # <state dir> <name>
