#!/usr/bin/env python3
"""Third held-out TEST part of the meeting-extraction corpus (never tune on it).

Run:  python3 make_test_part_3.py > test_part_3.jsonl      (--stats prints counts to stderr)

Written blind: the writer saw only the two earlier test parts' READMEs and their scripts'
docstrings and helper code, never their messages, the tuning corpus, the dev part or the
extractor. The messages below are new.

Conventions (the contract of the first two test parts, restated so this file stands alone):
- Each line is one chat message. "now" is when it was sent (ISO-8601 with offset), "tz" the
  sender's IANA zone. Labels are local wall times in tz; every UTC offset is computed here with
  zoneinfo, never typed, so DST is checked rather than copied.
- "expect" lists the events the message plans, in order of first mention, as
  {"start": ISO, "end": ISO or null}. A repeated mention of one event counts once. An empty list
  is a negative: nothing may be extracted.
- An event is any planned future activity of the writer or the chat. Not events: past events,
  cancelled ones, deadlines, opening hours, reminders to self of a chore, "I'll be home at 6",
  negated plans, questions about the past, scores/prices/counts/durations without a plan,
  hypotheticals.
- A weekday name is the next such day strictly in the future (today if the time is still ahead);
  "next week Tuesday" is the Tuesday of the next calendar week (weeks start on Monday).
- Dates without a year are the next occurrence; numeric dates are M/D in America/* zones, D/M
  elsewhere (also "4.01").
- A bare hour 1-6 without am/pm or part of day is afternoon (13-18h), 7-11 is morning, 12 noon.
- Parts of the day without a clock time: early morning 07:00, morning 08:00, late morning 10:00,
  noon/lunchtime 12:00, afternoon 14:00, late afternoon 16:00, early evening 18:00, evening 19:00,
  tonight 20:00, night 21:00. With a clock time the part of day only picks am/pm.
- A range sets "end"; a duration after the time sets end = start + duration; else end is null.
- Relative: "in 45 min" = now + 45 min; "in three days at 10" = date + 3 at 10:00; "in two weeks
  on Thursday" = Thursday of the calendar week two weeks after this one.

Decisions of the earlier parts, kept: numeric dates only where they read naturally (en and ru
everywhere; es only in Europe/Madrid; pt only in Europe/Lisbon and Atlantic/Madeira); chat
abbreviations, slang and misspellings share the tag "typo"; "dst" is set by the script exactly
when the offset at a start differs from the offset at now; a departure time is the trip's start;
"<weekday> night"/"por la noche"/"à noite" after a day or date is 21:00, "tonight"/"hoy en la
noche"/"hj à noite" 20:00, "вечером" after a day name and "в пятницу вечером" 19:00; "arvo"/
"à tarde"/"en la tarde" 14:00; "в обед" 12:00; "temprano por la mañana"/"cedo de manhã" 07:00;
approximate values ("11ish", "часов в 11") take the stated value; a line with a past and a future
event labels only the future one; proposals ("quedamos a las 21 hoy?") are plans; Chilean "once"
is the meal; no line says "next <weekday>" on that weekday.

Decisions new in this part (the conventions are silent or this part leans on them harder):
- Habits and routines ("I usually run at 6", "каждый вторник у нас йога", "los martes siempre
  tengo inglés", "todas as terças às 18h") are negatives (negative-other): the label format has
  one start per event and none of the conventions makes a recurring schedule an event. A line
  that states the routine and then one concrete occurrence that departs from it ("обычно в 10, но
  завтра в 11:30") labels the concrete occurrence only.
- Availability ("I'm free after 5", "estoy libre el jueves", "tô livre quinta"), a room being free,
  being off work or on leave, "back to work Jan 5" are negatives: nothing is planned.
- Wishes and hypotheticals without a conditional word ("would be lovely to see the ballet",
  "ojalá pudiéramos ir", "было бы здорово", "quem me dera", "seria bom irmos") are negatives,
  like the hypotheticals with one.
- Questions about a third person's plan ("is your sister's interview at 10 tomorrow?", "во сколько
  у Олега поезд?") and reported plans of a third person the writer does not join ("my brother's
  flight lands at 6:15", "A Sara disse que o jantar dela é às 20h, mas eu não vou") are negatives:
  the event is not the writer's or the chat's. A third person's arrival that the writer meets
  ("I'm picking her up") is the writer's plan and is labelled.
- A plan moved in words ("dentist moved to Monday 9:30", "se pasa a mañana a las 10", "reunião
  remarcada para quarta às 10h") is a plan at the new time.
- Timetables, clock-change notices, time-zone talk ("it's 4am here", "Manaus é uma hora a menos"),
  tides, travel durations, prices, scores written like times ("2:1", "3-1"), ages, flat numbers,
  door codes and temperatures are negatives.
- Going to work, a commute, "back to work Jan 5" without a meeting ("в пн к 8:30 на работу",
  "Vuelvo a la pega el 4 de enero") are negatives, like "I'll be home at 6"; the first meeting
  named on that day ("first meeting at 9:30") is a plan.
- A public event (a festival, a procession, a service, a concert, fireworks) is labelled where the
  text says the writer or the chat goes or takes part ("vamos à procissão", "tengo entradas",
  "we're going to", a proposal) or where it is posted to the chat as the chat's outing (an egg
  hunt, Palm Sunday mass, a fundraiser); a message that only states such an event's general
  schedule ("Sunday market runs 8 till 1", "Mass is at 10 and 11:30 on Sundays") is a negative.
  Children's school events the family attends (a first school day with its drop-off time, a
  school concert, a kindergarten matinee) are plans.
- "at midnight" on New Year's Eve ("NYE fireworks at midnight", "mañana a las 12 de la noche
  tomamos las uvas", "na passagem de ano ... à meia-noite") is 00:00 of 1 January; "pasado
  mañana"/"depois de amanhã" are relative (+2 days).
- "через неделю в среду", "in three weeks on Saturday" and similar lines follow the calendar-week
  rule and are written only where it agrees with the plain reading (said 6 days or more before
  the day).
- Named holidays are used only where the date is stated or follows from now and the weekday in
  the text agrees.
- Times skipped or repeated on a DST night are refused by the script (none is used; on Pacific/
  Easter's Saturday switch nights no line falls in the 21:00-23:00 window).

Zones: from the earlier parts New York, Los Angeles, London, Sydney, Moscow, Riga, Berlin, Madrid,
Mexico City, Santiago, Tijuana, Lisbon, São Paulo, Azores; new here America/Denver, America/
Halifax (US dates at UTC-4/-3), Europe/Dublin, Australia/Adelaide (half-hour offset, AU dates),
Europe/Kyiv, Europe/Chisinau (EU dates), Asia/Almaty (no DST), Pacific/Easter
(Chile rule, switching on Saturday evening), America/Argentina/Buenos_Aires (no DST), Atlantic/
Madeira (EU rule), America/Manaus and Africa/Luanda (no DST). Generated with tzdata 2026f.

Reference "now"s (local wall time in each case's zone; new for this part, KEYS below):
  feb20 Fri 2026-02-20 15:10   mar06 Fri 2026-03-06 11:25 (US/Halifax/Tijuana DST Sun 8 Mar)
  mar27 Fri 2026-03-27 17:05 (EU DST Sun 29 Mar)
  apr02 Thu 2026-04-02 20:15 (Chile Sat/Sun 4-5 Apr, Easter Sat 4 Apr, Sydney/Adelaide Sun 5 Apr)
  may21 Thu 2026-05-21 08:40   jul10 Fri 2026-07-10 13:55
  sep03 Thu 2026-09-03 10:30 (Easter Sat 5 Sep, Chile Sun 6 Sep)
  oct02 Fri 2026-10-02 16:20 (Sydney/Adelaide Sun 4 Oct)   oct23 Fri 2026-10-23 09:15 (EU Sun 25 Oct)
  oct30 Fri 2026-10-30 18:45 (US Sun 1 Nov)   nov18 Wed 2026-11-18 12:30
  dec30 Wed 2026-12-30 14:05 (dates without year roll into 2027)

Label syntax in the case tuples (each label is one event, "START" or "START|END"):
  START: "YYYY-MM-DD HH:MM" | "MM-DD HH:MM" (next occurrence after now) | "+Nd HH:MM" (N days
         after now's date) | "+Nm" (now + N minutes) | "fri HH:MM" (next Friday strictly in the
         future, today if it is Friday and the time is ahead) | "wN-tue HH:MM" (Tuesday of the
         calendar week N weeks after now's week; N is 1, 2 or 3 here)
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
    "feb20": datetime(2026, 2, 20, 15, 10),
    "mar06": datetime(2026, 3, 6, 11, 25),
    "mar27": datetime(2026, 3, 27, 17, 5),
    "apr02": datetime(2026, 4, 2, 20, 15),
    "may21": datetime(2026, 5, 21, 8, 40),
    "jul10": datetime(2026, 7, 10, 13, 55),
    "sep03": datetime(2026, 9, 3, 10, 30),
    "oct02": datetime(2026, 10, 2, 16, 20),
    "oct23": datetime(2026, 10, 23, 9, 15),
    "oct30": datetime(2026, 10, 30, 18, 45),
    "nov18": datetime(2026, 11, 18, 12, 30),
    "dec30": datetime(2026, 12, 30, 14, 5),
}
KEY_WEEKDAYS = {"feb20": 4, "mar06": 4, "mar27": 4, "apr02": 3, "may21": 3, "jul10": 4,
                "sep03": 3, "oct02": 4, "oct23": 4, "oct30": 4, "nov18": 2, "dec30": 2}

NY, LA, LO, SY = "America/New_York", "America/Los_Angeles", "Europe/London", "Australia/Sydney"
DE, HX, DU, AD = "America/Denver", "America/Halifax", "Europe/Dublin", "Australia/Adelaide"
MO, RI, BE = "Europe/Moscow", "Europe/Riga", "Europe/Berlin"
KY, CI, AL = "Europe/Kyiv", "Europe/Chisinau", "Asia/Almaty"
MA, MX, SA, TJ = "Europe/Madrid", "America/Mexico_City", "America/Santiago", "America/Tijuana"
EA, BA = "Pacific/Easter", "America/Argentina/Buenos_Aires"
LI, SP, AZ = "Europe/Lisbon", "America/Sao_Paulo", "Atlantic/Azores"
MD, MN, LU = "Atlantic/Madeira", "America/Manaus", "Africa/Luanda"

ZONES = {"en": {NY, LA, LO, SY, DE, HX, DU, AD}, "ru": {MO, RI, BE, KY, CI, AL},
         "es": {MA, MX, SA, TJ, EA, BA}, "pt": {LI, SP, AZ, MD, MN, LU}}
NUMERIC_OK = {"en": ZONES["en"], "ru": ZONES["ru"], "es": {MA}, "pt": {LI, MD}}

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
N = []  # a negative has no labels
# ================================ en ==========================================================
# --- feb20 Fri 15:10 ---------------------------------------------------------------------------
en("feb20", NY, "dentist moved to monday 9:30, ugh", ["mon 09:30"], "activity typo")
en("feb20", LA, "Parent-teacher conference Tuesday 4:15-4:45pm", ["tue 16:15|16:45"], "activity range")
en("feb20", LO, "fancy a pint after work tonight? say half 6 at the Crown", ["+0d 18:30"], "activity")
en("feb20", DE, "Ski lesson for the kids tomorrow morning ⛷️", ["+1d 08:00"], "activity day-part emoji")
en("feb20", NY, "our spring planning offsite is March 12, 9am to 4pm", ["03-12 09:00|16:00"], "activity month-name range")
en("feb20", HX, "choir practice got bumped to Sunday at 2", ["sun 14:00"], "activity")
en("feb20", SY, "I'm free after 5 most days next week if anyone wants to catch up", N, "negative-other")
en("feb20", NY, "The pharmacy closes at 9 on Fridays", N, "negative-other")
en("feb20", LA, "I usually hit the gym at 6am before work", N, "negative-other")
en("feb20", LO, "we had the quarterly review at 11 this morning, went fine", N, "negative-past")
en("feb20", DU, "would be lovely to see the ballet on Sunday evening", N, "negative-other")
en("feb20", AD, "landlord wants the rent in by 5pm on the 1st", N, "negative-deadline")
en("feb20", NY, "flight to Denver leaves at 7:40am on Feb 26 ✈️", ["02-26 07:40"], "activity month-name emoji")
en("feb20", DE, "the game ended 3-1, crazy second half", N, "negative-other")
en("feb20", SY, "Board game night at mine on Saturday from 7pm, bring snacks 🎲", ["sat 19:00"], "activity emoji")
en("feb20", LA, "in 45 min hop on the call pls", ["+45m"], "relative typo")
en("feb20", HX, "is your sister's interview at 10 tomorrow?", N, "negative-other")
en("feb20", NY, "tickets were $45 each, seats in row 12", N, "negative-other")
en("feb20", LO, "physio 2/3 at 10:20", ["03-02 10:20"], "activity numeric-date")
en("feb20", NY, "gotta be honest, the 5:45 express is always packed", N, "negative-other typo")
en("feb20", LA, "the earthquake drill was at 10, everyone was confused", N, "negative-past")
en("feb20", LO, "Room 101, second floor, 4th door on the left", N, "negative-other")
en("feb20", SY, "School swimming carnival Wednesday 9am–1pm 🏊", ["wed 09:00|13:00"], "activity range emoji")
en("feb20", DE, "would be sick to hit the slopes on Monday", N, "negative-other typo")
en("feb20", HX, "Call w/ the landlord in 2 hrs", ["+120m"], "relative typo")
en("feb20", DU, "Six Nations: Ireland v Wales tomorrow at 2:15, watching at Kehoe's 🍀", ["+1d 14:15"], "activity emoji")
en("feb20", AD, "Fringe show on Thursday 9:30pm, got us 2 tix 🎭", ["thu 21:30"], "activity emoji typo")
en("feb20", LA, "Lakers tix for March 15, tip-off 6:30pm 🏀", ["03-15 18:30"], "activity month-name emoji typo")
en("feb20", DU, "Hen do in Galway, we get the train April 3rd at 9:05", ["04-03 09:05"], "activity month-name")
# --- mar06 Fri 11:25 (US/Halifax DST Sun 8 Mar) -----------------------------------------------
en("mar06", NY, "Sprint review Monday 10-11am", ["mon 10:00|11:00"], "activity range")
en("mar06", LA, "brunch sunday 11ish? 🥞", ["sun 11:00"], "activity emoji typo")
en("mar06", DE, "Heads up, clocks spring forward Sunday at 2am", N, "negative-other")
en("mar06", HX, "Doctor's appt tomorrow at 8:15", ["+1d 08:15"], "activity typo")
en("mar06", NY, "We're driving up to Vermont this Saturday morning", ["sat 08:00"], "activity day-part")
en("mar06", LA, "Can we push the 1:1 to Tuesday 3:30?", ["tue 15:30"], "activity")
en("mar06", DE, "Open gym is 6am to 10pm on weekdays", N, "negative-other")
en("mar06", HX, "the ferry crossing takes about 2 hours", N, "negative-other")
en("mar06", NY, "Piano recital is Sunday at 4 in the church hall 🎹", ["sun 16:00"], "activity emoji")
en("mar06", LA, "standup was at 9:30 today, missed it lol", N, "negative-past typo")
en("mar06", DE, "the Wednesday webinar is cancelled, sorry all", N, "negative-cancelled")
en("mar06", HX, "taxes due April 30", N, "negative-deadline")
en("mar06", NY, "Mom's 70 on the 14th! dinner at Luigi's 7pm that night", ["03-14 19:00"], "activity")
en("mar06", LA, "in two weeks on Thursday we do the sprint demo at 2pm", ["w2-thu 14:00"], "activity relative-plus-date")
en("mar06", DE, "tax appointment w/ the accountant in 3 days at 1pm", ["+3d 13:00"], "activity relative typo")
en("mar06", HX, "I always call my grandma on Sundays around noon", N, "negative-other")
en("mar06", LA, "Did Jake say when his train gets in tomorrow?", N, "negative-other")
en("mar06", LA, "Ana said her baby shower is Sunday at 1 but I can't go", N, "negative-other")
en("mar06", NY, "Store hours change to 8-8 starting Monday", N, "negative-other")
en("mar06", DE, "The meeting lasted 3 hours, I'm fried", N, "negative-past")
en("mar06", HX, "PTA fundraiser, Saturday Mar 14, 10am to 2pm", ["03-14 10:00|14:00"], "activity month-name range")
en("mar06", LA, "Volunteering at the food bank Sat 9-12 🥫", ["sat 09:00|12:00"], "activity range emoji")
en("mar06", DE, "Red Rocks show on Wednesday at 7:30pm, tix are in my email 🎸", ["wed 19:30"], "activity emoji")
en("mar06", NY, "Lunch and learn on Tuesday, 12-1, pizza provided 🍕", ["tue 12:00|13:00"], "activity range emoji")
en("mar06", HX, "call with Grandpa Monday 11am for his birthday 🎂", ["mon 11:00"], "activity emoji")
# --- mar27 Fri 17:05 (EU DST Sun 29 Mar) ------------------------------------------------------
en("mar27", LO, "Sunday roast at my mum's, 1pm 🍗", ["sun 13:00"], "activity emoji")
en("mar27", DU, "5-a-side on Monday at 8pm, who's in?", ["mon 20:00"], "activity")
en("mar27", LO, "clocks go forward this weekend, lose an hour of sleep 😩", N, "negative-other emoji")
en("mar27", DU, "Mass is at 10 and 11:30 on Sundays", N, "negative-other")
en("mar27", LO, "dinner tmrw 7.30pm at Dishoom?", ["+1d 19:30"], "activity typo")
en("mar27", DU, "i'm off from the 30th til the 3rd", N, "negative-other typo")
en("mar27", NY, "Quick sync in 20 mins?", ["+20m"], "relative")
en("mar27", LO, "the train from Leeds was 40 min late again", N, "negative-past")
en("mar27", DU, "Parent council meeting Tues 31st, 7-8:30pm", ["03-31 19:00|20:30"], "activity range typo")
en("mar27", SY, "It's 4am here in Sydney, can't sleep", N, "negative-other")
en("mar27", LO, "Easter egg hunt at the park on Sunday 5 April, 10am 🐣", ["04-05 10:00"], "activity month-name emoji")
en("mar27", HX, "would be great to catch the Leafs game Saturday night", N, "negative-other")
en("mar27", SY, "Dinner with the Nguyens next week Friday, 7pm", ["w1-fri 19:00"], "activity")
en("mar27", LO, "bin day is Tuesday, put them out by 7am", N, "negative-other")
en("mar27", DU, "Parent-teacher chat Wed at 3:50", ["wed 15:50"], "activity typo")
en("mar27", LO, "Gonna run the Brighton half on Sunday 12 April, start 9:15 🏃", ["04-12 09:15"], "activity month-name emoji typo")
en("mar27", DU, "Job interview Tuesday morning, 10:30 in the Docklands 🤞", ["tue 10:30"], "activity emoji")
en("mar27", LO, "our flat is number 46, buzzer doesn't work", N, "negative-other")
# --- apr02 Thu 20:15 (Sydney/Adelaide DST end Sun 5 Apr) --------------------------------------
en("apr02", SY, "beach walk Sunday arvo? ☀️", ["sun 14:00"], "activity day-part emoji typo")
en("apr02", AD, "Footy training Monday 5:30-7pm", ["mon 17:30|19:00"], "activity range")
en("apr02", SY, "Clocks go back Sunday at 3am, extra hour in bed!", N, "negative-other")
en("apr02", AD, "the servo on Main St is open 24 hours", N, "negative-other typo")
en("apr02", SY, "dinner with Tom's parents tomorrow at 6:30pm", ["+1d 18:30"], "activity")
en("apr02", LO, "See you at the Good Friday service at 10 tomorrow, St Mary's", ["+1d 10:00"], "activity")
en("apr02", AD, "had the kids' swimming carnival today, they smashed it", N, "negative-past")
en("apr02", SY, "hair appt sat 9:45", ["sat 09:45"], "activity typo")
en("apr02", NY, "What time does your dad's surgery start tomorrow?", N, "negative-other")
en("apr02", AD, "Dentist's rescheduled to Tuesday the 7th at 11:15", ["04-07 11:15"], "activity")
en("apr02", SY, "Easter Monday picnic at Bronte, 11am, bring a chair 🧺", ["mon 11:00"], "activity emoji")
en("apr02", AD, "Cooking class Wednesday 6 to 8:30 pm 🍝", ["wed 18:00|20:30"], "activity range emoji")
# --- may21 Thu 08:40 ---------------------------------------------------------------------------
en("may21", DE, "Hike Saturday, meet at trailhead 6:30am 🥾", ["sat 06:30"], "activity emoji")
en("may21", NY, "My shift is 7 to 3 every weekday", N, "negative-other")
en("may21", LA, "Memorial Day BBQ Monday the 25th at 1pm, our place", ["05-25 13:00"], "activity")
en("may21", LO, "The library shuts at 5 on Saturdays", N, "negative-other")
en("may21", DU, "i'd love to do the cliff walk this weekend", N, "negative-other")
en("may21", SY, "Interview at 2:15 this arvo, wish me luck 🤞", ["+0d 14:15"], "activity emoji typo")
en("may21", HX, "coffee with Priya today 10:30-11", ["+0d 10:30|11:00"], "activity range")
en("may21", AD, "parking was $18 for 3 hours, daylight robbery", N, "negative-other")
en("may21", NY, "the deck for the board is due tmrw 9am", N, "negative-deadline typo")
en("may21", LA, "Yoga at 6 tonight, then dinner at 8pm", ["+0d 18:00", "+0d 20:00"], "activity multi")
en("may21", DE, "we're at 5280 ft so bring water lol", N, "negative-other")
# --- jul10 Fri 13:55 ---------------------------------------------------------------------------
en("jul10", LO, "Wimbledon final's on Sunday at 2, come watch it at ours", ["sun 14:00"], "activity")
en("jul10", NY, "July 4th fireworks were insane last week", N, "negative-past")
en("jul10", LA, "beach day tomorrow, leaving at 8 🏖️", ["+1d 08:00"], "activity emoji")
en("jul10", SY, "Winter solstice party was a blast", N, "negative-past")
en("jul10", DU, "Team lunch Wednesday 12:30 to 2", ["wed 12:30|14:00"], "activity range")
en("jul10", HX, "We're going to the lobster supper at the church hall, July 18, 5-7pm 🦞", ["07-18 17:00|19:00"], "activity month-name range emoji")
en("jul10", DE, "The pool is open 10 to 8 all summer", N, "negative-other")
en("jul10", NY, "I'm not going to the 3pm meeting today", N, "negative-other")
en("jul10", LA, "Moving the call to 4:30 today, the client asked", ["+0d 16:30"], "activity")
en("jul10", SY, "Netball semis Sunday 11:40am", ["sun 11:40"], "activity")
en("jul10", LO, "my nan is 92 today 🎂", N, "negative-other emoji")
en("jul10", DE, "camping trip, leaving Friday Aug 14 at 3pm", ["08-14 15:00"], "activity month-name")
# --- sep03 Thu 10:30 ---------------------------------------------------------------------------
en("sep03", NY, "Labor Day cookout Monday at noon 🌭", ["mon 12:00"], "activity emoji")
en("sep03", LA, "first day of school is Sept 9, drop-off 7:50", ["09-09 07:50"], "activity month-name")
en("sep03", SY, "Father's Day lunch this Sunday at 12:30", ["sun 12:30"], "activity")
en("sep03", AD, "Bus 142 runs every 20 minutes until 11pm", N, "negative-other")
en("sep03", DE, "I'm free Tuesday afternoon if you need help moving", N, "negative-other")
en("sep03", HX, "the parade on Monday got called off due to the storm", N, "negative-cancelled")
en("sep03", LO, "Sorry, can't make Saturday's bbq", N, "negative-other")
en("sep03", DU, "book club next week Tuesday, 7pm at Niamh's 📚", ["w1-tue 19:00"], "activity emoji")
en("sep03", NY, "in 90 minutes let's regroup", ["+90m"], "relative")
en("sep03", LA, "grant application deadline is 9/15 at 11:59pm", N, "negative-deadline")
# --- oct02 Fri 16:20 (Sydney/Adelaide DST Sun 4 Oct) ------------------------------------------
en("oct02", SY, "Labour Day Monday — picnic at Centennial Park 11am?", ["mon 11:00"], "activity")
en("oct02", AD, "Grand final BBQ at Steve's tomorrow from 1pm 🏉", ["+1d 13:00"], "activity emoji")
en("oct02", SY, "heads up: DST kicks in this Sunday, we lose an hour at 2am", N, "negative-other")
en("oct02", AD, "Uni exam Tuesday 9am-12pm 😬", ["tue 09:00|12:00"], "activity range emoji")
en("oct02", SY, "tennis at 8am sunday, court 3", ["sun 08:00"], "activity typo")
en("oct02", AD, "Sunday market runs 8 till 1", N, "negative-other")
en("oct02", NY, "Can we do coffee monday at 10?", ["mon 10:00"], "activity typo")
en("oct02", LO, "My brother's flight lands at 6:15am Sunday", N, "negative-other")
en("oct02", SY, "the kids' swimming lesson was moved, no wait, it's cancelled altogether", N, "negative-cancelled")
en("oct02", AD, "No plans this long weekend, just chilling", N, "negative-other")
en("oct02", SY, "Daylight saving sux, I'll be late to everything Monday", N, "negative-other typo")
en("oct02", AD, "Gran's 80th lunch Sunday 12 noon at the Sturt Hotel 🎂", ["sun 12:00"], "activity emoji")
en("oct02", SY, "Parent info night Wednesday 6:30-8pm in the school library", ["wed 18:30|20:00"], "activity range")
en("oct02", AD, "Physio Thursday at 7:45am before work", ["thu 07:45"], "activity")
# --- oct23 Fri 09:15 (EU DST end Sun 25 Oct) --------------------------------------------------
en("oct23", LO, "Halloween party Sat 31st from 8pm 🎃", ["10-31 20:00"], "activity emoji")
en("oct23", DU, "Bank holiday Monday hike up Djouce, meet 9am", ["mon 09:00"], "activity")
en("oct23", LO, "The clocks go back at 2am on Sunday", N, "negative-other")
en("oct23", DU, "Pub quiz is every Thursday at 9", N, "negative-other")
en("oct23", LO, "half term trip to Cornwall, setting off Sunday 7am", ["sun 07:00"], "activity")
en("oct23", DU, "Meeting with the solicitor on Tuesday, 2:30-3:15", ["tue 14:30|15:15"], "activity range")
en("oct23", LO, "My bus pass expires on the 31st", N, "negative-deadline")
en("oct23", NY, "I'm in Madrid next week, 6 hours ahead of you", N, "negative-other")
en("oct23", DU, "the gig tonight got postponed, no new date yet", N, "negative-cancelled")
en("oct23", LO, "let's call in an hour", ["+60m"], "relative")
en("oct23", LO, "Taking the kids to the bonfire night fireworks at the rugby club, 5 Nov 7pm", ["11-05 19:00"], "activity month-name")
en("oct23", LO, "the dentist said come back in 6 months", N, "negative-other")
en("oct23", DU, "Halloween disco for the kids, Friday the 30th 6-8pm 👻", ["10-30 18:00|20:00"], "activity range emoji")
en("oct23", LO, "Wedding dress fitting Thursday 29th at 11, so nervous", ["10-29 11:00"], "activity")
en("oct23", DU, "Coffee with the new neighbours Sunday late morning", ["sun 10:00"], "activity day-part")
# --- oct30 Fri 18:45 (US DST end Sun 1 Nov) ---------------------------------------------------
en("oct30", NY, "NYC marathon Sunday, I start at 10:20 in wave 3 🏃", ["sun 10:20"], "activity emoji")
en("oct30", LA, "trick or treating tomorrow at 5:30 w the kids 🎃", ["+1d 17:30"], "activity emoji typo")
en("oct30", DE, "fall back Sunday, don't forget to change the oven clock", N, "negative-other")
en("oct30", HX, "Laying a wreath with the Legion at the cenotaph Nov 11, 10:45", ["11-11 10:45"], "activity month-name")
en("oct30", NY, "Election day is Tuesday, polls open 6am to 9pm", N, "negative-other")
en("oct30", LA, "I'm voting Tuesday morning before work", ["tue 08:00"], "activity day-part")
en("oct30", DE, "the Broncos lost 24-10 😤", N, "negative-other emoji")
en("oct30", HX, "Friendsgiving at ours Nov 21, 4pm till late", ["11-21 16:00"], "activity month-name")
en("oct30", NY, "Therapy Monday 6:00–6:50pm", ["mon 18:00|18:50"], "activity range")
en("oct30", LA, "I was going to go to the 8pm show tonight but bailed", N, "negative-cancelled")
en("oct30", SY, "It's already Saturday morning here lol, 9:45am", N, "negative-other typo")
en("oct30", NY, "so London's only 4 hours ahead of us this week, weird", N, "negative-other")
en("oct30", DE, "I work 9 to 5 Mon–Fri, weekends off", N, "negative-other")
en("oct30", HX, "Tuesday night bowling at 7pm, lane 6", ["tue 19:00"], "activity")
en("oct30", LA, "My mom's flight gets in at 11pm tonight, I'm picking her up", ["+0d 23:00"], "activity")
en("oct30", DE, "flu shot Wednesday at 4:10, walk-in clinic on Colfax 💉", ["wed 16:10"], "activity emoji")
en("oct30", NY, "Sunday brunch w Dana at 11:30, Russ & Daughters", ["sun 11:30"], "activity typo")
# --- nov18 Wed 12:30 ---------------------------------------------------------------------------
en("nov18", NY, "Thanksgiving dinner Nov 26 at 3pm, at Aunt Carol's 🦃", ["11-26 15:00"], "activity month-name emoji")
en("nov18", DE, "Our flight is delayed to 4:50 tomorrow", ["+1d 16:50"], "activity")
en("nov18", LO, "Christmas market opens on the 20th, 10am-9pm daily", N, "negative-other")
en("nov18", DU, "coffee tomorrow 11:15? my treat ☕", ["+1d 11:15"], "activity emoji")
en("nov18", SY, "end-of-year concert, Dec 9, 6pm, school hall", ["12-09 18:00"], "activity month-name")
en("nov18", AD, "I reckon the heat will hit 40 by Friday", N, "negative-other")
en("nov18", HX, "Plumber's coming between 8 and 10 tomorrow morning", ["+1d 08:00|10:00"], "activity range day-part")
en("nov18", NY, "Reminder: the report is due by Friday 5pm", N, "negative-deadline")
en("nov18", LA, "we used to surf at 6am every Saturday back in college", N, "negative-past")
en("nov18", LO, "Lunch Friday 1-2pm with the new starters", ["fri 13:00|14:00"], "activity range")
en("nov18", DE, "if you ever want to ski on a Saturday, I have a spare pass", N, "negative-other")
en("nov18", SY, "We're doing Carols by Candlelight on Sunday 6 Dec, meet at the gates at 5pm 🕯️", ["12-06 17:00"], "activity month-name emoji")
en("nov18", HX, "the 2 for 1 deal ends at midnight", N, "negative-deadline")
# --- dec30 Wed 14:05 ---------------------------------------------------------------------------
en("dec30", NY, "NYE party tomorrow 9pm till 2 🎉", ["+1d 21:00|02:00"], "activity range emoji")
en("dec30", LO, "New Year's Day swim at 11, Brighton beach 🥶", ["01-01 11:00"], "activity emoji")
en("dec30", DU, "back to work Jan 5, first meeting at 9:30", ["01-05 09:30"], "activity month-name")
en("dec30", SY, "Cricket at the SCG on Jan 3, first ball 10:30am 🏏", ["01-03 10:30"], "activity month-name emoji")
en("dec30", AD, "shops are shut on New Year's Day", N, "negative-other")
en("dec30", HX, "I'm not doing anything for New Year's tbh", N, "negative-other typo")
en("dec30", NY, "Dentist 1/7 at 3:40pm", ["01-07 15:40"], "activity numeric-date")
en("dec30", DE, "Ski trip, driving up Friday the 8th at 6am", ["01-08 06:00"], "activity")
en("dec30", LA, "Happy holidays! Office reopens Jan 4 at 8", N, "negative-other")
en("dec30", LO, "last year we watched the fireworks at midnight from Primrose Hill", N, "negative-past")
en("dec30", NY, "my resolution is to run at 6am every day lol", N, "negative-other")
en("dec30", SY, "NYE fireworks at midnight from the Opera House steps 🎆", ["2027-01-01 00:00"], "activity emoji")
en("dec30", LA, "Rose Bowl watch party Jan 1, kickoff 1pm at Jess's 🏈", ["01-01 13:00"], "activity month-name emoji")
en("dec30", HX, "the bridge toll went up to $1.50", N, "negative-other")
# ================================ ru ==========================================================
# --- feb20 Fri 15:10 ---------------------------------------------------------------------------
ru("feb20", MO, "Завтра в 11 идём с детьми на каток ⛸️", ["+1d 11:00"], "activity emoji")
ru("feb20", RI, "Собрание жильцов во вторник в 19:00", ["tue 19:00"], "activity")
ru("feb20", BE, "Я обычно бегаю в 7 утра вдоль Шпрее", N, "negative-other")
ru("feb20", KY, "Поликлиника на Оболони принимает с 8 до 20", N, "negative-other")
ru("feb20", CI, "Вчера в 6 вечера были на концерте, супер", N, "negative-past")
ru("feb20", AL, "Давай созвонимся через полчаса", ["+30m"], "relative")
ru("feb20", MO, "в пн в 10 планёрка, не опаздывайте", ["mon 10:00"], "activity typo")
ru("feb20", RI, "Поездка в Таллин 14 марта, автобус в 7:30 утра 🚌", ["03-14 07:30"], "activity month-name emoji")
ru("feb20", BE, "Поход к стоматологу 2 апреля в 9:15", ["04-02 09:15"], "activity month-name")
ru("feb20", KY, "было бы классно сходить в оперу в воскресенье", N, "negative-other")
ru("feb20", CI, "Масленица в воскресенье, блины у бабушки в 2 часа 🥞", ["sun 14:00"], "activity emoji")
ru("feb20", AL, "Сдать отчёт до понедельника 18:00", N, "negative-deadline")
ru("feb20", MO, "Маме в марте будет 65", N, "negative-other")
ru("feb20", RI, "Свободна после 4, если что", N, "negative-other")
ru("feb20", RI, "Совещание 30.03 в 10:00", ["03-30 10:00"], "activity numeric-date")
ru("feb20", KY, "Вылет в Варшаву 3 апреля в 6:40 ✈️", ["04-03 06:40"], "activity month-name emoji")
ru("feb20", CI, "Я бы съездила в горы на 8 марта", N, "negative-other")
ru("feb20", AL, "Встреча с бухгалтером в понедельник на час, в 11", ["mon 11:00|+60m"], "activity duration")
ru("feb20", BE, "Лекция профессора Майера 6 апреля в 18:00, записала нас обоих", ["04-06 18:00"], "activity month-name")
# --- mar06 Fri 11:25 ---------------------------------------------------------------------------
ru("mar06", MO, "8 марта ужин в ресторане в 19:00 💐", ["03-08 19:00"], "activity month-name emoji")
ru("mar06", BE, "Утренник в садике в понедельник в 9:30", ["mon 09:30"], "activity")
ru("mar06", KY, "Электричка ходит каждые 40 минут", N, "negative-other")
ru("mar06", CI, "Встреча с риелтором сегодня с 15:00 до 16:00", ["+0d 15:00|16:00"], "activity range")
ru("mar06", AL, "Концерт в субботу отменили, певица заболела", N, "negative-cancelled")
ru("mar06", RI, "На дачу едем 4 апреля, выезжаем в 8 утра", ["04-04 08:00"], "activity month-name")
ru("mar06", MO, "Я по средам всегда в бассейне с 7 до 8", N, "negative-other")
ru("mar06", BE, "через 3 дня в 10 утра собеседование, волнуюсь", ["+3d 10:00"], "activity relative")
ru("mar06", CI, "Очередь к терапевту на 31 марта, 11:30", ["03-31 11:30"], "activity month-name")
ru("mar06", BE, "Пятый урок заканчивается в 12:35", N, "negative-other")
ru("mar06", KY, "Мастер-класс по гончарке 1 апреля с 18 до 20 🏺", ["04-01 18:00|20:00"], "activity month-name range emoji")
# --- mar27 Fri 17:05 (EU DST Sun 29 Mar) ------------------------------------------------------
ru("mar27", RI, "В воскресенье в 10 идём в музей 🖼️", ["sun 10:00"], "activity emoji")
ru("mar27", BE, "Созвон с клиентом в понедельник с 9 до 10", ["mon 09:00|10:00"], "activity range")
ru("mar27", KY, "В ночь на воскресенье переводим часы вперёд", N, "negative-other")
ru("mar27", CI, "завтра в 12 у нас субботник во дворе", ["+1d 12:00"], "activity")
ru("mar27", MO, "С воскресенья разница с Берлином будет час, а не два", N, "negative-other")
ru("mar27", RI, "Репетиция хора во вторник вечером", ["tue 19:00"], "activity day-part")
ru("mar27", BE, "Сегодня в 8 вечера ужин у Кати, а в воскресенье в 11 бранч", ["+0d 20:00", "sun 11:00"], "activity multi")
ru("mar27", KY, "Пасха 12 апреля, в церковь пойдём к 6 утра", ["04-12 06:00"], "activity month-name")
ru("mar27", CI, "Прием у эндокринолога перенесли на среду, 14:20", ["wed 14:20"], "activity")
ru("mar27", AL, "Мы в Алматы, у нас сейчас на 2 часа больше, чем в Москве", N, "negative-other")
ru("mar27", MO, "Вчерашняя планёрка длилась 2 часа 😩", N, "negative-past emoji")
ru("mar27", RI, "Билеты стоили 25 евро", N, "negative-other")
ru("mar27", BE, "Было бы здорово в понедельник сходить в кино", N, "negative-other")
ru("mar27", MO, "Сегодня в 19:00 у нас вечер настолок, приходи 🎲", ["+0d 19:00"], "activity emoji")
ru("mar27", KY, "Во вторник в 15:00 родительский комитет, в четверг в 18:00 репетиция", ["tue 15:00", "thu 18:00"], "activity multi")
ru("mar27", RI, "щас не могу, давай через 15 мин", ["+15m"], "relative typo")
ru("mar27", BE, "в пн к 8:30 на работу, а машина в ремонте", N, "negative-other typo")
ru("mar27", CI, "Мой рабочий день с 9 до 18", N, "negative-other")
ru("mar27", RI, "Бабушке в воскресенье 90 лет! Празднуем в 14:00 🎂", ["sun 14:00"], "activity emoji")
ru("mar27", BE, "Пасхальный бранч у Шмидтов 5 апреля в 11:00 🐰", ["04-05 11:00"], "activity month-name emoji")
ru("mar27", CI, "Шашлыки в субботу в 13, а вечером в понедельник кино", ["+1d 13:00", "mon 19:00"], "activity multi day-part")
ru("mar27", KY, "Записала тебя к парикмахеру на четверг на 17:30, не забудь", ["thu 17:30"], "activity")
# --- apr02 Thu 20:15 ---------------------------------------------------------------------------
ru("apr02", MO, "Завтра в 7 утра выезжаем на рыбалку 🎣", ["+1d 07:00"], "activity emoji")
ru("apr02", RI, "В воскресенье служба в 9, встретимся у входа", ["sun 09:00"], "activity")
ru("apr02", KY, "Интересно, во сколько у Олега поезд в субботу?", N, "negative-other")
ru("apr02", CI, "Аптека на углу круглосуточная", N, "negative-other")
ru("apr02", AL, "Через неделю в среду в 15:00 защита диплома 🎓", ["w1-wed 15:00"], "activity relative-plus-date emoji")
ru("apr02", BE, "Субботник отменяется, все по домам", N, "negative-cancelled")
# --- may21 Thu 08:40 ---------------------------------------------------------------------------
ru("may21", MO, "Последний звонок у сына в понедельник 25 мая в 10:00 🔔", ["05-25 10:00"], "activity month-name emoji")
ru("may21", RI, "Я по утрам всегда пью кофе в 7", N, "negative-other")
ru("may21", KY, "Сегодня в обед забегу к тебе", ["+0d 12:00"], "activity day-part")
ru("may21", CI, "Магазин закрывается в 9 вечера", N, "negative-other")
ru("may21", AL, "Экзамен по вождению в пятницу с 9 до 11", ["fri 09:00|11:00"], "activity range")
ru("may21", BE, "Тренировка вчера была жёсткая, ноги болят", N, "negative-past")
ru("may21", MO, "Завтра к 10 надо сдать курсовую", N, "negative-deadline")
ru("may21", RI, "Свадьба у Лены 13 июня в 15:00 💍", ["06-13 15:00"], "activity month-name emoji")
ru("may21", CI, "В воскресенье в 8 утра крестины в церкви", ["sun 08:00"], "activity")
ru("may21", AL, "Скидка 30% до конца мая", N, "negative-other")
# --- jul10 Fri 13:55 ---------------------------------------------------------------------------
ru("jul10", MO, "Поезд в Питер в воскресенье в 23:55, купе 7", ["sun 23:55"], "activity")
ru("jul10", KY, "Шо там, в субботу на речку? часов в 11", ["sat 11:00"], "activity typo")
ru("jul10", CI, "Футбол закончился 2:1 в нашу пользу ⚽", N, "negative-other emoji")
ru("jul10", AL, "Горы в воскресенье, сбор у метро в 6:30", ["sun 06:30"], "activity")
ru("jul10", BE, "Я свободен по вечерам на следующей неделе", N, "negative-other")
ru("jul10", RI, "Праздник Лиго 23 июня был огонь 🔥", N, "negative-past emoji")
ru("jul10", MO, "Вебинар на час в понедельник в 12:00", ["mon 12:00|+60m"], "activity duration")
ru("jul10", BE, "Квартира 14, код домофона 2310", N, "negative-other")
ru("jul10", MO, "Электричка до Звенигорода в 8:12 и в 9:05", N, "negative-other")
ru("jul10", KY, "Хочу в отпуск, хоть бы завтра", N, "negative-other")
ru("jul10", BE, "Идём на летний фестиваль на следующей неделе во вторник с 17 до 22 🎶", ["w1-tue 17:00|22:00"], "activity range emoji")
# --- sep03 Thu 10:30 ---------------------------------------------------------------------------
ru("sep03", MO, "1 сентября уже позади, а в субботу в 10 родительское собрание", ["sat 10:00"], "activity")
ru("sep03", RI, "Педиатр завтра в 8:40", ["+1d 08:40"], "activity")
ru("sep03", KY, "Каждый вторник у нас йога в 19:00", N, "negative-other")
ru("sep03", CI, "В пятницу вечером идём в театр 🎭", ["fri 19:00"], "activity day-part emoji")
ru("sep03", AL, "Цена 4500 тенге за час", N, "negative-other")
ru("sep03", BE, "Переговорка свободна с 14 до 16", N, "negative-other")
ru("sep03", MO, "Поход к нотариусу сегодня в 17:30 на полчаса", ["+0d 17:30|+30m"], "activity duration")
ru("sep03", AL, "Курсы вождения по понедельникам и средам с 19 до 21", N, "negative-other")
ru("sep03", RI, "В субботу вечером концерт в Домском соборе", ["sat 19:00"], "activity day-part")
ru("sep03", BE, "Сегодня 3 года со свадьбы 🥰", N, "negative-other emoji")
ru("sep03", KY, "Идём на футбол 5 сентября в 18:00 ⚽", ["09-05 18:00"], "activity month-name emoji")
ru("sep03", CI, "Приходи сегодня к 8 вечера на ужин", ["+0d 20:00"], "activity")
# --- oct02 Fri 16:20 ---------------------------------------------------------------------------
ru("oct02", RI, "Завтра утром едем за грибами 🍄", ["+1d 08:00"], "activity day-part emoji")
ru("oct02", KY, "В понедельник в 12 концерт в школе", ["mon 12:00"], "activity")
ru("oct02", CI, "в чт в 18:30 родительское собрание", ["thu 18:30"], "activity typo")
ru("oct02", AL, "Сегодня я уже никуда не пойду", N, "negative-other")
ru("oct02", MO, "Наш матч перенесли на 25 октября, начало в 19:30", ["10-25 19:30"], "activity month-name")
ru("oct02", MO, "Тренер сказал, что сборы начнутся 15 октября в 9:00, едем всей командой", ["10-15 09:00"], "activity month-name")
ru("oct02", RI, "Свадьба подруги 31 октября в 15:00, я свидетельница 💐", ["10-31 15:00"], "activity month-name emoji")
ru("oct02", BE, "Фестиваль света 27.10 в 19:00, пойдём?", ["10-27 19:00"], "activity numeric-date")
ru("oct02", CI, "Было бы классно в воскресенье на винзавод", N, "negative-other")
# --- oct23 Fri 09:15 (EU DST end Sun 25 Oct) --------------------------------------------------
ru("oct23", RI, "В воскресенье в 12 обед у свекрови", ["sun 12:00"], "activity")
ru("oct23", BE, "Созвон по проекту во вторник с 10:00 до 11:30", ["tue 10:00|11:30"], "activity range")
ru("oct23", KY, "В воскресенье переводим часы назад, спим на час дольше 😴", N, "negative-other emoji")
ru("oct23", CI, "Свадьба кузена 31 октября в 16:00", ["10-31 16:00"], "activity month-name")
ru("oct23", MO, "Теперь с Берлином разница будет два часа", N, "negative-other")
ru("oct23", RI, "В понедельник в 9 утра к зубному 🦷", ["mon 09:00"], "activity emoji")
ru("oct23", BE, "Прием у врача в понедельник отменили", N, "negative-cancelled")
ru("oct23", KY, "Завтра в 10 генеральная уборка в подъезде, всем жильцам", ["+1d 10:00"], "activity")
ru("oct23", CI, "Хеллоуин у детей в школе 30-го, с 17 до 19", ["10-30 17:00|19:00"], "activity range")
ru("oct23", AL, "Поезд в Астану идёт 14 часов", N, "negative-other")
ru("oct23", MO, "Через 2 часа встречаемся у входа", ["+120m"], "relative")
ru("oct23", BE, "Лекция в университете в понедельник с 8:15 до 9:45", ["mon 08:15|09:45"], "activity range")
ru("oct23", KY, "Через неделю в четверг в 19:00 собрание ОСМД", ["w1-thu 19:00"], "activity relative-plus-date")
ru("oct23", CI, "Сегодня в 18:00 идём на открытие выставки", ["+0d 18:00"], "activity")
ru("oct23", RI, "Ты в курсе, во сколько у Андрея завтра самолёт?", N, "negative-other")
ru("oct23", BE, "Я по субботам в 10 вожу дочку на танцы", N, "negative-other")
ru("oct23", KY, "Дедлайн по гранту 2 ноября в 23:59", N, "negative-deadline")
ru("oct23", CI, "Было бы неплохо на выходных выбраться за город", N, "negative-other")
ru("oct23", MO, "Шеф сказал, что у него в понедельник в 10 встреча с инвесторами", N, "negative-other")
ru("oct23", BE, "Идём в Филармонию 1 ноября в 20:00 🎻", ["11-01 20:00"], "activity month-name emoji")
ru("oct23", RI, "созвон завтра в 11? могу на 20 минут", ["+1d 11:00|+20m"], "activity duration")
ru("oct23", KY, "Сегодня ресторан был закрыт, пришлось есть дома", N, "negative-past")
ru("oct23", CI, "Отменили мне завтрашний маникюр 😢", N, "negative-cancelled emoji")
ru("oct23", AL, "Пятничный намаз в 13:00, пойдём вместе?", ["+0d 13:00"], "activity")
ru("oct23", RI, "Во вторник в 18:00 йога, потом в среду в 8 утра бассейн", ["tue 18:00", "wed 08:00"], "activity multi")
ru("oct23", CI, "В воскресенье в 10 утра литургия, потом обед у родителей в 13", ["sun 10:00", "sun 13:00"], "activity multi")
ru("oct23", KY, "Кино в понедельник вечером? На 19:40 есть билеты", ["mon 19:40"], "activity day-part")
ru("oct23", BE, "Праздник у сына в садике 29-го в 16 часов 🎈", ["10-29 16:00"], "activity emoji")
ru("oct23", MO, "Поликлиника по субботам не работает", N, "negative-other")
# --- oct30 Fri 18:45 ---------------------------------------------------------------------------
ru("oct30", RI, "Завтра вечером хэллоуин-вечеринка у Марты 🎃", ["+1d 19:00"], "activity day-part emoji")
ru("oct30", BE, "В среду в 7 утра вылет во Францию", ["wed 07:00"], "activity")
ru("oct30", KY, "У нас уже всё, часы перевели в прошлое воскресенье", N, "negative-past")
ru("oct30", CI, "Спектакль в воскресенье в 17:00, билеты у меня", ["sun 17:00"], "activity")
# --- nov18 Wed 12:30 ---------------------------------------------------------------------------
ru("nov18", MO, "Корпоратив 25 декабря с 19:00 до 23:00 🥂", ["12-25 19:00|23:00"], "activity month-name range emoji")
ru("nov18", RI, "Сегодня в 18:15 забираю маму с вокзала", ["+0d 18:15"], "activity")
ru("nov18", BE, "Рождественский базар открыт с 11 до 21", N, "negative-other")
ru("nov18", KY, "Ну и холод, −8 с утра", N, "negative-other")
ru("nov18", CI, "Встреча выпускников в субботу в 18:00 🎓", ["sat 18:00"], "activity emoji")
ru("nov18", AL, "Курс английского стоит 60 тысяч в месяц", N, "negative-other")
ru("nov18", MO, "Завтра в 9 утра МРТ, нельзя есть", ["+1d 09:00"], "activity")
ru("nov18", RI, "Я тоже хотела бы в пятницу в сауну", N, "negative-other")
ru("nov18", RI, "Я уже записалась на маникюр на пятницу в 16:00 💅", ["fri 16:00"], "activity emoji")
ru("nov18", KY, "В 2019 году мы ездили во Львов на Рождество", N, "negative-past")
ru("nov18", CI, "Время в Кишинёве такое же, как в Киеве", N, "negative-other")
ru("nov18", MO, "Обычно совещание у нас в 10, но завтра в 11:30", ["+1d 11:30"], "activity")
# --- dec30 Wed 14:05 ---------------------------------------------------------------------------
ru("dec30", MO, "Завтра в 22:00 собираемся у нас провожать год 🎄", ["+1d 22:00"], "activity emoji")
ru("dec30", RI, "3 января в 11 катаемся на лыжах в Сигулде", ["01-03 11:00"], "activity month-name")
ru("dec30", BE, "Отпуск до 11 января, потом на работу", N, "negative-other")
ru("dec30", KY, "Рождество 7 января, в церковь к 8 утра", ["01-07 08:00"], "activity month-name")
ru("dec30", CI, "Магазины 1 января не работают", N, "negative-other")
ru("dec30", AL, "Сегодня в 7 вечера каток с друзьями ⛸️", ["+0d 19:00"], "activity day-part emoji")
ru("dec30", MO, "В прошлом году в это время мы были в Сочи", N, "negative-past")
ru("dec30", RI, "4.01 в 10:00 стоматолог", ["01-04 10:00"], "activity numeric-date")
ru("dec30", MO, "Отчёт по году сдать до 31 декабря", N, "negative-deadline")
ru("dec30", BE, "Новогодняя вечеринка в клубе отменена 😞", N, "negative-cancelled emoji")
ru("dec30", KY, "Бой курантов в 00:00, а у нас ещё на час раньше", N, "negative-other")
ru("dec30", RI, "Каток на площади открыт до 22:00", N, "negative-other")
# ================================ es ==========================================================
# --- feb20 Fri 15:10 ---------------------------------------------------------------------------
es("feb20", MA, "Mañana a las 11 vermut con los del curro 🍷", ["+1d 11:00"], "activity emoji typo")
es("feb20", MX, "Junta con el proveedor el martes de 10 a 11:30", ["tue 10:00|11:30"], "activity range")
es("feb20", SA, "Estoy libre el jueves después de las 4", N, "negative-other")
es("feb20", TJ, "La clínica abre de 8 a 5 entre semana", N, "negative-other")
es("feb20", EA, "Ayer subimos al Rano Kau temprano, precioso", N, "negative-past")
es("feb20", BA, "Asado el domingo a las 13, traigan bebida 🥩", ["sun 13:00"], "activity emoji")
es("feb20", MA, "el lunes a las 9 reunion de equipo, no falteis", ["mon 09:00"], "activity typo")
es("feb20", MX, "Ojalá pudiéramos ir a Valle el sábado", N, "negative-other")
es("feb20", SA, "Siempre almuerzo a la 1 con mi mamá los domingos", N, "negative-other")
es("feb20", TJ, "vuelo a CDMX el 12 de marzo a las 6:45 am", ["03-12 06:45"], "activity month-name")
es("feb20", BA, "El partido terminó 2 a 0, golazo de Messi", N, "negative-other")
es("feb20", MA, "Cita en Hacienda el 3/3 a las 12:20", ["03-03 12:20"], "activity numeric-date")
es("feb20", MX, "El recibo de la luz vence el 28", N, "negative-deadline")
es("feb20", EA, "Mi abuela cumple 85 años el domingo", N, "negative-other")
es("feb20", MA, "Tengo entradas para Rosalía el 4 de abril a las 21:30 🎤", ["04-04 21:30"], "activity month-name emoji")
es("feb20", TJ, "Boda de mi compadre el 21 de marzo a las 5 de la tarde", ["03-21 17:00"], "activity month-name")
es("feb20", SA, "Matrícula del jardín el 10 de marzo a las 9", ["03-10 09:00"], "activity month-name")
es("feb20", MX, "Te marco en una hora", ["+60m"], "relative")
# --- mar06 Fri 11:25 (Tijuana DST Sun 8 Mar) --------------------------------------------------
es("mar06", TJ, "Comida familiar el domingo a la 1:30 🌮", ["sun 13:30"], "activity emoji")
es("mar06", TJ, "El lunes a las 8 llevo el carro al taller", ["mon 08:00"], "activity")
es("mar06", TJ, "Acuérdense que este domingo cambiamos al horario de verano acá en TJ", N, "negative-other")
es("mar06", MX, "En CDMX ya no cambiamos de horario desde 2022", N, "negative-other")
es("mar06", MA, "Clase de pilates hoy de 19:00 a 20:00", ["+0d 19:00|20:00"], "activity range")
es("mar06", SA, "Misa de mi abuelo el sábado a las 12 en la parroquia", ["sat 12:00"], "activity")
es("mar06", BA, "El bondi tarda 40 minutos hasta el centro", N, "negative-other typo")
es("mar06", EA, "Dentro de 3 días a las 10 sale el vuelo a Santiago", ["+3d 10:00"], "activity relative")
es("mar06", MX, "¿A qué hora es la boda de tu prima el sábado?", N, "negative-other")
es("mar06", TJ, "La reunión del miércoles se canceló", N, "negative-cancelled")
es("mar06", MA, "Día de la Mujer: vamos juntas a la manifestación el domingo a las 12 en Atocha 💜", ["sun 12:00"], "activity emoji")
es("mar06", MA, "Examen de conducir el 31 de marzo a las 8:30, nervios", ["03-31 08:30"], "activity month-name")
es("mar06", SA, "Primera comunión de Martina el domingo 12 de abril a las 11", ["04-12 11:00"], "activity month-name")
es("mar06", EA, "Mi vuelo a Tahití es el 6 de abril a las 15:00 ✈️", ["04-06 15:00"], "activity month-name emoji")
es("mar06", BA, "Acá no cambiamos la hora, por suerte", N, "negative-other")
es("mar06", TJ, "el martes a las 7 de la tarde junta de la colonia", ["tue 19:00"], "activity")
es("mar06", TJ, "Cumple de mi suegra el 15 de marzo, comida a las 2", ["03-15 14:00"], "activity month-name")
# --- mar27 Fri 17:05 (EU DST Sun 29 Mar) ------------------------------------------------------
es("mar27", MA, "Vamos a la procesión del Domingo de Ramos pasado mañana a las 11", ["+2d 11:00"], "activity relative")
es("mar27", MA, "El domingo a las 2 serán las 3, no os olvidéis", N, "negative-other")
es("mar27", MA, "Revisión del coche el lunes de 9 a 10 🚗", ["mon 09:00|10:00"], "activity range emoji")
es("mar27", MX, "Vacaciones de Semana Santa: salimos a Acapulco el miércoles 1 a las 5 am", ["04-01 05:00"], "activity")
es("mar27", SA, "La feria abre de 10 a 20 todo el fin de semana", N, "negative-other")
es("mar27", BA, "Quedamos en el bar a las 21 hoy?", ["+0d 21:00"], "activity")
es("mar27", MA, "Me encantaría ir a Sevilla en Semana Santa", N, "negative-other")
es("mar27", TJ, "El jueves hay que entregar la tarea antes de las 11:59 pm", N, "negative-deadline")
es("mar27", MA, "Comida con los suegros el domingo 5 de abril a las 14:30 🐣", ["04-05 14:30"], "activity month-name emoji")
es("mar27", MA, "Ayer la reunión duró hasta las 9 de la noche", N, "negative-past")
es("mar27", EA, "Acá son 2 horas menos que en Santiago", N, "negative-other")
es("mar27", MA, "tngo dentista el martes a las 10 q pereza", ["tue 10:00"], "activity typo")
es("mar27", MA, "Sesión de fisio el miércoles, a las 9 y media", ["wed 09:30"], "activity")
es("mar27", MA, "Si llueve el domingo no hay procesión", N, "negative-other")
es("mar27", MA, "Jueves Santo: cena en casa de mis padres a las 21:00", ["thu 21:00"], "activity")
es("mar27", MA, "Torrijas en casa de la yaya el lunes por la tarde 😋", ["mon 14:00"], "activity day-part emoji")
# --- apr02 Thu 20:15 (Santiago DST end Sat/Sun 4-5 Apr, Easter Sat 4 Apr) ---------------------
es("apr02", SA, "El domingo a las 10 vamos a misa de Pascua", ["sun 10:00"], "activity")
es("apr02", SA, "el lunes a las 9 tengo hora al kine", ["mon 09:00"], "activity typo")
es("apr02", EA, "Tour a Orongo el domingo temprano por la mañana", ["sun 07:00"], "activity day-part")
es("apr02", SA, "El reloj se atrasa el sábado a las 24:00, no el domingo", N, "negative-other")
es("apr02", BA, "Mañana viernes santo, vamos al vía crucis a las 15", ["+1d 15:00"], "activity")
es("apr02", MX, "Mi hermano dice que su vuelo sale el sábado a las 7", N, "negative-other")
es("apr02", SA, "Sábado en la tarde completos en la casa de la Coni 🌭", ["sat 14:00"], "activity day-part emoji")
es("apr02", EA, "Mañana en la mañana buceo, salida del muelle a las 8:30 🤿", ["+1d 08:30"], "activity emoji")
es("apr02", SA, "La farmacia de turno atiende hasta las 23", N, "negative-other")
es("apr02", SA, "Este domingo cumpleaños del Tomi a las 16:00, en el parque 🎈", ["sun 16:00"], "activity emoji")
es("apr02", SA, "Reunión de apoderados el martes a las 19:30", ["tue 19:30"], "activity")
es("apr02", EA, "Mañana a las 5 de la tarde clase de surf 🏄", ["+1d 17:00"], "activity emoji")
es("apr02", EA, "Almuerzo con los primos el lunes a las 13 🐟", ["mon 13:00"], "activity emoji")
# --- may21 Thu 08:40 ---------------------------------------------------------------------------
es("may21", MA, "San Isidro fue el viernes, qué resaca", N, "negative-past")
es("may21", MX, "Junta de padres mañana a las 7 de la mañana 😴", ["+1d 07:00"], "activity emoji")
es("may21", SA, "Estoy disponible el lunes en la tarde, avísame", N, "negative-other")
es("may21", TJ, "Graduación de Sofi el 5 de junio a las 6 pm 🎓", ["06-05 18:00"], "activity month-name emoji")
es("may21", BA, "Feriado del lunes 25: locro en lo de Juan a las 12", ["05-25 12:00"], "activity")
es("may21", EA, "El supermercado cierra a las 9 de la noche", N, "negative-other")
es("may21", MA, "Partido de pádel hoy a las 20:30, pista 4 🎾", ["+0d 20:30"], "activity emoji")
es("may21", MX, "La fiesta del sábado ya no va, se enfermó la festejada", N, "negative-cancelled")
es("may21", MX, "El examen final es de 8 a 10 el miércoles", ["wed 08:00|10:00"], "activity range")
es("may21", TJ, "Mi jefe dice que su junta en San Diego es a las 10", N, "negative-other")
# --- jul10 Fri 13:55 ---------------------------------------------------------------------------
es("jul10", MA, "Cena de empresa el jueves 16 de julio a las 21:30", ["07-16 21:30"], "activity month-name")
es("jul10", MX, "Vamos al cine hoy en la noche?", ["+0d 20:00"], "activity day-part")
es("jul10", SA, "Vacaciones de invierno: el lunes a las 10 llevo a los niños al museo", ["mon 10:00"], "activity")
es("jul10", TJ, "Ese restaurante abre de 1 a 11", N, "negative-other")
es("jul10", BA, "La entrada sale 15 mil pesos", N, "negative-other")
es("jul10", EA, "Ayer a las 6 llegó el avión con 3 horas de atraso", N, "negative-past")
es("jul10", MA, "Ruta en bici el domingo, salimos a las 7:30 de la plaza 🚴", ["sun 07:30"], "activity emoji")
es("jul10", MX, "Los martes siempre tengo inglés a las 5", N, "negative-other")
es("jul10", SA, "El partido de Colo-Colo fue suspendido por lluvia", N, "negative-cancelled")
es("jul10", MA, "Los viernes cerramos a las 15:00", N, "negative-other")
# --- sep03 Thu 10:30 (Easter DST Sat 5 Sep, Santiago Sun 6 Sep) -------------------------------
es("sep03", SA, "Ramada del 18 con los compañeros de pega, el viernes 18 a las 13", ["09-18 13:00"], "activity typo")
es("sep03", SA, "Trekking el domingo, nos juntamos a las 8 en el metro Tobalaba", ["sun 08:00"], "activity")
es("sep03", EA, "Pesca el lunes a las 6 am 🎣", ["mon 06:00"], "activity emoji")
es("sep03", SA, "El domingo se adelanta el reloj, ojo con el despertador", N, "negative-other")
es("sep03", MX, "Vamos al Grito el 15 de septiembre a las 11 pm en el Zócalo 🇲🇽", ["09-15 23:00"], "activity month-name emoji")
es("sep03", BA, "Estoy libre todo el finde, si quieren hacemos algo", N, "negative-other typo")
es("sep03", MA, "Vuelta al cole el 8/9, entran a las 9", ["09-08 09:00"], "activity numeric-date")
es("sep03", TJ, "¿Supiste a qué hora es el funeral de don Pepe?", N, "negative-other")
es("sep03", EA, "Mi vuelo es el martes 8 a las 14:30", ["09-08 14:30"], "activity")
es("sep03", SA, "Control con el pediatra el lunes 7 a las 11:40", ["09-07 11:40"], "activity")
es("sep03", EA, "El domingo a las 11 misa en la iglesia de Hanga Roa ⛪", ["sun 11:00"], "activity emoji")
es("sep03", SA, "Me encantaría ir a la Fonda el 19, pero trabajo", N, "negative-other")
es("sep03", SA, "El sábado a las 15 cumpleaños de la Martina", ["sat 15:00"], "activity")
es("sep03", BA, "En 20 minutos arranca la reunión, conectense", ["+20m"], "relative typo")
es("sep03", SA, "Asado donde el Pancho el miércoles 9 a las 20:00 🍖", ["09-09 20:00"], "activity emoji")
es("sep03", EA, "Clase de danza rapanui el martes de 17 a 18:30", ["tue 17:00|18:30"], "activity range")
# --- oct02 Fri 16:20 ---------------------------------------------------------------------------
es("oct02", MA, "Mañana por la mañana mercadillo con mi madre", ["+1d 08:00"], "activity day-part")
es("oct02", MX, "Consulta con la nutrióloga el lunes a las 4:30", ["mon 16:30"], "activity")
es("oct02", BA, "El lunes es feriado, no hay clases", N, "negative-other")
es("oct02", SA, "Mañana a las 12 bautizo de mi sobrina ⛪", ["+1d 12:00"], "activity emoji")
es("oct02", TJ, "Ya pagué la renta, eran 9,500", N, "negative-other")
es("oct02", MA, "Boda de Lucía el sábado 31 de octubre a las 13:00 💒", ["10-31 13:00"], "activity month-name emoji")
es("oct02", TJ, "Viaje a Ensenada el 7 de noviembre, salimos a las 8 am", ["11-07 08:00"], "activity month-name")
# --- oct23 Fri 09:15 (EU DST end Sun 25 Oct) --------------------------------------------------
es("oct23", MA, "¿Esta noche se atrasa el reloj? No, es la del sábado al domingo", N, "negative-other")
es("oct23", MA, "Fútbol del peque el domingo a las 10:15 en el polideportivo ⚽", ["sun 10:15"], "activity emoji")
es("oct23", MA, "Reunión de vecinos el martes 27 a las 19:00", ["10-27 19:00"], "activity")
es("oct23", MA, "Tutoría con la profe el lunes de 17:00 a 17:30", ["mon 17:00|17:30"], "activity range")
es("oct23", MA, "Fui al médico el martes, todo bien", N, "negative-past")
es("oct23", MA, "El plazo de la beca acaba el 30 a las 14:00", N, "negative-deadline")
es("oct23", MA, "Castañada el sábado 31 a las 18, en casa de Núria 🌰", ["10-31 18:00"], "activity emoji")
es("oct23", MX, "Altar de muertos en la escuela el 30 a las 10 am 💀", ["10-30 10:00"], "activity emoji")
es("oct23", SA, "Me gustaría que el viernes fuéramos a la playa", N, "negative-other")
es("oct23", BA, "Nos quedan 3 horas de viaje todavía", N, "negative-other")
es("oct23", MA, "Todos los domingos a las 11 voy a misa", N, "negative-other")
es("oct23", MA, "Comida de cumpleaños con la familia el 1 de noviembre a las 14 🎂", ["11-01 14:00"], "activity month-name emoji")
es("oct23", MA, "¿Tomamos algo el lunes a las 7 de la tarde?", ["mon 19:00"], "activity")
es("oct23", MA, "Entrega del TFG el 5 de noviembre a las 12", N, "negative-deadline")
es("oct23", MA, "La reunión de las 11 de hoy se pasa a mañana a las 10", ["+1d 10:00"], "activity")
es("oct23", MA, "mi madre siempre llama a las 3", N, "negative-other")
es("oct23", MA, "Entreno de natación el miércoles de 7 a 8 de la mañana, luego curro", ["wed 07:00|08:00"], "activity range typo")
es("oct23", MA, "Cita con el dermatólogo el 3/11 a las 16:45", ["11-03 16:45"], "activity numeric-date")
es("oct23", MA, "Cine en dos semanas el jueves a las 22:00, ya tengo entradas 🍿", ["w2-thu 22:00"], "activity relative-plus-date emoji")
es("oct23", MA, "Hoy a las 20:00 cañas en La Latina, ¿te apuntas?", ["+0d 20:00"], "activity")
# --- oct30 Fri 18:45 (Tijuana DST end Sun 1 Nov) ----------------------------------------------
es("oct30", TJ, "Día de Muertos: panteón el lunes 2 a las 9 am 🕯️", ["11-02 09:00"], "activity emoji")
es("oct30", TJ, "El domingo se atrasa el reloj, una hora más de sueño", N, "negative-other")
es("oct30", TJ, "Martes a las 3 entrevista de trabajo", ["tue 15:00"], "activity")
es("oct30", MX, "Esta noche fiesta de disfraces 🎃", ["+0d 20:00"], "activity day-part emoji")
es("oct30", TJ, "La garita de San Ysidro tiene 2 horas de fila", N, "negative-other")
es("oct30", TJ, "Ya no hay posada el 12, la cancelaron", N, "negative-cancelled")
es("oct30", TJ, "El jueves a las 8 pm cena con los compas 🍻", ["thu 20:00"], "activity emoji typo")
es("oct30", TJ, "Cita en el consulado el 9 de noviembre a las 7:30 am", ["11-09 07:30"], "activity month-name")
es("oct30", BA, "La muestra cierra el domingo a las 20", N, "negative-other")
es("oct30", MX, "Mañana a las 4 ponemos la ofrenda en casa de mi abuela 🌼", ["+1d 16:00"], "activity emoji")
es("oct30", TJ, "Clase de box el miércoles de 6 a 7 de la tarde 🥊", ["wed 18:00|19:00"], "activity range emoji")
es("oct30", TJ, "Carne asada el domingo al mediodía en casa de mi tío", ["sun 12:00"], "activity day-part")
# --- nov18 Wed 12:30 ---------------------------------------------------------------------------
es("nov18", MA, "Cena de Navidad de la empresa el 18/12 a las 21:00", ["12-18 21:00"], "activity numeric-date")
es("nov18", MX, "Posada de la oficina el viernes 11 de diciembre a las 7 pm", ["12-11 19:00"], "activity month-name")
es("nov18", SA, "Mañana a las 18:30 once con las tías ☕", ["+1d 18:30"], "activity emoji")
es("nov18", BA, "El súper abre los domingos de 9 a 13", N, "negative-other")
es("nov18", EA, "Hace calor, 26 grados a las 10 de la mañana", N, "negative-other")
es("nov18", TJ, "El Black Friday empieza a las 6 am en Las Americas", N, "negative-other")
es("nov18", MA, "Estaba pensando en ir al concierto del sábado, pero no hay entradas", N, "negative-other")
es("nov18", MX, "El examen de manejo es el lunes a las 11", ["mon 11:00"], "activity")
es("nov18", BA, "Dentro de dos semanas el miércoles a las 20 cena de fin de año del club", ["w2-wed 20:00"], "activity relative-plus-date")
# --- dec30 Wed 14:05 ---------------------------------------------------------------------------
es("dec30", MA, "Campanadas en Sol mañana, quedamos a las 23:00 en Callao 🍇", ["+1d 23:00"], "activity emoji")
es("dec30", MX, "Cena de Año Nuevo mañana a las 9 de la noche", ["+1d 21:00"], "activity")
es("dec30", SA, "Vuelvo a la pega el 4 de enero", N, "negative-other typo")
es("dec30", BA, "Viaje a Mar del Plata, salimos el 3 de enero a las 6 de la mañana", ["01-03 06:00"], "activity month-name")
es("dec30", MA, "Cabalgata de Reyes el 5 de enero a las 18:30 con los niños 👑", ["01-05 18:30"], "activity month-name emoji")
es("dec30", EA, "Los precios suben un 5% en enero", N, "negative-other")
es("dec30", TJ, "El año pasado vimos los fuegos desde la playa", N, "negative-past")
es("dec30", MA, "Roscón el 6/1 a las 10 de la mañana en casa de la abuela", ["01-06 10:00"], "activity numeric-date")
es("dec30", EA, "En Rapa Nui estamos 2 horas atrás de Santiago", N, "negative-other")
es("dec30", MA, "Mañana a las 12 de la noche tomamos las uvas en casa de mis padres", ["2027-01-01 00:00"], "activity")
# ================================ pt ==========================================================
# --- feb20 Fri 15:10 ---------------------------------------------------------------------------
pt("feb20", LI, "Amanhã às 10h brunch no Príncipe Real 🥐", ["+1d 10:00"], "activity emoji")
pt("feb20", SP, "Reunião com o cliente na terça das 14h às 15h", ["tue 14:00|15:00"], "activity range")
pt("feb20", MN, "Tô livre quinta depois das 5", N, "negative-other typo")
pt("feb20", LU, "O banco abre às 8 e fecha às 15", N, "negative-other")
pt("feb20", MD, "Ontem fomos ao cortejo de Carnaval do Funchal, que festa", N, "negative-past")
pt("feb20", LI, "Consulta no centro de saúde dia 2/3 às 9h30", ["03-02 09:30"], "activity numeric-date")
pt("feb20", SP, "Carnaval já era, agora é trabalhar 😂", N, "negative-other emoji")
pt("feb20", LI, "Jantar de anos da Marta a 4 de abril às 20h 🎂", ["04-04 20:00"], "activity month-name emoji")
pt("feb20", MN, "Eu sempre almoço às 11h30", N, "negative-other")
pt("feb20", LU, "Quem me dera ir à praia no domingo", N, "negative-other")
pt("feb20", SP, "Vou te ligar daqui a 10 min", ["+10m"], "relative")
pt("feb20", MD, "Viagem a Lisboa dia 1 de abril, voo às 7h15", ["04-01 07:15"], "activity month-name")
pt("feb20", LI, "A renda tem de ser paga até dia 8", N, "negative-deadline")
pt("feb20", AZ, "A festa do Senhor Santo Cristo é sempre em maio", N, "negative-other")
pt("feb20", LI, "Casamento do João a 11 de abril às 15h 💍", ["04-11 15:00"], "activity month-name emoji")
pt("feb20", MD, "Voo para o Porto a 30 de março às 8h40", ["03-30 08:40"], "activity month-name")
pt("feb20", LI, "Estou livre a partir das 18h, se quiseres ligar", N, "negative-other")
pt("feb20", MD, "Nunca chego a tempo às reuniões das 9h", N, "negative-other")
pt("feb20", AZ, "dps d amanhã às 10h vou ao mercado da graça", ["+2d 10:00"], "activity relative typo")
pt("feb20", LU, "Conferência na sexta das 9h às 13h", ["fri 09:00|13:00"], "activity range")
pt("feb20", SP, "Reunião remarcada para quarta às 10h", ["wed 10:00"], "activity")
pt("feb20", AZ, "Festa de anos do avô dia 5 de abril ao almoço, 13h", ["04-05 13:00"], "activity month-name")
# --- mar06 Fri 11:25 ---------------------------------------------------------------------------
pt("mar06", LI, "Aula de surf amanhã às 9h na Caparica 🏄", ["+1d 09:00"], "activity emoji")
pt("mar06", SP, "Dia da Mulher domingo, almoço com as minhas tias ao meio-dia", ["sun 12:00"], "activity day-part")
pt("mar06", MN, "O barco pra Parintins demora uns 3 dias", N, "negative-other typo")
pt("mar06", LU, "A reunião de pais de segunda foi adiada sem data", N, "negative-cancelled")
pt("mar06", MD, "Vamos ao jogo do Marítimo no domingo às 18h ⚽", ["sun 18:00"], "activity emoji")
pt("mar06", AZ, "Vou ao dentista dia 30 de março às 11h", ["03-30 11:00"], "activity month-name")
pt("mar06", LI, "Dizem sempre que o metro fecha à 1h", N, "negative-other")
pt("mar06", SP, "Daqui a 3 dias às 8h tenho prova de cálculo 😰", ["+3d 08:00"], "activity relative emoji")
pt("mar06", AZ, "Regata dia 4 de abril às 14h ⛵", ["04-04 14:00"], "activity month-name emoji")
pt("mar06", LI, "Concerto no Coliseu dia 2/4 às 21h30", ["04-02 21:30"], "activity numeric-date")
pt("mar06", SP, "Quem me dera ter folga na sexta", N, "negative-other")
pt("mar06", MD, "Jantar de grupo dia 31 de março às 20h30", ["03-31 20:30"], "activity month-name")
# --- mar27 Fri 17:05 (EU DST Sun 29 Mar; Azores at local midnight) ----------------------------
pt("mar27", LI, "Domingo às 11h missa de Ramos na Sé", ["sun 11:00"], "activity")
pt("mar27", LI, "Segunda às 9h30 reunião de equipa", ["mon 09:30"], "activity")
pt("mar27", AZ, "Os relógios adiantam à meia-noite de sábado para domingo", N, "negative-other")
pt("mar27", MD, "Caminhada na levada no domingo de manhã 🥾", ["sun 08:00"], "activity day-part emoji")
pt("mar27", LI, "hj à noite jantar lá em casa?", ["+0d 20:00"], "activity day-part typo")
pt("mar27", AZ, "Terça das 15h às 16h30 fisioterapia", ["tue 15:00|16:30"], "activity range")
pt("mar27", SP, "Aqui em SP não tem mais horário de verão", N, "negative-other")
pt("mar27", MN, "Em Manaus é uma hora a menos que em Brasília", N, "negative-other")
pt("mar27", LI, "A farmácia está aberta até às 22h", N, "negative-other")
pt("mar27", MD, "Almoço de Páscoa no dia 5 às 13h em casa da avó 🐣", ["04-05 13:00"], "activity emoji")
pt("mar27", LI, "Tive uma reunião de três horas hoje, estou morta", N, "negative-past")
pt("mar27", LU, "Seria bom irmos à Ilha do Mussulo no sábado", N, "negative-other")
pt("mar27", AZ, "Amanhã às 16h há festa de anos do Tomás", ["+1d 16:00"], "activity")
pt("mar27", LI, "Segunda às 8h reunião com o diretor, ai", ["mon 08:00"], "activity")
pt("mar27", MD, "Quarta às 17h levo o Rui ao dentista", ["wed 17:00"], "activity")
pt("mar27", AZ, "Segunda às 7h30 barco para o Pico", ["mon 07:30"], "activity")
pt("mar27", LI, "Tu vens à Páscoa? A avó quer saber", N, "negative-other")
pt("mar27", LI, "daqui a 2 semanas na quinta às 18h apresentação do livro 📖", ["w2-thu 18:00"], "activity relative-plus-date emoji")
pt("mar27", AZ, "Domingo às 11h ensaio da filarmónica", ["sun 11:00"], "activity")
pt("mar27", MD, "O relógio do telemóvel muda sozinho", N, "negative-other")
pt("mar27", LI, "Amanhã às 15h visita à exposição na Gulbenkian", ["+1d 15:00"], "activity")
pt("mar27", MD, "Quinta à noite vamos à procissão do Senhor dos Passos", ["thu 21:00"], "activity day-part")
pt("mar27", LI, "Treino de basquete na terça das 19h às 20h30 🏀", ["tue 19:00|20:30"], "activity range emoji")
# --- apr02 Thu 20:15 ---------------------------------------------------------------------------
pt("apr02", SP, "Amanhã, sexta-feira santa, vamos à procissão às 15h", ["+1d 15:00"], "activity")
pt("apr02", LI, "Domingo de Páscoa almoço às 13h, levem sobremesa", ["sun 13:00"], "activity")
pt("apr02", MN, "O voo do meu pai chega sábado às 22h", N, "negative-other")
pt("apr02", LU, "4 de abril é feriado, Dia da Paz", N, "negative-other")
pt("apr02", MD, "Páscoa: missa às 10h no domingo ⛪", ["sun 10:00"], "activity emoji")
# --- may21 Thu 08:40 ---------------------------------------------------------------------------
pt("may21", LI, "Santos Populares: vamos ao arraial em Alfama dia 12 de junho à noite 🐟", ["06-12 21:00"], "activity month-name day-part emoji")
pt("may21", SP, "Tenho academia todo dia às 6h", N, "negative-other")
pt("may21", MN, "Reunião com a coordenação hoje às 14h", ["+0d 14:00"], "activity")
pt("may21", LU, "O supermercado fecha às 21h ao domingo", N, "negative-other")
pt("may21", AZ, "Domingo vamos às sopas do Espírito Santo às 12h30", ["sun 12:30"], "activity")
pt("may21", SP, "a festa junina da escola é sábado 13 de junho às 15h 🌽", ["06-13 15:00"], "activity month-name emoji")
pt("may21", LI, "O jantar de ontem foi ótimo", N, "negative-past")
pt("may21", LU, "Missa de domingo é sempre às 9h", N, "negative-other")
pt("may21", LI, "A Sara disse que o jantar dela é às 20h, mas eu não vou", N, "negative-other")
pt("may21", SP, "O voo durou 11 horas", N, "negative-past")
# --- jul10 Fri 13:55 ---------------------------------------------------------------------------
pt("jul10", LI, "Sardinhada no sábado às 19h30 no terraço 🐟", ["sat 19:30"], "activity emoji")
pt("jul10", SP, "O show do Caetano foi cancelado 😭", N, "negative-cancelled emoji")
pt("jul10", MN, "Passeio de barco no domingo às 8h, saída do porto", ["sun 08:00"], "activity")
pt("jul10", LU, "Ainda não sei se vou à praia amanhã", N, "negative-other")
pt("jul10", MD, "Casamento da prima dia 25 de julho às 16h 💒", ["07-25 16:00"], "activity month-name emoji")
pt("jul10", AZ, "A maré está baixa às 14h20 hoje", N, "negative-other")
pt("jul10", SP, "Férias da escola: segunda às 10h levo as crianças ao cinema", ["mon 10:00"], "activity")
pt("jul10", LI, "O multibanco só dá 400 euros por dia", N, "negative-other")
pt("jul10", AZ, "Vamos ao concerto da Maré de Agosto dia 14 de agosto às 22h", ["08-14 22:00"], "activity month-name")
pt("jul10", SP, "Meu irmão vai operar o joelho quarta às 7h", N, "negative-other")
pt("jul10", MN, "Churrasco amanhã a partir do meio-dia 🍖", ["+1d 12:00"], "activity day-part emoji")
# --- sep03 Thu 10:30 ---------------------------------------------------------------------------
pt("sep03", SP, "Feriado de 7 de setembro: churrasco na segunda ao meio-dia 🍖", ["mon 12:00"], "activity day-part emoji")
pt("sep03", LI, "Regresso às aulas dia 14, entram às 8h30", ["09-14 08:30"], "activity")
pt("sep03", MN, "Eu trabalho de segunda a sexta das 8 às 17", N, "negative-other")
pt("sep03", LU, "Matrícula na faculdade amanhã de manhã", ["+1d 08:00"], "activity day-part")
pt("sep03", MD, "Vamos à festa da vindima sábado às 17h 🍇", ["sat 17:00"], "activity emoji")
pt("sep03", AZ, "Tenho de entregar o relatório até amanhã às 12h", N, "negative-deadline")
pt("sep03", SP, "Daqui a duas horas a gente se fala", ["+120m"], "relative")
pt("sep03", LI, "Dia 28 de outubro às 10h tenho exame de condução", ["10-28 10:00"], "activity month-name")
pt("sep03", SP, "Estou disponível a partir das 15h hoje", N, "negative-other")
pt("sep03", MN, "Hoje à tarde vou buscar o passaporte na PF", ["+0d 14:00"], "activity day-part typo")
pt("sep03", MD, "Voo para Londres a 2 de novembro às 6h50", ["11-02 06:50"], "activity month-name")
# --- oct02 Fri 16:20 ---------------------------------------------------------------------------
pt("oct02", LI, "Jantar de antigos alunos a 31 de outubro às 20h 🎓", ["10-31 20:00"], "activity month-name emoji")
pt("oct02", AZ, "Vou à consulta dia 26 às 9h", ["10-26 09:00"], "activity")
pt("oct02", MD, "Quarta às 18h treino de futsal", ["wed 18:00"], "activity")
pt("oct02", SP, "Eleição no domingo, vou votar cedo de manhã 🗳️", ["sun 07:00"], "activity day-part emoji")
pt("oct02", MN, "Você sabe que horas é o culto da sua tia no domingo?", N, "negative-other")
pt("oct02", LU, "Ontem às 19h houve apagão no bairro todo", N, "negative-past")
pt("oct02", LI, "Casamento da Sofia a 7 de novembro às 16h", ["11-07 16:00"], "activity month-name")
pt("oct02", MD, "Vou a Lisboa dia 29, o voo sai às 9h", ["10-29 09:00"], "activity")
pt("oct02", LU, "O quiosque do Kinaxixi abre às 7h", N, "negative-other")
pt("oct02", LI, "Magusto da escola a 11/11 às 15h", ["11-11 15:00"], "activity numeric-date")
# --- oct23 Fri 09:15 (EU DST end Sun 25 Oct; Azores at local 01:00) ---------------------------
pt("oct23", LI, "Domingo às 10h corrida solidária no Parque das Nações 🏃", ["sun 10:00"], "activity emoji")
pt("oct23", LI, "Os relógios atrasam domingo às 2h, ficam 1h", N, "negative-other")
pt("oct23", AZ, "Segunda das 9h às 12h formação na câmara", ["mon 09:00|12:00"], "activity range")
pt("oct23", MD, "Dia de Todos os Santos, vamos ao cemitério domingo 1 de novembro de manhã", ["11-01 08:00"], "activity month-name day-part")
pt("oct23", LI, "A reunião de terça foi cancelada", N, "negative-cancelled")
pt("oct23", LI, "Jantar amanhã às 20h no Bairro Alto 🍷", ["+1d 20:00"], "activity emoji")
pt("oct23", AZ, "O avião para Lisboa demora 2h20", N, "negative-other")
pt("oct23", LI, "Terça às 18h30 explicação de matemática", ["tue 18:30"], "activity")
pt("oct23", MD, "Era fixe ir ao Pico do Areeiro ver o nascer do sol no domingo", N, "negative-other typo")
pt("oct23", SP, "Com o fim do horário de verão em Portugal a diferença volta a ser 3h", N, "negative-other")
pt("oct23", LI, "Reunião de condomínio dia 28/10 às 21h", ["10-28 21:00"], "activity numeric-date")
pt("oct23", AZ, "Os Açores estão sempre uma hora atrás do continente", N, "negative-other")
pt("oct23", LI, "Segunda às 19h aula de dança 💃", ["mon 19:00"], "activity emoji")
pt("oct23", MD, "Quinta-feira às 10h entrevista na câmara", ["thu 10:00"], "activity")
pt("oct23", AZ, "Festa de Halloween dos miúdos no sábado dia 31 às 17h 👻", ["10-31 17:00"], "activity emoji")
pt("oct23", LI, "Domingo à tarde cinema com a Inês?", ["sun 14:00"], "activity day-part")
pt("oct23", MD, "A Feira do Livro foi no fim de semana passado", N, "negative-past")
pt("oct23", LI, "Todas as terças às 18h tenho natação", N, "negative-other")
pt("oct23", AZ, "Quarta das 14h às 15h reunião por videochamada", ["wed 14:00|15:00"], "activity range")
pt("oct23", LI, "O prazo das candidaturas termina a 30 de outubro", N, "negative-deadline")
pt("oct23", MD, "Sessão de yoga no domingo às 9h, durante uma hora 🧘", ["sun 09:00|+60m"], "activity duration emoji")
pt("oct23", LI, "Reunião na segunda às 11h por 45 minutos", ["mon 11:00|+45m"], "activity duration")
# --- oct30 Fri 18:45 ---------------------------------------------------------------------------
pt("oct30", SP, "Festa de Halloween amanhã às 21h 🎃", ["+1d 21:00"], "activity emoji")
pt("oct30", LI, "Pão-por-Deus domingo de manhã com os miúdos", ["sun 08:00"], "activity day-part")
pt("oct30", MN, "Finados segunda, vamos ao cemitério às 8h", ["mon 08:00"], "activity")
pt("oct30", LU, "Eu não vou ao jantar de sábado, estou doente", N, "negative-other")
pt("oct30", SP, "Prova do Enem domingo às 13h30, os portões fecham às 13h", ["sun 13:30"], "activity")
pt("oct30", LI, "Já mudámos a hora no domingo passado", N, "negative-past")
# --- nov18 Wed 12:30 ---------------------------------------------------------------------------
pt("nov18", SP, "Black Friday: a loja abre às 6h", N, "negative-other")
pt("nov18", LI, "Magusto no sábado às 16h no parque 🌰", ["sat 16:00"], "activity emoji")
pt("nov18", MN, "Amanhã às 15h entrevista de emprego, torçam por mim 🙏", ["+1d 15:00"], "activity emoji")
pt("nov18", LU, "O 11 de novembro já passou, foi o dia da independência", N, "negative-past")
pt("nov18", AZ, "Jantar de Natal da empresa a 18 de dezembro às 20h", ["12-18 20:00"], "activity month-name")
pt("nov18", MD, "O presépio na Sé fica aberto das 10h às 18h", N, "negative-other")
pt("nov18", SP, "Vc pode sexta às 19h? pizza aqui em casa", ["fri 19:00"], "activity typo")
pt("nov18", MN, "Sessão de terapia sexta das 16h às 16h50", ["fri 16:00|16:50"], "activity range")
pt("nov18", SP, "O jogo terminou 3 a 1 pro Flamengo", N, "negative-other typo")
pt("nov18", LI, "Cantamos no concerto de Natal dia 20 de dezembro às 17h", ["12-20 17:00"], "activity month-name")
# --- dec30 Wed 14:05 ---------------------------------------------------------------------------
pt("dec30", LI, "Passagem de ano amanhã no Terreiro do Paço, encontramo-nos às 23h 🎆", ["+1d 23:00"], "activity emoji")
pt("dec30", SP, "Réveillon em Copacabana, saímos amanhã às 22h", ["+1d 22:00"], "activity")
pt("dec30", MN, "Volto a trabalhar dia 4 de janeiro", N, "negative-other")
pt("dec30", LU, "As lojas fecham cedo amanhã, às 15h", N, "negative-other")
pt("dec30", MD, "Na passagem de ano vemos o fogo de artifício à meia-noite no porto do Funchal 🎇", ["2027-01-01 00:00"], "activity emoji")
pt("dec30", AZ, "Dia de Reis, cantar as Janeiras dia 6 às 19h", ["01-06 19:00"], "activity")
pt("dec30", LI, "Consulta dia 8/1 às 10h15", ["01-08 10:15"], "activity numeric-date")
pt("dec30", SP, "Ano passado choveu no Réveillon inteiro", N, "negative-past")
pt("dec30", LU, "Amanhã às 20h jantar de fim de ano com a família 🥂", ["+1d 20:00"], "activity emoji")
pt("dec30", LI, "Ano novo, vida nova: ginásio todos os dias às 7h 😅", N, "negative-other emoji")
pt("dec30", MD, "Os Reis: almoço dia 6 de janeiro ao meio-dia", ["01-06 12:00"], "activity month-name day-part")

# ================================ added after the first review: more multi, durations, relative-plus-date, hard negatives
en("mar06", NY, "Dentist Monday at 9 for an hour, then a client call at 2", ["mon 09:00|+60m", "mon 14:00"], "activity duration multi")
en("oct30", LA, "Parent conference Wednesday at 3:15 for 20 minutes", ["wed 15:15|+20m"], "activity duration")
en("mar27", LO, "in three weeks on Saturday we've got Ella's christening at 11", ["w3-sat 11:00"], "activity relative-plus-date")
en("oct23", DU, "in two weeks on Wednesday the school trip to Belfast, bus at 7:45am", ["w2-wed 07:45"], "activity relative-plus-date")
en("oct02", SY, "Golf Saturday, 7:10am tee time, about 4 hours", ["sat 07:10|+240m"], "activity duration")
en("oct02", AD, "Sunday: church at 9:30, then lunch at Mum's at 12:30", ["sun 09:30", "sun 12:30"], "activity multi")
en("nov18", NY, "Next week Monday I have jury duty at 8:30, and the dentist on Wednesday at 4", ["w1-mon 08:30", "w1-wed 16:00"], "activity multi")
en("feb20", HX, "in 3 weeks on Tuesday is the curling bonspiel, first draw 6:30pm 🥌", ["w3-tue 18:30"], "activity relative-plus-date emoji")
en("jul10", DE, "rafting trip Saturday 9am, it runs 5 hours", ["sat 09:00|+300m"], "activity duration")
en("dec30", LO, "Tomorrow: gym at 10 for an hour, then drinks at 8pm 🥂", ["+1d 10:00|+60m", "+1d 20:00"], "activity duration multi emoji")
en("oct30", NY, "The clinic told me they're booked until Nov 20", N, "negative-other")
en("mar27", LO, "My sister reckons her band's playing Saturday at 9pm, not that I'm going", N, "negative-other")
en("jul10", LA, "Our address is 1640 Riverside Dr, unit 12", N, "negative-other")
en("apr02", AD, "the bakery does hot cross buns till 2pm Saturday", N, "negative-other")
en("sep03", HX, "It'd be amazing to see the northern lights this weekend", N, "negative-other")
en("oct02", SY, "The Swans won 12.10 (82) to 9.8 (62)", N, "negative-other")
en("feb20", DE, "The temp dropped to -12 at 6am, brutal", N, "negative-other")
en("nov18", LO, "Black Friday sale starts at 00:01 on the 27th", N, "negative-other")
ru("mar27", RI, "Через две недели в субботу в 12 крестины племянника", ["w2-sat 12:00"], "activity relative-plus-date")
ru("oct23", BE, "В понедельник в 10 на час к стоматологу, а в 14 планёрка", ["mon 10:00|+60m", "mon 14:00"], "activity duration multi")
ru("oct23", CI, "Экскурсия в Орхей в субботу, выезд в 8:00, часов на шесть", ["sat 08:00|+360m"], "activity duration")
ru("mar27", KY, "Футбол в воскресенье в 16, потом в 19 ужин у Оксаны", ["sun 16:00", "sun 19:00"], "activity multi")
ru("sep03", MO, "Через неделю в среду в 11 собеседование, на полтора часа", ["w1-wed 11:00|+90m"], "activity relative-plus-date duration")
ru("dec30", AL, "5 января в 10 утра поход на Кок-Жайляу, часов на пять", ["01-05 10:00|+300m"], "activity month-name duration")
ru("mar27", RI, "Подруга говорит, что её свадьба 18 апреля в 15:00, но меня не позвали 😅", N, "negative-other emoji")
ru("oct23", BE, "Если будет дождь, в субботу никуда не едем", N, "negative-other")
ru("jul10", KY, "Дом 12, корпус 3, подъезд 4, этаж 9", N, "negative-other")
ru("feb20", MO, "Счёт 3:2, овертайм был огонь", N, "negative-other")
ru("nov18", CI, "Во сколько у твоей сестры поезд в пятницу?", N, "negative-other")
ru("sep03", RI, "Мечтаю в октябре выбраться на море", N, "negative-other")
ru("oct02", AL, "Ночью до +3, утром туман до 10", N, "negative-other")
es("oct23", MA, "El martes a las 9 revisión en el hospital, dura unas dos horas", ["tue 09:00|+120m"], "activity duration")
es("mar06", TJ, "Dentro de dos semanas el viernes a las 6 pm la kermés de la escuela", ["w2-fri 18:00"], "activity relative-plus-date")
es("apr02", SA, "El lunes a las 10 dentista y a las 18:00 reunión del curso", ["mon 10:00", "mon 18:00"], "activity multi")
es("sep03", EA, "La próxima semana el miércoles a las 9 excursión a Anakena", ["w1-wed 09:00"], "activity relative-plus-date")
es("oct30", TJ, "El domingo misa a las 10 y luego tamales en casa a la 1", ["sun 10:00", "sun 13:00"], "activity multi")
es("mar27", MA, "Partido de baloncesto el domingo a las 12 durante una hora y media", ["sun 12:00|+90m"], "activity duration")
es("nov18", BA, "Mañana a las 19 clase de tango, por dos horas 💃", ["+1d 19:00|+120m"], "activity duration emoji")
es("mar27", MA, "Mi hermana dice que su boda es el 16 de mayo, pero yo no puedo ir", N, "negative-other")
es("oct23", MA, "Ojalá el lunes no lloviera, quería salir a correr", N, "negative-other")
es("jul10", BA, "Vivo en Corrientes 1450, 3° B", N, "negative-other")
es("apr02", SA, "El Colo ganó 3-2 anoche", N, "negative-other")
es("sep03", MX, "Mi tío cumple 60 el 20 de septiembre", N, "negative-other")
es("oct30", TJ, "¿A qué hora sale el camión de tu hermano mañana?", N, "negative-other")
es("feb20", EA, "Sería lindo ver el amanecer en Tongariki el domingo", N, "negative-other")
pt("mar27", LI, "Consulta na segunda às 15h, dura meia hora", ["mon 15:00|+30m"], "activity duration")
pt("oct23", AZ, "Daqui a duas semanas na terça às 20h jantar dos escuteiros", ["w2-tue 20:00"], "activity relative-plus-date")
pt("mar27", MD, "Domingo: missa às 9h e almoço às 13h com a família", ["sun 09:00", "sun 13:00"], "activity multi")
pt("oct23", LI, "Segunda às 10h médico, quarta às 18h reunião de pais", ["mon 10:00", "wed 18:00"], "activity multi")
pt("sep03", SP, "Semana que vem na quinta às 19h happy hour da firma 🍻", ["w1-thu 19:00"], "activity relative-plus-date emoji")
pt("may21", MN, "Sábado às 9h aula de canoagem por três horas", ["sat 09:00|+180m"], "activity duration")
pt("oct02", LI, "Daqui a três semanas, na sexta, às 21h, concerto dos Xutos 🎸", ["w3-fri 21:00"], "activity relative-plus-date emoji")
pt("mar27", LI, "O vizinho disse que as obras dele começam segunda às 8h", N, "negative-other")
pt("oct23", LI, "Moro na Rua do Ouro, 125, 3.º esquerdo", N, "negative-other")
pt("jul10", SP, "O Palmeiras ganhou de 2 a 0 ontem", N, "negative-other")
pt("sep03", LU, "Era bom passarmos o domingo na Barra do Kwanza", N, "negative-other")
pt("nov18", MN, "A que horas é o voo da sua mãe amanhã?", N, "negative-other")
pt("feb20", AZ, "O meu filho faz 7 anos dia 3 de março", N, "negative-other")
pt("oct02", MD, "A água do mar estava a 22 graus hoje às 10h", N, "negative-other")


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
        d = monday + timedelta(days=7 * int(m[1]) + WEEKDAYS.index(m[2]))
        return _wall(tz, d, m[3])
    if base is not None and re.fullmatch(r"\d\d:\d\d", spec):
        t = _wall(tz, base, spec)
        return t if t > base else _wall(tz, base + timedelta(days=1), spec)
    raise ValueError(f"bad label {spec!r}")


def _check_keys():
    for key, when in KEYS.items():
        assert when.weekday() == KEY_WEEKDAYS[key], key


def build():
    _check_keys()
    out, seen_ids, seen_texts = [], set(), set()
    counters = {}
    for lang, key, zone, text, labels, tags in CASES:
        assert zone in ZONES[lang], (lang, zone, text)
        assert "numeric-date" not in tags or zone in NUMERIC_OK[lang], (zone, text)
        tz = ZoneInfo(zone)
        now = _wall(tz, KEYS[key], KEYS[key].strftime("%H:%M"))
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
        assert sum(t.startswith("negative-") for t in tags) <= 1, (text, tags)
        assert ("multi" in tags) == (len(labels) > 1), (text, tags)
        assert ("range" in tags or "duration" in tags) == any("|" in lb for lb in labels), text
        assert negative or "activity" in tags or "relative" in tags, text
        if any(s.utcoffset() != now.utcoffset() for s, _ in expect):
            tags.append("dst")
        norm = " ".join(text.lower().split())
        assert norm not in seen_texts, f"duplicate text: {text}"
        seen_texts.add(norm)
        counters[lang] = counters.get(lang, 0) + 1
        cid = f"test3-{lang}-{counters[lang]:03d}"
        assert cid not in seen_ids
        seen_ids.add(cid)
        out.append({
            "id": cid, "part": "test3", "lang": lang, "text": text,
            "now": now.isoformat(), "tz": zone,
            "expect": [{"start": s.isoformat(), "end": e.isoformat() if e else None}
                       for s, e in expect],
            "tags": tags,
        })
    return out


def stats(rows):
    by_lang, tag_count, kinds = {}, {}, {}
    for r in rows:
        d = by_lang.setdefault(r["lang"], {"lines": 0, "neg": 0, "pos": 0, "dst": 0})
        d["lines"] += 1
        if r["expect"]:
            d["pos"] += 1
            d["dst"] += "dst" in r["tags"]
        else:
            d["neg"] += 1
            kind = next(t for t in r["tags"] if t.startswith("negative-"))
            kinds[(r["lang"], kind)] = kinds.get((r["lang"], kind), 0) + 1
        for t in r["tags"]:
            tag_count[t] = tag_count.get(t, 0) + 1
    for lang, d in by_lang.items():
        print(f"{lang}: {d['lines']} lines, {d['neg']} negatives ({100*d['neg']/d['lines']:.1f} %),"
              f" {d['dst']} of {d['pos']} positives cross DST ({100*d['dst']/max(d['pos'],1):.1f} %)",
              file=sys.stderr)
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
        print(f"  {t}: {tag_count[t]}", file=sys.stderr)


def main():
    rows = build()
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))
    if "--stats" in sys.argv:
        stats(rows)


if __name__ == "__main__":
    main()
