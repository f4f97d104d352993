// The message catalog's texts: one declarative table per locale, in MessageId order. Long on
// purpose. An empty string is a missing translation (rendered in English and counted).
#include "shared/i18n/catalog_tables.h"

#include <array>
#include <string_view>

namespace chatfleet::i18n {
namespace {

using Table = std::array<std::string_view, kMessageCount>;

constexpr Table kEnglish = {
    "I will follow up in {duration}.",
    "Following up as promised: {subject}. Is there anything else I can help with?",
    "Following up as promised. Is there anything else I can help with?",
    "Reminder: {title} starts in {duration}, at {time}.",
    "{title} should be over by now. How did it go?",
    "Hi! How did {title} go?",
    "Sorry for the delay. I'm looking into it and will get back to you shortly.",
    "Sorry, something went wrong on my side. I'm passing this on to the team.",
    "Sorry, I can't help with that right now. Please try again later.",
    "Something went wrong. Please try again in a moment.",
    "Your upcoming meetings",
    "You have no upcoming meetings.",
    "…and {count} more",
    "Today",
    "Tomorrow",
};

constexpr Table kRussian = {
    "Я свяжусь с вами через {duration}.",
    "Как и обещал, возвращаюсь к вопросу: {subject}. Чем ещё могу помочь?",
    "Как и обещал, возвращаюсь к нашему разговору. Чем ещё могу помочь?",
    "Напоминание: «{title}» начнётся через {duration}, в {time}.",
    "«{title}» уже позади. Как всё прошло?",
    "Привет! Как прошло: «{title}»?",
    "Извините за задержку. Я разбираюсь и скоро вернусь с ответом.",
    "Извините, у меня что-то пошло не так. Я передам вопрос команде.",
    "Извините, сейчас я не могу с этим помочь. Попробуйте, пожалуйста, позже.",
    "Что-то пошло не так. Пожалуйста, попробуйте ещё раз через минуту.",
    "Ваши ближайшие встречи",
    "У вас нет запланированных встреч.",
    "…и ещё {count}",
    "Сегодня",
    "Завтра",
};

constexpr Table kSpanish = {
    "Te escribiré de nuevo en {duration}.",
    "Como te prometí, retomo el tema: {subject}. ¿Puedo ayudarte con algo más?",
    "Como te prometí, retomo nuestra conversación. ¿Puedo ayudarte con algo más?",
    "Recordatorio: {title} empieza en {duration}, a las {time}.",
    "{title} ya debería haber terminado. ¿Cómo fue?",
    "¡Hola! ¿Qué tal fue {title}?",
    "Perdona la demora. Lo estoy revisando y te respondo enseguida.",
    "Lo siento, algo ha fallado por mi parte. Paso el tema al equipo.",
    "Lo siento, ahora mismo no puedo ayudarte con eso. Inténtalo más tarde.",
    "Algo ha fallado. Inténtalo de nuevo en un momento.",
    "Tus próximas reuniones",
    "No tienes reuniones próximas.",
    "…y {count} más",
    "Hoy",
    "Mañana",
};

constexpr Table kPortuguese = {
    "Volto a falar com você em {duration}.",
    "Como prometido, voltando ao assunto: {subject}. Posso ajudar em mais alguma coisa?",
    "Como prometido, voltando à nossa conversa. Posso ajudar em mais alguma coisa?",
    "Lembrete: {title} começa em {duration}, às {time}.",
    "{title} já deve ter terminado. Como foi?",
    "Oi! Como foi {title}?",
    "Desculpe a demora. Estou verificando e já te respondo.",
    "Desculpe, algo deu errado do meu lado. Vou passar para a equipe.",
    "Desculpe, não consigo ajudar com isso agora. Tente novamente mais tarde.",
    "Algo deu errado. Tente novamente em instantes.",
    "Suas próximas reuniões",
    "Você não tem reuniões agendadas.",
    "…e mais {count}",
    "Hoje",
    "Amanhã",
};

constexpr Table kHebrew = {
    "אחזור אליך בעוד {duration}.",
    "כפי שהבטחתי, חוזר אליך בנושא: {subject}. אפשר לעזור במשהו נוסף?",
    "כפי שהבטחתי, חוזר אליך. אפשר לעזור במשהו נוסף?",
    "תזכורת: {title} מתחיל בעוד {duration}, בשעה {time}.",
    "{title} כנראה כבר הסתיים. איך היה?",
    "היי! איך היה {title}?",
    "סליחה על העיכוב. אני בודק ואחזור אליך בקרוב.",
    "סליחה, משהו השתבש אצלי. אעביר את הפנייה לצוות.",
    "סליחה, כרגע אני לא יכול לעזור בזה. נסה שוב מאוחר יותר.",
    "משהו השתבש. נסה שוב בעוד רגע.",
    "הפגישות הקרובות שלך",
    "אין לך פגישות קרובות.",
    "…ועוד {count}",
    "היום",
    "מחר",
};

// Unit forms after "in"/"через" (Russian accusative), by CLDR category; {n} is the number.
struct UnitForms {
  std::string_view one, two, few, many, other;
};
struct LocaleUnits {
  UnitForms minute, hour, day;
  std::string_view join;  // between hours and minutes
};

constexpr LocaleUnits kUnits[] = {
    // en
    {{"{n} minute", "", "", "", "{n} minutes"},
     {"{n} hour", "", "", "", "{n} hours"},
     {"{n} day", "", "", "", "{n} days"},
     " "},
    // ru
    {{"{n} минуту", "", "{n} минуты", "{n} минут", "{n} минуты"},
     {"{n} час", "", "{n} часа", "{n} часов", "{n} часа"},
     {"{n} день", "", "{n} дня", "{n} дней", "{n} дня"},
     " "},
    // es
    {{"{n} minuto", "", "", "", "{n} minutos"},
     {"{n} hora", "", "", "", "{n} horas"},
     {"{n} día", "", "", "", "{n} días"},
     " y "},
    // pt
    {{"{n} minuto", "", "", "", "{n} minutos"},
     {"{n} hora", "", "", "", "{n} horas"},
     {"{n} dia", "", "", "", "{n} dias"},
     " e "},
    // he: one and two are words of their own ("שעה", "שעתיים").
    {{"דקה", "שתי דקות", "", "", "{n} דקות"},
     {"שעה", "שעתיים", "", "", "{n} שעות"},
     {"יום", "יומיים", "", "", "{n} ימים"},
     " ו"},
};

}  // namespace

std::string_view TemplateText(Locale locale, MessageId id) {
  const auto index = static_cast<std::size_t>(id);
  switch (locale) {
    case Locale::kEn:
      return kEnglish[index];
    case Locale::kRu:
      return kRussian[index];
    case Locale::kEs:
      return kSpanish[index];
    case Locale::kPt:
      return kPortuguese[index];
    case Locale::kHe:
      return kHebrew[index];
  }
  return kEnglish[index];
}

std::string_view UnitForm(Locale locale, DurationUnit unit, PluralCategory category) {
  const LocaleUnits& units = kUnits[static_cast<int>(locale)];
  const UnitForms& forms = unit == DurationUnit::kMinute ? units.minute
                           : unit == DurationUnit::kHour ? units.hour
                                                         : units.day;
  std::string_view form;
  switch (category) {
    case PluralCategory::kOne:
      form = forms.one;
      break;
    case PluralCategory::kTwo:
      form = forms.two;
      break;
    case PluralCategory::kFew:
      form = forms.few;
      break;
    case PluralCategory::kMany:
      form = forms.many;
      break;
    case PluralCategory::kOther:
      break;
  }
  return form.empty() ? forms.other : form;
}

std::string_view UnitJoin(Locale locale) { return kUnits[static_cast<int>(locale)].join; }

}  // namespace chatfleet::i18n
