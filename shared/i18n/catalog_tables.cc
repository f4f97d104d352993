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
    "Okay, no more reminders or follow-ups from me. Send /reminders on to turn them back on.",
    "Okay, no more follow-ups from me. Send /reminders on to turn them back on.",
    "Okay, no more meeting reminders. Send /reminders on to turn them back on.",
    "Okay, reminders are on.",
    "Send /reminders off to stop reminders (or /reminders off followups, /reminders off meetings), "
    "and /reminders on to get them again.",
    "Got it: your timezone is now {zone}. Meetings you already have keep their time.",
    "I don't know the timezone “{zone}”. Send it like this: /timezone Europe/Lisbon.",
    "Cancelled: {title}, {when}. Its reminders are off.",
    "Moved: {title} is now {when}. I'll remind you at the new time.",
    "Which meeting do you mean?",
    "I couldn't find that meeting in your schedule.",
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
    "Хорошо, больше никаких напоминаний и повторных сообщений. Чтобы включить их снова, отправьте "
    "/reminders on.",
    "Хорошо, больше не буду писать повторно. Чтобы включить снова, отправьте /reminders on.",
    "Хорошо, больше никаких напоминаний о встречах. Чтобы включить их снова, отправьте /reminders "
    "on.",
    "Хорошо, напоминания включены.",
    "Отправьте /reminders off, чтобы отключить напоминания (или /reminders off followups, "
    "/reminders off meetings), и /reminders on, чтобы включить их снова.",
    "Понял: ваш часовой пояс теперь {zone}. Уже назначенные встречи остаются в своё время.",
    "Я не знаю часовой пояс «{zone}». Отправьте его так: /timezone Europe/Moscow.",
    "Отменено: «{title}», {when}. Напоминаний не будет.",
    "Перенесено: «{title}» теперь {when}. Напомню к новому времени.",
    "Какую встречу вы имеете в виду?",
    "Я не нашёл такую встречу в вашем расписании.",
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
    "De acuerdo, no te enviaré más recordatorios ni seguimientos. Envía /reminders on para volver "
    "a activarlos.",
    "De acuerdo, no te escribiré más para hacer seguimiento. Envía /reminders on para volver a "
    "activarlo.",
    "De acuerdo, no más recordatorios de reuniones. Envía /reminders on para volver a activarlos.",
    "De acuerdo, los recordatorios están activados.",
    "Envía /reminders off para dejar de recibir recordatorios (o /reminders off followups, "
    "/reminders off meetings) y /reminders on para volver a recibirlos.",
    "Entendido: tu zona horaria ahora es {zone}. Las reuniones que ya tienes mantienen su hora.",
    "No conozco la zona horaria «{zone}». Envíala así: /timezone Europe/Madrid.",
    "Cancelada: {title}, {when}. Sin recordatorios.",
    "Movida: {title} ahora es {when}. Te lo recordaré a la nueva hora.",
    "¿A qué reunión te refieres?",
    "No encontré esa reunión en tu agenda.",
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
    "Certo, não vou mais enviar lembretes nem acompanhamentos. Envie /reminders on para ativá-los "
    "de novo.",
    "Certo, não vou mais enviar acompanhamentos. Envie /reminders on para ativá-los de novo.",
    "Certo, sem mais lembretes de reuniões. Envie /reminders on para ativá-los de novo.",
    "Certo, os lembretes estão ativados.",
    "Envie /reminders off para parar os lembretes (ou /reminders off followups, /reminders off "
    "meetings) e /reminders on para recebê-los de novo.",
    "Entendi: seu fuso horário agora é {zone}. As reuniões que você já tem mantêm o horário.",
    "Não conheço o fuso horário “{zone}”. Envie assim: /timezone America/Sao_Paulo.",
    "Cancelada: {title}, {when}. Sem lembretes.",
    "Remarcada: {title} agora é {when}. Vou lembrar você no novo horário.",
    "Qual reunião você quer dizer?",
    "Não encontrei essa reunião na sua agenda.",
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
    "בסדר, לא אשלח יותר תזכורות או הודעות מעקב. שלח /reminders on כדי להפעיל אותן שוב.",
    "בסדר, לא אשלח יותר הודעות מעקב. שלח /reminders on כדי להפעיל אותן שוב.",
    "בסדר, לא אשלח יותר תזכורות לפגישות. שלח /reminders on כדי להפעיל אותן שוב.",
    "בסדר, התזכורות פעילות.",
    "שלח /reminders off כדי להפסיק תזכורות (או /reminders off followups, /reminders off meetings), "
    "ו-/reminders on כדי לקבל אותן שוב.",
    "הבנתי: אזור הזמן שלך הוא עכשיו {zone}. פגישות קיימות נשארות בשעתן.",
    "אני לא מכיר את אזור הזמן „{zone}”. שלח אותו כך: /timezone Asia/Jerusalem.",
    "בוטל: {title}, {when}. לא יהיו תזכורות.",
    "הוזז: {title} עכשיו {when}. אזכיר לך בזמן החדש.",
    "לאיזו פגישה התכוונת?",
    "לא מצאתי את הפגישה הזו ביומן שלך.",
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
