#!/usr/bin/env python3
"""Second held-out TEST part of the meeting-extraction corpus (never tune on it).

Run:  python3 make_test_part_2.py > test_part_2.jsonl      (--stats prints counts to stderr)

Conventions (the same contract as the first test part; restated so this file stands alone):
- Each line is one chat message. "now" is when it was sent (ISO-8601 with offset), "tz" the
  sender's IANA zone. Labels are local wall times in tz; every UTC offset is computed here with
  zoneinfo, never typed, so DST is checked rather than copied.
- "expect" lists the events the message plans, in order of first mention, as
  {"start": ISO, "end": ISO or null}. A repeated mention of one event counts once. An empty list
  is a negative: nothing may be extracted.
- An event is any planned future activity of the writer or the chat: meeting, call, class, match,
  rehearsal, party, appointment, trip, exam, service, volunteering shift, anything. Not events:
  past events, cancelled ones, deadlines ("due Friday 5pm"), opening hours, reminders to self of a
  chore, "I'll be home at 6", negated plans, questions about the past, scores/prices/counts/
  durations without a plan, hypotheticals.
- A plan with a day but neither a clock time nor a part of the day is not in the corpus.
- A weekday name ("on Friday", "next Friday", "this Friday") is the next such day strictly in the
  future; today's weekday means today if the time is still ahead, else a week later. "next week
  Tuesday" is the Tuesday of the next calendar week (weeks start on Monday).
- Dates without a year are the next occurrence (said in December, "January 5" is next year).
  Numeric dates are M/D in America/* zones, D/M elsewhere (also "15.04").
- A bare hour 1-6 without am/pm or part of day is afternoon (13-18h), 7-11 is morning, 12 noon.
  Evening activities always say evening in the text (8pm, 20:00, "в 8 вечера", ...).
- Parts of the day without a clock time: early morning 07:00, morning 08:00, late morning 10:00,
  noon/lunchtime/midday 12:00, afternoon 14:00, late afternoon 16:00, early evening 18:00,
  evening 19:00, tonight/"сегодня вечером"/"esta noche"/"hoje à noite" 20:00, late evening/night
  21:00. With a clock time the part of day only picks am/pm ("7 вечера" = 19:00).
- A range ("3-4 PM", "с 16:00 до 17:30", "de 10 a 12", "das 9 às 11") sets "end"; a duration after
  the time ("for 75 min", "на полчаса", "por una hora", "por duas horas") sets end = start +
  duration; otherwise end is null.
- Relative: "in 2 hours" = now + 2h to the minute; "in three days at 10am" = date + 3 at 10:00;
  "in two weeks on Tuesday" = Tuesday of the calendar week two weeks after this one.
- A zone named in the text is honoured; otherwise tz. (No line of this part names a zone.)

Decisions carried over from the first part (its notes left them open; this part keeps them):
- Numeric dates only where the M/D-vs-D/M rule reads naturally for the writer: en in all its
  zones, es only in Europe/Madrid and Atlantic/Canary, pt only in Europe/Lisbon and
  Atlantic/Azores, ru everywhere (D.M or D/M).
- Chat abbreviations, slang spellings and misspellings share the tag "typo".
- "dst" is not typed: the script adds it exactly when the UTC offset at a start differs from the
  offset at "now" (and removes it otherwise).
- A departure/leaving time of a planned trip is the trip's start.
- "<weekday> night" / "por la noche" / "à noite" after a day name is night, 21:00; "hoy en la
  noche" / "esta noche" / "hj à noite" / "сегодня вечером" is tonight, 20:00; "вечером" after a day
  name, "à noitinha" and "in the evening" are evening, 19:00.
- Each line is in exactly one zone; no line says "next <weekday>" on that weekday, and no line
  names today's weekday for today.

Decisions new in this part (the notes are silent on them):
- "arvo" (en-AU) is afternoon, 14:00; "после обеда" is afternoon, 14:00; "в обед" is lunchtime,
  12:00; "с утра" is morning, 08:00; "a primera hora"/"temprano por la mañana"/"cedo de manhã"/
  "рано утром" are early morning, 07:00.
- "in N weeks on <weekday>", "через неделю в четверг", "la semana que viene el martes",
  "daqui a duas semanas na sexta" all count calendar weeks from now's week (label w<N>-<day>),
  the same rule as "in two weeks on Tuesday"; they carry the tag relative-plus-date. "in 3 days at
  9am" / "через два дня в 10" / "dentro de 3 días a las 9" are relative (label +Nd).
- "the 20th" / "31-го" / "dia 25" without a month is the next such day of the month after now.
- An approximate time or duration ("10ish", "часов в 12", "about three hours", "como tres horas",
  "часа на четыре", "a couple of hours" = 2 h) is labelled with its stated value.
- A line that mentions a past event and a future one ("today we watched the parade at 10, tonight
  fireworks at 22:00") labels only the future one.
- A proposal ("coffee tomorrow morning?", "го в пятницу в 8 вечера в боулинг?") is a plan.
- Chilean "once" (afternoon tea) is a meal, not the hour 11.
- Holidays named with their date implied (Easter Sunday, Good Friday, Labor Day, Mother's Day)
  are only written where the weekday or date is also in the text or obvious from now. One line
  on purpose reads against the bare weekday: "el viernes santo" said on Thursday 26 March is Good
  Friday, 3 April, not the next day.
- Times that do not exist or occur twice on a DST night are refused by the script (none is used).
- America/Havana was not used: the installed tzdata (2026f) has Cuba go on DST on 8 March 2026
  and stay on it (no change in November), which other tzdata versions disagree with;
  America/Tijuana (US rule) is the Spanish-speaking zone with the US dates instead.

Zones: the first part's 14 (New York, Chicago, Los Angeles, London, Sydney, Moscow, Riga, Berlin,
Madrid, Mexico City, Santiago, Bogotá, Lisbon, São Paulo) plus Pacific/Auckland (NZ rule: ends
first Sunday of April, starts last Sunday of September), Asia/Jerusalem (starts the Friday before
the last Sunday of March), America/Tijuana (US rule in Mexico), Atlantic/Canary and
Atlantic/Azores (EU rule at other offsets, Azores switching at local midnight) and Africa/Maputo
(no DST, a control like Moscow, São Paulo, Mexico City and Bogotá).

Reference "now"s (local wall time, read in each case's zone; KEYS below), the same as the first part:
  jan14 Wed 2026-01-14 18:20   mar05 Thu 2026-03-05 14:30 (US/Tijuana DST Sun 8 Mar)
  mar26 Thu 2026-03-26 10:15 (EU DST Sun 29 Mar, Israel Fri 27 Mar)
  apr01 Wed 2026-04-01 09:40 (Chile/Sydney/Auckland end 4-5 Apr)
  may09 Sat 2026-05-09 11:30   jun16 Tue 2026-06-16 09:05   aug07 Fri 2026-08-07 12:00
  sep02 Wed 2026-09-02 17:45 (Chile DST Sun 6 Sep, Auckland 27 Sep)   oct01 Thu 2026-10-01 08:50
  (Sydney 4 Oct)   oct22 Thu 2026-10-22 13:10 (EU/Israel DST end Sun 25 Oct)
  oct29 Thu 2026-10-29 19:30 (US/Tijuana Sun 1 Nov)
  dec28 Mon 2026-12-28 16:40 (dates without year roll into 2027)

Label syntax in the case tuples (each label is one event, "START" or "START|END"):
  START: "YYYY-MM-DD HH:MM" | "MM-DD HH:MM" (next occurrence after now) | "+Nd HH:MM" (N days
         after now's date) | "+Nm" (now + N minutes) | "fri HH:MM" (next Friday strictly in the
         future, today if it is Friday and the time is ahead) | "w1-tue HH:MM" / "w2-tue HH:MM"
         (Tuesday of the calendar week 1 or 2 weeks after now's week)
  END:   "HH:MM" (same date as start, next day if not after it) | "+Nm" (start + N minutes) |
         any START form.
Tags: activity range duration month-name numeric-date relative relative-plus-date day-part typo
emoji multi dst negative-past negative-cancelled negative-deadline negative-other plain.
"""
import json
import re
import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

KEYS = {
    "jan14": datetime(2026, 1, 14, 18, 20),
    "mar05": datetime(2026, 3, 5, 14, 30),
    "mar26": datetime(2026, 3, 26, 10, 15),
    "apr01": datetime(2026, 4, 1, 9, 40),
    "may09": datetime(2026, 5, 9, 11, 30),
    "jun16": datetime(2026, 6, 16, 9, 5),
    "aug07": datetime(2026, 8, 7, 12, 0),
    "sep02": datetime(2026, 9, 2, 17, 45),
    "oct01": datetime(2026, 10, 1, 8, 50),
    "oct22": datetime(2026, 10, 22, 13, 10),
    "oct29": datetime(2026, 10, 29, 19, 30),
    "dec28": datetime(2026, 12, 28, 16, 40),
}

NY, CH, LA, LO, SY, AK = ("America/New_York", "America/Chicago", "America/Los_Angeles",
                          "Europe/London", "Australia/Sydney", "Pacific/Auckland")
MO, RI, BE, JE = "Europe/Moscow", "Europe/Riga", "Europe/Berlin", "Asia/Jerusalem"
MA, MX, SA, BO, TJ, CN = ("Europe/Madrid", "America/Mexico_City", "America/Santiago",
                          "America/Bogota", "America/Tijuana", "Atlantic/Canary")
LI, SP, AZ, MP = "Europe/Lisbon", "America/Sao_Paulo", "Atlantic/Azores", "Africa/Maputo"

ZONES = {"en": {NY, CH, LA, LO, SY, AK}, "ru": {MO, RI, BE, JE},
         "es": {MA, MX, SA, BO, TJ, CN}, "pt": {LI, SP, AZ, MP}}
NUMERIC_OK = {"en": ZONES["en"], "ru": ZONES["ru"], "es": {MA, CN}, "pt": {LI, AZ}}

TAGS = {"activity", "range", "duration", "month-name", "numeric-date", "relative",
        "relative-plus-date", "day-part", "typo", "emoji", "multi", "dst", "negative-past",
        "negative-cancelled", "negative-deadline", "negative-other", "plain"}

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

CASES = []


def _adder(lang):
    def add(key, zone, text, labels, tags):
        CASES.append((lang, key, zone, text, list(labels), tags.split()))
    return add


en = _adder("en")
ru = _adder("ru")
es = _adder("es")
pt = _adder("pt")
# ================================ en ==========================================================
# --- jan14 Wed 18:20 ---------------------------------------------------------------------------
en("jan14", NY, "choir rehearsal thursday 7pm in the church basement, bring your folders", ["thu 19:00"], "activity")
en("jan14", CH, "dentist for Mia on 1/21 at 3:15", ["01-21 15:15"], "activity numeric-date")
en("jan14", LA, "yo we still on for tacos tmrw at 12:30?", ["+1d 12:30"], "activity typo")
en("jan14", LO, "Quiz night at the Red Lion friday 8pm, team name ideas pls 🍺", ["fri 20:00"], "activity emoji")
en("jan14", SY, "surf lesson sun 6:45am, meet at the north end of the beach", ["sun 06:45"], "activity")
en("jan14", AK, "netball trials saturday 9am at the domain", ["sat 09:00"], "activity")
en("jan14", NY, "mom's colonoscopy is at 8am on the 20th, I'm driving her", ["01-20 08:00"], "activity")
en("jan14", CH, "can we do the 1:1 from 2 to 2:30 tomorrow instead", ["+1d 14:00|14:30"], "activity range")
en("jan14", LA, "podcast recording in 90 min, mics are charged 🎙️", ["+90m"], "activity relative emoji")
en("jan14", LO, "Parents, the Year 5 trip to the Science Museum leaves at 8:15 on 3/2", ["02-03 08:15"], "activity numeric-date")
en("jan14", SY, "book club is at Jess's place thurs at 6:30 pm", ["thu 18:30"], "activity typo")
en("jan14", NY, "Lunch w/ Priya at 12:30 fri, then the gallery at 3", ["fri 12:30", "fri 15:00"], "activity multi")
en("jan14", CH, "Sunday brunch at 10:30 at the diner on Halsted 🥞", ["sun 10:30"], "activity emoji")
en("jan14", LA, "dinner with the in-laws jan 24 at 6:30pm, pls dont be late", ["01-24 18:30"], "activity month-name")
en("jan14", NY, "in two weeks on Wednesday the new hires start orientation at 9am", ["w2-wed 09:00"], "activity relative-plus-date")
en("jan14", LO, "coffee tomorrow morning?", ["+1d 08:00"], "activity day-part")
en("jan14", LA, "massage booked sat 2pm for 90 minutes, treat yo self", ["sat 14:00|+90m"], "activity duration")
en("jan14", LO, "meeting with the head teacher friday at 8:45", ["fri 08:45"], "plain")
en("jan14", SY, "in 4 days at 9am the kids start swimming camp", ["+4d 09:00"], "activity relative")
en("jan14", NY, "denist apointmnt fri 2:30", ["fri 14:30"], "activity typo")
en("jan14", NY, "the DMV closes at 4:30 on weekdays", [], "negative-other")
en("jan14", CH, "we went bowling sat night and I bowled a 140", [], "negative-past")
en("jan14", LA, "rent is due on the 1st by 5pm, don't forget", [], "negative-deadline")
en("jan14", LO, "Tuesday's pilates at 6pm is off, instructor's ill", [], "negative-cancelled")
en("jan14", SY, "if it wasn't 40 degrees we'd have played golf at 2", [], "negative-other")
en("jan14", AK, "the ferry to Waiheke takes 40 min", [], "negative-other")
# --- mar05 Thu 14:30 (US DST Sun 8 Mar) -------------------------------------------------------
en("mar05", NY, "Daylight saving kicks in sunday so the 9am run club will feel like 8 lol", ["sun 09:00"], "activity")
en("mar05", NY, "parent teacher conference monday 3:40-4pm room 112", ["mon 15:40|16:00"], "activity range")
en("mar05", CH, "Indoor soccer tues 7:15pm, we play the Hawks", ["tue 19:15"], "activity typo")
en("mar05", LA, "vet appt for Biscuit 3/11 at 10:20am", ["03-11 10:20"], "activity numeric-date typo")
en("mar05", LA, "sprint planning wed 10 to 11:30", ["wed 10:00|11:30"], "activity range")
en("mar05", CH, "my citizenship interview is march 17 at 8:30am 🤞", ["03-17 08:30"], "activity month-name emoji")
en("mar05", NY, "tonight 7pm zoom with the grant committee", ["+0d 19:00"], "activity")
en("mar05", LO, "Hair appointment saturday 11:15", ["sat 11:15"], "plain")
en("mar05", SY, "family dinner at Nonna's sunday 1pm, bring the pav", ["sun 13:00"], "activity")
en("mar05", CH, "Thurs next week is busy: standup 9:30, dentist at 2", ["w1-thu 09:30", "w1-thu 14:00"], "activity multi relative-plus-date typo")
en("mar05", LA, "next week tuesday at 8:30 is the orientation for the new job", ["w1-tue 08:30"], "activity relative-plus-date")
en("mar05", CH, "the retirement party is monday at lunchtime in the break room 🎉", ["mon 12:00"], "activity day-part emoji")
en("mar05", NY, "heading to the show in 20 minutes, save me a seat", ["+20m"], "activity relative")
en("mar05", AK, "Waka ama training tues 5:30am", ["tue 05:30"], "activity typo")
en("mar05", NY, "ok so um basically the plan is we meet at the trailhead at like 8:30 on sunday and hike for about three hours and then whoever wants can grab food after, sound good?", ["sun 08:30|+180m"], "activity duration")
en("mar05", NY, "clocks spring forward at 2am sunday", [], "negative-other")
en("mar05", CH, "the plumber was supposed to come at 10 and never showed", [], "negative-past")
en("mar05", LA, "FAFSA corrections due march 15 11:59pm", [], "negative-deadline")
en("mar05", LO, "tomorrow's netball at 7pm is called off, the court's flooded", [], "negative-cancelled")
en("mar05", NY, "I'm free after 3 any day next week", [], "negative-other")
en("mar05", LO, "registration for the marathon ballot closes friday at noon", [], "negative-deadline")
en("mar05", AK, "entries for the triathlon close on 20 March", [], "negative-deadline")
# --- mar26 Thu 10:15 (EU DST Sun 29 Mar) ------------------------------------------------------
en("mar26", LO, "Palm Sunday service at 10:30 at St Mary's", ["sun 10:30"], "activity")
en("mar26", LO, "The MOT is booked for 8:30 on monday", ["mon 08:30"], "activity")
en("mar26", LO, "drinks after work tmrw, 5:30 at the Crown", ["+1d 17:30"], "activity typo")
en("mar26", LO, "Open day at the uni 4/4, 10-3", ["04-04 10:00|15:00"], "activity numeric-date range")
en("mar26", NY, "bat mitzvah april 11, ceremony 10am, party 7pm", ["04-11 10:00", "04-11 19:00"], "activity month-name multi")
en("mar26", SY, "grand final viewing at the club sat 2pm", ["sat 14:00"], "activity")
en("mar26", SY, "the Easter long weekend camping trip, we leave fri 3 april at 6am", ["04-03 06:00"], "activity month-name")
en("mar26", SY, "April 10 7:30pm Hamilton tickets!!! 🎶", ["04-10 19:30"], "activity month-name emoji")
en("mar26", CH, "stand-up comedy open mic in 2 hrs, I'm so nervous", ["+120m"], "activity relative")
en("mar26", LO, "Football tournament on 6/4 from 9, lasts about 4 hours", ["04-06 09:00|+240m"], "activity numeric-date duration")
en("mar26", CH, "call with Ravi wednesday at 3", ["wed 15:00"], "plain")
en("mar26", LO, "the clocks go forward this weekend so we lose an hour of sleep", [], "negative-other")
en("mar26", LO, "Dad's hospital visit was at 2 yesterday, he's doing fine", [], "negative-past")
en("mar26", SY, "quarterly BAS is due 28 April", [], "negative-deadline")
en("mar26", NY, "we're not doing the 6am hike on saturday after all", [], "negative-cancelled")
en("mar26", NY, "how much were the tickets for the 8pm show? like $90?", [], "negative-other")
en("mar26", SY, "the markets run 8 till 1 every saturday", [], "negative-other")
en("mar26", NY, "our flight landed at 6am, still jetlagged", [], "negative-past")
# --- apr01 Wed 09:40 (Sydney/Auckland end Sun 5 Apr) ------------------------------------------
en("apr01", SY, "Easter Sunday lunch at 12:30 at Aunty Lou's", ["sun 12:30"], "activity")
en("apr01", SY, "footy training mon and thu 4:30-6", ["mon 16:30|18:00", "thu 16:30|18:00"], "activity multi range")
en("apr01", AK, "Easter Monday we're doing the Tongariro crossing, shuttle at 6:15am", ["mon 06:15"], "activity")
en("apr01", AK, "kapa haka practice thursday 6pm", ["thu 18:00"], "activity")
en("apr01", SY, "in 2 weeks on friday the kids' school disco 5:30-7:30pm 🪩", ["w2-fri 17:30|19:30"], "activity relative-plus-date range emoji")
en("apr01", LO, "April fools aside, the team offsite really is on 15/4 at 9:30", ["04-15 09:30"], "activity numeric-date")
en("apr01", NY, "tax appointment with the CPA tomorrow 11am", ["+1d 11:00"], "activity")
en("apr01", LA, "Coachella carpool leaves fri apr 10 at 5am 🌵", ["04-10 05:00"], "activity month-name emoji")
en("apr01", SY, "the tattoo session sun 11am, 3 hours 😬", ["sun 11:00|+180m"], "activity duration emoji")
en("apr01", CH, "So Thursday: 9:30 standup, 12 lunch with Jo, 4:15 orthodontist", ["thu 09:30", "thu 12:00", "thu 16:15"], "activity multi")
en("apr01", AK, "in an hour we head to the airport", ["+60m"], "activity relative")
en("apr01", NY, "🍕 pizza night friday 7pm 🍕", ["fri 19:00"], "activity emoji")
en("apr01", SY, "daylight saving ends sunday, clocks go back at 3am", [], "negative-other")
en("apr01", LA, "ha nice try, April fools, there's no meeting at 3", [], "negative-other")
en("apr01", NY, "we were at the ER till 2am, she's ok now", [], "negative-past")
# --- may09 Sat 11:30 ---------------------------------------------------------------------------
en("may09", NY, "Mother's Day brunch tomorrow 11am, reservation under Kim", ["+1d 11:00"], "activity")
en("may09", CH, "graduation is may 16 at 10am at the UIC pavilion 🎓", ["05-16 10:00"], "activity month-name emoji")
en("may09", LA, "beach volleyball tonight? 6:30pm at the pier", ["+0d 18:30"], "activity")
en("may09", LO, "Bell ringing practice tuesday 7:30-9pm at St Giles", ["tue 19:30|21:00"], "activity range")
en("may09", SY, "open home inspection at 24 Bay St sat 16/5 10:15-10:45", ["05-16 10:15|10:45"], "activity numeric-date range")
en("may09", AK, "first game of the winter league, sun 1pm, Eden Park no.2", ["sun 13:00"], "activity")
en("may09", NY, "the 10k is on the 31st, start 7:30am", ["05-31 07:30"], "activity")
en("may09", CH, "in 3 hours the graduation party starts, still need ice 🧊", ["+180m"], "activity relative emoji")
en("may09", NY, "mon 9am dentist, wed 6:30pm recital, fri 8am flight to denver ✈️", ["mon 09:00", "wed 18:30", "fri 08:00"], "activity multi emoji")
en("may09", LO, "kick off in half an hour, get down here ⚽", ["+30m"], "activity relative emoji")
en("may09", SY, "cuppa at mine tomorrow arvo", ["+1d 14:00"], "activity day-part")
en("may09", LA, "lunch with Dana tuesday at 12:15", ["tue 12:15"], "plain")
en("may09", AK, "rugby trainin mon 6pm dont b late", ["mon 18:00"], "activity typo")
en("may09", NY, "farmers market is open 8 to 1 on saturdays", [], "negative-other")
en("may09", LA, "the ticket was $180 for 2 hours of parking??", [], "negative-other")
en("may09", LO, "remind me to water the tomatoes at 7 tonight", [], "negative-other")
en("may09", CH, "did the movers come at 9 like they said?", [], "negative-past")
# --- jun16 Tue 09:05 ---------------------------------------------------------------------------
en("jun16", NY, "summer camp drop-off starts june 29, 8:30am", ["06-29 08:30"], "activity month-name")
en("jun16", LA, "Dodgers game thurs 7:10pm, I got 4 seats ⚾", ["thu 19:10"], "activity typo emoji")
en("jun16", CH, "juneteenth cookout friday at 2", ["fri 14:00"], "activity")
en("jun16", LO, "Interview at the council offices tomorrow at 2:15", ["+1d 14:15"], "activity")
en("jun16", SY, "school athletics carnival thu, from 9 to 2:30", ["thu 09:00|14:30"], "activity range")
en("jun16", AK, "Matariki dinner at the marae fri 10 July 6pm", ["07-10 18:00"], "activity month-name")
en("jun16", NY, "yoga in the park sat morning, whoever's up for it", ["sat 08:00"], "activity day-part")
en("jun16", NY, "first driving test thursday 10:15, it takes 20 mins", ["thu 10:15|+20m"], "activity duration")
en("jun16", LO, "in three weeks on saturday my cousin's wedding, ceremony at 1", ["w3-sat 13:00"], "activity relative-plus-date")
en("jun16", CH, "beach day saturday afternoon, I'll bring the umbrella", ["sat 14:00"], "activity day-part")
en("jun16", AK, "late afternoon thursday let's do the gear check", ["thu 16:00"], "activity day-part")
en("jun16", SY, "interview monday at 10:30", ["mon 10:30"], "plain")
en("jun16", NY, "the pool's open 10-6 all summer", [], "negative-other")
en("jun16", LA, "that meeting at 4 yesterday went 2 hours over", [], "negative-past")
en("jun16", CH, "the 2pm webinar on friday got scrapped", [], "negative-cancelled")
en("jun16", LO, "the scholarship application closes on 30 June at noon", [], "negative-deadline")
en("jun16", CH, "if we'd left at 7 we'd have made the 8:15 train", [], "negative-other")
en("jun16", NY, "I'm stuck in meetings until 5 today", [], "negative-other")
en("jun16", LA, "the kids' swim lesson on thursday at 4 was canceled", [], "negative-cancelled")
# --- aug07 Fri 12:00 ---------------------------------------------------------------------------
en("aug07", NY, "US Open qualifying tix for 8/25, session starts 11am 🎾", ["08-25 11:00"], "activity numeric-date emoji")
en("aug07", CH, "Back-to-school night at Lincoln Elementary aug 20 6-7:30pm", ["08-20 18:00|19:30"], "activity month-name range")
en("aug07", LA, "surf sesh tmrw early morning", ["+1d 07:00"], "activity day-part typo")
en("aug07", LO, "BBQ at ours sunday from 2pm till 6, bring a chair ☀️", ["sun 14:00|18:00"], "activity range emoji")
en("aug07", SY, "Father's Day is sept 6, lunch at the Rocks at 12", ["09-06 12:00"], "activity month-name")
en("aug07", AK, "ski trip to Ruapehu, leaving sat 4:30am", ["sat 04:30"], "activity")
en("aug07", NY, "in 2 weeks on thursday we close on the house, 10am at the lawyer's office 🏡", ["w2-thu 10:00"], "activity relative-plus-date emoji")
en("aug07", CH, "team offsite tues 1pm, 3 hours of 'strategy' 🙃", ["tue 13:00|+180m"], "activity duration emoji typo")
en("aug07", NY, "leaving for the airport in 40 minutes", ["+40m"], "activity relative")
en("aug07", LO, "dog walk on the heath sunday morning?", ["sun 08:00"], "activity day-part")
en("aug07", SY, "next week wednesday 2pm hearing at the tribunal", ["w1-wed 14:00"], "activity relative-plus-date")
en("aug07", LA, "wanna hit the gym 2mrw @ 6am", ["+1d 06:00"], "activity typo")
en("aug07", NY, "the library's closed sundays in august", [], "negative-other")
en("aug07", CH, "we were gonna go to the lake sunday but nah, too hot", [], "negative-cancelled")
en("aug07", LA, "the kickoff was at 1pm and we got there at halftime", [], "negative-past")
en("aug07", LO, "the match finished 2-1, we scored in the 89th minute", [], "negative-other")
en("aug07", AK, "we got to the summit at 2 and it was freezing", [], "negative-past")
# --- sep02 Wed 17:45 (Auckland DST Sun 27 Sep) ------------------------------------------------
en("sep02", NY, "Labor Day BBQ at the Garcias' monday 1pm", ["mon 13:00"], "activity")
en("sep02", CH, "first day of preschool is tmrw, drop off 8:45 😭", ["+1d 08:45"], "activity typo emoji")
en("sep02", LA, "rosh hashanah dinner at my sister's sept 11 at 7pm", ["09-11 19:00"], "activity month-name")
en("sep02", AK, "spring clean of the beach, sun 27 sept 9-12", ["09-27 09:00|12:00"], "activity month-name range")
en("sep02", AK, "parent interviews next week Wednesday 3:30 to 3:45", ["w1-wed 15:30|15:45"], "activity relative-plus-date range")
en("sep02", SY, "AFL grand final party sat 26th from 1:30pm", ["09-26 13:30"], "activity")
en("sep02", SY, "long weekend trip to the Blue Mountains, leaving sat 3 oct 7am", ["10-03 07:00"], "activity month-name")
en("sep02", LO, "we could do the Gherkin tour on 19/9 at 10:30", ["09-19 10:30"], "activity numeric-date")
en("sep02", NY, "choir auditions 9/16 from 4 to 6", ["09-16 16:00|18:00"], "activity numeric-date range")
en("sep02", AK, "sat 11am a 45 minute swim lesson for Tama", ["sat 11:00|+45m"], "activity duration")
en("sep02", LA, "therapy tmrw at 4 for 50 min", ["+1d 16:00|+50m"], "activity duration typo")
en("sep02", CH, "in five days at 7pm the bears home opener watch party", ["+5d 19:00"], "activity relative")
en("sep02", NY, "call with the insurance guy friday at 11", ["fri 11:00"], "plain")
en("sep02", SY, "bday drinks 4 Tash sat 8pm, cya there", ["sat 20:00"], "activity typo")
en("sep02", NY, "labor day the office is closed", [], "negative-other")
en("sep02", LA, "my flight got in at 11pm last night, dead tired", [], "negative-past")
en("sep02", SY, "footy tipping entries close thursday 7pm", [], "negative-deadline")
# --- oct01 Thu 08:50 (Sydney DST Sun 4 Oct) ---------------------------------------------------
en("oct01", SY, "NRL grand final at the pub sun 7:30pm 🏉", ["sun 19:30"], "activity emoji")
en("oct01", SY, "Labour Day monday, we're doing the Bondi to Coogee walk at 8", ["mon 08:00"], "activity")
en("oct01", SY, "coffee w/ the new neighbours sat 10ish", ["sat 10:00"], "activity")
en("oct01", SY, "dentist tuesday 11:40", ["tue 11:40"], "plain")
en("oct01", SY, "tmrw arvo we're doing the school fete setup, 3 till 5", ["+1d 15:00|17:00"], "activity range typo")
en("oct01", NY, "halloween party oct 31 at 8pm, costumes mandatory 🎃", ["10-31 20:00"], "activity month-name emoji")
en("oct01", CH, "flu shots at walgreens sat 9:30", ["sat 09:30"], "activity")
en("oct01", LA, "parent teacher conf today 2:40-3", ["+0d 14:40|15:00"], "activity range typo")
en("oct01", LO, "Conference call with the Tokyo office monday 8am", ["mon 08:00"], "plain")
en("oct01", SY, "monday 10am mediation session, booked for two hours", ["mon 10:00|+120m"], "activity duration")
en("oct01", LO, "Right: Sat 10am swimming for Alfie, 1pm Evie's party, and then 6pm takeaway at ours", ["sat 10:00", "sat 13:00", "sat 18:00"], "activity multi")
en("oct01", NY, "drinks tonight after work?", ["+0d 20:00"], "activity day-part")
en("oct01", AK, "appointment with the GP friday at 9:20", ["fri 09:20"], "plain")
en("oct01", SY, "clocks go forward on the weekend, don't be late monday", [], "negative-other")
en("oct01", NY, "I'll be home around 6 tonight", [], "negative-other")
en("oct01", CH, "the game saturday at 1 was rained out", [], "negative-cancelled")
en("oct01", LA, "what time did the recital end last night?", [], "negative-past")
en("oct01", CH, "the 7pm movie night tomorrow isn't happening, projector's broken", [], "negative-cancelled")
# --- oct22 Thu 13:10 (EU DST end Sun 25 Oct) --------------------------------------------------
en("oct22", LO, "Half term: cinema with the kids monday at 11", ["mon 11:00"], "activity")
en("oct22", LO, "fireworks at Battersea park 5/11, meeting at the gates at 6:30pm 🎆", ["11-05 18:30"], "activity numeric-date emoji")
en("oct22", LO, "pub quiz tonight 7:30pm, we're defending the title", ["+0d 19:30"], "activity")
en("oct22", LO, "driving lesson sat 9-10am, then my shift at the café 12 to 6", ["sat 09:00|10:00", "sat 12:00|18:00"], "activity multi range")
en("oct22", NY, "Diwali party nov 8 at 7pm", ["11-08 19:00"], "activity month-name")
en("oct22", CH, "haunted hayride sat 7pm 👻", ["sat 19:00"], "activity emoji")
en("oct22", SY, "Melbourne Cup lunch tue 3 nov at 12:30", ["11-03 12:30"], "activity month-name")
en("oct22", LO, "Sunday lunch at the in-laws' at 1pm for a couple of hours", ["sun 13:00|+120m"], "activity duration")
en("oct22", SY, "tmrw 7am swim squad and 5pm piano", ["+1d 07:00", "+1d 17:00"], "activity multi typo")
en("oct22", LA, "fri I have yoga at 7am and the school play at 6pm", ["fri 07:00", "fri 18:00"], "activity multi")
en("oct22", NY, "two weeks from now on saturday the gala, 7pm, black tie", ["w2-sat 19:00"], "activity relative-plus-date")
en("oct22", CH, "⏰ 6:15am tomorrow, the bus for the field trip leaves", ["+1d 06:15"], "activity emoji")
en("oct22", LO, "the clocks go back sunday so we get an extra hour in bed", [], "negative-other")
en("oct22", LO, "council tax payment due by 1 Nov", [], "negative-deadline")
en("oct22", NY, "the 4pm demo went really well yesterday", [], "negative-past")
en("oct22", AK, "no, I'm not going to the 9am hui tomorrow", [], "negative-other")
# --- oct29 Thu 19:30 (US DST end Sun 1 Nov) ---------------------------------------------------
en("oct29", NY, "marathon sunday!! wave 3 starts 10:20am 🏃", ["sun 10:20"], "activity emoji")
en("oct29", NY, "election day nov 3, I'm doing a poll shift 6am to 2pm", ["11-03 06:00|14:00"], "activity month-name range")
en("oct29", CH, "trick or treating sat 5:30 with the Nguyens", ["sat 17:30"], "activity")
en("oct29", CH, "all souls mass monday 7pm at St. Hedwig", ["mon 19:00"], "activity")
en("oct29", LA, "dia de los muertos altar building at tia's sun 4-7pm", ["sun 16:00|19:00"], "activity range")
en("oct29", LA, "flag football tmrw 7pm", ["+1d 19:00"], "activity typo")
en("oct29", LO, "bonfire night at Alexandra palace 5th Nov, 7pm", ["11-05 19:00"], "activity month-name")
en("oct29", NY, "uber's coming in 15 min, be downstairs", ["+15m"], "activity relative")
en("oct29", CH, "Guys — group call sunday 11am for an hour to plan thanksgiving", ["sun 11:00|+60m"], "activity duration")
en("oct29", NY, "meeting with the accountant monday at 9", ["mon 09:00"], "plain")
en("oct29", LO, "meetin w the landlord tuesdy 10am", ["tue 10:00"], "typo")
en("oct29", NY, "the daylight saving thing happens at 2am sunday right?", [], "negative-other")
en("oct29", CH, "halloween parade tomorrow at 4 is canceled due to weather", [], "negative-cancelled")
en("oct29", LA, "early voting ends nov 1 at 5pm", [], "negative-deadline")
en("oct29", NY, "returns accepted until nov 15", [], "negative-deadline")
en("oct29", SY, "gym's open 24/7 now, no excuses", [], "negative-other")
# --- dec28 Mon 16:40 ---------------------------------------------------------------------------
en("dec28", NY, "NYE party at Dani's thurs from 9pm ✨", ["thu 21:00"], "activity typo emoji")
en("dec28", CH, "carpool for the first day back at school, jan 5 at 7:40am", ["01-05 07:40"], "activity month-name")
en("dec28", LA, "Rose Parade viewing, we leave the house at 5am on 1/1", ["01-01 05:00"], "activity numeric-date")
en("dec28", LO, "Boxing day's over, but the sales trip is tomorrow at 9", ["+1d 09:00"], "activity")
en("dec28", SY, "NYE fireworks, meet at Mrs Macquarie's chair 4pm thurs to get a spot 🎆", ["thu 16:00"], "activity emoji typo")
en("dec28", AK, "Jan 2 bach trip to Raglan, leaving 8am sharp", ["01-02 08:00"], "activity month-name")
en("dec28", NY, "first spin class of the year 1/4, 6:30am", ["01-04 06:30"], "activity numeric-date")
en("dec28", NY, "spring break cruise leaves March 20 at 4pm 🚢", ["03-20 16:00"], "activity month-name emoji")
en("dec28", LO, "Six Nations at Twickenham 6 Feb, kick-off 4:45pm", ["02-06 16:45"], "activity month-name")
en("dec28", NY, "we're renting the rink for an hour on jan 3 at 7pm", ["01-03 19:00|+60m"], "activity month-name duration")
en("dec28", LA, "hiking wednesday early morning, griffith observatory loop", ["wed 07:00"], "activity day-part")
en("dec28", AK, "tomorrow: cricket at 10, bbq at 5", ["+1d 10:00", "+1d 17:00"], "activity multi")
en("dec28", CH, "meeting with Sam wednesday at 2", ["wed 14:00"], "plain")
en("dec28", NY, "the gym is closed jan 1", [], "negative-other")
en("dec28", LA, "we opened presents at 7am on christmas lol", [], "negative-past")
en("dec28", LO, "Self assessment tax return deadline 31 Jan", [], "negative-deadline")
en("dec28", CH, "tomorrow's hockey at 6pm is off, too icy", [], "negative-cancelled")
en("dec28", SY, "I'm working till 5 every day this week", [], "negative-other")
en("dec28", LO, "the post office reopens at 8am on the 4th", [], "negative-other")
# --- added after the first count, to raise the DST share and the negatives -------------------
en("mar05", NY, "brunch with the Kaplans sunday 11am, clocks change that morning so don't be late", ["sun 11:00"], "activity")
en("mar05", LA, "kids' dentist checkup monday 4pm", ["mon 16:00"], "activity")
en("oct29", CH, "thanksgiving at grandma's nov 26, dinner at 3", ["11-26 15:00"], "activity month-name")
en("sep02", AK, "kindy working bee sat 3 oct 9am", ["10-03 09:00"], "activity month-name")
en("oct01", SY, "school's back tuesday, drop-off 8:30", ["tue 08:30"], "activity")
en("jan14", LO, "Easter weekend in Cornwall, we drive down on 3 April at 7am", ["04-03 07:00"], "activity month-name")
en("jun16", NY, "Thanksgiving flight to Atlanta nov 25 at 6:10am ✈️", ["11-25 06:10"], "activity month-name emoji")
en("oct22", LA, "dentist for both kids nov 4, 3:30", ["11-04 15:30"], "activity month-name")
en("oct29", LO, "the clocks went back on sunday and I still woke up at 6", [], "negative-past")
en("apr01", AK, "the dairy shuts at 7 on public holidays", [], "negative-other")
en("aug07", SY, "tickets for the 2pm session are sold out", [], "negative-other")
en("may09", CH, "the farmers market closes at noon today", [], "negative-other")
en("oct01", NY, "the open house was at 1 yesterday, we missed it", [], "negative-past")
en("dec28", LA, "did you end up going to the 10am service on sunday?", [], "negative-past")
# ================================ ru ==========================================================
# --- jan14 Wed 18:20 ---------------------------------------------------------------------------
ru("jan14", MO, "Крещенские купания в Серебряном Бору 19 января в 7 утра, кто со мной? 🥶", ["01-19 07:00"], "activity month-name emoji")
ru("jan14", MO, "родительское собрание в пятницу в 18:30, кабинет 204", ["fri 18:30"], "activity")
ru("jan14", RI, "завтра в 9 стоматолог, потом на работу", ["+1d 09:00"], "activity")
ru("jan14", BE, "завтра в 17:00 последнее занятие по немецкому перед экзаменом", ["+1d 17:00"], "activity")
ru("jan14", JE, "в субботу в 12 обед у бабушки, она делает фаршированную рыбу", ["sat 12:00"], "activity")
ru("jan14", MO, "созвон с подрядчиком через 40 минут", ["+40m"], "activity relative")
ru("jan14", RI, "хоккей в сб с 10 до 11:30, лёд арендовали", ["sat 10:00|11:30"], "activity range typo")
ru("jan14", MO, "щас в 19 созвон, потом свободна", ["+0d 19:00"], "activity typo")
ru("jan14", BE, "встреча с арендодателем в понедельник в 10", ["mon 10:00"], "plain")
ru("jan14", RI, "в субботу в 14:00 баня на два часа", ["sat 14:00|+120m"], "activity duration")
ru("jan14", BE, "через полчаса выходим, такси уже едет", ["+30m"], "activity relative")
ru("jan14", MO, "завтра вечером каток на ВДНХ ⛸️", ["+1d 19:00"], "activity day-part emoji")
ru("jan14", RI, "4 апреля в 19:00 концерт в Арене Рига, билеты уже есть 🎫", ["04-04 19:00"], "activity month-name emoji")
ru("jan14", MO, "МФЦ работает до 20:00", [], "negative-other")
ru("jan14", BE, "вчера в 7 вечера был концерт, было супер", [], "negative-past")
ru("jan14", MO, "налоговую декларацию подать до 30 апреля", [], "negative-deadline")
ru("jan14", RI, "тренировку в четверг в 19:00 отменили, тренер заболел", [], "negative-cancelled")
ru("jan14", JE, "если бы я знал, пришёл бы в 5", [], "negative-other")
ru("jan14", MO, "во сколько вы вчера закончили?", [], "negative-past")
ru("jan14", JE, "срок оплаты арноны — до 25-го", [], "negative-deadline")
# --- mar05 Thu 14:30 ---------------------------------------------------------------------------
ru("mar05", MO, "8 марта в 14:00 идём с мамой в Большой на балет 💐", ["03-08 14:00"], "activity month-name emoji")
ru("mar05", RI, "на 8 Марта ресторан в 19:00, столик на шестерых", ["03-08 19:00"], "activity month-name")
ru("mar05", BE, "в понедельник в 9:30 термин в Ausländerbehörde, наконец-то", ["mon 09:30"], "activity")
ru("mar05", JE, "в воскресенье в 10 утра экскурсия в Старый город", ["sun 10:00"], "activity")
ru("mar05", MO, "на следующей неделе в среду в 11 собеседование", ["w1-wed 11:00"], "activity relative-plus-date")
ru("mar05", BE, "Elternabend 12.03 в 19:30, кто-то из нас должен пойти", ["03-12 19:30"], "activity numeric-date")
ru("mar05", RI, "чё, го в пятницу в 8 вечера в боулинг?", ["fri 20:00"], "activity typo")
ru("mar05", MO, "через две недели в понедельник в 9 утра суд по квартире", ["w2-mon 09:00"], "activity relative-plus-date")
ru("mar05", BE, "5 апреля в 11 утра Пасха у Шмидтов, мы приглашены", ["04-05 11:00"], "activity month-name")
ru("mar05", JE, "1 апреля в 20:00 первый седер у Коганов", ["04-01 20:00"], "activity month-name")
ru("mar05", MO, "в прошлую субботу в 12 было открытие выставки", [], "negative-past")
ru("mar05", RI, "Счёт за отопление надо оплатить до 15-го", [], "negative-deadline")
ru("mar05", MO, "сколько длился матч? часа два?", [], "negative-other")
ru("mar05", BE, "если бы не забастовка, поехали бы в 8 утра", [], "negative-other")
ru("mar05", MO, "напоминаю себе: вынести мусор в 8 утра", [], "negative-other")
# --- mar26 Thu 10:15 (EU DST Sun 29 Mar, Israel Fri 27 Mar) -----------------------------------
ru("mar26", JE, "завтра в 10 утра идём на рынок Кармель", ["+1d 10:00"], "activity")
ru("mar26", JE, "в субботу в 11 пикник в парке Яркон 🧺", ["sat 11:00"], "activity emoji")
ru("mar26", JE, "Песах: седер 1 апреля в 19:30 у тёти Иры", ["04-01 19:30"], "activity month-name")
ru("mar26", RI, "в воскресенье в 12 идём с бабушкой в церковь", ["sun 12:00"], "activity")
ru("mar26", BE, "в понедельник с 8 до 9 созвон с Новосибирском", ["mon 08:00|09:00"], "activity range")
ru("mar26", MO, "в воскресенье в 11 едем на дачу открывать сезон", ["sun 11:00"], "activity")
ru("mar26", RI, "12 апреля в 10 утра пасхальный завтрак у родителей 🐣", ["04-12 10:00"], "activity month-name emoji")
ru("mar26", BE, "03.04 в 17:00 забираю Лизу из лагеря", ["04-03 17:00"], "activity numeric-date")
ru("mar26", MO, "через 2 часа у меня пробежка по набережной", ["+120m"], "activity relative")
ru("mar26", MO, "встреча с юристом во вторник в 15:00", ["tue 15:00"], "plain")
ru("mar26", BE, "в понедельник в 10 семинар на три часа", ["mon 10:00|+180m"], "activity duration")
ru("mar26", RI, "завтра в 8 утра сдаю анализы, а в 18:00 родительское собрание", ["+1d 08:00", "+1d 18:00"], "activity multi")
ru("mar26", JE, "в пятницу в 9 рынок, в субботу в 12 обед у родителей", ["fri 09:00", "sat 12:00"], "activity multi")
ru("mar26", MO, "🎂 в субботу в 16:00 день рождения Сони, без опозданий", ["sat 16:00"], "activity emoji")
ru("mar26", RI, "в понедельник в 19:00 репетиция хора", ["mon 19:00"], "activity")
ru("mar26", BE, "во вторник с 9 до 13 курсы интеграции", ["tue 09:00|13:00"], "activity range")
ru("mar26", JE, "в воскресенье в 8:30 приём в больничной кассе", ["sun 08:30"], "activity")
ru("mar26", JE, "через неделю в пятницу в 12 пикник на море", ["w1-fri 12:00"], "activity relative-plus-date")
ru("mar26", JE, "переводят часы в ночь с четверга на пятницу", [], "negative-other")
ru("mar26", BE, "врач принимает только до 13:00 по пятницам", [], "negative-other")
ru("mar26", RI, "встреча в 15:00 вчера прошла нормально", [], "negative-past")
ru("mar26", MO, "в 14:00 я буду дома, заходи если что", [], "negative-other")
ru("mar26", RI, "в субботу с 10 до 18 я на работе", [], "negative-other")
# --- apr01 Wed 09:40 ---------------------------------------------------------------------------
ru("apr01", MO, "1 апреля, но это не шутка: планёрка сегодня в 12", ["+0d 12:00"], "activity")
ru("apr01", BE, "послезавтра в 18:00 встречаемся у Бранденбургских ворот", ["+2d 18:00"], "activity")
ru("apr01", JE, "в пятницу в 9 утра поездка на Мёртвое море, автобус от вокзала", ["fri 09:00"], "activity")
ru("apr01", RI, "в субботу с утра убираем в гараже", ["sat 08:00"], "activity day-part")
ru("apr01", MO, "12 апреля в 11 утра пасхальная служба, потом к маме", ["04-12 11:00"], "activity month-name")
ru("apr01", JE, "через 3 часа вылет, я ещё в пробке 😬", ["+180m"], "activity relative emoji")
ru("apr01", RI, "в пятницу в обед встречаемся в кафе у офиса", ["fri 12:00"], "activity day-part")
ru("apr01", MO, "ха-ха, первоапрельская шутка, никакого собрания в 5 не будет", [], "negative-other")
ru("apr01", BE, "Steuererklärung до 31 июля", [], "negative-deadline")
ru("apr01", RI, "сколько стоила прошлая экскурсия?", [], "negative-other")
ru("apr01", JE, "завтра у меня нет никаких встреч", [], "negative-other")
# --- may09 Sat 11:30 ---------------------------------------------------------------------------
ru("may09", MO, "сегодня в 10 смотрели парад, а вечером в 22:00 салют идём смотреть 🎆", ["+0d 22:00"], "activity emoji")
ru("may09", RI, "в понедельник в 7:30 утра сдаю кровь", ["mon 07:30"], "activity")
ru("may09", BE, "в воскресенье на блошиный рынок в Мауэрпарк, встречаемся в 10", ["sun 10:00"], "activity")
ru("may09", JE, "в воскресенье в 8 утра первый рабочий день на новой работе", ["sun 08:00"], "activity")
ru("may09", MO, "шашлыки на даче завтра днём", ["+1d 14:00"], "activity day-part")
ru("may09", MO, "на следующей неделе в четверг в 19:00 выпускной у сына", ["w1-thu 19:00"], "activity relative-plus-date")
ru("may09", BE, "седня в 17 футбол у малого", ["+0d 17:00"], "activity typo")
ru("may09", MO, "в понедельник в 9 врач, в 13 обед с Леной, в 19 йога", ["mon 09:00", "mon 13:00", "mon 19:00"], "activity multi")
ru("may09", RI, "через два дня в 10 утра экзамен по латышскому", ["+2d 10:00"], "activity relative")
ru("may09", BE, "31 октября в 15:00 Хэллоуин у детей в школе", ["10-31 15:00"], "activity month-name")
ru("may09", RI, "шашлык стоил 15 евро, грабёж", [], "negative-other")
ru("may09", MO, "вчера в 18 отмечали, до сих пор голова болит", [], "negative-past")
ru("may09", BE, "не забыть в 18:00 полить цветы", [], "negative-other")
ru("may09", MO, "парад начался в 10 и длился час", [], "negative-past")
# --- jun16 Tue 09:05 ---------------------------------------------------------------------------
ru("jun16", MO, "ЕГЭ по математике 18.06 в 10:00, держите кулаки", ["06-18 10:00"], "activity numeric-date")
ru("jun16", RI, "Лиго 23 июня, костёр в 21:00 на хуторе", ["06-23 21:00"], "activity month-name")
ru("jun16", BE, "в пт в 19:00 смотрим матч чемпионата мира в баре ⚽", ["fri 19:00"], "activity typo emoji")
ru("jun16", JE, "завтра в 16:30 кружок робототехники у Дани", ["+1d 16:30"], "activity")
ru("jun16", MO, "в субботу поход, сбор в 6:30 утра у метро", ["sat 06:30"], "activity")
ru("jun16", JE, "завтра в 6 утра едем в Эйлат, не проспите", ["+1d 06:00"], "activity")
ru("jun16", RI, "собеседование в пятницу в 11", ["fri 11:00"], "plain")
ru("jun16", MO, "в среду в 18:00 йога, полтора часа", ["wed 18:00|+90m"], "activity duration")
ru("jun16", BE, "через две недели в субботу в 15:00 свадьба", ["w2-sat 15:00"], "activity relative-plus-date")
ru("jun16", BE, "7.11 в 10 утра переезд, грузчики заказаны", ["11-07 10:00"], "activity numeric-date")
ru("jun16", MO, "поликлиника по субботам с 9 до 14", [], "negative-other")
ru("jun16", BE, "нет, в четверг в 10 я не смогу", [], "negative-other")
ru("jun16", JE, "в пятницу магазины закрываются в 14:00", [], "negative-other")
ru("jun16", MO, "отчёт сдать до пятницы 18:00", [], "negative-deadline")
ru("jun16", RI, "занятия по пилатесу в среду в 19:00 больше не будет", [], "negative-cancelled")
ru("jun16", BE, "абонемент стоит 45 евро в месяц", [], "negative-other")
# --- aug07 Fri 12:00 ---------------------------------------------------------------------------
ru("aug07", MO, "завтра в 11 везу кота к ветеринару", ["+1d 11:00"], "activity")
ru("aug07", RI, "в среду в 14:30 просмотр квартиры на Мира", ["wed 14:30"], "activity")
ru("aug07", BE, "22.08 в 15:00 свадьба Оли и Маркуса 💍", ["08-22 15:00"], "activity numeric-date emoji")
ru("aug07", JE, "в воскресенье в 7 вечера родительское собрание в садике", ["sun 19:00"], "activity")
ru("aug07", MO, "1 сентября линейка в 9 утра", ["09-01 09:00"], "activity month-name")
ru("aug07", MO, "тренить в пн в 7 утра кто будет?", ["mon 07:00"], "activity typo")
ru("aug07", RI, "завтра в 9 утра сплав по Гауе часа на четыре", ["+1d 09:00|+240m"], "activity duration")
ru("aug07", BE, "сегодня вечером гриль на балконе", ["+0d 20:00"], "activity day-part")
ru("aug07", RI, "1 ноября в 12 день рождения деда, едем в Юрмалу", ["11-01 12:00"], "activity month-name")
ru("aug07", MO, "заплатить за интернет до воскресенья", [], "negative-deadline")
ru("aug07", RI, "мы вчера в 4 были на пляже, вода +19", [], "negative-past")
ru("aug07", MO, "счёт 3:1, наши выиграли", [], "negative-other")
ru("aug07", BE, "мы там были в субботу в 11, очередь была жуткая", [], "negative-past")
# --- sep02 Wed 17:45 ---------------------------------------------------------------------------
ru("sep02", MO, "1 сентября прошло, теперь в пятницу в 18:00 собрание 1 «Б»", ["fri 18:00"], "activity")
ru("sep02", RI, "в субботу в 9 утра забег Рига–Юрмала", ["sat 09:00"], "activity")
ru("sep02", BE, "20 сентября в 12 день рождения Миши в зоопарке 🦒", ["09-20 12:00"], "activity month-name emoji")
ru("sep02", JE, "Рош ха-Шана 11 сентября, ужин в 19:00 у нас", ["09-11 19:00"], "activity month-name")
ru("sep02", MO, "завтра утром в 7:40 электричка на Тверь", ["+1d 07:40"], "activity")
ru("sep02", BE, "зубной в четверг в 8:15", ["thu 08:15"], "plain")
ru("sep02", BE, "в субботу: 10:00 плавание, 15:00 день рождения у Макса, 19:00 кино", ["sat 10:00", "sat 15:00", "sat 19:00"], "activity multi")
ru("sep02", MO, "через 15 минут начинаем стрим, подключайтесь", ["+15m"], "activity relative")
ru("sep02", JE, "в субботу утром идём на море", ["sat 08:00"], "activity day-part")
ru("sep02", JE, "27 октября в 9:00 экзамен на права", ["10-27 09:00"], "activity month-name")
ru("sep02", MO, "экзамен по вождению был вчера в 8, сдал!", [], "negative-past")
ru("sep02", BE, "Kita закрыта с 7 по 11 сентября", [], "negative-other")
ru("sep02", RI, "поезд до Вильнюса идёт 4 часа", [], "negative-other")
ru("sep02", JE, "экскурсию в пятницу в 10 отменили из-за жары", [], "negative-cancelled")
ru("sep02", MO, "вебинар в четверг в 16:00 перенесли, новой даты пока нет", [], "negative-cancelled")
# --- oct01 Thu 08:50 ---------------------------------------------------------------------------
ru("oct01", MO, "сегодня в 19:00 лекция в Гараже, я записалась", ["+0d 19:00"], "activity")
ru("oct01", RI, "в понедельник в 9:15 приём у окулиста", ["mon 09:15"], "activity")
ru("oct01", BE, "в сб с 11 до 14 Herbstfest в школе", ["sat 11:00|14:00"], "activity range typo")
ru("oct01", JE, "в воскресенье в 17:00 ужин у соседей", ["sun 17:00"], "activity")
ru("oct01", RI, "в субботу в 3 дня день рожденья у Ани", ["sat 15:00"], "activity")
ru("oct01", MO, "завтра: в 10 стрижка, в 16:30 хор", ["+1d 10:00", "+1d 16:30"], "activity multi")
ru("oct01", RI, "через неделю в пятницу в 19:00 встреча выпускников", ["w1-fri 19:00"], "activity relative-plus-date")
ru("oct01", MO, "котельная включит отопление только 15 октября", [], "negative-other")
ru("oct01", BE, "в субботу в 10 я работаю, так что без меня", [], "negative-other")
ru("oct01", MO, "я не пойду на собрание в 7 вечера, сил нет", [], "negative-other")
# --- oct22 Thu 13:10 (EU/Israel DST end Sun 25 Oct) -------------------------------------------
ru("oct22", RI, "в понедельник в 8:30 первый день после каникул, везу детей в школу", ["mon 08:30"], "activity")
ru("oct22", BE, "в воскресенье в 10 бранч у Кати, не забудь, что часы переведут 😅", ["sun 10:00"], "activity emoji")
ru("oct22", JE, "во вторник в 20:00 концерт в Хейхал ха-Тарбут", ["tue 20:00"], "activity")
ru("oct22", BE, "31.10 в 20:00 Хэллоуин-вечеринка у соседей 🎃", ["10-31 20:00"], "activity numeric-date emoji")
ru("oct22", RI, "завтра в 18:00 встречаемся в Старой Риге", ["+1d 18:00"], "activity")
ru("oct22", MO, "4 ноября в 12 едем в Сергиев Посад", ["11-04 12:00"], "activity month-name")
ru("oct22", RI, "в среду в 10 консультация у нотариуса на час", ["wed 10:00|+60m"], "activity duration")
ru("oct22", MO, "в субботу в 11 утра записалась на маникюр 💅", ["sat 11:00"], "activity emoji")
ru("oct22", RI, "совещание в понедельник в 9", ["mon 09:00"], "plain")
ru("oct22", JE, "в понедельник в 17:00 занятие с репетитором на 45 минут", ["mon 17:00|+45m"], "activity duration")
ru("oct22", BE, "в воскресенье в 14 теннис на полтора часа 🎾", ["sun 14:00|+90m"], "activity duration emoji")
ru("oct22", JE, "на следующей неделе в четверг в 10 экскурсия с классом", ["w1-thu 10:00"], "activity relative-plus-date")
ru("oct22", MO, "в понедельник рано утром уезжаем в Казань", ["mon 07:00"], "activity day-part")
ru("oct22", RI, "во вторник в 16:00 кружок шахмат у Артёма ♟️", ["tue 16:00"], "activity emoji")
ru("oct22", BE, "в понедельник в 8 утра сдаю машину в сервис", ["mon 08:00"], "activity")
ru("oct22", JE, "в среду вечером встреча клуба книголюбов", ["wed 19:00"], "activity day-part")
ru("oct22", JE, "часы переводим в воскресенье в 2 ночи", [], "negative-other")
ru("oct22", BE, "собрание в пятницу в 9 отменили", [], "negative-cancelled")
ru("oct22", MO, "концерт в воскресенье в 19:00 перенесли на неопределённый срок", [], "negative-cancelled")
ru("oct22", RI, "регистрация на марафон до 1 ноября", [], "negative-deadline")
ru("oct22", JE, "заявление надо подать до воскресенья 12:00", [], "negative-deadline")
# --- oct29 Thu 19:30 ---------------------------------------------------------------------------
ru("oct29", MO, "завтра в 8 вечера стендап в Цехе", ["+1d 20:00"], "activity")
ru("oct29", RI, "в субботу с 10 до 16 ярмарка в школе", ["sat 10:00|16:00"], "activity range")
ru("oct29", BE, "в понедельник в 7 утра такси в аэропорт, летим в Тбилиси ✈️", ["mon 07:00"], "activity emoji")
ru("oct29", JE, "приём у врача в воскресенье в 9:30", ["sun 09:30"], "plain")
ru("oct29", MO, "через 5 дней в 9:00 защита диплома", ["+5d 09:00"], "activity relative")
ru("oct29", BE, "на следующей неделе во вторник в 18:30 родительский вечер", ["w1-tue 18:30"], "activity relative-plus-date")
ru("oct29", RI, "в воскресенье днём гуляем в Межапарке", ["sun 14:00"], "activity day-part")
ru("oct29", MO, "короче слушай я тут подумал давай в субботу часов в 12 встретимся у Пушкинской и оттуда пешком до парка а потом посмотрим", ["sat 12:00"], "activity")
ru("oct29", MO, "вчерашний вебинар в 19:00 записали, пересмотрю", [], "negative-past")
ru("oct29", JE, "вчера в 9 утра была проверка, всё прошло", [], "negative-past")
ru("oct29", RI, "тренировка вчера длилась два часа", [], "negative-past")
# --- dec28 Mon 16:40 ---------------------------------------------------------------------------
ru("dec28", MO, "31-го в 23:00 собираемся у Лёши встречать Новый год 🎄", ["12-31 23:00"], "activity emoji")
ru("dec28", RI, "2 января в 11 идём на каток в Верманский парк", ["01-02 11:00"], "activity month-name")
ru("dec28", BE, "7 января в 18:00 рождественский ужин у свекрови", ["01-07 18:00"], "activity month-name")
ru("dec28", JE, "в четверг в 10 утра встреча с риелтором", ["thu 10:00"], "activity")
ru("dec28", MO, "завтра с 12 до 15 ёлка у детей в саду", ["+1d 12:00|15:00"], "activity range")
ru("dec28", MO, "10.01 в 9:00 начинаются курсы английского", ["01-10 09:00"], "activity numeric-date")
ru("dec28", RI, "12.04 в 10:00 забег, я уже зарегистрировался", ["04-12 10:00"], "activity numeric-date")
ru("dec28", BE, "30 марта в 9 утра у меня операция на колене, пожелайте удачи", ["03-30 09:00"], "activity month-name")
ru("dec28", MO, "встреча с бухгалтером в среду в 14:00", ["wed 14:00"], "plain")
ru("dec28", MO, "30-го в 15:00 массаж на час", ["12-30 15:00|+60m"], "activity duration")
ru("dec28", RI, "в среду в 11 каток, а в четверг в 22:00 салют на набережной", ["wed 11:00", "thu 22:00"], "activity multi")
ru("dec28", BE, "завтра после обеда привезу ёлочные игрушки", ["+1d 14:00"], "activity day-part")
ru("dec28", JE, "в пятницу в 18:00 ужин с друзьями 🍷", ["fri 18:00"], "activity emoji")
ru("dec28", RI, "10 апреля в 12 крестины у Кристины", ["04-10 12:00"], "activity month-name")
ru("dec28", MO, "салон работает 31-го до 18:00", [], "negative-other")
ru("dec28", RI, "корпоратив был в пятницу в 19:00, все устали", [], "negative-past")
ru("dec28", BE, "до 31.12 надо подать документы на Kindergeld", [], "negative-deadline")
ru("dec28", RI, "приём у врача 30-го в 10 отменился", [], "negative-cancelled")
ru("dec28", BE, "вечеринку 31-го у Томаса отменили", [], "negative-cancelled")
ru("dec28", MO, "в 18:00 буду дома", [], "negative-other")
# ================================ es ==========================================================
# --- jan14 Wed 18:20 ---------------------------------------------------------------------------
es("jan14", MA, "Cena de exalumnos el viernes a las 21:30 en Casa Lucio", ["fri 21:30"], "activity")
es("jan14", MX, "mañana a las 7 de la mañana voy al Nevado de Toluca, quién se apunta", ["+1d 07:00"], "activity")
es("jan14", SA, "asado el sábado a la 1 en la casa de la Feña 🔥", ["sat 13:00"], "activity emoji")
es("jan14", BO, "cita en la EPS el lunes a las 6:40 de la mañana", ["mon 06:40"], "activity")
es("jan14", TJ, "el domingo a las 10 misa en la catedral, vamos con la abuela", ["sun 10:00"], "activity")
es("jan14", CN, "clases de surf en Las Canteras el sábado de 10 a 12", ["sat 10:00|12:00"], "activity range")
es("jan14", MA, "la cita del DNI es el 21/01 a las 9:15", ["01-21 09:15"], "activity numeric-date")
es("jan14", MX, "mñn a las 10 vamos al tianguis?", ["+1d 10:00"], "activity typo")
es("jan14", CN, "cita con la gestora el lunes a las 10:45", ["mon 10:45"], "plain")
es("jan14", MA, "el sábado a las 10 pádel y a las 14:00 comida con los suegros", ["sat 10:00", "sat 14:00"], "activity multi")
es("jan14", TJ, "dentro de 3 días a las 9 de la mañana tengo la cita de la visa en el consulado", ["+3d 09:00"], "activity relative")
es("jan14", BO, "el viernes por la noche rumba en la 93", ["fri 21:00"], "activity day-part")
es("jan14", CN, "el 10/4 a las 10 empiezo el curso de buceo", ["04-10 10:00"], "activity numeric-date")
es("jan14", MA, "el Prado abre a las 10 y cierra a las 20", [], "negative-other")
es("jan14", MX, "ayer a las 9 de la noche fue la posada del trabajo, estuvo buenísima", [], "negative-past")
es("jan14", SA, "la matrícula hay que pagarla antes del 31 de enero", [], "negative-deadline")
es("jan14", BO, "se canceló el partido del jueves a las 8", [], "negative-cancelled")
es("jan14", MX, "el pago del predial vence el 31 de marzo", [], "negative-deadline")
es("jan14", SA, "¿fueron al final al concierto del sábado a las 9?", [], "negative-past")
es("jan14", TJ, "mañana estaré en el trabajo hasta las 5", [], "negative-other")
# --- mar05 Thu 14:30 (US/Tijuana DST Sun 8 Mar) -----------------------------------------------
es("mar05", TJ, "el lunes a las 9 junta en la maquiladora", ["mon 09:00"], "activity")
es("mar05", TJ, "el domingo a las 4 juego de los Toros en el estadio ⚾", ["sun 16:00"], "activity emoji")
es("mar05", MX, "8 de marzo marcha a las 4, nos vemos en el Ángel", ["03-08 16:00"], "activity month-name")
es("mar05", SA, "el lunes a las 8 primer día de clases de la Cata, la voy a dejar yo", ["mon 08:00"], "activity")
es("mar05", BO, "el sábado de 2 a 5 taller de cerámica", ["sat 14:00|17:00"], "activity range")
es("mar05", MA, "el 19/03 a las 14:00 vamos a ver la mascletà en Valencia 🎆", ["03-19 14:00"], "activity numeric-date emoji")
es("mar05", MX, "junta con el cliente el miércoles a las 9:30", ["wed 09:30"], "plain")
es("mar05", TJ, "el sábado a las 10 clase de salsa y el domingo a las 10 misa", ["sat 10:00", "sun 10:00"], "activity multi")
es("mar05", MA, "el sábado por la mañana rastro y vermú", ["sat 08:00"], "activity day-part")
es("mar05", MA, "el 4 de abril a las 17:00 boda de mi prima en Toledo 💒", ["04-04 17:00"], "activity month-name emoji")
es("mar05", TJ, "el miércoles a las 3 reunión de padres", ["wed 15:00"], "activity")
es("mar05", TJ, "la semana que viene el jueves a las 10 cita en el consulado", ["w1-thu 10:00"], "activity relative-plus-date")
es("mar05", MA, "el cambio de hora es el 29 de marzo", [], "negative-other")
es("mar05", SA, "la junta de ayer a las 6 duró tres horas", [], "negative-past")
es("mar05", MA, "mañana estaré en casa a las 6", [], "negative-other")
es("mar05", CN, "la guagua a Maspalomas tarda 50 minutos", [], "negative-other")
es("mar05", BO, "la reunión con la rectora quedó cancelada", [], "negative-cancelled")
# --- mar26 Thu 10:15 (EU DST Sun 29 Mar) ------------------------------------------------------
es("mar26", MA, "procesión del Domingo de Ramos, salimos de casa a las 11", ["sun 11:00"], "activity")
es("mar26", MA, "Semana Santa: el jueves 2 de abril a las 8 salimos para Sevilla", ["04-02 08:00"], "activity month-name")
es("mar26", CN, "el lunes a las 9 revisión del coche en la ITV", ["mon 09:00"], "activity")
es("mar26", CN, "el 1/4 de 17:00 a 19:00 tutoría con la profe de Lucía", ["04-01 17:00|19:00"], "activity numeric-date range")
es("mar26", MX, "el viernes santo a las 12 viacrucis en Iztapalapa", ["04-03 12:00"], "activity")
es("mar26", SA, "el sábado a las 10 feria de las pulgas en Bío Bío", ["sat 10:00"], "activity")
es("mar26", SA, "el domingo 5 de abril a las 12 almuerzo de Pascua en lo de mi suegra", ["04-05 12:00"], "activity month-name")
es("mar26", BO, "en 2 horas sale el bus para Villa de Leyva", ["+120m"], "activity relative")
es("mar26", BO, "q onda, el sabdo a las 4 futbol en la cancha del barrio", ["sat 16:00"], "activity typo")
es("mar26", CN, "el martes a las 9 curso de primeros auxilios de 5 horas", ["tue 09:00|+300m"], "activity duration")
es("mar26", SA, "el viernes a las 20:00 cena y el sábado a las 11 trekking en el Manquehue", ["fri 20:00", "sat 11:00"], "activity multi")
es("mar26", MX, "🎉 el sábado a las 8 de la noche fiesta de cumple de la Pau", ["sat 20:00"], "activity emoji")
es("mar26", MA, "la semana que viene el miércoles a las 18:00 reunión de la comunidad de vecinos", ["w1-wed 18:00"], "activity relative-plus-date")
es("mar26", MA, "este domingo se adelanta la hora, a las 2 serán las 3", [], "negative-other")
es("mar26", CN, "la farmacia de guardia cierra a las 22:00", [], "negative-other")
es("mar26", MX, "la fecha límite para la declaración anual es el 30 de abril", [], "negative-deadline")
es("mar26", TJ, "ayer a las 4 cruzamos la garita, tardamos horas", [], "negative-past")
# --- apr01 Wed 09:40 (Chile DST end Sat 4/Sun 5 Apr) ------------------------------------------
es("apr01", SA, "el lunes a las 9 vuelvo a la pega después de las vacaciones", ["mon 09:00"], "activity typo")
es("apr01", SA, "el domingo a las 11 corrida familiar en el Parque O'Higgins 🏃", ["sun 11:00"], "activity emoji")
es("apr01", SA, "mañana a las 20:00 misa de jueves santo", ["+1d 20:00"], "activity")
es("apr01", BO, "el viernes a las 3 procesión con la familia", ["fri 15:00"], "activity")
es("apr01", MA, "el 8/4 a las 10:30 me toca el dentista", ["04-08 10:30"], "activity numeric-date")
es("apr01", MX, "el 12 de abril a las 9 de la mañana carrera de 10 km 🏅", ["04-12 09:00"], "activity month-name emoji")
es("apr01", TJ, "el sábado por la mañana vamos a la playa de Rosarito", ["sat 08:00"], "activity day-part")
es("apr01", SA, "el lunes a las 10 me operan, dura como tres horas", ["mon 10:00|+180m"], "activity duration")
es("apr01", MA, "dentro de dos semanas el jueves a las 19:00 concierto de Rosalía", ["w2-thu 19:00"], "activity relative-plus-date")
es("apr01", TJ, "esta noche carne asada en el patio de Mirta", ["+0d 20:00"], "activity day-part")
es("apr01", SA, "el martes a las 18:00 clases de guitarra de la Cote", ["tue 18:00"], "activity")
es("apr01", SA, "el jueves 9 de abril a las 20:00 concierto en el Caupolicán", ["04-09 20:00"], "activity month-name")
es("apr01", SA, "el domingo a las 24 hay que atrasar los relojes una hora", [], "negative-other")
es("apr01", MX, "la cita con el SAT fue ayer a las 11", [], "negative-past")
es("apr01", MX, "¿a qué hora terminó la boda el sábado?", [], "negative-past")
es("apr01", CN, "el Teide se sube en unas 5 horas", [], "negative-other")
es("apr01", BO, "el trancón duró dos horas", [], "negative-other")
es("apr01", MA, "el partido del Madrid acabó 3-1", [], "negative-other")
# --- may09 Sat 11:30 ---------------------------------------------------------------------------
es("may09", MX, "mañana a las 2 comida del día de las madres en casa de la abuela 💐", ["+1d 14:00"], "activity emoji")
es("may09", MA, "San Isidro el viernes 15, quedamos a las 12 en la pradera", ["05-15 12:00"], "activity")
es("may09", CN, "el 30/05 Día de Canarias, comida en el Puerto a las 14:00", ["05-30 14:00"], "activity numeric-date")
es("may09", BO, "el martes a las 5 entrenamiento de ultimate frisbee", ["tue 17:00"], "activity")
es("may09", SA, "el jueves a las 19:00 ensayo del coro de la parroquia", ["thu 19:00"], "activity")
es("may09", TJ, "hoy a las 5 dominó en casa de Pepe", ["+0d 17:00"], "activity")
es("may09", MA, "xfa el lunes a las 9 stoy en la ofi para la reu", ["mon 09:00"], "activity typo")
es("may09", MX, "el lunes a las 8 de la mañana análisis de sangre y a las 5 junta de vecinos", ["mon 08:00", "mon 17:00"], "activity multi")
es("may09", SA, "en dos semanas el sábado a las 12 matrimonio de la Javi", ["w2-sat 12:00"], "activity relative-plus-date")
es("may09", BO, "⚽ mañana a las 3:30 final del torneo de la empresa", ["+1d 15:30"], "activity emoji")
es("may09", SA, "el 18 de septiembre a las 13:00 asado dieciochero en el campo", ["09-18 13:00"], "activity month-name")
es("may09", MA, "los sábados el mercado abre de 9 a 14", [], "negative-other")
es("may09", MX, "si no hubiera llovido, habríamos ido a Xochimilco a las 10", [], "negative-other")
es("may09", SA, "la entrada al museo cuesta 5 lucas", [], "negative-other")
es("may09", CN, "el plazo de alegaciones termina el lunes a las 14:00", [], "negative-deadline")
es("may09", MA, "ya fuimos a la feria el jueves a las 7", [], "negative-past")
# --- jun16 Tue 09:05 ---------------------------------------------------------------------------
es("jun16", MA, "el examen de historia es el 17/06 a las 9:30, deséame suerte", ["06-17 09:30"], "activity numeric-date")
es("jun16", MA, "San Juan el 23 de junio, hoguera en la playa a las 22:00 🔥", ["06-23 22:00"], "activity month-name emoji")
es("jun16", MX, "partido de México en el Mundial el jueves a las 7 de la tarde, lo vemos en la fonda", ["thu 19:00"], "activity")
es("jun16", BO, "el viernes a las 10 de la mañana misa de grado de Juanita", ["fri 10:00"], "activity")
es("jun16", SA, "tomamos once el sábado a las 6 donde la tía", ["sat 18:00"], "activity")
es("jun16", TJ, "el miércoles a las 8 de la mañana cita en el IMSS", ["wed 08:00"], "activity")
es("jun16", MA, "reunión con el arquitecto el jueves a las 10", ["thu 10:00"], "plain")
es("jun16", MX, "el miércoles a las 6 de la tarde terapia, una hora", ["wed 18:00|+60m"], "activity duration")
es("jun16", MA, "en media hora empieza la clase de spinning", ["+30m"], "activity relative")
es("jun16", CN, "la semana que viene el viernes a las 21:00 concierto en el Cabildo", ["w1-fri 21:00"], "activity relative-plus-date")
es("jun16", SA, "mañana al mediodía almuerzo con el equipo", ["+1d 12:00"], "activity day-part")
es("jun16", MA, "el 7 de noviembre a las 12 bautizo de Leo", ["11-07 12:00"], "activity month-name")
es("jun16", CN, "el ferry a Fuerteventura tarda una hora y media", [], "negative-other")
es("jun16", SA, "no voy a poder ir el jueves a las 7, tengo turno", [], "negative-other")
es("jun16", BO, "el partido quedó 2-0, ganamos", [], "negative-other")
es("jun16", TJ, "si no hubiera tanta fila en la garita, llegaríamos a las 8", [], "negative-other")
# --- aug07 Fri 12:00 ---------------------------------------------------------------------------
es("aug07", MA, "el 15 de agosto a las 20:00 verbena en La Paloma 💃", ["08-15 20:00"], "activity month-name emoji")
es("aug07", BO, "mañana a las 9 desfile de silleteros en Medellín, vamos temprano", ["+1d 09:00"], "activity")
es("aug07", MX, "el lunes a las 8 de la mañana inscripciones en la prepa", ["mon 08:00"], "activity")
es("aug07", SA, "el miércoles a las 18:30 clases de cueca para el dieciocho", ["wed 18:30"], "activity")
es("aug07", CN, "en 45 minutos salgo para el aeropuerto", ["+45m"], "activity relative")
es("aug07", SA, "weon mañana a las 11 vamos a la playa o no", ["+1d 11:00"], "activity typo")
es("aug07", BO, "cita con la odontóloga el martes a las 11:20", ["tue 11:20"], "plain")
es("aug07", MX, "en 3 horas sale mi vuelo a Cancún ✈️", ["+180m"], "activity relative emoji")
es("aug07", MA, "el plazo para la renta terminó el 30 de junio", [], "negative-deadline")
es("aug07", TJ, "el concierto de anoche en la Revu empezó a las 11", [], "negative-past")
es("aug07", TJ, "recuérdame a las 7 sacar la basura", [], "negative-other")
es("aug07", MA, "las piscinas municipales abren de 11 a 21", [], "negative-other")
es("aug07", BO, "la exposición fue el martes a las 6", [], "negative-past")
# --- sep02 Wed 17:45 (Chile DST Sun 6 Sep) ----------------------------------------------------
es("sep02", SA, "el domingo a las 13:00 almuerzo familiar en Pirque", ["sun 13:00"], "activity")
es("sep02", SA, "el 18 de septiembre a las 12 ramada en el Parque O'Higgins 🇨🇱", ["09-18 12:00"], "activity month-name emoji")
es("sep02", SA, "el lunes a las 9 reunión de apoderados", ["mon 09:00"], "activity")
es("sep02", SA, "el sábado a las 10 partido de baby fútbol de la Isi", ["sat 10:00"], "activity")
es("sep02", MX, "el 15 de septiembre a las 11 de la noche el grito en el Zócalo", ["09-15 23:00"], "activity month-name")
es("sep02", BO, "el viernes a las 7 de la noche cine foro en la biblioteca", ["fri 19:00"], "activity")
es("sep02", MA, "vuelta al cole el 8/9, entrada a las 9", ["09-08 09:00"], "activity numeric-date")
es("sep02", TJ, "el sabado a las 10 de la mañana vamo pa la playa", ["sat 10:00"], "activity typo")
es("sep02", BO, "mañana a las 9 clase de yoga, a las 12 almuerzo con Caro y a las 7 de la noche cine", ["+1d 09:00", "+1d 12:00", "+1d 19:00"], "activity multi")
es("sep02", MX, "la semana que viene el martes a las 10 reunión en la SEP", ["w1-tue 10:00"], "activity relative-plus-date")
es("sep02", CN, "el domingo temprano por la mañana subimos al Roque Nublo", ["sun 07:00"], "activity day-part")
es("sep02", SA, "el martes 8 a las 11 reunión con la jefa de UTP", ["09-08 11:00"], "activity")
es("sep02", SA, "el sábado a medianoche se adelantan los relojes", [], "negative-other")
es("sep02", TJ, "el camión para Ensenada salió a las 6 y lo perdimos", [], "negative-past")
es("sep02", MA, "la inscripción para el maratón se cierra el 15 de septiembre", [], "negative-deadline")
es("sep02", SA, "la clase del viernes a las 9 se suspendió por el paro", [], "negative-cancelled")
es("sep02", MX, "el desfile del 16 a las 10 se canceló por la lluvia", [], "negative-cancelled")
# --- oct01 Thu 08:50 ---------------------------------------------------------------------------
es("oct01", MA, "el 12 de octubre a las 11 vemos el desfile en la Castellana", ["10-12 11:00"], "activity month-name")
es("oct01", MX, "hoy en la noche cena con los compadres", ["+0d 20:00"], "activity day-part")
es("oct01", BO, "el sábado de 8 a 11 voluntariado en el comedor comunitario", ["sat 08:00|11:00"], "activity range")
es("oct01", SA, "el martes a las 16:00 kinesiólogo", ["tue 16:00"], "plain")
es("oct01", MX, "cita c/ el dentista el lunes alas 11", ["mon 11:00"], "activity typo")
es("oct01", MA, "el sábado a las 11 clase de cocina de dos horas 🥘", ["sat 11:00|+120m"], "activity duration emoji")
es("oct01", SA, "en 20 minutos paso a buscarte", ["+20m"], "activity relative")
es("oct01", MX, "oye pues ya quedamos que el sábado a las 9 de la mañana nos vemos en la entrada del bosque de Chapultepec para correr y luego desayunamos ahí mismo va", ["sat 09:00"], "activity")
es("oct01", CN, "el plazo de matrícula de la EOI acaba mañana a las 14:00", [], "negative-deadline")
es("oct01", SA, "el banco atiende hasta las 14:00", [], "negative-other")
# --- oct22 Thu 13:10 (EU DST end Sun 25 Oct) --------------------------------------------------
es("oct22", MA, "el domingo a las 10 cross popular en la Casa de Campo", ["sun 10:00"], "activity")
es("oct22", MA, "el lunes 26 a las 9:30 entrevista en el ayuntamiento", ["10-26 09:30"], "activity")
es("oct22", CN, "el 2/11 a las 17:00 vamos al cementerio con la abuela", ["11-02 17:00"], "activity numeric-date")
es("oct22", CN, "mañana a las 19:00 entreno de lucha canaria", ["+1d 19:00"], "activity")
es("oct22", MX, "el 1 de noviembre a las 6 de la tarde ponemos la ofrenda en casa 🕯️", ["11-01 18:00"], "activity month-name emoji")
es("oct22", BO, "el sábado a las 3 fiesta de disfraces de los niños", ["sat 15:00"], "activity")
es("oct22", SA, "reunión con la profesora el viernes a las 12:30", ["fri 12:30"], "plain")
es("oct22", BO, "mañana a las 8 de la mañana voluntariado en el hospital por cuatro horas", ["+1d 08:00|+240m"], "activity duration")
es("oct22", CN, "el sábado a las 9 mercadillo y el domingo a las 13:00 paella en casa de Toni 🥘", ["sat 09:00", "sun 13:00"], "activity multi emoji")
es("oct22", TJ, "la semana que viene el jueves a las 3 consulta de oftalmología", ["w1-thu 15:00"], "activity relative-plus-date")
es("oct22", MX, "el domingo en la tarde vamos a Coyoacán", ["sun 14:00"], "activity day-part")
es("oct22", MA, "el martes a las 19:00 club de lectura en la biblioteca 📚", ["tue 19:00"], "activity emoji")
es("oct22", CN, "médico de cabecera el miércoles a las 10", ["wed 10:00"], "plain")
es("oct22", MA, "el domingo a las 3 volverán a ser las 2", [], "negative-other")
es("oct22", MA, "la reunión del viernes a las 12 se ha suspendido", [], "negative-cancelled")
es("oct22", SA, "al final no vamos a la junta del lunes a las 9", [], "negative-cancelled")
es("oct22", MA, "no tengo nada el martes a las 10, estoy libre", [], "negative-other")
es("oct22", TJ, "¿cuánto te costó el taxi ayer a las 5?", [], "negative-past")
# --- oct29 Thu 19:30 (US/Tijuana DST end Sun 1 Nov) -------------------------------------------
es("oct29", TJ, "el lunes a las 8 empieza el curso de inglés", ["mon 08:00"], "activity")
es("oct29", TJ, "el 5 de noviembre a las 2 cumpleaños de Yuli en Playas 🎈", ["11-05 14:00"], "activity month-name emoji")
es("oct29", MX, "el domingo a las 5 desfile de catrinas en Reforma", ["sun 17:00"], "activity")
es("oct29", SA, "el sábado 31 a las 19:00 fiesta de halloween donde el Pancho 🎃", ["10-31 19:00"], "activity emoji")
es("oct29", CN, "mñna a las 18:00 quedada en el muelle", ["+1d 18:00"], "activity typo")
es("oct29", TJ, "el domingo a las 9 de la mañana limpieza del parque, por una hora y media", ["sun 09:00|+90m"], "activity duration")
es("oct29", BO, "en dos días a las 10 entrevista de trabajo", ["+2d 10:00"], "activity relative")
es("oct29", MA, "mañana por la tarde castañada con los vecinos 🌰", ["+1d 14:00"], "activity day-part emoji")
es("oct29", TJ, "el martes a las 9 de la mañana me toca donar sangre", ["tue 09:00"], "activity")
es("oct29", BO, "el 31 el centro comercial cierra a las 9 de la noche", [], "negative-other")
es("oct29", MX, "la kermés del sábado a las 12 se cancela por la lluvia", [], "negative-cancelled")
es("oct29", SA, "el plazo para postular a la beca es hasta el lunes a las 17:00", [], "negative-deadline")
# --- dec28 Mon 16:40 ---------------------------------------------------------------------------
es("dec28", MX, "jaja día de los inocentes, no hay posada mañana a las 8", [], "negative-other")
es("dec28", MA, "Nochevieja en casa de mis padres, cena a las 21:30 el jueves", ["thu 21:30"], "activity")
es("dec28", MA, "el 5/1 a las 18:00 cabalgata de Reyes con los niños 👑", ["01-05 18:00"], "activity numeric-date emoji")
es("dec28", CN, "el 6 de enero a las 10 roscón en casa de la abuela", ["01-06 10:00"], "activity month-name")
es("dec28", SA, "el 2 de enero a las 8 salimos para Pucón", ["01-02 08:00"], "activity month-name")
es("dec28", BO, "el miércoles a las 4 piscina con los primos", ["wed 16:00"], "activity")
es("dec28", TJ, "el 1ro de enero a las 12 almuerzo familiar, hay pozole", ["01-01 12:00"], "activity month-name typo")
es("dec28", MA, "el 31 de marzo a las 10 tengo el examen del carné", ["03-31 10:00"], "activity month-name")
es("dec28", TJ, "reunión con el director el miércoles a las 9", ["wed 09:00"], "plain")
es("dec28", MA, "el 2 de enero a las 17:00 masaje de 50 minutos", ["01-02 17:00|+50m"], "activity month-name duration")
es("dec28", BO, "en dos semanas el lunes a las 7 de la mañana vuelvo al trabajo", ["w2-mon 07:00"], "activity relative-plus-date")
es("dec28", MA, "el plazo para el bono de transporte acaba el 31", [], "negative-deadline")
es("dec28", SA, "la once de Navidad fue a las 8, comimos demasiado", [], "negative-past")
es("dec28", BO, "la celebración de ayer a las 7 estuvo muy bonita", [], "negative-past")
es("dec28", CN, "la misa del gallo fue a las 12", [], "negative-past")
es("dec28", MX, "el cine cierra el 31 a las 6 de la tarde", [], "negative-other")
# ================================ pt ==========================================================
# --- jan14 Wed 18:20 ---------------------------------------------------------------------------
pt("jan14", LI, "jantar de curso sexta às 20h na tasca do Zé", ["fri 20:00"], "activity")
pt("jan14", SP, "amanhã às 7 da manhã treino de corrida no Ibirapuera", ["+1d 07:00"], "activity")
pt("jan14", AZ, "sábado às 10h vamos ver as baleias em Ponta Delgada 🐋", ["sat 10:00"], "activity emoji")
pt("jan14", MP, "domingo às 9 culto na igreja e depois almoço", ["sun 09:00"], "activity")
pt("jan14", LI, "consulta de pediatria dia 20/01 às 11h15", ["01-20 11:15"], "activity numeric-date")
pt("jan14", SP, "ensaio do bloco de carnaval sábado das 15h às 18h 🥁", ["sat 15:00|18:00"], "activity range emoji")
pt("jan14", SP, "vc vai no churras sab as 2?", ["sat 14:00"], "activity typo")
pt("jan14", LI, "sábado às 10h workshop de fotografia de 3 horas 📷", ["sat 10:00|+180m"], "activity duration emoji")
pt("jan14", AZ, "daqui a 20 minutos começa o treino", ["+20m"], "activity relative")
pt("jan14", MP, "hoje à noite festa na casa do Nelson", ["+0d 20:00"], "activity day-part")
pt("jan14", AZ, "dia 5/4 às 10h procissão de Páscoa", ["04-05 10:00"], "activity numeric-date")
pt("jan14", LI, "o passeio de domingo às 9h foi cancelado por causa da chuva", [], "negative-cancelled")
pt("jan14", SP, "ontem às 22h teve show no Allianz, foi incrível", [], "negative-past")
pt("jan14", MP, "o prazo para a declaração é 31 de março", [], "negative-deadline")
pt("jan14", LI, "amanhã às 6 estou em casa", [], "negative-other")
pt("jan14", SP, "a matrícula vence dia 20 às 18h", [], "negative-deadline")
pt("jan14", LI, "a loja do cidadão fecha às 19h", [], "negative-other")
# --- mar05 Thu 14:30 ---------------------------------------------------------------------------
pt("mar05", SP, "segunda às 8h começa o cursinho", ["mon 08:00"], "activity")
pt("mar05", LI, "dia 14 de março às 15h aniversário da avó 🎂", ["03-14 15:00"], "activity month-name emoji")
pt("mar05", AZ, "terça às 9h consulta no centro de saúde", ["tue 09:00"], "activity")
pt("mar05", MP, "sábado às 7 da manhã limpeza da praia da Costa do Sol", ["sat 07:00"], "activity")
pt("mar05", LI, "daqui a duas semanas na segunda às 9h30 começo no novo emprego", ["w2-mon 09:30"], "activity relative-plus-date")
pt("mar05", SP, "consulta com o dermatologista quarta às 15h", ["wed 15:00"], "plain")
pt("mar05", AZ, "sábado às 9h caminhada de duas horas e meia nas Sete Cidades", ["sat 09:00|+150m"], "activity duration")
pt("mar05", LI, "sábado de manhã feira da ladra com a Sofia", ["sat 08:00"], "activity day-part")
pt("mar05", SP, "🏐 vôlei na praia domingo às 8h", ["sun 08:00"], "activity emoji")
pt("mar05", LI, "dia 11 de abril às 16h casamento do Pedro em Sintra 💍", ["04-11 16:00"], "activity month-name emoji")
pt("mar05", LI, "daqui a quatro semanas na terça às 18h exame de código", ["w4-tue 18:00"], "activity relative-plus-date")
pt("mar05", SP, "a reunião de condomínio foi ontem às 20h", [], "negative-past")
pt("mar05", LI, "o dentista de terça às 10 foi desmarcado", [], "negative-cancelled")
pt("mar05", SP, "quanto foi o Uber ontem às 11?", [], "negative-past")
pt("mar05", MP, "até sexta tenho que entregar o relatório", [], "negative-deadline")
pt("mar05", AZ, "a reunião de ontem às 15h durou 3 horas", [], "negative-past")
# --- mar26 Thu 10:15 (EU DST Sun 29 Mar) ------------------------------------------------------
pt("mar26", LI, "domingo às 10h missa de Ramos com a família", ["sun 10:00"], "activity")
pt("mar26", LI, "segunda às 18h30 aula de kizomba", ["mon 18:30"], "activity")
pt("mar26", AZ, "domingo às 15h jogo do Santa Clara no estádio ⚽", ["sun 15:00"], "activity emoji")
pt("mar26", AZ, "amanhã às 17h ensaio da filarmónica", ["+1d 17:00"], "activity")
pt("mar26", LI, "2/4 às 21h concerto no Coliseu", ["04-02 21:00"], "activity numeric-date")
pt("mar26", SP, "sexta-feira santa, dia 3 de abril, às 10h procissão", ["04-03 10:00"], "activity month-name")
pt("mar26", MP, "amanhã às 16h futebol com os colegas", ["+1d 16:00"], "activity")
pt("mar26", SP, "blz, amanha as 10 a gnt se fala na call", ["+1d 10:00"], "activity typo")
pt("mar26", LI, "terça às 17h sessão de fisioterapia de 45 minutos", ["tue 17:00|+45m"], "activity duration")
pt("mar26", MP, "daqui a uma semana na sexta às 10h entrega dos certificados", ["w1-fri 10:00"], "activity relative-plus-date")
pt("mar26", LI, "quarta às 12h30 almoço de equipa", ["wed 12:30"], "activity")
pt("mar26", AZ, "segunda às 8h início da obra na casa", ["mon 08:00"], "activity")
pt("mar26", AZ, "daqui a uma semana na quinta às 19h concerto na Igreja Matriz", ["w1-thu 19:00"], "activity relative-plus-date")
pt("mar26", LI, "domingo à tarde passeio de bicicleta em Monsanto 🚲", ["sun 14:00"], "activity day-part emoji")
pt("mar26", LI, "a hora muda no domingo, à 1h passa a ser 2h", [], "negative-other")
pt("mar26", SP, "inscrição pro vestibular até 10 de abril", [], "negative-deadline")
pt("mar26", AZ, "lembrar de tirar a roupa da máquina às 17h", [], "negative-other")
pt("mar26", LI, "a que horas acabou a reunião ontem?", [], "negative-past")
# --- apr01 Wed 09:40 ---------------------------------------------------------------------------
pt("apr01", LI, "Páscoa: almoço em casa dos sogros domingo às 13h", ["sun 13:00"], "activity")
pt("apr01", SP, "feriado sexta, vamos pra praia, saímos às 6 da manhã", ["fri 06:00"], "activity")
pt("apr01", AZ, "quinta às 12h almoço com a equipa", ["thu 12:00"], "activity")
pt("apr01", MP, "dia 7 de abril às 8h cerimónia do Dia da Mulher Moçambicana", ["04-07 08:00"], "activity month-name")
pt("apr01", LI, "amanhã às 9h dentista e às 18h jantar com a Marta", ["+1d 09:00", "+1d 18:00"], "activity multi")
pt("apr01", SP, "daqui a 2 horas tenho prova", ["+120m"], "activity relative")
pt("apr01", AZ, "sexta ao meio-dia almoço na quinta dos primos", ["fri 12:00"], "activity day-part")
pt("apr01", SP, "primeiro de abril, não tem reunião às 3 não 😂", [], "negative-other")
pt("apr01", LI, "ontem às 16h o jogo acabou 2-2", [], "negative-past")
pt("apr01", MP, "a viagem para a Beira leva 2 horas de avião", [], "negative-other")
pt("apr01", SP, "o show de sábado às 21h foi cancelado", [], "negative-cancelled")
pt("apr01", LI, "amanhã às 18h estou em casa, se quiseres ligar", [], "negative-other")
# --- may09 Sat 11:30 ---------------------------------------------------------------------------
pt("may09", SP, "dia das mães amanhã, almoço às 13h na casa da vó", ["+1d 13:00"], "activity")
pt("may09", LI, "Fátima 13 de maio, saímos às 5 da manhã de carro", ["05-13 05:00"], "activity month-name")
pt("may09", AZ, "amanhã às 17h procissão do Senhor Santo Cristo", ["+1d 17:00"], "activity")
pt("may09", MP, "terça às 14h reunião na escola do Tomás", ["tue 14:00"], "activity")
pt("may09", SP, "hj à noite balada na Augusta 🍻", ["+0d 20:00"], "activity day-part typo emoji")
pt("may09", LI, "bora ao ginásio amanhã às 8? 💪 n te esqueças", ["+1d 08:00"], "activity typo emoji")
pt("may09", SP, "terça às 19h aula de inglês de uma hora", ["tue 19:00|+60m"], "activity duration")
pt("may09", MP, "segunda às 7h ginásio, às 19h culto", ["mon 07:00", "mon 19:00"], "activity multi")
pt("may09", SP, "semana que vem na quinta às 15h reunião na escola", ["w1-thu 15:00"], "activity relative-plus-date")
pt("may09", AZ, "dia 30 de outubro às 10h reunião com o banco", ["10-30 10:00"], "activity month-name")
pt("may09", LI, "o museu está aberto das 10h às 18h", [], "negative-other")
pt("may09", SP, "quanto custou o ingresso do jogo de domingo?", [], "negative-other")
pt("may09", LI, "a final da Taça foi cancelada? não, adiada sem data", [], "negative-cancelled")
pt("may09", AZ, "o clube abre às 15h aos sábados", [], "negative-other")
pt("may09", SP, "o curso de sábado às 9h foi cancelado", [], "negative-cancelled")
# --- jun16 Tue 09:05 ---------------------------------------------------------------------------
pt("jun16", LI, "São Pedro 29 de junho, arraial às 21h", ["06-29 21:00"], "activity month-name")
pt("jun16", SP, "quermesse da paróquia sábado das 15h às 19h 🎪", ["sat 15:00|19:00"], "activity range emoji")
pt("jun16", SP, "jogo do Brasil na Copa quarta às 19h, vamos ver no bar", ["wed 19:00"], "activity")
pt("jun16", AZ, "sexta às 20h30 jantar de anos da Inês", ["fri 20:30"], "activity")
pt("jun16", MP, "25 de junho às 10h desfile da Independência", ["06-25 10:00"], "activity month-name")
pt("jun16", LI, "qd é q vamos? sexta às 18h tá bom", ["fri 18:00"], "activity typo")
pt("jun16", AZ, "entrevista quinta às 11h", ["thu 11:00"], "plain")
pt("jun16", SP, "quinta às 8h exame de sangue, às 14h reunião e às 20h aniversário do Leo", ["thu 08:00", "thu 14:00", "thu 20:00"], "activity multi")
pt("jun16", MP, "daqui a 3 dias às 8h viajo para a Beira", ["+3d 08:00"], "activity relative")
pt("jun16", LI, "sábado à noite arraial em Alfama 🎉", ["sat 21:00"], "activity day-part emoji")
pt("jun16", SP, "então gente só pra avisar que a reunião do grupo da igreja vai ser no sábado às 4 da tarde lá no salão e quem puder leva um prato de doce tá bom", ["sat 16:00"], "activity")
pt("jun16", LI, "dia 7 de novembro às 15h batizado da sobrinha", ["11-07 15:00"], "activity month-name")
pt("jun16", LI, "o exame nacional de português foi ontem às 9h30", [], "negative-past")
pt("jun16", SP, "a festa de quinta às 20h foi cancelada", [], "negative-cancelled")
pt("jun16", SP, "o Brasil ganhou de 3 a 1", [], "negative-other")
pt("jun16", MP, "ontem às 18h faltou a luz", [], "negative-past")
pt("jun16", AZ, "se o avião não tivesse atrasado, tinha chegado às 10", [], "negative-other")
# --- aug07 Fri 12:00 ---------------------------------------------------------------------------
pt("aug07", LI, "sábado às 9h partimos para o Algarve 🚗", ["sat 09:00"], "activity emoji")
pt("aug07", SP, "dia dos pais domingo, churrasco às 12h", ["sun 12:00"], "activity")
pt("aug07", AZ, "dia 15/08 às 22h fogo de artifício nas festas da Praia", ["08-15 22:00"], "activity numeric-date")
pt("aug07", MP, "segunda às 7h30 começo o estágio no banco", ["mon 07:30"], "activity")
pt("aug07", SP, "hj as 19h happy hour do trampo", ["+0d 19:00"], "activity typo")
pt("aug07", MP, "reunião com o director segunda às 8h30", ["mon 08:30"], "plain")
pt("aug07", AZ, "sábado às 10h mercado e domingo às 12h almoço na Lagoa", ["sat 10:00", "sun 12:00"], "activity multi")
pt("aug07", LI, "daqui a meia hora saio para a praia", ["+30m"], "activity relative")
pt("aug07", SP, "amanhã cedo de manhã vamos para Ilhabela", ["+1d 07:00"], "activity day-part")
pt("aug07", AZ, "dia 2 de novembro às 9h operação ao joelho", ["11-02 09:00"], "activity month-name")
pt("aug07", LI, "as piscinas fecham às 20h em agosto", [], "negative-other")
pt("aug07", AZ, "não posso sábado às 9, estou de serviço", [], "negative-other")
pt("aug07", LI, "o IMI tem de ser pago até 31 de agosto", [], "negative-deadline")
pt("aug07", SP, "a conta de luz vence dia 15", [], "negative-deadline")
# --- sep02 Wed 17:45 ---------------------------------------------------------------------------
pt("sep02", SP, "7 de setembro às 9h desfile na avenida", ["09-07 09:00"], "activity month-name")
pt("sep02", LI, "regresso às aulas 14/09, às 8h30 na escola", ["09-14 08:30"], "activity numeric-date")
pt("sep02", AZ, "sabado as 11 vamos a praia das milicias", ["sat 11:00"], "activity typo")
pt("sep02", MP, "25 de setembro às 8h cerimónia das Forças Armadas", ["09-25 08:00"], "activity month-name")
pt("sep02", MP, "quinta às 10h reunião de duas horas com os doadores", ["thu 10:00|+120m"], "activity duration")
pt("sep02", SP, "amanhã às 7h corrida e às 19h30 aula de violão 🎸", ["+1d 07:00", "+1d 19:30"], "activity multi emoji")
pt("sep02", LI, "na próxima semana, terça às 9h, começa a formação", ["w1-tue 09:00"], "activity relative-plus-date")
pt("sep02", LI, "31/10 às 20h festa de Halloween no ginásio 🎃", ["10-31 20:00"], "activity numeric-date emoji")
pt("sep02", AZ, "sábado às 16h regata no porto", ["sat 16:00"], "activity")
pt("sep02", SP, "o prazo do IPTU venceu ontem", [], "negative-deadline")
pt("sep02", MP, "o casamento foi no sábado às 15h, lindo", [], "negative-past")
pt("sep02", LI, "as candidaturas fecham dia 20 às 23h59", [], "negative-deadline")
pt("sep02", SP, "o jogo acabou 1 a 0 pro Corinthians", [], "negative-other")
# --- oct01 Thu 08:50 ---------------------------------------------------------------------------
pt("oct01", LI, "5 de outubro às 11h vamos à cerimónia na Praça do Município", ["10-05 11:00"], "activity month-name")
pt("oct01", SP, "eleição domingo, a gente vai votar às 8h", ["sun 08:00"], "activity")
pt("oct01", MP, "sábado às 15h casamento do primo na Sé", ["sat 15:00"], "activity")
pt("oct01", MP, "amanha as 9 tenho entrvista", ["+1d 09:00"], "activity typo")
pt("oct01", LI, "reunião com a gestora de conta terça às 10h", ["tue 10:00"], "plain")
pt("oct01", SP, "daqui a quatro dias às 19h formatura da Ju 🎓", ["+4d 19:00"], "activity relative emoji")
pt("oct01", AZ, "daqui a duas semanas, na sexta às 20h, jantar dos antigos alunos", ["w2-fri 20:00"], "activity relative-plus-date")
pt("oct01", LI, "olha só para saberes, amanhã às 14h30 tenho aquela consulta no hospital de Santa Maria e depois não sei quanto tempo fico lá", ["+1d 14:30"], "activity")
pt("oct01", AZ, "ontem às 19h houve um sismo ligeiro", [], "negative-past")
pt("oct01", SP, "se tivesse sol, a gente ia à praia às 9", [], "negative-other")
pt("oct01", AZ, "a aula de sexta às 18h foi cancelada", [], "negative-cancelled")
# --- oct22 Thu 13:10 (EU DST end Sun 25 Oct) --------------------------------------------------
pt("oct22", LI, "domingo às 11h brunch no LX Factory 🥞", ["sun 11:00"], "activity emoji")
pt("oct22", LI, "segunda às 9h reunião de pais no colégio", ["mon 09:00"], "activity")
pt("oct22", AZ, "terça às 18h aula de pintura", ["tue 18:00"], "activity")
pt("oct22", AZ, "dia 1/11 às 10h romagem ao cemitério com a família", ["11-01 10:00"], "activity numeric-date")
pt("oct22", LI, "amanhã às 19h aniversário do Rui no Bairro Alto", ["+1d 19:00"], "activity")
pt("oct22", SP, "segundo turno dia 25, vou votar às 7h", ["10-25 07:00"], "activity")
pt("oct22", MP, "quarta às 16h palestra na universidade", ["wed 16:00"], "activity")
pt("oct22", AZ, "segunda às 14h formação de primeiros socorros por quatro horas", ["mon 14:00|+240m"], "activity duration")
pt("oct22", LI, "sábado às 15h futebol do Tiago, domingo às 12h30 almoço na avó", ["sat 15:00", "sun 12:30"], "activity multi")
pt("oct22", SP, "domingo à tarde piquenique no parque Villa-Lobos", ["sun 14:00"], "activity day-part")
pt("oct22", SP, "consulta com o ortopedista sexta às 9h", ["fri 09:00"], "plain")
pt("oct22", LI, "terça às 19h30 treino de basquetebol do Duarte", ["tue 19:30"], "activity")
pt("oct22", AZ, "quarta de manhã consulta no dentista", ["wed 08:00"], "activity day-part")
pt("oct22", LI, "daqui a duas semanas no sábado às 10h feira do livro na escola", ["w2-sat 10:00"], "activity relative-plus-date")
pt("oct22", AZ, "segunda às 17h explicações de matemática", ["mon 17:00"], "activity")
pt("oct22", LI, "segunda às 7h30 voo para Paris ✈️", ["mon 07:30"], "activity emoji")
pt("oct22", LI, "domingo às 2h os relógios atrasam uma hora", [], "negative-other")
pt("oct22", AZ, "o voo de sexta às 7h foi cancelado", [], "negative-cancelled")
pt("oct22", MP, "a reunião de quinta às 10 foi desmarcada", [], "negative-cancelled")
pt("oct22", LI, "a Fnac do Chiado fecha às 22h", [], "negative-other")
# --- oct29 Thu 19:30 ---------------------------------------------------------------------------
pt("oct29", SP, "Halloween sábado às 21h na casa da Bia 🎃", ["sat 21:00"], "activity emoji")
pt("oct29", LI, "dia 1 de novembro às 13h almoço de Todos os Santos na terra", ["11-01 13:00"], "activity month-name")
pt("oct29", SP, "finados segunda, visita ao cemitério às 10h", ["mon 10:00"], "activity")
pt("oct29", SP, "vlw, entao domingo as 4 no parque", ["sun 16:00"], "activity typo")
pt("oct29", LI, "semana que vem na quarta às 18h apresentação do livro", ["w1-wed 18:00"], "activity relative-plus-date")
pt("oct29", AZ, "sexta à noitinha sessão de fados no clube", ["fri 19:00"], "activity day-part")
pt("oct29", MP, "o mercado do peixe fecha às 17h", [], "negative-other")
pt("oct29", LI, "ontem às 20h vimos o jogo no café", [], "negative-past")
pt("oct29", SP, "o pagamento do boleto vence segunda", [], "negative-deadline")
pt("oct29", MP, "a festa de ontem começou às 20h e acabou às 2h", [], "negative-past")
# --- dec28 Mon 16:40 ---------------------------------------------------------------------------
pt("dec28", LI, "passagem de ano no Terreiro do Paço, encontramo-nos quinta às 22h", ["thu 22:00"], "activity")
pt("dec28", SP, "réveillon em Copacabana, saímos quinta às 18h", ["thu 18:00"], "activity")
pt("dec28", AZ, "dia 6 de janeiro às 16h cantar os Reis com o grupo", ["01-06 16:00"], "activity month-name")
pt("dec28", MP, "dia 3 de janeiro às 9h viagem para Inhambane 🌴", ["01-03 09:00"], "activity month-name emoji")
pt("dec28", LI, "dia 10/04 às 10h batizado do Martim", ["04-10 10:00"], "activity numeric-date")
pt("dec28", SP, "reunião de pais dia 2 de fevereiro às 19h", ["02-02 19:00"], "activity month-name")
pt("dec28", LI, "reunião com o senhorio quarta às 12h", ["wed 12:00"], "plain")
pt("dec28", SP, "dia 4 de janeiro às 8h prova de direção, dura meia hora", ["01-04 08:00|+30m"], "activity month-name duration")
pt("dec28", SP, "daqui a duas semanas na segunda às 9h volto ao escritório", ["w2-mon 09:00"], "activity relative-plus-date")
pt("dec28", MP, "🎆 quinta às 23h festa de fim de ano na marginal", ["thu 23:00"], "activity emoji")
pt("dec28", LI, "dia 3 de abril às 9h meia maratona de Lisboa", ["04-03 09:00"], "activity month-name")
pt("dec28", LI, "a consoada foi às 21h e abrimos os presentes à meia-noite", [], "negative-past")
pt("dec28", SP, "o prazo pra rematrícula acaba dia 30", [], "negative-deadline")
pt("dec28", LI, "os CTT abrem às 9h amanhã", [], "negative-other")
pt("dec28", SP, "não vou no réveillon da firma às 22h", [], "negative-other")
pt("dec28", AZ, "o ferry para o Pico demora meia hora", [], "negative-other")
pt("dec28", MP, "o prazo para a candidatura termina a 15 de janeiro", [], "negative-deadline")

# --- added after the first count, to raise the DST share ---------------------------------------
pt("jan14", LI, "dia 12 de abril às 11h batizado da Leonor 👶", ["04-12 11:00"], "activity month-name emoji")
pt("mar26", AZ, "terça às 20h reunião dos escuteiros", ["tue 20:00"], "activity")
pt("mar26", LI, "daqui a uma semana no sábado às 15h festa de anos do Gui", ["w1-sat 15:00"], "activity relative-plus-date")
pt("oct22", AZ, "domingo às 10h missa na Sé de Angra", ["sun 10:00"], "activity")
pt("oct22", LI, "29/10 às 9h entrevista no IEFP", ["10-29 09:00"], "activity numeric-date")
pt("aug07", LI, "dia 14 de novembro às 16h casamento da prima em Braga", ["11-14 16:00"], "activity month-name")
pt("dec28", AZ, "dia 2 de abril às 18h viagem a Lisboa", ["04-02 18:00"], "activity month-name")
pt("sep02", LI, "dia 31 de outubro às 10h corrida solidária", ["10-31 10:00"], "activity month-name")


def _wall(tz, d, hhmm):
    """A wall time on date d in tz; refuses times that do not exist or occur twice (DST)."""
    h, m = map(int, hhmm.split(":"))
    naive = datetime(d.year, d.month, d.day, h, m)
    a = naive.replace(tzinfo=tz, fold=0)
    b = naive.replace(tzinfo=tz, fold=1)
    if a.utcoffset() != b.utcoffset():
        raise ValueError(f"{naive} is skipped or repeated in {tz}")
    return a


def _point(spec, now, tz, base=None):
    spec = spec.strip()
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d) (\d\d:\d\d)", spec)
    if m:
        return _wall(tz, datetime(int(m[1]), int(m[2]), int(m[3])), m[4])
    m = re.fullmatch(r"(\d\d)-(\d\d) (\d\d:\d\d)", spec)
    if m:
        for year in (now.year, now.year + 1):
            t = _wall(tz, datetime(year, int(m[1]), int(m[2])), m[3])
            if t > now:
                return t
    m = re.fullmatch(r"\+(\d+)d (\d\d:\d\d)", spec)
    if m:
        return _wall(tz, now + timedelta(days=int(m[1])), m[2])
    m = re.fullmatch(r"\+(\d+)m", spec)
    if m:
        start = base if base is not None else now
        # Minutes are real elapsed time, so the sum is taken in UTC.
        return (start.astimezone(timezone.utc) + timedelta(minutes=int(m[1]))).astimezone(tz)
    m = re.fullmatch(r"(mon|tue|wed|thu|fri|sat|sun) (\d\d:\d\d)", spec)
    if m:
        ahead = (WEEKDAYS.index(m[1]) - now.weekday()) % 7
        t = _wall(tz, now + timedelta(days=ahead), m[2])
        return t if t > now else _wall(tz, now + timedelta(days=ahead + 7), m[2])
    m = re.fullmatch(r"w(\d)-(mon|tue|wed|thu|fri|sat|sun) (\d\d:\d\d)", spec)
    if m:
        monday = now - timedelta(days=now.weekday())
        d = monday + timedelta(days=7 * int(m[1]) + WEEKDAYS.index(m[2]))
        return _wall(tz, d, m[3])
    if base is not None and re.fullmatch(r"\d\d:\d\d", spec):
        t = _wall(tz, base, spec)
        return t if t > base else _wall(tz, base + timedelta(days=1), spec)
    raise ValueError(f"bad label {spec!r}")


def build():
    out, seen_ids, seen_texts = [], set(), set()
    counters = {}
    for lang, key, zone, text, labels, tags in CASES:
        assert zone in ZONES[lang], (lang, zone, text)
        assert "numeric-date" not in tags or zone in NUMERIC_OK[lang], (zone, text)
        tz = ZoneInfo(zone)
        now = KEYS[key].replace(tzinfo=tz)
        expect = []
        for label in labels:
            parts = label.split("|")
            start = _point(parts[0], now, tz)
            end = _point(parts[1], now, tz, base=start) if len(parts) > 1 else None
            assert start > now, (text, label)
            assert end is None or end > start, (text, label)
            expect.append((start, end))
        tags = [t for t in tags if t != "dst"]
        assert set(tags) <= TAGS, (text, tags)
        assert len(set(tags)) == len(tags), (text, tags)
        negative = any(t.startswith("negative-") for t in tags)
        assert negative == (not labels), (text, tags)
        assert ("multi" in tags) == (len(labels) > 1), (text, tags)
        assert ("range" in tags or "duration" in tags) == any("|" in lb for lb in labels), text
        assert tags, text
        if any(s.utcoffset() != now.utcoffset() for s, _ in expect):
            tags.append("dst")
        norm = " ".join(text.lower().split())
        assert norm not in seen_texts, f"duplicate text: {text}"
        seen_texts.add(norm)
        counters[lang] = counters.get(lang, 0) + 1
        cid = f"test2-{lang}-{counters[lang]:03d}"
        assert cid not in seen_ids
        seen_ids.add(cid)
        out.append({
            "id": cid, "part": "test2", "lang": lang, "text": text,
            "now": now.isoformat(), "tz": zone,
            "expect": [{"start": s.isoformat(), "end": e.isoformat() if e else None}
                       for s, e in expect],
            "tags": tags,
        })
    return out


def stats(rows):
    by_lang, tag_count = {}, {}
    for r in rows:
        d = by_lang.setdefault(r["lang"], {"lines": 0, "neg": 0, "pos": 0, "dst": 0})
        d["lines"] += 1
        if r["expect"]:
            d["pos"] += 1
            d["dst"] += "dst" in r["tags"]
        else:
            d["neg"] += 1
        for t in r["tags"]:
            tag_count[t] = tag_count.get(t, 0) + 1
    for lang, d in by_lang.items():
        print(f"{lang}: {d['lines']} lines, {d['neg']} negatives ({100*d['neg']/d['lines']:.1f} %),"
              f" {d['dst']} of {d['pos']} positives cross DST ({100*d['dst']/max(d['pos'],1):.1f} %)",
              file=sys.stderr)
    pos = sum(d["pos"] for d in by_lang.values())
    dst = sum(d["dst"] for d in by_lang.values())
    print(f"total {len(rows)} lines, {len(rows) - pos} negatives, {dst} of {pos} positives cross"
          f" DST ({100*dst/max(pos,1):.1f} %), "
          f"{len({(r['now'][:16], r['tz']) for r in rows})} distinct (now, zone) pairs, "
          f"{len({r['tz'] for r in rows})} zones", file=sys.stderr)
    for t in sorted(tag_count):
        print(f"  {t}: {tag_count[t]}", file=sys.stderr)


def main():
    rows = build()
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))
    if "--stats" in sys.argv:
        stats(rows)


if __name__ == "__main__":
    main()
