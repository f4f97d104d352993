#include "shared/trace/span.h"

#include <chrono>

namespace chatfleet::trace {

std::uint64_t UnixNanosNow() {
  return static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                        std::chrono::system_clock::now().time_since_epoch())
                                        .count());
}

Span::Span(SpanData data, std::shared_ptr<SpanSink> sink)
    : data_(std::move(data)), sink_(std::move(sink)) {}

Span& Span::operator=(Span&& other) noexcept {
  if (this != &other) {
    End();
    data_ = std::move(other.data_);
    sink_ = std::move(other.sink_);
  }
  return *this;
}

Span::~Span() { End(); }

void Span::SetAttribute(std::string key, AttributeValue value) {
  if (sink_) data_.attributes.push_back({std::move(key), std::move(value)});
}

void Span::AddLink(const TraceContext& link) {
  if (sink_ && link.valid()) data_.links.push_back(link);
}

void Span::SetError(std::string type, std::string message) {
  if (!sink_) return;
  data_.error = true;
  data_.status_message = std::move(message);
  data_.attributes.push_back({"error.type", std::move(type)});
}

void Span::End() {
  if (!sink_) return;
  data_.end_unix_nanos = UnixNanosNow();
  auto sink = std::move(sink_);
  sink_.reset();
  sink->Submit(std::move(data_));
}

}  // namespace chatfleet::trace
