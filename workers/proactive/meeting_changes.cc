#include "workers/proactive/meeting_changes.h"

#include <date/tz.h>

#include <algorithm>
#include <array>
#include <set>
#include <unordered_set>
#include <utility>

#include "shared/core/utf8.h"
#include "workers/meetings/meeting_extractor.h"
#include "workers/meetings/text_tokens.h"
#include "workers/proactive/zone_time.h"

namespace chatfleet::workers {
namespace {

using meetings::Token;
using std::chrono::sys_seconds;

// Words are matched after Tokenize's normalization: lower case, Latin diacritics stripped
// ("canceló" is "cancelo"), "ё" folded to "е".
const std::unordered_set<std::string_view> kCancelWords = {
    // en
    "cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "scrap", "scrapped",
    // ru
    "отмени", "отменить", "отменил", "отменила", "отменили", "отменим", "отменяется", "отменяются",
    "отменен", "отменена", "отменено", "отменены", "отменяй", "отмена",
    // es
    "cancela", "cancelar", "cancelo", "cancelaron", "cancelada", "cancelado", "cancelamos", "anula",
    "anular", "anulada", "anulado", "anulo", "suspendida", "suspendido",
    // pt
    "cancelou", "cancelaram", "cancelei", "desmarca", "desmarcar", "desmarcou", "desmarcaram",
    "desmarcada", "desmarcado", "desmarquei"};

const std::unordered_set<std::string_view> kMoveWords = {
    // en
    "move", "moved", "moving", "reschedule", "rescheduled", "rescheduling", "postpone", "postponed",
    "push", "pushed", "bumped", "shifted",
    // ru
    "перенеси", "перенести", "перенес", "перенесла", "перенесли", "перенесем", "перенесен",
    "перенесена", "перенесено", "переносится", "переносим", "переношу", "сдвинь", "сдвинули",
    "сдвинул", "передвинули",
    // es
    "mueve", "mover", "movio", "movieron", "movemos", "reprograma", "reprogramar", "reprogramada",
    "reprogramado", "reprogramaron", "posponer", "pospuesta", "pospuesto", "pospuso", "pospusieron",
    "aplaza", "aplazar", "aplazada", "aplazado", "aplazo", "aplazaron", "adelanta", "adelantada",
    "adelantado", "adelantaron",
    // pt
    "adia", "adiar", "adiada", "adiado", "adiou", "adiaram", "adiamos", "remarca", "remarcar",
    "remarcada", "remarcado", "remarcou", "remarcaram", "remarquei", "transferida", "transferido",
    "transferiu", "antecipada", "antecipado", "antecipou"};

// Verbs that change a meeting only with the word after them ("passou para segunda").
const std::set<std::pair<std::string_view, std::string_view>> kMovePairs = {
    {"paso", "a"},     {"pasa", "a"},     {"cambio", "a"},  {"cambio", "para"}, {"passou", "para"},
    {"passou", "pra"}, {"mudou", "para"}, {"mudou", "pra"}, {"muda", "para"},   {"muda", "pra"}};
const std::set<std::pair<std::string_view, std::string_view>> kCancelPairs = {
    {"call", "off"}, {"called", "off"}, {"calling", "off"}, {"is", "off"}};

// A negation right before the verb, or one word before it ("didn't cancel", "не отменили",
// "no se canceló", "não foi cancelada").
const std::unordered_set<std::string_view> kNegations = {"not",   "dont", "don", "didn", "didnt",
                                                         "doesn", "won",  "isn", "wasn", "never",
                                                         "не",    "no",   "nao", "nunca"};

// Said to ask, not to wonder: "can you move the meeting to 4pm?" is a request.
const std::unordered_set<std::string_view> kRequestOpeners = {
    "can", "could", "pls", "please", "можешь", "можете", "puedes", "podes", "pode", "voce"};
const std::unordered_set<std::string_view> kPoliteness = {"please", "pls",   "plz", "пожалуйста",
                                                          "por",    "favor", "ok",  "okay"};

// Words naming a meeting of any kind; Russian ones by stem, the case endings vary.
const std::unordered_set<std::string_view> kGenericWords = {
    "meeting",    "meetings", "mtg",     "call",        "appointment", "appt",
    "apointment", "sync",     "session", "event",       "reunion",     "reuniones",
    "cita",       "llamada",  "junta",   "consulta",    "sesion",      "evento",
    "reuniao",    "reunioes", "chamada", "compromisso", "encontro",    "sessao"};
constexpr std::array<std::string_view, 7> kGenericStems = {"встреч", "созвон",  "звонок", "совещан",
                                                           "прием",  "планерк", "митинг"};

// Title words that say nothing about which meeting it is.
const std::unordered_set<std::string_view> kTitleFiller = {
    "the", "with", "and", "for", "our", "my",  "con", "com", "para", "los", "las",
    "del", "dos",  "das", "una", "uma", "при", "для", "мой", "моя",  "наш", "наша"};

/// The same word, or the same stem with another ending ("встреча"/"встречу",
/// "dentist"/"dentista", "call"/"calls").
bool SameWord(std::string_view a, std::string_view b) {
  if (a == b) return true;
  const std::size_t shorter = std::min(CountCodePoints(a), CountCodePoints(b));
  if (shorter < 4) return false;
  std::size_t bytes = 0;
  while (bytes < a.size() && bytes < b.size() && a[bytes] == b[bytes]) ++bytes;
  // Back to the start of the code point the bytes diverged in.
  const std::size_t common = CountCodePoints(CutUtf8(a, bytes));
  return common >= std::max<std::size_t>(4, shorter - 2);
}

bool IsGeneric(std::string_view word) {
  if (kGenericWords.contains(word)) return true;
  return std::any_of(kGenericStems.begin(), kGenericStems.end(),
                     [&](std::string_view stem) { return word.starts_with(stem); });
}

/// Every token, spaced: " the 1 - on - 1 moved to 4 pm ", so a title is found whole.
std::string SpacedTokens(std::string_view text) {
  std::string out = " ";
  for (const Token& token : meetings::Tokenize(text)) out += token.text + " ";
  return out;
}

std::vector<std::string> WordsOf(std::string_view text) {
  std::vector<std::string> words;
  for (Token& token : meetings::Tokenize(text)) {
    if (token.kind == Token::Kind::kWord) words.push_back(std::move(token.text));
  }
  return words;
}

/// "didn't" and "didn’t" as the negation list spells them.
bool IsNegation(std::string word) {
  std::erase(word, '\'');
  for (std::size_t at; (at = word.find("\u2019")) != std::string::npos;) word.erase(at, 3);
  return kNegations.contains(word);
}

bool IsQuestion(std::string_view text) {
  const auto last = text.find_last_not_of(" \t\r\n");
  return last != std::string_view::npos && text[last] == '?';
}

// Words that fix the day of a time ("today at 4", "amanhã às 10"); without one, a time alone
// keeps the meeting's day.
const std::unordered_set<std::string_view> kNearDayWords = {
    "today",   "tonight", "tomorrow", "tmrw",   "tmr",  "2moro", "tomorow",
    "сегодня", "завтра",  "hoy",      "manana", "hoje", "amanha"};

// What the new time is said of: the words after the verb alone ("al lunes a las 12") read as a
// past event ("se movió", "перенесли" are past tense), and without a noun as no event at all.
std::string_view EventNoun(std::string_view language) {
  if (language == "ru") return "встреча ";
  if (language == "es") return "reunión ";
  if (language == "pt") return "reunião ";
  return "meeting ";
}

// Said after a message that names a day without a time, so the extractor reads the day.
std::string_view ProbeTime(std::string_view language) {
  if (language == "ru") return " в 10:00";
  if (language == "es") return " a las 10:00";
  if (language == "pt") return " às 10:00";
  return " at 10:00";
}

std::vector<meetings::ExtractedMeeting> Extract(std::string_view text, std::string_view language,
                                                const date::time_zone* zone, sys_seconds at) {
  auto extraction =
      meetings::ExtractMeetings({text, at, zone->name(), meetings::ParseLanguage(language)});
  if (!extraction) return {};
  return std::move(extraction->meetings);
}

}  // namespace

std::optional<MeetingChangeRequest> FindMeetingChange(std::string_view text) {
  std::vector<std::string> words;
  std::vector<std::size_t> word_ends;  // byte offsets in `text`
  for (Token& token : meetings::Tokenize(text)) {
    if (token.kind != Token::Kind::kWord) continue;
    words.push_back(std::move(token.text));
    word_ends.push_back(token.end);
  }
  std::size_t first = 0;
  while (first < words.size() && kPoliteness.contains(words[first])) ++first;
  if (IsQuestion(text) && (first >= words.size() || !kRequestOpeners.contains(words[first]))) {
    return std::nullopt;
  }
  std::optional<MeetingChangeRequest> found;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view word = words[i];
    const std::string_view next = i + 1 < words.size() ? std::string_view(words[i + 1]) : "";
    const bool move = kMoveWords.contains(word) || kMovePairs.contains({word, next});
    const bool cancel = kCancelWords.contains(word) || kCancelPairs.contains({word, next});
    if (!move && !cancel) continue;
    const bool negated =
        (i >= 1 && IsNegation(words[i - 1])) || (i >= 2 && IsNegation(words[i - 2]));
    if (negated) return std::nullopt;
    if (!found) {
      found.emplace();
      found->imperative = i == first;
    }
    // A move wins over a cancellation: "cancel Friday's call and move it to Monday".
    if (move) {
      found->kind = MeetingChangeRequest::Kind::kMove;
      found->new_time_text = text.substr(word_ends[i]);
    }
  }
  if (!found) return std::nullopt;
  found->names_a_meeting = std::any_of(words.begin(), words.end(), IsGeneric);
  found->words = std::move(words);
  found->spaced_text = SpacedTokens(text);
  return found;
}

MeetingMatch MatchMeeting(const MeetingChangeRequest& request,
                          const std::vector<UpcomingMeeting>& meetings) {
  const bool answer_due = request.names_a_meeting || request.imperative;
  // A title said whole ("the 1-on-1", "all-hands") outweighs any count of shared words.
  constexpr std::size_t kWholeTitle = 1000;
  std::vector<std::size_t> scores(meetings.size(), 0);
  for (std::size_t m = 0; m < meetings.size(); ++m) {
    const std::string title = SpacedTokens(meetings[m].title);
    if (title.size() > 2 && request.spaced_text.find(title) != std::string::npos) {
      scores[m] += kWholeTitle;
    }
    for (const std::string& title_word : WordsOf(meetings[m].title)) {
      if (CountCodePoints(title_word) < 3 || kTitleFiller.contains(title_word)) continue;
      const bool said = std::any_of(request.words.begin(), request.words.end(),
                                    [&](const std::string& w) { return SameWord(w, title_word); });
      if (said) ++scores[m];
    }
  }
  const std::size_t best = scores.empty() ? 0 : *std::max_element(scores.begin(), scores.end());
  MeetingMatch match;
  if (best > 0) {
    for (std::size_t m = 0; m < meetings.size(); ++m) {
      if (scores[m] == best) match.matches.push_back(m);
    }
  } else if (request.names_a_meeting) {
    // "перенесли встречу" with no title word in common means a meeting that is one by its
    // title ("Созвон с клиентом"), not the dentist.
    for (std::size_t m = 0; m < meetings.size(); ++m) {
      const auto words = WordsOf(meetings[m].title);
      if (std::any_of(words.begin(), words.end(), IsGeneric)) match.matches.push_back(m);
    }
  }
  if (match.matches.size() == 1) {
    match.outcome = MeetingMatch::Outcome::kOne;
  } else if (match.matches.size() > 1) {
    match.outcome = MeetingMatch::Outcome::kSeveral;
  } else {
    match.outcome = answer_due ? MeetingMatch::Outcome::kNone : MeetingMatch::Outcome::kUnrelated;
  }
  return match;
}

std::optional<NewMeetingTime> NewTimeOfMove(std::string_view text, std::string_view language,
                                            const date::time_zone* zone, sys_seconds at,
                                            const UpcomingMeeting& meeting) {
  using std::chrono::days;
  // Zero for a meeting without an end, which a move does not give one.
  const auto length = meeting.end.value_or(meeting.start) - meeting.start;
  const auto old_local = LocalTime(meeting.start, zone);
  const auto old_day = std::chrono::floor<days>(old_local);
  const auto old_time_of_day = old_local - old_day;

  const auto words = WordsOf(text);
  const bool names_near_day = std::any_of(
      words.begin(), words.end(), [](const std::string& w) { return kNearDayWords.contains(w); });
  // The extractor puts a time without a day at its next occurrence.
  const auto is_next_occurrence = [&](sys_seconds start) {
    const auto local = LocalTime(start, zone);
    auto next =
        std::chrono::floor<days>(LocalTime(at, zone)) + (local - std::chrono::floor<days>(local));
    if (SysTime(next, zone) <= at) next += days(1);
    return local == next && !names_near_day;
  };

  const std::string said = std::string(EventNoun(language)) + std::string(text);
  text = said;
  auto found = Extract(text, language, zone, at);
  std::erase_if(found, [&](const auto& m) { return m.start == meeting.start; });
  // The same message with a time after it: a start of `found` that is still there is a time
  // the user wrote; one that changed was the extractor's default for a day without a time.
  std::string probe(text);
  probe += ProbeTime(language);
  const auto probed = Extract(probe, language, zone, at);
  const auto kept = [&](const meetings::ExtractedMeeting& m) {
    return std::any_of(probed.begin(), probed.end(),
                       [&](const auto& p) { return p.start == m.start; });
  };

  NewMeetingTime moved;
  if (!found.empty() && kept(found.back())) {
    const auto& target = found.back();
    moved = {target.start, target.end};
    if (is_next_occurrence(target.start)) {  // a time alone: on the meeting's day
      const auto local = LocalTime(target.start, zone);
      moved.start = SysTime(old_day + (local - std::chrono::floor<days>(local)), zone);
      moved.end.reset();
      if (target.end) moved.end = moved.start + (*target.end - target.start);
    }
  } else {
    // A day alone ("на завтра", "para segunda"): the meeting's time of day on it.
    if (probed.empty() || is_next_occurrence(probed.back().start)) return std::nullopt;
    const auto day = std::chrono::floor<days>(LocalTime(probed.back().start, zone));
    moved.start = SysTime(day + old_time_of_day, zone);
  }
  if (!moved.end && meeting.end) moved.end = moved.start + length;
  if (moved.start <= at || moved.start == meeting.start) return std::nullopt;
  return moved;
}

}  // namespace chatfleet::workers
