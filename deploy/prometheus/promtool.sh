# shellcheck shell=bash
# promtool for the tests, sourced by ./fleet (which defines ROOT, STATE_DIR, say and die).
#
# Built from the Go module proxy: deploy/prometheus/go.mod names github.com/prometheus/
# prometheus's cmd/promtool as a tool (module v0.316.0 is Prometheus 3.x), built once into
# $STATE_DIR/promtool/promtool and again only when go.mod or go.sum change. The build tag
# remove_all_sd leaves out the cloud service discoveries (promtool's `check service-discovery`,
# which the tests do not use): half the compile work. Measured cold (empty Go build cache,
# modules downloaded): 3.6 CPU-minutes, 10.6 minutes on a 2-CPU machine shared with three other
# builds (13.4 minutes without the tag); the modules' download took 31 s. Cached after that.
# `promtool test rules` proves each alert of chatfleet-rules.yaml fires and resolves
# (tests/deploy/check_alert_rules.py, label alerts).

PROMTOOL_BIN="$STATE_DIR/promtool/promtool"

promtool_binary() {
  local dir="$ROOT/deploy/prometheus" stamp="$STATE_DIR/promtool/.module-sha256" want started
  want="$(cat "$dir/go.mod" "$dir/go.sum" | sha256sum | cut -d' ' -f1)"
  [[ -x "$PROMTOOL_BIN" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]] && return 0
  command -v go >/dev/null || die "building promtool needs Go (1.26.7 or newer, deploy/prometheus/go.mod)"
  say "building promtool from the Go module proxy (deploy/prometheus/go.mod → $PROMTOOL_BIN; minutes the first time)"
  mkdir -p "$STATE_DIR/promtool"
  started=$SECONDS
  (cd "$dir" && GOFLAGS=-mod=mod go build -tags remove_all_sd -o "$PROMTOOL_BIN" github.com/prometheus/prometheus/cmd/promtool) >&2 ||
    die "could not build promtool"
  echo "$want" >"$stamp"
  say "promtool built in $((SECONDS - started)) s"
}
