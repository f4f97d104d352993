#include "workers/meetings/reported_speech.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace chatfleet::meetings {
namespace {

using Words = std::initializer_list<std::string_view>;

bool OneOf(std::string_view word, Words words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

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

}  // namespace

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
