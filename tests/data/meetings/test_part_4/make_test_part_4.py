#!/usr/bin/env python3
"""Fourth held-out TEST part of the meeting-extraction corpus (never tune on it).

Run:  python3 make_test_part_4.py > test_part_4.jsonl      (--stats prints counts to stderr)

Written blind: the writer read only the three earlier test parts' READMEs and the docstring and
helper code of the third part's script, never a message of the earlier parts, the tuning corpus,
the dev part or the extractor. Every message below is new.

Conventions (the shared contract of the test parts, restated so this file stands alone):
- One line is one chat message. "now" is when it was sent (ISO-8601 with offset), "tz" the
  sender's IANA zone. Labels are local wall times in tz; every UTC offset is computed here with
  zoneinfo, never typed.
- "expect" lists the events the message plans, in order of first mention, as
  {"start": ISO, "end": ISO or null}; a repeated mention of one event counts once; an empty list
  is a negative (nothing may be extracted).
- An event is a planned future activity of the writer or the chat. Not events: past events,
  cancelled ones, deadlines, opening hours and timetables, chores and reminders to self, "I'll be
  home at 6", negated plans, questions about the past, numbers that only look like times,
  hypotheticals and wishes, habits, availability, other people's plans the writer does not join.
- A weekday name is the next such day strictly in the future (today if the time is still ahead);
  "next week Tuesday" is the Tuesday of the next calendar week (weeks start on Monday).
- Dates without a year are the next occurrence; numeric dates are M/D in US zones, D/M elsewhere.
- A bare hour 1-6 without am/pm or part of day is afternoon, 7-11 morning, 12 noon.
- Parts of the day without a clock time: early morning 07:00, morning 08:00, late morning 10:00,
  noon/lunchtime 12:00, afternoon 14:00, late afternoon 16:00, early evening 18:00, evening 19:00,
  tonight 20:00, night 21:00. With a clock time the part of day only picks am/pm.
- A range sets "end"; a duration after the time sets end = start + duration; else end is null.
- Relative: "in 40 min" = now + 40 min; "in 3 days at 10" = date + 3 at 10:00; "in two weeks on
  Thursday" = Thursday of the calendar week two weeks after this one.

Decisions of the earlier parts, kept: numeric dates only where they read naturally (en and ru
everywhere, es only in Europe/Madrid and Atlantic/Canary, pt only in Europe/Lisbon, Atlantic/
Azores, Atlantic/Madeira and Europe/Luxembourg); chat abbreviations, slang and misspellings share
the tag "typo"; "dst" is set by the script exactly when the offset at a start differs from the
offset at now; a departure time is the trip's start; "<day> night"/"por la noche"/"à noite"
after a day is 21:00, "tonight"/"hoy en la noche"/"hoje à noite" 20:00, "вечером" after a day
19:00; "à tarde"/"por la tarde" alone 14:00; "в обед" 12:00; approximate values ("10ish",
"часов в 11") take the stated value; a line with a past and a future event labels only the future
one; proposals are plans; habits, availability, wishes, hypotheticals, questions about a third
person's plan and reported plans the writer does not join are negatives; a plan moved in words is
a plan at its new time, postponed without a new time a cancelled negative; a public event is
labelled only where the writer or the chat goes; "pasado mañana"/"depois de amanhã"/"послезавтра"
are relative (+2 days); "in N weeks on <weekday>" only where the calendar-week rule agrees with
the plain reading; times skipped or repeated by DST are refused by the script.

Decisions new in this part:
- "next <weekday>" / "el próximo <día>" / "na próxima <dia>" / "в следующий <день>" is written
  only where the weekday comes before today's in the week, so "the coming one" and "the one of
  next calendar week" agree; "this <weekday>" / "este <día>" / "в эту <день>" only for a day later in
  the current week.
- "in N days" ("через 3 дня", "en 3 días", "daqui a 3 dias") without a time is not used; with a
  time it is date + N.
- Voice-transcribed run-ons keep their spoken numbers ("at ten thirty", "в полдесятого" =
  09:30, "a las cinco y media", "às sete e meia"); "полдесятого" is 09:30, "без четверти пять"
  16:45 (bare-hour rule), "a las ocho menos cuarto" 07:45 or 19:45 by the day part stated.
- A question that asks for a decision about the chat's own plan ("shall we do 7 tomorrow?") is a
  proposal and a plan; a question that only asks for information ("what time does the pool open?",
  "когда у тебя отпуск?") is a negative (tag "question").
- A reminder that the chat has an event ("don't forget: choir Thursday 7pm") is a plan; a reminder
  of a chore or deadline is not.
- "fim da tarde" is late afternoon (16:00); "ao meio-dia" is noon; "be there by 8:30" / "к 8" /
  "в школу к 17:00" for an event the writer attends is the event's start (a "by" for handing
  something in is a deadline).
- A confirmation or invitation the organiser sends to the people taking part ("le confirmamos su
  cita", "приглашаем вас на презентацию", "confirming your onboarding session") is the chat's
  event and labelled; a third person's arrival the writer meets ("встречаю её на вокзале в
  7:40") is the writer's plan.
- Secondary tags name the kind of a negative and the register, for per-phenomenon scores:
  habit, availability, timetable, wish, hypothetical, reported, lookalike (prices, scores, ages,
  addresses, phone numbers, flat numbers, temperatures, measures that look like times), question,
  and formal / voice for the register of a message (either kind).

Zones (32): en America/New_York, America/Chicago, America/Los_Angeles, America/St_Johns
(half-hour, Canadian rule), Europe/London, Australia/Adelaide (half-hour), Australia/Melbourne,
Pacific/Auckland, Asia/Kolkata (half-hour, no DST); ru Europe/Moscow and Asia/Novosibirsk (no DST),
Europe/Riga, Europe/Vilnius, Europe/Tallinn, Europe/Kyiv, Europe/Prague, Europe/Chisinau; es
Europe/Madrid, Atlantic/Canary, America/Mexico_City, America/Bogota, America/Lima,
America/Montevideo (no DST), America/Santiago (Chile rule), America/Tijuana (US rule); pt
Europe/Lisbon, Atlantic/Azores, Atlantic/Madeira, Europe/Luxembourg, America/Sao_Paulo,
America/Fortaleza, Africa/Maputo (no DST), plus America/New_York for Brazilians in the US.
Generated with tzdata 2026f.

Reference "now"s (local wall time in each case's zone; KEYS below):
  jan13 Tue 2026-01-13 10:05   mar05 Thu 2026-03-05 16:40 (US/Canada DST Sun 8 Mar)
  mar26 Thu 2026-03-26 12:15 (EU Sun 29 Mar)
  apr01 Wed 2026-04-01 18:30 (Chile, Australia and New Zealand end DST Sat/Sun 4-5 Apr)
  jun17 Wed 2026-06-17 09:50   sep02 Wed 2026-09-02 21:10 (Chile Sun 6 Sep)
  sep24 Thu 2026-09-24 08:30 (New Zealand Sun 27 Sep)   oct01 Thu 2026-10-01 14:45 (AU Sun 4 Oct)
  oct22 Thu 2026-10-22 17:50 (EU Sun 25 Oct)   oct29 Thu 2026-10-29 11:35 (US Sun 1 Nov)
  nov25 Wed 2026-11-25 20:00   dec29 Tue 2026-12-29 13:20 (dates without year roll into 2027)

Label syntax in the case tuples (each label is one event, "START" or "START|END"):
  START: "YYYY-MM-DD HH:MM" | "MM-DD HH:MM" (next occurrence after now) | "+Nd HH:MM" (N days
         after now's date) | "+Nm" (now + N minutes) | "fri HH:MM" (next Friday strictly in the
         future, today if it is Friday and the time is ahead) | "wN-tue HH:MM" (Tuesday of the
         calendar week N weeks after now's week)
  END:   "HH:MM" (same date as start, next day if not after it) | "+Nm" (start + N minutes) |
         any START form.
"""
import json
import re
import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

KEYS = {
    "jan13": datetime(2026, 1, 13, 10, 5),
    "mar05": datetime(2026, 3, 5, 16, 40),
    "mar26": datetime(2026, 3, 26, 12, 15),
    "apr01": datetime(2026, 4, 1, 18, 30),
    "jun17": datetime(2026, 6, 17, 9, 50),
    "sep02": datetime(2026, 9, 2, 21, 10),
    "sep24": datetime(2026, 9, 24, 8, 30),
    "oct01": datetime(2026, 10, 1, 14, 45),
    "oct22": datetime(2026, 10, 22, 17, 50),
    "oct29": datetime(2026, 10, 29, 11, 35),
    "nov25": datetime(2026, 11, 25, 20, 0),
    "dec29": datetime(2026, 12, 29, 13, 20),
}
KEY_WEEKDAYS = {"jan13": 1, "mar05": 3, "mar26": 3, "apr01": 2, "jun17": 2, "sep02": 2,
                "sep24": 3, "oct01": 3, "oct22": 3, "oct29": 3, "nov25": 2, "dec29": 1}

NY, CH, LA, SJ = "America/New_York", "America/Chicago", "America/Los_Angeles", "America/St_Johns"
LO, AD, ME, AK, KO = ("Europe/London", "Australia/Adelaide", "Australia/Melbourne",
                      "Pacific/Auckland", "Asia/Kolkata")
MO, NS, RI, VI = "Europe/Moscow", "Asia/Novosibirsk", "Europe/Riga", "Europe/Vilnius"
TA, KY, PR, CI = "Europe/Tallinn", "Europe/Kyiv", "Europe/Prague", "Europe/Chisinau"
MA, CN, MX, BO = "Europe/Madrid", "Atlantic/Canary", "America/Mexico_City", "America/Bogota"
LM, MV, SA, TJ = "America/Lima", "America/Montevideo", "America/Santiago", "America/Tijuana"
LI, AZ, MD, LX = "Europe/Lisbon", "Atlantic/Azores", "Atlantic/Madeira", "Europe/Luxembourg"
SP, FO, MP = "America/Sao_Paulo", "America/Fortaleza", "Africa/Maputo"

ZONES = {"en": {NY, CH, LA, SJ, LO, AD, ME, AK, KO}, "ru": {MO, NS, RI, VI, TA, KY, PR, CI},
         "es": {MA, CN, MX, BO, LM, MV, SA, TJ}, "pt": {LI, AZ, MD, LX, SP, FO, MP, NY}}
NUMERIC_OK = {"en": ZONES["en"], "ru": ZONES["ru"], "es": {MA, CN}, "pt": {LI, AZ, MD, LX}}
US_DATES = {NY, CH, LA}

TAGS = {"activity", "range", "duration", "month-name", "numeric-date", "relative",
        "relative-plus-date", "day-part", "typo", "emoji", "multi", "dst", "negative-past",
        "negative-cancelled", "negative-deadline", "negative-other", "plain",
        # secondary tags of this part
        "habit", "availability", "timetable", "wish", "hypothetical", "reported", "lookalike",
        "question", "formal", "voice"}
NEGATIVE_KINDS = {"habit", "availability", "timetable", "wish", "hypothetical", "reported",
                  "lookalike", "question"}

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
N = []  # a negative has no labels
# ================================ en ==========================================================
# --- positives ---------------------------------------------------------------------------------
en("jan13", NY, "Standup moved to 11:15 today, sorry for the churn", ["+0d 11:15"], "activity")
en("jan13", CH, "pediatrician for Mia thurs at 3:40, can u take her?", ["thu 15:40"], "activity typo")
en("jan13", LO, "Dear all, the quarterly review will take place on Wednesday 21 January from 14:00 to 15:30 in Room 4B.", ["01-21 14:00|15:30"], "activity month-name range formal")
en("jan13", KO, "Team lunch at Saravana Bhavan tomorrow 1:15 pm 🍛", ["+1d 13:15"], "activity emoji")
en("jan13", AD, "beach cricket sat arvo? bring the esky", ["sat 14:00"], "activity day-part typo")
en("jan13", ME, "Physio booked for the 22nd at 8.45am", ["01-22 08:45"], "activity")
en("jan13", AK, "we're doing the Tongariro crossing on 7/2, shuttle leaves 6am", ["02-07 06:00"], "activity numeric-date")
en("jan13", NY, "Flight to Denver Feb 3 at 7:10am ✈️", ["02-03 07:10"], "activity month-name emoji")
en("jan13", LA, "book club next Monday 7pm, my place this time", ["mon 19:00"], "activity")
en("jan13", LO, "Can we move our 1:1 to Thursday 9:30? I've got the dentist at 11 on Wednesday", ["thu 09:30", "wed 11:00"], "activity multi")
en("jan13", NY, "Reminder: jury duty Monday 1/26, report at 8:30 am", ["01-26 08:30"], "activity numeric-date")
en("jan13", KO, "in 2 hours: client call with the Pune team", ["+120m"], "relative")
en("jan13", AD, "Going to see a Fringe show on 27 Feb, 8pm start", ["02-27 20:00"], "activity month-name")
en("jan13", NY, "Save the date: Mia's christening is Sunday March 22 at noon ⛪", ["03-22 12:00"], "activity month-name emoji")
en("jan13", LO, "Parents' evening 5 Feb, 17:10-17:20 slot with Mr Okafor", ["02-05 17:10|17:20"], "activity month-name range")
en("jan13", CH, "Bears game sunday 12pm at my bros, bring chips", ["sun 12:00"], "activity typo")
en("mar05", NY, "Vet appt for Biscuit moved to Monday 10:20", ["mon 10:20"], "activity")
en("mar05", CH, "tmrw 7:30 spin class? i'll grab us bikes 🚴", ["+1d 07:30"], "activity typo emoji")
en("mar05", LA, "Sunday brunch 11 at Sqirl, reservation under Dana", ["sun 11:00"], "activity")
en("mar05", SJ, "Kitchen party at Maura's Saturday night, we're going", ["sat 21:00"], "activity day-part")
en("mar05", SJ, "curling bonspiel starts next wed 6:30pm, we're on sheet 3", ["wed 18:30"], "activity")
en("mar05", NY, "Hi Priya, confirming your onboarding session on Tuesday, March 10, 9:00-11:00 AM ET.", ["03-10 09:00|11:00"], "activity month-name range formal")
en("mar05", CH, "so um yeah the plumber said he can come monday between eight and ten so I'll be home for that", ["mon 08:00|10:00"], "activity range voice")
en("mar05", LA, "PTA meeting 3/12 6pm in the library", ["03-12 18:00"], "activity numeric-date")
en("mar05", NY, "dinner at Lucali Friday the 13th, 8:15, I'll call for a table", ["03-13 20:15"], "activity")
en("mar05", CH, "in 3 days at 9 we leave for the lake house 🏡", ["+3d 09:00"], "activity relative-plus-date emoji")
en("mar05", SJ, "Dr Hickey 2morrow @ 2:15, then groceries", ["+1d 14:15"], "activity typo")
en("mar05", LA, "Shabbat dinner at the Cohens' tomorrow, candles at 5:40", ["+1d 17:40"], "activity")
en("mar05", NY, "dentist tue 8am, then wed 6:30pm parent teacher conf for Leo", ["tue 08:00", "wed 18:30"], "activity multi typo")
en("mar05", CH, "Mass for Grandpa's anniversary Sunday 10:30 at St. Hedwig's", ["sun 10:30"], "activity")
en("mar05", LA, "town hall on the bike lanes is Mon 7-9pm at City Hall, I'm going to speak", ["mon 19:00|21:00"], "activity range")
en("mar05", SJ, "Offsite kickoff Tuesday 9:30 NT, 3 hours", ["tue 09:30|+180m"], "activity duration")
en("mar05", NY, "Running the half on Sunday Mar 15, my wave starts 7:40am 🏃", ["03-15 07:40"], "activity month-name emoji")
en("mar05", CH, "see u at 6 for trivia night 🍻", ["+0d 18:00"], "activity typo emoji")
en("mar05", LA, "call w/ legal in 45 min", ["+45m"], "relative typo")
en("mar26", LO, "Easter egg hunt in the park Sunday 5 April 10am, we're bringing the kids 🐣", ["04-05 10:00"], "activity month-name emoji")
en("mar26", LO, "5 a side mon 8pm, need 1 more pls", ["mon 20:00"], "activity typo")
en("mar26", LO, "Board meeting: Tuesday 31 March, 10:00–12:00, Boardroom; papers to follow.", ["03-31 10:00|12:00"], "activity month-name range formal")
en("mar26", LO, "tomorow 4pm haircut then pub?", ["+1d 16:00"], "activity typo")
en("mar26", LO, "footy sun 2pm, got us tix in the away end", ["sun 14:00"], "activity typo")
en("mar26", LO, "Dentist 2/4 at 09:10", ["04-02 09:10"], "activity numeric-date")
en("mar26", LO, "clocks go forward on Sunday so the 9am service will feel like 8! see you at church", ["sun 09:00"], "activity")
en("apr01", ME, "Easter Sunday lunch at Nonna's 12:30, bring a plate", ["sun 12:30"], "activity")
en("apr01", AD, "Good Friday service 9am at St Peter's then hot cross buns at ours", ["fri 09:00"], "activity")
en("apr01", AK, "Easter Monday we're walking Rangitoto, ferry at 9:15", ["mon 09:15"], "activity")
en("apr01", ME, "footy at the G sat night, 7:25 bounce", ["sat 19:25"], "activity typo")
en("apr01", AD, "School hols: the kids have swimming camp Tues 14 April 9-12 🏊", ["04-14 09:00|12:00"], "activity month-name range emoji typo")
en("apr01", AK, "lunch w Hemi next tuesday 12.30 at Ponsonby Central", ["tue 12:30"], "activity typo")
en("apr01", ME, "Parent teacher interviews Wed 8th April, our slot is 3:45", ["04-08 15:45"], "activity month-name")
en("apr01", AD, "Zoom with mum in London sunday 7pm our time", ["sun 19:00"], "activity")
en("jun17", KO, "Interview with the Bangalore panel on 24/6 at 11:30 IST", ["06-24 11:30"], "activity numeric-date")
en("jun17", LO, "we've got Centre Court tickets for Tues 30 June, play starts 1:30 🎾", ["06-30 13:30"], "activity month-name emoji")
en("jun17", NY, "July 4th bbq at Uncle Ray's, come by around 3", ["07-04 15:00"], "activity month-name")
en("jun17", CH, "Pride parade Sunday, we're meeting at Belmont & Halsted at 11", ["sun 11:00"], "activity")
en("jun17", NY, "Parent orientation for kindergarten is Sept 9 at 8:45, we should both go", ["09-09 08:45"], "activity month-name")
en("jun17", LO, "We fly out to Lisbon on 29 October at 06:40, booked!", ["10-29 06:40"], "activity month-name")
en("jun17", ME, "Ski trip to Falls Creek, we leave Fri 3 July 5am ⛷️", ["07-03 05:00"], "activity month-name emoji")
en("jun17", AK, "Matariki dinner at ours Friday 10 July 6:30pm 🌟", ["07-10 18:30"], "activity month-name emoji")
en("jun17", NY, "Thanksgiving at ours this year, Nov 26, dinner at 4", ["11-26 16:00"], "activity month-name")
en("sep24", AK, "Daylight saving starts Sunday so brunch is 10:30 new time, Ponsonby", ["sun 10:30"], "activity")
en("sep24", AK, "netball final sat 2pm at Windmill Rd 🏐", ["sat 14:00"], "activity emoji")
en("sep24", AK, "Team retro Monday 28th 3–4pm", ["09-28 15:00|16:00"], "activity range")
en("sep24", KO, "Navratri garba on Saturday night at the society hall, we're all going 💃", ["sat 21:00"], "activity day-part emoji")
en("sep24", LO, "half term trip: Eurostar to Paris Sat 24 Oct, departs 07:01", ["10-24 07:01"], "activity month-name")
en("sep24", AK, "Labour weekend we head to Raglan, leaving Fri 23 Oct after work ~5", ["10-23 17:00"], "activity month-name")
en("oct01", AD, "brekkie at the Glenelg jetty sunday 9? clocks go fwd so dont be late lol", ["sun 09:00"], "activity typo")
en("oct01", ME, "Cup Day lunch at the Leveson Tue 3 Nov 12:30 🐎", ["11-03 12:30"], "activity month-name emoji")
en("oct01", ME, "Kinder fundraiser trivia tonight 7:30, we're a table of 8", ["+0d 19:30"], "activity")
en("oct01", AD, "Mon 5/10 is a public holiday so the planning day moves to Tue 6/10 9:00-15:00", ["10-06 09:00|15:00"], "activity numeric-date range")
en("oct01", ME, "Physio next Wed 8:15, then I'm dropping the car for a service at 10", ["wed 08:15", "wed 10:00"], "activity multi")
en("oct22", LO, "Bonfire night at Ally Pally 5 Nov, meet at the gate 6:15 🎆", ["11-05 18:15"], "activity month-name emoji")
en("oct22", LO, "cheeky curry tomoz 7pm?", ["+1d 19:00"], "activity typo")
en("oct22", LO, "Half-term: Tues 27th soft play with the twins 10-12", ["10-27 10:00|12:00"], "activity range")
en("oct22", LO, "Hi team, the all-hands is moved to Monday 26 October at 15:00 GMT. Please update your calendars.", ["10-26 15:00"], "activity month-name formal")
en("oct22", KO, "Diwali puja at Amma's on 8 Nov, 7 pm, whole family 🪔", ["11-08 19:00"], "activity month-name emoji")
en("oct22", LO, "Remembrance Sunday parade 8 Nov, our cub pack assembles at the memorial 10:15", ["11-08 10:15"], "activity month-name")
en("oct29", NY, "trick or treating sat 5:30, meet at our stoop 🎃", ["sat 17:30"], "activity emoji")
en("oct29", CH, "let's go vote tuesday at 7:15 am before work", ["tue 07:15"], "activity")
en("oct29", LA, "We're setting up the ofrenda at the community center Mon Nov 2, 6-8pm", ["11-02 18:00|20:00"], "activity month-name range")
en("oct29", SJ, "long run sun 8am from Quidi Vidi, 2 hrs", ["sun 08:00|+120m"], "activity duration typo")
en("oct29", NY, "Sorry, could we push our call to Monday 4pm ET? Tomorrow is packed.", ["mon 16:00"], "activity formal")
en("oct29", CH, "flu shots at Walgreens sat 10:40, both kids", ["sat 10:40"], "activity")
en("oct29", LA, "so for friendsgiving we said the 21st right saturday like 4 ish and I'm making the turkey", ["11-21 16:00"], "activity voice")
en("oct29", NY, "Hanukkah starts Dec 4, latkes at ours that evening 🕎", ["12-04 19:00"], "activity month-name day-part emoji")
en("oct29", SJ, "in 2 weeks on Wednesday we have the hockey tourney in Gander, leave 7am", ["w2-wed 07:00"], "activity relative-plus-date")
en("nov25", NY, "Turkey trot tomorrow 8am, then dinner at 3 at Grandma's", ["+1d 08:00", "+1d 15:00"], "activity multi")
en("nov25", LO, "office Christmas party Fri 11 December from 7pm till late", ["12-11 19:00"], "activity month-name")
en("nov25", AK, "Carols by candlelight in the Domain sat 19 Dec 8pm, picnic first", ["12-19 20:00"], "activity month-name")
en("nov25", KO, "Sangeet on 2 Dec from 7 pm, mehendi 3 Dec afternoon", ["12-02 19:00", "12-03 14:00"], "activity month-name day-part multi")
en("nov25", NY, "Hey, can we grab coffee Monday at 10? I have news", ["mon 10:00"], "activity")
en("nov25", LO, "Nativity play at school Weds 9 Dec 2pm, Ollie's a sheep 🐑", ["12-09 14:00"], "activity month-name emoji")
en("dec29", NY, "NYE at Jess's, come around 9pm, ball drop on the big tv!", ["12-31 21:00"], "activity")
en("dec29", AK, "New Year's Day swim at Takapuna 11am, who's in? 🌊", ["2027-01-01 11:00"], "activity emoji")
en("dec29", LO, "first day back: kick-off meeting 5 Jan 9:30", ["01-05 09:30"], "activity month-name")
en("dec29", CH, "Dentist 1/8 at 3:20", ["01-08 15:20"], "activity numeric-date")
en("dec29", ME, "got day session tix for the Open on 20 Jan, gates 11am", ["01-20 11:00"], "activity month-name typo")
en("dec29", LA, "in 3 days at 10 we drive out to Joshua Tree", ["+3d 10:00"], "activity relative-plus-date")
en("dec29", KO, "Sankranti on the terrace 14 Jan, kites from 8 am 🪁", ["01-14 08:00"], "activity month-name emoji")
en("dec29", AD, "Big Bash at the Oval fri night, first ball 7:15", ["fri 19:15"], "activity")
en("oct29", CH, "hey so the furnace guy is coming nov 3rd between 1 and 3 and then I got the eye doctor at 4:30 same day", ["11-03 13:00|15:00", "11-03 16:30"], "activity month-name range multi voice")
en("mar05", NY, "Reminder: choir rehearsal moves to Wednesday 11 March, 7:00-8:30 pm, fellowship hall.", ["03-11 19:00|20:30"], "activity month-name range formal")
en("oct22", LO, "Flu jab at Boots sat morning then footy at 3 👍", ["sat 08:00", "sat 15:00"], "activity day-part emoji multi")
en("mar26", LO, "parkrun sat 9am, then brunch at 10:30? i'm buying", ["sat 09:00", "sat 10:30"], "activity multi typo")
en("sep24", AK, "school photo day is mon 12 Oct, kids need to be there by 8:30 in uniform", ["10-12 08:30"], "activity month-name")
en("oct01", AD, "cyclinng club ride sun 7am from Victoria Sq, about 3 hours", ["sun 07:00|+180m"], "activity duration typo")
en("apr01", AK, "call with the Wellington office monday 9-9:45 (their time = ours)", ["mon 09:00|09:45"], "activity range")
en("oct29", LA, "Dodgers parade?? nah, but lunch w Gabe on the 5th at 12:30 for sure", ["11-05 12:30"], "activity typo")
en("mar05", SJ, "meet for a walk in 20 mins?", ["+20m"], "relative typo")
en("mar05", CH, "dentist appt moved to tues at 11, cant make it any earlier", ["tue 11:00"], "activity typo")
en("oct29", NY, "meetin w the landlord monday 6pm abt the lease", ["mon 18:00"], "activity typo")
en("oct22", LO, "sunday roast at mums 1pm, bring wine pls 🍷", ["sun 13:00"], "activity typo emoji")
en("mar26", LO, "wedding rehersal thurs 2nd april 5:30pm", ["04-02 17:30"], "activity month-name typo")
en("oct01", ME, "gym sesh w Jordo mon 6am, 45 mins", ["mon 06:00|+45m"], "activity duration typo")
en("apr01", AK, "tmrw brekkie at 8 then the dog to the vet at 10:30", ["+1d 08:00", "+1d 10:30"], "activity multi typo")
# --- negatives ---------------------------------------------------------------------------------
en("mar05", NY, "Dentist was at 9:30 this morning, all good", N, "negative-past")
en("jan13", LO, "we had the retro yesterday at 3, went fine", N, "negative-past")
en("oct29", LA, "Missed the 8:15 bus again 🙄", N, "negative-past emoji")
en("apr01", ME, "The footy last saturday at 7:25 was a shocker", N, "negative-past")
en("oct22", LO, "got back from Lisbon on the 18th at like 11pm, knackerd", N, "negative-past typo")
en("nov25", NY, "Thanks for coming to the meeting at 4 today!", N, "negative-past")
en("dec29", KO, "the interview on 22 Dec at 11 went really well", N, "negative-past")
en("jun17", CH, "so yesterday we went to the game at 1:20 and it rained the whole time", N, "negative-past voice")
en("mar05", NY, "I swim every morning at 6:15 before work", N, "negative-other habit")
en("jan13", AD, "we always do Sunday roast at 1", N, "negative-other habit")
en("oct01", ME, "Tuesdays I have choir 7-9, always have", N, "negative-other habit")
en("sep24", AK, "every Saturday at 8 the kids have rippa rugby", N, "negative-other habit")
en("oct29", CH, "my standup is at 9:15 every day, it's brutal", N, "negative-other habit")
en("jun17", KO, "usualy I leave for office at 8.30 to beat traffic", N, "negative-other habit typo")
en("nov25", LO, "We normally open presents at 10 on Christmas morning", N, "negative-other habit")
en("jun17", AK, "so yeah my shift is like seven to three most days and then I basically crash", N, "negative-other habit voice")
en("mar05", LA, "I'm free after 3 tomorrow if that helps", N, "negative-other availability")
en("oct22", LO, "I'm off work Monday and Tuesday next week", N, "negative-other availability")
en("jan13", NY, "Conference room B is open 2-4 on Thursday", N, "negative-other availability")
en("apr01", AK, "on leave from the 6th till the 17th 🌴", N, "negative-other availability emoji")
en("dec29", CH, "back at work Jan 4", N, "negative-other availability")
en("oct29", SJ, "i can do any time after 10 on sat, just lmk", N, "negative-other availability typo")
en("sep24", KO, "I am available Monday to Wednesday between 10 and 1 IST.", N, "negative-other availability formal")
en("mar26", LO, "Library hours: Mon-Fri 9-7, Sat 10-4", N, "negative-other timetable")
en("oct29", NY, "the 7 train runs every 4 min at rush hour", N, "negative-other timetable")
en("jun17", ME, "Pool opens at 6am weekdays, 8 on weekends", N, "negative-other timetable")
en("nov25", AK, "Last ferry to Waiheke leaves 11:30pm on Fridays", N, "negative-other timetable")
en("jan13", KO, "Shatabdi departs 6:00, arrives 11:25", N, "negative-other timetable")
en("oct01", AD, "Daylight saving starts 2am Sunday, clocks go forward an hour", N, "negative-other timetable")
en("mar05", CH, "would love to see Hamilton at some point, maybe in April", N, "negative-other wish")
en("oct22", LO, "I really need a spa day, like Saturday at 10 in a hot tub", N, "negative-other wish")
en("jun17", NY, "wish we could go to the Hamptons on the 4th 😩", N, "negative-other wish emoji")
en("apr01", ME, "someday I want to do the Great Ocean Road at sunrise", N, "negative-other wish")
en("mar05", SJ, "Sean's flight gets in at 11:40 tomorrow, his mum's getting him", N, "negative-other reported")
en("oct29", LA, "my sister has her ultrasound Monday at 2", N, "negative-other reported")
en("jan13", LO, "Tom said the band's rehearsing at 7 on Friday, not my thing though", N, "negative-other reported")
en("nov25", KO, "Papa's going to Chennai on the 3rd, 6am flight", N, "negative-other reported")
en("sep24", AK, "the boys are off to the rugby at 7:35 sat, I'm staying home", N, "negative-other reported")
en("mar26", LO, "if I had the weekend off I'd go to Brighton at 8 on Sunday", N, "negative-other hypothetical")
en("oct22", KO, "if the deal closes we'd have to fly out on the 3rd", N, "negative-other hypothetical")
en("dec29", NY, "Imagine if we actually went to Times Square at midnight lol", N, "negative-other hypothetical")
en("jun17", LA, "had I known, I'd have booked the 9am ferry to Catalina", N, "negative-other hypothetical")
en("mar05", NY, "It's $12.50 for the matinee, $15.30 evening", N, "negative-other lookalike")
en("oct29", CH, "Bears lost 10:24, brutal", N, "negative-other lookalike")
en("jan13", AD, "Cricket: 7/245 at tea", N, "negative-other lookalike")
en("jun17", LO, "Our flat is 11/3 Elm Rd, buzzer code 1830", N, "negative-other lookalike")
en("oct01", ME, "Call me on 0412 930 845", N, "negative-other lookalike")
en("nov25", NY, "My daughter turns 7 on the 10th 🎂", N, "negative-other lookalike emoji")
en("sep24", KO, "Temp hit 38.5 today, AQI 210", N, "negative-other lookalike")
en("dec29", LA, "ran 5k in 24:30, PB!", N, "negative-other lookalike")
en("apr01", AK, "Ratio is 2:1 flour to water for the dough", N, "negative-other lookalike")
en("mar05", LA, "what time does the DMV open on saturdays?", N, "negative-other question")
en("oct22", LO, "when's your mum's operation again?", N, "negative-other question")
en("jan13", CH, "Did you book the 6:30 or the 7:15 slot last week?", N, "negative-other question")
en("oct29", NY, "Do you know if daylight saving ends this Sunday?", N, "negative-other question")
en("nov25", ME, "how long is the drive to Lorne, like 2 hours?", N, "negative-other question")
en("mar05", CH, "dinner friday at 7 is off, Ana's sick", N, "negative-cancelled")
en("oct22", LO, "Cancelling Monday's 10:00 sync, nothing to discuss.", N, "negative-cancelled formal")
en("apr01", AD, "Easter camping's called off, the forecast is awful", N, "negative-cancelled")
en("jun17", NY, "we're not doing the 4th at the lake anymore", N, "negative-cancelled")
en("oct29", SJ, "Halloween dance postponed, new date TBA", N, "negative-cancelled")
en("dec29", AK, "scrap the 2pm boat trip tomorrow, too windy", N, "negative-cancelled")
en("mar26", LO, "Expense reports due Monday 5pm", N, "negative-deadline")
en("oct01", AD, "RSVP by Friday 12 noon pls", N, "negative-deadline typo")
en("jan13", NY, "rent's due on the 1st, dont forget", N, "negative-deadline typo")
en("nov25", CH, "I'm not going to the 9am thing tomorrow", N, "negative-other")
en("sep24", LO, "no gym for me tonight, too tired", N, "negative-other")
en("oct22", KO, "I'll be home by 8 tonight", N, "negative-other")
en("mar05", SJ, "need to pick up milk after 5 lol", N, "negative-other")
en("oct01", ME, "what's the score? 2-1 at half time?", N, "negative-other lookalike question")
# ================================ ru ==========================================================
# --- positives ---------------------------------------------------------------------------------
ru("mar26", RI, "Созвон с заказчиком в понедельник в 10:30", ["mon 10:30"], "activity")
ru("mar26", KY, "завтра в 19:00 идём в кино на новый фильм 🍿", ["+1d 19:00"], "activity emoji")
ru("mar26", VI, "Стоматолог 31.03 в 8:40", ["03-31 08:40"], "activity numeric-date")
ru("mar26", TA, "В воскресенье в 11 крестины племянника, не опаздывай", ["sun 11:00"], "activity")
ru("mar26", PR, "Уважаемые коллеги, планёрка переносится на вторник, 31 марта, 9:00–10:00.", ["03-31 09:00|10:00"], "activity month-name range formal")
ru("mar26", CI, "го в субботу на шашлыки, выезжаем в 10", ["sat 10:00"], "activity typo")
ru("mar26", RI, "родительское собрание в среду в 18:30, я пойду", ["wed 18:30"], "activity")
ru("mar26", KY, "Через неделю в пятницу концерт в 19:00, билеты у меня 🎸", ["w1-fri 19:00"], "activity relative-plus-date emoji")
ru("mar26", MO, "Завтра в 9 утра сдаю кровь в поликлинике", ["+1d 09:00"], "activity")
ru("mar26", VI, "в пн с 14 до 16 тренинг по продажам", ["mon 14:00|16:00"], "activity range")
ru("mar26", TA, "так слушай давай в субботу часиков в двенадцать встретимся у ратуши и пойдём гулять по старому городу", ["sat 12:00"], "activity voice")
ru("mar26", PR, "В воскресенье в храм к 9:30, потом обед у бабушки в 14", ["sun 09:30", "sun 14:00"], "activity multi")
ru("mar26", KY, "тренировка по плаванию у Саши в чт 2 апреля в 17:15, отвезу его", ["04-02 17:15"], "activity month-name")
ru("mar26", RI, "завтра после обеда забираю машину из сервиса", ["+1d 14:00"], "activity day-part")
ru("mar26", CI, "в понедельник к 8 на УЗИ, натощак", ["mon 08:00"], "activity")
ru("mar26", MO, "в следующий вторник в 15:00 собеседование в банке", ["tue 15:00"], "activity")
ru("mar26", RI, "завтро в 9 утра летучка, не забудь", ["+1d 09:00"], "activity typo")
ru("mar26", VI, "седня в 7 вечера созвон с Ирой по проекту", ["+0d 19:00"], "activity typo")
ru("mar26", KY, "без четверти пять в понедельник встреча с подрядчиком", ["mon 16:45"], "activity voice")
ru("mar26", TA, "ок договорились во вторник 31-го с девяти до полудня буду у вас на объекте", ["03-31 09:00|12:00"], "activity range voice")
ru("mar26", CI, "зубной 30.03 в 14:20 и маникюр 1.04 в 17:00", ["03-30 14:20", "04-01 17:00"], "activity numeric-date multi")
ru("mar26", PR, "в воскресенье 5 апреля католическая Пасха, идём на мессу в 10", ["04-05 10:00"], "activity month-name")
ru("oct22", RI, "Встреча с риелтором в понедельник в 11:00", ["mon 11:00"], "activity")
ru("oct22", VI, "в сб в 10 утра субботник во дворе, выходим все 🍂", ["sat 10:00"], "activity emoji")
ru("oct22", KY, "Завтра в 8:00 у меня МРТ, потом сразу на работу", ["+1d 08:00"], "activity")
ru("oct22", TA, "Во вторник 27.10 с 13 до 15 семинар по налогам", ["10-27 13:00|15:00"], "activity numeric-date range")
ru("oct22", PR, "давай в воскресение в 16:00 на каток?", ["sun 16:00"], "activity typo")
ru("oct22", CI, "Свадьба Марины 31 октября, регистрация в 12:30 💍", ["10-31 12:30"], "activity month-name emoji")
ru("oct22", MO, "Совещание в пятницу в 9:30, на два часа", ["fri 09:30|+120m"], "activity duration")
ru("oct22", NS, "Завтра в 7 вечера хоккей, идём с папой 🏒", ["+1d 19:00"], "activity emoji")
ru("oct22", RI, "зубной в ср в 8:20, забери потом Машу из садика в 17", ["wed 08:20", "wed 17:00"], "activity multi")
ru("oct22", VI, "Через две недели в четверг защита диплома в 10:00, приходите болеть", ["w2-thu 10:00"], "activity relative-plus-date")
ru("oct22", KY, "в пн в 19:00 йога в зале на Подоле, впервые иду кстате", ["mon 19:00"], "activity typo")
ru("oct22", TA, "завтра вечером ужин у родителей", ["+1d 19:00"], "activity day-part")
ru("oct22", PR, "экскурсия в Кутна-Гору 1 ноября, автобус в 8:15", ["11-01 08:15"], "activity month-name")
ru("oct22", CI, "пошли в субботу вечером в театр, начало в 18:00", ["sat 18:00"], "activity day-part")
ru("oct22", RI, "через 40 минут созвон по бюджету", ["+40m"], "relative")
ru("oct22", NS, "в воскресенье в 12 день рождения у тёщи, едем всей семьёй 🎂", ["sun 12:00"], "activity emoji")
ru("oct22", KY, "щас в 19 45 забегу за тобой и пойдём на пробежку", ["+0d 19:45"], "activity typo voice")
ru("oct22", CI, "в понедельнек в 10 к нотариусу", ["mon 10:00"], "activity typo")
ru("oct22", PR, "пт в 20:00 пивко с ребятами? 🍺", ["fri 20:00"], "activity typo emoji")
ru("oct22", RI, "в полдесятого в понедельник планёрка у директора", ["mon 09:30"], "activity voice")
ru("oct22", VI, "Уважаемые родители! Экскурсия 3Б класса в музей состоится 28 октября, сбор у школы в 8:45.", ["10-28 08:45"], "activity month-name formal")
ru("oct22", TA, "ужин в субботу в 19 и кино в вс в 15, кто со мной?", ["sat 19:00", "sun 15:00"], "activity multi")
ru("oct22", MO, "в четверг 29-го в 18:00 встреча выпускников", ["10-29 18:00"], "activity")
ru("oct22", KY, "приём у гинеколога в пн 26.10 в 16:40", ["10-26 16:40"], "activity numeric-date")
ru("oct22", CI, "завтра в 5 репетитор по англ, а в 7 вечера тренировка", ["+1d 17:00", "+1d 19:00"], "activity multi typo")
ru("jan13", MO, "Сегодня в 18:30 старый Новый год у Лены, придёшь?", ["+0d 18:30"], "activity")
ru("jan13", RI, "ныряем в прорубь в ночь на 19-е, сбор в 23:30 у озера", ["01-18 23:30"], "activity")
ru("jan13", KY, "В четверг в 15:00 приём у эндокринолога", ["thu 15:00"], "activity")
ru("jan13", PR, "Лыжи в Шпиндлерув-Млин на выходных: выезд в субботу в 6 утра ⛷️", ["sat 06:00"], "activity emoji")
ru("jan13", NS, "Завтра в 10:00 планёрка, потом обед с партнёрами в 13:00", ["+1d 10:00", "+1d 13:00"], "activity multi")
ru("jan13", VI, "Новая дата корпоратива: 30 января, 19:00, ресторан «Неринга»", ["01-30 19:00"], "activity month-name")
ru("jan13", TA, "запись к парикмахеру на 20.01 в 12:15", ["01-20 12:15"], "activity numeric-date")
ru("jan13", MO, "Прощёное воскресенье 22 февраля, блины у нас в 14:00!", ["02-22 14:00"], "activity month-name")
ru("jan13", RI, "Вылет на Тенерифе 3 апреля в 6:50 ✈️", ["04-03 06:50"], "activity month-name emoji")
ru("jan13", CI, "в пт в 17 футбол на искусственном поле", ["fri 17:00"], "activity")
ru("jan13", MO, "в понедельник 19-го в 7 утра окунаемся в прорубь на Крещение 🥶", ["01-19 07:00"], "activity emoji")
ru("jun17", MO, "Выпускной у Кати 26 июня, в школу к 17:00", ["06-26 17:00"], "activity month-name")
ru("jun17", RI, "Лиго! 23 июня в 20:00 у нас на даче, костёр и пиво 🔥", ["06-23 20:00"], "activity month-name emoji")
ru("jun17", KY, "Отпуск: вылет в Анталию 3 июля в 5:40", ["07-03 05:40"], "activity month-name")
ru("jun17", PR, "Собрание жильцов в четверг в 19:00 во дворе", ["thu 19:00"], "activity")
ru("jun17", TA, "в сб утром на рынок, потом в 13 на пляж в Пирита", ["sat 08:00", "sat 13:00"], "activity day-part multi")
ru("jun17", VI, "Конференция в Риге 29–30 октября, мой доклад 29-го в 11:20", ["10-29 11:20"], "activity month-name")
ru("jun17", NS, "завтра в 8 утра сдаём машину на ТО", ["+1d 08:00"], "activity")
ru("jun17", MO, "Сходим в пятницу в 20:00 на «Лебединое»? Есть два билета", ["fri 20:00"], "activity")
ru("jun17", CI, "в суботу в 11 венчание у Кристины, мы приглашены", ["sat 11:00"], "activity typo")
ru("sep24", KY, "Завтра в 16:30 родительское собрание в 1-Б", ["+1d 16:30"], "activity")
ru("sep24", RI, "Перенос: приём у окулиста теперь 2 ноября в 9:10", ["11-02 09:10"], "activity month-name")
ru("sep24", NS, "в пн в 8:30 планёрка, в ср в 14 аудит", ["mon 08:30", "wed 14:00"], "activity multi")
ru("sep02", MO, "Завтра в 8:15 первый раз ведём Мишу в бассейн", ["+1d 08:15"], "activity")
ru("sep02", TA, "Осенний забег 27 сентября, старт в 11:00, я записался 🏃", ["09-27 11:00"], "activity month-name emoji")
ru("oct01", PR, "отчётная встреча 29.10 в 14:00, 1,5 часа", ["10-29 14:00|+90m"], "activity numeric-date duration")
ru("oct01", VI, "в субботу в 11 утра освящение нового храма, поедем с мамой", ["sat 11:00"], "activity")
ru("oct01", CI, "на День вина идём в субботу к 15:00 🍷", ["sat 15:00"], "activity emoji")
ru("oct01", RI, "давай завтра в 12:30 пообедаем вместе?", ["+1d 12:30"], "activity")
ru("nov25", MO, "В субботу в 12:00 утренник в садике, Соня будет снежинкой ❄️", ["sat 12:00"], "activity emoji")
ru("nov25", RI, "Рождественская ярмарка: встречаемся на Домской площади в пятницу в 18:00", ["fri 18:00"], "activity")
ru("nov25", PR, "корпоратив 18.12 с 19:00 до 23:00", ["12-18 19:00|23:00"], "activity numeric-date range")
ru("nov25", KY, "Завтра в обед встречаемся с Олей в кафешке у метро", ["+1d 12:00"], "activity day-part")
ru("nov25", NS, "Через 2 часа выезжаем в аэропорт", ["+120m"], "relative")
ru("nov25", VI, "в следующий понедельник в 9:00 сдаю на права 🚗", ["mon 09:00"], "activity emoji")
ru("nov25", TA, "в четверг утром УЗИ, в пятницу вечером баня с мужиками", ["thu 08:00", "fri 19:00"], "activity day-part multi")
ru("nov25", MO, "ок, тогда в 21:30 созвонимся по видео 📞", ["+0d 21:30"], "activity emoji")
ru("dec29", MO, "31-го в 23:00 собираемся у нас, встречаем Новый год 🎄", ["12-31 23:00"], "activity emoji")
ru("dec29", RI, "2 января в 12 катаемся на коньках на Эспланаде", ["01-02 12:00"], "activity month-name")
ru("dec29", KY, "Завтра в 10 выезжаем в Буковель", ["+1d 10:00"], "activity")
ru("dec29", NS, "Рождественская служба 6 января в 23:00, пойдём вместе?", ["01-06 23:00"], "activity month-name")
ru("dec29", PR, "5.1 в 9:00 первый рабочий созвон в новом году", ["01-05 09:00"], "activity numeric-date")
ru("dec29", CI, "послезавтра в 22 салют в центре, пойдём смотреть", ["+2d 22:00"], "activity relative")
ru("dec29", VI, "зимний лагерь у детей с 4 по 8 января, отвозим 4-го в 10", ["01-04 10:00"], "activity month-name")
ru("apr01", MO, "Пасха 12 апреля, куличи святим 11-го в 16:00 ⛪", ["04-11 16:00"], "activity emoji")
ru("apr01", KY, "у нотариуса завтра в 9:00, возьми паспорт", ["+1d 09:00"], "activity")
ru("mar05", RI, "8 марта в 13:00 обед с мамой и сестрой 💐", ["03-08 13:00"], "activity month-name emoji")
ru("mar05", VI, "Поездка в Варшаву 2 апреля, поезд в 7:05", ["04-02 07:05"], "activity month-name")
ru("mar05", TA, "Перенесли планёрку на понедельник 10:00", ["mon 10:00"], "activity")
ru("mar05", PR, "Через три недели в субботу свадьба брата, сбор в 14:00", ["w3-sat 14:00"], "activity relative-plus-date")
ru("mar05", KY, "в эту субботу в 15 футбол с коллегами", ["sat 15:00"], "activity")
ru("mar05", MO, "в эту пятницу в 19:00 ужин в честь 8 марта у Ани", ["fri 19:00"], "activity")
ru("mar05", CI, "чё, в апреле 4-го в 12 у Вовы днюха в боулинге, идём?", ["04-04 12:00"], "activity typo")
ru("mar26", TA, "чт 2.04 в 10:00 аттестация, пожелайте удачи 🙏", ["04-02 10:00"], "activity numeric-date emoji")
ru("oct22", RI, "в субботу в 9 уборка на кладбище, в воскресенье в 10 служба в церкви", ["sat 09:00", "sun 10:00"], "activity multi")
ru("mar26", VI, "плз в пн к 9:15 на собрание акционеров, адрес скину", ["mon 09:15"], "activity typo")
ru("oct22", KY, "в чт 29-го ввечеру концерт в филармонии, начало в 19:00", ["10-29 19:00"], "activity day-part")
ru("mar26", RI, "в воскр в 10 утра едем на рыбалку, встаём рано 🎣", ["sun 10:00"], "activity typo emoji")
ru("mar26", VI, "в пн в 18 тренька по волейболу, не забудь кросы", ["mon 18:00"], "activity typo")
ru("oct22", TA, "в понед в 9 утра встреча с бухом, на час", ["mon 09:00|+60m"], "activity duration typo")
ru("oct22", KY, "седня в 21 кароч созвон с Лёхой", ["+0d 21:00"], "activity typo")
ru("oct22", RI, "в ср 28-го стрижка в 13:30, не забуть ✂️", ["10-28 13:30"], "activity typo emoji")
ru("mar26", PR, "в пнд в 11 собеседование на ВНЖ, пожелайте удачи", ["mon 11:00"], "activity typo")
ru("oct22", CI, "в вскр в 14 едим к бабуле в село", ["sun 14:00"], "activity typo")
ru("mar26", TA, "Нужно обсудить бюджет: предлагаю вторник 31.03, 15:00–16:30.", ["03-31 15:00|16:30"], "activity numeric-date range formal")
ru("oct22", VI, "ок значит в пятницу тридцатого в семь вечера ресторан я бронирую на шестерых", ["10-30 19:00"], "activity voice")
ru("mar26", KY, "ща забронирую корт на вс с 12 до 14, го?", ["sun 12:00|14:00"], "activity range typo")
ru("oct22", PR, "на сл неделе во вторник в 17 родит собрание", ["w1-tue 17:00"], "activity typo")
ru("mar26", CI, "вылетаем в Стамбул 3 апреля рано утром, в 6:15", ["04-03 06:15"], "activity month-name")
ru("oct22", MO, "тёща приезжает в субботу, встречаю её на вокзале в 7:40", ["sat 07:40"], "activity")
ru("mar26", RI, "Уважаемые клиенты! В понедельник, 30 марта, с 9:00 до 11:00 приглашаем вас на презентацию нашего салона.", ["03-30 09:00|11:00"], "activity month-name range formal")
# --- negatives ---------------------------------------------------------------------------------
ru("mar26", RI, "вчера в 19:00 были на концерте, огонь 🔥", N, "negative-past emoji")
ru("oct22", MO, "Приём у врача был в 9:30, всё нормально", N, "negative-past")
ru("jan13", KY, "в субботу в 14:00 уже сходили на каток, больше не хочу", N, "negative-past")
ru("nov25", PR, "собрание прошло в 18:00, решили ничего не менять", N, "negative-past")
ru("dec29", VI, "корпоратив 25-го в 19:00 был отличный", N, "negative-past")
ru("jun17", TA, "позавчера в 6 утра уехали на рыбалку и вернулись в 23", N, "negative-past")
ru("sep24", CI, "опоздал на поезд в 7:40, ужас", N, "negative-past")
ru("mar26", VI, "Каждое утро в 6:30 бегаю в парке", N, "negative-other habit")
ru("oct22", RI, "по средам у нас йога с 19 до 20", N, "negative-other habit")
ru("jan13", MO, "я обычно обедаю в 13:00", N, "negative-other habit")
ru("jun17", KY, "по выходным мы всегда в 10 завтракаем у мамы", N, "negative-other habit")
ru("nov25", NS, "Сын ходит на бокс по вторникам и четвергам в 17:00", N, "negative-other habit")
ru("oct01", PR, "у меня пары каждый день с 8:00 до 14:00", N, "negative-other habit")
ru("sep24", TA, "короче я обычно в семь встаю в восемь выхожу и к девяти на работе", N, "negative-other habit voice")
ru("mar26", KY, "я свободна в пятницу после 15:00", N, "negative-other availability")
ru("oct22", VI, "на следующей неделе я в отпуске", N, "negative-other availability")
ru("jan13", TA, "переговорку на третьем этаже никто не занял с 14 до 16", N, "negative-other availability")
ru("dec29", MO, "выхожу на работу 12 января", N, "negative-other availability")
ru("jun17", RI, "могу в любой день после шести", N, "negative-other availability")
ru("nov25", CI, "в понедельник у меня выходной", N, "negative-other availability")
ru("oct22", CI, "щас не могу, я на рабое до 6", N, "negative-other availability typo")
ru("mar26", PR, "Магазин работает с 8 до 22 без выходных", N, "negative-other timetable")
ru("oct22", RI, "В воскресенье переводим часы на час назад", N, "negative-other timetable")
ru("jan13", NS, "Электричка отправляется в 7:12, в 8:05 на месте", N, "negative-other timetable")
ru("jun17", MO, "Музей открыт со вторника по воскресенье с 10:00 до 18:00", N, "negative-other timetable")
ru("sep24", VI, "Приём документов: пн–пт 9:00–17:00, обед 12–13.", N, "negative-other timetable formal")
ru("oct01", CI, "автобус ходит каждые 20 минут", N, "negative-other timetable")
ru("mar26", TA, "было бы классно съездить в Париж в мае", N, "negative-other wish")
ru("oct22", KY, "мечтаю выспаться в субботу до 12", N, "negative-other wish")
ru("jun17", PR, "хочется на море хотя бы на недельку", N, "negative-other wish")
ru("dec29", RI, "эх, вот бы 31-го в 12 ночи быть в Нью-Йорке", N, "negative-other wish")
ru("mar26", MO, "у Пети в понедельник в 9 экзамен по физике", N, "negative-other reported")
ru("oct22", VI, "Мама сказала, что они с папой в субботу в 11 едут на дачу, я не поеду", N, "negative-other reported")
ru("jan13", CI, "у соседей в пятницу в 20:00 опять вечеринка 🙄", N, "negative-other reported emoji")
ru("nov25", KY, "Олег летит в Варшаву в четверг в 6:20", N, "negative-other reported")
ru("sep24", PR, "у шефа завтра в 10 встреча с инвесторами, меня не зовут", N, "negative-other reported")
ru("mar26", RI, "если бы не работа, пошёл бы завтра в 10 на рыбалку", N, "negative-other hypothetical")
ru("oct22", TA, "если дождя не будет, может быть когда-нибудь сходим в поход", N, "negative-other hypothetical")
ru("jun17", VI, "будь у меня машина, поехали бы в субботу в 7 на озёра", N, "negative-other hypothetical")
ru("dec29", NS, "вот если бы рейс был в 9, я бы успел", N, "negative-other hypothetical")
ru("mar26", KY, "Динамо выиграло 2:1, класс ⚽", N, "negative-other lookalike emoji")
ru("oct22", PR, "Билет стоит 12.50 евро", N, "negative-other lookalike")
ru("jan13", RI, "мой адрес: ул. Бривибас 14-30, домофон 1430", N, "negative-other lookalike")
ru("jun17", MO, "сыну 5 лет 10 месяцев", N, "negative-other lookalike")
ru("nov25", TA, "на улице -7.5, гололёд", N, "negative-other lookalike")
ru("sep24", NS, "Мой номер: +7 913 845-12-30", N, "negative-other lookalike")
ru("dec29", CI, "курс 19.85 за доллар", N, "negative-other lookalike")
ru("oct01", VI, "квартира 17, этаж 5, код 20-40", N, "negative-other lookalike")
ru("mar26", VI, "во сколько открывается МФЦ в субботу?", N, "negative-other question")
ru("oct22", MO, "когда у тебя отпуск?", N, "negative-other question")
ru("jan13", PR, "а вы в прошлую пятницу во сколько закончили?", N, "negative-other question")
ru("nov25", RI, "сколько ехать до Юрмалы на электричке?", N, "negative-other question")
ru("jun17", KY, "в какое время лучше звонить в Нью-Йорк?", N, "negative-other question")
ru("mar26", CI, "Встреча в понедельник в 10 отменяется", N, "negative-cancelled")
ru("oct22", TA, "баню в субботу отменяем, Вова заболел", N, "negative-cancelled")
ru("jan13", VI, "лыжи в выходные не получится, снега нет", N, "negative-cancelled")
ru("nov25", PR, "Вебинар 3 декабря переносится, новую дату сообщим позже.", N, "negative-cancelled formal")
ru("jun17", NS, "шашлыки отменили из-за дождя 😞", N, "negative-cancelled emoji")
ru("mar26", RI, "отчёт по продажам сдать до пятницы, крайний срок 18:00", N, "negative-deadline")
ru("oct22", KY, "оплатить коммуналку до 25-го", N, "negative-deadline")
ru("dec29", TA, "Заявки принимаются до 15 января включительно.", N, "negative-deadline formal")
ru("oct22", MO, "буду дома к восьми", N, "negative-other")
ru("mar26", PR, "в субботу никуда не пойду, буду спать", N, "negative-other")
ru("jan13", RI, "не забыть купить хлеб после работы", N, "negative-other")
ru("nov25", VI, "на работу завтра к 8:30, так что рано лягу", N, "negative-other")
ru("mar26", KY, "завтра ниче не планирую, чилл 😎", N, "negative-other typo emoji")
ru("oct22", NS, "матч закончился 3:3, в овертайме 4:3", N, "negative-other lookalike")
ru("mar05", TA, "ну чё, во скока у вас там в Таллине щас?", N, "negative-other question typo")
# ================================ es ==========================================================
# --- positives ---------------------------------------------------------------------------------
es("mar26", MA, "Reunión con el equipo de ventas el lunes a las 9:30", ["mon 09:30"], "activity")
es("mar26", MA, "mañana a las 21:00 cenamos en casa de Lucía 🍷", ["+1d 21:00"], "activity emoji")
es("mar26", CN, "Procesión del Domingo de Ramos el 29, salimos de casa a las 11", ["03-29 11:00"], "activity")
es("mar26", MA, "Estimados compañeros: la sesión de formación será el martes 31 de marzo de 10:00 a 13:00 en la sala B.", ["03-31 10:00|13:00"], "activity month-name range formal")
es("mar26", MA, "quedamos el sabado a las 6 en el retiro? 🌳", ["sat 18:00"], "activity typo emoji")
es("mar26", CN, "dentista el 1/4 a las 17:45", ["04-01 17:45"], "activity numeric-date")
es("mar26", MA, "Jueves Santo 2 de abril: procesión a las 20:00, vamos con los niños", ["04-02 20:00"], "activity month-name")
es("mar26", MA, "pasado mañana a las 10 me toca la ITV del coche", ["+2d 10:00"], "activity relative")
es("mar26", CN, "El próximo lunes a las 8 tengo análisis de sangre en ayunas", ["mon 08:00"], "activity")
es("mar26", MA, "oye pues nada el domingo a las doce y media vermut en la plaza y luego comemos en casa de mi madre a las tres", ["sun 12:30", "sun 15:00"], "activity multi voice")
es("mar26", MA, "clase d pilates mñn de 19 a 20h", ["+1d 19:00|20:00"], "activity range typo")
es("mar26", CN, "dentro de dos semanas el jueves es la boda de Ana en Tenerife, ceremonia a las 18", ["w2-thu 18:00"], "activity relative-plus-date")
es("mar26", MA, "Partido del Atleti el domingo a las 16:15, tenemos abono ⚽", ["sun 16:15"], "activity emoji")
es("mar26", MA, "Tutoría con la profe de Pablo el 7/4 a las 16:30", ["04-07 16:30"], "activity numeric-date")
es("mar26", MA, "vamos al cine el domingo a las ocho menos cuarto de la tarde", ["sun 19:45"], "activity voice")
es("mar26", CN, "Bautizo de Lucas el 12 de abril a las 12 en la iglesia de San Juan", ["04-12 12:00"], "activity month-name")
es("mar26", MA, "Hola a todos, os recuerdo la comida del departamento el miércoles 1 a las 14:00 y la reunión de seguimiento el jueves 2 a las 10.", ["04-01 14:00", "04-02 10:00"], "activity multi formal")
es("mar26", MA, "Mañana a las 9:00 tengo vacuna, y el lunes a las 9 fisio", ["+1d 09:00", "mon 09:00"], "activity multi")
es("mar26", MA, "la cita en extranjería es el 6/4 a las 12:10, no llegues tarde", ["04-06 12:10"], "activity numeric-date")
es("mar26", MA, "el martes a las 8 d la tarde clase d salsa 💃", ["tue 20:00"], "activity typo emoji")
es("oct22", MA, "Entrevista de trabajo el lunes 26 a las 11:00", ["10-26 11:00"], "activity")
es("oct22", CN, "mañana a las 20 cena de empresa en Las Palmas", ["+1d 20:00"], "activity")
es("oct22", MA, "El 1 de noviembre vamos al cementerio a las 10 a llevar flores a los abuelos 💐", ["11-01 10:00"], "activity month-name emoji")
es("oct22", MA, "nos vemos el sabado a las 12 en Sol?", ["sat 12:00"], "activity typo")
es("oct22", MA, "Consulta con el traumatólogo el martes 27/10 a las 9:15", ["10-27 09:15"], "activity numeric-date")
es("oct22", CN, "el miércoles de 18:00 a 19:30 reunión de la comunidad de vecinos", ["wed 18:00|19:30"], "activity range")
es("oct22", MA, "Halloween: fiesta en casa de Javi el 31 a las 22h 🎃", ["10-31 22:00"], "activity emoji")
es("oct22", MA, "mñn a las 8 salimos pa Valencia", ["+1d 08:00"], "activity typo")
es("oct22", MA, "dentro de 30 minutos llamada con Londres", ["+30m"], "relative")
es("oct22", CN, "Carrera popular el domingo a las 9, ya tengo el dorsal 🏃", ["sun 09:00"], "activity emoji")
es("oct22", MA, "el miércoles que viene a las 19 presentación del libro de Marta, vamos todos", ["wed 19:00"], "activity")
es("oct22", MA, "Estimada Sra. García, le confirmamos su cita el lunes 2 de noviembre a las 12:40.", ["11-02 12:40"], "activity month-name formal")
es("oct22", MA, "tenemos entradas para el Real el domingo 1 a las 19:30, ópera 🎭", ["11-01 19:30"], "activity emoji")
es("oct22", CN, "el lunes a las 8 y media llevo al niño al pediatra", ["mon 08:30"], "activity")
es("oct22", MA, "Recordatorio: coro el martes a las 20:00 en la parroquia", ["tue 20:00"], "activity")
es("oct22", MA, "Examen de conducir el viernes 30 a las 8:40 😬", ["10-30 08:40"], "activity emoji")
es("oct22", CN, "oye, pasa x mi casa a las 7 esta tarde y vamos juntos al ensayo", ["+0d 19:00"], "activity typo")
es("oct22", MA, "q tal el martes a las 14 comemos juntos?", ["tue 14:00"], "activity typo")
es("oct22", MA, "el domingo 1 de noviembre a las 9 vamos de ruta a la Pedriza, unas 4 horas", ["11-01 09:00|+240m"], "activity month-name duration")
es("oct22", MA, "nos vemos el lunes alas 10 en la ofi", ["mon 10:00"], "activity typo")
es("oct22", CN, "el domingo a ls 11 misa x el abuelo", ["sun 11:00"], "activity typo")
es("apr01", SA, "Almuerzo de Pascua el domingo a la 1 donde mi suegra", ["sun 13:00"], "activity")
es("apr01", SA, "once en la casa de la Coni el sábado a las 6, lleva marraqueta", ["sat 18:00"], "activity")
es("apr01", SA, "Vía crucis el viernes a las 19:30 en la parroquia", ["fri 19:30"], "activity")
es("apr01", SA, "reunión de apoderados el lunes 6 a las 19:00", ["04-06 19:00"], "activity")
es("apr01", MX, "Misa de Pascua el domingo a las 10 en Catedral, ¿vienen?", ["sun 10:00"], "activity")
es("apr01", BO, "Cita en la EPS mañana a las 7 am", ["+1d 07:00"], "activity")
es("apr01", LM, "mañana jueves santo a las 5 de la tarde recorremos las siete iglesias", ["+1d 17:00"], "activity day-part")
es("apr01", MV, "Semana de Turismo: salimos para Punta del Este el jueves a las 8", ["thu 08:00"], "activity")
es("apr01", SA, "Control con la matrona el martes 7 de abril a las 10:20", ["04-07 10:20"], "activity month-name")
es("apr01", SA, "el domingo en la mañana pichanga en el parque, a las 10", ["sun 10:00"], "activity day-part")
es("apr01", SA, "clases de manejo el miércoles 8 de 15 a 16 hrs", ["04-08 15:00|16:00"], "activity range")
es("apr01", SA, "el jueves 9 de abril a las 9 dentista, después a la pega", ["04-09 09:00"], "activity month-name")
es("apr01", SA, "Domingo de Resurrección: misa de 12 y después almuerzo familiar a las 14", ["sun 12:00", "sun 14:00"], "activity multi")
es("apr01", SA, "weon el domingo a las 4 carrete donde el Nico", ["sun 16:00"], "activity typo")
es("sep02", SA, "Nos vamos a las fondas el 18 a las 14:00, juntémonos en el metro 🇨🇱", ["09-18 14:00"], "activity emoji")
es("sep02", SA, "Este finde cambiamos la hora, pero el asado del domingo sigue a la 1", ["sun 13:00"], "activity")
es("sep02", SA, "mañana a las 8:30 tengo hora al dentista", ["+1d 08:30"], "activity")
es("sep02", SA, "reunión de pega el lunes de 9 a 10:30", ["mon 09:00|10:30"], "activity range")
es("sep02", SA, "el sábado a las 11 cumple de la Sofi en el jumping 🎈", ["sat 11:00"], "activity emoji")
es("sep02", SA, "salimos pa' Valparaíso el domingo a las 9, volvemos tarde", ["sun 09:00"], "activity typo")
es("sep02", SA, "el lunes 7 a las 18:30 taller de cerámica, ya pagué", ["09-07 18:30"], "activity")
es("sep02", SA, "en 4 días a las 10 partimos a Pucón ✌️", ["+4d 10:00"], "activity relative-plus-date emoji")
es("sep02", SA, "mañna a las 7 d la tarde juntada en la casa d la Jose", ["+1d 19:00"], "activity typo")
es("mar05", TJ, "el lunes a las 8 cruzamos a San Diego para la cita consular", ["mon 08:00"], "activity")
es("mar05", TJ, "mañana a las 7:30 pm carne asada en la casa de mi compa", ["+1d 19:30"], "activity")
es("mar05", TJ, "junta de padres el miércoles 11 de marzo a las 18:00", ["03-11 18:00"], "activity month-name")
es("mar05", MX, "el sábado a las 10 nos vemos en Chapultepec para correr", ["sat 10:00"], "activity")
es("mar05", BO, "Partido de Millos el domingo 3:30 pm, vamos al Campín 🔵", ["sun 15:30"], "activity emoji")
es("mar05", TJ, "la otra semana el martes a las 9 firmamos en la notaría", ["w1-tue 09:00"], "activity relative-plus-date")
es("mar05", TJ, "en dos semanas el lunes empiezo clases de inglés a las 7 pm", ["w2-mon 19:00"], "activity relative-plus-date")
es("mar05", TJ, "el domingo alas 2 comida en casa d mi tia", ["sun 14:00"], "activity typo")
es("oct29", TJ, "Día de Muertos: el lunes 2 vamos al panteón a las 9", ["11-02 09:00"], "activity")
es("oct29", TJ, "el domingo a las 5 tamalada en casa de la abuela 🫔", ["sun 17:00"], "activity emoji")
es("oct29", MX, "Desfile de Día de Muertos el sábado, nos vemos en Reforma a las 12", ["sat 12:00"], "activity")
es("oct29", LM, "mañana viernes a las 4 reunión con el proveedor en Miraflores", ["+1d 16:00"], "activity")
es("oct29", BO, "el martes a las 6:30 de la mañana salgo pa Medellín", ["tue 06:30"], "activity typo")
es("oct29", TJ, "en 4 días a las 10 es la cita del SAT", ["+4d 10:00"], "activity relative-plus-date")
es("oct29", TJ, "el sábado a las 6 de la tarde vamos a pedir dulces con los niños", ["sat 18:00"], "activity")
es("oct29", TJ, "Mañana a las 4:15 cita con el dermatólogo", ["+1d 16:15"], "activity")
es("oct29", TJ, "el lunes a las nueve tengo cita en el imss", ["mon 09:00"], "activity typo")
es("jan13", MA, "Rebajas! el sábado a las 11 quedamos en Preciados?", ["sat 11:00"], "activity")
es("jan13", MA, "viaje a Roma el 4 de abril, vuelo a las 7:15", ["04-04 07:15"], "activity month-name")
es("jan13", SA, "Vacaciones: partimos al sur el 2 de febrero a las 6 de la mañana", ["02-02 06:00"], "activity month-name")
es("jan13", MX, "Día de la Candelaria: tamales en la oficina el 2 de febrero a las 13h", ["02-02 13:00"], "activity month-name")
es("jan13", BO, "Cumple de mi mamá el viernes, almuerzo a las 12:30 en Usaquén 🎂", ["fri 12:30"], "activity emoji")
es("jan13", LM, "Playa el sábado, paso por ti a las 9", ["sat 09:00"], "activity")
es("jan13", MV, "Carnaval: vamos al desfile de llamadas el 5 de febrero a las 20h", ["02-05 20:00"], "activity month-name")
es("jan13", CN, "reunion el jueves a las 10 con el gestor", ["thu 10:00"], "activity typo")
es("jan13", MX, "Junta con el cliente en 1 hora y media", ["+90m"], "relative")
es("jun17", MA, "San Juan: hoguera en la playa el 23 por la noche 🔥", ["06-23 21:00"], "activity day-part emoji")
es("jun17", MX, "vamos a ver el partido en casa de Toño el domingo a las 7 pm ⚽", ["sun 19:00"], "activity emoji")
es("jun17", BO, "Graduación de Camila el 26 de junio a las 3 pm", ["06-26 15:00"], "activity month-name")
es("jun17", SA, "cena de fin de semestre el viernes a las 20:30", ["fri 20:30"], "activity")
es("jun17", LM, "Inti Raymi en Cusco el 24, salimos de Lima el 22 a las 5:40", ["06-22 05:40"], "activity")
es("jun17", MA, "Vacaciones: salimos para Cádiz el 1 de julio a las 8", ["07-01 08:00"], "activity month-name")
es("jun17", CN, "El 30 de octubre a las 9 tenemos la revisión en el Negrín", ["10-30 09:00"], "activity month-name")
es("nov25", MA, "Cena de Navidad de la empresa el 18 de diciembre a las 21:30", ["12-18 21:30"], "activity month-name")
es("nov25", MX, "Posada en la oficina el 16 de diciembre a las 18h 🎄", ["12-16 18:00"], "activity month-name emoji")
es("nov25", SA, "Licenciatura de la Emi el 4 de diciembre a las 11", ["12-04 11:00"], "activity month-name")
es("nov25", BO, "Novena de aguinaldos el 16 a las 7 de la noche donde la tía", ["12-16 19:00"], "activity day-part")
es("nov25", LM, "mañana temprano por la mañana vamos al mercado de Surquillo", ["+1d 07:00"], "activity day-part")
es("nov25", MV, "el viernes a las 21 asado de fin de año del club", ["fri 21:00"], "activity")
es("dec29", MA, "Nochevieja: pasado mañana a las 23:30 en la Puerta del Sol para las uvas 🍇", ["+2d 23:30"], "activity relative emoji")
es("dec29", MX, "Rosca de Reyes el 6 de enero a las 5 de la tarde en casa", ["01-06 17:00"], "activity month-name day-part")
es("dec29", SA, "Año Nuevo en Valpo, salimos el 31 a las 16:00", ["12-31 16:00"], "activity")
es("dec29", CN, "Cabalgata de Reyes el 5/1 a las 18h, llevamos a los peques", ["01-05 18:00"], "activity numeric-date")
es("dec29", BO, "el 2 de enero a las 10 am vamos a misa de acción de gracias", ["01-02 10:00"], "activity month-name")
es("dec29", LM, "mañana en la tarde compras para la cena del 31", ["+1d 14:00"], "activity day-part")
es("mar26", MA, "el lunes a las 7 y media d la tarde vamos al gym jntos?", ["mon 19:30"], "activity typo")
es("oct22", MA, "mañan a las 9 tengo dentista y luego voy a la ofi", ["+1d 09:00"], "activity typo")
es("apr01", SA, "el martes 7 a las 20 hrs cumple del Rodri en el bar, vay a ir?", ["04-07 20:00"], "activity typo")
es("sep02", SA, "el domingo a las 12 almuerzo en la casa d mis suegros, q lata jaja", ["sun 12:00"], "activity typo")
es("oct29", TJ, "el sabado a las 8 de la noche fiesta de disfraces en la casa de Memo 👻", ["sat 20:00"], "activity typo emoji")
es("oct22", CN, "el lunes 26 d 17 a 18 clase d guitarra", ["10-26 17:00|18:00"], "activity range typo")
es("mar26", CN, "xfa el martes 31 a las 9 acompáñame al médico", ["03-31 09:00"], "activity typo")
es("mar05", TJ, "el miércoles a las 10 am tengo cita pa la visa", ["wed 10:00"], "activity typo")
es("oct22", MA, "Os propongo una llamada el martes 27 a las 16:00, de una hora aproximadamente.", ["10-27 16:00|+60m"], "activity duration formal")
# --- negatives ---------------------------------------------------------------------------------
es("mar26", MA, "ayer a las 8 fuimos al teatro, muy bien", N, "negative-past")
es("oct22", CN, "la reunión de las 10 fue un desastre", N, "negative-past")
es("apr01", SA, "el sábado pasado a las 21 estuvimos en el Movistar Arena", N, "negative-past")
es("jun17", MX, "ya fuimos al doctor a las 9, todo bien", N, "negative-past")
es("dec29", BO, "el 24 a las 12 abrimos los regalos, qué lindo", N, "negative-past")
es("oct29", LM, "llegué tarde a la cita de las 3 de ayer", N, "negative-past")
es("nov25", MV, "pues nada, anoche salimos a las once y volvimos como a las cuatro", N, "negative-past voice")
es("nov25", MX, "ntp, ya lo vimos ayer a las 8 jaja", N, "negative-past typo")
es("mar26", MA, "Todos los jueves juego al pádel a las 20h", N, "negative-other habit")
es("oct22", MA, "Normalmente comemos a las 3", N, "negative-other habit")
es("apr01", SA, "cada domingo a las 11 vamos a misa", N, "negative-other habit")
es("jun17", BO, "yo me levanto todos los días a las 5:30", N, "negative-other habit")
es("nov25", MX, "los sábados mi hijo tiene futbol de 9 a 11", N, "negative-other habit")
es("sep02", SA, "en la pega entro a las 8:30 y salgo a las 18", N, "negative-other habit")
es("jan13", LM, "siempre almorzamos a la 1 en la oficina", N, "negative-other habit")
es("mar26", CN, "estoy libre el viernes por la tarde", N, "negative-other availability")
es("oct22", MA, "la semana que viene estoy de vacaciones", N, "negative-other availability")
es("jan13", MV, "Puedo cualquier día después de las 17", N, "negative-other availability")
es("dec29", SA, "vuelvo a trabajar el 5 de enero", N, "negative-other availability")
es("oct29", TJ, "la sala de juntas está libre de 2 a 4", N, "negative-other availability")
es("jun17", LM, "tengo el lunes libre, por si acaso", N, "negative-other availability")
es("oct22", MA, "toy libre dsp de las 6 xq salgo antes", N, "negative-other availability typo")
es("mar26", MA, "El museo abre de 10 a 20 h, los lunes cerrado", N, "negative-other timetable")
es("oct22", CN, "El domingo a las 2 serán la 1, se atrasa la hora", N, "negative-other timetable")
es("apr01", SA, "el metro cierra a las 23:00", N, "negative-other timetable")
es("jun17", BO, "el TransMilenio empieza a las 4:30 am", N, "negative-other timetable")
es("nov25", MX, "El banco abre a las 9 y cierra a las 4", N, "negative-other timetable")
es("jan13", MA, "El AVE sale a las 7:30 y llega a las 10:02", N, "negative-other timetable")
es("mar26", MA, "me encantaría ir a la Feria de Abril este año", N, "negative-other wish")
es("oct22", MA, "qué ganas de una escapada a la sierra el finde", N, "negative-other wish")
es("jun17", MX, "quisiera ir a Oaxaca para la Guelaguetza algún día", N, "negative-other wish")
es("dec29", LM, "sueño con pasar el Año Nuevo en Máncora", N, "negative-other wish")
es("mar26", CN, "mi hermana tiene el parto programado el 2 de abril", N, "negative-other reported")
es("oct22", MA, "Carlos dice que su vuelo sale el lunes a las 6:40, yo no voy", N, "negative-other reported")
es("apr01", SA, "mis papás se van a La Serena el domingo a las 8", N, "negative-other reported")
es("oct29", TJ, "mi jefe tiene junta con los gringos el lunes a las 10", N, "negative-other reported")
es("jun17", BO, "la vecina hace fiesta el sábado a las 9 de la noche otra vez 🙄", N, "negative-other reported emoji")
es("mar26", MA, "si tuviera coche iría mañana a las 9 a Toledo", N, "negative-other hypothetical")
es("oct22", CN, "si no estuviera lloviendo, nos iríamos a la playa el sábado", N, "negative-other hypothetical")
es("jan13", SA, "si me ganara la lotería me iría mañana mismo a Bali", N, "negative-other hypothetical")
es("nov25", BO, "si hubiera sabido, habría reservado para las 8", N, "negative-other hypothetical")
es("mar26", MA, "El Madrid ganó 3-1, qué partidazo", N, "negative-other lookalike")
es("oct22", MA, "La entrada cuesta 12,50 €", N, "negative-other lookalike")
es("apr01", SA, "mi depto es el 1204, torre B", N, "negative-other lookalike")
es("jun17", MX, "mi número es 55 1830 2045", N, "negative-other lookalike")
es("nov25", LM, "hoy hace 19.5 grados", N, "negative-other lookalike")
es("dec29", MA, "mi abuela cumple 90 el 3 de enero", N, "negative-other lookalike")
es("sep02", SA, "la receta: 2:1 de agua y arroz, 20 min", N, "negative-other lookalike")
es("oct29", BO, "calle 85 # 11-53, apto 302", N, "negative-other lookalike")
es("mar26", CN, "a qué hora abre el Mercadona el sábado?", N, "negative-other question")
es("oct22", MA, "¿cuándo es la operación de tu padre?", N, "negative-other question")
es("apr01", SA, "¿a qué hora terminó la misa el domingo pasado?", N, "negative-other question")
es("jun17", BO, "cuánto se demora el bus a Villa de Leyva?", N, "negative-other question")
es("nov25", MX, "oye, ¿tú sabes a qué hora juega el América?", N, "negative-other question")
es("jun17", BO, "q hora es alla? aca son las 3", N, "negative-other question typo")
es("mar26", MA, "se cancela la cena del sábado, lo siento", N, "negative-cancelled")
es("oct22", CN, "la reunión del lunes a las 10 queda anulada", N, "negative-cancelled")
es("apr01", SA, "el paseo del domingo se suspende por lluvia", N, "negative-cancelled")
es("jun17", LM, "ya no vamos al cine el viernes 😔", N, "negative-cancelled emoji")
es("oct29", TJ, "la fiesta se pospone, luego les aviso la fecha", N, "negative-cancelled")
es("mar26", MA, "La declaración de la renta hay que presentarla antes del 30 de junio", N, "negative-deadline")
es("oct22", MA, "entregar el TFG antes del viernes a las 14:00", N, "negative-deadline")
es("dec29", SA, "pagar el permiso de circulación antes del 31 de marzo", N, "negative-deadline")
es("oct22", MA, "llego a casa sobre las 9", N, "negative-other")
es("mar26", CN, "el sábado no salgo, me quedo en casa", N, "negative-other")
es("jan13", MX, "acuérdate de comprar leche", N, "negative-other")
es("apr01", SA, "mañana entro a la pega a las 9", N, "negative-other")
# ================================ pt ==========================================================
# --- positives ---------------------------------------------------------------------------------
pt("mar26", LI, "Reunião com o cliente na segunda às 10h", ["mon 10:00"], "activity")
pt("mar26", LI, "amanhã às 21h jantar em casa da Rita 🍝", ["+1d 21:00"], "activity emoji")
pt("mar26", AZ, "Domingo às 11h missa de Ramos na Matriz", ["sun 11:00"], "activity")
pt("mar26", MD, "dentista a 31/3 às 9h15", ["03-31 09:15"], "activity numeric-date")
pt("mar26", LX, "Na próxima segunda às 8h30 tenho a reunião de boas-vindas no novo emprego", ["mon 08:30"], "activity")
pt("mar26", LI, "Exmos. Senhores, a assembleia geral realiza-se no dia 2 de abril, às 18h00, na sede.", ["04-02 18:00"], "activity month-name formal")
pt("mar26", LI, "bora ao cinema sábado às 22h?", ["sat 22:00"], "activity typo")
pt("mar26", AZ, "Sexta-feira Santa, 3 de abril: procissão às 20h, vamos todos", ["04-03 20:00"], "activity month-name")
pt("mar26", MD, "depois de amanhã às 10h vamos ao Pico do Areeiro ⛰️", ["+2d 10:00"], "activity relative emoji")
pt("mar26", LX, "consulta no pediatra terça 31 às 14h30", ["03-31 14:30"], "activity")
pt("mar26", LI, "então olha domingo almoçamos em casa da minha mãe lá para a uma e depois às quatro vamos ver o jogo", ["sun 13:00", "sun 16:00"], "activity multi voice")
pt("mar26", LI, "Treino de futsal quarta das 19h às 20h30", ["wed 19:00|20:30"], "activity range")
pt("mar26", AZ, "daqui a duas semanas na quinta é o casamento da Inês, cerimónia às 15h", ["w2-thu 15:00"], "activity relative-plus-date")
pt("mar26", LI, "Páscoa: almoço no domingo 5 de abril às 13h em Coimbra", ["04-05 13:00"], "activity month-name")
pt("mar26", MD, "vacina do bebé a 7/4 às 11h", ["04-07 11:00"], "activity numeric-date")
pt("mar26", LI, "a consulta passou para segunda às 16h", ["mon 16:00"], "activity")
pt("mar26", LX, "amanhã às 18h after work com a equipa 🍻", ["+1d 18:00"], "activity emoji")
pt("mar26", AZ, "Senhor Santo Cristo: procissão domingo 10 de maio às 16h, vamos com a avó", ["05-10 16:00"], "activity month-name")
pt("mar26", LI, "ó pá, sábado às 4 da tarde jogo de padel, tás dentro?", ["sat 16:00"], "activity typo")
pt("mar26", MD, "voo para Lisboa na quarta às 7h05", ["wed 07:05"], "activity")
pt("mar26", LI, "vamos jantar fora na terça? tipo 20h", ["tue 20:00"], "activity")
pt("mar26", LX, "domingo às 10h brunch no Grund, depois passeio", ["sun 10:00"], "activity")
pt("mar26", LI, "qd chegares manda msg, e sábado às 13h almoço lá em casa", ["sat 13:00"], "activity typo")
pt("mar26", AZ, "ensaio do coro sexta às 21h e missa domingo às 11h30", ["fri 21:00", "sun 11:30"], "activity multi")
pt("mar26", LI, "consulta do Duarte na quarta às 17h, eu levo-o", ["wed 17:00"], "activity")
pt("mar26", MD, "reunião de pais terça 31/3 das 18h às 19h", ["03-31 18:00|19:00"], "activity numeric-date range")
pt("oct22", LI, "Entrevista na segunda 26 às 11h, desejem-me sorte 🤞", ["10-26 11:00"], "activity emoji")
pt("oct22", AZ, "amanhã às 20h jantar d anos do Tiago", ["+1d 20:00"], "activity typo")
pt("oct22", LI, "Dia de Todos os Santos: domingo 1 de novembro vamos ao cemitério às 10h", ["11-01 10:00"], "activity month-name")
pt("oct22", MD, "sábado às 15h festa de aniversário da Leonor 🎈", ["sat 15:00"], "activity emoji")
pt("oct22", LX, "consulta de oftalmologia a 27/10 às 8h45", ["10-27 08:45"], "activity numeric-date")
pt("oct22", LI, "Halloween em casa do Zé dia 31 às 21h 🎃", ["10-31 21:00"], "activity emoji")
pt("oct22", LI, "daqui a 45 minutos chamada com a equipa de Madrid", ["+45m"], "relative")
pt("oct22", AZ, "Reunião de condomínio quarta das 19h às 20h", ["wed 19:00|20:00"], "activity range")
pt("oct22", LI, "São Martinho, 11 de novembro: magusto na escola às 15h, vamos com os miúdos 🌰", ["11-11 15:00"], "activity month-name emoji")
pt("oct22", MD, "Prezado Dr. Freitas, confirmo a reunião de terça-feira, 27 de outubro, às 10h00.", ["10-27 10:00"], "activity month-name formal")
pt("oct22", LX, "domingo de manhã corrida no Kirchberg", ["sun 08:00"], "activity day-part")
pt("oct22", LI, "amanha as 8 vamos pro Porto", ["+1d 08:00"], "activity typo")
pt("oct22", LI, "na próxima quarta às 18h30 aula experimental de ioga", ["wed 18:30"], "activity")
pt("oct22", AZ, "jogo do Santa Clara domingo às 15h30, tenho bilhetes ⚽", ["sun 15:30"], "activity emoji")
pt("oct22", LI, "sábado à noite fado em Alfama, reservei para 4", ["sat 21:00"], "activity day-part")
pt("oct22", LI, "segunda às 9h reunião de equipa e às 15h dentista", ["mon 09:00", "mon 15:00"], "activity multi")
pt("oct22", MD, "terça de manhã vou à Loja do Cidadão tratar do cartão", ["tue 08:00"], "activity day-part")
pt("oct22", LI, "na terça às oito e meia da noite ensaio da banda", ["tue 20:30"], "activity voice")
pt("oct22", LX, "dia 30 às 19h saímos para o jantar, a Ana fica com os miúdos", ["10-30 19:00"], "activity")
pt("oct22", AZ, "qta feira às 14h consulta no centro de saúde", ["wed 14:00"], "activity typo")
pt("oct22", LI, "Sessão de esclarecimento para pais no dia 3 de novembro, das 18h às 19h30.", ["11-03 18:00|19:30"], "activity month-name range formal")
pt("oct22", MD, "dps d amanhã às 9 vamos à levada do Caldeirão Verde 🥾", ["+2d 09:00"], "activity relative typo emoji")
pt("oct22", LI, "Próxima segunda-feira às 10h: formação em Excel, 3 horas", ["mon 10:00|+180m"], "activity duration")
pt("oct22", LI, "ja marquei: cabeleireiro sabado as 10h", ["sat 10:00"], "activity typo")
pt("oct22", LX, "Jantar de despedida da Sónia na sexta 30 às 20h", ["10-30 20:00"], "activity")
pt("mar05", NY, "culto domingo às 10h na igreja brasileira de Newark", ["sun 10:00"], "activity")
pt("mar05", NY, "amanhã às 19h churrasco na casa do Paulo", ["+1d 19:00"], "activity")
pt("mar05", NY, "consulta na imigração terça às 9h, vou com a advogada", ["tue 09:00"], "activity")
pt("mar05", NY, "daqui a 3 dias às 11h chá de bebê da Camila", ["+3d 11:00"], "activity relative-plus-date")
pt("mar05", NY, "reuniao da associaçao de moradores quarta às 19h", ["wed 19:00"], "activity typo")
pt("oct29", NY, "festa de Halloween das crianças sábado às 17h 🎃", ["sat 17:00"], "activity emoji")
pt("oct29", NY, "segunda às 8h levo a Bia no médico", ["mon 08:00"], "activity")
pt("oct29", NY, "Ação de Graças na casa da tia Cida dia 26 de novembro às 15h 🦃", ["11-26 15:00"], "activity month-name emoji")
pt("oct29", NY, "amanhã às 20h jantar com os colegas, e domingo às 11h missa", ["+1d 20:00", "sun 11:00"], "activity multi")
pt("oct29", NY, "terça dia 3 vamos votar às 7h antes do trampo", ["11-03 07:00"], "activity typo")
pt("apr01", SP, "Páscoa: almoço em família domingo ao meio-dia 🐰", ["sun 12:00"], "activity day-part emoji")
pt("apr01", SP, "sexta-feira santa vamos na procissão às 19h", ["fri 19:00"], "activity")
pt("apr01", FO, "amanhã às 7h vou fazer exame de sangue em jejum", ["+1d 07:00"], "activity")
pt("apr01", MP, "Reunião com a direcção segunda às 9h", ["mon 09:00"], "activity")
pt("apr01", SP, "feriado de Tiradentes, dia 21 de abril, vamos pra praia saindo às 6h", ["04-21 06:00"], "activity month-name typo")
pt("apr01", FO, "hj à noite pizza aqui em casa?", ["+0d 20:00"], "activity day-part typo")
pt("apr01", SP, "vc vem amanhã às 15h pra reunião?", ["+1d 15:00"], "activity typo")
pt("jun17", LI, "arraial de São Pedro dia 29 às 21h, bora?", ["06-29 21:00"], "activity typo")
pt("jun17", SP, "festa junina da escola sábado às 14h, a Lu vai dançar quadrilha", ["sat 14:00"], "activity")
pt("jun17", FO, "São João em Caruaru: saímos de Fortaleza dia 22 às 5h", ["06-22 05:00"], "activity")
pt("jun17", MP, "25 de Junho: desfile às 9h na praça, vamos ver", ["06-25 09:00"], "activity month-name")
pt("jun17", LI, "férias: voo para os Açores a 1 de agosto às 7h20 ✈️", ["08-01 07:20"], "activity month-name emoji")
pt("jun17", AZ, "sopas do Espírito Santo no domingo à uma, em casa do mordomo", ["sun 13:00"], "activity")
pt("jun17", LX, "vamos ver o fogo de artifício da festa nacional dia 22 às 23h", ["06-22 23:00"], "activity")
pt("jun17", LI, "consulta de rotina a 3 de novembro às 9h30", ["11-03 09:30"], "activity month-name")
pt("jun17", SP, "amanhã às 16h reunião com o cliente no Itaim", ["+1d 16:00"], "activity")
pt("sep24", LI, "sábado às 10h limpeza da praia com os escuteiros 🌊", ["sat 10:00"], "activity emoji")
pt("sep24", MD, "dia 31 de outubro às 20h festa de Halloween no clube", ["10-31 20:00"], "activity month-name")
pt("oct01", SP, "domingo é eleição, vamos votar às 8h antes da fila", ["sun 08:00"], "activity")
pt("oct01", FO, "amanhã às 18h aniversário da vovó no restaurante", ["+1d 18:00"], "activity")
pt("oct01", LX, "no dia 29/10 às 14h apresentação do projeto no Kirchberg", ["10-29 14:00"], "activity numeric-date")
pt("sep02", SP, "feriado dia 7, churrasco às 13h aqui em casa", ["09-07 13:00"], "activity")
pt("nov25", LI, "jantar de Natal da empresa a 17 de dezembro às 20h", ["12-17 20:00"], "activity month-name")
pt("nov25", SP, "amigo secreto sexta às 19h no escritório 🎁", ["fri 19:00"], "activity emoji")
pt("nov25", MP, "formatura da Nádia dia 5 de dezembro às 10h", ["12-05 10:00"], "activity month-name")
pt("nov25", FO, "daqui a 2 horas embarco pra Lisboa", ["+120m"], "relative typo")
pt("nov25", AZ, "na noite de 24 vamos à missa às 22h", ["12-24 22:00"], "activity")
pt("nov25", LX, "mercado de Natal sábado à tarde com as crianças", ["sat 14:00"], "activity day-part")
pt("dec29", LI, "passagem de ano no Terreiro do Paço, encontramo-nos às 22h30 do dia 31 🎆", ["12-31 22:30"], "activity emoji")
pt("dec29", SP, "Réveillon na praia, saímos amanhã às 9h pro litoral", ["+1d 09:00"], "activity typo")
pt("dec29", MD, "Dia de Reis, 6 de janeiro: cantar as janeiras às 19h", ["01-06 19:00"], "activity month-name")
pt("dec29", FO, "consulta com o ortodontista dia 8 às 15h", ["01-08 15:00"], "activity")
pt("dec29", MP, "dia 3 de janeiro às 11h piquenique na Costa do Sol", ["01-03 11:00"], "activity month-name")
pt("dec29", LX, "reunião de arranque do ano a 4/1 às 9h", ["01-04 09:00"], "activity numeric-date")
pt("jan13", LI, "voo para São Paulo a 2 de abril às 11h35", ["04-02 11:35"], "activity month-name")
pt("jan13", SP, "Carnaval: bloco no sábado 14 de fevereiro às 9h 🎉", ["02-14 09:00"], "activity month-name emoji")
pt("jan13", FO, "quinta às 8h reunião de pais na escola", ["thu 08:00"], "activity")
pt("jan13", AZ, "Jantar de anos da avó sábado às 19h30", ["sat 19:30"], "activity")
pt("jan13", MP, "amanhã às 6h saída para o Bilene", ["+1d 06:00"], "activity")
pt("mar26", LX, "amanha às 19h jantar c/ os colegas", ["+1d 19:00"], "activity typo")
pt("oct22", LI, "segunda as 14h tenho consulta no dentista, dps vou ao ginásio", ["mon 14:00"], "activity typo")
pt("mar26", LI, "dmg às 9h30 corrida no Parque das Nações, 10 km 🏃", ["sun 09:30"], "activity typo emoji")
pt("oct22", AZ, "tercça às 18h aula de condução", ["tue 18:00"], "activity typo")
pt("oct29", NY, "dmg às 13h almoço de aniversário do Caio, bjs", ["sun 13:00"], "activity typo")
pt("mar26", MD, "Gostaria de agendar uma reunião na segunda-feira, dia 30, das 10h às 11h30.", ["03-30 10:00|11:30"], "activity range formal")
pt("oct22", LI, "olha então fica combinado quarta-feira às nove e um quarto na estação de Santa Apolónia", ["wed 09:15"], "activity voice")
pt("mar26", LI, "Sábado das 10h às 13h workshop de cerâmica, e domingo ao fim da tarde cinema", ["sat 10:00|13:00", "sun 16:00"], "activity range day-part multi")
# --- negatives ---------------------------------------------------------------------------------
pt("mar26", LI, "ontem às 21h fomos ao Coliseu, foi espetacular", N, "negative-past")
pt("oct22", AZ, "a reunião das 9h correu bem", N, "negative-past")
pt("apr01", SP, "fui ao médico às 8h, tudo certo", N, "negative-past")
pt("jun17", FO, "sábado passado às 20h teve forró na praça", N, "negative-past")
pt("dec29", MP, "no dia 25 às 13h almoçámos todos juntos", N, "negative-past")
pt("oct29", NY, "perdi o ônibus das 7:15 de novo 😩", N, "negative-past emoji")
pt("nov25", LI, "então ontem saímos às onze e chegámos a casa eram quase três", N, "negative-past voice")
pt("nov25", SP, "nd, já vimos ontem às 20h kkk", N, "negative-past typo")
pt("mar26", LI, "às quintas tenho sempre inglês às 19h", N, "negative-other habit")
pt("oct22", MD, "costumo almoçar ao meio-dia e meia", N, "negative-other habit")
pt("apr01", SP, "todo domingo às 10h vamos à missa", N, "negative-other habit")
pt("jun17", FO, "acordo todo dia às 5h pra correr", N, "negative-other habit typo")
pt("nov25", LX, "o miúdo tem natação às segundas e quartas às 17h", N, "negative-other habit")
pt("sep24", AZ, "no trabalho entro às 8h e saio às 17h", N, "negative-other habit")
pt("jan13", MP, "normalmente jantamos às 19h", N, "negative-other habit")
pt("mar26", LX, "estou livre sexta à tarde", N, "negative-other availability")
pt("oct22", LI, "para a semana estou de férias", N, "negative-other availability")
pt("jan13", SP, "posso qualquer dia depois das 18h", N, "negative-other availability")
pt("dec29", LI, "volto ao trabalho a 4 de janeiro", N, "negative-other availability")
pt("oct29", NY, "a sala de reuniões está livre das 14h às 16h", N, "negative-other availability")
pt("jun17", MP, "segunda tenho o dia livre", N, "negative-other availability")
pt("oct22", LI, "tou livre dps das 18h pq saio mais cedo", N, "negative-other availability typo")
pt("mar26", LI, "A farmácia abre às 9h e fecha às 20h", N, "negative-other timetable")
pt("oct22", AZ, "domingo à 1h volta a ser meia-noite, muda a hora", N, "negative-other timetable")
pt("apr01", SP, "o metrô fecha à meia-noite", N, "negative-other timetable")
pt("jun17", LI, "o comboio para o Porto sai às 7h39 e chega às 10h27", N, "negative-other timetable")
pt("nov25", FO, "o shopping funciona das 10h às 22h", N, "negative-other timetable")
pt("jan13", LX, "o autocarro 16 passa de 10 em 10 minutos", N, "negative-other timetable")
pt("mar26", LI, "adorava ir ao Rock in Rio este ano", N, "negative-other wish")
pt("oct22", MD, "que vontade de ir à praia sábado de manhã", N, "negative-other wish")
pt("jun17", SP, "queria tanto ir pra Noronha nas férias", N, "negative-other wish typo")
pt("dec29", FO, "sonho em passar o Réveillon em Paris", N, "negative-other wish")
pt("mar26", AZ, "a minha irmã tem consulta na segunda às 9h", N, "negative-other reported")
pt("oct22", LI, "o Rui disse que o voo dele sai domingo às 6h, eu não vou", N, "negative-other reported")
pt("apr01", SP, "meus pais vão pra Campos do Jordão sábado às 8h", N, "negative-other reported")
pt("oct29", NY, "meu chefe tem reunião com a diretoria segunda às 10h", N, "negative-other reported")
pt("jun17", FO, "os vizinhos vão fazer festa sábado às 22h de novo 🙄", N, "negative-other reported emoji")
pt("mar26", LI, "se eu tivesse carro ia amanhã às 9h a Sintra", N, "negative-other hypothetical")
pt("oct22", LX, "se não chovesse íamos ao parque no sábado", N, "negative-other hypothetical")
pt("jan13", SP, "se eu ganhasse na mega-sena viajava amanhã mesmo", N, "negative-other hypothetical")
pt("nov25", MP, "se soubesse, tinha marcado para as 8h", N, "negative-other hypothetical")
pt("mar26", LI, "o Benfica ganhou 3-1, que jogão", N, "negative-other lookalike")
pt("oct22", LI, "o bilhete custa 12,50 €", N, "negative-other lookalike")
pt("apr01", SP, "meu apê é o 1203, bloco B", N, "negative-other lookalike")
pt("jun17", FO, "meu número é (85) 98830-2045", N, "negative-other lookalike")
pt("nov25", LI, "estão 9,5 graus lá fora", N, "negative-other lookalike")
pt("dec29", SP, "minha avó faz 90 anos dia 3", N, "negative-other lookalike")
pt("sep24", MD, "Rua da Carreira 15, 2.º esq., código 1945", N, "negative-other lookalike")
pt("oct01", FO, "a receita é 2:1 de água para arroz", N, "negative-other lookalike")
pt("mar26", LX, "a que horas abre o supermercado no sábado?", N, "negative-other question")
pt("oct22", LI, "quando é a operação do teu pai?", N, "negative-other question")
pt("apr01", SP, "que horas terminou a missa domingo passado?", N, "negative-other question")
pt("jun17", MP, "quanto tempo demora o chapa até à Matola?", N, "negative-other question")
pt("nov25", FO, "vc sabe que horas é o jogo do Fortaleza?", N, "negative-other question typo")
pt("jun17", SP, "q horas são aí? aqui são 15h", N, "negative-other question typo")
pt("mar26", LI, "o jantar de sábado foi cancelado, desculpem", N, "negative-cancelled")
pt("oct22", AZ, "a reunião de segunda às 10h fica sem efeito", N, "negative-cancelled")
pt("apr01", SP, "o passeio de domingo foi adiado por causa da chuva", N, "negative-cancelled")
pt("jun17", LI, "já não vamos ao cinema na sexta 😔", N, "negative-cancelled emoji")
pt("oct29", NY, "a festa foi adiada, depois aviso a nova data", N, "negative-cancelled")
pt("mar26", LI, "o IRS tem de ser entregue até 30 de junho", N, "negative-deadline")
pt("oct22", LX, "entregar o relatório até sexta às 17h", N, "negative-deadline")
pt("dec29", SP, "pagar o IPVA até dia 15 de janeiro", N, "negative-deadline")
pt("oct22", LI, "chego a casa por volta das 20h", N, "negative-other")
pt("mar26", MD, "sábado não saio, fico em casa", N, "negative-other")
pt("jan13", FO, "lembrar de comprar pão", N, "negative-other")
pt("apr01", MP, "amanhã entro no serviço às 7h30", N, "negative-other")
pt("mar26", AZ, "fomos à Sé às 10h no domingo passado", N, "negative-past")
pt("oct22", LI, "a seleção ganhou 2:0 e o golo foi aos 12 minutos", N, "negative-other lookalike")
pt("mar26", LX, "o meu filho faz 12 anos a 4/4", N, "negative-other lookalike")
pt("oct29", NY, "o time joga sexta às 19h, mas eu não vou", N, "negative-other reported")
pt("jun17", LI, "se o tempo ajudar, quem sabe um dia destes vamos a Sintra", N, "negative-other hypothetical")
pt("dec29", FO, "às sextas o forró começa às 22h", N, "negative-other timetable")
pt("nov25", LX, "Amanhã não há reunião, o chefe está doente", N, "negative-cancelled")
pt("sep24", LI, "a inscrição fecha dia 30 às 23h59", N, "negative-deadline")


def _wall(tz, d, hhmm):
    """The wall time hhmm on date d in tz; refuses one that DST skips or repeats."""
    h, m = map(int, hhmm.split(":"))
    assert 0 <= h < 24 and 0 <= m < 60, hhmm
    naive = datetime(d.year, d.month, d.day, h, m)
    early, late = naive.replace(tzinfo=tz, fold=0), naive.replace(tzinfo=tz, fold=1)
    if early.utcoffset() != late.utcoffset():
        raise ValueError(f"{naive} is skipped or repeated in {tz}")
    # A skipped time round-trips to another wall time; refuse that too.
    assert early.astimezone(timezone.utc).astimezone(tz).replace(tzinfo=None) == naive, naive
    return early


def _point(spec, now, tz, base=None):
    """One label point (see the docstring's label syntax) as an aware datetime in tz."""
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
        # Minutes are elapsed time, so the sum is taken in UTC.
        return (start.astimezone(timezone.utc) + timedelta(minutes=int(m[1]))).astimezone(tz)
    m = re.fullmatch(r"(mon|tue|wed|thu|fri|sat|sun) (\d\d:\d\d)", spec)
    if m:
        ahead = (WEEKDAYS.index(m[1]) - now.weekday()) % 7
        t = _wall(tz, now + timedelta(days=ahead), m[2])
        return t if t > now else _wall(tz, now + timedelta(days=ahead + 7), m[2])
    m = re.fullmatch(r"w(\d)-(mon|tue|wed|thu|fri|sat|sun) (\d\d:\d\d)", spec)
    if m:
        monday = now - timedelta(days=now.weekday())
        return _wall(tz, monday + timedelta(days=7 * int(m[1]) + WEEKDAYS.index(m[2])), m[3])
    if base is not None and re.fullmatch(r"\d\d:\d\d", spec):
        t = _wall(tz, base, spec)
        return t if t > base else _wall(tz, base + timedelta(days=1), spec)
    raise ValueError(f"bad label {spec!r}")


def _check_keys():
    for key, when in KEYS.items():
        assert when.weekday() == KEY_WEEKDAYS[key], key


def _check_offset(point, tz):
    """The ISO offset written for a point is the one zoneinfo gives for that instant in tz."""
    parsed = datetime.fromisoformat(point)
    assert parsed.utcoffset() == parsed.astimezone(tz).utcoffset(), point
    assert parsed.astimezone(timezone.utc).astimezone(tz).isoformat() == point, point


def _check_tags(text, labels, tags):
    assert set(tags) <= TAGS, (text, tags)
    assert len(set(tags)) == len(tags), (text, tags)
    negative = any(t.startswith("negative-") for t in tags)
    assert negative == (not labels), (text, tags)
    assert sum(t.startswith("negative-") for t in tags) <= 1, (text, tags)
    assert not (NEGATIVE_KINDS & set(tags)) or negative, (text, tags)
    assert ("multi" in tags) == (len(labels) > 1), (text, tags)
    assert ("range" in tags or "duration" in tags) == any("|" in lb for lb in labels), text
    assert negative or "activity" in tags or "relative" in tags, text
    assert not ({"formal", "voice"} <= set(tags)), text


def build():
    _check_keys()
    out, seen_texts, counters = [], set(), {}
    for lang, key, zone, text, labels, tags in CASES:
        assert zone in ZONES[lang], (lang, zone, text)
        assert "numeric-date" not in tags or zone in NUMERIC_OK[lang], (zone, text)
        assert text == text.strip() and "\n" not in text, text
        tz = ZoneInfo(zone)
        now = _wall(tz, KEYS[key], KEYS[key].strftime("%H:%M"))
        expect = []
        for label in labels:
            assert re.fullmatch(r"[^|]+(\|[^|]+)?", label), (text, label)
            parts = label.split("|")
            start = _point(parts[0], now, tz)
            end = _point(parts[1], now, tz, base=start) if len(parts) > 1 else None
            assert start > now, (text, label)
            assert end is None or end > start, (text, label)
            assert start - now < timedelta(days=366), (text, label)
            expect.append((start, end))
        tags = [t for t in tags if t != "dst"]
        _check_tags(text, labels, tags)
        if any(s.utcoffset() != now.utcoffset() for s, _ in expect):
            tags.append("dst")
        norm = " ".join(text.lower().split())
        assert norm not in seen_texts, f"duplicate text: {text}"
        seen_texts.add(norm)
        counters[lang] = counters.get(lang, 0) + 1
        row = {
            "id": f"test4-{lang}-{counters[lang]:03d}", "part": "test4", "lang": lang,
            "text": text, "now": now.isoformat(), "tz": zone,
            "expect": [{"start": s.isoformat(), "end": e.isoformat() if e else None}
                       for s, e in expect],
            "tags": tags,
        }
        for point in [row["now"]] + [p for ev in row["expect"] for p in ev.values() if p]:
            _check_offset(point, tz)
        out.append(row)
    assert len({r["id"] for r in out}) == len(out)
    return out


def stats(rows):
    by_lang, tag_count, kinds = {}, {}, {}
    for r in rows:
        d = by_lang.setdefault(r["lang"], {"lines": 0, "neg": 0, "pos": 0, "dst": 0, "ev": 0,
                                           "end": 0})
        d["lines"] += 1
        d["ev"] += len(r["expect"])
        d["end"] += sum(e["end"] is not None for e in r["expect"])
        if r["expect"]:
            d["pos"] += 1
            d["dst"] += "dst" in r["tags"]
        else:
            d["neg"] += 1
            kind = next(t for t in r["tags"] if t.startswith("negative-"))
            kinds[(r["lang"], kind)] = kinds.get((r["lang"], kind), 0) + 1
        for t in r["tags"]:
            tag_count.setdefault(t, {}).setdefault(r["lang"], 0)
            tag_count[t][r["lang"]] += 1
    for lang, d in by_lang.items():
        print(f"{lang}: {d['lines']} lines, {d['neg']} negatives ({100*d['neg']/d['lines']:.1f} %),"
              f" {d['dst']} of {d['pos']} positives cross DST ({100*d['dst']/max(d['pos'],1):.1f} %),"
              f" {d['ev']} events ({d['end']} with an end)", file=sys.stderr)
        print("    " + ", ".join(f"{k[len('negative-'):]} {n}" for (lg, k), n in sorted(kinds.items())
                                 if lg == lang), file=sys.stderr)
    pos = sum(d["pos"] for d in by_lang.values())
    dst = sum(d["dst"] for d in by_lang.values())
    print(f"total {len(rows)} lines, {len(rows) - pos} negatives"
          f" ({100*(len(rows)-pos)/len(rows):.1f} %), {dst} of {pos} positives cross"
          f" DST ({100*dst/max(pos,1):.1f} %), "
          f"{len({(r['now'][:16], r['tz']) for r in rows})} distinct (now, zone) pairs, "
          f"{len({r['tz'] for r in rows})} zones", file=sys.stderr)
    for t in sorted(tag_count):
        per = tag_count[t]
        print(f"  {t}: {sum(per.values())} (" + "/".join(str(per.get(lg, 0))
                                                          for lg in ("en", "ru", "es", "pt")) + ")",
              file=sys.stderr)


def main():
    rows = build()
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))
    if "--stats" in sys.argv:
        stats(rows)


if __name__ == "__main__":
    main()
