#include "workers/meetings/zone_words.h"

#include <array>
#include <utility>

namespace chatfleet::meetings {
namespace {

// Normalized words (lower case) → zone. Only abbreviations that are no word of en/ru/es/pt
// ("WET"/"WEST" are left out for that reason).
constexpr std::array<std::pair<std::string_view, std::string_view>, 22> kZones{{
    {"est", "America/New_York"},
    {"edt", "America/New_York"},
    {"et", "America/New_York"},
    {"cst", "America/Chicago"},
    {"cdt", "America/Chicago"},
    {"ct", "America/Chicago"},
    {"mst", "America/Denver"},
    {"mdt", "America/Denver"},
    {"pst", "America/Los_Angeles"},
    {"pdt", "America/Los_Angeles"},
    {"pt", "America/Los_Angeles"},
    {"utc", "UTC"},
    {"gmt", "UTC"},
    {"bst", "Europe/London"},
    {"cet", "Europe/Paris"},
    {"cest", "Europe/Paris"},
    {"eet", "Europe/Athens"},
    {"eest", "Europe/Athens"},
    {"msk", "Europe/Moscow"},
    {"мск", "Europe/Moscow"},
    {"brt", "America/Sao_Paulo"},

    {"ist", "Asia/Kolkata"},
}};

// "по Москве", "по мск", "hora de Brasília": a place's time said with words.
std::optional<std::string_view> PlaceTime(const std::vector<Token>& tokens, std::size_t i) {
  if (i + 1 >= tokens.size()) return std::nullopt;
  const std::string_view first = tokens[i].text;
  const std::string_view second = tokens[i + 1].text;
  if (first == "по" && (second == "москве" || second == "мск")) return "Europe/Moscow";
  if (first == "de" && (second == "brasilia" || second == "brasil") && i > 0 &&
      tokens[i - 1].text == "hora") {
    return "America/Sao_Paulo";
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string_view> ZoneNamed(const std::vector<Token>& tokens, std::size_t first,
                                          std::size_t last) {
  for (std::size_t i = first; i < tokens.size() && i <= last + 2; ++i) {
    if (tokens[i].kind != Token::Kind::kWord) continue;
    for (const auto& [word, zone] : kZones) {
      if (tokens[i].text == word) return zone;
    }
    if (const auto zone = PlaceTime(tokens, i)) return zone;
  }
  return std::nullopt;
}

}  // namespace chatfleet::meetings
