#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "chatfleet/v1/chat_event.pb.h"
#include "chatfleet/v1/conversation_context.pb.h"
#include "workers/conversation/conversation_key.h"
#include "workers/personalization/language_detector.h"
#include "workers/personalization/timezone_choice.h"

namespace chatfleet::workers {

/// A user's profile is per tenant, bot, platform and platform user id.
struct ProfileKey {
  std::string tenant, bot, platform, user_id;
  auto operator<=>(const ProfileKey&) const = default;
};

struct Profile {
  std::string display_name;
  std::string persona;
  std::optional<std::string> language;
  std::string timezone;
  /// RFC 3339, seconds ("2026-11-22T10:00:00Z"): as stored, or for a profile this batch
  /// creates the snapshot's `now`, which the store writes as its created_at.
  std::string created_at;
  /// The user chose `language` themselves (`/language xx`): no detection replaces it.
  bool language_explicit = false;
  /// Where `timezone` came from: the user's own statement or `/timezone` beats the event's
  /// `sender.timezone`, which beats a guess from a WhatsApp number, which beats the default.
  TimezoneSource timezone_source = TimezoneSource::kDefault;
};

struct BotDefaults {
  std::string persona;
  std::optional<std::string> language;
  std::string timezone;
};

struct ConversationState {
  std::optional<std::string> language;
  /// The most common language of the conversation's latest stored messages.
  std::optional<std::string> history_language;
};

/// What the personalization stage needs, loaded once per batch with set-based queries.
struct PersonalizationSnapshot {
  std::map<ProfileKey, Profile> profiles;
  std::map<std::pair<std::string, std::string>, BotDefaults> bot_defaults;  // (tenant, bot)
  std::map<ConversationKey, ConversationState> conversations;
  /// The batch's time (RFC 3339, seconds, UTC): the created_at of the profiles it creates.
  std::string now;
};

struct PersonalizationDefaults {
  std::string persona = "a helpful assistant";
  std::string timezone = "UTC";
  std::string language = "en";
  DetectorOptions detector;
};

struct LanguageDecision {
  std::string language;
  v1::LanguageSource source = v1::LANGUAGE_SOURCE_DEFAULT;
};

/// The reply language: the user's explicit choice (a profile language set with `/language`)
/// → a confident detection of the message itself (a long sentence: the user switched language)
/// → the profile's learned language → the conversation's → the recent history's → a weak
/// detection of the message (DETECTED_WEAK) → the default. A short, mixed or ambiguous message
/// ("ok", "👍", "o build quebrou de novo") is never confident, so it cannot flip an established
/// language; nothing the user writes flips a chosen one. Pure.
LanguageDecision ResolveLanguage(const Detection& detection,
                                 const std::optional<std::string>& profile_language,
                                 const std::optional<std::string>& conversation_language,
                                 const std::optional<std::string>& history_language,
                                 const std::string& default_language,
                                 bool profile_language_explicit = false);

/// What a message says as a `/language` command ("/language es", "/language@bot pt-BR" as
/// Telegram sends it in groups, "/language auto" to go back to detection).
struct LanguageCommand {
  enum class Kind { kNone, kChoose, kAuto, kInvalid };
  Kind kind = Kind::kNone;
  /// kChoose: the catalog's code ("pt" for "pt-BR"); kInvalid: what was given ("" for none).
  std::string language;
};
LanguageCommand ParseLanguageCommand(std::string_view text);

struct PersonalizedEvent {
  Profile profile;
  LanguageDecision language;
  /// The profile's language as the context shows it, and where it comes from: CHOSEN, PROFILE,
  /// the reply language's source on the message that taught it, or DEFAULT (the configured
  /// default shown for a profile that has learned none yet).
  LanguageDecision profile_language;
  /// What the message says of the user's zone (FindTimezoneStatement), for the later stages
  /// that answer it, so that the batch parses it once.
  std::optional<TimezoneStatement> timezone_statement = std::nullopt;
};

struct PersonalizationEffects {
  /// Upserts: new profiles, display-name and learned-language changes (last state per key).
  std::map<ProfileKey, Profile> profiles;
  /// The latest resolved language per conversation.
  std::map<ConversationKey, std::string> conversation_languages;
};

/// A `/language` command naming no language the fleet writes in: ignored, and reported.
struct IgnoredLanguageCommand {
  std::size_t index;     // of the event in the batch
  std::string language;  // as given
};

struct PersonalizationResult {
  /// Per input event; empty for the bot's and system messages and where the stage is off.
  std::vector<std::optional<PersonalizedEvent>> events;
  std::vector<IgnoredLanguageCommand> ignored_language_commands;
  /// The language to store with each event's history row (empty optional: unknown).
  std::vector<std::optional<std::string>> row_languages;
  PersonalizationEffects effects;
};

ProfileKey ProfileKeyOf(const v1::ChatEvent& event);

/// The personalization stage over one poll batch, in order: creates missing profiles (defaults
/// per tenant and bot, else `defaults`), follows display names, takes a `/language xx` command
/// as the user's explicit choice (from that message on), resolves each user message's language
/// and learns it on confident detections unless the user chose one; later events of the batch
/// see the effects of earlier ones. `enabled[i]` is the feature flag for event i. Pure.
PersonalizationResult Personalize(const std::vector<const v1::ChatEvent*>& events,
                                  const std::vector<bool>& enabled,
                                  const PersonalizationSnapshot& snapshot,
                                  const PersonalizationDefaults& defaults);

}  // namespace chatfleet::workers
