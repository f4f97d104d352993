#pragma once

// The span attribute names every service sets, spelled once: a trace search (Jaeger, the e2e
// tests) finds a span by these, so two spellings of one name would split the results.

namespace chatfleet::trace::attr {

// OpenTelemetry semantic conventions: messaging.
inline constexpr const char* kMessagingSystem = "messaging.system";
inline constexpr const char* kMessagingOperation = "messaging.operation";
inline constexpr const char* kMessagingDestinationName = "messaging.destination.name";
inline constexpr const char* kMessagingMessageId = "messaging.message.id";
inline constexpr const char* kMessagingBatchMessageCount = "messaging.batch.message_count";
inline constexpr const char* kMessagingKafkaPartition = "messaging.kafka.destination.partition";
inline constexpr const char* kMessagingKafkaOffset = "messaging.kafka.message.offset";
inline constexpr const char* kMessagingKafkaKey = "messaging.kafka.message.key";
inline constexpr const char* kMessagingKafkaConsumerGroup = "messaging.kafka.consumer.group";
// HTTP.
inline constexpr const char* kHttpRequestMethod = "http.request.method";
inline constexpr const char* kHttpRoute = "http.route";
inline constexpr const char* kHttpResponseStatusCode = "http.response.status_code";
inline constexpr const char* kUrlPath = "url.path";
// database.
inline constexpr const char* kDbSystem = "db.system";
inline constexpr const char* kDbOperation = "db.operation";
inline constexpr const char* kDbSqlTable = "db.sql.table";
// chatfleet's own: what a trace search filters on.
inline constexpr const char* kTenant = "chatfleet.tenant";
inline constexpr const char* kConversationId = "chatfleet.conversation.id";
inline constexpr const char* kRows = "chatfleet.rows";
inline constexpr const char* kOutboundId = "chatfleet.outbound.id";
inline constexpr const char* kPlatform = "chatfleet.platform";
inline constexpr const char* kInstance = "chatfleet.instance";
inline constexpr const char* kDeliveryOutcome = "chatfleet.delivery.outcome";
inline constexpr const char* kPlatformMessageId = "chatfleet.platform_message_id";

}  // namespace chatfleet::trace::attr
