#include "workers/meetings/text_tokens.h"

#include <cstdint>

#include "shared/core/utf8.h"

namespace chatfleet::meetings {
namespace {

struct CodePoint {
  char32_t value = 0;
  std::size_t length = 1;  // bytes consumed; an invalid byte consumes one and yields 0
};

CodePoint Decode(std::string_view s, std::size_t i) {
  const DecodedCodePoint decoded = DecodeCodePoint(s, i);
  return {decoded.valid ? decoded.code : 0, decoded.length};
}

void Append(std::string& out, char32_t c) { AppendUtf8(out, c); }

bool IsLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||  // Latin-1, Latin Extended
         (c >= 0x400 && c <= 0x4FF) ||                           // Cyrillic
         (c >= 0x5D0 && c <= 0x5EA);                             // Hebrew
}

// Users type "manana", "reuniao", "sabado" as often as the accented forms, so lexicons are
// written unaccented and every word is folded before lookup.
void AppendFolded(std::string& out, char32_t c) {
  if (c >= 'A' && c <= 'Z') return Append(out, c + 32);
  if (c >= 0xC0 && c <= 0xFF) {
    static constexpr std::string_view kLatin1 =  // U+00C0..U+00FF folded, '*' = keep
        "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
        "aaaaaaaceeeeiiiidnooooo*ouuuuyty";
    const char folded = kLatin1[c - 0xC0];
    if (c == 0xDF) return out.append("ss"), void();
    if (folded != '*') return Append(out, static_cast<char32_t>(folded));
    return Append(out, c);
  }
  if (c == 0x401 || c == 0x451) return Append(out, 0x435);  // Ё ё → е
  if (c >= 0x410 && c <= 0x42F) return Append(out, c + 0x20);
  if (c >= 0x400 && c <= 0x40F) return Append(out, c + 0x50);
  Append(out, c);
}

char PunctOf(char32_t c) {
  switch (c) {
    case ':':
    case '.':
    case '/':
    case '-':
    case ',':
    case '!':
    case '?':
    case ';':
    case '(':
    case ')':
    case '@':
    case '+':
    case '\n':
      return static_cast<char>(c);
    case 0x2013:
    case 0x2014:
    case 0x2212:  // en dash, em dash, minus: "3–4 PM"
      return '-';
    default:
      return 0;
  }
}

bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == '\r' || c == 0xA0; }

// "a.m." / "p.m." arrive as a . m . ; fold them to one word so meridiem matching is simple.
// In place: most messages have none, and a copy of every token was a string copy each.
void FoldDottedMeridiem(std::vector<Token>& tokens) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    if ((t.IsWord("a") || t.IsWord("p")) && i + 2 < tokens.size() && tokens[i + 1].IsPunct('.') &&
        tokens[i + 2].IsWord("m") && !tokens[i + 1].space_before) {
      t.text += "m";
      std::size_t last = i + 2;
      if (last + 1 < tokens.size() && tokens[last + 1].IsPunct('.') &&
          !tokens[last + 1].space_before) {
        ++last;
      }
      t.end = tokens[last].end;
      if (kept != i) tokens[kept] = std::move(t);
      ++kept;
      i = last;
      continue;
    }
    if (kept != i) tokens[kept] = std::move(t);
    ++kept;
  }
  tokens.resize(kept);
}

}  // namespace

bool Token::EndsSentence() const {
  return kind == Kind::kPunct &&
         (text == "." || text == "!" || text == "?" || text == ";" || text == "\n");
}

std::string NormalizeWord(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size();) {
    const CodePoint cp = Decode(word, i);
    i += cp.length;
    if (cp.value != 0) AppendFolded(out, cp.value);
  }
  return out;
}

std::u32string CodePoints(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const CodePoint cp = Decode(text, i);
    i += cp.length;
    if (cp.value != 0) out += cp.value;
  }
  return out;
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 4 + 4);  // about a token per word: no regrowth for most messages
  bool space = false;
  std::size_t i = 0;
  while (i < text.size()) {
    const CodePoint cp = Decode(text, i);
    const char32_t c = cp.value == 0x2019 ? U'\'' : cp.value;
    if (c >= '0' && c <= '9') {
      Token t{Token::Kind::kNumber, {}, 0, 0, i, i, space};
      while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        if (t.digits < 6) t.value = t.value * 10 + (text[i] - '0');
        t.text += text[i++];
        ++t.digits;
      }
      t.end = i;
      tokens.push_back(std::move(t));
      space = false;
      continue;
    }
    if (IsLetter(c)) {
      Token t{Token::Kind::kWord, {}, 0, 0, i, i, space};
      while (i < text.size()) {
        const CodePoint w = Decode(text, i);
        const char32_t wc = w.value == 0x2019 ? U'\'' : w.value;
        if (IsLetter(wc)) {
          AppendFolded(t.text, wc);
          i += w.length;
          continue;
        }
        // Keep "meio-dia", "segunda-feira", "don't" as one word: a hyphen or apostrophe
        // between two letters.
        if ((wc == '-' || wc == '\'') && i + w.length < text.size() &&
            IsLetter(Decode(text, i + w.length).value)) {
          t.text += static_cast<char>(wc);
          i += w.length;
          continue;
        }
        break;
      }
      t.end = i;
      tokens.push_back(std::move(t));
      space = false;
      continue;
    }
    if (const char p = PunctOf(c); p != 0) {
      tokens.push_back({Token::Kind::kPunct, std::string(1, p), 0, 0, i, i + cp.length, space});
      space = p == '\n';
    } else {
      space = space || IsSpace(c) || cp.value == 0;
      if (!IsSpace(c)) space = true;  // emoji and symbols separate like spaces
    }
    i += cp.length;
  }
  FoldDottedMeridiem(tokens);
  return tokens;
}

}  // namespace chatfleet::meetings
