// The language tables of the meeting extractor. Long on purpose: a declarative table per
// language, every phrase normalized (lower case, no diacritics, "е" for "ё").
#include "workers/meetings/lexicon.h"

#include "workers/meetings/holiday_words.h"
#include "workers/meetings/spoken_clock_words.h"

namespace chatfleet::meetings {
namespace {

using M = Marker;
using C = Cue;
using D = DayPart;
constexpr EventStrength kNoun = EventStrength::kNoun;
constexpr EventStrength kVerb = EventStrength::kVerb;
constexpr Unit kMinute{1, true};
constexpr Unit kHour{60, false};
constexpr Unit kDay{1440, false};
constexpr Unit kWeek{10080, false};
constexpr Unit kHalfHour{30, false};
constexpr Unit kHourAndHalf{90, false};

std::vector<const char*> StanceSpellings(Language language) {
  switch (language) {
    case Language::kEn:
      return {"usually", "normally", "generally", "available", "always"};
    case Language::kRu:
      return {"свободна", "свободен", "свободны", "обычно", "всегда"};
    case Language::kEs:
      return {"normalmente", "generalmente", "disponible", "siempre"};
    case Language::kPt:
      return {"normalmente", "geralmente", "disponivel", "sempre"};
  }
  return {};
}

// Shared by every language: "1:1" and "1-on-1" are typed the same everywhere.
void AddCommon(Lexicon& l) {
  l.holidays = HolidayWords(l.language);
  for (auto phrase : {"1 : 1", "1 - on - 1", "1 - 1", "one-on-one", "standup", "stand-up", "demo",
                      "sync", "call", "zoom", "meet", "webinar", "workshop", "daily"}) {
    l.events.Add(phrase, kNoun);
  }
  l.markers.Add("-", M::kRangeTo);
  const auto add_target = [&l](const std::vector<std::string>& words, int) {
    if (words.size() != 1) return;
    std::u32string letters = CodePoints(words[0]);
    if (letters.size() >= 6) l.spelling_targets.emplace_back(std::move(letters), words[0]);
  };
  l.weekdays.ForEachPhrase(add_target);
  l.months.ForEachPhrase(add_target);
  l.day_offsets.ForEachPhrase(add_target);
  // The words of the non-plan stances, so a typo does not turn a habit or an availability into
  // a plan ("usualy", "свабодна", "disponble").
  for (const char* word : StanceSpellings(l.language)) add_target({word}, 0);
  l.markers.Add("@", M::kTimePrep);
  l.markers.Add("am", M::kAm);
  l.markers.Add("pm", M::kPm);
  AddSpokenClockWords(l);
}

Lexicon English() {
  Lexicon l;
  l.language = Language::kEn;
  l.default_title = "Meeting";
  l.day_offsets = {{"today", 0},      {"tomorrow", 1},
                   {"tmrw", 1},       {"tmr", 1},
                   {"tomorow", 1},    {"tommorow", 1},
                   {"tommorrow", 1},  {"day after tomorrow", 2},
                   {"yesterday", -1}, {"day before yesterday", -2}};
  l.day_parts = {{"morning", D::kMorning},
                 {"in the morning", D::kMorning},
                 {"noon", D::kNoon},
                 {"midday", D::kNoon},
                 {"lunchtime", D::kNoon},
                 {"afternoon", D::kAfternoon},
                 {"in the afternoon", D::kAfternoon},
                 {"arvo", D::kAfternoon},  // Australian
                 {"evening", D::kEvening},
                 {"in the evening", D::kEvening},
                 {"midnight", D::kMidnight},
                 {"night", D::kNight}};
  l.today_parts = {{"tonight", D::kTonight},      {"tonite", D::kTonight},
                   {"2 nite", D::kTonight},       {"2 night", D::kTonight},
                   {"2nite", D::kTonight},        {"this evening", D::kEvening},
                   {"this morning", D::kMorning}, {"this afternoon", D::kAfternoon},
                   {"this noon", D::kNoon},       {"this arvo", D::kAfternoon}};
  l.hour_parts = {{"in the morning", D::kMorning},   {"in the afternoon", D::kAfternoon},
                  {"in the evening", D::kEvening},   {"at night", D::kNight},
                  {"tonight", D::kTonight},          {"this evening", D::kEvening},
                  {"this afternoon", D::kAfternoon}, {"this morning", D::kMorning}};
  l.weekdays = {{"sunday", 0},   {"sun", 0},  {"monday", 1},    {"mon", 1},      {"tuesday", 2},
                {"tue", 2},      {"tues", 2}, {"wednesday", 3}, {"wed", 3},      {"thursday", 4},
                {"thu", 4},      {"thur", 4}, {"thurs", 4},     {"friday", 5},   {"fri", 5},
                {"saturday", 6}, {"sat", 6},  {"wednsday", 3},  {"thrusday", 4}, {"weds", 3}};
  l.months = {{"january", 1},   {"jan", 1},   {"february", 2},  {"feb", 2},      {"march", 3},
              {"mar", 3},       {"april", 4}, {"apr", 4},       {"may", 5},      {"june", 6},
              {"jun", 6},       {"july", 7},  {"jul", 7},       {"august", 8},   {"aug", 8},
              {"september", 9}, {"sep", 9},   {"sept", 9},      {"october", 10}, {"oct", 10},
              {"november", 11}, {"nov", 11},  {"december", 12}, {"dec", 12}};
  l.units = {{"minute", kMinute},
             {"minutes", kMinute},
             {"min", kMinute},
             {"mins", kMinute},
             {"hour", kHour},
             {"hours", kHour},
             {"hr", kHour},
             {"hrs", kHour},
             {"h", kHour},
             {"day", kDay},
             {"days", kDay},
             {"week", kWeek},
             {"weeks", kWeek},
             {"half an hour", kHalfHour},
             {"an hour and a half", kHourAndHalf},
             {"hour and a half", kHourAndHalf}};
  l.number_words = {{"a", 1},       {"an", 1},          {"one", 1},       {"two", 2},
                    {"three", 3},   {"four", 4},        {"five", 5},      {"six", 6},
                    {"seven", 7},   {"eight", 8},       {"nine", 9},      {"ten", 10},
                    {"eleven", 11}, {"twelve", 12},     {"fifteen", 15},  {"twenty", 20},
                    {"thirty", 30}, {"forty-five", 45}, {"couple of", 2}, {"a couple of", 2}};
  l.markers = {{"next", M::kNext},
               {"this", M::kThis},
               {"this coming", M::kThis},
               {"coming", M::kThis},
               {"next week", M::kNextWeek},
               {"a week on", M::kNextWeek},
               {"at", M::kTimePrep},
               {"around", M::kTimePrep},
               {"at around", M::kTimePrep},
               {"at about", M::kTimePrep},
               {"at like", M::kTimePrep},  // a spoken hedge between "at" and the hour
               {"from", M::kRangeFrom},
               {"between", M::kRangeFrom},
               {"to", M::kRangeTo},
               {"till", M::kRangeTo},
               {"til", M::kRangeTo},
               {"until", M::kRangeTo},
               {"and", M::kRangeTo},
               {"in", M::kIn},
               {"for", M::kFor},
               {"o'clock", M::kOclock},
               {"oclock", M::kOclock},
               {"ish", M::kOclock},
               {"the", M::kArticle},
               {"on the", M::kArticle}};
  l.cues = {{"went", C::kPast},
            {"had", C::kPast},
            {"happened", C::kPast},
            {"took place", C::kPast},
            {"attended", C::kPast},
            {"missed", C::kPast},
            {"was", C::kPast},
            {"were", C::kPast},
            {"ago", C::kPast},
            {"last", C::kPast},
            {"earlier today", C::kPast},
            {"cancel", C::kCancel},
            {"cancelled", C::kCancel},
            {"canceled", C::kCancel},
            {"cancelling", C::kCancel},
            {"canceling", C::kCancel},
            {"called off", C::kCancel},
            {"call off", C::kCancel},
            {"is off", C::kCancel},
            {"no longer", C::kCancel},
            {"not happening", C::kCancel},
            {"won't happen", C::kCancel},
            {"scrapped", C::kCancel},
            {"don't have", C::kCancel},
            {"dont have", C::kCancel},
            {"do not have", C::kCancel},
            {"there is no", C::kCancel},
            {"there's no", C::kCancel},
            {"no meeting", C::kCancel},
            {"no call", C::kCancel},
            {"no class", C::kCancel},
            {"due", C::kDeadline},
            {"deadline", C::kDeadline},
            {"submit", C::kDeadline},
            {"hand in", C::kDeadline},
            {"turn in", C::kDeadline},
            {"no later than", C::kDeadline},
            {"expires", C::kDeadline},
            {"by", C::kDeadlineBefore},
            {"until", C::kDeadlineBefore},
            {"till", C::kDeadlineBefore},
            {"til", C::kDeadlineBefore},
            {"before", C::kDeadlineBefore},
            {"moved to", C::kMoved},
            {"moved from", C::kMoved},
            {"is moved", C::kMoved},
            {"move to", C::kMoved},
            {"moved it to", C::kMoved},
            {"moving it to", C::kMoved},
            {"rescheduled", C::kMoved},
            {"reschedule", C::kMoved},
            {"postponed to", C::kMoved},
            {"pushed to", C::kMoved},
            {"instead", C::kReschedule},
            {"new", C::kReschedule},
            {"scheduled", C::kReschedule},
            {"now", C::kReschedule},
            {"remind", C::kNotPlan},
            {"will remind", C::kNotPlan},
            {"rain", C::kNotPlan},
            {"snow", C::kNotPlan},
            {"weather", C::kNotPlan},
            {"forecast", C::kNotPlan},
            {"reminder to", C::kNotPlan},
            {"set a reminder", C::kNotPlan},
            {"checkout", C::kNotPlan},
            {"check-out", C::kNotPlan},
            {"check out", C::kNotPlan},
            {"close", C::kNotPlan},
            {"close on", C::kNotPlan},
            {"arrives", C::kNotPlan},
            {"delivery", C::kNotPlan},
            {"used to", C::kPast},
            {"delayed", C::kPast},
            {"postponed", C::kCancel},
            {"put off", C::kCancel},
            {"skip", C::kCancel},
            {"skipping", C::kCancel},
            {"can't make it", C::kCancel},
            {"cant make it", C::kCancel},
            {"won't make it", C::kCancel},
            {"not coming", C::kCancel},
            {"can't come", C::kCancel},
            {"can't do", C::kCancel},
            {"cant do", C::kCancel},
            {"cannot do", C::kCancel},
            {"can't make", C::kCancel},
            {"cant make", C::kCancel},
            {"get out of", C::kNotPlan},
            {"i'm out of", C::kNotPlan},
            {"born", C::kPast},
            {"was born", C::kPast},
            {"remind me to", C::kNotPlan},
            {"remind me", C::kNotPlan},
            {"wake me", C::kNotPlan},
            {"wake me up", C::kNotPlan},
            {"alarm", C::kNotPlan},
            {"opens", C::kNotPlan},
            {"open at", C::kNotPlan},
            {"closes", C::kNotPlan},
            {"close at", C::kNotPlan},
            {"closed", C::kNotPlan},
            {"be home", C::kNotPlan},
            {"be back", C::kNotPlan},
            {"be at work", C::kNotPlan},
            {"shift ends", C::kNotPlan},
            {"bus comes", C::kNotPlan},
            {"sleep", C::kNotPlan},
            {"sleeping", C::kNotPlan},
            {"get home", C::kNotPlan},
            {"back home", C::kNotPlan},
            {"if we had", C::kNotPlan},
            {"if i had", C::kNotPlan},
            {"would have", C::kNotPlan},
            {"we'd have", C::kNotPlan},
            {"did", C::kNotPlan},
            {"won", C::kNotPlan},
            {"lost", C::kNotPlan},
            {"costs", C::kNotPlan},
            {"cost", C::kNotPlan},
            {"left", C::kPast},
            {"ended", C::kPast},
            {"started", C::kPast},
            {"began", C::kPast},
            {"finished", C::kPast},
            {"arrived", C::kPast},
            {"woke", C::kPast},
            {"overslept", C::kPast},
            {"ran long", C::kPast},
            {"ran late", C::kPast},
            {"got back", C::kPast},
            {"no", C::kCancel},
            {"not", C::kCancel},
            {"isn't", C::kCancel},
            {"aren't", C::kCancel},
            {"won't", C::kCancel},
            {"after all", C::kCancel},
            {"what time", C::kNotPlan},
            {"i'm busy", C::kNotPlan},
            {"im busy", C::kNotPlan},
            {"i am busy", C::kNotPlan},
            {"i'll be busy", C::kNotPlan},
            {"we're busy", C::kNotPlan},
            {"are you around", C::kNotPlan},
            {"are you busy", C::kNotPlan},
            {"you busy", C::kNotPlan},
            {"u busy", C::kNotPlan},
            {"you around", C::kNotPlan},
            {"u around", C::kNotPlan},
            {"off work", C::kNotPlan},
            {"get off", C::kNotPlan},
            {"leave work", C::kNotPlan},
            {"finish work", C::kNotPlan},
            {"sunset", C::kNotPlan},
            {"sunrise", C::kNotPlan},
            {"trash", C::kNotPlan},
            {"garbage", C::kNotPlan},
            {"bins", C::kNotPlan},
            {"recycling", C::kNotPlan},
            {"outage", C::kNotPlan},
            {"power cut", C::kNotPlan}};
  l.events = {{"meeting", kNoun},     {"meetings", kNoun},  {"appointment", kNoun},
              {"appt", kNoun},        {"interview", kNoun}, {"presentation", kNoun},
              {"review", kNoun},      {"retro", kNoun},     {"retrospective", kNoun},
              {"catch up", kNoun},    {"catch-up", kNoun},  {"session", kNoun},
              {"class", kNoun},       {"lecture", kNoun},   {"lesson", kNoun},
              {"conference", kNoun},  {"seminar", kNoun},   {"training", kNoun},
              {"practice", kNoun},    {"dentist", kNoun},   {"doctor", kNoun},
              {"doctor's", kNoun},    {"checkup", kNoun},   {"check-up", kNoun},
              {"lunch", kNoun},       {"dinner", kNoun},    {"breakfast", kNoun},
              {"brunch", kNoun},      {"coffee", kNoun},    {"party", kNoun},
              {"flight", kNoun},      {"exam", kNoun},      {"haircut", kNoun},
              {"rehearsal", kNoun},   {"concert", kNoun},   {"huddle", kNoun},
              {"kickoff", kNoun},     {"kick-off", kNoun},  {"consultation", kNoun},
              {"therapy", kNoun},     {"massage", kNoun},   {"workout", kNoun},
              {"yoga", kNoun},        {"all-hands", kNoun}, {"all hands", kNoun},
              {"town hall", kNoun},   {"standup", kNoun},   {"stand up", kNoun},
              {"1on1", kNoun},        {"hangout", kNoun},   {"game", kNoun},
              {"match", kNoun},       {"visit", kNoun},     {"viewing", kNoun},
              {"walkthrough", kNoun}, {"planning", kNoun},  {"briefing", kNoun},
              {"meetup", kNoun},      {"meet-up", kNoun},   {"appointments", kNoun},
              {"meet", kVerb},        {"meet up", kVerb},   {"see you", kVerb},
              {"talk", kVerb},        {"catch up", kVerb},  {"hop on", kVerb}};
  l.title_stop_words = {
      {"a", 0},         {"an", 0},       {"the", 0},      {"my", 0},       {"our", 0},
      {"your", 0},      {"his", 0},      {"her", 0},      {"their", 0},    {"have", 0},
      {"has", 0},       {"i", 0},        {"we", 0},       {"you", 0},      {"there", 0},
      {"is", 0},        {"got", 0},      {"i've", 0},     {"this", 0},     {"that", 0},
      {"and", 0},       {"also", 0},     {"let's", 0},    {"lets", 0},     {"us", 0},
      {"me", 0},        {"it", 0},       {"its", 0},      {"it's", 0},     {"on", 0},
      {"at", 0},        {"for", 0},      {"to", 0},       {"of", 0},       {"in", 0},
      {"don't", 0},     {"forget", 0},   {"reminder", 0}, {"remember", 0}, {"booked", 0},
      {"scheduled", 0}, {"schedule", 0}, {"set", 0},      {"up", 0},       {"hey", 0},
      {"hi", 0},        {"so", 0},       {"will", 0},     {"be", 0},       {"am", 0},
      {"pm", 0},        {"need", 0},     {"go", 0}};
  l.title_links = {{"with", 0}, {"about", 0}, {"w", 0}};
  // Finer parts of the day and chat spellings of "tomorrow" ("2moro" is "2" + "moro").
  for (const auto& [phrase, part] : std::initializer_list<std::pair<std::string_view, DayPart>>{
           {"early morning", D::kEarlyMorning},
           {"late morning", D::kLateMorning},
           {"late afternoon", D::kLateAfternoon},
           {"early evening", D::kEarlyEvening},
           {"late evening", D::kNight},
           {"nite", D::kNight},
           {"mid-morning", D::kLateMorning},
           {"midmorning", D::kLateMorning},
           {"mid morning", D::kLateMorning},
           {"in the late afternoon", D::kLateAfternoon},
           {"in the early evening", D::kEarlyEvening},
           {"at lunchtime", D::kNoon},
           {"at lunch", D::kNoon}}) {
    l.day_parts.Add(phrase, part);
  }
  for (auto phrase : {"2 moro", "2 morrow", "2 morow", "2 mrw", "2 mro", "tmw", "tomoz"}) {
    l.day_offsets.Add(phrase, 1);
  }
  l.day_offsets.Add("2 day", 0);
  AddCommon(l);
  return l;
}

Lexicon Russian() {
  Lexicon l;
  l.language = Language::kRu;
  l.default_title = "Встреча";
  l.day_offsets = {{"сегодня", 0}, {"завтра", 1},     {"послезавтра", 2},
                   {"вчера", -1},  {"позавчера", -2}, {"седня", 0}};
  l.day_parts = {{"утром", D::kMorning},         {"с утра", D::kMorning},  {"в полдень", D::kNoon},
                 {"полдень", D::kNoon},          {"в обед", D::kNoon},     {"днем", D::kAfternoon},
                 {"после обеда", D::kAfternoon}, {"вечером", D::kEvening}, {"ночью", D::kNight},
                 {"в полночь", D::kMidnight},    {"полночь", D::kMidnight}};
  l.today_parts = {{"сегодня вечером", D::kTonight}, {"вечером сегодня", D::kTonight},
                   {"сегодня утром", D::kMorning},   {"сегодня днем", D::kAfternoon},
                   {"этим утром", D::kMorning},      {"этим вечером", D::kTonight}};
  l.hour_parts = {{"утра", D::kMorning},  {"дня", D::kAfternoon}, {"вечера", D::kEvening},
                  {"ночи", D::kNight},    {"утром", D::kMorning}, {"вечером", D::kEvening},
                  {"днем", D::kAfternoon}};
  l.weekdays = {{"воскресенье", 0},
                {"воскресенья", 0},
                {"вс", 0},
                {"понедельник", 1},
                {"понедельника", 1},
                {"пн", 1},
                {"вторник", 2},
                {"вторника", 2},
                {"вт", 2},
                {"среда", 3},
                {"среду", 3},
                {"среды", 3},
                {"ср", 3},
                {"четверг", 4},
                {"четверга", 4},
                {"чт", 4},
                {"пятница", 5},
                {"пятницу", 5},
                {"пятницы", 5},
                {"пт", 5},
                {"суббота", 6},
                {"субботу", 6},
                {"субботы", 6},
                {"сб", 6},
                // Abbreviations typed in chats: "в воскр", "в понед", "в чтв", and the
                // three-letter ones of calendars ("пнд", "птн", "вскр").
                {"воскр", 0},
                {"вскр", 0},
                {"вск", 0},
                {"пнд", 1},
                {"втр", 2},
                {"срд", 3},
                {"птн", 5},
                {"сбт", 6},
                {"понед", 1},
                {"четв", 4},
                {"чтв", 4},
                {"пятн", 5},
                {"субб", 6}};
  l.months = {{"января", 1},  {"январь", 1},   {"февраля", 2},  {"февраль", 2},  {"марта", 3},
              {"март", 3},    {"апреля", 4},   {"апрель", 4},   {"мая", 5},      {"май", 5},
              {"июня", 6},    {"июнь", 6},     {"июля", 7},     {"июль", 7},     {"августа", 8},
              {"август", 8},  {"сентября", 9}, {"сентябрь", 9}, {"октября", 10}, {"октябрь", 10},
              {"ноября", 11}, {"ноябрь", 11},  {"декабря", 12}, {"декабрь", 12}, {"янв", 1},
              {"февр", 2},    {"апр", 4},      {"авг", 8},      {"сент", 9},     {"окт", 10},
              {"нояб", 11},   {"дек", 12}};
  l.units = {{"минуту", kMinute},    {"минуты", kMinute},
             {"минут", kMinute},     {"мин", kMinute},
             {"час", kHour},         {"часа", kHour},
             {"часов", kHour},       {"ч", kHour},
             {"день", kDay},         {"дня", kDay},
             {"дней", kDay},         {"неделю", kWeek},
             {"недели", kWeek},      {"недель", kWeek},
             {"полчаса", kHalfHour}, {"полтора часа", kHourAndHalf},
             {"сутки", kDay}};
  l.number_words = {{"один", 1},   {"одну", 1},        {"два", 2},       {"две", 2},
                    {"три", 3},    {"четыре", 4},      {"пять", 5},      {"шесть", 6},
                    {"семь", 7},   {"восемь", 8},      {"девять", 9},    {"десять", 10},
                    {"пару", 2},   {"пятнадцать", 15}, {"двадцать", 20}, {"тридцать", 30},
                    {"сорок", 40}, {"сорок пять", 45}};
  l.markers = {{"следующий", M::kNext},
               {"следующую", M::kNext},
               {"следующее", M::kNext},
               {"следующая", M::kNext},
               {"в следующий", M::kNext},
               {"в следующую", M::kNext},
               {"в следующее", M::kNext},
               {"на следующей неделе", M::kNextWeek},
               {"следующей недели", M::kNextWeek},
               {"эту", M::kThis},
               {"этот", M::kThis},
               {"это", M::kThis},
               {"в", M::kTimePrep},
               {"во", M::kTimePrep},
               {"к", M::kTimePrep},
               {"около", M::kTimePrep},
               {"с", M::kRangeFrom},
               {"со", M::kRangeFrom},
               {"до", M::kRangeTo},
               {"по", M::kRangeTo},
               {"через", M::kIn},
               {"на", M::kFor},
               {"часов", M::kOclock},
               {"часа", M::kOclock},
               {"час", M::kOclock},
               {"ч", M::kHourSuffix}};
  l.cues = {{"была", C::kPast},
            {"был", C::kPast},
            {"было", C::kPast},
            {"прошла", C::kPast},
            {"прошел", C::kPast},
            {"прошло", C::kPast},
            {"ходил", C::kPast},
            {"ходила", C::kPast},
            {"ходили", C::kPast},
            {"прошлой", C::kPast},
            {"прошлый", C::kPast},
            {"прошлую", C::kPast},
            {"назад", C::kPast},
            {"отменили", C::kCancel},
            {"отменил", C::kCancel},
            {"отменила", C::kCancel},
            {"отменен", C::kCancel},
            {"отменена", C::kCancel},
            {"отменено", C::kCancel},
            {"отменяется", C::kCancel},
            {"отмена", C::kCancel},
            {"отменить", C::kCancel},
            {"отменяем", C::kCancel},
            {"не состоится", C::kCancel},
            {"не будет", C::kCancel},
            {"дедлайн", C::kDeadline},
            {"срок", C::kDeadline},
            {"сдать", C::kDeadline},
            {"сдача", C::kDeadline},
            {"крайний срок", C::kDeadline},
            {"до", C::kDeadlineBefore},
            {"не позднее", C::kDeadlineBefore},
            {"перенесли", C::kMoved},
            {"переносим", C::kMoved},
            {"перенесена", C::kMoved},
            {"перенесен", C::kMoved},
            {"перенесем", C::kMoved},
            {"переносится", C::kMoved},
            {"вместо", C::kReschedule},
            {"новая", C::kReschedule},
            {"новый", C::kReschedule},
            {"теперь", C::kReschedule},
            {"напомню", C::kNotPlan},
            {"напомним", C::kNotPlan},
            {"дождь", C::kNotPlan},
            {"погода", C::kNotPlan},
            {"снег", C::kNotPlan},
            {"не пойду", C::kCancel},
            {"не пойдем", C::kCancel},
            {"не иду", C::kCancel},
            {"не будем", C::kCancel},
            {"не получится", C::kCancel},
            {"не сможем", C::kCancel},
            {"сдаем", C::kDeadline},
            {"сдавать", C::kDeadline},
            {"подать", C::kDeadline},
            {"сдаю", C::kDeadline},

            {"поставь напоминание", C::kNotPlan},
            {"привезут", C::kNotPlan},
            {"доставка", C::kNotPlan},
            {"курьер", C::kNotPlan},
            {"обычно", C::kNotPlan},
            {"отложили", C::kCancel},
            {"отложена", C::kCancel},
            {"отложен", C::kCancel},
            {"не смогу", C::kCancel},
            {"не могу", C::kCancel},
            {"ухожу с", C::kNotPlan},
            {"выхожу с", C::kNotPlan},
            {"освобожусь", C::kNotPlan},
            {"не приду", C::kCancel},
            {"пропущу", C::kCancel},
            {"родился", C::kPast},
            {"родилась", C::kPast},
            {"ушел", C::kPast},
            {"ушла", C::kPast},
            {"ушли", C::kPast},
            {"уехал", C::kPast},
            {"уехала", C::kPast},
            {"уехали", C::kPast},
            {"приехал", C::kPast},
            {"приехала", C::kPast},
            {"приехали", C::kPast},
            {"опоздал", C::kPast},
            {"опоздала", C::kPast},
            {"сходили", C::kPast},
            {"ездили", C::kPast},
            {"видели", C::kPast},
            {"встретились", C::kPast},
            {"напомни", C::kNotPlan},
            {"напомнить", C::kNotPlan},
            {"разбуди", C::kNotPlan},
            {"разбудить", C::kNotPlan},
            {"будильник", C::kNotPlan},
            {"открывается", C::kNotPlan},
            {"закрывается", C::kNotPlan},
            {"работает до", C::kNotPlan},
            {"буду дома", C::kNotPlan},
            {"буду спать", C::kNotPlan},
            {"спать", C::kNotPlan},
            {"дома буду", C::kNotPlan},
            {"если бы", C::kNotPlan},
            {"бы", C::kNotPlan},
            {"во сколько", C::kNotPlan},
            {"прошли", C::kPast},
            {"начался", C::kPast},
            {"началась", C::kPast},
            {"началось", C::kPast},
            {"закончился", C::kPast},
            {"закончилась", C::kPast},
            {"закончилось", C::kPast},
            {"позавчера", C::kPast},
            {"понравилось", C::kPast},
            {"отбой", C::kCancel},
            {"нет", C::kCancel},
            {"занят", C::kNotPlan},
            {"занята", C::kNotPlan},
            {"заняты", C::kNotPlan},
            {"отключат", C::kNotPlan},
            {"отключение", C::kNotPlan},
            {"отключают", C::kNotPlan},
            {"закат", C::kNotPlan},
            {"рассвет", C::kNotPlan},
            {"с работы", C::kNotPlan}};
  l.events = {{"встреча", kNoun},       {"встречу", kNoun},     {"встречи", kNoun},
              {"встрече", kNoun},       {"созвон", kNoun},      {"созвона", kNoun},
              {"звонок", kNoun},        {"звонка", kNoun},      {"собеседование", kNoun},
              {"собеседования", kNoun}, {"прием", kNoun},       {"приему", kNoun},
              {"приема", kNoun},        {"запись", kNoun},      {"стендап", kNoun},
              {"планерка", kNoun},      {"планерку", kNoun},    {"совещание", kNoun},
              {"совещания", kNoun},     {"митинг", kNoun},      {"урок", kNoun},
              {"занятие", kNoun},       {"лекция", kNoun},      {"лекцию", kNoun},
              {"вебинар", kNoun},       {"семинар", kNoun},     {"конференция", kNoun},
              {"презентация", kNoun},   {"презентацию", kNoun}, {"обед", kNoun},
              {"ужин", kNoun},          {"завтрак", kNoun},     {"тренировка", kNoun},
              {"тренировку", kNoun},    {"врач", kNoun},        {"врачу", kNoun},
              {"врача", kNoun},         {"стоматолог", kNoun},  {"стоматологу", kNoun},
              {"экзамен", kNoun},       {"рейс", kNoun},        {"вылет", kNoun},
              {"демо", kNoun},          {"ревью", kNoun},       {"консультация", kNoun},
              {"консультацию", kNoun},  {"сессия", kNoun},      {"стрижка", kNoun},
              {"свидание", kNoun},      {"вечеринка", kNoun},   {"репетиция", kNoun},
              {"матч", kNoun},          {"визит", kNoun},       {"разбор", kNoun},
              {"планирование", kNoun},  {"синк", kNoun},        {"колл", kNoun},
              {"собрание", kNoun},      {"собрания", kNoun},    {"митап", kNoun},
              {"созвоне", kNoun},       {"звонку", kNoun},      {"встретимся", kVerb},
              {"встречаемся", kVerb},   {"созвонимся", kVerb},  {"созваниваемся", kVerb},
              {"увидимся", kVerb},      {"пересечемся", kVerb}, {"встретиться", kVerb},
              {"созвониться", kVerb}};
  l.title_stop_words = {
      {"у", 0},        {"меня", 0},  {"нас", 0},    {"тебя", 0},      {"есть", 0},
      {"будет", 0},    {"в", 0},     {"на", 0},     {"и", 0},         {"а", 0},
      {"моя", 0},      {"мой", 0},   {"наша", 0},   {"наш", 0},       {"эта", 0},
      {"это", 0},      {"не", 0},    {"забудь", 0}, {"напоминаю", 0}, {"записан", 0},
      {"записана", 0}, {"давай", 0}, {"еще", 0},    {"же", 0},        {"потом", 0},
      {"тогда", 0},    {"я", 0},     {"мы", 0},     {"привет", 0},    {"кстати", 0}};
  l.title_links = {{"с", 0}, {"со", 0}, {"по", 0}, {"к", 0}, {"у", 0}};
  for (const auto& [phrase, part] : std::initializer_list<std::pair<std::string_view, DayPart>>{
           {"рано утром", D::kEarlyMorning},
           {"поздно вечером", D::kNight},
           {"ближе к вечеру", D::kLateAfternoon},
           {"к вечеру", D::kLateAfternoon}}) {
    l.day_parts.Add(phrase, part);
  }
  for (auto phrase : {"завтро", "зафтра", "завтр", "зaвтра"}) l.day_offsets.Add(phrase, 1);
  for (auto phrase : {"послезавтро", "послезафтра"}) l.day_offsets.Add(phrase, 2);
  for (auto phrase : {"седня", "сёдня", "сення", "сегодно"}) l.day_offsets.Add(phrase, 0);
  AddCommon(l);
  return l;
}

Lexicon Spanish() {
  Lexicon l;
  l.language = Language::kEs;
  l.default_title = "Reunión";
  l.day_offsets = {{"hoy", 0},   {"manana", 1},    {"pasado manana", 2},
                   {"ayer", -1}, {"anteayer", -2}, {"antier", -2}};
  l.day_parts = {{"por la manana", D::kMorning},  {"en la manana", D::kMorning},
                 {"de la manana", D::kMorning},   {"esta manana", D::kMorning},
                 {"al mediodia", D::kNoon},       {"mediodia", D::kNoon},
                 {"por la tarde", D::kAfternoon}, {"en la tarde", D::kAfternoon},
                 {"de la tarde", D::kAfternoon},  {"por la noche", D::kNight},
                 {"en la noche", D::kNight},      {"de la noche", D::kNight},
                 {"a medianoche", D::kMidnight},  {"medianoche", D::kMidnight}};
  l.today_parts = {{"esta noche", D::kTonight},        {"esta tarde", D::kAfternoon},
                   {"esta manana", D::kMorning},       {"hoy por la tarde", D::kAfternoon},
                   {"hoy por la manana", D::kMorning}, {"hoy por la noche", D::kTonight},
                   {"hoy en la noche", D::kTonight},   {"hoy en la tarde", D::kAfternoon},
                   {"hoy en la manana", D::kMorning}};
  l.hour_parts = {{"de la manana", D::kMorning},        {"de la tarde", D::kAfternoon},
                  {"de la noche", D::kNight},           {"por la manana", D::kMorning},
                  {"por la tarde", D::kAfternoon},      {"por la noche", D::kNight},
                  {"esta noche", D::kTonight},          {"esta tarde", D::kAfternoon},
                  {"de la madrugada", D::kEarlyMorning}};
  l.weekdays = {{"domingo", 0}, {"lunes", 1},  {"martes", 2}, {"miercoles", 3}, {"jueves", 4},
                {"viernes", 5}, {"sabado", 6}, {"lun", 1},    {"mie", 3},       {"mier", 3},
                {"jue", 4},     {"vie", 5},    {"sab", 6},    {"dom", 0},       {"mierc", 3},
                {"juev", 4},    {"vier", 5},   {"mart", 2}};
  l.months = {{"enero", 1},      {"febrero", 2},   {"marzo", 3},    {"abril", 4},
              {"mayo", 5},       {"junio", 6},     {"julio", 7},    {"agosto", 8},
              {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11},
              {"diciembre", 12}, {"ene", 1},       {"feb", 2},      {"abr", 4},
              {"jun", 6},        {"jul", 7},       {"ago", 8},      {"sept", 9},
              {"oct", 10},       {"nov", 11},      {"dic", 12}};
  l.units = {{"minuto", kMinute},
             {"minutos", kMinute},
             {"min", kMinute},
             {"hora", kHour},
             {"horas", kHour},
             {"dia", kDay},
             {"dias", kDay},
             {"semana", kWeek},
             {"semanas", kWeek},
             {"media hora", kHalfHour},
             {"hora y media", kHourAndHalf}};
  l.number_words = {{"un", 1},      {"una", 1},     {"uno", 1},      {"dos", 2},
                    {"tres", 3},    {"cuatro", 4},  {"cinco", 5},    {"seis", 6},
                    {"siete", 7},   {"ocho", 8},    {"nueve", 9},    {"diez", 10},
                    {"quince", 15}, {"veinte", 20}, {"treinta", 30}, {"un par de", 2}};
  l.markers = {{"proximo", M::kNext},
               {"proxima", M::kNext},
               {"el proximo", M::kNext},
               {"la proxima", M::kNext},
               {"que viene", M::kNextSuffix},
               {"q viene", M::kNextSuffix},
               {"proximo", M::kNext},
               {"la proxima semana", M::kNextWeek},
               {"la semana que viene", M::kNextWeek},
               {"la semana proxima", M::kNextWeek},
               {"proxima semana", M::kNextWeek},
               {"semana que viene", M::kNextWeek},
               {"la otra semana", M::kNextWeek},
               {"de la otra semana", M::kNextWeek},
               {"este", M::kThis},
               {"a las", M::kTimePrep},
               {"alas", M::kTimePrep},  // typed together
               {"a ls", M::kTimePrep},
               {"a la", M::kTimePrep},
               {"sobre las", M::kTimePrep},
               {"hacia las", M::kTimePrep},
               {"las", M::kTimePrep},
               {"la", M::kTimePrep},
               {"de", M::kRangeFrom},
               {"desde las", M::kRangeFrom},
               {"desde la", M::kRangeFrom},
               {"de las", M::kRangeFrom},
               {"entre las", M::kRangeFrom},
               {"entre", M::kRangeFrom},
               {"desde", M::kRangeFrom},
               {"a", M::kRangeTo},
               {"hasta", M::kRangeTo},
               {"hasta las", M::kRangeTo},
               {"y las", M::kRangeTo},
               {"y", M::kRangeTo},
               {"en", M::kIn},
               {"dentro de", M::kIn},
               {"de aqui a", M::kIn},
               {"durante", M::kFor},
               {"por", M::kFor},
               {"horas", M::kOclock},
               {"en punto", M::kOclock},
               {"el", M::kArticle},
               {"el dia", M::kArticle},
               {"dia", M::kArticle}};
  l.cues = {{"fue", C::kPast},
            {"tuve", C::kPast},
            {"tuvimos", C::kPast},
            {"tuvo", C::kPast},
            {"estuvo", C::kPast},
            {"pasada", C::kPast},
            {"hace", C::kPast},
            {"fui", C::kPast},
            {"fuimos", C::kPast},
            {"cancelado", C::kCancel},
            {"cancelada", C::kCancel},
            {"cancelaron", C::kCancel},
            {"cancelar", C::kCancel},
            {"cancelo", C::kCancel},
            {"cancelamos", C::kCancel},
            {"suspendida", C::kCancel},
            {"suspendido", C::kCancel},
            {"suspendieron", C::kCancel},
            {"suspendio", C::kCancel},
            {"se suspende", C::kCancel},
            {"anulada", C::kCancel},
            {"anulado", C::kCancel},
            {"ya no", C::kCancel},
            {"no tengo", C::kCancel},
            {"no hay", C::kCancel},
            {"no habra", C::kCancel},
            {"se cancela", C::kCancel},
            {"fecha limite", C::kDeadline},
            {"plazo", C::kDeadline},
            {"entregar", C::kDeadline},
            {"entrega", C::kDeadline},
            {"vence", C::kDeadline},
            {"antes del", C::kDeadlineBefore},
            {"hasta", C::kDeadlineBefore},
            {"hasta las", C::kDeadlineBefore},
            {"antes de", C::kDeadlineBefore},
            {"movida", C::kMoved},
            {"movido", C::kMoved},
            {"movieron", C::kMoved},
            {"cambiada", C::kMoved},
            {"cambiado", C::kMoved},
            {"pasa al", C::kMoved},
            {"pasa a", C::kMoved},
            {"reprogramada", C::kMoved},
            {"en su lugar", C::kReschedule},
            {"nueva", C::kReschedule},
            {"ahora", C::kReschedule},
            {"te recuerdo", C::kNotPlan},
            {"les recuerdo", C::kNotPlan},
            {"recordare", C::kNotPlan},
            {"te aviso", C::kNotPlan},
            {"estoy disponible", C::kNotPlan},
            {"llover", C::kNotPlan},
            {"lluvia", C::kNotPlan},
            {"llueve", C::kNotPlan},
            {"el tiempo", C::kNotPlan},
            {"no voy", C::kCancel},
            {"no vamos", C::kCancel},
            {"no iremos", C::kCancel},
            {"no podemos", C::kCancel},
            {"pospuesto", C::kCancel},
            {"pospuesta", C::kCancel},
            {"aplazado", C::kCancel},
            {"aplazada", C::kCancel},
            {"no puedo ir", C::kCancel},
            {"no puedo", C::kCancel},
            {"salgo de", C::kNotPlan},
            {"salgo del", C::kNotPlan},
            {"no podre", C::kCancel},
            {"no voy a poder", C::kCancel},
            {"paquete", C::kNotPlan},
            {"normalmente", C::kNotPlan},
            {"solia", C::kPast},
            {"soliamos", C::kPast},
            {"cierran", C::kNotPlan},
            {"abren", C::kNotPlan},
            {"naci", C::kPast},
            {"nacio", C::kPast},
            {"llego", C::kPast},
            {"llegamos", C::kPast},
            {"vimos", C::kPast},
            {"jugamos", C::kPast},
            {"terminamos", C::kPast},
            {"empezamos", C::kPast},
            {"salimos", C::kPast},
            {"recuerdame", C::kNotPlan},
            {"recordarme", C::kNotPlan},
            {"despiertame", C::kNotPlan},
            {"despertarme", C::kNotPlan},
            {"alarma", C::kNotPlan},
            {"abre", C::kNotPlan},
            {"cierra", C::kNotPlan},
            {"estare en casa", C::kNotPlan},
            {"si hubieramos", C::kNotPlan},
            {"si hubiera", C::kNotPlan},
            {"habriamos", C::kNotPlan},
            {"a que hora", C::kNotPlan},
            {"cuestan", C::kNotPlan},
            {"cuesta", C::kNotPlan},
            {"ganamos", C::kNotPlan},
            {"perdimos", C::kNotPlan},
            {"anteayer", C::kPast},
            {"anoche", C::kPast},
            {"empezo", C::kPast},
            {"termino", C::kPast},
            {"salio", C::kPast},
            {"llegue", C::kPast},
            {"cenamos", C::kPast},
            {"al final no", C::kCancel},
            {"queda cancelada", C::kCancel},
            {"queda cancelado", C::kCancel},
            {"ocupado", C::kNotPlan},
            {"ocupada", C::kNotPlan},
            {"ocupados", C::kNotPlan},
            {"tienes tiempo", C::kNotPlan},
            {"tiene tiempo", C::kNotPlan},
            {"tienen tiempo", C::kNotPlan},
            {"disponible", C::kNotPlan},
            {"salgo del trabajo", C::kNotPlan},
            {"salgo de trabajar", C::kNotPlan},
            {"cortan", C::kNotPlan},
            {"corte de", C::kNotPlan},
            {"atardecer", C::kNotPlan},
            {"amanecer", C::kNotPlan},
            {"puesta de sol", C::kNotPlan},
            {"basura", C::kNotPlan}};
  l.events = {{"reunion", kNoun},   {"reuniones", kNoun},    {"llamada", kNoun},
              {"cita", kNoun},      {"entrevista", kNoun},   {"clase", kNoun},
              {"medico", kNoun},    {"dentista", kNoun},     {"doctor", kNoun},
              {"doctora", kNoun},   {"almuerzo", kNoun},     {"cena", kNoun},
              {"desayuno", kNoun},  {"presentacion", kNoun}, {"conferencia", kNoun},
              {"seminario", kNoun}, {"taller", kNoun},       {"entrenamiento", kNoun},
              {"examen", kNoun},    {"junta", kNoun},        {"consulta", kNoun},
              {"vuelo", kNoun},     {"sesion", kNoun},       {"videollamada", kNoun},
              {"fiesta", kNoun},    {"partido", kNoun},      {"ensayo", kNoun},
              {"visita", kNoun},    {"revision", kNoun},     {"llamado", kNoun},
              {"comida", kNoun},    {"cafe", kNoun},         {"tutoria", kNoun},
              {"reu", kNoun},       {"meet", kNoun},         {"cumpleanos", kNoun},
              {"cenar", kVerb},     {"almorzar", kVerb},     {"desayunar", kVerb},
              {"nos vemos", kVerb}, {"quedamos", kVerb},     {"reunirnos", kVerb},
              {"vernos", kVerb},    {"nos reunimos", kVerb}, {"hablamos", kVerb}};
  l.title_stop_words = {{"un", 0},   {"una", 0},    {"el", 0},       {"la", 0},      {"los", 0},
                        {"las", 0},  {"mi", 0},     {"mis", 0},      {"tengo", 0},   {"tenemos", 0},
                        {"hay", 0},  {"es", 0},     {"nuestra", 0},  {"nuestro", 0}, {"su", 0},
                        {"y", 0},    {"que", 0},    {"recuerda", 0}, {"olvides", 0}, {"no", 0},
                        {"hola", 0}, {"tambien", 0}};
  l.title_links = {{"con", 0}, {"de", 0}, {"del", 0}, {"sobre", 0}};
  for (const auto& [phrase, part] : std::initializer_list<std::pair<std::string_view, DayPart>>{
           {"a media manana", D::kLateMorning},
           {"a ultima hora de la tarde", D::kLateAfternoon},
           {"a primera hora", D::kEarlyMorning},
           {"temprano", D::kEarlyMorning},
           {"temprano en la manana", D::kEarlyMorning},
           {"temprano por la manana", D::kEarlyMorning},
           {"al caer la tarde", D::kLateAfternoon},
           {"a la noche", D::kNight},
           {"a la tarde", D::kAfternoon},
           {"a la manana", D::kMorning}}) {
    l.day_parts.Add(phrase, part);
  }
  for (auto phrase : {"mnn", "mna", "mnana", "maniana"}) l.day_offsets.Add(phrase, 1);
  AddCommon(l);
  return l;
}

Lexicon Portuguese() {
  Lexicon l;
  l.language = Language::kPt;
  l.default_title = "Reunião";
  l.day_offsets = {
      {"hoje", 0}, {"amanha", 1}, {"depois de amanha", 2}, {"ontem", -1}, {"anteontem", -2}};
  l.day_parts = {
      {"de manha", D::kMorning},   {"pela manha", D::kMorning},  {"na manha", D::kMorning},
      {"ao meio-dia", D::kNoon},   {"meio-dia", D::kNoon},       {"meio dia", D::kNoon},
      {"a tarde", D::kAfternoon},  {"de tarde", D::kAfternoon},  {"pela tarde", D::kAfternoon},
      {"a noite", D::kNight},      {"de noite", D::kNight},      {"pela noite", D::kNight},
      {"a noitinha", D::kEvening}, {"de noitinha", D::kEvening}, {"a meia-noite", D::kMidnight},
      {"meia-noite", D::kMidnight}};
  l.today_parts = {{"hoje a noite", D::kTonight}, {"hoje de noite", D::kTonight},
                   {"esta noite", D::kTonight},   {"hoje a tarde", D::kAfternoon},
                   {"esta tarde", D::kAfternoon}, {"hoje de manha", D::kMorning},
                   {"esta manha", D::kMorning},   {"hoje a noitinha", D::kTonight},
                   {"hj a noite", D::kTonight},   {"hj de noite", D::kTonight}};
  l.hour_parts = {{"da manha", D::kMorning},
                  {"da tarde", D::kAfternoon},
                  {"da noite", D::kNight},
                  {"de manha", D::kMorning},
                  {"de tarde", D::kAfternoon},
                  {"de noite", D::kNight},
                  {"a tarde", D::kAfternoon},
                  {"a noite", D::kNight},
                  {"da madrugada", D::kEarlyMorning},
                  {"de madrugada", D::kEarlyMorning}};
  l.weekdays = {{"domingo", 0},      {"segunda", 1}, {"segunda-feira", 1}, {"terca", 2},
                {"terca-feira", 2},  {"quarta", 3},  {"quarta-feira", 3},  {"quinta", 4},
                {"quinta-feira", 4}, {"sexta", 5},   {"sexta-feira", 5},   {"sabado", 6},
                {"seg", 1},          {"qua", 3},     {"qui", 4},           {"sex", 5},
                {"sab", 6},          {"dom", 0}};
  l.months = {{"janeiro", 1},   {"fevereiro", 2}, {"marco", 3},  {"abril", 4},    {"maio", 5},
              {"junho", 6},     {"julho", 7},     {"agosto", 8}, {"setembro", 9}, {"outubro", 10},
              {"novembro", 11}, {"dezembro", 12}, {"jan", 1},    {"fev", 2},      {"abr", 4},
              {"jun", 6},       {"jul", 7},       {"ago", 8},    {"set", 9},      {"out", 10},
              {"nov", 11}};
  l.units = {{"minuto", kMinute},
             {"minutos", kMinute},
             {"min", kMinute},
             {"hora", kHour},
             {"horas", kHour},
             {"dia", kDay},
             {"dias", kDay},
             {"semana", kWeek},
             {"semanas", kWeek},
             {"meia hora", kHalfHour},
             {"hora e meia", kHourAndHalf},
             {"uma hora e meia", kHourAndHalf}};
  l.number_words = {{"um", 1},      {"uma", 1},    {"dois", 2},    {"duas", 2},
                    {"tres", 3},    {"quatro", 4}, {"cinco", 5},   {"seis", 6},
                    {"sete", 7},    {"oito", 8},   {"nove", 9},    {"dez", 10},
                    {"quinze", 15}, {"vinte", 20}, {"trinta", 30}, {"um par de", 2}};
  l.markers = {{"proxima", M::kNext},
               {"proximo", M::kNext},
               {"na proxima", M::kNext},
               {"no proximo", M::kNext},
               {"que vem", M::kNextSuffix},
               {"q vem", M::kNextSuffix},
               {"na proxima semana", M::kNextWeek},
               {"proxima semana", M::kNextWeek},
               {"semana que vem", M::kNextWeek},
               {"da outra semana", M::kNextWeek},
               {"na outra semana", M::kNextWeek},
               {"na semana que vem", M::kNextWeek},
               {"nesta", M::kThis},
               {"neste", M::kThis},
               {"esta", M::kThis},
               {"as", M::kTimePrep},
               {"a", M::kTimePrep},
               {"pelas", M::kTimePrep},
               {"por volta das", M::kTimePrep},
               {"la pelas", M::kTimePrep},
               {"ao", M::kTimePrep},
               {"das", M::kRangeFrom},
               {"da", M::kRangeFrom},
               {"de", M::kRangeFrom},
               {"entre as", M::kRangeFrom},
               {"desde as", M::kRangeFrom},
               {"ate", M::kRangeTo},
               {"ate as", M::kRangeTo},
               {"e as", M::kRangeTo},
               {"em", M::kIn},
               {"daqui a", M::kIn},
               {"dentro de", M::kIn},
               {"durante", M::kFor},
               {"por", M::kFor},
               {"horas", M::kOclock},
               {"h", M::kHourSuffix},
               {"dia", M::kArticle},
               {"no dia", M::kArticle}};
  l.cues = {{"foi", C::kPast},
            {"tive", C::kPast},
            {"tivemos", C::kPast},
            {"teve", C::kPast},
            {"passada", C::kPast},
            {"passado", C::kPast},
            {"atras", C::kPast},
            {"fui", C::kPast},
            {"fomos", C::kPast},
            {"cancelado", C::kCancel},
            {"cancelada", C::kCancel},
            {"cancelaram", C::kCancel},
            {"cancelar", C::kCancel},
            {"cancelei", C::kCancel},
            {"cancelamos", C::kCancel},
            {"desmarcada", C::kCancel},
            {"desmarcado", C::kCancel},
            {"desmarcaram", C::kCancel},
            {"desmarcar", C::kCancel},
            {"nao tenho", C::kCancel},
            {"nao vai ter", C::kCancel},
            {"nao tem", C::kCancel},
            {"nao havera", C::kCancel},
            {"nao vai mais", C::kCancel},
            {"prazo", C::kDeadline},
            {"entregar", C::kDeadline},
            {"entrega", C::kDeadline},
            {"data limite", C::kDeadline},
            {"vence", C::kDeadline},
            {"ate", C::kDeadlineBefore},
            {"ate as", C::kDeadlineBefore},
            {"antes de", C::kDeadlineBefore},
            {"antes do", C::kDeadlineBefore},
            {"antes da", C::kDeadlineBefore},
            {"remarcada", C::kMoved},
            {"remarcado", C::kMoved},
            {"remarcaram", C::kMoved},
            {"adiada para", C::kMoved},
            {"adiado para", C::kMoved},
            {"mudou para", C::kMoved},
            {"passou para", C::kMoved},
            {"transferida", C::kMoved},
            {"nova", C::kReschedule},
            {"em vez", C::kReschedule},
            {"agora", C::kReschedule},
            {"te lembro", C::kNotPlan},
            {"vou lembrar", C::kNotPlan},
            {"lembro voces", C::kNotPlan},
            {"aviso voces", C::kNotPlan},
            {"estou disponivel", C::kNotPlan},
            {"chuva", C::kNotPlan},
            {"chover", C::kNotPlan},
            {"vai chover", C::kNotPlan},
            {"entregue", C::kDeadline},
            {"nao vamos", C::kCancel},
            {"nao podemos", C::kCancel},
            {"adiado", C::kCancel},
            {"adiada", C::kCancel},
            {"nao vou poder", C::kCancel},
            {"nao posso ir", C::kCancel},
            {"nao posso", C::kCancel},
            {"nao consigo", C::kCancel},
            {"saio de", C::kNotPlan},
            {"saio da", C::kNotPlan},
            {"saio do", C::kNotPlan},
            {"nao vou", C::kCancel},
            {"encomenda", C::kNotPlan},
            {"normalmente", C::kNotPlan},
            {"costumava", C::kPast},
            {"costumavamos", C::kPast},
            {"abrem", C::kNotPlan},
            {"fecham", C::kNotPlan},

            {"nasci", C::kPast},
            {"nasceu", C::kPast},
            {"chegou", C::kPast},
            {"vimos", C::kPast},
            {"jogamos", C::kPast},
            {"saimos", C::kPast},
            {"comecamos", C::kPast},
            {"me lembra", C::kNotPlan},
            {"me lembre", C::kNotPlan},
            {"lembrar de", C::kNotPlan},
            {"me acorda", C::kNotPlan},
            {"me acordar", C::kNotPlan},
            {"despertador", C::kNotPlan},
            {"abre", C::kNotPlan},
            {"fecha", C::kNotPlan},
            {"estar em casa", C::kNotPlan},
            {"se tivessemos", C::kNotPlan},
            {"se tivesse", C::kNotPlan},
            {"teriamos", C::kNotPlan},
            {"que horas", C::kNotPlan},
            {"custa", C::kNotPlan},
            {"ganhamos", C::kNotPlan},
            {"perdemos", C::kNotPlan},
            {"anteontem", C::kPast},
            {"comecou", C::kPast},
            {"terminou", C::kPast},
            {"saiu", C::kPast},
            {"chegamos", C::kPast},
            {"jantamos", C::kPast},
            {"atrasou", C::kPast},
            {"cancelaram", C::kCancel},
            {"nao vai rolar", C::kCancel},
            {"ocupado", C::kNotPlan},
            {"ocupada", C::kNotPlan},
            {"disponivel", C::kNotPlan},
            {"saio do trabalho", C::kNotPlan},
            {"saio do servico", C::kNotPlan},
            {"faltar", C::kNotPlan},
            {"falta de", C::kNotPlan},
            {"por do sol", C::kNotPlan},
            {"nascer do sol", C::kNotPlan},
            {"lixo", C::kNotPlan}};
  l.events = {{"reuniao", kNoun},       {"reunioes", kNoun},      {"chamada", kNoun},
              {"ligacao", kNoun},       {"consulta", kNoun},      {"entrevista", kNoun},
              {"aula", kNoun},          {"medico", kNoun},        {"dentista", kNoun},
              {"almoco", kNoun},        {"jantar", kNoun},        {"cafe", kNoun},
              {"apresentacao", kNoun},  {"conferencia", kNoun},   {"seminario", kNoun},
              {"treino", kNoun},        {"prova", kNoun},         {"exame", kNoun},
              {"voo", kNoun},           {"sessao", kNoun},        {"videochamada", kNoun},
              {"festa", kNoun},         {"jogo", kNoun},          {"ensaio", kNoun},
              {"visita", kNoun},        {"palestra", kNoun},      {"encontro", kNoun},
              {"mentoria", kNoun},      {"revisao", kNoun},       {"reuni", kNoun},
              {"almocar", kVerb},       {"jantarmos", kVerb},     {"tomar um cafe", kVerb},
              {"nos vemos", kVerb},     {"nos encontrar", kVerb}, {"encontrar", kVerb},
              {"a gente se ve", kVerb}, {"conversamos", kVerb},   {"falamos", kVerb}};
  l.title_stop_words = {{"no", 0},    {"na", 0},  {"nos", 0},    {"nas", 0},     {"em", 0},
                        {"e", 0},     {"um", 0},  {"uma", 0},    {"o", 0},       {"a", 0},
                        {"os", 0},    {"as", 0},  {"meu", 0},    {"minha", 0},   {"tenho", 0},
                        {"temos", 0}, {"tem", 0}, {"ha", 0},     {"e", 0},       {"nossa", 0},
                        {"nosso", 0}, {"que", 0}, {"lembra", 0}, {"esquece", 0}, {"nao", 0},
                        {"oi", 0},    {"ola", 0}, {"tambem", 0}, {"vou", 0},     {"ter", 0}};
  l.title_links = {{"com", 0}, {"de", 0}, {"do", 0}, {"da", 0}, {"sobre", 0}};
  for (const auto& [phrase, part] : std::initializer_list<std::pair<std::string_view, DayPart>>{
           {"no fim da tarde", D::kLateAfternoon},
           {"fim da tarde", D::kLateAfternoon},
           {"no final da tarde", D::kLateAfternoon},
           {"final da tarde", D::kLateAfternoon},
           {"de manha cedo", D::kEarlyMorning},
           {"no fim da manha", D::kLateMorning},
           {"ao fim da manha", D::kLateMorning},
           {"fim da manha", D::kLateMorning},
           {"no final da manha", D::kLateMorning},
           {"final da manha", D::kLateMorning},
           {"cedinho", D::kEarlyMorning},
           {"cedo", D::kEarlyMorning},
           {"no inicio da noite", D::kEarlyEvening},
           {"comeco da noite", D::kEarlyEvening}}) {
    l.day_parts.Add(phrase, part);
  }
  for (auto phrase : {"amn", "amnh", "amanh", "amha"}) l.day_offsets.Add(phrase, 1);
  for (auto phrase : {"hj", "hje"}) l.day_offsets.Add(phrase, 0);
  AddCommon(l);
  return l;
}

}  // namespace

std::optional<Language> ParseLanguage(std::string_view code) {
  const std::string_view base = code.substr(0, code.find_first_of("-_"));
  if (base == "en") return Language::kEn;
  if (base == "ru") return Language::kRu;
  if (base == "es") return Language::kEs;
  if (base == "pt") return Language::kPt;
  return std::nullopt;
}

std::string_view LanguageCode(Language language) {
  switch (language) {
    case Language::kEn:
      return "en";
    case Language::kRu:
      return "ru";
    case Language::kEs:
      return "es";
    case Language::kPt:
      return "pt";
  }
  return "en";
}

int DefaultHour(DayPart part) {
  switch (part) {
    case DayPart::kMorning:
      return 8;
    case DayPart::kNoon:
      return 12;
    case DayPart::kAfternoon:
      return 14;
    case DayPart::kEvening:
      return 19;
    case DayPart::kTonight:
      return 20;
    case DayPart::kNight:
      return 21;
    case DayPart::kMidnight:
      return 0;
    case DayPart::kEarlyMorning:
      return 7;
    case DayPart::kLateMorning:
      return 10;
    case DayPart::kLateAfternoon:
      return 16;
    case DayPart::kEarlyEvening:
      return 18;
  }
  return 9;
}

const Lexicon& LexiconFor(Language language) {
  // Built once, read-only afterwards: safe to share between threads.
  static const Lexicon kEnglish = English();
  static const Lexicon kRussian = Russian();
  static const Lexicon kSpanish = Spanish();
  static const Lexicon kPortuguese = Portuguese();
  switch (language) {
    case Language::kRu:
      return kRussian;
    case Language::kEs:
      return kSpanish;
    case Language::kPt:
      return kPortuguese;
    case Language::kEn:
      break;
  }
  return kEnglish;
}

}  // namespace chatfleet::meetings
