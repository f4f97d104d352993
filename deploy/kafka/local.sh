# shellcheck shell=bash
# Apache Kafka for the local fleet and the tests, sourced by ./fleet (which defines ROOT,
# STATE_DIR, say, die, spawn, running, stop_process, port_in_use and bin).
#
# The broker's jars come from Maven Central through deploy/kafka/pom.xml, copied once into
# $STATE_DIR/kafka-lib (shared by the fleet's and the tests' brokers, fetched again only when the
# pom changes). Each node runs kafka.Kafka in KRaft mode as broker and controller at once, with
# its data in <state>/kafka/node-N. Node N listens on <base>+2(N-1) (clients) and the port after
# it (the controller quorum), on loopback only. Its client listener is PLAINTEXT, or SASL_SSL
# with SCRAM-SHA-512 (deploy/kafka/sasl_ssl.sh) when started with security `sasl_ssl`.

# shellcheck source=deploy/kafka/sasl_ssl.sh
source "$ROOT/deploy/kafka/sasl_ssl.sh"

KAFKA_LIB="$STATE_DIR/kafka-lib"
KAFKA_HEAP_MB="${CHATFLEET_KAFKA_HEAP_MB:-768}"

KAFKA_LIB_DIR="$KAFKA_LIB"

# Fetches Kafka's jars (the pom's version, or <version> into kafka-lib-<version>) unless they
# are there, and points KAFKA_LIB_DIR at them.
kafka_jars() { # [<kafka version>]
  local version="${1:-}" dir="$KAFKA_LIB" pom="$ROOT/deploy/kafka/pom.xml" want
  [[ -n "$version" ]] && dir="$KAFKA_LIB-$version"
  KAFKA_LIB_DIR="$dir"
  want="$(sha256sum "$pom" | cut -d' ' -f1)${version:+ $version}"
  [[ -f "$dir/.pom-sha256" && "$(cat "$dir/.pom-sha256")" == "$want" ]] && return 0
  { command -v java && command -v mvn; } >/dev/null ||
    die "Apache Kafka needs Java 17 and Maven (apt-get install openjdk-17-jre-headless maven); CHATFLEET_BROKER=dev runs the development broker instead"
  say "fetching Apache Kafka ${version:-} from Maven Central (deploy/kafka/pom.xml → $dir)"
  rm -rf "$dir"
  mkdir -p "$dir"
  mvn -q -B -f "$pom" dependency:copy-dependencies -DoutputDirectory="$dir" \
    ${version:+"-Dkafka.version=$version"} >&2 || die "could not fetch Apache Kafka's jars with Maven"
  echo "$want" >"$dir/.pom-sha256"
}

# The java command line for Kafka's classes with a <heap MiB> heap, in KAFKA_JAVA: an array, not
# a function, so that spawn's pid is the JVM's own and SIGTERM reaches the broker.
kafka_java() {
  KAFKA_JAVA=(java "-Xms$(($1 / 2))m" "-Xmx$1m" -XX:+UseG1GC -XX:MaxGCPauseMillis=20
    -Djava.awt.headless=true -Dlog4j2.configurationFile="$ROOT/deploy/kafka/log4j2.xml"
    -cp "$KAFKA_LIB_DIR/*")
}

kafka_port() { echo $(($1 + 2 * ($2 - 1))); } # <base> <node>: the node's client port

kafka_write_config() { # <node dir> <node> <nodes> <base port> <security> <state dir>
  local dir="$1" node="$2" nodes="$3" base="$4" security="$5" state="$6" voters="" n replicas=1 min_isr=1
  for ((n = 1; n <= nodes; n++)); do
    voters+="${voters:+,}$n@127.0.0.1:$(($(kafka_port "$base" "$n") + 1))"
  done
  ((nodes >= 3)) && replicas=3 min_isr=2
  local port listeners
  port="$(kafka_port "$base" "$node")"
  if [[ "$security" == sasl_ssl ]]; then
    listeners="$(kafka_sasl_ssl_listeners "$state" "$port")"
  else
    listeners="listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$((port + 1))
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"
  fi
  # It may hold the keystore's and the broker's SCRAM password.
  (umask 077 && cat >"$dir/server.properties") <<EOF
# Written by ./fleet (deploy/kafka/local.sh): node $node of $nodes, KRaft broker and controller.
process.roles=broker,controller
node.id=$node
controller.quorum.voters=$voters
$listeners
log.dirs=$dir/data
default.replication.factor=$replicas
min.insync.replicas=$min_isr
offsets.topic.replication.factor=$replicas
transaction.state.log.replication.factor=$replicas
transaction.state.log.min.isr=$min_isr
share.coordinator.state.topic.replication.factor=$replicas
share.coordinator.state.topic.min.isr=$min_isr
# Fewer internal partitions than Kafka's 50: created at the first group join and transaction,
# and a local fleet or a test run has a few dozen groups at most.
offsets.topic.num.partitions=12
transaction.state.log.num.partitions=12
# A new group's first member gets its partitions at once (Kafka waits 3 s by default).
group.initial.rebalance.delay.ms=0
# Sessions from 1 s (Kafka's floor is 6 s): the tests kill workers and want their partitions
# moved within seconds.
group.min.session.timeout.ms=1000
# Topics are created with their partition counts (chatfleet-topics, the tests' fixtures); a
# client naming a missing topic must not create it with one partition.
auto.create.topics.enable=false
EOF
}

# Formats <state>/kafka for <nodes> nodes unless it already holds such a cluster.
kafka_format() { # <state dir> <nodes> <base port> <security>
  local state="$1" nodes="$2" base="$3" security="$4" dir="$1/kafka" n shape="$2:$3"
  [[ "$security" == plaintext ]] || shape+=":$security"
  if [[ -f "$dir/nodes" && "$(cat "$dir/nodes")" == "$shape" ]]; then
    for ((n = 1; n <= nodes; n++)); do
      kafka_write_config "$dir/node-$n" "$n" "$nodes" "$base" "$security" "$state"
    done
    return 0
  fi
  for ((n = 1; n <= 3; n++)); do
    running "$state" "kafka-$n" &&
      die "Kafka runs as $(cut -d: -f1 "$dir/nodes" 2>/dev/null || echo another) node(s) here: ./fleet down first to start it with $nodes"
  done
  [[ -d "$dir" ]] && say "the Kafka data in $dir is for another cluster shape: starting afresh"
  rm -rf "$dir"
  local cluster_id="-"
  # A Kafka cluster id is 16 random bytes in URL-safe base64 without padding; one that starts
  # with '-' would read as an option to StorageTool.
  while [[ "$cluster_id" == -* ]]; do
    cluster_id="$(head -c16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
  done
  local scram=()
  if [[ "$security" == sasl_ssl ]]; then
    kafka_tls_material "$state"
    # The SCRAM users exist from the first start: the brokers authenticate to each other too.
    mapfile -t scram < <(kafka_scram_format_args "$state")
  fi
  for ((n = 1; n <= nodes; n++)); do
    mkdir -p "$dir/node-$n"
    kafka_write_config "$dir/node-$n" "$n" "$nodes" "$base" "$security" "$state"
    kafka_java 256
    "${KAFKA_JAVA[@]}" kafka.tools.StorageTool format -t "$cluster_id" \
      -c "$dir/node-$n/server.properties" "${scram[@]}" >"$dir/node-$n/format.log" 2>&1 ||
      { cat "$dir/node-$n/format.log" >&2; die "formatting Kafka node $n failed"; }
  done
  echo "$shape" >"$dir/nodes"
}

kafka_bootstrap() { # <nodes> <base port>
  local list="" n
  for ((n = 1; n <= $1; n++)); do list+="${list:+,}127.0.0.1:$(kafka_port "$2" "$n")"; done
  echo "$list"
}

# Starts (or finds running) a <nodes>-node Apache Kafka cluster of <state dir>, creates the
# fleet's topics and writes KAFKA_BROKERS=... to <state>/run/bootstrap. <security>: plaintext
# (the default) or sasl_ssl, whose client settings are then in <state>/kafka/tls/client.env.
kafka_start() { # <state dir> <nodes> <base port> [<security>]
  local state="$1" nodes="$2" base="$3" security="${4:-plaintext}" n
  if [[ "$security" == sasl_ssl ]]; then kafka_jars "$KAFKA_SCRAM_VERSION"; else kafka_jars; fi
  kafka_format "$state" "$nodes" "$base" "$security"
  local heap=$((nodes > 1 ? 512 : KAFKA_HEAP_MB))
  for ((n = 1; n <= nodes; n++)); do
    running "$state" "kafka-$n" && continue
    local port
    port="$(kafka_port "$base" "$n")"
    if port_in_use "$port" || port_in_use "$((port + 1))"; then
      die "port $port or $((port + 1)) is taken by another program: Kafka node $n cannot listen there (set CHATFLEET_KAFKA_PORT)"
    fi
    say "starting Apache Kafka node $n of $nodes on 127.0.0.1:$port (KRaft, data in $state/kafka/node-$n)"
    kafka_java "$heap"
    spawn "$state" "kafka-$n" "${KAFKA_JAVA[@]}" kafka.Kafka "$state/kafka/node-$n/server.properties"
  done
  local bootstrap i client=() client_env=()
  bootstrap="$(kafka_bootstrap "$nodes" "$base")"
  if [[ "$security" == sasl_ssl ]]; then
    client=(-F "$(kafka_tls_dir "$state")/client.properties")
    mapfile -t client_env <"$(kafka_tls_dir "$state")/client.env"
  fi
  for ((i = 0; i < 600; i++)); do
    kcat -b "$bootstrap" "${client[@]}" -L -m 2 2>/dev/null | grep -q "^ $nodes brokers:" && break
    for ((n = 1; n <= nodes; n++)); do
      running "$state" "kafka-$n" ||
        { tail -30 "$state/logs/kafka-$n.log" >&2; die "Kafka node $n exited (log: $state/logs/kafka-$n.log)"; }
    done
    sleep 0.2
  done
  ((i < 600)) || die "Kafka did not list its $nodes broker(s) within 120 s (see $state/logs/kafka-1.log)"
  env "${client_env[@]}" KAFKA_BROKERS="$bootstrap" "$(bin deploy/topics/chatfleet-topics)" \
    create >/dev/null || die "could not create the fleet's topics on Kafka"
  mkdir -p "$state/run"
  echo "KAFKA_BROKERS=$bootstrap" >"$state/run/bootstrap"
  echo "kafka $nodes" >"$state/run/broker"
}

# Stops every node at once: stopped one by one, the last ones would lose the controller quorum
# and wait out their controlled shutdown.
kafka_stop() { # <state dir>
  local state="$1" pidfile names=()
  for pidfile in "$state"/run/kafka-*.pid; do
    [[ -e "$pidfile" ]] || continue
    names+=("$(basename "$pidfile" .pid)")
  done
  ((${#names[@]} == 0)) && return 0
  say "stopping Apache Kafka (${names[*]})"
  local name
  for name in "${names[@]}"; do
    running "$state" "$name" && kill -TERM "$(cat "$state/run/$name.pid")" 2>/dev/null
  done
  for name in "${names[@]}"; do stop_process "$state" "$name" 60; done
  rm -f "$state/run/broker"
}
