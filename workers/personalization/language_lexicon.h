#pragma once

#include <string>
#include <string_view>

namespace chatfleet::workers {

/// The supported language a lowercase Latin-script chat word belongs to ("obrigado" → pt,
/// "privet" → ru, transliterated), or "" when it is unknown or shared by several of them
/// ("no", "me", "para", "ok"). Greetings, one-word replies and the function words CLD2 needs a
/// sentence to see. Pure and thread-safe.
std::string_view LexiconLanguage(std::string_view word);

}  // namespace chatfleet::workers
