// Filled in by the Kafka work.
