#include "workers/delivery/delivery_metrics.h"

#include "workers/delivery/send_credentials.h"

namespace chatfleet::delivery {

void DeliveryMetrics::Sent(v1::Platform platform, double seconds) {
  registry_
      .AddCounter("chatfleet_delivery_sent_total", "Messages the platform took",
                  {{"platform", PlatformTableName(platform)}})
      .Inc();
  registry_
      .AddHistogram("chatfleet_delivery_latency_seconds",
                    "From the outbound record's timestamp to the platform taking it",
                    metrics::LatencyBuckets(), {{"platform", PlatformTableName(platform)}})
      .Observe(seconds);
}

void DeliveryMetrics::Failed(v1::Platform platform, const std::string& reason) {
  registry_
      .AddCounter("chatfleet_delivery_failed_total",
                  "Messages that failed for good (recorded and dead-lettered), by reason",
                  {{"platform", PlatformTableName(platform)}, {"reason", reason}})
      .Inc();
}

void DeliveryMetrics::Throttled(v1::Platform platform, const std::string& scope) {
  registry_
      .AddCounter("chatfleet_delivery_throttled_total",
                  "429s (or rate-limit errors) the platform answered, by who must wait",
                  {{"platform", PlatformTableName(platform)}, {"scope", scope}})
      .Inc();
}

void DeliveryMetrics::Retried(v1::Platform platform, const std::string& reason) {
  registry_
      .AddCounter("chatfleet_delivery_retries_total",
                  "Attempts that will be retried with backoff (5xx, transport), by reason",
                  {{"platform", PlatformTableName(platform)}, {"reason", reason}})
      .Inc();
}

void DeliveryMetrics::Duplicate() {
  registry_
      .AddCounter("chatfleet_delivery_duplicates_total",
                  "Outbound ids read again after they were settled: not sent again")
      .Inc();
}

void DeliveryMetrics::Request(v1::Platform platform, double seconds) {
  registry_
      .AddHistogram("chatfleet_delivery_request_seconds", "Duration of one send API request",
                    metrics::LatencyBuckets(), {{"platform", PlatformTableName(platform)}})
      .Observe(seconds);
}

}  // namespace chatfleet::delivery
