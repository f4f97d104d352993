#include "shared/core/utf8.h"

#include <algorithm>
#include <cstdint>

namespace chatfleet {
namespace {

bool IsContinuation(std::uint8_t byte) { return (byte & 0xC0) == 0x80; }

/// What a lead byte announces: the sequence length and the range its second byte must fall in.
struct SequenceShape {
  std::size_t length = 0;  // 0: the byte starts no sequence
  std::uint8_t low = 0x80;
  std::uint8_t high = 0xBF;
};

// Ranges from RFC 3629 section 4: narrowing the second byte excludes overlongs (E0, F0),
// surrogates (ED) and code points above U+10FFFF (F4) before anything is decoded.
SequenceShape ShapeOf(std::uint8_t lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return {2};
  if (lead == 0xE0) return {3, 0xA0};
  if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) return {3};
  if (lead == 0xED) return {3, 0x80, 0x9F};
  if (lead == 0xF0) return {4, 0x90};
  if (lead >= 0xF1 && lead <= 0xF3) return {4};
  if (lead == 0xF4) return {4, 0x80, 0x8F};
  return {};
}

}  // namespace

DecodedCodePoint DecodeMultiByteCodePoint(std::string_view text, std::size_t i) {
  const auto* data = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::uint8_t lead = data[i];
  if (lead < 0x80) return {lead, 1, true};
  const DecodedCodePoint invalid{lead, 1, false};
  const SequenceShape shape = ShapeOf(lead);
  if (shape.length == 0 || shape.length > text.size() - i) return invalid;
  if (data[i + 1] < shape.low || data[i + 1] > shape.high) return invalid;
  char32_t code = lead & (0x7F >> shape.length);
  for (std::size_t k = 1; k < shape.length; ++k) {
    if (!IsContinuation(data[i + k])) return invalid;
    code = (code << 6) | (data[i + k] & 0x3F);
  }
  return {code, shape.length, true};
}

std::size_t FindInvalidUtf8(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    const DecodedCodePoint decoded = DecodeCodePoint(bytes, i);
    if (!decoded.valid) return i;
    i += decoded.length;
  }
  return std::string_view::npos;
}

void AppendMultiByteUtf8(std::string& out, char32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

std::size_t CountCodePoints(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return !IsContinuation(static_cast<std::uint8_t>(c));
  }));
}

std::string_view CutUtf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  while (end > 0 && IsContinuation(static_cast<std::uint8_t>(text[end]))) --end;
  return text.substr(0, end);
}

}  // namespace chatfleet
