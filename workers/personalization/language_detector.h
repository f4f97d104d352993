#pragma once

#include <string>
#include <string_view>

namespace chatfleet::workers {

/// What the message itself says about its language.
struct Detection {
  /// ISO 639-1 code of a supported language (en, ru, es, pt, he), or "" when unknown or not
  /// supported.
  std::string language;
  /// True when the text is long and clear enough to trust on its own (may change a user's
  /// language); a short "ok" never is.
  bool confident = false;
};

struct DetectorOptions {
  /// A detection is confident only with at least this many letters …
  std::size_t min_letters = 12;
  /// … and when CLD2 gives the top language at least this share of the text.
  int min_percent = 70;
};

/// Language detection of short chat messages: script first (Hebrew and Cyrillic letters
/// decide on their own), then a small lexicon of greetings and one-word replies that CLD2
/// cannot classify, then CLD2 (Debian's libcld2) for longer text. Words that every language
/// uses ("ok", "lol", numbers, emoji) give no language. Pure and thread-safe.
Detection DetectLanguage(std::string_view text, const DetectorOptions& options = {});

}  // namespace chatfleet::workers
