#pragma once

#include <cstddef>
#include <string_view>

namespace chatfleet {

/// Returns the byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and
/// code points above U+10FFFF are invalid), or npos when the whole input is valid.
std::size_t FindInvalidUtf8(std::string_view bytes);

inline bool IsValidUtf8(std::string_view bytes) {
  return FindInvalidUtf8(bytes) == std::string_view::npos;
}

}  // namespace chatfleet
