#include "workers/memory/history_renderer.h"

#include <cstdint>

namespace chatfleet::workers {
namespace {

// Decodes one UTF-8 code point at `i` (the input is validated at ingest; a stray byte is
// treated as a one-byte code point so rendering never loops or throws).
std::uint32_t NextCodePoint(std::string_view text, std::size_t& i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  int length = byte < 0x80           ? 1
               : (byte >> 5) == 0x6  ? 2
               : (byte >> 4) == 0xE  ? 3
               : (byte >> 3) == 0x1E ? 4
                                     : 1;
  if (i + length > text.size()) length = 1;
  std::uint32_t code = length == 1 ? byte : byte & (0x7F >> length);
  for (int k = 1; k < length; ++k)
    code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  i += length;
  return code;
}

// Characters that could break a line, reorder what the reader sees (bidi controls, the
// "Trojan Source" trick) or hide text: C0/C1 controls, DEL, line/paragraph separators,
// zero-width and bidi format characters, BOM.
bool IsUnsafe(std::uint32_t code) {
  return code < 0x20 || (code >= 0x7F && code <= 0x9F) || code == 0x2028 || code == 0x2029 ||
         (code >= 0x200B && code <= 0x200F) || (code >= 0x202A && code <= 0x202E) ||
         (code >= 0x2060 && code <= 0x2069) || code == 0xFEFF || code == 0x061C;
}

std::string Sanitize(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const std::uint32_t code = NextCodePoint(text, i);
    if (IsUnsafe(code) || code == ' ') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    // Brackets are the prefix's own syntax: a name must not close it or open another one.
    if (code == '[') {
      out += '(';
    } else if (code == ']') {
      out += ')';
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

std::string Render(const StoredMessage& message, std::string_view current_user_id, bool group) {
  const bool person = message.role == "user";
  if (!group || !person || message.user_id == current_user_id) return message.content;
  return "[" + SafeDisplayName(message.user_name, message.user_id) + "]: " + message.content;
}

}  // namespace

std::string SafeDisplayName(const std::optional<std::string>& name, std::string_view user_id) {
  if (name) {
    std::string safe = Sanitize(*name);
    if (!safe.empty()) return safe;
  }
  return "User " + Sanitize(user_id);
}

std::vector<RenderedMessage> RenderHistory(std::span<const StoredMessage> messages,
                                           std::string_view current_user_id, bool group,
                                           const RenderLimits& limits) {
  // Walk from the newest message back while the budgets allow, then restore the order.
  std::vector<RenderedMessage> newest_first;
  std::size_t chars = 0;
  for (auto it = messages.rbegin(); it != messages.rend(); ++it) {
    if (newest_first.size() >= limits.max_messages) break;
    std::string rendered = Render(*it, current_user_id, group);
    if (!newest_first.empty() && chars + rendered.size() > limits.max_chars) break;
    chars += rendered.size();
    newest_first.push_back(
        {&*it, std::move(rendered), it->role == "user" && it->user_id == current_user_id});
  }
  return {std::make_move_iterator(newest_first.rbegin()),
          std::make_move_iterator(newest_first.rend())};
}

}  // namespace chatfleet::workers
