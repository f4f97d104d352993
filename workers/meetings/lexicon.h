#pragma once

#include <algorithm>
#include <bitset>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "workers/meetings/text_tokens.h"

namespace chatfleet::meetings {

enum class Language { kEn, kRu, kEs, kPt };

std::optional<Language> ParseLanguage(std::string_view code);  // "en", "ru", "es", "pt"
std::string_view LanguageCode(Language language);

/// A multi-word phrase table keyed by its first normalized word; Match() returns the longest
/// phrase starting at a token. Phrases are written normalized ("manana", "segunda-feira") and
/// split on spaces; punctuation tokens are words of their own ("1 - on - 1").
template <typename T>
class PhraseTable {
 public:
  struct Hit {
    T value;
    std::size_t length;  // tokens consumed
  };

  PhraseTable() = default;
  PhraseTable(std::initializer_list<std::pair<std::string_view, T>> entries) {
    for (const auto& [phrase, value] : entries) Add(phrase, value);
  }

  void Add(std::string_view phrase, T value) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start <= phrase.size()) {
      const std::size_t space = phrase.find(' ', start);
      const std::size_t stop = space == std::string_view::npos ? phrase.size() : space;
      if (stop > start) words.emplace_back(phrase.substr(start, stop - start));
      if (space == std::string_view::npos) break;
      start = space + 1;
    }
    if (words.empty()) return;
    first_bytes_.set(StartKey(words.front()));
    auto& bucket = by_first_[words.front()];
    bucket.push_back({std::move(words), value});
    // Longest first, so "pasado manana" wins over "pasado".
    std::stable_sort(bucket.begin(), bucket.end(), [](const Entry& a, const Entry& b) {
      return a.words.size() > b.words.size();
    });
  }

  std::optional<Hit> Match(const std::vector<Token>& tokens, std::size_t at) const {
    if (at >= tokens.size()) return std::nullopt;
    const auto it = by_first_.find(tokens[at].text);
    if (it == by_first_.end()) return std::nullopt;
    for (const Entry& entry : it->second) {
      if (at + entry.words.size() > tokens.size()) continue;
      bool equal = true;
      for (std::size_t k = 1; k < entry.words.size() && equal; ++k) {
        equal = tokens[at + k].text == entry.words[k];
      }
      if (equal) return Hit{entry.value, entry.words.size()};
    }
    return std::nullopt;
  }

  /// Whether a phrase may start at the token: its first two bytes start some phrase. A cheap
  /// test before Match for a table most tokens never start (no hashing of the whole word).
  bool MayStartAt(const std::vector<Token>& tokens, std::size_t at) const {
    return at < tokens.size() && first_bytes_.test(StartKey(tokens[at].text));
  }

  /// Calls f(words, value) for every phrase, in no particular order.
  template <typename F>
  void ForEachPhrase(F&& f) const {
    for (const auto& [first, entries] : by_first_) {
      for (const Entry& entry : entries) f(entry.words, entry.value);
    }
  }

  /// The value of a one-word phrase, looked up by its text ("пятого" inside "полпятого").
  std::optional<T> Lookup(std::string_view word) const {
    const auto it = by_first_.find(std::string(word));
    if (it == by_first_.end()) return std::nullopt;
    for (const Entry& entry : it->second) {
      if (entry.words.size() == 1) return entry.value;
    }
    return std::nullopt;
  }

  bool Contains(std::string_view first_word) const {
    return by_first_.contains(std::string(first_word));
  }

 private:
  struct Entry {
    std::vector<std::string> words;
    T value;
  };
  std::unordered_map<std::string, std::vector<Entry>> by_first_;
  static std::size_t StartKey(std::string_view word) {
    const auto byte = [&word](std::size_t k) {
      return k < word.size() ? static_cast<unsigned char>(word[k]) : 0u;
    };
    return (byte(0) * 257u + byte(1)) % 1024u;
  }
  std::bitset<1024> first_bytes_;  // StartKey of every phrase's first word
};

/// Parts of the day with the hours the labelling conventions fix: early morning 07:00, morning
/// 08:00, late morning 10:00, noon 12:00, afternoon 14:00, late afternoon 16:00, early evening
/// 18:00, evening 19:00, tonight 20:00 (tonight also means "today"), night 21:00.
enum class DayPart {
  kMorning,
  kNoon,
  kAfternoon,
  kEvening,
  kTonight,
  kNight,
  kMidnight,
  kEarlyMorning,
  kLateMorning,
  kLateAfternoon,
  kEarlyEvening,
};
int DefaultHour(DayPart part);

enum class Marker {
  kNext,        // "next" before a weekday: strictly after today
  kNextSuffix,  // "que viene" / "que vem" after a weekday
  kNextWeek,    // "next week": the following Monday-to-Sunday week
  kThis,        // "this" before a weekday: same as a bare weekday
  kTimePrep,    // "at", "в", "a las", "as" (às): makes a bare number a clock time
  kRangeFrom,   // "from", "с", "de", "das", "entre"
  kRangeTo,     // "-", "to", "до", "a", "hasta", "as", "ate"
  kIn,          // "in", "через", "en", "dentro de", "em", "daqui a": relative offsets
  kFor,         // "for", "на", "durante", "por": durations
  kAm,
  kPm,
  kHourSuffix,  // "15h", "15h30"
  kOclock,      // "o'clock", "часов", "horas", "en punto"
  kArticle,     // "the", "el", "dia": before a bare day of month ("el 15", "dia 15")
};

enum class Cue {
  kPast,            // the event already happened: "went", "вчера", "ayer", "ontem"
  kCancel,          // "cancelled", "отменили", "cancelado", also "I don't have"
  kDeadline,        // "due", "deadline", "дедлайн", "plazo", "prazo"
  kDeadlineBefore,  // "by", "до", "antes de", "ate" right before the time: a deadline
  kReschedule,      // "instead", "new", "теперь": the clause names a new time, not a loss
  kMoved,  // "moved to", "перенесли", "remarcada": a verb moving the plan; a time after it is
           // the new one, a time before it in its sentence the old one
  kNotPlan,  // the time is no plan of the chat: a chore reminder ("remind me to", "wake me"),
             // opening hours ("opens"), being somewhere ("be home"), a hypothetical ("if we had")
};

enum class EventStrength { kNoun, kVerb };

/// A holiday named as a day: a fixed date, or a number of days from Easter Sunday (Western, or
/// Orthodox for Russian "Пасха"); holiday_words.cc.
struct Holiday {
  int month = 0;  // fixed dates
  int day = 0;
  bool from_easter = false;
  int easter_offset = 0;  // "Good Friday" -2, "Easter Monday" 1
  bool orthodox = false;
};

struct Unit {
  int minutes;  // 1, 60, 1440, 10080; 30 for "half an hour"
  bool needs_number;
};

/// Everything language-specific the time expression parser and the extractor look up.
struct Lexicon {
  Language language;
  PhraseTable<int> day_offsets;      // today 0, tomorrow 1, day after tomorrow 2, yesterday -1
  PhraseTable<DayPart> day_parts;    // standalone: "in the morning", "утром", "por la tarde"
  PhraseTable<DayPart> today_parts;  // a part that also means today: "this morning", "tonight"
  PhraseTable<DayPart> hour_parts;   // after a number: "утра", "de la tarde", "in the evening"
  PhraseTable<int> weekdays;         // 0 = Sunday … 6 = Saturday
  PhraseTable<int> months;           // 1 … 12
  PhraseTable<Holiday> holidays;     // "Christmas Eve", "Easter Monday", "Nochevieja"
  PhraseTable<Unit> units;
  PhraseTable<int> number_words;
  // Clock times in words (spoken_clock_words.cc): signed minutes said before the hour ("half
  // past" 30, "quarter to" -15) or after it ("y media" 30, "menos cuarto" -15); the Russian hour
  // under way, its minutes ("половине" 30, "четверть" 15) and the ordinal it counts ("седьмого").
  PhraseTable<int> minutes_before_hour;
  PhraseTable<int> minutes_after_hour;
  PhraseTable<int> hours_under_way;
  PhraseTable<int> hour_ordinals;
  PhraseTable<Marker> markers;
  PhraseTable<Cue> cues;
  PhraseTable<EventStrength> events;
  PhraseTable<int> title_stop_words;  // trimmed from titles: articles, pronouns, "have"
  PhraseTable<int> title_links;       // "with", "с", "con", "com", "de": "call with Anna"
  std::string_view default_title;     // when the event is a verb: "Meeting", "Встреча"
  // Single-word weekdays, months and day words of six letters or more, as code points, with
  // their spelling: what CorrectSpelling compares a misspelt word against.
  std::vector<std::pair<std::u32string, std::string>> spelling_targets;
};

const Lexicon& LexiconFor(Language language);

}  // namespace chatfleet::meetings
