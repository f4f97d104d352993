#include "workers/meetings/reported_speech.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "workers/meetings/person_words.h"
#include "workers/meetings/word_helpers.h"

namespace chatfleet::meetings {
namespace {

using person_words::FirstOrSecondPerson;
using person_words::PersonNoun;
using person_words::PossessiveBeforePerson;
using word_helpers::Before;
using word_helpers::OneOf;
using word_helpers::TextAt;

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

// Having or going to do something, said of a third person: "has", "are having", "tem", "vão".
bool ThirdPersonPlanVerb(std::string_view w, Language language) {
  switch (language) {
    case Language::kEn:
      return OneOf(w, {"has", "is", "are", "have"});
    case Language::kRu:
    case Language::kEs:
    case Language::kPt:
      return false;
  }
  return false;
}

bool Article(std::string_view w, Language language) {
  if (language == Language::kPt) return OneOf(w, {"o", "a", "os", "as"});
  if (language == Language::kEs) return OneOf(w, {"el", "la", "los", "las"});
  return language == Language::kEn && w == "the";
}

// "Mum has", "Papa has a zoom": kin said as a name, without a possessive, opening the sentence.
bool KinAsAName(std::string_view w, Language language) {
  return language == Language::kEn &&
         OneOf(w, {"mum", "mom", "dad", "papa", "hubby", "grandma", "grandpa"});
}

bool WordAt(const std::vector<Token>& tokens, std::size_t k) {
  return k < tokens.size() && tokens[k].kind == Token::Kind::kWord;
}

bool StartsSentence(const std::vector<Token>& tokens, std::size_t k) {
  return k == 0 || tokens[k - 1].EndsSentence();
}

std::size_t SentenceStart(const std::vector<Token>& tokens, std::size_t k) {
  while (k > 0 && !tokens[k - 1].EndsSentence()) --k;
  return k;
}

// The sentence's subject may follow what a spoken sentence opens with: "pois é a minha mãe
// tem", "ну у мамы завтра", "well, my sister has".
bool OpensSentence(const std::vector<Token>& tokens, std::size_t k, Language language) {
  std::size_t s = SentenceStart(tokens, k);
  while (s < k) {
    const std::size_t filler = person_words::OpeningFiller(tokens, s, language);
    if (filler == 0) break;
    s += filler;
    if (s < tokens.size() && tokens[s].IsPunct(',')) ++s;
  }
  return s == k;
}

// "but I'm not going", "pero yo trabajo", "mas eu tô sem grana", "а я сплю": a contrast whose
// subject is the writer sets the writer apart from the plan before it; it does not join it.
// "so I don't have to do anything": a consequence that frees the writer of the plan does too,
// and one told of the third person.
bool SetsTheWriterApart(const std::vector<Token>& tokens, std::size_t j) {
  const bool writer = OneOf(TextAt(tokens, j + 1), {"i", "i'm", "im", "yo", "eu", "я"});
  if (OneOf(tokens[j].text, {"but", "pero", "mas", "а", "но"})) return writer;
  if (!tokens[j].IsWord("so")) return false;
  // "so she's offline, ping me instead": a consequence told of the third person is theirs.
  if (OneOf(TextAt(tokens, j + 1), {"she's", "he's", "they're", "she'll", "he'll", "they'll"})) {
    return true;
  }
  return writer &&
         OneOf(TextAt(tokens, j + 2), {"don't", "dont", "can't", "cant", "won't", "wont"});
}

// The sentence of token k names the writer or the reader, other than as the possessive of a
// third person ("my sister", "your brother's", "мой брат") or past a contrast that sets the
// writer apart.
bool SentenceNamesWriterOrReader(const std::vector<Token>& tokens, std::size_t k,
                                 Language language) {
  for (std::size_t j = SentenceStart(tokens, k); j < tokens.size() && !tokens[j].EndsSentence();
       ++j) {
    if (j > k && WordAt(tokens, j) && SetsTheWriterApart(tokens, j)) return false;
    if (!WordAt(tokens, j) || !FirstOrSecondPerson(tokens[j].text, language)) continue;
    const bool possessive = PossessiveBeforePerson(tokens[j].text, language) &&
                            WordAt(tokens, j + 1) && PersonNoun(tokens[j + 1].text, language);
    if (!possessive) return true;
  }
  return false;
}

// "Jake's got", "Ana's got": a name with the clitic of "has" before "got".
bool NameHasGot(const std::vector<Token>& tokens, std::size_t verb) {
  if (verb == 0 || !tokens[verb].IsWord("got") || !WordAt(tokens, verb - 1)) return false;
  const std::string_view w = tokens[verb - 1].text;
  return w.size() > 3 && w.ends_with("'s") &&
         !OneOf(w, {"it's", "that's", "what's", "there's", "here's", "he's", "she's", "who's",
                    "let's", "how's", "where's", "when's"});
}

// Russian third person present: "уезжают", "идут", "едет", "собирается".
bool RussianThirdPersonVerb(std::string_view w) {
  if (w.size() < 8) return false;  // four letters or more
  for (const std::string_view ending : {"ет", "ит", "ут", "ют", "ат", "ят"}) {
    if (w.ends_with(ending)) return true;
    if (w.ends_with(std::string(ending) + "ся")) return true;
  }
  return false;
}

// "Родители в субботу уезжают", "Мой брат завтра сдаёт", "Лена с Максом идут": a third
// person opens the sentence and a verb in the third person follows in its clause.
bool RussianThirdPersonSubject(const std::vector<Token>& tokens, std::size_t i,
                               std::string_view text, const Lexicon& lexicon) {
  if (!WordAt(tokens, i) || !OpensSentence(tokens, i, Language::kRu)) return false;
  std::size_t k = i;
  if (PossessiveBeforePerson(tokens[k].text, Language::kRu) && WordAt(tokens, k + 1)) ++k;
  const bool person = PersonNoun(tokens[k].text, Language::kRu);
  // Two names: "Лена с Максом", "Саша и Оля" (not "Встреча с Максом": an event word).
  const bool names = !person && OneOf(TextAt(tokens, k + 1), {"с", "и"}) && WordAt(tokens, k + 2) &&
                     person_words::TypedCapitalized(text, tokens[k]) &&
                     person_words::TypedCapitalized(text, tokens[k + 2]) &&
                     !lexicon.events.Match(tokens, k);
  if (!person && !names) return false;
  std::size_t j = names ? k + 3 : k + 1;
  if (j < tokens.size() && tokens[j].IsPunct(',')) return false;  // "Мама, ужин в 7": spoken to
  for (; j < tokens.size() && !tokens[j].EndsSentence() && !tokens[j].IsPunct(','); ++j) {
    if (WordAt(tokens, j) && RussianThirdPersonVerb(tokens[j].text)) return true;
  }
  return false;
}

// "У Саши завтра собеседование", "у моей сестры концерт", "у него операция": Russian states
// what a person has with "у" and the person in the genitive, opening the sentence. After the
// event ("новоселье у Кати", "ужин у родителей") "у" is the place the chat goes to.
bool RussianPossession(const std::vector<Token>& tokens, std::size_t i, std::string_view text) {
  if (!tokens[i].IsWord("у") || !WordAt(tokens, i + 1) ||
      !OpensSentence(tokens, i, Language::kRu)) {
    return false;
  }
  const std::string_view owner = tokens[i + 1].text;
  return person_words::RussianPersonGenitive(owner) ||
         (PossessiveBeforePerson(owner, Language::kRu) && WordAt(tokens, i + 2)) ||
         person_words::TypedCapitalized(text, tokens[i + 1]);
}

// Where the subject before the verb at `verb` starts when it is a third person the writer
// names: "my brother", "o meu pai", "Jen and Mark", "o Pedro e a Marta"; nullopt otherwise.
std::optional<std::size_t> ThirdPersonSubject(const std::vector<Token>& tokens, std::size_t verb,
                                              Language language) {
  if (verb < 1 || !WordAt(tokens, verb - 1)) return std::nullopt;
  std::size_t k = verb - 1;
  // Read once: es/pt ask it before almost every word.
  const bool person = PersonNoun(tokens[k].text, language);
  if (person && WordAt(tokens, k - 1) && PossessiveBeforePerson(tokens[k - 1].text, language)) {
    k -= 1;
    if (k > 0 && WordAt(tokens, k - 1) && Article(tokens[k - 1].text, language)) k -= 1;
    return OpensSentence(tokens, k, language) ? std::optional<std::size_t>(k) : std::nullopt;
  }
  // "the neighbours", "los muchachos", "a galera", "o chefe"; "Papa" alone.
  if (person && WordAt(tokens, k - 1) && Article(tokens[k - 1].text, language) &&
      OpensSentence(tokens, k - 1, language)) {
    return k - 1;
  }
  if (person && KinAsAName(tokens[k].text, language) && OpensSentence(tokens, k, language)) {
    return k;
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
  return OpensSentence(tokens, k, language) ? std::optional<std::size_t>(k) : std::nullopt;
}

// "my sister's going", "my dad's driving": the clitic of "is" on the person before an -ing form.
bool PersonIsDoing(const std::vector<Token>& tokens, std::size_t i) {
  const std::string_view w = tokens[i].text;
  return w.size() >= 5 && w.ends_with("ing") && Before(tokens, i).ends_with("'s");
}

}  // namespace

bool StatesOthersPlan(const std::vector<Token>& tokens, std::size_t i, std::string_view text,
                      const Lexicon& lexicon) {
  const Language language = lexicon.language;
  if (!WordAt(tokens, i)) return false;
  if (language == Language::kRu) {
    return (RussianPossession(tokens, i, text) ||
            RussianThirdPersonSubject(tokens, i, text, lexicon)) &&
           !SentenceNamesWriterOrReader(tokens, i, language);
  }
  // es/pt mark the person on the verb, so any verb after the subject counts ("mis padres
  // salen", "os meus pais partem"); English says it with "has", "is", "'s got".
  const bool verb = language == Language::kEs || language == Language::kPt
                        ? !FirstOrSecondPerson(tokens[i].text, language)
                        : ThirdPersonPlanVerb(tokens[i].text, language) ||
                              tokens[i].IsWord("got") || PersonIsDoing(tokens, i);
  if (!verb) return false;
  const bool subject = ThirdPersonSubject(tokens, i, language).has_value() ||
                       (NameHasGot(tokens, i) && OpensSentence(tokens, i - 1, language));
  return subject && !SentenceNamesWriterOrReader(tokens, i, language);
}

bool AsksAboutOthersPlan(const std::vector<Token>& tokens, std::size_t i, std::string_view text,
                         Language language) {
  if (language != Language::kEn || !WordAt(tokens, i) || StartsSentence(tokens, i)) return false;
  const std::string_view w = tokens[i].text;
  if (w.size() < 4 || !w.ends_with("'s")) return false;
  const bool person = PersonNoun(w, language) || person_words::TypedCapitalized(text, tokens[i]);
  return person && word_helpers::AsksTheReader(tokens, i) &&
         !SentenceNamesWriterOrReader(tokens, i, language);
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
