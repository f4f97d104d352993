#include "workers/meetings/mood_cues.h"

#include <algorithm>
#include <initializer_list>

#include "workers/meetings/word_helpers.h"

namespace chatfleet::meetings {
namespace {

using word_helpers::OneOf;

bool EndsWithAny(std::string_view word, std::initializer_list<std::string_view> endings) {
  return std::any_of(endings.begin(), endings.end(),
                     [word](std::string_view e) { return word.ends_with(e); });
}

bool WordAt(const std::vector<Token>& tokens, std::size_t i) {
  return i < tokens.size() && tokens[i].kind == Token::Kind::kWord;
}

// The phrase at i that puts a duty on the writer, and where the verb it governs starts.
std::optional<std::size_t> DutyEnd(const std::vector<Token>& tokens, std::size_t i,
                                   Language language) {
  const auto phrase = [&](std::initializer_list<std::string_view> words) -> bool {
    std::size_t k = 0;
    for (std::string_view w : words) {
      if (!WordAt(tokens, i + k) || tokens[i + k].text != w) return false;
      ++k;
    }
    return true;
  };
  using Words = std::initializer_list<std::string_view>;
  const auto first_of = [&](std::initializer_list<Words> phrases) -> std::optional<std::size_t> {
    for (const Words& p : phrases) {
      if (phrase(p)) return i + p.size();
    }
    return std::nullopt;
  };
  switch (language) {
    case Language::kEn:
      return first_of({{"need", "to"},
                       {"needs", "to"},
                       {"have", "to"},
                       {"has", "to"},
                       {"got", "to"},
                       {"gotta"},
                       {"must"},
                       {"remember", "to"},
                       {"forget", "to"}});
    case Language::kRu:
      return first_of({{"надо"}, {"нужно"}, {"необходимо"}, {"не", "забыть"}, {"пора"}});
    case Language::kEs:
      return first_of({{"tengo", "que"},
                       {"tenemos", "que"},
                       {"hay", "que"},
                       {"me", "toca"},
                       {"necesito"},
                       {"debo"},
                       {"no", "olvidar"},
                       {"acuerdate", "de"},
                       {"recordar"}});
    case Language::kPt:
      return first_of({{"tenho", "que"},
                       {"temos", "que"},
                       {"tenho", "de"},
                       {"preciso", "de"},
                       {"preciso"},
                       {"precisamos"},
                       {"nao", "esquecer", "de"},
                       {"nao", "esquecer"},
                       {"lembrar", "de"},
                       {"devo"}});
  }
  return std::nullopt;
}

bool Infinitive(std::string_view w, Language language) {
  switch (language) {
    case Language::kEn:
      return true;  // the word after "to" / "gotta" / "must"
    case Language::kRu:
      return w.size() >= 6 && EndsWithAny(w, {"ть", "ться", "чь", "сти"});
    case Language::kEs:
    case Language::kPt:
      return w.size() >= 3 && EndsWithAny(w, {"ar", "er", "ir"});
  }
  return false;
}

// Going or being somewhere is how a plan is said with a duty: "have to go to the dentist".
bool Attendance(std::string_view w) {
  return OneOf(
      w, {"go",     "be",      "attend",   "come",    "meet", "see",    "join",   "head",   "fly",
          "пойти",  "сходить", "съездить", "поехать", "идти", "ехать",  "быть",   "прийти", "зайти",
          "успеть", "ir",      "asistir",  "estar",   "ver",  "vernos", "llegar", "passar"});
}

bool EventNounInClause(const std::vector<Token>& tokens, std::size_t from, const Lexicon& l) {
  for (std::size_t k = from; k < tokens.size(); ++k) {
    if (tokens[k].EndsSentence() || tokens[k].IsPunct(',')) break;
    if (const auto hit = l.events.Match(tokens, k); hit && hit->value == EventStrength::kNoun) {
      return true;
    }
  }
  return false;
}

// A word of a time expression: "надо завтра в 8 вынести мусор" puts the time between the duty
// and its verb.
bool TimeWord(const std::vector<Token>& tokens, std::size_t k, const Lexicon& l) {
  return tokens[k].IsNumber() || tokens[k].IsPunct(':') || l.day_offsets.Match(tokens, k) ||
         l.markers.Match(tokens, k) || l.day_parts.Match(tokens, k) ||
         l.today_parts.Match(tokens, k) || l.hour_parts.Match(tokens, k) ||
         l.weekdays.Match(tokens, k);
}

bool Chore(const std::vector<Token>& tokens, std::size_t i, const Lexicon& l) {
  auto verb_at = DutyEnd(tokens, i, l.language);
  if (!verb_at) return false;
  for (int skipped = 0; skipped < 6 && *verb_at < tokens.size() && TimeWord(tokens, *verb_at, l);
       ++skipped) {
    ++*verb_at;
  }
  if (!WordAt(tokens, *verb_at)) return false;
  const std::string_view verb = tokens[*verb_at].text;
  if (!Infinitive(verb, l.language) || Attendance(verb)) return false;
  return !EventNounInClause(tokens, *verb_at + 1, l);
}

std::string_view Original(const Token& t, std::string_view text) {
  return t.end <= text.size() && t.begin < t.end ? text.substr(t.begin, t.end - t.begin)
                                                 : std::string_view{};
}

// "would've loved", "me habría encantado", "eu teria ido": a conditional perfect is what did
// not happen.
bool Counterfactual(const std::vector<Token>& tokens, std::size_t i, Language language) {
  const std::string_view w = tokens[i].text;
  switch (language) {
    case Language::kEn:
      return OneOf(w, {"would've", "could've", "should've", "wouldve", "couldve"}) ||
             (OneOf(w, {"would", "could", "should"}) && i + 1 < tokens.size() &&
              tokens[i + 1].text == "have");
    case Language::kEs:
    case Language::kPt:
      if (!OneOf(w, {"habria", "habrias", "habriamos", "habrian", "teria", "terias", "teriamos",
                     "teriam", "hubiera", "hubieramos", "tivesse", "tivessemos"})) {
        return false;
      }
      return i + 1 < tokens.size() &&
             EndsWithAny(tokens[i + 1].text, {"ado", "ido", "ada", "ida", "to", "cho"});
    case Language::kRu:
      return false;
  }
  return false;
}

// "if it were sunny we'd go", "si no lloviera", "se não chovesse", "iríamos", "teríamos".
bool Hypothetical(const std::vector<Token>& tokens, std::size_t i, std::string_view text,
                  Language language) {
  const std::string_view w = tokens[i].text;
  if (language == Language::kEs || language == Language::kPt) {
    // "ríamos" / "rían" with the accent: the conditional (nouns like "tutorías" end in "-ías").
    // "podríamos", "poderíamos", "gustaríamos" ask for a plan politely instead.
    const std::string_view original = Original(tokens[i], text);
    const bool polite = w.starts_with("podr") || w.starts_with("poder") || w.starts_with("gust");
    if (!polite && (original.ends_with("r\xC3\xAD"
                                       "amos") ||
                    original.ends_with("r\xC3\xAD"
                                       "an"))) {
      return true;
    }
  }
  // "if you would like": a polite condition, within its clause only.
  if (language == Language::kEn && w == "if") {
    for (std::size_t k = i + 1; k < tokens.size() && k <= i + 4 && !tokens[k].EndsSentence(); ++k) {
      if (tokens[k].text == "would") return true;
    }
  }
  return Counterfactual(tokens, i, language) || OpensUnrealCondition(tokens, i, language);
}

// "не успею", "не попаду", "не пойдём": the writer will not be there.
bool NegatedFirstPerson(const std::vector<Token>& tokens, std::size_t i, Language language) {
  if (language != Language::kRu || tokens[i].text != "не" || !WordAt(tokens, i + 1)) return false;
  std::string_view verb = tokens[i + 1].text;
  // Reflexive forms carry the person before "-ся"/"-сь": "не встречаемся", "не увидимся".
  const bool reflexive = verb.size() >= 10 && EndsWithAny(verb, {"ся", "сь"});
  if (reflexive) verb.remove_suffix(std::string_view("ся").size());
  return verb.size() >= 8 && EndsWithAny(verb, {"ею", "аю", "ду", "ем", "им", "ём"}) &&
         !OneOf(verb, {"забуду", "опоздаю"});
}

// "no nos vemos", "no te veo", "não vai rolar", "a gente não se vê": a negation before a clitic
// pronoun or a form of "ir" is before a verb, so the plan is denied. "No te olvides" and "não se
// esqueça" remind instead.
bool NegatedRomanceVerb(const std::vector<Token>& tokens, std::size_t i, Language language) {
  const std::string_view w = tokens[i].text;
  const bool es = language == Language::kEs && w == "no";
  const bool pt = language == Language::kPt && w == "nao";
  if ((!es && !pt) || !WordAt(tokens, i + 1)) return false;
  const std::string_view next = tokens[i + 1].text;
  const bool clitic = es ? OneOf(next, {"me", "te", "se", "nos", "os", "lo", "la", "le", "les"})
                         : OneOf(next, {"me", "te", "se", "nos"});
  // A form of "ir", or a first-person future: "no llegaremos", "não iremos", "não chegarei".
  const bool go = (es ? OneOf(next, {"voy", "vas", "va", "vamos", "van"})
                      : OneOf(next, {"vou", "vai", "vamos", "vao"})) ||
                  next.ends_with("remos") || (pt && next.ends_with("rei"));
  // The verb may follow a second clitic: "no se te olvide".
  const auto reminds = [&](std::size_t k) {
    return k < tokens.size() &&
           (tokens[k].text.starts_with("olvid") || tokens[k].text.starts_with("esquec"));
  };
  return (clitic || go) && !reminds(i + 2) && !reminds(i + 3);
}

}  // namespace

bool OpensUnrealCondition(const std::vector<Token>& tokens, std::size_t i, Language language) {
  const std::string_view w = tokens[i].text;
  const bool conditional_if = (language == Language::kEn && w == "if") ||
                              (language == Language::kEs && w == "si") ||
                              (language == Language::kPt && w == "se");
  if (!conditional_if) return false;
  for (std::size_t k = i + 1; k < tokens.size() && k <= i + 4; ++k) {
    if (tokens[k].EndsSentence()) break;
    const std::string_view next = tokens[k].text;
    switch (language) {
      case Language::kEn:
        if (OneOf(next, {"were", "weren't", "werent", "had", "only"})) return true;
        break;
      case Language::kEs:
        if (next.size() >= 5 && EndsWithAny(next, {"iera", "ara", "iese", "ase", "ieramos"})) {
          return true;
        }
        break;
      case Language::kPt:
        if (next.size() >= 5 && EndsWithAny(next, {"sse", "ssemos", "ssem"})) return true;
        break;
      case Language::kRu:
        break;
    }
  }
  return false;
}

std::optional<Cue> MoodCueAt(const std::vector<Token>& tokens, std::size_t i, std::string_view text,
                             const Lexicon& lexicon) {
  if (i >= tokens.size() || tokens[i].kind != Token::Kind::kWord) return std::nullopt;
  if (Chore(tokens, i, lexicon) || Hypothetical(tokens, i, text, lexicon.language)) {
    return Cue::kNotPlan;
  }
  if (NegatedFirstPerson(tokens, i, lexicon.language) ||
      NegatedRomanceVerb(tokens, i, lexicon.language)) {
    return Cue::kCancel;
  }
  return std::nullopt;
}

}  // namespace chatfleet::meetings
