#include "workers/meetings/past_tense.h"

#include <algorithm>
#include <initializer_list>

#include "workers/meetings/word_helpers.h"

namespace chatfleet::meetings {
namespace {

using word_helpers::OneOf;

bool StartsWithAny(std::string_view word, std::initializer_list<std::string_view> stems) {
  return std::any_of(stems.begin(), stems.end(),
                     [word](std::string_view stem) { return word.starts_with(stem); });
}

bool English(const std::vector<Token>& tokens, std::size_t i) {
  const std::string_view w = tokens[i].text;
  if (w.size() < 5 || !w.ends_with("ed")) return false;
  // Plans made in the past tense, and adjectives that end like it.
  if (StartsWithAny(w, {"book",    "schedul",  "plan",      "arrang",  "organi", "invit",
                        "confirm", "mov",      "reschedul", "postpon", "suppos", "expect",
                        "need",    "interest", "excit",     "tir",     "requir", "register",
                        "sign",    "reserv",   "set",       "push",    "bump",   "pencil",
                        "slott",   "decid",    "agre",      "hundred", "red"})) {
    return false;
  }
  if (word_helpers::OpensSentence(tokens, i)) return true;  // "Loved the play on Thursday at 6!"
  const std::string_view before = tokens[i - 1].text;
  return OneOf(before, {"i", "we", "they", "he", "she", "you", "everyone", "everybody"});
}

bool Russian(const std::vector<Token>& tokens, std::size_t i) {
  if (i == 0) return false;
  const std::string_view w = tokens[i].text;
  if (!OneOf(tokens[i - 1].text, {"я", "мы", "они", "он", "она", "ты", "вы"})) return false;
  const bool past = w.ends_with("л") || w.ends_with("ла") || w.ends_with("ли") ||
                    w.ends_with("ло") || w.ends_with("лся") || w.ends_with("лась") ||
                    w.ends_with("лись");
  if (!past || w.size() < 6) return false;  // bytes: at least three Cyrillic letters
  // "мы забронировали на пятницу", "записались", "договорились", "решили": plans.
  return !StartsWithAny(w, {"заброн", "бронир", "запис",   "договор", "назнач", "заплан", "приглас",
                            "решил",  "решила", "перенес", "собрал",  "хотел",  "хотела", "хотели",
                            "мог",    "могл",   "должн",   "стал",    "стала",  "стали"});
}

// The original spelling of the token: the accent normalization dropped.
std::string_view Original(const Token& t, std::string_view text) {
  return t.end <= text.size() && t.begin < t.end ? text.substr(t.begin, t.end - t.begin)
                                                 : std::string_view{};
}

bool Spanish(const std::vector<Token>& tokens, std::size_t i, std::string_view text) {
  const std::string_view w = tokens[i].text;
  const std::string_view original = Original(tokens[i], text);
  // "visité", "jugó", "llegó": a stressed final é/ó (UTF-8 C3 A9 / C3 B3) past four letters.
  if (w.size() < 5 || !(original.ends_with("\xC3\xA9") || original.ends_with("\xC3\xB3"))) {
    return false;
  }
  return !StartsWithAny(w, {"reserv", "qued", "agend", "apunt", "program", "organic", "cafe",
                            "bebe", "jose", "canape", "consome"});
}

bool Portuguese(const std::vector<Token>& tokens, std::size_t i, std::string_view text) {
  const std::string_view w = tokens[i].text;
  if (w.size() < 5 || !(w.ends_with("ei") || w.ends_with("ou"))) return false;
  // "vôlei", "pônei", "jóquei": nouns keep an accent the preterite never has.
  if (Original(tokens[i], text).size() != w.size()) return false;
  return !OneOf(w, {"estou", "tou", "vou", "sou", "dou"}) &&
         !StartsWithAny(w, {"reserv", "marc", "marq", "agend", "combin", "fic", "remarc", "confirm",
                            "convid", "deix", "pass", "mud", "adi", "orient", "show", "depois"});
}

}  // namespace

bool PastTenseVerb(const std::vector<Token>& tokens, std::size_t i, std::string_view text,
                   Language language) {
  if (i >= tokens.size() || tokens[i].kind != Token::Kind::kWord) return false;
  switch (language) {
    case Language::kEn:
      return English(tokens, i);
    case Language::kRu:
      return Russian(tokens, i);
    case Language::kEs:
      return Spanish(tokens, i, text);
    case Language::kPt:
      return Portuguese(tokens, i, text);
  }
  return false;
}

bool SharedPreteriteForm(std::string_view w, Language language) {
  if (language != Language::kEs && language != Language::kPt) return false;
  if (w.size() < 6) return false;
  if (w.ends_with("amos")) return true;
  // -ir verbs share the form too ("salimos"); irregular preterites do not ("tuvimos", "fuimos",
  // "hicimos", "dijimos", "pudimos", "vimos").
  return w.ends_with("imos") && w != "vimos" &&
         !(w.ends_with("uvimos") || w.ends_with("uimos") || w.ends_with("icimos") ||
           w.ends_with("ijimos") || w.ends_with("isimos") || w.ends_with("udimos"));
}

}  // namespace chatfleet::meetings
