#include "workers/personalization/timezone_choice.h"

#include <array>
#include <utility>
#include <vector>

#include "workers/conversation/bot_command.h"
#include "workers/meetings/meeting_extractor.h"
#include "workers/meetings/text_tokens.h"

namespace chatfleet::workers {
namespace {

// Places people name for their time, as the tokenizer folds them (lower case, no diacritics),
// with the Russian prepositional forms ("в Москве") a sentence uses.
constexpr std::array<std::pair<std::string_view, std::string_view>, 64> kPlaces = {{
    {"lisbon", "Europe/Lisbon"},
    {"lisboa", "Europe/Lisbon"},
    {"лиссабоне", "Europe/Lisbon"},
    {"porto", "Europe/Lisbon"},
    {"london", "Europe/London"},
    {"londres", "Europe/London"},
    {"лондоне", "Europe/London"},
    {"madrid", "Europe/Madrid"},
    {"мадриде", "Europe/Madrid"},
    {"barcelona", "Europe/Madrid"},
    {"paris", "Europe/Paris"},
    {"париже", "Europe/Paris"},
    {"berlin", "Europe/Berlin"},
    {"berlim", "Europe/Berlin"},
    {"берлине", "Europe/Berlin"},
    {"rome", "Europe/Rome"},
    {"roma", "Europe/Rome"},
    {"amsterdam", "Europe/Amsterdam"},
    {"warsaw", "Europe/Warsaw"},
    {"варшаве", "Europe/Warsaw"},
    {"moscow", "Europe/Moscow"},
    {"moscu", "Europe/Moscow"},
    {"moscou", "Europe/Moscow"},
    {"москве", "Europe/Moscow"},
    {"москва", "Europe/Moscow"},
    {"петербурге", "Europe/Moscow"},
    {"питере", "Europe/Moscow"},
    {"kyiv", "Europe/Kyiv"},
    {"kiev", "Europe/Kyiv"},
    {"киеве", "Europe/Kyiv"},
    {"минске", "Europe/Minsk"},
    {"minsk", "Europe/Minsk"},
    {"istanbul", "Europe/Istanbul"},
    {"стамбуле", "Europe/Istanbul"},
    {"тбилиси", "Asia/Tbilisi"},
    {"tbilisi", "Asia/Tbilisi"},
    {"екатеринбурге", "Asia/Yekaterinburg"},
    {"новосибирске", "Asia/Novosibirsk"},
    {"владивостоке", "Asia/Vladivostok"},
    {"алматы", "Asia/Almaty"},
    {"almaty", "Asia/Almaty"},
    {"jerusalem", "Asia/Jerusalem"},
    {"dubai", "Asia/Dubai"},
    {"tokyo", "Asia/Tokyo"},
    {"sydney", "Australia/Sydney"},
    {"toronto", "America/Toronto"},
    {"chicago", "America/Chicago"},
    {"denver", "America/Denver"},
    {"angeles", "America/Los_Angeles"},  // Los Angeles
    {"york", "America/New_York"},        // New York, Nueva York, Nova York
    {"йорке", "America/New_York"},       // в Нью-Йорке
    {"mexico", "America/Mexico_City"},   // Ciudad de México, Mexico City
    {"cdmx", "America/Mexico_City"},
    {"monterrey", "America/Monterrey"},
    {"guadalajara", "America/Mexico_City"},
    {"bogota", "America/Bogota"},
    {"lima", "America/Lima"},
    {"santiago", "America/Santiago"},
    {"buenos", "America/Argentina/Buenos_Aires"},  // Buenos Aires
    {"paulo", "America/Sao_Paulo"},                // São Paulo
    {"rio", "America/Sao_Paulo"},
    {"brasilia", "America/Sao_Paulo"},
    {"manaus", "America/Manaus"},
    {"utc", "UTC"},
}};

std::optional<std::string> PlaceZone(std::string_view word) {
  for (const auto& [place, zone] : kPlaces) {
    if (word == place) return std::string(zone);
  }
  return std::nullopt;
}

// The words that open a statement about where the user is; the place follows within a few
// words ("I'm in Lisbon time", "я сейчас в Москве", "estou em São Paulo").
constexpr std::array<std::string_view, 15> kOpeners = {
    "i'm in",           "im in",    "i am in",           "my timezone is",
    "i live in",        "я в",      "я сейчас в",        "я живу в",
    "мой часовой пояс", "estoy en", "vivo en",           "mi zona horaria es",
    "estou em",         "moro em",  "meu fuso horario e"};

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  for (const auto& token : meetings::Tokenize(text)) {
    if (token.kind == meetings::Token::Kind::kWord) words.emplace_back(token.text);
  }
  return words;
}

bool StartsWith(const std::vector<std::string>& words, std::size_t at, std::string_view phrase) {
  std::size_t i = at;
  while (!phrase.empty()) {
    const auto space = phrase.find(' ');
    const std::string_view word = phrase.substr(0, space);
    if (i >= words.size() || words[i] != word) return false;
    ++i;
    phrase = space == std::string_view::npos ? std::string_view{} : phrase.substr(space + 1);
  }
  return true;
}

std::size_t PhraseLength(std::string_view phrase) {
  std::size_t words = 1;
  for (char c : phrase) words += c == ' ' ? 1 : 0;
  return words;
}

}  // namespace

std::string_view TimezoneSourceName(TimezoneSource source) {
  switch (source) {
    case TimezoneSource::kGuess:
      return "guess";
    case TimezoneSource::kEvent:
      return "event";
    case TimezoneSource::kChosen:
      return "chosen";
    case TimezoneSource::kDefault:
      break;
  }
  return "default";
}

TimezoneSource ParseTimezoneSource(std::string_view name) {
  for (auto source : {TimezoneSource::kGuess, TimezoneSource::kEvent, TimezoneSource::kChosen}) {
    if (TimezoneSourceName(source) == name) return source;
  }
  return TimezoneSource::kDefault;
}

std::optional<TimezoneStatement> FindTimezoneStatement(std::string_view text) {
  if (const auto argument = CommandArgument(text, "/timezone")) {
    TimezoneStatement statement{"", std::string(*argument), true};
    if (!argument->empty() && meetings::LocateZone(*argument)) {
      statement.zone = std::string(*argument);
      return statement;
    }
    for (const auto& word : Words(*argument)) {
      if (auto zone = PlaceZone(word)) {
        statement.zone = *zone;
        break;
      }
    }
    return statement;
  }
  const auto words = Words(text);
  for (std::size_t i = 0; i < words.size(); ++i) {
    for (const auto opener : kOpeners) {
      if (!StartsWith(words, i, opener)) continue;
      const std::size_t from = i + PhraseLength(opener);
      for (std::size_t w = from; w < words.size() && w < from + 4; ++w) {
        if (auto zone = PlaceZone(words[w])) return TimezoneStatement{*zone, words[w], false};
      }
    }
  }
  return std::nullopt;
}

std::optional<std::string> GuessZoneFromPhoneNumber(std::string_view digits) {
  // Calling codes of countries that keep one zone (mainland and islands alike).
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 40> kCountries = {{
      {"20", "Africa/Cairo"},        {"27", "Africa/Johannesburg"},
      {"30", "Europe/Athens"},       {"31", "Europe/Amsterdam"},
      {"32", "Europe/Brussels"},     {"33", "Europe/Paris"},
      {"36", "Europe/Budapest"},     {"39", "Europe/Rome"},
      {"40", "Europe/Bucharest"},    {"41", "Europe/Zurich"},
      {"43", "Europe/Vienna"},       {"44", "Europe/London"},
      {"45", "Europe/Copenhagen"},   {"46", "Europe/Stockholm"},
      {"47", "Europe/Oslo"},         {"48", "Europe/Warsaw"},
      {"49", "Europe/Berlin"},       {"51", "America/Lima"},
      {"53", "America/Havana"},      {"54", "America/Argentina/Buenos_Aires"},
      {"57", "America/Bogota"},      {"58", "America/Caracas"},
      {"81", "Asia/Tokyo"},          {"82", "Asia/Seoul"},
      {"86", "Asia/Shanghai"},       {"90", "Europe/Istanbul"},
      {"91", "Asia/Kolkata"},        {"234", "Africa/Lagos"},
      {"254", "Africa/Nairobi"},     {"353", "Europe/Dublin"},
      {"358", "Europe/Helsinki"},    {"375", "Europe/Minsk"},
      {"380", "Europe/Kyiv"},        {"420", "Europe/Prague"},
      {"502", "America/Guatemala"},  {"506", "America/Costa_Rica"},
      {"507", "America/Panama"},     {"591", "America/La_Paz"},
      {"598", "America/Montevideo"}, {"972", "Asia/Jerusalem"},
  }};
  if (digits.size() < 8 || digits.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  for (const auto& [code, zone] : kCountries) {
    if (digits.starts_with(code)) return std::string(zone);
  }
  return std::nullopt;
}

}  // namespace chatfleet::workers
