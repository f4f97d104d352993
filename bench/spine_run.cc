#include "bench/spine_run.h"

#include <algorithm>
#include <iostream>
#include <vector>

#include "bench/event_factory.h"
#include "bench/percentile.h"
#include "shared/pg/connection.h"

namespace chatfleet::bench {
namespace {

double Seconds(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double>(d).count();
}

std::vector<std::string> BuildBodies(const EventFactory& factory, std::int64_t events,
                                     int batch_size) {
  std::vector<std::string> bodies;
  if (batch_size <= 1) {
    bodies.reserve(static_cast<std::size_t>(events));
    for (std::int64_t i = 0; i < events; ++i) bodies.push_back(factory.Json(i));
    return bodies;
  }
  for (std::int64_t first = 0; first < events; first += batch_size) {
    bodies.push_back(factory.BatchJson(
        first, static_cast<int>(std::min<std::int64_t>(batch_size, events - first))));
  }
  return bodies;
}

/// The last event of each conversation (the last `conversations` indices cover them all).
std::vector<MessageKey> Sentinels(const EventFactory& factory, std::int64_t events) {
  std::vector<MessageKey> keys;
  for (std::int64_t i = std::max<std::int64_t>(0, events - factory.conversations()); i < events;
       ++i) {
    const v1::ChatEvent event = factory.Make(i);
    keys.push_back({event.bot(), StoredPlatform(event.platform()), event.conversation().id(),
                    event.platform_message_id()});
  }
  return keys;
}

}  // namespace

Result<SpineRun> RunSpine(const SpineRunOptions& options) {
  auto connection = pg::Connection::Open(options.database_url);
  if (!connection) return Fail(connection.error());
  SpineRun run;
  run.options = options;
  const EventFactory factory(options.tenant);
  const int batch = std::max(1, options.batch_size);
  std::vector<std::string> bodies = BuildBodies(factory, options.events, batch);

  LoadOptions load;
  load.base_url = options.ingest_url;
  load.target = batch > 1 ? "/v1/events:batch" : "/v1/events";
  load.clients = options.clients;
  load.events_per_request = batch;
  load.total_events = options.events;
  load.paced_events_per_s = options.paced_events_per_s;
  std::cerr << "[bench] " << options.label << ": posting " << options.events << " events in "
            << bodies.size() << " requests (" << options.clients << " clients, tenant "
            << options.tenant << ")\n";
  run.load = RunLoad(load, static_cast<std::int64_t>(bodies.size()),
                     [&bodies](std::int64_t i) { return bodies[static_cast<std::size_t>(i)]; });
  bodies.clear();
  bodies.shrink_to_fit();
  run.accept_seconds = Seconds(run.load.last_accept - run.load.first_request);
  run.http_p50_ms = Percentile(run.load.request_ms, 0.50);
  run.http_p99_ms = Percentile(run.load.request_ms, 0.99);
  std::cerr << "[bench] " << options.label << ": " << run.load.events_accepted
            << " accepted; waiting for the workers to store them\n";

  auto stored = WaitForRows(*connection, options.tenant, run.load.events_accepted,
                            options.stall_timeout, Sentinels(factory, options.events));
  if (!stored) return Fail(stored.error());
  run.stored = *stored;
  run.e2e_seconds = Seconds(run.stored.reached - run.load.first_request);
  auto latency = MeasureStoreLatency(*connection, options.tenant);
  if (!latency) return Fail(latency.error());
  run.latency = *latency;
  return run;
}

}  // namespace chatfleet::bench
