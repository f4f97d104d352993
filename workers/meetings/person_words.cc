#include "workers/meetings/person_words.h"

#include "workers/meetings/word_helpers.h"

namespace chatfleet::meetings::person_words {

using word_helpers::OneOf;
using word_helpers::TextAt;

namespace {

// Russian verbs in the first person plural or the second person: "едем", "собираемся",
// "посидим", "придешь", "придете", "приходите", "не опаздывайте". Nouns end in "-ием" and
// "-ием" is no verb ending ("прием", "совещанием").
bool RussianFirstOrSecondPersonVerb(std::string_view w) {
  const auto ends = [w](std::string_view suffix) {
    return w.size() >= suffix.size() + 4 && w.ends_with(suffix);
  };
  return (ends("ем") && !ends("ием")) || ends("им") || ends("емся") || ends("имся") ||
         ends("ешь") || ends("ишь") || ends("ете") || ends("ите") || ends("йте");
}

}  // namespace

bool FirstOrSecondPerson(std::string_view w, Language language) {
  switch (language) {
    case Language::kEn:
      return OneOf(w, {"i",      "i'm",   "im",     "i'll",  "ill", "i'd",   "me",
                       "my",     "we",    "we're",  "we'll", "us",  "our",   "you",
                       "you're", "youre", "you'll", "your",  "u",   "let's", "lets"});
    case Language::kRu:
      return OneOf(w, {"я", "мне", "меня", "мой", "моя", "мы", "нас", "нам", "наш", "наша", "нашу",
                       "ты", "тебе", "тебя", "вы", "вас", "вам", "давай", "давайте"}) ||
             RussianFirstOrSecondPersonVerb(w);
    case Language::kEs:
      // A verb in the first person plural too: "dice que cenamos".
      return OneOf(w, {"yo", "me", "mi", "nos", "nosotros", "tu", "te", "ti", "usted", "ustedes",
                       "os", "voy", "vamos", "estoy", "tengo"}) ||
             (w.size() >= 6 && w.ends_with("mos"));
    case Language::kPt:
      return OneOf(w, {"eu", "me", "mim", "nos", "gente", "voce", "vc", "te", "ti", "tu", "vou",
                       "vamos", "estou", "tenho"}) ||
             (w.size() >= 6 && w.ends_with("mos"));
  }
  return false;
}

bool PersonNoun(std::string_view w, Language language) {
  switch (language) {
    case Language::kEn:
      return OneOf(w,
                   {"brother",   "sister",   "mom",       "mum",       "dad",        "mother",
                    "father",    "son",      "daughter",  "wife",      "husband",    "boss",
                    "friend",    "neighbor", "neighbour", "cousin",    "aunt",       "uncle",
                    "grandma",   "grandpa",  "roommate",  "colleague", "boyfriend",  "girlfriend",
                    "parents",   "kids",     "friends",   "neighbors", "neighbours", "colleagues",
                    "brother's", "sister's", "mom's",     "mum's",     "dad's",      "boss's",
                    "friend's",  "wife's",   "husband's", "son's",     "daughter's", "boys",
                    "girls",     "lads",     "mates",     "hubby",     "papa"});
    case Language::kRu:
      return OneOf(w, {"брат",    "сестра",   "мама",      "папа",       "муж",     "жена",
                       "сын",     "дочь",     "дочка",     "друг",       "подруга", "сосед",
                       "соседка", "соседи",   "начальник", "начальница", "шеф",     "коллега",
                       "коллеги", "родители", "дети",      "друзья",     "бабушка", "дедушка",
                       "тетя",    "дядя",     "он",        "она",        "они"});
    case Language::kEs:
      return OneOf(
          w, {"padre",  "madre",    "hermano", "hermana",   "hijo",   "hija",    "jefe",   "jefa",
              "marido", "mujer",    "esposo",  "esposa",    "amigo",  "amiga",   "vecino", "vecina",
              "primo",  "prima",    "tio",     "tia",       "abuelo", "abuela",  "novio",  "novia",
              "padres", "hermanos", "hijos",   "abuelos",   "amigos", "vecinos", "primos", "tios",
              "papa",   "mama",     "papas",   "muchachos", "suegros"});
    case Language::kPt:
      return OneOf(
          w, {"pai",    "mae",    "irmao",    "irma",     "filho",    "filha",   "chefe",  "marido",
              "esposa", "mulher", "amigo",    "amiga",    "vizinho",  "vizinha", "primo",  "prima",
              "tio",    "tia",    "avo",      "namorado", "namorada", "pais",    "irmaos", "filhos",
              "avos",   "amigos", "vizinhos", "primos",   "tios",     "galera",  "sogros"});
  }
  return false;
}

bool RussianPersonGenitive(std::string_view w) {
  return OneOf(w, {"него",       "нее",        "них",     "брата",   "сестры",    "мамы",
                   "папы",       "мужа",       "жены",    "сына",    "дочки",     "дочери",
                   "друга",      "подруги",    "соседа",  "соседки", "соседей",   "шефа",
                   "начальника", "начальницы", "коллеги", "коллег",  "родителей", "детей",
                   "бабушки",    "дедушки",    "тети",    "дяди",    "друзей"});
}

bool PossessiveBeforePerson(std::string_view w, Language language) {
  switch (language) {
    case Language::kEn:
      return OneOf(w, {"my", "his", "her", "their", "your"});
    case Language::kRu:
      return OneOf(w, {"мой", "моя", "мои", "моей", "моего", "моих", "его", "ее", "их", "твой",
                       "твоя", "твои", "твоей", "твоего", "твоих", "ваш", "ваша", "ваши"});
    case Language::kEs:
      return OneOf(w, {"mi", "su", "tu", "mis", "sus", "tus"});
    case Language::kPt:
      return OneOf(w, {"meu", "minha", "seu", "sua", "teu", "tua", "meus", "minhas", "seus", "suas",
                       "teus", "tuas"});
  }
  return false;
}

std::size_t OpeningFiller(const std::vector<Token>& tokens, std::size_t k, Language language) {
  const std::string_view w = TextAt(tokens, k);
  const std::string_view next = TextAt(tokens, k + 1);
  switch (language) {
    case Language::kEn:
      return OneOf(w, {"so", "well", "oh", "btw", "fyi", "anyway", "yeah"}) ? 1 : 0;
    case Language::kRu:
      if (w == "в" && next == "общем") return 2;
      return OneOf(w, {"ну", "а", "кстати", "короче", "слушай", "вот"}) ? 1 : 0;
    case Language::kEs:
      if (w == "pues" && next == "nada") return TextAt(tokens, k + 2) == "que" ? 3 : 2;
      return OneOf(w, {"pues", "oye", "bueno", "nada", "que", "ah"}) ? 1 : 0;
    case Language::kPt:
      if (w == "pois" && next == "e") return 2;
      return OneOf(w, {"entao", "olha", "ah", "ai", "tipo"}) ? 1 : 0;
  }
  return 0;
}

bool TypedCapitalized(std::string_view text, const Token& token) {
  if (token.begin >= text.size()) return false;
  const auto b0 = static_cast<unsigned char>(text[token.begin]);
  if (b0 >= 'A' && b0 <= 'Z') return true;
  if (token.begin + 1 >= text.size()) return false;
  const auto b1 = static_cast<unsigned char>(text[token.begin + 1]);
  return (b0 == 0xD0 && ((b1 >= 0x90 && b1 <= 0xAF) || b1 == 0x81)) ||  // А..Я, Ё
         (b0 == 0xC3 && b1 >= 0x80 && b1 <= 0x9E && b1 != 0x97);        // À..Þ
}

}  // namespace chatfleet::meetings::person_words
