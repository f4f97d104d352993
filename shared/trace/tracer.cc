#include "shared/trace/tracer.h"

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

#include "shared/log/logger.h"

namespace chatfleet::trace {

bool Sampler::ShouldSample(const TraceContext* parent, const TraceContext& candidate,
                           const std::vector<TraceContext>& links) const {
  if (parent_based && parent != nullptr && parent->valid()) return parent->sampled();
  if (parent_based) {
    for (const auto& link : links) {
      if (link.valid() && link.sampled()) return true;
    }
  }
  switch (root) {
    case SamplerKind::kAlwaysOn:
      return true;
    case SamplerKind::kAlwaysOff:
      return false;
    case SamplerKind::kTraceIdRatio: {
      // The spec's TraceIdRatioBased: compare the trace id's random low 8 bytes with the ratio,
      // so every service makes the same decision for the same trace.
      std::uint64_t low = 0;
      for (std::size_t i = 8; i < 16; ++i) low = (low << 8) | candidate.trace_id[i];
      if (ratio >= 1.0) return true;
      if (ratio <= 0.0) return false;
      return static_cast<double>(low >> 11) < ratio * static_cast<double>(1ULL << 53);
    }
  }
  return true;
}

/// The bounded export queue and its thread. Shared with every recording Span (SpanSink), so
/// a span ending after the tracer is gone is simply dropped.
class Tracer::Queue final : public SpanSink {
 public:
  Queue(TracerOptions options, std::unique_ptr<SpanExporter> exporter)
      : options_(std::move(options)), exporter_(std::move(exporter)) {}

  void Start() {
    thread_ = std::thread([this] { Run(); });
  }

  void Stop() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
  }

  void Submit(SpanData&& span) override {
    {
      std::lock_guard lock(mutex_);
      if (stopping_ || queue_.size() >= options_.max_queue) {
        ++dropped_;
        return;
      }
      queue_.push_back(std::move(span));
      ++submitted_;
      if (queue_.size() < options_.max_batch) return;
    }
    wake_.notify_one();
  }

  Status Flush(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    const std::int64_t target = submitted_;
    flush_requested_ = true;
    wake_.notify_all();
    if (!handled_.wait_for(lock, timeout, [&] { return handed_over_ >= target; })) {
      return Fail(Error::Retryable("span export did not finish within the flush timeout"));
    }
    return {};
  }

  std::int64_t exported() const { return exported_.load(); }
  std::int64_t dropped() const {
    std::lock_guard lock(mutex_);
    return dropped_ + export_failed_.load();
  }

 private:
  void Run() {
    std::unique_lock lock(mutex_);
    while (true) {
      wake_.wait_for(lock, options_.export_interval, [&] {
        return stopping_ || flush_requested_ || queue_.size() >= options_.max_batch;
      });
      while (!queue_.empty()) {
        std::vector<SpanData> batch;
        const std::size_t count = std::min(queue_.size(), options_.max_batch);
        batch.reserve(count);
        for (std::size_t i = 0; i < count; ++i) {
          batch.push_back(std::move(queue_.front()));
          queue_.pop_front();
        }
        lock.unlock();
        ExportBatch(batch);
        lock.lock();
        handed_over_ += static_cast<std::int64_t>(batch.size());
      }
      flush_requested_ = false;
      handled_.notify_all();
      if (stopping_) return;
    }
  }

  void ExportBatch(const std::vector<SpanData>& batch) {
    Status status;
    try {
      status = exporter_->Export(batch);
    } catch (const std::exception& error) {
      status = Fail(Error::Retryable(error.what()));
    }
    if (status) {
      exported_ += static_cast<std::int64_t>(batch.size());
      return;
    }
    export_failed_ += static_cast<std::int64_t>(batch.size());
    // Rate-limited by construction: at most one line per export interval.
    log::Warn(
        "span export failed; spans dropped",
        {{"error", status.error().message}, {"spans", static_cast<std::int64_t>(batch.size())}});
  }

  TracerOptions options_;
  std::unique_ptr<SpanExporter> exporter_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable handled_;
  std::deque<SpanData> queue_;
  bool stopping_ = false;
  bool flush_requested_ = false;
  std::int64_t submitted_ = 0;
  std::int64_t handed_over_ = 0;
  std::int64_t dropped_ = 0;
  std::atomic<std::int64_t> exported_{0};
  std::atomic<std::int64_t> export_failed_{0};
  std::thread thread_;
};

Tracer::Tracer() = default;

Tracer::Tracer(TracerOptions options, std::unique_ptr<SpanExporter> exporter)
    : enabled_(exporter != nullptr), sampler_(options.sampler) {
  if (!enabled_) return;
  queue_ = std::make_shared<Queue>(std::move(options), std::move(exporter));
  queue_->Start();
}

Tracer::~Tracer() {
  if (!queue_) return;
  (void)queue_->Flush(std::chrono::seconds(2));
  queue_->Stop();
}

Span Tracer::StartSpan(std::string name, SpanKind kind, const TraceContext* parent,
                       std::vector<TraceContext> links) {
  SpanData data;
  const bool has_parent = parent != nullptr && parent->valid();
  data.context = has_parent ? parent->Child() : TraceContext::NewRoot();
  if (has_parent) data.parent_span_id = parent->span_id;
  // Off, the tracer passes the sampled flag on untouched so a downstream service that does
  // record still sees the caller's decision.
  if (!enabled_) return Span(std::move(data), nullptr);
  const bool sampled = sampler_.ShouldSample(has_parent ? parent : nullptr, data.context, links);
  data.context.flags = sampled ? (data.context.flags | 0x01) : (data.context.flags & ~0x01);
  if (!sampled) return Span(std::move(data), nullptr);
  data.name = std::move(name);
  data.kind = kind;
  data.start_unix_nanos = UnixNanosNow();
  data.links = std::move(links);
  return Span(std::move(data), queue_);
}

Status Tracer::Flush(std::chrono::milliseconds timeout) {
  if (!queue_) return {};
  return queue_->Flush(timeout);
}

std::int64_t Tracer::exported() const { return queue_ ? queue_->exported() : 0; }
std::int64_t Tracer::dropped() const { return queue_ ? queue_->dropped() : 0; }

}  // namespace chatfleet::trace
