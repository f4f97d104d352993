#!/usr/bin/env python3
"""Seventh held-out TEST part of the meeting extractor's labelled corpus, written blind.

    python3 make_test_part_7.py > test_part_7.jsonl      # byte for byte reproducible
    python3 make_test_part_7.py --stats > /dev/null      # counts to stderr

Written from scratch (Python 3 stdlib + zoneinfo, nothing imported from the other parts) by a
helper session that never opened the extractor, its tuning corpus, the dev part nor any earlier
part's data or script; see README.md.

Format: one JSON object a line with the fields id part lang text now tz expect tags.
  id      test7-<lang>-NNN, numbered per language in the order below
  part    "test7"
  now     the reference instant, local wall time in the line's zone with its offset
  tz      the IANA zone the writer lives in
  expect  the events the line plans, each {"start": ISO, "end": ISO or null}, with
          the offset in force at that instant in tz (zoneinfo); [] for a negative
  tags    on positives "activity" plus the phenomena; on negatives one negative kind
          (negative-past / -cancelled / -deadline / -other) plus secondary tags
          (timetable lookalike question habit reported availability hypothetical wish);
          "dst" (a UTC-offset change between now and an event), "multi", "range",
          "duration", "emoji", "month-name" and "numeric-date" are set or checked here.

Cases are (now, tz, text, spec, tags). now is a key of NOWS, optionally "@HH:MM" for another
wall time that day. spec is "!past", "!cancelled", "!deadline" or "!other" for a negative, or
events separated by ";", each "DAY HH:MM", "DAY HH:MM-HH:MM" (end the same day, or the next one
if earlier) or "DAY HH:MM>DAY HH:MM". DAY is resolved against now: "0" today, "+N" N days on,
"mon".."sun" the next such day after today, "sat2" the one after that, "MM-DD" the next such
date from today on, "YYYY-MM-DD" that date. No date or offset is written by hand.

Labelling decisions (those of the earlier parts, unchanged, plus the new ones marked NEW):
- numeric dates only where they read naturally: en and ru everywhere (M/D in US zones, D/M
  elsewhere), es only in Europe/Madrid and Atlantic/Canary, pt only in Lisbon, Azores, Madeira;
- a departure time is the trip's start; one time per outing (a line with a meeting time and a
  separate event time keeps only the writer's);
- "<day> night"/"por la noche"/"à noite" after a day 21:00, "tonight"/"сегодня вечером"/"hoy en
  la noche"/"hj à noite" 20:00, "вечером" after a day 19:00, "arvo"/"после обеда"/"en la
  tarde"/"à tarde" 14:00, "в обед" 12:00, "с утра" 08:00, "early morning"/"рано утром"/"temprano
  por la mañana"/"cedo de manhã" 07:00, "fim da tarde" 16:00, "ao meio-dia"/"noon" 12:00;
- approximate values take the stated value ("10ish", "часов в семь", "como a las 4", "lá pras
  3"); spoken times as said ("half 7" 07:30 or 19:30 by context, "без четверти шесть" 17:45,
  "a las nueve menos cuarto" 08:45/20:45 by context, "quinze para as oito" 07:45/19:45);
- habits, availability, wishes, hypotheticals, timetables and opening hours, clock-change
  notices, going to work or school, getting home, reported plans the writer does not join and
  questions asking only for information are negatives; proposals (also as questions),
  reminders of an event, organisers' confirmations and invitations are plans; a third person's
  arrival the writer meets is a plan; a plan moved in words is a plan at its new time, one
  postponed without a date or called off is negative-cancelled; a deadline (submit, pay, send
  by) is negative-deadline;
- "next <weekday>" only where that weekday comes before today's; "this <weekday>" only for a
  later day this week; "in N days" only with a time; "послезавтра"/"pasado mañana"/"depois de
  amanhã" +2 days; "in 2 weeks on <weekday>" and the like only where the calendar-week reading
  agrees with the plain one;
- named holidays only where the date is stated or follows from now with the weekday agreeing
  (Easter 2026 5 April, Orthodox 12 April; Easter 2027 28 March; US Election Day 3 Nov 2026;
  Halloween Sat 31 Oct 2026; Christmas Fri 25 Dec 2026; Reyes Wed 6 Jan 2027);
- "at midnight" on the 31st is 00:00 of the 1st; no label in a wall time skipped or repeated
  by DST ("now" included);
- "the 12th"/"Saturday the 7th" is that date (the weekday is checked), never the next such
  weekday; a flight is labelled in the zone it leaves from; a birthday or anniversary stated
  without a gathering is a negative (lookalike);
- `typo` marks misspellings, dropped accents, chat abbreviations and chat spellings; slang alone
  is not tagged;
- NEW: a line where the writer says they will join someone else's plan ("count me in", "я с
  вами", "me apunto", "tô dentro") is a plan at that plan's time; one where the writer says
  they will not join ("go without me") is negative-other (reported);
- NEW: "morning" or another day part after a named day with no clock time is not written at
  all (no convention fixes its hour);
- NEW: a positive naming a place or club with a month word ("Primeiro de Agosto") keeps the
  derived "month-name" tag; Russian numeric dates may be D.MM ("30.03"), and no Russian line
  writes a clock time with a dot.
"""
import datetime as dt
import json
import re
import sys
from zoneinfo import ZoneInfo

PART = "test7"

# key: (local date, weekday it must be, default local wall time of "now")
NOWS = {
    "A": ("2026-03-02", "Mon", "09:40"),  # US switch Sun 8 Mar, EU 29 Mar
    "B": ("2026-03-19", "Thu", "13:05"),  # EU 29 Mar, Israel 27 Mar
    "C": ("2026-03-30", "Mon", "08:20"),  # Chile 4/5 Apr, Australia/NZ 5 Apr, Easter 5 Apr
    "D": ("2026-04-04", "Sat", "10:15"),  # the switch night in Chile and Australia/NZ
    "E": ("2026-07-16", "Thu", "17:30"),  # an ordinary July week
    "F": ("2026-08-27", "Thu", "11:50"),  # Chile 6 Sep, NZ 27 Sep
    "G": ("2026-09-18", "Fri", "16:10"),  # NZ 27 Sep, Australia 4 Oct
    "H": ("2026-09-30", "Wed", "07:55"),  # Australia 4 Oct
    "I": ("2026-10-16", "Fri", "12:25"),  # EU 25 Oct, US 1 Nov
    "J": ("2026-10-28", "Wed", "18:45"),  # US 1 Nov (EU already back)
    "K": ("2026-12-21", "Mon", "10:30"),  # Christmas week, rolls into 2027, no switch near
    "L": ("2027-03-09", "Tue", "09:05"),  # US 14 Mar 2027, EU 28 Mar 2027
    "M": ("2027-03-25", "Thu", "19:20"),  # EU 28 Mar 2027, Chile/Australia/NZ 4 Apr 2027
}

WD = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

NEG_KINDS = {"past", "cancelled", "deadline", "other"}
SECONDARY = {"timetable", "lookalike", "question", "habit", "reported", "availability",
             "hypothetical", "wish"}
HAND_TAGS = {"typo", "day-part", "relative", "relative-plus-date", "formal", "voice", "!wd"}

US_PREFIXES = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
               "America/Phoenix", "America/Anchorage", "Pacific/Honolulu", "America/Detroit",
               "America/Boise")
NUMERIC_OK = {
    "es": {"Europe/Madrid", "Atlantic/Canary"},
    "pt": {"Europe/Lisbon", "Atlantic/Azores", "Atlantic/Madeira"},
}

MONTHS = {
    "en": r"\b(January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Sept|Oct|Nov|Dec)\b",
    "ru": r"(?i)\b(январ[ья]|феврал[ья]|марта|март|апрел[ья]|мая|май|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья])\b",
    "es": r"(?i)\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b",
    "pt": r"(?i)\b(janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)\b",
}

WEEKDAYS = {
    "en": [r"\b(monday|mon)\b", r"\b(tuesday|tues|tue)\b", r"\b(wednesday|weds|wed)\b",
           r"\b(thursday|thurs|thu)\b", r"\b(friday|fri)\b", r"\b(saturday|sat)\b",
           r"\b(sunday|sun)\b"],
    "ru": [r"понедельник", r"вторник", r"\bсред[аыуе]\b", r"четверг", r"пятниц", r"суббот",
           r"воскресень"],
    "es": [r"\blunes\b", r"\bmartes\b", r"\bmi[ée]rcoles\b", r"\bjueves\b", r"\bviernes\b",
           r"\bs[áa]bado", r"\bdomingo"],
    "pt": [r"\bsegunda\b", r"\bter[çc]a\b", r"\bquarta\b", r"\bquinta\b", r"\bsexta\b",
           r"\bs[áa]bado", r"\bdomingo"],
}

EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2764]")
NUMDATE = re.compile(r"(?<![\d:./])(\d{1,2})/(\d{1,2})(?![\d:/])")
# Russian also writes D.MM ("30.03"); no Russian line writes a clock time that way
NUMDOT = re.compile(r"(?<![\d:./])(\d{1,2})\.(0[1-9]|1[0-2])(?![\d:/.])")


def numeric_dates(lang, text, us):
    for mm in NUMDATE.finditer(text):
        a, b = int(mm.group(1)), int(mm.group(2))
        yield (a, b) if us else (b, a)
    if lang == "ru":
        for mm in NUMDOT.finditer(text):
            yield int(mm.group(2)), int(mm.group(1))

CASES = {"en": [], "ru": [], "es": [], "pt": []}


def L(lang, now, tz, text, spec, tags=""):
    CASES[lang].append((now, tz, text, spec, tags))


def parse_now(key):
    wall = None
    if "@" in key:
        key, wall = key.split("@")
    day, wd, default = NOWS[key]
    d = dt.date.fromisoformat(day)
    assert WD[d.weekday()] == wd.lower(), (key, day, wd)
    h, m = map(int, (wall or default).split(":"))
    return dt.datetime(d.year, d.month, d.day, h, m)


def resolve_day(tok, today):
    if tok == "0":
        return today
    if tok.startswith("+"):
        return today + dt.timedelta(days=int(tok[1:]))
    m = re.fullmatch(r"(mon|tue|wed|thu|fri|sat|sun)(\d?)", tok)
    if m:
        k = int(m.group(2) or 1)
        ahead = (WD.index(m.group(1)) - today.weekday()) % 7 or 7
        return today + dt.timedelta(days=ahead + 7 * (k - 1))
    if re.fullmatch(r"\d{4}-\d\d-\d\d", tok):
        return dt.date.fromisoformat(tok)
    m = re.fullmatch(r"(\d\d)-(\d\d)", tok)
    assert m, tok
    d = dt.date(today.year, int(m.group(1)), int(m.group(2)))
    if d < today:
        d = dt.date(today.year + 1, d.month, d.day)
    return d


def wall_to_aware(day, hhmm, zone, where):
    h, m = map(int, hhmm.split(":"))
    naive = dt.datetime(day.year, day.month, day.day, h, m)
    a = naive.replace(tzinfo=zone, fold=0)
    b = naive.replace(tzinfo=zone, fold=1)
    assert a.utcoffset() == b.utcoffset(), ("skipped or repeated wall time", where, naive)
    back = a.astimezone(dt.timezone.utc).astimezone(zone).replace(tzinfo=None)
    assert back == naive, ("skipped wall time", where, naive)
    return a


def iso(x):
    return x.isoformat(timespec="seconds")


def crosses(now, when, zone):
    # any offset change between the two instants (6-hour steps; no zone switches twice in 6 h)
    t = now.astimezone(dt.timezone.utc)
    end = when.astimezone(dt.timezone.utc)
    off = now.utcoffset()
    while t < end:
        t = min(t + dt.timedelta(hours=6), end)
        if t.astimezone(zone).utcoffset() != off:
            return True
    return False


def build():
    rows = []
    stats = {}
    for lang in ("en", "ru", "es", "pt"):
        seen_text = set()
        for n, (nowkey, tzname, text, spec, tags) in enumerate(CASES[lang], 1):
            where = f"{PART}-{lang}-{n:03d}"
            zone = ZoneInfo(tzname)
            now = wall_to_aware(parse_now(nowkey).date(), parse_now(nowkey).strftime("%H:%M"),
                                zone, where)
            today = now.date()
            hand = tags.split()
            folded = " ".join(text.lower().split())
            assert folded not in seen_text, ("duplicate text", where)
            seen_text.add(folded)
            out_tags = []
            events = []
            if spec.startswith("!"):
                kind = spec[1:]
                assert kind in NEG_KINDS, where
                out_tags.append("negative-" + kind)
                for t in hand:
                    assert t in SECONDARY or t in HAND_TAGS - {"!wd"}, (where, t)
                out_tags += [t for t in hand if t in SECONDARY]
                other = [t for t in hand if t not in SECONDARY]
            else:
                for t in hand:
                    assert t in HAND_TAGS or t == "duration", (where, t)
                other = [t for t in hand if t not in ("duration",)]
                has_dur_tag = "duration" in hand
                any_end = False
                dst = False
                for ev in spec.split(";"):
                    ev = ev.strip()
                    endpart = None
                    if ">" in ev:
                        ev, endpart = ev.split(">")
                    dtok, tm = ev.split()
                    day = resolve_day(dtok, today)
                    if "-" in tm:
                        t0, t1 = tm.split("-")
                    else:
                        t0, t1 = tm, None
                    start = wall_to_aware(day, t0, zone, where)
                    e = {"start": iso(start), "end": None}
                    end = None
                    if t1:
                        eday = day if t1 > t0 else day + dt.timedelta(days=1)
                        end = wall_to_aware(eday, t1, zone, where)
                    if endpart:
                        etok, etm = endpart.split()
                        end = wall_to_aware(resolve_day(etok, today), etm, zone, where)
                    if end is not None:
                        assert end > start, where
                        e["end"] = iso(end)
                        any_end = True
                    assert start > now, ("start not after now", where)
                    assert start - now < dt.timedelta(days=365), where
                    if crosses(now, start, zone):
                        dst = True
                    events.append((day, start, e))
                if "!wd" not in hand:
                    days = {d.weekday() for d, _, _ in events}
                    for i, pat in enumerate(WEEKDAYS[lang]):
                        if re.search(pat, text, re.I):
                            assert i in days, ("weekday disagrees", where, WD[i])
                for mo, dd in numeric_dates(lang, text, tzname in US_PREFIXES):
                    assert any((d.month, d.day) == (mo, dd) for d, _, _ in events), \
                        ("numeric date disagrees", where)
                out_tags.append("activity")
                if dst:
                    out_tags.append("dst")
                if len(events) > 1:
                    out_tags.append("multi")
                if any_end:
                    out_tags.append("duration" if has_dur_tag else "range")
                else:
                    assert not has_dur_tag, where
            if list(numeric_dates(lang, text, tzname in US_PREFIXES)):
                assert lang in ("en", "ru") or tzname in NUMERIC_OK[lang], ("numeric date", where)
                out_tags.append("numeric-date")
            if re.search(MONTHS[lang], text):
                out_tags.append("month-name")
            if EMOJI.search(text):
                out_tags.append("emoji")
            out_tags += [t for t in other if t != "!wd"]
            assert len(set(out_tags)) == len(out_tags), where
            rows.append({
                "id": where, "part": PART, "lang": lang, "text": text, "now": iso(now),
                "tz": tzname, "expect": [e for _, _, e in events], "tags": out_tags,
            })
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    return rows


def print_stats(rows):
    from collections import Counter
    w = sys.stderr.write
    w(f"{len(rows)} lines; events {sum(len(r['expect']) for r in rows)}, "
      f"with end {sum(1 for r in rows for e in r['expect'] if 'end' in e)}\n")
    for lang in ("en", "ru", "es", "pt"):
        rs = [r for r in rows if r["lang"] == lang]
        neg = [r for r in rs if not r["expect"]]
        pos = [r for r in rs if r["expect"]]
        dst = [r for r in pos if "dst" in r["tags"]]
        w(f"{lang}: {len(rs)} lines, negatives {len(neg)} ({100*len(neg)/len(rs):.1f} %), "
          f"dst {len(dst)}/{len(pos)} ({100*len(dst)/len(pos):.1f} %)\n")
        c = Counter(t for r in rs for t in r["tags"])
        w("   " + ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda x: -x[1])) + "\n")
    pos = [r for r in rows if r["expect"]]
    neg = [r for r in rows if not r["expect"]]
    w(f"all: negatives {len(neg)} ({100*len(neg)/len(rows):.1f} %), dst "
      f"{sum('dst' in r['tags'] for r in pos)}/{len(pos)} "
      f"({100*sum('dst' in r['tags'] for r in pos)/len(pos):.1f} %)\n")
    c = Counter(t for r in rows for t in r["tags"])
    w("   " + ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda x: -x[1])) + "\n")
    zones = sorted({r["tz"] for r in rows})
    w(f"zones {len(zones)}, (now, zone) pairs {len({(r['now'], r['tz']) for r in rows})}\n")
    for lang in ("en", "ru", "es", "pt"):
        w(f"   {lang}: " + " ".join(sorted({r['tz'] for r in rows if r['lang'] == lang})) + "\n")


# ---------------------------------------------------------------------------------------------
# English
def en(*a):
    L("en", *a)


NY, CHI, DEN, LA, PHX = ("America/New_York", "America/Chicago", "America/Denver",
                         "America/Los_Angeles", "America/Phoenix")
LON, DUB, SYD, MEL, ADL = ("Europe/London", "Europe/Dublin", "Australia/Sydney",
                           "Australia/Melbourne", "Australia/Adelaide")
AKL, KOL = "Pacific/Auckland", "Asia/Kolkata"

en("A", NY, "dentist got moved to monday the 9th 8:15am ugh", "03-09 08:15")
en("A", NY, "Reminder: PTA budget meeting Tuesday 3/10 at 6:30pm in the library", "03-10 18:30")
en("A", CHI, "we're doing brunch sunday at 11 if anyone wants in 🥞", "sun 11:00")
en("A", DEN, "ski bus leaves the park n ride at 6:45 saturday, dont be late", "sat 06:45", "typo")
en("A", LA, "can we push our 1:1 to wed the 11th, 2pm? something came up", "03-11 14:00")
en("A", PHX, "Grandma's 80th is Saturday the 14th, lunch at 12:30 at Olive Garden, everyone please come", "03-14 12:30")
en("A", NY, "my flight to Atlanta leaves 7:10am on the 9th", "03-09 07:10")
en("A", "America/Halifax", "hockey practice is cancelled tonight, rink's flooded", "!cancelled")
en("A", CHI, "I used to have choir on Mondays at 7 but I quit in the fall", "!past", "habit")
en("A", LON, "Mum's coming down on the 30th, I'm collecting her from Euston at 4", "03-30 16:00")
en("A", LON, "book club 31st March 7.30pm, we're at Jo's this time", "03-31 19:30")
en("A", SYD, "Harbour swim Sunday 5 April at 7am, meet at the Icebergs steps", "04-05 07:00")
en("A", AKL, "touch rugby semis thurs 6pm whos keen", "thu 18:00", "typo")
en("A", KOL, "Papa's cataract surgery is on 4th at 10, I will take him", "03-04 10:00")
en("A", NY, "Can't make Thursday's standup, I'm at the DMV all morning", "!other", "availability")
en("A", "America/Toronto", "tax return due april 30 fyi", "!deadline")
en("A", CHI, "anyone know if the DMV on Western takes walk-ins on a saturday morning?", "!other", "question")
en("A", NY, "Dear, we will go to the 11 o'clock service on Sunday and then the luncheon. I will save you a seat.", "sun 11:00")

en("B", LON, "clocks go forward on the 29th so we lose an hour of sleep, ugh", "!other", "timetable")
en("B", DUB, "The parent teacher meeting is Monday 30th at 4.15, can you come with me?", "03-30 16:15")
en("B", DUB, "pints after work tmrw? 6ish at Kehoe's", "+1 18:00", "typo")
en("B", NY, "Doctor appt thurs the 26th at 9:40am, need a ride", "03-26 09:40", "typo")
en("B", CHI, "Parent volunteer meeting for the spring carnival, March 25, 6-7pm, cafeteria", "03-25 18:00-19:00")
en("B", ADL, "quiz night at the Exeter sat 7.30, we need a sixth", "sat 19:30")
en("B", MEL, "heads up everyone, daylight saving ends on the 5th, clocks back an hour", "!other", "timetable")
en("B", AKL, "can we do the flat inspection walk-through on Tues 31st at 5:30?", "03-31 17:30")
en("B", "Australia/Perth", "footy at Optus this arvo, 3 of us going, you coming?", "0 14:00", "day-part")
en("B", "Africa/Johannesburg", "load shedding stage 2 from 18:00 to 20:30 tonight", "!other", "timetable")
en("B", CHI, "gate code is 4512# and we're apt 3B, buzz twice", "!other", "lookalike")
en("B", SYD, "omg concert tmrw!!! we're lining up from 4 lol", "+1 16:00", "typo")
en("B", NY, "dentist at 8:30 tmrw then haircut at 1, busy day lol", "+1 08:30; +1 13:00", "typo")
en("B", NY, "in 3 days at 10 we close on the house!! 🏡", "+3 10:00", "relative")

en("C", SYD, "Easter Sunday lunch at Nan's, 12:30, bring a salad", "04-05 12:30")
en("C", SYD, "Good Friday service at 9am at St Mary's, we'll save you a seat", "04-03 09:00")
en("C", MEL, "Spirit of Tas leaves Geelong 8pm thursday, we're on it!!", "thu 20:00")
en("C", AKL, "Anzac Day dawn service, 25 April, 6am at the cenotaph - dad wants us all there", "04-25 06:00")
en("C", ADL, "flat meeting re: the power bill, sunday 6pm in the lounge, should take an hour tops", "sun 18:00-19:00", "duration")
en("C", LON, "Sorry I missed your call, the interview was at 10 this morning and went ok I think", "!past")
en("C", NY, "Seder at the Weissmans Wednesday 7pm, bring the wine u promised", "wed 19:00", "typo")
en("C", CHI, "Cubs home opener is Thursday but I have to work", "!other", "availability")
en("C", "Australia/Brisbane", "Easter Monday family bbq at the beach 11am", "04-06 11:00")
en("C", "Australia/Darwin", "Kakadu trip - we head off 5:30am Saturday from my place", "sat 05:30")
en("C", "Australia/Perth", "Rottnest ferry is booked, Sunday 8:30 from B Shed 🚤", "sun 08:30")
en("C", LON, "council tax first instalment due 1 April, don't forget", "!deadline")
en("C", AKL, "quick one - can we do the 1:1 at 9:30 NZ time on tuesday the 7th? it'll be after our clocks go back", "04-07 09:30")

en("D", SYD, "Easter egg hunt in the park tmrw 9am for the littlies 🐣", "+1 09:00", "typo")
en("D", AKL, "heads up, clocks go back tonight at 3am, extra hour in bed", "!other", "timetable")
en("D", MEL, "netball got rained out this morning, they're rescheduling sometime", "!cancelled")
en("D", LON, "Easter Sunday mass 10.30 then lunch at ours", "+1 10:30")
en("D", NY, "Easter brunch reservation for 6 at 11:15 tomorrow, confirmed", "+1 11:15")
en("D", "Australia/Hobart", "MONA ferry 10.30 tomorrow, I've got the tickets", "+1 10:30")
en("D", DUB, "sorry lads can't do the walk tomorrow, go on without me", "!other", "reported")
en("D", ADL, "church at 9:30 tomorrow then brekkie?", "+1 09:30")
en("D", "Africa/Johannesburg", "Easter weekend traffic on the N1 is insane, we left at 5am", "!past")

en("E", LA, "beach bonfire saturday night at dockweiler, bring firewood if u can", "sat 21:00", "typo day-part")
en("E", LON, "Mum's 70th is the 25th but she doesn't want a fuss", "!other", "lookalike")
en("E", SYD, "winter solstice swim was freezing lol", "!past")
en("E", KOL, "PTM at school on Saturday 18th, 9 to 11, both parents please", "07-18 09:00-11:00")
en("E", "Asia/Manila", "Our Bible study moved to Monday 7pm because of the typhoon", "mon 19:00")
en("E", "Africa/Lagos", "my traditional wedding is on the 1st of August, 11am, you must come o", "08-01 11:00")
en("E", CHI, "prob won't get back til after 6 tmrw, eat without me", "!other", "typo")
en("E", DEN, "Gym is open 5am-11pm weekdays now", "!other", "timetable")
en("E", NY, "if it doesn't rain we might do the rooftop thing sat, idk", "!other", "hypothetical")
en("E", "America/Toronto", "Canada's Wonderland on tue! we're leaving mine at 8", "tue 08:00")
en("E", NY, "final score 7-4 Mets, what a game", "!other", "lookalike")
en("E", LA, "would love to go to Comic-Con next year", "!other", "wish")
en("E", NY, "hey its me just wanted to say the plumber is coming saturday between 8 and 10 so someone has to be home can you be there", "sat 08:00-10:00", "voice typo")
en("E", "Australia/Darwin", "Mindil markets tonight, meet at the food stalls at 6", "0 18:00")

en("F", NY, "Labor Day cookout at Uncle Ray's Monday Sept 7, 2pm", "09-07 14:00")
en("F", AKL, "daylight saving starts 27 Sept, don't be late to church that morning haha", "!other", "timetable")
en("F", AKL, "Sunday 27th netball prizegiving 10am — clocks go forward that morning so don't be late!", "09-27 10:00")
en("F", LON, "bank holiday bbq monday 1pm at ours, bring your own meat", "mon 13:00")
en("F", LON, "Fringe show tonight 9.40 at the Pleasance, I got you a ticket", "0 21:40", "day-part")
en("F", SYD, "Fathers Day brekkie at the cafe 8:30 sun the 6th", "09-06 08:30", "typo")
en("F", MEL, "AFL final 7:50pm friday at the G, tickets sorted 🏉", "fri 19:50")
en("F", CHI, "kids start school on the 2nd, drop off is 7:45", "!other")
en("F", LA, "gave my Dodgers tix for sept 12 to my brother, can't go anymore", "!cancelled", "typo")
en("F", "Africa/Johannesburg", "Heritage day braai at ours, the 24th from 12", "09-24 12:00")
en("F", "America/Halifax", "orientation for new volunteers is Sept 3, 6:30–8pm at the legion", "09-03 18:30-20:00")
en("F", LON, "the 8:15 from Clapham is always rammed", "!other", "habit")
en("F", "Africa/Lagos", "Please we will meet on Saturday by 4pm for the rehearsal, dont come late", "sat 16:00", "typo")

en("G", AKL, "brunch sun 27th? clocks go forward the night before so maybe 11 not 10", "09-27 11:00")
en("G", AKL, "swimming lessons start up again Saturday 8:15, I'll take Mia", "sat 08:15")
en("G", SYD, "NRL grand final is Sunday 4 Oct, party at ours from 6", "10-04 18:00")
en("G", SYD, "long weekend coming, clocks go forward sunday 4th", "!other", "timetable")
en("G", ADL, "the 21st of Oct is our anniversary, 20 years!", "!other", "lookalike")
en("G", NY, "Kol Nidre is Sunday at 6:45pm, we'll meet you outside the shul", "sun 18:45")
en("G", LON, "can we move piano to tuesday 5pm instead of monday?", "tue 17:00", "!wd")
en("G", DEN, "my sister's flying in wednesday night, im getting her at DEN around 11", "wed 23:00", "typo day-part")
en("G", "Australia/Brisbane", "school holidays start tomorrow, no more 7am alarms", "!other")
en("G", KOL, "Durga Puja pandal hopping on 18th Oct, starting 6pm from College Street", "10-18 18:00")
en("G", "Australia/Perth", "parents evening is thurs 24th 5:30pm, both of us should go", "09-24 17:30")
en("G", NY, "I run every tuesday and thursday at 6am with Lena", "!other", "habit")
en("G", LON, "Dear all, the quarterly review will take place on Thursday 1 October from 14:00 to 15:30 in Meeting Room 2. Kind regards, Helen", "10-01 14:00-15:30", "formal")
en("G", "Asia/Manila", "Pls attend the barangay assembly this Sunday at 2pm in the covered court", "sun 14:00", "typo")

en("H", SYD, "labour day monday - harbour cruise 11am with the Wongs", "mon 11:00")
en("H", MEL, "grand final was epic, still hoarse", "!past")
en("H", ADL, "Reminder: daylight saving begins this Sunday at 2am, set your clocks forward", "!other", "timetable")
en("H", ADL, "yoga in the park sunday 8am, first one with daylight saving so it'll feel like 7 lol", "sun 08:00")
en("H", NY, "Columbus Day parade is the 12th, I'm marching with the band, meet at 10 on 44th st", "10-12 10:00")
en("H", "America/Halifax", "thanksgiving dinner at ours monday the 12th, 5pm", "10-12 17:00")
en("H", "Africa/Johannesburg", "matric dance is the 9th, we need to leave by 5 for photos", "10-09 17:00")
en("H", "Australia/Hobart", "footy training's moved to 5pm now daylight saving's here", "!other", "habit")
en("H", CHI, "fall conferences are booked for Oct 8, 4:10–4:30, Ms. Patel's room", "10-08 16:10-16:30")
en("H", LA, "Need the signed permission slip back by Friday", "!deadline")
en("H", "Australia/Perth", "ok so mums flight gets in at like 6 40 tomorrow morning I'll grab her and then we can do brekkie", "+1 06:40", "voice typo")

en("I", LON, "half term starts the 26th, we're off to Cornwall on Saturday the 24th, leaving at 7", "10-24 07:00")
en("I", LON, "dinner at Dishoom Sunday 25th 7pm, clocks go back that morning so no excuse for being late", "10-25 19:00")
en("I", LON, "Sat 24th football at 10 and Sunday 25th lunch at Nan's at 1 — remember the clocks go back in between", "10-24 10:00; 10-25 13:00")
en("I", DUB, "Halloween party at ours 31st, 8pm, costumes mandatory 🎃", "10-31 20:00")
en("I", NY, "early voting starts 10/24, I'm going that Saturday at 9 with mom", "10-24 09:00")
en("I", NY, "Election Day is Nov 3, polls open 6am–9pm", "!other", "timetable")
en("I", CHI, "marathon's sunday the 11th — oh wait, that was last week lol", "!past")
en("I", LA, "trick or treating with the kids sat 31st, starting 5:30 on our block", "10-31 17:30")
en("I", "America/St_Johns", "choir concert at the Basilica sunday nov 1, 2:30pm", "11-01 14:30")
en("I", SYD, "Melbourne Cup lunch tuesday 3 November, 12 o'clock, dress up", "11-03 12:00")
en("I", AKL, "Labour weekend camping — we leave Fri 23rd at 4 from the flat", "10-23 16:00")
en("I", PHX, "no DST here so the 9am call with the NY office moves to 7am for us from november", "!other", "timetable")
en("I", KOL, "Diwali puja at 7pm on 8 Nov at our place, then dinner", "11-08 19:00")
en("I", DEN, "if the pass is open we could drive to Aspen on saturday", "!other", "hypothetical")
en("I", CHI, "Hi Dr. Okafor, confirming our call on Wednesday, October 21 at 10:00 AM CT.", "10-21 10:00", "formal")

en("J", NY, "reminder: fall back this weekend, sunday 2am becomes 1am", "!other", "timetable")
en("J", NY, "im voting tuesday at 7am b4 work, anyone want to come", "tue 07:00", "typo")
en("J", CHI, "Bears watch party sunday noon @ jamies", "sun 12:00", "typo")
en("J", LA, "Dia de los muertos at olvera st on monday the 2nd, let's go after work around 6", "11-02 18:00", "typo")
en("J", LON, "since the clocks went back it's dark by 5, hate it", "!other")
en("J", "America/Halifax", "Remembrance Day at the cenotaph Wed Nov 11, 10:45 — we're going to watch Dad march", "11-11 10:45")
en("J", "America/Anchorage", "moose hunting trip got called off, too much snow", "!cancelled")
en("J", "Pacific/Honolulu", "surf lessn thursday 7am at Waikiki, I booked us both", "thu 07:00", "typo")
en("J", PHX, "hockey game is at 7 on Saturday, the rest of the country changes clocks that night but not us", "sat 19:00")
en("J", NY, "Sam said she and Mike are going to the Knicks game friday at 7:30, not my thing", "!other", "reported")
en("J", KOL, "team offsite on 5th Nov, bus leaves office 8am sharp", "11-05 08:00")
en("J", CHI, "in two weeks on thursday is Ava's science fair, 6pm in the gym, we should both go", "11-12 18:00", "relative-plus-date")

en("K", NY, "Christmas Eve dinner at 6, my parents' house, dont be late", "12-24 18:00", "typo")
en("K", NY, "New Year's Eve party at Tom's, starts at 9", "12-31 21:00")
en("K", LON, "shops shut at 4 on christmas eve so get the sprouts before", "!other", "timetable")
en("K", SYD, "Christmas Day swim at Bronte 7am, then pressies", "12-25 07:00")
en("K", SYD, "Sydney to Hobart start is boxing day 1pm, we're watching from the Heads", "12-26 13:00")
en("K", AKL, "carols by candlelight was cancelled bc of the wind", "!cancelled", "typo")
en("K", CHI, "wait did Hanukkah already end? thought it was this week", "!past", "question")
en("K", KOL, "Christmas midnight mass at St Paul's on the 24th, we leave home at 11pm", "12-24 23:00")
en("K", "Asia/Manila", "Simbang Gabi 4am tomorrow, last one before Noche Buena, sama ka?", "+1 04:00")
en("K", "Africa/Lagos", "we're travelling to the village on the 27th, bus at 6am from Jibowu", "12-27 06:00")
en("K", DEN, "Ski day at Loveland Jan 2, leaving at 6 sharp", "01-02 06:00")
en("K", "America/Halifax", "New Year's Day polar dip at Chocolate Lake, 2pm, who's in??", "01-01 14:00")
en("K", NY, "Return all holiday gifts by Jan 15 for a full refund", "!deadline")
en("K", NY, "I wish we could all do Christmas at the cabin again", "!other", "wish")
en("K", SYD, "my cousin's doing christmas in Fiji, lucky thing", "!other", "reported")
en("K", "Asia/Singapore", "gym's closed 25 and 26 Dec, reopens 27th 7am", "!other", "timetable")
en("K", "Asia/Kathmandu", "trek briefing in the hotel lobby on 28 Dec, 5:30pm", "12-28 17:30")

en("L", NY, "sunday's long run is still 8am even tho we spring forward, meet at the reservoir", "sun 08:00", "typo")
en("L", CHI, "St Patrick's parade downtown is Saturday the 13th — meeting at the Wrigley Building 10:30", "03-13 10:30")
en("L", LA, "my mom lands at LAX on the 16th at 3:20pm, I'm picking her up", "03-16 15:20")
en("L", DEN, "Dr. Ruiz at 2:45 on 3/18", "03-18 14:45")
en("L", LON, "St Patrick's day session at Biddy Mulligan's, the 17th from 6", "03-17 18:00")
en("L", DUB, "Paddy's day parade — we're meeting at the Spire at 11, don't be late", "03-17 11:00")
en("L", SYD, "ferry strike tomorrow so I'm working from home", "!other")
en("L", AKL, "Pasifika festival sat 20th - meet at the Western Springs gate 11", "03-20 11:00")
en("L", NY, "do u know if the post office is open on saturdays", "!other", "question typo")
en("L", "America/Toronto", "March break starts friday, kids are at grandma's all week", "!other", "reported")
en("L", "America/St_Johns", "dentist for both kids wed 17th 3:30 — I'll grab them early from school", "03-17 15:30")
en("L", PHX, "spring training games start at 1:05, the Cubs one is saturday", "!other", "timetable")

en("M", LON, "Easter Sunday egg hunt at Kew, 10am — clocks go forward that morning so set an alarm", "03-28 10:00")
en("M", LON, "Good Friday hot cross buns at mine, 11?", "03-26 11:00")
en("M", NY, "Easter egg hunt on the church lawn Sunday 10:30, kids bring baskets", "sun 10:30")
en("M", SYD, "clocks go back next sunday, the 4th", "!other", "timetable")
en("M", SYD, "Easter Monday at the Royal Easter Show, train at 9 from Central", "03-29 09:00")
en("M", MEL, "Comedy Festival show Sat 3 April 9.45pm, I've got 4 tix", "04-03 21:45", "typo")
en("M", AKL, "sunday 4 april dinner at mum's 6pm, first night of winter time haha", "04-04 18:00")
en("M", ADL, "book club's off this month, Sandra's moving house", "!cancelled")
en("M", CHI, "I'll probably be free after 4 on friday if you need help moving", "!other", "availability")
en("M", "Africa/Johannesburg", "Human Rights Day was a washout, rained all day", "!past")
en("M", NY, "ran the Central Park 10k in 52:14 this morning 💪", "!past", "lookalike")

# Russian
def ru(*a):
    L("ru", *a)


MSK, RIX, BER, TLL, VNO = ("Europe/Moscow", "Europe/Riga", "Europe/Berlin", "Europe/Tallinn",
                           "Europe/Vilnius")
HEL, PRG, WAW, KYV, KIV = ("Europe/Helsinki", "Europe/Prague", "Europe/Warsaw", "Europe/Kyiv",
                           "Europe/Chisinau")
JRS = "Asia/Jerusalem"

ru("A", MSK, "Родительское собрание в четверг в 18:30, кабинет 214", "thu 18:30")
ru("A", NY, "в воскресенье 8-го идём в «Самовар» на день рождения Лены, в 6 вечера", "03-08 18:00")
ru("A", MSK, "8 марта у мамы, приезжайте к двум", "03-08 14:00")
ru("A", BER, "Термин в Ausländerbehörde 30.03 в 9:15, пойдёшь со мной?", "03-30 09:15")
ru("A", MSK, "Вчера были в театре, очень понравилось", "!past")
ru("A", "Europe/Minsk", "Экзамен по вождению перенесли на 11 марта, в 8 утра", "03-11 08:00")
ru("A", TLL, "у нас тренировки по средам в 19, приходи как-нибудь", "!other", "habit")
ru("A", JRS, "Пуримшпиль в общине во вторник в 19:30, дети в костюмах", "tue 19:30")
ru("A", NY, "Оплатить квитанцию за свет до 15-го", "!deadline")
ru("A", "Asia/Yekaterinburg", "Завтра в 7 утра выезжаем на Таганай, будь гатов", "+1 07:00", "typo")
ru("A", KYV, "Если будет свет, посмотрим кино вечером", "!other", "hypothetical")
ru("A", BER, "Школьная экскурсия 31 марта, выезд в 7:45, Соня едет, а я нет", "!other", "reported")
ru("A", MSK, "Встреча с нотариусом в среду в 15:00, возьми паспорт!!! и снилс", "wed 15:00")
ru("A", RIX, "Кто завтра на хокей? 19:00, Арена", "+1 19:00", "typo")
ru("A", LON, "Концерт в Альберт-холле 31 марта в 19:30, бери отгул на вечер", "03-31 19:30")

ru("B", RIX, "В воскресенье 29-го переводят часы, не проспи на самолёт в 7:40", "03-29 07:40")
ru("B", BER, "чо в субботу в икею? часиков в 11", "sat 11:00", "typo")
ru("B", PRG, "Собеседование во вторник 31-го в 10:00, держите кулаки", "03-31 10:00")
ru("B", HEL, "Сауна в пт вечерком? в 19 норм? часа на два", "fri 19:00-21:00", "duration")
ru("B", MSK, "Приём у невролога 24 марта в 16:20, напомни мне", "03-24 16:20")
ru("B", JRS, "В пятницу 27-го часы переводят на летнее, не забудьте", "!other", "timetable")
ru("B", VNO, "Встреча выпускников 4 апреля в 18:00, ресторан «Неринга»", "04-04 18:00")
ru("B", WAW, "кароч, в понедельник 30-го к 8 утра к педиатру с мелким, отпросись", "03-30 08:00", "typo")
ru("B", KYV, "Концерт перенесли, новую дату пока не объявили", "!cancelled")
ru("B", KIV, "Крестины Даниэля в воскресенье 29-го в 11, в церкви на Ботанике", "03-29 11:00")
ru("B", "Asia/Tashkent", "Навруз отмечаем у нас 21-го, начало в 13:00, плов будет", "03-21 13:00")
ru("B", TLL, "Переезд в новую квартиру 28-го, начинаем в 8 утра — кто поможет, пицца с меня", "03-28 08:00")
ru("B", HEL, "Экзамен YKI 2 апреля в 9:00, трясусь", "04-02 09:00")
ru("B", KYV, "Мамин юбилей 31-го, сбор в 18 у ресторана", "03-31 18:00")
ru("B", NY, "Урок фортепиано был в 4, а я забыла", "!past")
ru("B", RIX, "Уважаемые коллеги, приглашаем вас на презентацию проекта 2 апреля в 11:00 (по рижскому времени), зал 3.", "04-02 11:00", "formal")

ru("C", MSK, "Седня в 7 вечера созвон с заказчиком", "0 19:00", "typo day-part")
ru("C", BER, "После перевода часов у меня всё сбилось, сплю до обеда", "!other")
ru("C", JRS, "Пасхальный седер у нас в среду в 19:30, приходите с детьми", "wed 19:30")
ru("C", RIX, "Православная Пасха в этом году 12 апреля, на всенощную пойдём 11-го к 23:30", "04-11 23:30")
ru("C", "Asia/Novosibirsk", "Во вторник в 14:00 по Новосибирску вебинар, ссылку скину", "tue 14:00")
ru("C", MSK, "Обычно по понедельникам у нас планёрка в 10", "!other", "habit")
ru("C", NY, "Тренер сказал, что сборы начинаются 6 апреля, но я не еду", "!other", "reported")
ru("C", "Asia/Vladivostok", "В субботу на рыбалку, выезд в 5 утра от моего дома", "sat 05:00")
ru("C", "Asia/Tbilisi", "Поедем в Мцхету в четверг? часов в 10 мб", "thu 10:00", "typo")
ru("C", KYV, "в четверг в 17:30 у стоматолога, потом могу встретиться", "thu 17:30")
ru("C", MSK, "Дав завтра в обед пересечёмся у метро? щас скину какое", "+1 12:00", "typo day-part")
ru("C", BER, "Вечером в четверг вязальный кружок у Инги, с 19 до 21", "thu 19:00-21:00")

ru("D", MSK, "Завтра Вербное воскресенье, в 9 идём на службу", "+1 09:00")
ru("D", RIX, "Завтра католическая Пасха, но мы празднуем через неделю", "!other")
ru("D", BER, "Ostern у Хельги завтра в 13:00, я торт несу 🎂", "+1 13:00")
ru("D", HEL, "жду в 15 у Kamppi, паспорт не забуть", "0 15:00", "typo")
ru("D", MSK, "Суббота, а я на работе до восьми", "!other")
ru("D", JRS, "Вчера ходили на Масличную гору, жара", "!past")
ru("D", TLL, "кто-нибудь знает, до скольки сегодня работает Призма?", "!other", "question")
ru("D", RIX, "Поезд на Вильнюс сегодня в 18:20, доеду к 23", "0 18:20")

ru("E", MSK, "В субботу шашлыки на даче, электричка в 9:15 с Ярославского", "sat 09:15")
ru("E", "Asia/Novosibirsk", "Завтра в 18:00 сбор у фонтана, идём на Обь купатся", "+1 18:00", "typo")
ru("E", "Europe/Minsk", "В воскресенье в 11 крестный ход, мама зовёт, пойдёшь?", "sun 11:00")
ru("E", "Asia/Yekaterinburg", "Отпуск с 20 июля по 3 августа, меня не будет", "!other", "availability")
ru("E", PRG, "счёт 3:1 в пользу Спарты, я в шоке", "!other", "lookalike")
ru("E", "Asia/Almaty", "На Медеу в вс утром, часов в 8, кто с нами?", "sun 08:00", "day-part typo")
ru("E", MSK, "хочу когда-нибудь на Байкал летом", "!other", "wish")
ru("E", "Europe/Kaliningrad", "Завтра с 9 до 13 отключат воду, набери ванну", "!other", "timetable")
ru("E", NY, "Мы с девочками идём на Брайтон в субботу в 4, ты снами?", "sat 16:00", "typo")
ru("E", "Asia/Tashkent", "Той у Рустама 25 июля в 18:00, ресторан «Афсона», всех ждут", "07-25 18:00")
ru("E", MSK, "Такси в аэропорт завтра на 5:30 заказал, рейс в Сочи", "+1 05:30")
ru("E", MSK, "Ремонт лифта с 20 по 24 июля, лифт не работает", "!other", "timetable")
ru("E", BER, "Футбол в парке каждую среду в 18, залетай", "!other", "habit")
ru("E", MSK, "Через три дня в 10 утра выписывают папу, заберём вместе", "+3 10:00", "relative")

ru("F", MSK, "1 сентября линейка в 9:00, Маша идёт в первый класс 🎒", "09-01 09:00")
ru("F", KYV, "В понедельник 31-го в 10 собрание для родителей первоклашек", "08-31 10:00")
ru("F", "Asia/Novosibirsk", "Уроки в этом году начинаются в 8:30, а не в 8", "!other", "timetable")
ru("F", BER, "Мы переезжаем 12 сентября, поможешь? Начинаем в 9 утра", "09-12 09:00")
ru("F", VNO, "Продлить страховку до 1 сентября, иначе штраф", "!deadline")
ru("F", MSK, "В пятницу в 19:30 у нас с тобой столик в «Пушкине», не забуть", "fri 19:30", "typo")
ru("F", "Europe/Minsk", "День города отменили из-за погоды", "!cancelled")
ru("F", "Asia/Vladivostok", "Тайфун идёт, все пикники на выходных отменяются", "!cancelled")
ru("F", KYV, "Тревога была ночью, спали в коридоре", "!past")
ru("F", PRG, "Бывший сосед говорил, что переезжает в Брно в сентябре", "!other", "reported")
ru("F", MSK, "Через две недели в субботу дача у Светы, к 12, отметь себе", "09-12 12:00", "relative-plus-date")

ru("G", MSK, "Завтра субботник в 10, сбор у подьезда", "+1 10:00", "typo")
ru("G", RIX, "Свадьба Кати 3 октября, регистрация в 14:00 в Доме Черноголовых", "10-03 14:00")
ru("G", JRS, "Йом Кипур в воскресенье, приходите к нам на трапезу перед постом в 17:00", "sun 17:00")
ru("G", PRG, "Выставка закрылась ещё на прошлой неделе, не успели", "!past")
ru("G", NY, "Родительский день в лагере закончился, все устали", "!past")
ru("G", MSK, "Ты в курсе, во сколько завтра начинается матч Спартака?", "!other", "question")
ru("G", "Asia/Yerevan", "Поход на Арагац в воскресенье, выезжаем в 6:30 от площади Республики", "sun 06:30")
ru("G", "Asia/Almaty", "Наш рейс в Стамбул 30-го в 4 утра, держи в курсе плз", "09-30 04:00", "typo")
ru("I", BER, "бабушка прилетает во вторник 27-го в 14:35 в BER, встретишь со мной?", "10-27 14:35")
ru("G", TLL, "Во сколько открывается Ülemiste в воскресенье?", "!other", "question")
ru("I", LON, "Сессия с психологом перенеслась на четверг 29-го в 18:15", "10-29 18:15")

ru("H", MSK, "День учителя в школе в понедельник 5-го, концерт в 12", "10-05 12:00")
ru("H", KYV, "В субботу 10-го крестины у Оли в 12:00, потом обед", "10-10 12:00")
ru("H", RIX, "В пятницу 30-го корпоратив в 19:00, дресс-код кэжуал", "10-30 19:00")
ru("H", HEL, "Напоминаю: в воскресенье 25-го часы на час назад", "!other", "timetable")
ru("H", BER, "Концерт в Филармонии 27.10 в 20:00, билеты у меня 🎻", "10-27 20:00")
ru("H", "Asia/Novosibirsk", "Мне в пятницу на МРТ к 8:40, отвезёш?", "fri 08:40", "typo")
ru("H", MSK, "Завтро в 6 вечера собрание жильцов в подъезде, приходи плз", "+1 18:00", "typo")
ru("H", VNO, "Могу в любой день после 17, кроме четверга", "!other", "availability")
ru("H", WAW, "Рейс в Киев отменили, ждём новостей", "!cancelled")
ru("H", PRG, "Дегустация вина в субботу 24-го в 16:00, я записала нас двоих 🍷", "10-24 16:00")
ru("H", RIX, "Спектакль в Новом Рижском театре 29 октября в 19:00, места в 5 ряду", "10-29 19:00")
ru("H", MSK, "Послезавтра в 9 утра сдаём кровь, натощак!", "+2 09:00", "relative")

ru("I", RIX, "Осенний забег в воскресенье 25-го, старт в 10 у Памятника Свободы — часы переводят в ту же ночь!", "10-25 10:00")
ru("I", WAW, "Во вторник 27-го в 17:00 собрание жильцов, приходи", "10-27 17:00")
ru("I", PRG, "В понедельник 26-го в 20:00 ужин у Петра и Марты, я уже сказала, что мы придём", "10-26 20:00")
ru("I", KIV, "Храмовый праздник в селе 26 октября, бабушка ждёт к 10", "10-26 10:00")
ru("I", NY, "Хэллоуин в субботу 31-го, дети идут с друзьями, мы дома", "!other", "reported")
ru("I", NY, "Выборы 3 ноября, голосовать пойдём утром в 8 вместе", "11-03 08:00", "day-part")
ru("I", MSK, "Прошлой осенью ездили в Питер на выходные, было круто", "!past")
ru("I", KYV, "Если отключат свет, занятие переносим онлайн", "!other", "hypothetical")
ru("I", JRS, "Суккот уже прошёл, а шалаш всё стоит", "!past")
ru("I", JRS, "Часы у нас переводят 25-го, а у вас нет — учти, созвон в понедельник в 19 по Израилю", "mon 19:00")
ru("I", TLL, "Пн 26-го в 9 утра защита проекта, потом в 18 отмечаем в баре", "10-26 09:00; 10-26 18:00")
ru("I", "Asia/Yekaterinburg", "Концерт Би-2 во вторник в 19:00, два билета есть, пойдёшь? ответь плиз", "tue 19:00", "typo")
ru("I", BER, "Курсы немецкого с 2 ноября по понедельникам и средам в 18:00, на первое занятие иду обязательно", "11-02 18:00")
ru("I", HEL, "Баня у Пекки в субботу 31-го с 17 до 21, веники с меня", "10-31 17:00-21:00")
ru("I", VNO, "Родительское собрание в понедельник 26-го в 18:00, пойду я", "10-26 18:00")
ru("I", MSK, "Уважаемый Иван Петрович, подтверждаю нашу встречу в пятницу, 23 октября, в 15:00.", "10-23 15:00", "formal")
ru("I", MSK, "Матч закончился 2:2, пенальти не было", "!other", "lookalike")

ru("J", NY, "В воскресенье 1-го часы назад, а мы в 9 утра на забег — не перепутай", "11-01 09:00")
ru("J", NY, "Посиделки у Гали в воскресенье 1-го в 7 вечера, приноси салатик плз", "11-01 19:00", "typo")
ru("J", "America/Toronto", "Шаббат у Левиных в пятницу, ждут к 17:30", "fri 17:30")
ru("J", MSK, "4 ноября выходной, поедем в Суздаль? выезд в 8 пжлст не опаздывайте", "11-04 08:00", "typo")
ru("J", BER, "Уже неделю как зимнее время, темнеет в пять", "!other")
ru("J", "Europe/Minsk", "Дзяды 2 ноября, съездим на кладбище к деду в 11?", "11-02 11:00")
ru("J", RIX, "18 ноября парад на набережной, мы идём смотреть к 10", "11-18 10:00")
ru("J", LON, "Бонфайр в четверг 5-го, фейерверк в парке в 19:30, пойдём?", "11-05 19:30")
ru("J", "Asia/Tashkent", "В четверг до 18:00 подать документы на визу", "!deadline")
ru("J", KIV, "Винный фестиваль был в начале октября, мы не успели", "!past")
ru("J", "America/Toronto", "Встреча книжного клуба в четверг 5 ноября в 19:00 в библиотеке", "11-05 19:00")
ru("J", MSK, "Кв. 47, домофон 47В, третий этаж", "!other", "lookalike")
ru("J", NY, "ну вот значит в воскресенье у нас концерт у Маши в музыкалке начало в три так что не планируй ничего", "sun 15:00", "voice")

ru("K", MSK, "Новый год у нас, приходите 31-го к 9 вечера 🎄", "12-31 21:00", "day-part")
ru("K", RIX, "Рождественская ярмарка до 7 января, работает с 11 до 22", "!other", "timetable")
ru("K", BER, "Наш сочельник 24-го в 18:00 у Тани, с гусем", "12-24 18:00")
ru("K", "Asia/Novosibirsk", "Утреник в садике в среду в 10:30, я отпросилась", "wed 10:30", "typo")
ru("K", MSK, "Сдать отчёт до 29 декабря, без вариантов", "!deadline")
ru("K", "Asia/Yekaterinburg", "Каникулы с 1 по 11 января, никуда не едем", "!other")
ru("K", MSK, "Рождество 7 января, в храм на ночную службу к 23:00 6-го", "01-06 23:00")
ru("K", KYV, "Колядовать идём 24-го вечером, в 18 у Оксаны", "12-24 18:00")
ru("K", "Europe/Minsk", "Было бы здорово встретить Новый год в Карелии", "!other", "wish")
ru("K", "Asia/Vladivostok", "В субботу 26-го ёлка во Дворце в 11, билеты купила", "12-26 11:00")
ru("K", "Asia/Tbilisi", "Старый Новый год 13 января, отмечаем у Нино в 8 вечера", "01-13 20:00")
ru("K", RIX, "Было бы неплохо съездить на Рождество в Вену, но денег нет", "!other", "hypothetical")
ru("K", TLL, "Служба 24-го в 22:00 в Домской церкви, поедем вместе", "12-24 22:00")
ru("K", MSK, "короче мы завтра едем к бабушке выезжаем часов в девять утра возьми зарядку и не забудь торт", "+1 09:00", "voice")

ru("L", NY, "В субботу 13-го в 11 утра Масленица в парке, блины и чучело", "03-13 11:00")
ru("L", NY, "Прощёное воскресенье 14-го, обед у мамы в 2", "03-14 14:00")
ru("L", NY, "В субботу в 10 бассейн, а в воскресенье в 12 у нас бранч у Лены", "sat 10:00; sun 12:00")
ru("L", MSK, "8 марта уже прошло, а цветы ещё стоят", "!past")
ru("L", RIX, "Собрание жильцов 29.03 в 18:30, вопрос по крыше", "03-29 18:30")
ru("L", BER, "Вебинар по налогам 30.03 в 10:00, регистрация по ссылке", "03-30 10:00")
ru("L", PRG, "Ты не знаешь, когда в этом году переводят часы?", "!other", "question")
ru("L", WAW, "Кароч у меня приём у гинеколога в пн 15-го в 8:20, потом на работу", "03-15 08:20", "typo")
ru("L", MSK, "Каждое утро бегаю в 6:30 вокруг пруда", "!other", "habit")
ru("L", HEL, "Лыжный поход в субботу 20-го, сбор в 9 у станцыи", "03-20 09:00", "typo")
ru("L", "Europe/Kaliningrad", "Завтра к 11 в МФЦ за паспортом, пойдёш со мной?", "+1 11:00", "typo")
ru("L", "Asia/Almaty", "Свадьба брата 27 марта, в 17:00 в ресторане «Алтын Алма»", "03-27 17:00")
ru("L", KIV, "Мэрцишор закончился, снимаю ниточку", "!other")
ru("L", BER, "Отгул 29 марта, поедем в Потсдам, выезд в 10", "03-29 10:00")

ru("M", RIX, "В воскресенье часы вперёд, а у нас в 9 утра автобус в Таллин", "sun 09:00")
ru("M", BER, "Пасха у католиков в это воскресенье, мы к Клаусу на обед в 13:00", "sun 13:00")
ru("M", MSK, "Пятница, 26-е, в 18:00 — встреча с риелтором на Профсоюзной", "03-26 18:00")
ru("M", KYV, "В понедельник 29-го в 9:30 в ЦНАП за справкой, составишь компанию?", "03-29 09:30")
ru("M", VNO, "В субботу в 23:30 стартуем на ночной велопробег, неопаздывать", "sat 23:30", "typo")
ru("M", JRS, "В пятницу переводим часы, и разницы с Москвой больше не будет", "!other", "timetable")
ru("M", NY, "Созвон с Москвой в понедельник в 11 утра по Нью-Йорку, у них будет 18", "mon 11:00")
ru("M", LON, "У Гоши день рождения в воскресенье, празднуем в пабе с 7", "sun 19:00")
ru("M", KIV, "Я в отпуске до 5 апреля, пишите на почту", "!other", "availability")
ru("M", PRG, "Пивной фестиваль в воскресенье 28-го, к 14:00 на Летну", "03-28 14:00")
ru("M", MSK, "Онлайн-урок с Берлином в понедельник в 17:00 по Москве, у них теперь разница на час меньше", "mon 17:00")
ru("M", HEL, "В среду 31-го в 18 родительское собрание, потом за покупками", "03-31 18:00")
ru("M", "Asia/Yekaterinburg", "Мой день рождения 2 апреля, но отмечать не буду", "!other", "lookalike")

# Spanish
def es(*a):
    L("es", *a)


MAD, CAN, MEX, BOG, SCL = ("Europe/Madrid", "Atlantic/Canary", "America/Mexico_City",
                           "America/Bogota", "America/Santiago")
BUE, LIM, TIJ, MVD, CCS = ("America/Argentina/Buenos_Aires", "America/Lima", "America/Tijuana",
                           "America/Montevideo", "America/Caracas")

es("A", MAD, "Cena de antiguos alumnos el sábado 11 de abril a las 21:30 en La Bola", "04-11 21:30")
es("A", LA, "la quinceañera de Daniela es el sábado 14 a las 6 de la tarde, ¿vienen?", "03-14 18:00")
es("A", CHI, "Misa de la comunidad el domingo a las 10, despues hay tamales", "sun 10:00", "typo")
es("A", BOG, "Cita en la EPS el miércoles a las 7:20 am, me acompañas?", "wed 07:20")
es("A", SCL, "Vuelta a clases hoy, los niños felices… o no", "!other")
es("A", BUE, "Asado el domingo al mediodía en lo de Fede, traé bebida", "sun 12:00", "day-part")
es("A", MAD, "El plazo para la matrícula acaba el 20 de marzo", "!deadline")
es("A", TIJ, "cruzamos a san diego el domingo 8 temprano, como a las 7 pa evitar la linea", "03-08 07:00", "typo")
es("A", LIM, "¿A qué hora cierra el Jockey los domingos?", "!other", "question")
es("A", CCS, "Mañana no hay clases por el apagón, me dijeron", "!other")
es("A", NY, "Junta de padres en la escuela de Sofi el martes 10 a las 5:30 de la tarde", "03-10 17:30")
es("A", CAN, "La cabalgata del carnaval fue ayer, qué locura", "!past")
es("A", MVD, "Las Llamadas ya pasaron, ahora a esperar el año que viene", "!past")
es("A", MAD, "Estimado Sr. López: le confirmamos su cita en la notaría el martes 31 de marzo a las 10:30. Un saludo.", "03-31 10:30", "formal")

es("B", MAD, "Procesión del Domingo de Ramos el 29 a las 11, quedamos en la plaza", "03-29 11:00")
es("B", MAD, "Ojo que el domingo 29 cambian la hora, a las 2 serán las 3", "!other", "timetable")
es("B", CAN, "Entreno de lucha canaria el lunes 30 a las 8 de la tarde, q no faltes", "03-30 20:00", "typo")
es("B", MAD, "La cremà es esta noche, nos vemos en la plaza del Ayuntamiento a las 11:30 de la noche", "0 23:30")
es("B", MAD, "Mñn a las 9 dentista y a las 18:30 tutoría del cole", "+1 09:00; +1 18:30", "typo")
es("B", MEX, "Ceremonia del equinoccio en Teotihuacán el sábado, salimos a las 5 am", "sat 05:00")
es("B", SCL, "Reunión de apoderados el martes 7 de abril a las 19:00 en el colegio", "04-07 19:00")
es("B", BUE, "El feriado del 24 vamos a la marcha, nos encontramos a las 15 en Avenida de Mayo", "03-24 15:00")
es("B", MAD, "Os recuerdo que la reunión de vecinos es el lunes 30 a las 19:30 en el portal", "03-30 19:30")
es("B", CHI, "No puedo el sábado, tengo turno doble", "!other", "availability")
es("B", BOG, "el lunes 23 es festivo, paseo a Villa de Leyva, salimos a las 6 am de la 80, puntuales xfa", "03-23 06:00", "typo")
es("B", MAD, "Me encantaría ir a Semana Santa a Sevilla pero está todo lleno", "!other", "wish")
es("B", CAN, "Vuelo a Madrid el 31/03 a las 7:10, ¿me llevas al aeropuerto?", "03-31 07:10")
es("B", "America/Santo_Domingo", "Ensayo del coro mñn a las 7 de la noche en la parroquia", "+1 19:00", "typo")
es("B", MAD, "Dentro de dos semanas, el jueves, tenemos la cena de la peña a las 21:30", "04-02 21:30", "relative-plus-date")

es("C", SCL, "El sábado en la noche se cambia la hora, el domingo almorzamos en la casa de la abuela a la 1", "sun 13:00", "!wd")
es("C", SCL, "Ojo, este sábado a medianoche se atrasa una hora el reloj", "!other", "timetable")
es("C", MAD, "Procesión del Jueves Santo, salimos de casa a las 20:00", "04-02 20:00")
es("C", MAD, "La Madrugá: el viernes a las 2 de la mañana en la Campana", "fri 02:00")
es("C", MEX, "Viernes Santo no trabajo, ¿vamos a Iztapalapa a ver la representación? salimos a las 10", "04-03 10:00")
es("C", "America/Guatemala", "Alfombras de aserrín el jueves en la noche, nos juntamos a las 9", "thu 21:00")
es("C", LIM, "El domingo de Pascua almuerzo en casa de mis tíos a la 1:30", "04-05 13:30")
es("C", BOG, "Ya fuimos a Monserrate el domingo, demasiada gente", "!past")
es("C", BUE, "Mi viejo llega a Ezeiza el 2 de abril a las 6:40, lo voy a buscar", "04-02 06:40")
es("C", CAN, "Mañana martes me operan a las 8:30, deseadme suerte", "+1 08:30")
es("C", MAD, "Todos los jueves tengo pádel a las 9, así que no cuentes conmigo", "!other", "habit")
es("C", "Pacific/Easter", "La Tapati fue en febrero, ahora todo tranquilo", "!past")
es("C", SCL, "Clases online el martes 7 de 9 a 10:30, conéctense puntuales", "04-07 09:00-10:30")

es("D", SCL, "Hoy cambia la hora, acuérdense de atrasar el reloj antes de dormir", "!other", "timetable")
es("D", SCL, "mañana domingo misa de resurrección a las 11, ya con el horario de invierno", "+1 11:00")
es("D", MAD, "Mañana a las 10 procesión del Resucitado, ¿os venís?", "+1 10:00")
es("D", MEX, "Sábado de Gloria en Xochimilco, ya estamos aquí, llega cuando puedas", "!other")
es("D", "America/Punta_Arenas", "Aquí en Magallanes no se cambia la hora, así que la videollamada de mañana sigue a las 20 hora nuestra", "+1 20:00")
es("D", MVD, "Semana de Turismo terminada, mañana de vuelta al laburo", "!other")
es("D", BOG, "Si no llueve, mañana vamos a la ciclovía desde las 7", "!other", "hypothetical")
es("D", BOG, "en 3 dias a las 10 me dan de alta 🙏", "+3 10:00", "relative typo")

es("E", MAD, "Boda de Lucía el sábado 25 de julio, la ceremonia es a las 12:30", "07-25 12:30")
es("E", MAD, "Este finde a la playa, salimos el viernes a las 4 de la tarde, xfa no lleguéis tarde", "fri 16:00", "typo")
es("E", MEX, "Nuestro camión a Oaxaca para la Guelaguetza sale el domingo a las 11 de la noche", "sun 23:00")
es("E", LIM, "Fiestas Patrias: desfile el 29, nos vemos 9am en la avenida Brasil", "07-29 09:00")
es("E", CCS, "Reunion de condominio mañana viernes 6 pm", "+1 18:00", "typo")
es("E", BUE, "Vacaciones de invierno arrancan el lunes, los chicos se van a lo de la abuela", "!other", "reported")
es("E", SCL, "Partido de la U el domingo a las 15:30, ¿vamos al estadio o q?", "sun 15:30", "typo")
es("E", MVD, "El gimnasio abre de 7 a 22 en julio", "!other", "timetable")
es("E", CHI, "Carne asada en el parque el sabado a las 2, lleven sillas", "sat 14:00", "typo")
es("E", LA, "quisiera ir a la feria del condado pero no hay lana", "!other", "wish")
es("E", "America/Panama", "Mañana a las 8 cita con migración, deseenme suerte", "+1 08:00", "typo")
es("E", "America/Costa_Rica", "Paseo a Manuel Antonio, salimos el sabado 5 am", "sat 05:00", "typo")
es("E", MAD, "Ayer fuimos a los Veranos de la Villa, concierto brutal", "!past")
es("E", CAN, "Fiesta de la Virgen del Carmen hoy a las 20:00, procesión marítima en el puerto", "0 20:00")
es("E", MEX, "oye ya quedamos con los primos el sábado vamos a ir a Chapultepec tipo 11 te paso a buscar", "sat 11:00", "voice")

es("F", SCL, "El sábado 5 en la noche se adelanta la hora; el domingo 6 nos vemos a las 10 para el trekking", "09-06 10:00", "!wd")
es("F", SCL, "Fonda del colegio el jueves 10 de septiembre a las 16:00", "09-10 16:00")
es("F", MAD, "Vuelta al cole el 8 de septiembre, ¡por fin!", "!other")
es("F", MAD, "Reunión de inicio de curso el lunes 7 de septiembre a las 17:00", "09-07 17:00")
es("F", MEX, "Grito en el Zócalo el 15, llegamos a las 8 de la noche para agarrar lugar", "09-15 20:00")
es("F", BOG, "Intercambio de amor y amistad en la oficina el viernes 18 a las 4pm", "09-18 16:00")
es("F", LIM, "El domingo 30, misa por Santa Rosa a las 10", "08-30 10:00")
es("F", BUE, "Pagar el monotributo hasta el 20", "!deadline")
es("F", CAN, "La Bajada de la Rama fue el 4 de agosto, ya se acabó", "!past")
es("F", NY, "Labor Day parade? nah, trabajo ese lunes", "!other", "availability")
es("F", "America/Asuncion", "Mañana a las 7 de la noche reunión de la comisión vecinal en el salón", "+1 19:00")
es("F", SCL, "Si hace buen tiempo el domingo 13 podríamos ir al Cajón del Maipo", "!other", "hypothetical")
es("F", TIJ, "Entrenamiento de fut los martes y jueves a las 7", "!other", "habit")

es("G", SCL, "Hoy es 18, ¡a la fonda! nos juntamos a las 8 en el Parque O'Higgins", "0 20:00")
es("G", SCL, "Mañana 19 parada militar, la vemos en la tele a las 10 en mi casa", "+1 10:00")
es("G", MEX, "El simulacro nacional es el sábado a las 12:00, ojo cuando suene la alerta", "!other", "timetable")
es("G", MAD, "Oye, ¿el cumple de Marta es el 30 o el 31?", "!other", "question")
es("G", MAD, "Comida en casa de mis suegros el domingo 27 a las 14:30", "09-27 14:30")
es("G", BOG, "Me cancelaron la cita del odontólogo, toca pedir otra", "!cancelled")
es("G", LIM, "Mi hija tiene actuación del colegio el jueves 24 a las 10, voy con el abuelo", "09-24 10:00")
es("G", LA, "El domingo a las 9 lavado de carros para la iglesia, vengan a ayudar 🚗", "sun 09:00")
es("G", NY, "Quiero algún día ver el maratón desde la primera fila", "!other", "wish")
es("G", "Pacific/Easter", "El domingo 27 a las 9 vamos a Rano Raraku con los turistas", "09-27 09:00")
es("G", MAD, "Examen de conducir el martes 29 a las 8:45 😬", "09-29 08:45")

es("H", MAD, "Vuelo a Bilbao el martes 27 de octubre a las 7:05, ya tengo la tarjeta de embarque", "10-27 07:05")
es("H", MAD, "El 12 de octubre desfile en la Castellana, quedamos a las 10:30 en Colón", "10-12 10:30")
es("H", MEX, "Día de muertos: poner la ofrenda el 31 en la noche con mi mamá", "10-31 21:00", "day-part")
es("H", BOG, "Reunion con el cliente el viernes a las 3:30pm, virtual, una hora", "fri 15:30-16:30", "typo duration")
es("H", SCL, "Ya se fue el Dieciocho, vuelta a la rutina", "!past")
es("H", BUE, "Los martes tengo inglés de 18 a 19:30", "!other", "habit")
es("H", CAN, "Reunión del AMPA el jueves 29 a las 17:30, en el salón de actos", "10-29 17:30")
es("H", CAN, "Cumpleaños de Iratxe el domingo 25 a las 13:00, ese día cambia la hora", "10-25 13:00")
es("H", LIM, "¿Sabes si el Señor de los Milagros sale en procesión el 18?", "!other", "question")
es("H", CHI, "Festival de la cosecha el sábado a las 11 en la parroquia", "sat 11:00")
es("H", "America/Guayaquil", "El 9 de octubre hay desfile, vamos a verlo a las 9 al malecón", "10-09 09:00")
es("H", CCS, "Se suspendió la excursión por la lluvia", "!cancelled")
es("H", SCL, "ya po entonces nos vemos el martes en la tarde a las 4 en el metro los héroes no te atrasí", "tue 16:00", "voice")

es("I", MAD, "Cena de empresa el jueves 29 a las 21:00, ya sé que es pronto", "10-29 21:00")
es("I", MAD, "Acordaos: la madrugada del domingo se atrasa la hora, a las 3 vuelven a ser las 2", "!other", "timetable")
es("I", MEX, "La Feria del Libro cierra el domingo, ¿vamos mañana a las 12?", "+1 12:00", "!wd")
es("I", LA, "Noche de brujas con los niños el sábado 31, salimos a las 6 a pedir dulces 🎃", "10-31 18:00")
es("I", CHI, "Elecciones el 3 de noviembre, vamos juntos a votar a las 7 de la mañana", "11-03 07:00")
es("I", NY, "Mi prima va a desfilar en el Village el 31 pero yo trabajo", "!other", "availability")
es("I", SCL, "Mñn cumple de la Trini en su depa a las 8 de la noche", "+1 20:00", "typo")
es("I", MAD, "El sábado 31 concierto en el WiZink, quedamos a las 20:00 en la puerta", "10-31 20:00")
es("I", MAD, "Pago del IBI hasta el 2 de noviembre", "!deadline")
es("I", BOG, "Mi tía dijo que viene en diciembre, pero no dijo cuándo", "!other", "reported")
es("I", MVD, "Te paso los datos: Av. 18 de Julio 1453, apto 602", "!other", "lookalike")
es("I", BUE, "Ganamos 2 a 1 con un gol en el minuto 90, lloré", "!other", "lookalike")
es("I", TIJ, "El domingo 1 se cambia la hora aquí como en San Diego, así que a misa de 9 no lleguen tarde", "11-01 09:00")
es("I", BOG, "Cordial saludo, la reunión de junta directiva se realizará el martes 20 de octubre a las 8:00 a.m. en la sala de juntas.", "10-20 08:00", "formal")

es("J", MEX, "Ofrenda en casa de la abuela el domingo 1, llegamos a las 5 de la tarde", "11-01 17:00")
es("J", TIJ, "El lunes 2 vamos al panteón a limpiar la tumba del abuelo, a las 9", "11-02 09:00")
es("J", LA, "Fiesta de disfraces el viernes a las 8 en lo de Karla, trae tu disfras", "fri 20:00", "typo")
es("J", CHI, "Junta de la liga de fútbol el martes 3 a las 6:30pm", "11-03 18:30")
es("J", CHI, "El sábado a las 5 de la tarde la fiesta de Sofi y el domingo a las 10 misa, ya con la hora cambiada", "sat 17:00; sun 10:00")
es("J", NY, "Ojo, el domingo se atrasa el reloj una hora", "!other", "timetable")
es("J", MAD, "Todos los Santos: iremos al cementerio el domingo a las 11 con la abuela", "sun 11:00")
es("J", SCL, "Halloween en el condominio el sábado a las 19, los niños disfrazados", "sat 19:00")
es("J", LIM, "Día de la Canción Criolla el 31, peña en Barranco desde las 9 de la noche", "10-31 21:00")
es("J", DEN, "Hoy se me olvidó la cita del dentista, era a las 3", "!past")
es("J", BOG, "No me esperen el sábado, me quedo trabajando", "!other")
es("J", CHI, "Hay que mandar la renovación de DACA antes del 15", "!deadline")
es("J", NY, "Bautizo de Mateo el domingo 8 de noviembre a las 12 en St. Patrick's", "11-08 12:00")
es("J", LIM, "pasado mañana a las 7 de la mañana salimos a Huacachina", "+2 07:00", "relative")

es("K", MAD, "Nochebuena en casa de los abuelos, llegamos sobre las 20:30", "12-24 20:30")
es("K", MAD, "Lotería de Navidad mañana, a ver si hay suerte", "!other")
es("K", MAD, "Cabalgata de Reyes el 5 de enero, quedamos a las 18:00 en Cibeles", "01-05 18:00")
es("K", CAN, "Las uvas en la plaza a medianoche del 31, ¿os apuntáis?", "01-01 00:00")
es("K", MEX, "Posada en la ofi el miercoles a las 7 de la noche", "wed 19:00", "typo")
es("K", MEX, "Rosca de Reyes el 6 con la familia, a las 6 de la tarde", "01-06 18:00")
es("K", BOG, "Novena de aguinaldos hoy a las 7 pm donde la tia Martha", "0 19:00", "typo")
es("K", SCL, "Año nuevo en Valpo, salimos el 31 a las 15:00 en bus", "12-31 15:00")
es("K", BUE, "Cena de Nochebuena en lo de mis viejos, 21 hs", "12-24 21:00")
es("K", CCS, "Hallacas el miércoles, mi mamá dice que a las 9 de la mañana empezamos", "wed 09:00")
es("K", LIM, "Chocolatada del barrio el 24 a las 4 de la tarde, traigan panetón", "12-24 16:00")
es("K", LA, "La pastorela de los niños fue anoche, salió preciosa", "!past")
es("K", MVD, "El 31 a la noche no puedo, me toca guardia en el hospital", "!other", "availability")
es("K", MAD, "Ojalá nieve en Nochevieja", "!other", "wish")
es("K", "America/Puerto_Rico", "Parranda el sábado 26, salimos de casa de Tito a las 10 de la noche", "12-26 22:00")
es("K", MAD, "Horario de Navidad: el 24 y el 31 cerramos a las 14:00", "!other", "timetable")
es("K", "America/Santo_Domingo", "Hay que pagar la luz antes del 28", "!deadline")

es("L", LA, "el domingo cambia la hora, la carrera de 5k es a las 8 de la mañana igual", "sun 08:00")
es("L", CHI, "Carne asada? en marzo? jaja mejor el viernes 19 a las 7 de la noche en mi casa con chili", "03-19 19:00")
es("L", NY, "Cita de inmigracion el miércoles 17 a las 8:30 am en Federal Plaza", "03-17 08:30", "typo")
es("L", MAD, "Puente de San José: nos vamos a Valencia el jueves 18 a las 17:00", "03-18 17:00")
es("L", MAD, "Reunión de equipo el lunes 29/03 a las 9:30, ya con el horario de verano", "03-29 09:30")
es("L", CAN, "¿A qué hora pasa la guagua los domingos?", "!other", "question")
es("L", MEX, "El 21 de marzo no hay clases, mis hijos se van con su papá", "!other", "reported")
es("L", SCL, "Mañana 8 de la mañana matrícula en el preu, acompañame", "+1 08:00", "typo")
es("L", BUE, "El martes 23 es feriado puente? creo que no", "!other", "question")
es("L", TIJ, "El martes 16 a las 6 de la tarde junta con el contador, q no se me olvide", "03-16 18:00", "typo")
es("L", BOG, "Semana Santa en Girardot con la familia, salimos el miércoles 24 a las 5 am", "03-24 05:00")
es("L", MAD, "Estaba pensando en apuntarme a yoga, pero no sé", "!other")
es("L", LIM, "Ya pasé el examen de manejo!! era a las 9 😅", "!past")

es("M", MAD, "Procesión del Viernes Santo mañana a las 19:30, quedamos en la puerta de la iglesia", "+1 19:30")
es("M", MAD, "Domingo de Resurrección comida en casa a las 14:00, y ojo que esa madrugada cambia la hora", "03-28 14:00")
es("M", CAN, "El lunes 29 vuelvo a Tenerife, vuelo a las 10:15", "03-29 10:15")
es("M", SCL, "El domingo 4 se atrasa la hora, así que el asado queda a las 13:00 hora nueva", "04-04 13:00")
es("M", SCL, "La once del lunes 5 a las 18:00 en la casa de la tía Pepa, ya con el horario de invierno", "04-05 18:00")
es("M", SCL, "Viernes Santo: vía crucis en el cerro a las 11", "03-26 11:00")
es("M", MEX, "Vacaciones de Semana Santa, nos vamos pa Acapulco el sabado a las 6", "sat 06:00", "typo")
es("M", LIM, "Mañana no hay misa a las 7, cambiaron el horario por Semana Santa", "!other", "timetable")
es("M", BOG, "Jueves Santo hoy: la visita a los monumentos ya la hicimos", "!past")
es("M", CHI, "Pascua con la familia de Jorge el domingo a la 1, llevo el flan", "sun 13:00")
es("M", MAD, "Si me dan vacaciones en abril me voy a Asturias", "!other", "hypothetical")

# Portuguese
def pt(*a):
    L("pt", *a)


LIS, AZO, MAD_PT, SAO, REC = ("Europe/Lisbon", "Atlantic/Azores", "Atlantic/Madeira",
                              "America/Sao_Paulo", "America/Recife")
FOR, BAH, BEL, MAO, LUA = ("America/Fortaleza", "America/Bahia", "America/Belem",
                           "America/Manaus", "Africa/Luanda")
MPM, PAR, LUX, ZRH = "Africa/Maputo", "Europe/Paris", "Europe/Luxembourg", "Europe/Zurich"

pt("A", LIS, "Jantar de anos da Rita no sábado 4 de abril às 20h30, no Ramiro", "04-04 20:30")
pt("A", SAO, "Reuniao de condominio quinta às 19h no salão de festas", "thu 19:00", "typo")
pt("A", NY, "Culto de domingo às 10h, já com o horário de verão, não se atrasem", "sun 10:00")
pt("A", NY, "Vou buscar minha mãe no Logan terça dia 10 às 15h40", "03-10 15:40")
pt("A", REC, "Consulta com a cardiologista amanhã às 8h, vc me leva?", "+1 08:00", "typo")
pt("A", LIS, "Entregar o IRS até 30 de junho", "!deadline")
pt("A", LIS, "Ontem fomos ao Dragão, 3-0, que festa!", "!past", "lookalike")
pt("A", LUA, "A reunião de pais é sexta-feira às 15h, vou eu e o teu pai", "fri 15:00")
pt("A", MAO, "Se não chover, sábado a gente vai pro encontro das águas", "!other", "hypothetical")
pt("A", AZO, "Aula de condução segunda às 9h, 30 de março", "03-30 09:00")
pt("A", LIS, "Concerto no Coliseu a 2 de abril, às 21h, já comprei os bilhetes 🎶", "04-02 21:00")
pt("A", NY, "Aniversário da Bia sábado 21 às 14h no parque, levem as crianças", "03-21 14:00")
pt("A", LIS, "Dia 30 de março às 9h temos reunião na Segurança Social, não te esqueças do cartão", "03-30 09:00")
pt("A", MPM, "Casamento do primo Nelson a 28 de março, cerimónia às 10h", "03-28 10:00")
pt("A", SAO, "oi amor então o pediatra remarcou pra quarta às três e meia da tarde vê se consegue sair mais cedo do serviço", "wed 15:30", "voice")
pt("A", LIS, "A Marta e o Rui vão ao concerto sábado, eu fico em casa", "!other", "reported")

pt("B", LIS, "Atenção: no domingo 29 os relógios adiantam uma hora", "!other", "timetable")
pt("B", LIS, "Almoço de família no domingo 29 à 1 da tarde, já com a hora de verão", "03-29 13:00")
pt("B", MAD_PT, "Amanhã às 18h30 ensaio da banda filarmónica", "+1 18:30")
pt("B", PAR, "Rendez-vous na prefeitura segunda 30 às 9h15, não posso faltar", "03-30 09:15")
pt("B", LUX, "Festa de anos do Tiago no sábado 4 de abril às 16h na casa da avó", "04-04 16:00")
pt("B", SAO, "Hj às 20h tem live da igreja, entra pelo link", "0 20:00", "typo")
pt("B", FOR, "Dia de São José, chuva garantida! Missa às 17h na matriz, vamos?", "0 17:00")
pt("B", BAH, "A formatura da Ju foi sábado passado, chorei muito", "!past")
pt("B", ZRH, "Segunda-feira dia 30, às 7h30, começo no emprego novo 😅", "!other")
pt("B", LON, "Jantar com o pessoal da obra na terça 31 às 19h, no restaurante português de Stockwell", "03-31 19:00")
pt("B", NY, "Não consigo ir no churrasco sábado, tô de plantão", "!other", "availability typo")
pt("B", MAD_PT, "Domingo 29 missa às 11h e almoço na Camacha", "03-29 11:00")
pt("B", PAR, "Aniversário do Hugo dia 1 de abril às 18h, e não é mentira 😂", "04-01 18:00")
pt("B", LIS, "Vamos ao cinema hoje às 21h40? Há sessão no Monumental", "0 21:40")
pt("B", "Atlantic/Cape_Verde", "Dia 4 de abril batizado da Nádia, às 10h na igreja da Praia", "04-04 10:00")
pt("B", "Africa/Bissau", "Reunião da cooperativa sábado às 10h, não faltem", "sat 10:00")

pt("C", LIS, "Sexta-feira Santa via-sacra às 21h na Sé, vens?", "04-03 21:00")
pt("C", LIS, "Páscoa em casa dos meus pais, almoço domingo às 13h", "sun 13:00")
pt("C", SAO, "Feriado de sexta: vamos pra praia, saída quinta às 18h pra fugir do trânsito", "thu 18:00", "!wd")
pt("C", SAO, "Domingo de Páscoa tem almoço na casa da vó às 12h, leva a sobremesa", "04-05 12:00")
pt("C", BEL, "Dentista cancelou, remarcar depois", "!cancelled")
pt("C", LUA, "4 de Abril é feriado, vamos à Ilha às 9h?", "04-04 09:00")
pt("C", SYD, "Páscoa aqui é domingo 5, e os relógios atrasam nessa madrugada; missa em português às 10h", "04-05 10:00")
pt("C", LIS, "Todas as terças tenho natação às 7h", "!other", "habit")
pt("C", AZO, "O meu voo para Lisboa sai amanhã às 6h50 de Ponta Delgada", "+1 06:50")
pt("C", MAO, "Prova de matemática quinta, tô estudando desde ontem", "!other", "typo")
pt("C", "America/Porto_Velho", "Sexta-feira Santa não tem aula, as crianças ficam com a avó", "!other", "reported")
pt("C", LIS, "depois de amanhã às 9h vou fazer a TAC, acompanhas-me?", "+2 09:00", "relative")

pt("D", LIS, "Amanhã, domingo de Páscoa, missa às 11h e depois almoço", "+1 11:00")
pt("D", SAO, "Hoje tem Sábado de Aleluia na igreja, vigília às 20h", "0 20:00")
pt("D", SYD, "Atenção, esta noite os relógios atrasam uma hora", "!other", "timetable")
pt("D", BAH, "Malhação do Judas foi cancelada por causa da chuva", "!cancelled")
pt("D", MPM, "O jogo do Maxaquene acabou 2-1, que sofrimento", "!other", "lookalike")
pt("D", LIS, "Quero muito ir a Marrocos nas férias da Páscoa", "!other", "wish")
pt("D", MAD_PT, "Amanhã às 10h caminhada na Levada do Rei, levem casaco", "+1 10:00")
pt("D", FOR, "Tá aberto o mercado hoje? Até que horas?", "!other", "question typo")

pt("E", LIS, "Jantar de aniversário do Zé no sábado às 20h, na esplanada", "sat 20:00")
pt("E", SAO, "Festa julina da escola sábado 25, das 14h às 18h, a gente vai", "07-25 14:00-18:00")
pt("E", REC, "Amanha às 16h tem jogo do Sport, bora?", "+1 16:00", "typo")
pt("E", LIS, "Queima das Fitas? Isso foi em maio", "!past")
pt("E", "America/Cuiaba", "O voo pra Brasilia sai domingo às 7h10, me deixa no aeroporto?", "sun 07:10", "typo")
pt("E", LUX, "As férias começam sexta, vamos para Portugal de carro, saída às 5h da manhã", "fri 05:00")
pt("E", PAR, "Vou chegar em casa lá pras 19h, não esperem pro jantar", "!other")
pt("E", FOR, "Piscina do clube abre das 8h às 17h nas férias", "!other", "timetable")
pt("E", BEL, "Tô pensando em ir pra Alter do Chão em agosto, mas não sei", "!other", "typo")
pt("E", MPM, "Reunião da associação no sábado às 9h, no centro comunitário", "sat 09:00")
pt("E", "Asia/Dili", "Missa em português domingo às 8h na Catedral", "sun 08:00")
pt("E", LIS, "Pagar a prestação do carro até dia 20", "!deadline")
pt("E", NY, "Mto calor aqui, quem topa praia em Long Branch sábado? saindo às 9", "sat 09:00", "typo")
pt("E", "Asia/Macau", "Chá no Lord Stow's amanhã às 15h? 🥧", "+1 15:00")

pt("F", SAO, "7 de setembro: desfile na avenida, vamos às 8h pegar lugar", "09-07 08:00")
pt("F", SAO, "Volta às aulas dia 31, tenho que acordar cedo", "!other")
pt("F", LIS, "Regresso às aulas a 14 de setembro, reunião de pais dia 11 às 18h", "09-11 18:00")
pt("F", AZO, "Arraial no sábado das 21h à 1h na freguesia", "sat 21:00-01:00")
pt("F", REC, "Vc viu que o show do Alceu foi adiado? sem data ainda", "!cancelled", "typo")
pt("F", MAO, "Boi-bumbá já passou, agora só ano que vem", "!past")
pt("F", NY, "Labor Day churrasco na casa do Marcos segunda dia 7 às 14h", "09-07 14:00")
pt("F", LIS, "O Tiago disse que vai ao Kalorama, mas eu não", "!other", "reported")
pt("F", BAH, "Caruru de São Cosme dia 27 de setembro às 12h na casa de Dona Lia", "09-27 12:00")
pt("F", LUA, "Amanhã às 17h treino de basquete no Primeiro de Agosto", "+1 17:00")
pt("F", PAR, "Rentrée dia 1, a pequena entra na escola às 8h30", "!other")
pt("F", SAO, "Sábado 29 tem chá de bebê da Lu às 15h, leva fralda tamanho M", "08-29 15:00")

pt("G", SAO, "Eleição dia 4 de outubro, vamos votar juntos às 8h?", "10-04 08:00")
pt("G", LIS, "Piquenique em Monsanto no sábado 26 às 12h30, levem mantas", "09-26 12:30")
pt("G", SYD, "No dia 4 os relógios adiantam, mas o churrasco de domingo 27 é às 13h normal", "09-27 13:00")
pt("G", SAO, "Tô doente, não vou no aniversário amanhã", "!other", "typo")
pt("I", LIS, "Reunião com a orientadora na quarta 28 às 14h, na faculdade, coisa de uma hora", "10-28 14:00-15:00", "duration")
pt("G", MPM, "O meu número de estudante é 20231145, anota aí", "!other", "lookalike")
pt("G", "Asia/Macau", "O fogo de artifício é no sábado 3 de outubro; vamos ao Lago Nam Van às 21h", "10-03 21:00")
pt("G", NY, "Domingo 27 missa em português às 11h na igreja de Newark, depois almoço", "09-27 11:00")
pt("G", LUX, "Sexta 2 de outubro jantar da associação portuguesa às 19h30", "10-02 19:30")
pt("G", LIS, "Exmos. Senhores, informamos que a Assembleia Geral terá lugar no dia 13 de outubro, pelas 18h00, na sede.", "10-13 18:00", "formal")

pt("H", LIS, "5 de outubro é feriado, vamos a Sintra? saída às 9h", "10-05 09:00")
pt("H", LIS, "No domingo 25 muda a hora, atrasa-se uma hora", "!other", "timetable")
pt("H", LIS, "Francesinha na terça 27 às 20h, já reservei", "10-27 20:00")
pt("H", SAO, "Domingo é eleição, vou votar às 7h e depois praia", "sun 07:00")
pt("H", BEL, "Círio de Nazaré dia 11 de outubro, a gente sai de casa às 5h", "10-11 05:00")
pt("H", FOR, "Dia das crianças na segunda 12, parque as 10h c os meninos", "10-12 10:00", "typo")
pt("H", ZRH, "Consulta no médico segunda 26 às 8h15, a primeira com a hora de inverno", "10-26 08:15")
pt("H", LON, "Vou ao concerto do Caetano dia 24, sábado, às 19h30", "10-24 19:30")
pt("H", LIS, "Se o tempo ajudar, fazemos surf na Ericeira no fim de semana", "!other", "hypothetical")
pt("H", "Africa/Sao_Tome", "Amanhã às 15h reunião na câmara distrital", "+1 15:00")
pt("H", "America/Rio_Branco", "Prazo da matrícula termina sexta", "!deadline")
pt("H", LIS, "conta comigo pro futebol de quinta às 21h", "thu 21:00")

pt("I", LIS, "Jantar de curso sábado 24 às 20h no Bairro Alto", "10-24 20:00")
pt("I", LIS, "Domingo 25 às 10h corrida solidária no Parque das Nações — atenção que a hora muda nessa madrugada", "10-25 10:00")
pt("I", AZO, "Chegada do meu irmão na terça 27 às 14h10, vou buscá-lo ao aeroporto", "10-27 14:10")
pt("I", SAO, "Segundo turno domingo 25, vou votar de manhã às 9", "10-25 09:00")
pt("I", PAR, "Halloween na escola dos miúdos dia 30, às 17h, vou ajudar", "10-30 17:00")
pt("I", NY, "Festa de Halloween dia 31 às 19h no salão da igreja, tragam as crianças fantasiadas", "10-31 19:00")
pt("I", NY, "Eleição 3 de novembro, eu voto cedo às 7h antes do trampo", "11-03 07:00")
pt("I", LIS, "Magusto da escola quarta 11 de novembro às 15h, vou levar castanhas", "11-11 15:00")
pt("I", LUX, "Jantar de fados no sábado 31 às 20h, reservei mesa para quatro", "10-31 20:00")
pt("I", SAO, "quinta às 19h cinema c a Bia e sexta às 20h pizza lá em casa, bora?", "thu 19:00; fri 20:00", "typo")
pt("I", REC, "Semana passada teve o Recifest, foi top", "!past")
pt("I", LIS, "Todas as sextas jantamos em casa da minha sogra", "!other", "habit")
pt("I", "Asia/Macau", "Perguntaste a que horas abre o consulado? Das 9h às 13h", "!other", "timetable")
pt("I", MAO, "Pagar o boleto da faculdade até dia 20", "!deadline")
pt("I", ZRH, "Se houver neve, vamos esquiar em novembro", "!other", "hypothetical")
pt("I", LUA, "Deixa-me ver se consigo, ando com muito trabalho", "!other", "availability")
pt("I", SAO, "Prezados, confirmamos a reunião de alinhamento na quarta-feira, 21 de outubro, às 10h, por videoconferência.", "10-21 10:00", "formal")

pt("J", NY, "Domingo a hora volta, o culto continua às 10h, cheguem no horário", "sun 10:00")
pt("J", NY, "Sabado 31 festa de Halloween na casa da Cris às 20h 🎃", "10-31 20:00", "typo")
pt("J", SAO, "Finados segunda, vamos no cemitério às 9h levar flores pro vô", "11-02 09:00")
pt("J", LIS, "Dia de Todos os Santos: pão-por-deus com os miúdos no domingo às 10h", "sun 10:00")
pt("J", LON, "Parents evening quinta 5, às 17h20, com a professora da Leonor", "11-05 17:20")
pt("J", NY, "Quinta 5 reunião de pais às 18h30 na escola do Davi", "11-05 18:30")
pt("J", NY, "Domingo 8 batizado da Laura às 11h, na igreja de Framingham", "11-08 11:00")
pt("J", FOR, "Tenho que enviar o relatório até sexta", "!deadline")
pt("J", "Atlantic/Cape_Verde", "Ontem a festa foi até às 4h, tô morto", "!past", "typo")
pt("J", NY, "Tá cancelado o futebol de quinta, o campo tá alagado", "!cancelled", "typo")
pt("J", "America/Toronto", "Jantar de Ação de Graças? aqui já foi em outubro", "!past")
pt("J", "America/Cuiaba", "Amanha às 6h saida pro Pantanal, levem repelente", "+1 06:00", "typo")
pt("J", LIS, "olha ó esquece o jantar de sexta passou para sábado às oito e meia da noite em casa da Inês", "sat 20:30", "voice !wd")

pt("K", LIS, "Consoada em casa da avó, chegamos pelas 19h", "12-24 19:00")
pt("K", LIS, "Missa do galo à meia-noite do dia 24, vamos todos", "12-25 00:00")
pt("K", SAO, "Amigo secreto da firma qua às 17h", "wed 17:00", "typo")
pt("K", SAO, "Réveillon em Copacabana, encontro às 22h no posto 5", "12-31 22:00")
pt("K", SAO, "Ceia de natal aqui em casa as 21h, tragam a farofa", "12-24 21:00", "typo")
pt("K", BAH, "Lavagem do Bonfim quinta 14 de janeiro, saímos às 8h da Conceição", "01-14 08:00")
pt("K", LIS, "As lojas fecham às 13h no dia 24", "!other", "timetable")
pt("K", LUA, "Natal em Benguela este ano, o voo sai dia 23 às 7h", "12-23 07:00")
pt("K", MPM, "Gostava de passar o fim de ano na Ponta do Ouro", "!other", "wish")
pt("K", NY, "Vamos ver a árvore do Rockefeller sábado 26 às 18h?", "12-26 18:00")
pt("K", MAD_PT, "Fogo de artifício na passagem de ano, ficamos no Pico dos Barcelos desde as 22h", "12-31 22:00")
pt("K", BEL, "Mandei o presente pelo correio, deve chegar dia 28", "!other")
pt("K", "Asia/Dili", "Reunião da paróquia cancelada por causa das festas", "!cancelled")
pt("K", LIS, "Dia de Reis: bolo-rei em casa da tia quarta 6 às 16h", "01-06 16:00")
pt("K", SAO, "O show da virada vai ser às 23h na Paulista, mas a gente não vai", "!other", "reported")

pt("L", NY, "Domingo 14 o relógio adianta, o churrasco continua ao meio-dia", "03-14 12:00")
pt("L", NY, "Entrevista do green card dia 18 às 10h30, tô nervoso", "03-18 10:30", "typo")
pt("L", LIS, "Reunião de condomínio dia 31/03 às 21h", "03-31 21:00")
pt("L", AZO, "Jantar no Mercado dia 20/03 às 20h, somos oito", "03-20 20:00")
pt("L", LIS, "Sessão de cinema de terror domingo 28 às 22h, primeira noite com a hora de verão", "03-28 22:00")
pt("L", SAO, "Aula de inglês cancelada hoje, a professora tá doente", "!cancelled")
pt("L", REC, "Quinta às 19h culto de oração, vc vem?", "thu 19:00", "typo")
pt("L", LIS, "Daqui a duas semanas, na terça, temos a apresentação final às 15h", "03-23 15:00", "relative-plus-date")
pt("L", PAR, "Reunião da associação de pais na segunda 29 às 18h", "03-29 18:00")
pt("L", "America/Porto_Velho", "Alguém sabe que horas abre o Detran?", "!other", "question")
pt("L", LON, "Os relógios aqui mudam dia 28, aí a diferença para o Brasil fica 4 horas", "!other", "timetable")
pt("L", MAO, "Eu corria todos os dias às 6h, agora parei", "!past", "habit")
pt("L", LUX, "Daqui a 3 dias às 9h tenho exame de condução", "+3 09:00", "relative")

pt("M", LIS, "Domingo de Páscoa almoço em Viseu, saímos às 9h — a hora muda nessa noite", "03-28 09:00")
pt("M", LIS, "Sexta-feira Santa procissão do enterro do Senhor às 21h", "03-26 21:00")
pt("M", SAO, "Pascoa na casa da minha sogra domingo às 13h", "sun 13:00", "typo")
pt("M", MAD_PT, "Segunda 29 de março, reunião às 9h30 na escola, já com a hora de verão", "03-29 09:30")
pt("M", ZRH, "Vou ao Porto na Páscoa, o voo sai sábado às 6h40", "sat 06:40")
pt("M", AZO, "Consulta no centro de saúde segunda 29 às 10h", "03-29 10:00")
pt("M", LIS, "Sábado às 15h jogo do miúdo e domingo às 13h almoço em casa da avó, já na hora de verão", "sat 15:00; sun 13:00")
pt("M", NY, "Tenho que pagar o imposto até 15 de abril", "!deadline")
pt("M", LIS, "Terça às 10h dentista, depois vou trabalhar", "tue 10:00")
pt("M", SYD, "Dia 4 os relógios atrasam aqui, a chamada de domingo com o Brasil passa para as 8h", "04-04 08:00")
pt("M", MPM, "Quando é que começa o Ramadão este ano?", "!other", "question")
pt("M", LIS, "Era giro irmos todos a Tomar no verão", "!other", "wish")


def main():
    rows = build()
    out = sys.stdout
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv[1:]:
        print_stats(rows)


if __name__ == "__main__":
    main()
