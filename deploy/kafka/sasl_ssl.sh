# shellcheck shell=bash
# A Kafka whose client listener speaks SASL_SSL with SCRAM-SHA-512, as managed Kafka services
# do: `./fleet kafka start --security=sasl_ssl`. Sourced by deploy/kafka/local.sh.
#
# In <state>/kafka/tls (mode 700), made once per cluster with openssl: a CA, the brokers'
# certificate (127.0.0.1 and localhost) in a PKCS#12 keystore, and random passwords for two
# SCRAM users created when the storage is formatted: `broker` (inter-broker traffic) and
# `chatfleet` (the clients). The clients' settings are written as CHATFLEET_KAFKA_* lines to
# client.env (what a service reads) and as librdkafka properties to client.properties (kcat -F).
# The controller listener stays PLAINTEXT on loopback: no client ever connects to it.
#
# It runs Kafka 3.9, not the pom's 4.x: librdkafka before 2.6.1 (Debian 12 has 2.0.2) sends a
# SCRAM client-final message with the client nonce appended twice, which Kafka 4.0 and newer
# reject as invalid credentials while 3.x accepts it (docs/OPERATIONS.md, "Managed Kafka").
# shellcheck disable=SC2034 # read by kafka_start in deploy/kafka/local.sh, which sources this
KAFKA_SCRAM_VERSION=3.9.1

kafka_tls_dir() { echo "$1/kafka/tls"; } # <state dir>

kafka_tls_setting() { sed -n "s/^$2=//p" "$1/broker.env"; } # <tls dir> <name>

# Makes the CA, the broker's keystore and the SCRAM passwords unless they exist.
kafka_tls_material() { # <state dir>
  local tls
  tls="$(kafka_tls_dir "$1")"
  [[ -s "$tls/client.env" ]] && return 0
  command -v openssl >/dev/null || die "--security=sasl_ssl needs openssl (apt-get install openssl)"
  say "making a CA, a broker certificate and SCRAM users in $tls"
  mkdir -p "$tls"
  chmod 700 "$tls"
  (
    cd "$tls" && umask 077
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=chatfleet local Kafka CA" \
      -keyout ca.key -out ca.pem 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout broker.key \
      -out broker.csr 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >broker.ext
    openssl x509 -req -in broker.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 \
      -extfile broker.ext -out broker.pem 2>/dev/null
    # Passwords reach openssl through the environment, never its command line.
    KEYSTORE_PASSWORD="$(random_hex 16)"
    export KEYSTORE_PASSWORD
    openssl pkcs12 -export -in broker.pem -inkey broker.key -certfile ca.pem -name broker \
      -passout env:KEYSTORE_PASSWORD -out broker.p12
    cat >broker.env <<EOT
KEYSTORE_PASSWORD=$KEYSTORE_PASSWORD
BROKER_SCRAM_PASSWORD=$(random_hex 16)
CLIENT_SCRAM_PASSWORD=$(random_hex 16)
EOT
  ) || die "making the TLS material in $tls failed"
  local password
  password="$(kafka_tls_setting "$tls" CLIENT_SCRAM_PASSWORD)"
  (
    umask 077
    cat >"$tls/client.env" <<EOT
CHATFLEET_KAFKA_SECURITY_PROTOCOL=SASL_SSL
CHATFLEET_KAFKA_SASL_MECHANISMS=SCRAM-SHA-512
CHATFLEET_KAFKA_SASL_USERNAME=chatfleet
CHATFLEET_KAFKA_SASL_PASSWORD=$password
CHATFLEET_KAFKA_SSL_CA_LOCATION=$tls/ca.pem
EOT
    cat >"$tls/client.properties" <<EOT
security.protocol=SASL_SSL
sasl.mechanisms=SCRAM-SHA-512
sasl.username=chatfleet
sasl.password=$password
ssl.ca.location=$tls/ca.pem
EOT
  )
}

# The SCRAM users for StorageTool format (--add-scram), one argument per line.
kafka_scram_format_args() { # <state dir>
  local tls
  tls="$(kafka_tls_dir "$1")"
  printf '%s\n' --add-scram "SCRAM-SHA-512=[name=broker,password=$(kafka_tls_setting "$tls" BROKER_SCRAM_PASSWORD)]" \
    --add-scram "SCRAM-SHA-512=[name=chatfleet,password=$(kafka_tls_setting "$tls" CLIENT_SCRAM_PASSWORD)]"
}

# A node's listener settings for server.properties: SASL_SSL for clients and between brokers.
kafka_sasl_ssl_listeners() { # <state dir> <client port>
  local tls port="$2" keystore
  tls="$(kafka_tls_dir "$1")"
  keystore="$(kafka_tls_setting "$tls" KEYSTORE_PASSWORD)"
  cat <<EOT
listeners=SASL_SSL://127.0.0.1:$port,CONTROLLER://127.0.0.1:$((port + 1))
advertised.listeners=SASL_SSL://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL_SSL
listener.security.protocol.map=SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="broker" password="$(kafka_tls_setting "$tls" BROKER_SCRAM_PASSWORD)";
ssl.keystore.type=PKCS12
ssl.keystore.location=$tls/broker.p12
ssl.keystore.password=$keystore
ssl.key.password=$keystore
ssl.truststore.type=PEM
ssl.truststore.location=$tls/ca.pem
EOT
}
