#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace chatfleet {

/// One step of decoding: the code point that starts at a byte and how many bytes it spans.
struct DecodedCodePoint {
  char32_t code = 0;       ///< the code point; for an invalid sequence, the lone lead byte
  std::size_t length = 1;  ///< bytes consumed, 1 to 4; an invalid sequence consumes one byte
  bool valid = false;      ///< false for overlongs, surrogates, > U+10FFFF, bad or cut tails
};

/// The one UTF-8 decoder of the tree (RFC 3629): decodes the sequence that starts at byte `i`
/// of `text` (i < text.size()). Never reads past the end and never throws, so a loop that adds
/// `length` always advances; an invalid sequence yields its lead byte alone, marked invalid.
/// Inline for ASCII: every tokenizer, escaper and detector of a message calls it per character,
/// and most characters of most chats are ASCII.
DecodedCodePoint DecodeMultiByteCodePoint(std::string_view text, std::size_t i);
inline DecodedCodePoint DecodeCodePoint(std::string_view text, std::size_t i) {
  const auto lead = static_cast<std::uint8_t>(text[i]);
  if (lead < 0x80) return {lead, 1, true};
  return DecodeMultiByteCodePoint(text, i);
}

/// Returns the byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and
/// code points above U+10FFFF are invalid), or npos when the whole input is valid.
std::size_t FindInvalidUtf8(std::string_view bytes);

inline bool IsValidUtf8(std::string_view bytes) {
  return FindInvalidUtf8(bytes) == std::string_view::npos;
}

/// Decodes the code point at byte `i` of `text` (i < text.size()) and moves `i` past it; an
/// invalid sequence decodes as its lead byte alone (see DecodeCodePoint).
inline std::uint32_t NextCodePoint(std::string_view text, std::size_t& i) {
  const DecodedCodePoint decoded = DecodeCodePoint(text, i);
  i += decoded.length;
  return decoded.code;
}

/// Appends the UTF-8 encoding (1 to 4 bytes) of `code`, a code point up to U+10FFFF. Inline
/// for ASCII, as DecodeCodePoint.
void AppendMultiByteUtf8(std::string& out, char32_t code);
inline void AppendUtf8(std::string& out, char32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
    return;
  }
  AppendMultiByteUtf8(out, code);
}

/// Code points in UTF-8 text: the bytes that are not continuation bytes, so a stray
/// continuation byte counts for nothing and an invalid lead byte for one.
std::size_t CountCodePoints(std::string_view text);

/// The longest prefix of `text` of at most `max_bytes` bytes that does not end inside a
/// multi-byte sequence (all of `text` when it fits).
std::string_view CutUtf8(std::string_view text, std::size_t max_bytes);

}  // namespace chatfleet
