#pragma once

#include <functional>
#include <string>
#include <vector>

#include "chatfleet/v1/chat_event.pb.h"
#include "shared/core/error.h"
#include "shared/trace/trace_context.h"

namespace chatfleet::ingest {

struct PublishItem {
  v1::ChatEvent event;
  /// The context of the producer span: it travels in the message headers.
  trace::TraceContext trace;
  std::string request_id;
};

/// Called once, from any thread, when every item is acknowledged (ok) or one failed.
using PublishDone = std::function<void(const Status&)>;

/// Where accepted events go (the I/O seam of ingest).
class EventSink {
 public:
  virtual ~EventSink() = default;
  virtual void Publish(std::vector<PublishItem> items, PublishDone done) = 0;
};

}  // namespace chatfleet::ingest
