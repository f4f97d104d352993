#include "workers/embeddings/embedding_codec.h"

#include <algorithm>
#include <cmath>

namespace chatfleet::workers {

std::vector<std::int8_t> Quantize(const Embedding& embedding) {
  float largest = 0;
  for (float v : embedding) largest = std::max(largest, std::fabs(v));
  std::vector<std::int8_t> out(embedding.size(), 0);
  if (largest == 0) return out;
  for (std::size_t i = 0; i < embedding.size(); ++i) {
    out[i] = static_cast<std::int8_t>(std::lround(embedding[i] * 127.0f / largest));
  }
  return out;
}

std::string ToByteaHex(std::span<const std::int8_t> bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out = "\\x";
  out.reserve(2 + bytes.size() * 2);
  for (std::int8_t b : bytes) {
    const auto u = static_cast<unsigned char>(b);
    out += kDigits[u >> 4];
    out += kDigits[u & 15];
  }
  return out;
}

std::optional<std::vector<std::int8_t>> FromByteaHex(std::string_view text) {
  if (!text.starts_with("\\x") || text.size() % 2 != 0) return std::nullopt;
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::vector<std::int8_t> out((text.size() - 2) / 2);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const int high = nibble(text[2 + 2 * i]);
    const int low = nibble(text[3 + 2 * i]);
    if (high < 0 || low < 0) return std::nullopt;
    out[i] = static_cast<std::int8_t>(static_cast<unsigned char>(high << 4 | low));
  }
  return out;
}

double Cosine(const Embedding& query, std::span<const std::int8_t> stored) {
  if (query.empty() || query.size() != stored.size()) return 0;
  double dot = 0, qq = 0, ss = 0;
  for (std::size_t i = 0; i < query.size(); ++i) {
    dot += static_cast<double>(query[i]) * stored[i];
    qq += static_cast<double>(query[i]) * query[i];
    ss += static_cast<double>(stored[i]) * stored[i];
  }
  if (qq == 0 || ss == 0) return 0;
  return dot / std::sqrt(qq * ss);
}

}  // namespace chatfleet::workers
