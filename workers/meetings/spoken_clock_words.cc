// Clock times said in words, per language. Declarative: the grammar reading them is in
// clock_matchers.cc (LeadingMinutes, MinutesAfterHour, HourUnderWayAt).
#include "workers/meetings/spoken_clock_words.h"

namespace chatfleet::meetings {
namespace {

void English(Lexicon& l) {
  // "half four" is British for 4:30; "half an hour" stays a duration, the unit after it says so.
  l.minutes_before_hour = {{"half past", 30},      {"half", 30},        {"quarter past", 15},
                           {"a quarter past", 15}, {"quarter to", -15}, {"a quarter to", -15},
                           {"quarter til", -15}};
  // "seven thirty", "one fifteen": the minutes as a number after the hour word.
  l.minutes_after_hour = {{"fifteen", 15}, {"twenty", 20},     {"thirty", 30},
                          {"forty", 40},   {"forty-five", 45}, {"forty five", 45}};
}

void Russian(Lexicon& l) {
  // "без четверти пять" 4:45, "без десяти семь" 6:50: minutes short of the hour named.
  l.minutes_before_hour = {{"без четверти", -15}, {"без пятнадцати", -15},
                           {"без десяти", -10},   {"без пяти", -5},
                           {"без двадцати", -20}, {"без двадцати пяти", -25}};
  l.minutes_after_hour = {
      {"пятнадцать", 15}, {"двадцать", 20}, {"тридцать", 30}, {"сорок", 40}, {"сорок пять", 45}};
  // Russian counts the hour under way: "половина седьмого", "четверть восьмого".
  l.hours_under_way = {{"половине", 30}, {"половина", 30}, {"пол", 30}, {"четверть", 15}};
  l.hour_ordinals = {{"первого", 1},    {"второго", 2},        {"третьего", 3},
                     {"четвертого", 4}, {"пятого", 5},         {"шестого", 6},
                     {"седьмого", 7},   {"восьмого", 8},       {"девятого", 9},
                     {"десятого", 10},  {"одиннадцатого", 11}, {"двенадцатого", 12}};
  // "к восьми", "с шести до девяти", "к часу": the hour after a preposition takes its case.
  for (const auto& [word, hour] : {std::pair{"часу", 1},
                                   {"двух", 2},
                                   {"двум", 2},
                                   {"трех", 3},
                                   {"трем", 3},
                                   {"четырех", 4},
                                   {"четырем", 4},
                                   {"пяти", 5},
                                   {"шести", 6},
                                   {"семи", 7},
                                   {"восьми", 8},
                                   {"девяти", 9},
                                   {"десяти", 10},
                                   {"одиннадцать", 11},
                                   {"одиннадцати", 11},
                                   {"двенадцать", 12},
                                   {"двенадцати", 12}}) {
    l.number_words.Add(word, hour);
  }
}

void Spanish(Lexicon& l) {
  l.minutes_after_hour = {{"y media", 30},       {"y cuarto", 15},    {"y cinco", 5},
                          {"y diez", 10},        {"y veinte", 20},    {"y veinticinco", 25},
                          {"menos cuarto", -15}, {"menos cinco", -5}, {"menos diez", -10},
                          {"menos veinte", -20}};
  l.number_words.Add("once", 11);
  l.number_words.Add("doce", 12);
}

void Portuguese(Lexicon& l) {
  l.minutes_after_hour = {
      {"e meia", 30},        {"e quinze", 15},    {"e um quarto", 15},     {"e cinco", 5},
      {"e dez", 10},         {"e vinte", 20},     {"e vinte e cinco", 25}, {"menos um quarto", -15},
      {"menos quinze", -15}, {"menos cinco", -5}, {"menos dez", -10},      {"menos vinte", -20}};
  l.number_words.Add("onze", 11);
  l.number_words.Add("doze", 12);
}

}  // namespace

void AddSpokenClockWords(Lexicon& l) {
  switch (l.language) {
    case Language::kEn:
      English(l);
      return;
    case Language::kRu:
      Russian(l);
      return;
    case Language::kEs:
      Spanish(l);
      return;
    case Language::kPt:
      Portuguese(l);
      return;
  }
}

}  // namespace chatfleet::meetings
