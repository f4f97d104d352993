#include "workers/followups/negation.h"

#include <algorithm>
#include <vector>

#include "shared/core/utf8.h"
#include "workers/followups/cue_matcher.h"

namespace chatfleet::followups {
namespace {

const meetings::PhraseTable<int>& NegationCues() {
  static const meetings::PhraseTable<int> kCues = {
      {"i don't need", 0},   {"i dont need", 0},    {"i do not need", 0},    {"don't need", 0},
      {"dont need", 0},      {"no need for", 0},    {"i don't want", 0},     {"i do not want", 0},
      {"forget about", 0},   {"never mind", 0},     {"i no longer need", 0}, {"мне не нужен", 0},
      {"мне не нужна", 0},   {"мне не нужно", 0},   {"мне не нужны", 0},     {"не нужен", 0},
      {"не нужна", 0},       {"не нужно", 0},       {"не нужны", 0},         {"мне не надо", 0},
      {"не надо", 0},        {"не хочу", 0},        {"забудьте про", 0},     {"no necesito", 0},
      {"ya no necesito", 0}, {"no quiero", 0},      {"olvida", 0},           {"olvidate de", 0},
      {"nao preciso de", 0}, {"nao preciso do", 0}, {"nao preciso da", 0},   {"nao preciso", 0},
      {"nao quero", 0},      {"esquece", 0},        {"esqueca", 0},          {"אני לא צריך", 0},
      {"אני לא צריכה", 0},   {"לא צריך", 0},        {"לא צריכה", 0},         {"אני לא רוצה", 0},
      {"לא רוצה", 0}};
  return kCues;
}

// Words that carry no subject: articles, prepositions, pronouns.
bool Filler(std::string_view word) {
  static const std::vector<std::string_view> kFiller = {
      "the",  "a",    "an",   "any", "about",   "with",   "for", "to",  "of", "my",
      "your", "that", "this", "it",  "anymore", "с",      "со",  "на",  "к",  "по",
      "о",    "про",  "этот", "эта", "это",     "больше", "de",  "del", "la", "el",
      "los",  "las",  "un",   "una", "con",     "para",   "o",   "os",  "as", "do",
      "da",   "com",  "mais", "את",  "עם",      "של"};
  return word.size() < 3 || std::find(kFiller.begin(), kFiller.end(), word) != kFiller.end();
}

std::vector<std::string> ContentWords(std::string_view text) {
  std::vector<std::string> words;
  for (const Token& t : meetings::Tokenize(text)) {
    if (t.kind == Token::Kind::kWord && !Filler(t.text)) words.push_back(t.text);
  }
  return words;
}

// Shared prefix in code points.
std::size_t CommonPrefix(std::string_view a, std::string_view b) {
  std::size_t bytes = 0;
  while (bytes < a.size() && bytes < b.size() && a[bytes] == b[bytes]) ++bytes;
  return CountCodePoints(CutUtf8(a, bytes));  // half a code point does not count
}

// A crude stem match that survives Russian cases ("пломба/пломбой/пломбу") and English
// plurals, without a stemmer: the shared prefix covers all but two letters of the shorter.
bool SameStem(std::string_view a, std::string_view b) {
  const std::size_t shorter = std::min(CountCodePoints(a), CountCodePoints(b));
  const std::size_t needed = std::max<std::size_t>(3, shorter > 2 ? shorter - 2 : shorter);
  return shorter >= 3 && CommonPrefix(a, b) >= std::min(needed, shorter);
}

// Hebrew glues the article and prepositions to the word ("הסתימה" = "the filling"): compare
// without one leading ה ו ב ל מ ש כ as well.
std::string_view WithoutHebrewPrefix(std::string_view word) {
  static constexpr std::string_view kPrefixes[] = {"ה", "ו", "ב", "ל", "מ", "ש", "כ"};
  if (CountCodePoints(word) <= 3) return word;
  for (std::string_view prefix : kPrefixes) {
    if (word.starts_with(prefix)) return word.substr(prefix.size());
  }
  return word;
}

bool SameWord(std::string_view a, std::string_view b) {
  return SameStem(a, b) || SameStem(WithoutHebrewPrefix(a), WithoutHebrewPrefix(b)) ||
         SameStem(WithoutHebrewPrefix(a), b) || SameStem(a, WithoutHebrewPrefix(b));
}

}  // namespace

std::optional<Negation> DetectNegation(std::string_view message) {
  return DetectNegation(CueText(message));
}

std::optional<Negation> DetectNegation(const CueText& text) {
  const std::string_view message = text.text();
  const auto hit = text.Find(NegationCues());
  if (!hit) return std::nullopt;
  const auto& tokens = text.tokens();
  std::size_t first = hit->second;
  std::size_t last = first;
  for (std::size_t i = first; i < tokens.size() && !EndsSubject(tokens, i); ++i) {
    last = i + 1;
  }
  if (last == first) return std::nullopt;
  const std::size_t begin = tokens[first].begin;
  const std::size_t end = tokens[last - 1].end;
  return Negation{std::string(message.substr(begin, end - begin))};
}

bool SameSubject(std::string_view negated, std::string_view pending) {
  const auto a = ContentWords(negated);
  const auto b = ContentWords(pending);
  for (const auto& x : a) {
    for (const auto& y : b) {
      if (SameWord(x, y)) return true;
    }
  }
  return false;
}

}  // namespace chatfleet::followups
