#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace chatfleet::workers {

/// One stored message as the renderer needs it (a chat_history row).
struct StoredMessage {
  std::int64_t id = 0;
  std::string user_id;
  std::optional<std::string> user_name;  // NULL for the bot and unnamed senders
  std::string role;                      // user | assistant | system
  std::string content;
  std::string source;  // text | voice
  std::string platform_message_id;
  std::string sent_at;  // RFC 3339
};

struct RenderedMessage {
  const StoredMessage* message = nullptr;
  /// The line, held by the HistoryRenderer that rendered it (or the message's own content).
  std::string_view rendered;
  bool from_current_user = false;
};

struct RenderLimits {
  /// Newest messages kept at most.
  std::size_t max_messages = 20;
  /// Budget for the rendered text (UTF-8 bytes, about 4 per token); the newest message is
  /// always kept even when it alone is over.
  std::size_t max_chars = 8000;
};

/// The display name as it may appear inside a "[Name]" label: control and format characters
/// (newlines, bidi overrides, zero-width) become spaces, square brackets and their look-alikes
/// (fullwidth, lenticular …) become parentheses, runs of spaces collapse, and the result is
/// trimmed; an empty result falls back to "User <id>" (the id sanitized the same way).
/// Everything else (emoji, RTL, long names) is kept as given. Pure.
std::string SafeDisplayName(const std::optional<std::string>& name, std::string_view user_id);

/// A speaker's label as a transcript without a point of view writes it (the summarizers): in a
/// group the same labels as HistoryRenderer's without "(you)"; in a direct message "(user)",
/// "(bot)" or "(system)". Pure.
std::string SpeakerLabel(const StoredMessage& message, bool group);

/// Text as it may follow a label on a line: HistoryRenderer's escaping (one line, nothing in it
/// can open a label). Pure.
std::string EscapeLineText(std::string_view text);

/// Renders the recent history of conversations for prompts. In a group every line is
/// "<label>: <text>", the label being "[Name]" for another person, "[Name] (you)" for the current
/// user, "(bot)" for the bot and "(system)" for system notices: a name stays inside its brackets
/// (it holds none), and the fleet's markers stand outside them. The text is one line, escaped so
/// that it can never open with a label: a backslash doubles, a line break becomes "\n", other
/// control characters spaces, bidi embeddings/overrides/isolates are dropped, and a bracket or
/// parenthesis (or a look-alike) that begins the text or a line of it (after blanks) gets a
/// backslash. In a direct message (the user and the bot, told apart by role) the text is the
/// content, unchanged.
///
/// A batch's contexts show the same messages again and again, and a message's line differs only
/// by whether its author is the one the history is rendered for: each line is rendered once per
/// side and kept, so a renderer serves one batch (it keys on the messages' addresses). The views
/// it returns point into it and into the messages: valid while both are. Not thread-safe.
class HistoryRenderer {
 public:
  /// `messages` oldest first and from one conversation, rendered from the perspective of
  /// `current_user_id`; the result keeps that order after trimming to `limits` from the oldest
  /// side.
  std::vector<RenderedMessage> Render(std::span<const StoredMessage> messages,
                                      std::string_view current_user_id, bool group,
                                      const RenderLimits& limits);

 private:
  struct LineKey {
    const StoredMessage* message;
    bool authored_by_viewer;
    bool operator==(const LineKey&) const = default;
  };
  struct LineKeyHash {
    std::size_t operator()(const LineKey& key) const {
      return std::hash<const void*>{}(key.message) * 2 + key.authored_by_viewer;
    }
  };
  std::string_view Line(const StoredMessage& message, std::string_view current_user_id, bool group);

  /// Node-based: a line's address survives later insertions.
  std::unordered_map<LineKey, std::string, LineKeyHash> lines_;
};

}  // namespace chatfleet::workers
