#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chatfleet::trace {

/// W3C Trace Context (https://www.w3.org/TR/trace-context/), version 00.
struct TraceContext {
  std::array<std::uint8_t, 16> trace_id{};
  std::array<std::uint8_t, 8> span_id{};
  std::uint8_t flags = 0;
  /// Opaque vendor state, passed along unchanged (already validated for length).
  std::string tracestate;

  bool sampled() const { return (flags & 0x01) != 0; }
  bool valid() const;

  std::string TraceIdHex() const;
  std::string SpanIdHex() const;
  /// `00-<trace id>-<span id>-<flags>`.
  std::string Traceparent() const;

  /// A new trace with fresh random ids, sampled.
  static TraceContext NewRoot();
  /// The same trace with a new span id: the context a child span runs in.
  TraceContext Child() const;
};

/// Parses a `traceparent` value. Rejects all-zero ids, bad hex, wrong lengths and version ff;
/// accepts future versions by their first four fields, as the spec asks.
std::optional<TraceContext> ParseTraceparent(std::string_view value);

/// Keeps a `tracestate` only when it is within the spec's limits (32 members, 512 chars);
/// otherwise drops it, which the spec allows.
std::string SanitizeTracestate(std::string_view value);

inline constexpr std::string_view kTraceparentHeader = "traceparent";
inline constexpr std::string_view kTracestateHeader = "tracestate";

/// Transport-neutral header list: Kafka message headers and HTTP headers both map onto it.
using HeaderList = std::vector<std::pair<std::string, std::string>>;

void Inject(const TraceContext& context, HeaderList& headers);
/// Finds `traceparent` (case-insensitive key) and the matching `tracestate`.
std::optional<TraceContext> Extract(const HeaderList& headers);

/// Cryptographically random bytes (OpenSSL's DRBG): event ids, and the seeds of the per-thread
/// generators behind trace and span ids.
void FillRandom(std::uint8_t* out, std::size_t size);

}  // namespace chatfleet::trace
