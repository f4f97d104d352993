#pragma once

#include <string>
#include <string_view>

namespace chatfleet::workers {

/// What the message itself says about its language.
struct Detection {
  /// ISO 639-1 code of a supported language (en, ru, es, pt, he), or "" when unknown or not
  /// supported.
  std::string language;
  /// True when the text is long and clear enough to trust on its own (it may replace a user's
  /// established language); a short "ok", a mixed-script line or a transliteration never is.
  bool confident = false;
};

struct DetectorOptions {
  /// Text mostly in Hebrew or Cyrillic letters (each one supported language) is confident with
  /// at least this many letters …
  std::size_t min_letters = 12;
  /// … Latin-script text only with this many: en, es and pt share words, loans and names, and
  /// CLD2 is sure of a wrong language on short lines ("o build quebrou de novo" reads English).
  std::size_t min_latin_letters = 30;
  /// CLD2 must give the top language at least this share of the text.
  int min_percent = 70;
};

/// Language detection of short chat messages: script first (Hebrew and Cyrillic letters decide
/// on their own; a line with Cyrillic words among Latin ones, "скинь screenshot из dashboard",
/// is Russian too), then CLD2 (Debian's libcld2) for long Latin text, then a lexicon of chat
/// words CLD2 cannot classify (greetings, one-word replies, function words, Russian written in
/// Latin letters) with the letters only Spanish (ñ ¿ ¡) or Portuguese (ã õ ç) write. Words every
/// language uses ("ok", "lol", numbers, emoji) give no language. Pure and thread-safe.
Detection DetectLanguage(std::string_view text, const DetectorOptions& options = {});

}  // namespace chatfleet::workers
