#include "workers/meetings/reported_speech.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string_view>

#include "workers/meetings/word_helpers.h"

namespace chatfleet::meetings {
namespace {

using word_helpers::OneOf;
using word_helpers::Words;

bool ReportingVerb(std::string_view w, Language language) {
  switch (language) {
    case Language::kEn:
      return OneOf(w, {"said", "says", "told", "tells", "mentioned"});
    case Language::kRu:
      return OneOf(w, {"сказал", "сказала", "сказали", "говорит", "говорят", "говорил", "говорила",
                       "пишет", "написал", "написала"});
    case Language::kEs:
      return OneOf(w, {"dice", "dicen", "dijo", "dijeron", "comenta", "comento"});
    case Language::kPt:
      return OneOf(w, {"disse", "diz", "dizem", "disseram", "falou", "contou"});
  }
  return false;
}

// The writer or the reader as the subject or the speaker: "I said", "ты говорил".
bool FirstOrSecondPerson(std::string_view w, Language language) {
  switch (language) {
    case Language::kEn:
      return OneOf(w, {"i",      "i'm",   "im",     "i'll",  "ill", "i'd",   "me",
                       "my",     "we",    "we're",  "we'll", "us",  "our",   "you",
                       "you're", "youre", "you'll", "your",  "u",   "let's", "lets"});
    case Language::kRu:
      return OneOf(w, {"я", "мне", "меня", "мой", "моя", "мы", "нас", "нам", "наш", "наша", "нашу",
                       "ты", "тебе", "тебя", "вы", "вас", "вам", "давай", "давайте"});
    case Language::kEs:
      // A verb in the first person plural too: "dice que cenamos".
      return OneOf(w, {"yo", "me", "mi", "nos", "nosotros", "tu", "te", "ti", "usted", "ustedes",
                       "os"}) ||
             (w.size() >= 6 && w.ends_with("mos"));
    case Language::kPt:
      return OneOf(w, {"eu", "me", "mim", "nos", "gente", "voce", "vc", "te", "ti", "tu"}) ||
             (w.size() >= 6 && w.ends_with("mos"));
  }
  return false;
}

// "brother", "мама", "hermana", "vizinho": a person the writer speaks of, not to.
bool PersonNoun(std::string_view w, Language language) {
  switch (language) {
    case Language::kEn:
      return OneOf(
          w, {"brother",   "sister",    "mom",        "mum",     "dad",     "mother",  "father",
              "son",       "daughter",  "wife",       "husband", "boss",    "friend",  "neighbor",
              "neighbour", "cousin",    "aunt",       "uncle",   "grandma", "grandpa", "roommate",
              "colleague", "boyfriend", "girlfriend", "parents", "kids"});
    case Language::kRu:
      return OneOf(w, {"брат", "сестра", "мама", "папа", "муж", "жена", "сын", "дочь", "друг",
                       "подруга", "сосед", "соседка", "начальник", "начальница", "коллега"});
    case Language::kEs:
      return OneOf(
          w, {"padre",  "madre", "hermano", "hermana", "hijo",   "hija",   "jefe",   "jefa",
              "marido", "mujer", "esposo",  "esposa",  "amigo",  "amiga",  "vecino", "vecina",
              "primo",  "prima", "tio",     "tia",     "abuelo", "abuela", "novio",  "novia"});
    case Language::kPt:
      return OneOf(w, {"pai",    "mae",    "irmao",  "irma",  "filho", "filha",    "chefe",
                       "marido", "esposa", "mulher", "amigo", "amiga", "vizinho",  "vizinha",
                       "primo",  "prima",  "tio",    "tia",   "avo",   "namorado", "namorada"});
  }
  return false;
}

bool ThirdPersonPossessive(std::string_view w, Language language) {
  switch (language) {
    case Language::kEn:
      return OneOf(w, {"my", "his", "her", "their"});
    case Language::kRu:
      return OneOf(w, {"мой", "моя", "его", "её", "ее", "их"});
    case Language::kEs:
      return OneOf(w, {"mi", "su", "tu"});
    case Language::kPt:
      return OneOf(w, {"meu", "minha", "seu", "sua", "teu", "tua"});
  }
  return false;
}

// Having or going to do something, said of a third person: "has", "are having", "tem", "vão".
bool ThirdPersonPlanVerb(std::string_view w, Language language) {
  switch (language) {
    case Language::kEn:
      return OneOf(w, {"has", "is", "are", "have"});
    case Language::kRu:
      return false;
    case Language::kEs:
      return OneOf(w, {"tiene", "tienen", "va", "van"});
    case Language::kPt:
      return OneOf(w, {"tem", "vai", "vao", "teem"});
  }
  return false;
}

bool Article(std::string_view w, Language language) {
  if (language == Language::kPt) return OneOf(w, {"o", "a", "os", "as"});
  if (language == Language::kEs) return OneOf(w, {"el", "la"});
  return false;
}

bool WordAt(const std::vector<Token>& tokens, std::size_t k) {
  return k < tokens.size() && tokens[k].kind == Token::Kind::kWord;
}

bool StartsSentence(const std::vector<Token>& tokens, std::size_t k) {
  return k == 0 || tokens[k - 1].EndsSentence();
}

// Where the subject before the verb at `verb` starts when it is a third person the writer
// names: "my brother", "o meu pai", "Jen and Mark", "o Pedro e a Marta"; nullopt otherwise.
std::optional<std::size_t> ThirdPersonSubject(const std::vector<Token>& tokens, std::size_t verb,
                                              Language language) {
  if (verb < 2 || !WordAt(tokens, verb - 1)) return std::nullopt;
  std::size_t k = verb - 1;
  if (PersonNoun(tokens[k].text, language) && WordAt(tokens, k - 1) &&
      ThirdPersonPossessive(tokens[k - 1].text, language)) {
    k -= 1;
    if (k > 0 && WordAt(tokens, k - 1) && Article(tokens[k - 1].text, language)) k -= 1;
    return StartsSentence(tokens, k) ? std::optional<std::size_t>(k) : std::nullopt;
  }
  // Two names joined: each may carry its article in Portuguese and Spanish.
  const auto skip_article = [&](std::size_t at) {
    return at > 0 && WordAt(tokens, at - 1) && Article(tokens[at - 1].text, language) ? at - 1 : at;
  };
  std::size_t second = skip_article(k);
  if (second < 2 || !WordAt(tokens, second - 1) ||
      !OneOf(tokens[second - 1].text, {"and", "e", "y", "и"})) {
    return std::nullopt;
  }
  const std::size_t first = second - 2;
  if (!WordAt(tokens, first) || FirstOrSecondPerson(tokens[first].text, language) ||
      Article(tokens[first].text, language)) {
    return std::nullopt;
  }
  k = skip_article(first);
  return StartsSentence(tokens, k) ? std::optional<std::size_t>(k) : std::nullopt;
}

}  // namespace

bool StatesOthersPlan(const std::vector<Token>& tokens, std::size_t i, Language language) {
  if (!WordAt(tokens, i) || !ThirdPersonPlanVerb(tokens[i].text, language)) return false;
  const auto subject = ThirdPersonSubject(tokens, i, language);
  if (!subject) return false;
  for (std::size_t k = i + 1; k < tokens.size() && !tokens[k].EndsSentence(); ++k) {
    if (WordAt(tokens, k) && FirstOrSecondPerson(tokens[k].text, language)) return false;
  }
  return true;
}

// The question words are the same across the four languages' spellings, so the language is
// not needed to read them.
bool AsksWhoDoesIt(const std::vector<Token>& tokens, std::size_t i, Language /*language*/) {
  if (!WordAt(tokens, i) || !StartsSentence(tokens, i) ||
      !OneOf(tokens[i].text, {"who", "who's", "whos", "quem", "quien", "кто"})) {
    return false;
  }
  // "Who's in for pizza?", "Quem topa?", "¿Quién se apunta?", "Кто со мной?": a call to join.
  const std::string_view next = WordAt(tokens, i + 1) ? std::string_view(tokens[i + 1].text) : "";
  const std::string_view after = WordAt(tokens, i + 2) ? std::string_view(tokens[i + 2].text) : "";
  if (OneOf(next, {"in",   "up",    "down",   "coming", "joining", "wants", "want",   "free",
                   "keen", "topa",  "vem",    "quer",   "anima",   "viene", "quiere", "se",
                   "со",   "хочет", "пойдёт", "пойдет", "идёт",    "идет",  "поедет"}) ||
      (OneOf(next, {"is", "will", "would"}) && OneOf(after, {"in", "up", "down", "coming"}))) {
    return false;
  }
  std::size_t k = i + 1;
  while (k < tokens.size() && !tokens[k].EndsSentence()) ++k;
  return k < tokens.size() && tokens[k].IsPunct('?');
}

bool ReportsOthersPlan(const std::vector<Token>& tokens, std::size_t i, Language language) {
  if (i == 0 || tokens[i].kind != Token::Kind::kWord || !ReportingVerb(tokens[i].text, language)) {
    return false;
  }
  // The speaker is a third person: a name or a noun, not "I said".
  const Token& speaker = tokens[i - 1];
  if (speaker.kind != Token::Kind::kWord || FirstOrSecondPerson(speaker.text, language)) {
    return false;
  }
  std::size_t k = i + 1;
  for (; k < tokens.size() && !tokens[k].EndsSentence(); ++k) {
    if (tokens[k].kind == Token::Kind::kWord && FirstOrSecondPerson(tokens[k].text, language)) {
      return false;
    }
  }
  return k > i + 1;
}

}  // namespace chatfleet::meetings
