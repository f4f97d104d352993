#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace chatfleet {

/// Returns the byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and
/// code points above U+10FFFF are invalid), or npos when the whole input is valid.
std::size_t FindInvalidUtf8(std::string_view bytes);

inline bool IsValidUtf8(std::string_view bytes) {
  return FindInvalidUtf8(bytes) == std::string_view::npos;
}

/// Decodes the code point at byte `i` of `text` (i < text.size()) and moves `i` past it. For
/// text already validated (ingest checks every event): a byte that starts no sequence, or a
/// sequence cut short by the end, decodes as that byte alone, so a loop over a string always
/// advances and never throws. Continuation bytes are not checked.
std::uint32_t NextCodePoint(std::string_view text, std::size_t& i);

}  // namespace chatfleet
