#include "workers/memory/history_renderer.h"

#include <algorithm>
#include <cstdint>

#include "shared/core/utf8.h"

namespace chatfleet::workers {
namespace {

// Characters that could break a line, reorder what the reader sees (bidi controls, the
// "Trojan Source" trick) or hide text: C0/C1 controls, DEL, line/paragraph separators,
// zero-width and bidi format characters, BOM.
bool IsUnsafe(std::uint32_t code) {
  return code < 0x20 || (code >= 0x7F && code <= 0x9F) || code == 0x2028 || code == 0x2029 ||
         (code >= 0x200B && code <= 0x200F) || (code >= 0x202A && code <= 0x202E) ||
         (code >= 0x2060 && code <= 0x2069) || code == 0xFEFF || code == 0x061C;
}

// Square brackets and the look-alikes a reader would take for them (fullwidth, white,
// lenticular, tortoise-shell …): 1 opening, 2 closing, 0 neither.
int SquareBracket(std::uint32_t code) {
  // Pairs of (opening, closing).
  constexpr std::uint32_t kPairs[][2] = {
      {'[', ']'},       {0xFF3B, 0xFF3D}, {0x27E6, 0x27E7}, {0x3010, 0x3011}, {0x3014, 0x3015},
      {0x3016, 0x3017}, {0x3018, 0x3019}, {0x301A, 0x301B}, {0x2045, 0x2046}, {0xFE47, 0xFE48},
      {0xFE5D, 0xFE5E}, {0x298B, 0x298C}, {0x298D, 0x298E}, {0x298F, 0x2990}};
  for (const auto& pair : kPairs) {
    if (code == pair[0]) return 1;
    if (code == pair[1]) return 2;
  }
  return 0;
}

// Characters a label could begin with, to a reader: brackets and parentheses and their
// look-alikes (fullwidth, small, superscript, ornamental).
bool OpensLikeALabel(std::uint32_t code) {
  return SquareBracket(code) != 0 || code == '(' || code == 0xFF08 || code == 0xFE59 ||
         code == 0x207D || code == 0x208D || code == 0x2768 || code == 0x276A || code == 0x2985 ||
         code == 0xFF5F || code == 0x3008 || code == 0x300A;
}

// Blanks a reader does not see as text before a line's first character: spaces of every
// width and the invisible format characters.
bool IsBlank(std::uint32_t code) {
  return code == ' ' || code == '\t' || code == 0xA0 || code == 0x1680 ||
         (code >= 0x2000 && code <= 0x200A) || code == 0x202F || code == 0x205F || code == 0x3000 ||
         (IsUnsafe(code) && code >= 0x80);
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
    // Brackets are the label's own syntax: a name must not close it or open another one, not
    // even with a look-alike.
    if (const int bracket = SquareBracket(code); bracket != 0) {
      out += bracket == 1 ? '(' : ')';
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

bool IsLineBreak(std::uint32_t code) {
  return code == '\n' || code == '\r' || code == 0x0B || code == 0x0C || code == 0x85 ||
         code == 0x2028 || code == 0x2029;
}

// The text as it may follow a label: one line, escaped like a string literal so that no part
// of it can read as a label. A backslash doubles, a line break (CRLF counts once) becomes "\n",
// other control characters become spaces, bidi embeddings, overrides and isolates are dropped,
// and a bracket or parenthesis (or a look-alike) that opens the text or a line of it, after any
// blanks, gets a backslash: labels begin with those.
std::string EscapeText(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  bool line_start = true;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const std::uint32_t code = NextCodePoint(text, i);
    if (IsLineBreak(code)) {
      if (code == '\r' && i < text.size() && text[i] == '\n') ++i;
      out += "\\n";
      line_start = true;
      continue;
    }
    if (code < 0x20 || (code >= 0x7F && code <= 0x9F)) {
      out += code == '\t' ? '\t' : ' ';
      continue;
    }
    // Embeddings, overrides and isolates can show the characters after them in another
    // order ("Trojan Source"): a label spelled backwards would display as one. They go.
    if ((code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069)) continue;
    if (IsBlank(code)) {
      out.append(text.substr(start, i - start));
      continue;
    }
    if (line_start && OpensLikeALabel(code)) out += '\\';
    line_start = false;
    if (code == '\\') {
      out += "\\\\";
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

// Who speaks, in a form nothing else can take: a person's name sits inside the brackets (a
// sanitized name holds no bracket, so it can neither close them early nor add a marker), and
// what the fleet itself says about the speaker — "(you)", "(bot)", "(system)" — stands outside
// any brackets, where no name and no escaped text can put anything.
std::string Label(const StoredMessage& message, std::string_view current_user_id) {
  if (message.role == "assistant") return "(bot)";
  if (message.role == "system") return "(system)";
  std::string label = "[" + SafeDisplayName(message.user_name, message.user_id) + "]";
  if (message.user_id == current_user_id) label += " (you)";
  return label;
}

}  // namespace

std::string SafeDisplayName(const std::optional<std::string>& name, std::string_view user_id) {
  if (name) {
    std::string safe = Sanitize(*name);
    if (!safe.empty()) return safe;
  }
  return "User " + Sanitize(user_id);
}

std::vector<RenderedMessage> HistoryRenderer::Render(std::span<const StoredMessage> messages,
                                                     std::string_view current_user_id, bool group,
                                                     const RenderLimits& limits) {
  // Walk from the newest message back while the budgets allow, then restore the order.
  std::vector<RenderedMessage> rendered(std::min(messages.size(), limits.max_messages));
  auto out = rendered.rbegin();
  std::size_t chars = 0;
  for (auto it = messages.rbegin(); it != messages.rend() && out != rendered.rend(); ++it) {
    const std::string_view line = Line(*it, current_user_id, group);
    if (out != rendered.rbegin() && chars + line.size() > limits.max_chars) break;
    chars += line.size();
    *out++ = {&*it, line, it->role == "user" && it->user_id == current_user_id};
  }
  rendered.erase(rendered.begin(), out.base());
  return rendered;
}

std::string_view HistoryRenderer::Line(const StoredMessage& message,
                                       std::string_view current_user_id, bool group) {
  // Two speakers only: `role` tells them apart and the text is kept exactly.
  if (!group) return message.content;
  auto [line, added] = lines_.try_emplace({&message, message.user_id == current_user_id});
  if (added) line->second = Label(message, current_user_id) + ": " + EscapeText(message.content);
  return line->second;
}

std::string SpeakerLabel(const StoredMessage& message, bool group) {
  if (group) return Label(message, {});
  if (message.role == "assistant") return "(bot)";
  if (message.role == "system") return "(system)";
  return "(user)";
}

std::string EscapeLineText(std::string_view text) { return EscapeText(text); }

}  // namespace chatfleet::workers
