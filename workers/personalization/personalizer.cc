#include "workers/personalization/personalizer.h"

#include "shared/i18n/locale.h"
#include "workers/meetings/meeting_extractor.h"

namespace chatfleet::workers {

LanguageDecision ResolveLanguage(const Detection& detection,
                                 const std::optional<std::string>& profile_language,
                                 const std::optional<std::string>& conversation_language,
                                 const std::optional<std::string>& history_language,
                                 const std::string& default_language,
                                 bool profile_language_explicit) {
  if (profile_language && profile_language_explicit) {
    return {*profile_language, v1::LANGUAGE_SOURCE_CHOSEN};
  }
  if (detection.confident && !detection.language.empty()) {
    return {detection.language, v1::LANGUAGE_SOURCE_DETECTED};
  }
  if (profile_language) return {*profile_language, v1::LANGUAGE_SOURCE_PROFILE};
  if (conversation_language) return {*conversation_language, v1::LANGUAGE_SOURCE_CONVERSATION};
  if (history_language) return {*history_language, v1::LANGUAGE_SOURCE_HISTORY};
  if (!detection.language.empty()) return {detection.language, v1::LANGUAGE_SOURCE_DETECTED_WEAK};
  return {default_language, v1::LANGUAGE_SOURCE_DEFAULT};
}

LanguageCommand ParseLanguageCommand(std::string_view text) {
  constexpr std::string_view kBlanks = " \t\r\n";
  constexpr std::string_view kCommand = "/language";
  const auto begin = text.find_first_not_of(kBlanks);
  if (begin == std::string_view::npos) return {};
  std::string_view rest = text.substr(begin);
  if (!rest.starts_with(kCommand)) return {};
  rest.remove_prefix(kCommand.size());
  if (rest.starts_with('@')) {  // "/language@clinic_bot es": the bot it is addressed to
    const auto end = rest.find_first_of(kBlanks);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end);
  } else if (!rest.empty() && kBlanks.find(rest.front()) == std::string_view::npos) {
    return {};  // "/languages", "/language_x": another command
  }
  const auto code_begin = rest.find_first_not_of(kBlanks);
  if (code_begin == std::string_view::npos) return {LanguageCommand::Kind::kInvalid, ""};
  rest.remove_prefix(code_begin);
  const auto code_end = rest.find_first_of(kBlanks);
  const std::string_view code = rest.substr(0, code_end);
  const bool alone = code_end == std::string_view::npos ||
                     rest.find_first_not_of(kBlanks, code_end) == std::string_view::npos;
  if (!alone) return {LanguageCommand::Kind::kInvalid, std::string(rest)};
  if (code == "auto") return {LanguageCommand::Kind::kAuto, ""};
  if (const auto locale = i18n::ParseLocale(code)) {
    return {LanguageCommand::Kind::kChoose, std::string(i18n::LocaleCode(*locale))};
  }
  return {LanguageCommand::Kind::kInvalid, std::string(code)};
}

namespace {

/// A better-founded timezone than the profile's, if the message brings one: the user's own
/// statement, the platform's or bot's `sender.timezone`, or a guess from a WhatsApp number.
std::optional<std::pair<std::string, TimezoneSource>> ChooseTimezone(
    const v1::ChatEvent& event, const std::optional<TimezoneStatement>& statement,
    const Profile& user) {
  const auto better =
      [&](std::string zone,
          TimezoneSource source) -> std::optional<std::pair<std::string, TimezoneSource>> {
    if (source < user.timezone_source) return std::nullopt;
    if (zone == user.timezone && source == user.timezone_source) return std::nullopt;
    return std::pair{std::move(zone), source};
  };
  if (statement && !statement->zone.empty()) {
    return better(statement->zone, TimezoneSource::kChosen);
  }
  if (const std::string& zone = event.sender().timezone();
      !zone.empty() && meetings::LocateZone(zone)) {
    return better(zone, TimezoneSource::kEvent);
  }
  if (user.timezone_source == TimezoneSource::kDefault &&
      event.platform() == v1::PLATFORM_WHATSAPP) {
    if (auto zone = GuessZoneFromPhoneNumber(event.sender().user_id())) {
      return better(*zone, TimezoneSource::kGuess);
    }
  }
  return std::nullopt;
}

}  // namespace

ProfileKey ProfileKeyOf(const v1::ChatEvent& event) {
  return {event.tenant(), event.bot(), PlatformName(event.platform()), event.sender().user_id()};
}

PersonalizationResult Personalize(const std::vector<const v1::ChatEvent*>& events,
                                  const std::vector<bool>& enabled,
                                  const PersonalizationSnapshot& snapshot,
                                  const PersonalizationDefaults& defaults) {
  PersonalizationResult result;
  result.events.resize(events.size());
  result.row_languages.resize(events.size());
  // Working copies: later events of the batch see what earlier ones changed.
  std::map<ProfileKey, Profile> profiles;
  std::map<ConversationKey, ConversationState> conversations;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const v1::ChatEvent& event = *events[i];
    const ConversationKey conversation_key = ConversationKeyOf(event);
    auto [conversation, new_conversation] = conversations.try_emplace(conversation_key);
    if (new_conversation) {
      if (auto found = snapshot.conversations.find(conversation_key);
          found != snapshot.conversations.end()) {
        conversation->second = found->second;
      }
    }
    ConversationState& state = conversation->second;
    const bool person = event.role() == v1::ROLE_USER && !event.sender().is_bot();
    if (!enabled[i] || !person) {
      // The bot answers in the conversation's language: index its words with that language.
      result.row_languages[i] = state.language;
      continue;
    }
    const ProfileKey profile_key = ProfileKeyOf(event);
    auto [profile, new_profile] = profiles.try_emplace(profile_key);
    bool changed = false;
    if (new_profile) {
      if (auto found = snapshot.profiles.find(profile_key); found != snapshot.profiles.end()) {
        profile->second = found->second;
      } else {
        const auto bot = snapshot.bot_defaults.find({event.tenant(), event.bot()});
        const bool has_bot = bot != snapshot.bot_defaults.end();
        profile->second.persona = has_bot ? bot->second.persona : defaults.persona;
        profile->second.timezone =
            has_bot && !bot->second.timezone.empty() ? bot->second.timezone : defaults.timezone;
        profile->second.language = has_bot ? bot->second.language : std::nullopt;
        profile->second.created_at = snapshot.now;
        changed = true;
      }
    }
    Profile& user = profile->second;
    if (!event.sender().display_name().empty() &&
        user.display_name != event.sender().display_name()) {
      user.display_name = event.sender().display_name();
      changed = true;
    }
    std::optional<TimezoneStatement> timezone_statement = FindTimezoneStatement(event.text());
    if (auto zone = ChooseTimezone(event, timezone_statement, user)) {
      user.timezone = std::move(zone->first);
      user.timezone_source = zone->second;
      changed = true;
    }
    // The user's own choice takes effect on the message that makes it.
    switch (const LanguageCommand command = ParseLanguageCommand(event.text()); command.kind) {
      case LanguageCommand::Kind::kChoose:
        if (user.language != command.language || !user.language_explicit) changed = true;
        user.language = command.language;
        user.language_explicit = true;
        break;
      case LanguageCommand::Kind::kAuto:
        if (user.language_explicit) changed = true;
        user.language_explicit = false;
        break;
      case LanguageCommand::Kind::kInvalid:
        result.ignored_language_commands.push_back({i, command.language});
        break;
      case LanguageCommand::Kind::kNone:
        break;
    }
    // A language the user chose is the reply language whatever they write, and nothing is
    // learned from a detection then: the detector (CLD2, the stage's dearest step) is not run.
    const bool chosen = user.language && user.language_explicit;
    const Detection detection =
        chosen ? Detection{} : DetectLanguage(event.text(), defaults.detector);
    const LanguageDecision decision =
        ResolveLanguage(detection, user.language, state.language, state.history_language,
                        defaults.language, user.language_explicit);
    // Learn the language from a confident detection, or from the first real evidence.
    const bool learn = (detection.confident && decision.source == v1::LANGUAGE_SOURCE_DETECTED) ||
                       (!user.language && decision.source != v1::LANGUAGE_SOURCE_DEFAULT);
    LanguageDecision shown{user.language.value_or(defaults.language),
                           user.language_explicit ? v1::LANGUAGE_SOURCE_CHOSEN
                           : user.language        ? v1::LANGUAGE_SOURCE_PROFILE
                                                  : v1::LANGUAGE_SOURCE_DEFAULT};
    if (learn && user.language != decision.language) {
      user.language = decision.language;
      shown = decision;
      changed = true;
    }
    if (changed) result.effects.profiles[profile_key] = user;
    // The default is no evidence: recorded as the conversation's (or the row's) language, it
    // would outrank the weak detection of the user's next message ("👍" then "привет").
    if (decision.source != v1::LANGUAGE_SOURCE_DEFAULT) {
      state.language = decision.language;
      result.effects.conversation_languages[conversation_key] = decision.language;
      result.row_languages[i] = decision.language;
    }
    result.events[i] = PersonalizedEvent{user, decision, shown, std::move(timezone_statement)};
  }
  return result;
}

}  // namespace chatfleet::workers
