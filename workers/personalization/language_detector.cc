#include "workers/personalization/language_detector.h"

#include <cld2/public/compact_lang_det.h>

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>

namespace chatfleet::workers {
namespace {

struct Letters {
  std::size_t latin = 0;
  std::size_t cyrillic = 0;
  std::size_t hebrew = 0;
  std::size_t total() const { return latin + cyrillic + hebrew; }
};

std::uint32_t Decode(std::string_view text, std::size_t& i) {
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

bool IsLatinLetter(std::uint32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

Letters CountLetters(std::string_view text) {
  Letters letters;
  for (std::size_t i = 0; i < text.size();) {
    const std::uint32_t c = Decode(text, i);
    if (IsLatinLetter(c))
      ++letters.latin;
    else if (c >= 0x400 && c <= 0x4FF)
      ++letters.cyrillic;
    else if (c >= 0x590 && c <= 0x5FF)
      ++letters.hebrew;
  }
  return letters;
}

// Lowercase ASCII and the Latin-1 capitals of Spanish and Portuguese, keep letters, turn the
// rest into spaces: enough to look short Latin-script words up.
std::string Normalize(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    std::uint32_t c = Decode(text, i);
    if (c >= 'A' && c <= 'Z') c += 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) c += 32;
    if (c < 0x80) {
      out += (IsLatinLetter(c) || c == '\'') ? static_cast<char>(c) : ' ';
    } else if (IsLatinLetter(c)) {
      // Re-encode the (possibly lowered) two-byte Latin letter.
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

// Greetings, thanks and one-word replies CLD2 is not built for (it needs a sentence). Only
// words that belong to one of the supported Latin-script languages; shared words ("no",
// "ok", "hola" is Spanish only) are left out or given to the language that owns them.
const std::unordered_map<std::string, std::string>& Lexicon() {
  static const std::unordered_map<std::string, std::string> lexicon{
      {"hi", "en"},       {"hello", "en"},     {"hey", "en"},     {"thanks", "en"},
      {"thank", "en"},    {"yes", "en"},       {"yeah", "en"},    {"yep", "en"},
      {"nope", "en"},     {"please", "en"},    {"bye", "en"},     {"sure", "en"},
      {"great", "en"},    {"good", "en"},      {"morning", "en"}, {"night", "en"},
      {"cool", "en"},     {"sorry", "en"},     {"what", "en"},    {"when", "en"},
      {"where", "en"},    {"why", "en"},       {"how", "en"},     {"the", "en"},
      {"you", "en"},      {"is", "en"},        {"it", "en"},      {"and", "en"},
      {"see", "en"},      {"later", "en"},     {"fine", "en"},    {"awesome", "en"},
      {"right", "en"},    {"agreed", "en"},    {"welcome", "en"}, {"hola", "es"},
      {"gracias", "es"},  {"sí", "es"},        {"vale", "es"},    {"adiós", "es"},
      {"adios", "es"},    {"buenos", "es"},    {"buenas", "es"},  {"días", "es"},
      {"noches", "es"},   {"tardes", "es"},    {"claro", "es"},   {"perfecto", "es"},
      {"genial", "es"},   {"qué", "es"},       {"cómo", "es"},    {"estás", "es"},
      {"muchas", "es"},   {"por", "es"},       {"favor", "es"},   {"hasta", "es"},
      {"luego", "es"},    {"mañana", "es"},    {"dónde", "es"},   {"cuándo", "es"},
      {"bueno", "es"},    {"entendido", "es"}, {"vamos", "es"},   {"también", "es"},
      {"nada", "es"},     {"olá", "pt"},       {"oi", "pt"},      {"obrigado", "pt"},
      {"obrigada", "pt"}, {"sim", "pt"},       {"não", "pt"},     {"tchau", "pt"},
      {"bom", "pt"},      {"dia", "pt"},       {"boa", "pt"},     {"noite", "pt"},
      {"tarde", "pt"},    {"valeu", "pt"},     {"beleza", "pt"},  {"tudo", "pt"},
      {"bem", "pt"},      {"você", "pt"},      {"amanhã", "pt"},  {"até", "pt"},
      {"logo", "pt"},     {"certo", "pt"},     {"legal", "pt"},   {"ótimo", "pt"},
      {"entendi", "pt"},  {"também", "pt"},    {"então", "pt"},   {"quando", "pt"},
      {"onde", "pt"},     {"muito", "pt"},     {"obg", "pt"},
  };
  return lexicon;
}

Detection FromLexicon(std::string_view text) {
  std::unordered_map<std::string, int> votes;
  std::string normalized = Normalize(text);
  std::size_t start = 0;
  while (start < normalized.size()) {
    const std::size_t end = std::min(normalized.find(' ', start), normalized.size());
    if (end > start) {
      const auto found = Lexicon().find(normalized.substr(start, end - start));
      if (found != Lexicon().end()) ++votes[found->second];
    }
    start = end + 1;
  }
  std::string best;
  int best_votes = 0;
  bool tie = false;
  for (const auto& [language, count] : votes) {
    if (count > best_votes) {
      best = language;
      best_votes = count;
      tie = false;
    } else if (count == best_votes) {
      tie = true;
    }
  }
  if (tie || best.empty()) return {};
  return {best, false};
}

std::string Supported(CLD2::Language language) {
  switch (language) {
    case CLD2::ENGLISH:
      return "en";
    case CLD2::RUSSIAN:
      return "ru";
    case CLD2::SPANISH:
      return "es";
    case CLD2::PORTUGUESE:
      return "pt";
    case CLD2::HEBREW:
      return "he";
    default:
      return "";
  }
}

}  // namespace

Detection DetectLanguage(std::string_view text, const DetectorOptions& options) {
  const Letters letters = CountLetters(text);
  if (letters.total() == 0) return {};
  const bool long_enough = letters.total() >= options.min_letters;
  // Among the supported languages the script alone decides Hebrew and Russian.
  if (letters.hebrew * 2 > letters.total()) return {"he", long_enough};
  if (letters.cyrillic * 2 > letters.total()) return {"ru", long_enough};

  CLD2::Language top3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::ExtDetectLanguageSummary(text.data(), static_cast<int>(text.size()), true, top3, percent3,
                                 &text_bytes, &reliable);
  const std::string detected = Supported(top3[0]);
  if (long_enough && reliable && !detected.empty() && percent3[0] >= options.min_percent) {
    return {detected, true};
  }
  // Short text: a known greeting or reply word, else CLD2's guess when it is a supported
  // language (never confident).
  if (Detection lexical = FromLexicon(text); !lexical.language.empty()) return lexical;
  if (!detected.empty() && reliable) return {detected, false};
  return {};
}

}  // namespace chatfleet::workers
