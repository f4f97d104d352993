#include "shared/trace/trace_context.h"

#include <openssl/rand.h>

#include <algorithm>
#include <cstring>
#include <random>
#include <stdexcept>

namespace chatfleet::trace {
namespace {

constexpr char kHex[] = "0123456789abcdef";

template <std::size_t N>
std::string ToHex(const std::array<std::uint8_t, N>& bytes) {
  std::string out(N * 2, '0');
  for (std::size_t i = 0; i < N; ++i) {
    out[2 * i] = kHex[bytes[i] >> 4];
    out[2 * i + 1] = kHex[bytes[i] & 0x0F];
  }
  return out;
}

int HexValue(char c) {
  // Lowercase only: the spec forbids uppercase hex in traceparent.
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

template <std::size_t N>
bool FromHex(std::string_view hex, std::array<std::uint8_t, N>& out) {
  if (hex.size() != N * 2) return false;
  for (std::size_t i = 0; i < N; ++i) {
    const int high = HexValue(hex[2 * i]);
    const int low = HexValue(hex[2 * i + 1]);
    if (high < 0 || low < 0) return false;
    out[i] = static_cast<std::uint8_t>(high << 4 | low);
  }
  return true;
}

template <std::size_t N>
bool AllZero(const std::array<std::uint8_t, N>& bytes) {
  return std::all_of(bytes.begin(), bytes.end(), [](std::uint8_t b) { return b == 0; });
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// Trace and span ids need to be unique, not secret: a per-thread generator seeded with 256 bits
// from OpenSSL. RAND_bytes for every id cost ~5 µs (its DRBG takes locks), the workers make
// several per event.
void FillIdBytes(std::uint8_t* out, std::size_t size) {
  thread_local std::mt19937_64 generator = [] {
    std::array<std::uint32_t, 8> seed{};
    FillRandom(reinterpret_cast<std::uint8_t*>(seed.data()), sizeof seed);
    std::seed_seq sequence(seed.begin(), seed.end());
    return std::mt19937_64(sequence);
  }();
  for (std::size_t i = 0; i < size; i += 8) {
    const std::uint64_t word = generator();
    std::memcpy(out + i, &word, std::min<std::size_t>(8, size - i));
  }
}

template <std::size_t N>
void FillNonZero(std::array<std::uint8_t, N>& bytes) {
  do {
    FillIdBytes(bytes.data(), bytes.size());
  } while (AllZero(bytes));
}

}  // namespace

void FillRandom(std::uint8_t* out, std::size_t size) {
  if (RAND_bytes(out, static_cast<int>(size)) != 1) {
    throw std::runtime_error("OpenSSL RAND_bytes failed: no entropy source");
  }
}

bool TraceContext::valid() const { return !AllZero(trace_id) && !AllZero(span_id); }

std::string TraceContext::TraceIdHex() const { return ToHex(trace_id); }
std::string TraceContext::SpanIdHex() const { return ToHex(span_id); }

std::string TraceContext::Traceparent() const {
  std::string out = "00-";
  out += TraceIdHex();
  out += '-';
  out += SpanIdHex();
  out += '-';
  out += kHex[flags >> 4];
  out += kHex[flags & 0x0F];
  return out;
}

TraceContext TraceContext::NewRoot() {
  TraceContext context;
  FillNonZero(context.trace_id);
  FillNonZero(context.span_id);
  context.flags = 0x01;
  return context;
}

TraceContext TraceContext::Child() const {
  TraceContext child = *this;
  FillNonZero(child.span_id);
  return child;
}

std::optional<TraceContext> ParseTraceparent(std::string_view value) {
  // version "-" trace-id "-" parent-id "-" trace-flags: 2+1+32+1+16+1+2 = 55 characters.
  constexpr std::size_t kLength = 55;
  if (value.size() < kLength) return std::nullopt;
  std::array<std::uint8_t, 1> version{};
  if (!FromHex(value.substr(0, 2), version) || version[0] == 0xff) return std::nullopt;
  if (version[0] == 0 && value.size() != kLength) return std::nullopt;
  if (version[0] != 0 && value.size() > kLength && value[kLength] != '-') return std::nullopt;
  if (value[2] != '-' || value[35] != '-' || value[52] != '-') return std::nullopt;
  TraceContext context;
  std::array<std::uint8_t, 1> flags{};
  if (!FromHex(value.substr(3, 32), context.trace_id) ||
      !FromHex(value.substr(36, 16), context.span_id) || !FromHex(value.substr(53, 2), flags)) {
    return std::nullopt;
  }
  if (!context.valid()) return std::nullopt;
  context.flags = flags[0];
  return context;
}

std::string SanitizeTracestate(std::string_view value) {
  constexpr std::size_t kMaxLength = 512;
  constexpr std::size_t kMaxMembers = 32;
  if (value.size() > kMaxLength) return {};
  const auto members = static_cast<std::size_t>(std::count(value.begin(), value.end(), ',')) + 1;
  if (members > kMaxMembers) return {};
  for (char c : value) {
    if (c < 0x20 || c > 0x7e) return {};
  }
  return std::string(value);
}

void Inject(const TraceContext& context, HeaderList& headers) {
  std::erase_if(headers, [](const auto& header) {
    return EqualsIgnoreCase(header.first, kTraceparentHeader) ||
           EqualsIgnoreCase(header.first, kTracestateHeader);
  });
  headers.emplace_back(kTraceparentHeader, context.Traceparent());
  if (!context.tracestate.empty()) headers.emplace_back(kTracestateHeader, context.tracestate);
}

std::optional<TraceContext> Extract(const HeaderList& headers) {
  std::optional<TraceContext> context;
  std::string_view tracestate;
  for (const auto& [key, value] : headers) {
    if (EqualsIgnoreCase(key, kTraceparentHeader)) {
      context = ParseTraceparent(value);
    } else if (EqualsIgnoreCase(key, kTracestateHeader)) {
      tracestate = value;
    }
  }
  if (context) context->tracestate = SanitizeTracestate(tracestate);
  return context;
}

}  // namespace chatfleet::trace
