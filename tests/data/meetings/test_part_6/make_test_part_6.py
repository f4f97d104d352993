#!/usr/bin/env python3
"""Sixth held-out TEST part of the meeting extractor's corpus (written blind).

`python3 make_test_part_6.py > test_part_6.jsonl` prints the data byte for byte;
`--stats` prints its counts to stderr.  Python 3 stdlib + zoneinfo only; it imports
nothing from the other parts.

Each case is (now, zone, text, label, tags):

* now   -- a reference key of NOWS ("A" .. "N"), optionally "@HH:MM" for another local
           time of the same day.
* label -- a negative kind ("past", "cancelled", "deadline", "other") or events separated
           by ";", each "<day> <HH:MM>" with an optional end "-HH:MM" (a range; an end not
           after the start is on the next day) or "+<N>m" / "+<N>h" (a duration).  <day> is
           "0" (today), "+N" (N days after now's date), a weekday "mon".."sun" (the next one
           strictly after today), "sat2" (the one a week after that), "MM-DD" (the next such
           date, today included) or "YYYY-MM-DD".  No date was computed by hand.
* tags  -- the phenomenon, register and secondary tags.  "multi", "range", "duration" and
           "emoji" are derived from the label and the text; "dst" is set when the zone's
           UTC offset changes anywhere between now and the event's start; the negative kind
           becomes "negative-<kind>".  "!wd" (not written out) exempts a line from the
           named-weekday check because it names another day on purpose (a moved plan).

Labelling decisions (those of test_part_4/README.md, kept):
numeric dates only where they read naturally (en and ru everywhere, M/D in US zones;
es only in Madrid and the Canaries; pt only in Lisbon, the Azores and Madeira); a
departure time is the trip's start; "<day> night"/"por la noche"/"à noite"/"ночью"
21:00, "tonight"/"hoy en la noche"/"hoje à noite" 20:00, "вечером" after a day 19:00,
"arvo"/"после обеда"/"à tarde"/"en la tarde"/"por la tarde" 14:00, "в обед" 12:00,
"с утра" 08:00, "early morning"/"рано утром"/"temprano"/"cedo" 07:00; approximate values
take the stated value; spoken times are read as said; habits, availability, wishes,
hypotheticals, timetables, clock-change notices, going to work or getting home, reported
plans of others the writer does not join and questions asking only for information are
negatives; proposals (also as questions), reminders of an event and organisers'
confirmations or invitations are plans; a third person's arrival the writer meets is a
plan; a plan moved in words is a plan at the new time, one postponed without a new time
or called off is negative-cancelled; a line with a past and a future event labels only
the future one; "next <weekday>" only where that weekday comes before today's; "this
<weekday>" only for a later day of this week; "in N days" only with a time;
"послезавтра"/"pasado mañana"/"depois de amanhã" +2 days; "in N weeks on <weekday>" only
where the calendar-week reading agrees with the plain one; named holidays only where the
date is stated or follows from now; no label in a wall time DST skips or repeats.

The script asserts: unique texts, well-formed labels, start > now, end > start, events
within a year, no wall time skipped or repeated by DST ("now" included), offsets equal to
zoneinfo's (they are written from zoneinfo), the reference weekdays, every weekday a
positive text names equal to the weekday of one of its events (unless "!wd"), numeric dates
only in the zones listed in NUMERIC_ZONES and agreeing (M/D in US zones, D/M elsewhere)
with a labelled date, one negative kind per negative, secondary tags only on negatives,
"multi" exactly when several events, "range"/"duration" exactly when an end.

New here:

* "after work"/"после работы"/"saliendo del trabajo"/"depois do trabalho" are not given a
  time: such lines carry a clock time as well, or are not written.
* A line that gives a meeting place and a time ("meet at the gate at 6:40 for the 7:00
  show") was avoided; each outing has one stated time.
* A group message that sets a plan for "us" (a club, a team, a family) is a plan for the
  writer; "the kids have X at 5" with a parent taking them is a plan.
* A birthday or anniversary stated as a date without a gathering is a negative (lookalike).
"""

import datetime as dt
import json
import re
import sys
from zoneinfo import ZoneInfo

PART = "test6"

NOWS = {
    "A": ("2026-03-01T11:20", "Sun"),
    "B": ("2026-03-04T09:05", "Wed"),
    "C": ("2026-03-24T18:40", "Tue"),
    "D": ("2026-03-25T13:15", "Wed"),
    "E": ("2026-03-31T08:50", "Tue"),
    "F": ("2026-08-14T16:30", "Fri"),
    "G": ("2026-09-04T10:10", "Fri"),
    "H": ("2026-09-21T19:45", "Mon"),
    "I": ("2026-09-29T07:55", "Tue"),
    "J": ("2026-10-21T12:35", "Wed"),
    "K": ("2026-10-26T21:10", "Mon"),
    "L": ("2026-12-15T10:25", "Tue"),
    "M": ("2027-03-05T17:05", "Fri"),
    "N": ("2027-03-23T08:15", "Tue"),
}

# Zones where a numeric date reads naturally, and which order it has.
NUMERIC_ZONES = {
    "es": {"Europe/Madrid", "Atlantic/Canary"},
    "pt": {"Europe/Lisbon", "Atlantic/Azores", "Atlantic/Madeira"},
}
MD_ZONES = {"America/New_York", "America/Chicago", "America/Denver",
            "America/Los_Angeles", "America/Phoenix"}

NEG_KINDS = ("past", "cancelled", "deadline", "other")
SECONDARY = ("habit", "availability", "timetable", "wish", "hypothetical",
             "reported", "lookalike", "question")
PHENOMENA = ("activity", "typo", "month-name", "emoji", "range", "multi",
             "numeric-date", "day-part", "relative", "relative-plus-date",
             "duration", "formal", "voice")
TAG_ORDER = (["negative-" + k for k in NEG_KINDS] + list(SECONDARY)
             + list(PHENOMENA) + ["dst"])

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

WEEKDAY_WORDS = {
    "en": [r"mondays?|mon", r"tuesdays?|tues?", r"wednesdays?|weds?",
           r"thursdays?|thu|thurs?", r"fridays?|fri", r"saturdays?|sat",
           r"sundays?|sun"],
    "ru": [r"понедельник\w*|пн", r"вторник\w*|вт", r"сред[аеуы]|ср",
           r"четверг\w*|чт", r"пятниц\w*|пт", r"суббот\w*|сб",
           r"воскресень\w*|вс"],
    "es": [r"lunes", r"martes", r"mi[ée]rcoles", r"jueves", r"viernes",
           r"s[áa]bados?", r"domingos?"],
    "pt": [r"segunda(?:-feira)?s?|seg", r"ter[çc]a(?:-feira)?s?",
           r"quarta(?:-feira)?s?", r"quinta(?:-feira)?s?",
           r"sexta(?:-feira)?s?", r"s[áa]bados?|sab", r"domingos?"],
}

EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2764]")

CASES = {"en": [], "ru": [], "es": [], "pt": []}


def add(lang, rows):
    CASES[lang].extend(rows)


def local_now(key):
    base, _, clock = key.partition("@")
    stamp, weekday = NOWS[base]
    if clock:
        stamp = stamp[:11] + clock
    now = dt.datetime.fromisoformat(stamp)
    assert now.strftime("%a") == weekday, (key, weekday)
    return now


def resolve_day(token, now):
    today = now.date()
    if token == "0":
        return today
    if token.startswith("+"):
        return today + dt.timedelta(days=int(token[1:]))
    m = re.fullmatch(r"(mon|tue|wed|thu|fri|sat|sun)(2?)", token)
    if m:
        ahead = (WEEKDAYS.index(m.group(1)) - today.weekday()) % 7 or 7
        return today + dt.timedelta(days=ahead + (7 if m.group(2) else 0))
    if re.fullmatch(r"\d{4}-\d\d-\d\d", token):
        return dt.date.fromisoformat(token)
    m = re.fullmatch(r"(\d\d)-(\d\d)", token)
    assert m, token
    day = dt.date(today.year, int(m.group(1)), int(m.group(2)))
    if day < today:
        day = dt.date(today.year + 1, day.month, day.day)
    return day


def wall(day, clock, zone):
    hour, minute = map(int, clock.split(":"))
    naive = dt.datetime(day.year, day.month, day.day, hour, minute)
    return checked_wall(naive, zone)


def checked_wall(naive, zone):
    tz = ZoneInfo(zone)
    a = naive.replace(tzinfo=tz, fold=0)
    b = naive.replace(tzinfo=tz, fold=1)
    assert a.utcoffset() == b.utcoffset(), ("repeated wall time", naive, zone)
    back = a.astimezone(dt.timezone.utc).astimezone(tz).replace(tzinfo=None)
    assert back == naive, ("skipped wall time", naive, zone)
    return a


def parse_event(spec, now, zone):
    m = re.fullmatch(r"(\S+) (\d\d:\d\d)(?:-(\d\d:\d\d)|\+(\d+)([mh]))?", spec)
    assert m, spec
    day = resolve_day(m.group(1), now)
    start = wall(day, m.group(2), zone)
    end, kind = None, None
    if m.group(3):
        kind = "range"
        end_day = day if m.group(3) > m.group(2) else day + dt.timedelta(days=1)
        end = wall(end_day, m.group(3), zone)
    elif m.group(4):
        kind = "duration"
        minutes = int(m.group(4)) * (60 if m.group(5) == "h" else 1)
        utc_end = start.astimezone(dt.timezone.utc) + dt.timedelta(minutes=minutes)
        end = utc_end.astimezone(ZoneInfo(zone))
        checked_wall(end.replace(tzinfo=None), zone)
    return start, end, kind


def offset_changes(now, start, zone):
    tz = ZoneInfo(zone)
    first = now.utcoffset()
    t = now.astimezone(dt.timezone.utc)
    stop = start.astimezone(dt.timezone.utc)
    while t < stop:
        if t.astimezone(tz).utcoffset() != first:
            return True
        t += dt.timedelta(hours=6)
    return stop.astimezone(tz).utcoffset() != first


def iso(moment):
    return moment.isoformat(timespec="seconds")


def named_weekdays(lang, text):
    found = set()
    low = text.lower()
    for index, pattern in enumerate(WEEKDAY_WORDS[lang]):
        if re.search(r"(?<![\w])(?:" + pattern + r")(?![\w])", low):
            found.add(index)
    return found


def numeric_dates(text):
    return [(int(a), int(b)) for a, b in
            re.findall(r"(?<![\d:.,/])(\d{1,2})[./](\d{1,2})(?![\d:]|\.\d)", text)]


def build():
    rows, seen_text, failures = [], set(), 0
    for lang in ("en", "ru", "es", "pt"):
        for number, case in enumerate(CASES[lang], 1):
            try:
                build_one(lang, number, case, seen_text, rows)
            except AssertionError as error:
                failures += 1
                sys.stderr.write("%s %d: %s\n  %r\n" % (lang, number, error, case))
    assert not failures, "%d cases fail their checks" % failures
    return rows


def build_one(lang, number, case, seen_text, rows):
    key, zone, text, label, tags = case
    rid = "test6-%s-%03d" % (lang, number)
    assert text not in seen_text, ("duplicate text", rid)
    seen_text.add(text)
    tagset = set(tags.split())
    exempt = "!wd" in tagset
    tagset.discard("!wd")
    unknown = tagset - set(SECONDARY) - set(PHENOMENA)
    assert not unknown, (rid, unknown)
    assert not tagset & {"multi", "range", "duration", "emoji"}, (rid, "derived tag written")
    now = checked_wall(local_now(key), zone)
    expect = []
    if label in NEG_KINDS:
        tagset.add("negative-" + label)
    else:
        assert not tagset & set(SECONDARY), (rid, "secondary tag on a positive")
        kinds = set()
        for spec in label.split(";"):
            start, end, kind = parse_event(spec.strip(), now, zone)
            assert start > now, (rid, "start not after now")
            assert start - now < dt.timedelta(days=365), (rid, "over a year")
            if end is not None:
                assert end > start, (rid, "end not after start")
                kinds.add(kind)
            expect.append({"start": iso(start),
                           "end": iso(end) if end else None})
            if offset_changes(now, start, zone):
                tagset.add("dst")
        tagset |= kinds
        if len(expect) > 1:
            tagset.add("multi")
        days = {dt.date.fromisoformat(e["start"][:10]).weekday() for e in expect}
        if not exempt:
            for wd in named_weekdays(lang, text):
                assert wd in days, (rid, "named weekday disagrees", WEEKDAYS[wd])
        if "numeric-date" in tagset:
            allowed = NUMERIC_ZONES.get(lang)
            assert allowed is None or zone in allowed, (rid, "numeric date in", zone)
            dates = {(int(e["start"][5:7]), int(e["start"][8:10])) for e in expect}
            pairs = numeric_dates(text)
            assert pairs, (rid, "no numeric date found")
            for a, b in pairs:
                md = (a, b) if zone in MD_ZONES else (b, a)
                assert md in dates, (rid, "numeric date disagrees", (a, b))
    if "numeric-date" in tagset and lang in NUMERIC_ZONES:
        assert zone in NUMERIC_ZONES[lang], (rid, "numeric date in", zone)
    if EMOJI_RE.search(text):
        tagset.add("emoji")
    negs = [t for t in tagset if t.startswith("negative-")]
    assert len(negs) == (0 if expect else 1), rid
    assert ("multi" in tagset) == (len(expect) > 1), rid
    has_end = any(e["end"] for e in expect)
    assert (("range" in tagset) or ("duration" in tagset)) == has_end, rid
    rows.append({"id": rid, "part": PART, "lang": lang, "text": text,
                 "now": iso(now), "tz": zone, "expect": expect,
                 "tags": [t for t in TAG_ORDER if t in tagset]})


def stats(rows):
    out = sys.stderr
    langs = ("en", "ru", "es", "pt")
    by = {lang: [r for r in rows if r["lang"] == lang] for lang in langs}
    events = sum(len(r["expect"]) for r in rows)
    ends = sum(1 for r in rows for e in r["expect"] if e["end"])
    print("lines %d: %s; events %d, with an end %d" % (
        len(rows), ", ".join("%s %d" % (l, len(by[l])) for l in langs), events, ends), file=out)
    neg = {l: sum(1 for r in by[l] if not r["expect"]) for l in langs}
    total_neg = sum(neg.values())
    print("negatives: %s = %d (%.1f %%)" % (
        ", ".join("%s %d (%.1f %%)" % (l, neg[l], 100.0 * neg[l] / max(1, len(by[l]))) for l in langs),
        total_neg, 100.0 * total_neg / len(rows)), file=out)
    for tag in TAG_ORDER:
        per = [sum(1 for r in by[l] if tag in r["tags"]) for l in langs]
        if sum(per):
            print("  %-20s %4d (%s)" % (tag, sum(per), "/".join(map(str, per))), file=out)
    pos = {l: [r for r in by[l] if r["expect"]] for l in langs}
    dst = {l: sum(1 for r in pos[l] if "dst" in r["tags"]) for l in langs}
    allpos = sum(len(pos[l]) for l in langs)
    print("dst: %s = %d/%d (%.1f %%)" % (
        ", ".join("%s %d/%d" % (l, dst[l], len(pos[l])) for l in langs),
        sum(dst.values()), allpos, 100.0 * sum(dst.values()) / max(1, allpos)), file=out)
    typo = sum(1 for r in rows if "typo" in r["tags"])
    print("typo share %.1f %%" % (100.0 * typo / len(rows)), file=out)
    for l in langs:
        zones = sorted({r["tz"] for r in by[l]})
        print("zones %s (%d): %s" % (l, len(zones), " ".join(zones)), file=out)
    print("zones in all: %d; (now, zone) pairs: %d; nows: %d" % (
        len({r["tz"] for r in rows}), len({(r["now"], r["tz"]) for r in rows}),
        len({r["now"][:10] for r in rows})), file=out)


def main():
    rows = build()
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv[1:]:
        stats(rows)


add("en", [
    ("A", "America/New_York", "dentist moved to thursday 3:15, can u grab the kids from school that day?", "thu 15:15", "activity typo"),
    ("A", "America/Chicago", "Book club is at Marcy's on Sunday the 8th at 2pm. Bring the pie you promised 🥧", "sun 14:00", "activity"),
    ("A", "America/Los_Angeles", "Reminder: parent-teacher conference Tuesday 4:40 pm, room 12B", "tue 16:40", "activity"),
    ("A", "America/Denver", "signed us up for the shamrock 10k, March 14, race starts 8 sharp", "03-14 08:00", "activity month-name"),
    ("A", "America/New_York", "ok so brunch saturday the 14th 11:30 at Lula's, I booked a table for 6", "03-14 11:30", "activity"),
    ("A", "America/St_Johns", "Kitchen party rehearsal moved up to Wednesday 7:30 pm at the Legion hall", "wed 19:30", "activity"),
    ("A", "America/Halifax", "Bonspiel draw is Saturday the 14th at 9:15 am, we're on sheet 3", "03-14 09:15", "activity"),
    ("A", "America/Phoenix", "spring training game next sat 1:05, got us 4 lawn seats ⚾", "sat 13:05", "activity typo"),
    ("A", "America/New_York", "Clocks spring forward next Sunday at 2 a.m., set the oven clock too", "other", "timetable"),
    ("A", "America/Chicago", "the recital yesterday at 3 was adorable, she nailed her solo", "past", ""),
    ("A", "America/Los_Angeles", "I swim at the Y every morning at 6 before work", "other", "habit"),
    ("A", "America/Denver", "I'm free after 4 most days this week if anyone needs a hand moving", "other", "availability"),
    ("A", "America/New_York", "Monday vet at 9:30 for Biscuit's shots, then Thursday the groomer at 2", "mon 09:30;thu 14:00", "activity"),
    ("A", "America/Chicago", "Food pantry shift this Thursday 5-7:30pm, you still in?", "thu 17:00-19:30", "activity"),
    ("A", "America/Los_Angeles", "jake's bday party got cancelled, his mom has the flu", "cancelled", ""),
    ("A", "America/New_York", "Taxes have to be filed by April 15, don't let me forget", "deadline", "month-name"),
    ("A", "America/Chicago", "3/12 at 6:30 — Cub Scouts pinewood derby in the gym, we're racing the blue car", "03-12 18:30", "activity numeric-date"),
    ("A", "America/Los_Angeles", "hey so um I talked to the contractor and he can come look at the leak on Tuesday around 10 if that works for you guys I'll be home anyway", "tue 10:00", "activity voice"),
    ("A", "America/St_Johns", "Final score 4:2 for the Growlers, what a game", "other", "lookalike"),
    ("A", "America/Halifax", "does the library open at 10 on sundays?", "other", "question timetable"),

    ("B", "America/New_York", "Dear Ms. Alvarez, your interview with the hiring panel is confirmed for Monday, March 9 at 10:00 a.m. (Eastern).", "mon 10:00", "activity formal month-name"),
    ("B", "America/Chicago", "Lunch tmrw at 12:15?? the ramen place on 5th", "+1 12:15", "activity typo"),
    ("B", "America/Denver", "ski day saturday the 14th!! first chair is 9, meet at the lodge", "03-14 09:00", "activity"),
    ("B", "America/Los_Angeles", "mom's flight lands sunday 4:20 pm at LAX, I'll pick her up", "sun 16:20", "activity"),
    ("B", "America/New_York", "Physical therapy next Tuesday 8-8:45 before work", "tue 08:00-08:45", "activity"),
    ("B", "America/Chicago", "Timmy's soccer: Sat 10am game at Riverside, Sun 1pm practice", "sat 10:00;sun 13:00", "activity"),
    ("B", "America/Phoenix", "If it doesn't rain we might hike Camelback sometime next week", "other", "hypothetical"),
    ("B", "America/New_York", "in 2 weeks on Thursday we've got the Costa Rica info night at 7, the school gym", "03-19 19:00", "activity relative-plus-date"),
    ("B", "America/Denver", "we need to renew the car registration before the 31st", "deadline", ""),
    ("B", "America/Chicago", "Mark said his band plays the Hideout on Saturday at 10, I'm not going though", "other", "reported"),
    ("B", "America/New_York", "the gym is 24/7 now btw, they changed it last month", "other", "timetable typo"),
    ("B", "America/Halifax", "Tax appointment with Doreen Monday 3:30, bring the T4s", "mon 15:30", "activity"),

    ("C", "Europe/London", "5 a side monday 8pm at powerleague, were short one", "mon 20:00", "activity typo"),
    ("C", "Europe/London", "Dinner at Nana's Sunday 1 o'clock, roast as usual 🍗", "sun 13:00", "activity"),
    ("C", "Europe/Dublin", "Rugby club AGM Thursday 7.30pm in the clubhouse, all members welcome", "thu 19:30", "activity"),
    ("C", "Europe/London", "car's booked in at Kwik Fit on the 30th at half 8", "03-30 08:30", "activity"),
    ("C", "Europe/Dublin", "Gran's 90th do is Saturday 28th, 4pm in the Strand Hotel, tell your cousins 🎉", "sat 16:00", "activity"),
    ("C", "Europe/London", "heads up, the clocks jump forward overnight saturday, we all lose an hour 😩", "other", "timetable"),
    ("C", "Europe/London", "the hospital rang, the scan's been pushed back, no new date yet", "cancelled", ""),
    ("C", "Europe/Dublin", "we're doing the charity quiz in Mulligans wednesday at 8, team name pending", "wed 20:00", "activity"),
    ("C", "Europe/London", "Choir rehearsal Thursday 7-9 at St Mary's, Easter music 🎶", "thu 19:00-21:00", "activity"),
    ("C", "Europe/London", "I used to play squash at lunch on Fridays, miss it", "other", "habit"),
    ("C", "Europe/London", "flat's 14B, door code 2210, see you at 7 tomorrow for the housewarming", "+1 19:00", "activity"),
    ("C", "Europe/Dublin", "Deadline for the grant application is Friday noon", "deadline", ""),
    ("C", "Europe/London", "fancy a pint Thurs after 6? the Crown", "thu 18:00", "activity typo"),
    ("C", "Europe/London", "Confirmation: your MOT at Halfords, Monday 30 March, 09:40.", "03-30 09:40", "activity formal month-name"),
    ("C", "Europe/Dublin", "Brian's moving to Cork on Sunday, the lads are helping him but I'm working", "other", "reported"),

    ("D", "Europe/London", "ok everyone, allotment working party on sun 10ish, bring gloves + a flask", "sun 10:00", "activity typo"),
    ("D", "Europe/London", "My sister's lot arrive on Friday at 6, can you grab them from Euston with me?", "fri 18:00", "activity"),
    ("D", "Europe/Dublin", "Easter egg hunt in the garden on the 5th at 11, all cousins invited 🐣", "04-05 11:00", "activity"),
    ("D", "Europe/London", "match sunday kicks off 2pm, c u at the ground", "sun 14:00", "activity typo"),
    ("D", "Europe/London", "parkrun this sat 9am then coffee, whos in 🏃", "sat 09:00", "activity typo"),
    ("D", "Europe/London", "in 5 days at 10 I've got the driving test, wish me luck", "+5 10:00", "activity relative"),
    ("D", "Europe/Dublin", "Would love to go to the Ireland game but tickets are gone", "other", "wish"),
    ("D", "Europe/London", "Tue 31/3 at 14:00 — practice viva with Dr Okafor, room G14", "03-31 14:00", "activity numeric-date"),
    ("D", "Europe/London", "we had the christening last Sunday, lovely day", "past", ""),
    ("D", "Europe/London", "What time does the Easter Monday market start?", "other", "question"),
    ("D", "Europe/London", "Hi all, the Scouts litter pick is on Saturday 28 March from 10:00 to 12:00, meeting at the rec gates.", "sat 10:00-12:00", "activity month-name formal"),
    ("D", "Europe/Dublin", "sorry lads cant make five a side tonight, knee's gone", "cancelled", "typo"),

    ("E", "Australia/Sydney", "easter lunch at aunty helens sunday 12:30, bring a salad pls 🥗", "sun 12:30", "activity typo"),
    ("E", "Australia/Sydney", "netball grand final moved to Monday arvo, 4pm at Olympic Park", "mon 16:00", "activity"),
    ("E", "Australia/Adelaide", "Footy on Sunday, bounce at 4:10 at Adelaide Oval, I've got the tix", "sun 16:10", "activity"),
    ("E", "Australia/Melbourne", "camping at the Prom fri to mon, we leave 6am friday", "fri 06:00", "activity !wd"),
    ("E", "Pacific/Auckland", "Dentist Tuesday 7 April at 8:15 am, Gentle Dental in Ponsonby", "04-07 08:15", "activity month-name"),
    ("E", "Pacific/Auckland", "touch rugby is off this week, field's flooded", "cancelled", ""),
    ("E", "Australia/Perth", "Brekkie Thursday 7:30 at the Cottesloe cafe? my shout", "thu 07:30", "activity typo"),
    ("E", "Australia/Sydney", "daylight saving ends sunday 3am, we get an extra hour 🙌", "other", "timetable"),
    ("E", "Australia/Adelaide", "Kids' swimming is 4:15 every Wednesday during term", "other", "habit"),
    ("E", "Australia/Melbourne", "Mum's surgery is Tuesday the 7th, 7:00 am at the Alfred, I'm driving her in", "tue 07:00", "activity"),
    ("E", "Pacific/Auckland", "hey team, working bee at the marae easter monday 9-1, kai provided", "04-06 09:00-13:00", "activity"),
    ("E", "Australia/Sydney", "That cafe shuts at 3 on public holidays, fyi", "other", "timetable typo"),
    ("E", "Australia/Perth", "Perth to Sydney is 5 hours flying, the 6:05 gets in at 2", "other", "timetable lookalike"),
    ("E", "Pacific/Auckland", "Good Friday service at 10 at St Paul's, then hot cross buns at ours", "fri 10:00", "activity"),

    ("F", "America/New_York", "Back to school night is Thursday Sept 10 at 6:30 pm, both of us should go", "09-10 18:30", "activity month-name"),
    ("F", "America/Los_Angeles", "moving truck comes Saturday the 22nd at 8am, I need all hands 🙏", "08-22 08:00", "activity"),
    ("F", "Asia/Kolkata", "Engagement ceremony on 23rd August, 11 am at the Banquet hall in Indiranagar", "08-23 11:00", "activity month-name"),
    ("F", "Asia/Kolkata", "cricket nets on monday 6:30 am, bring your own pads", "mon 06:30", "activity"),
    ("F", "Asia/Kolkata", "India won by 7 wickets, 245/3 in 42 overs, what a chase!", "other", "lookalike"),
    ("F", "Africa/Johannesburg", "Braai at ours Sunday from 1, bring your own meat and chairs 🔥", "sun 13:00", "activity"),
    ("F", "Africa/Johannesburg", "Load shedding stage 2 from 4 to 6:30 tonight, so no cooking", "other", "timetable"),
    ("F", "Africa/Lagos", "Pls the thanksgiving service is Sunday 10am, the whole family should come", "sun 10:00", "activity typo"),
    ("F", "America/New_York", "I'd kill for a beach day but I'm working every weekend this month", "other", "wish"),
    ("F", "America/Chicago", "Our anniversary is the 19th, 12 years!", "other", "lookalike"),
    ("F", "Asia/Kolkata", "Did Rohan's interview go ok yesterday?", "past", "question"),

    ("G", "America/Los_Angeles", "Labor Day bbq at the Nguyens' Monday 2pm, we're bringing ribs", "mon 14:00", "activity"),
    ("G", "America/New_York", "first day of kindergarten is Wednesday Sept 9, drop-off 8:10 😭", "09-09 08:10", "activity month-name"),
    ("G", "Europe/London", "Right, back to the office Monday, 9am start, ugh", "other", ""),
    ("G", "Europe/London", "Harvest festival at the kids' school, Friday 18 September 2:30pm, parents welcome", "09-18 14:30", "activity month-name"),
    ("G", "Australia/Sydney", "Father's Day breakfast Sunday 8am at the surf club, Dad's choice", "sun 08:00", "activity"),
    ("G", "Pacific/Auckland", "Book the ute for Saturday 19/9, 8am, we're taking the old couch to the tip", "09-19 08:00", "activity numeric-date"),
    ("G", "Asia/Kolkata", "Ganesh puja at home on the 14th at 7 pm, do come", "09-14 19:00", "activity"),
    ("G", "America/New_York", "We were gonna do the Cape this weekend but the hotel fell through", "cancelled", ""),
    ("G", "America/Phoenix", "The pool is open 6am to 9pm through Labor Day", "other", "timetable"),

    ("H", "Pacific/Auckland", "Tramping club: Sunday 8am at the Waitakere carpark, 5 hr loop", "sun 08:00+5h", "activity"),
    ("H", "Pacific/Auckland", "Parent interviews are Tuesday 29th, 3:40 and 3:50 for both boys", "09-29 15:40;09-29 15:50", "activity"),
    ("H", "Australia/Sydney", "Knights grand final watch party Sunday 4pm at ours 🏉", "sun 16:00", "activity"),
    ("H", "Australia/Adelaide", "Pottery class starts Tues the 29th, 6 to 8:30 pm", "09-29 18:00-20:30", "activity typo"),
    ("H", "Australia/Melbourne", "AFL Grand Final was brutal, 12.8 (80) to 9.11 (65)", "other", "lookalike"),
    ("H", "Australia/Melbourne", "Hey legend, BBQ at the park Sunday 4th Oct from 12, kids welcome", "10-04 12:00", "activity month-name typo"),
    ("H", "Pacific/Auckland", "Daylight saving starts Sunday, clocks go forward at 2am", "other", "timetable"),
    ("H", "America/New_York", "Rosh Hashanah was so nice at your mom's, thank her again", "past", ""),
    ("H", "America/Chicago", "Sukkot dinner in the Levins' sukkah Saturday 7:15 pm, they said come hungry", "sat 19:15", "activity"),
    ("H", "America/St_Johns", "Fall fair at the church on Saturday the 26th, 10 to 2, we're doing the bake table", "09-26 10:00-14:00", "activity"),
    ("H", "Europe/Dublin", "Can't do Thursday, could we push the call to next week?", "cancelled", ""),
    ("H", "Asia/Kolkata", "Durga puja pandal hopping on the 18th October, evening 6 onwards 🪔", "10-18 18:00", "activity month-name"),

    ("I", "Australia/Sydney", "Long weekend! beach on Monday 10am, Bronte, bring the umbrella", "mon 10:00", "activity"),
    ("I", "Australia/Adelaide", "Reminder: your physio appointment is on Tuesday 6 October at 4:45 pm with Sam.", "10-06 16:45", "activity formal month-name"),
    ("I", "Australia/Sydney", "footy trip to the gold coast sat 7am flight, don't be late lads ✈️", "sat 07:00", "activity typo"),
    ("I", "Australia/Melbourne", "Ugh I had the flu jab yesterday and my arm's dead", "past", ""),
    ("I", "Pacific/Auckland", "school holidays start Saturday so the pool's busy 9-3", "other", "timetable"),
    ("I", "Australia/Adelaide", "Hey it's Sunday the 4th for the Clare Valley wine tour, bus picks us up at 10", "10-04 10:00", "activity"),
    ("I", "Australia/Sydney", "So so the plan for Sunday is we get to Nan's at like 11 and then do the cemetery after lunch, okay, bye", "sun 11:00", "activity voice"),
    ("I", "Asia/Kolkata", "Can we do the design review on Thursday at 4:30 IST? Priya's out Friday", "thu 16:30", "activity !wd"),
    ("I", "Africa/Johannesburg", "Heritage Day was fab, so much braai", "past", ""),

    ("J", "Europe/London", "Half term: soft play Tuesday 10-12 with the twins? 🧸", "tue 10:00-12:00", "activity"),
    ("J", "Europe/London", "Bonfire night at the rugby club, Thursday 5 November, gates 6pm", "11-05 18:00", "activity month-name"),
    ("J", "Europe/London", "Quick q: are we doing the 1:1 Mon 26th at 9 or 9:30?", "other", "question"),
    ("J", "Europe/Dublin", "Halloween party Saturday 31st at 8, costumes compulsory 🎃", "10-31 20:00", "activity"),
    ("J", "Europe/London", "reminder that the clocks fall back this sunday morning, enjoy the lie-in", "other", "timetable"),
    ("J", "America/New_York", "Trick or treating on the 31st, we'll start at 5:30 from our stoop", "10-31 17:30", "activity"),
    ("J", "America/Chicago", "We vote Tuesday Nov 3 before work, polls open at 6 so let's go at 6:30", "11-03 06:30", "activity month-name"),
    ("J", "America/Los_Angeles", "Dodgers parade? never going to happen lol", "other", ""),
    ("J", "America/New_York", "dinner w/ the Parks Sat 7:30 then the kids' sleepover Sun pick-up at 10", "sat 19:30;sun 10:00", "activity typo"),
    ("J", "America/Halifax", "It's 12:35 here and 11:35 in Montreal, don't mix them up on the invite", "other", "lookalike"),
    ("J", "America/St_Johns", "Potluck Nov 1 at 5:30 at the community centre, sign up for a dish", "11-01 17:30", "activity month-name"),
    ("J", "Europe/London", "Wish we could see the Northern Lights again like last year", "other", "wish"),
    ("J", "Europe/Dublin", "Team drinks for Aoife's leaving do tomorrow 5:30 in Kehoe's", "+1 17:30", "activity"),

    ("K", "America/New_York", "11/2 at 7 pm: condo board meeting in the lobby, budget vote", "11-02 19:00", "activity numeric-date"),
    ("K", "America/Chicago", "hey can u do coffee wed 8am before my shift?", "wed 08:00", "activity typo"),
    ("K", "America/Los_Angeles", "Día de los Muertos altar build at Abuela's Sunday 11, everyone bring a photo 🌼", "sun 11:00", "activity"),
    ("K", "America/New_York", "Fall back Sunday 2am, the one good weekend of the year", "other", "timetable"),
    ("K", "America/Phoenix", "We don't change clocks here so my 9am calls will be 8am for NYC folks next week... wait no, the other way", "other", "lookalike"),
    ("K", "America/Chicago", "Thanksgiving at ours this year, Nov 26, dinner at 3", "11-26 15:00", "activity month-name"),
    ("K", "America/Halifax", "Remembrance Day service Nov 11, 10:45 at the cenotaph, we march with the Legion", "11-11 10:45", "activity month-name"),
    ("K", "Europe/London", "the boiler guy's comin thurs between 8 and 12", "thu 08:00-12:00", "activity typo"),
    ("K", "America/New_York", "just got back from the Halloween 5k, 24:18 PR!!", "past", "lookalike"),
    ("K", "America/Los_Angeles", "mandatory fire drill Tuesday the 3rd at 10:30, badge in before", "11-03 10:30", "activity"),

    ("L", "America/New_York", "Xmas eve service 5pm then dinner at ours, the whole crew", "12-24 17:00", "activity typo"),
    ("L", "America/Chicago", "NYE ball drop party @ Jen's 9pm, leave the car at home 🥂", "12-31 21:00", "activity typo"),
    ("L", "Australia/Sydney", "xmas day lunch at ours at 1, the hendersons r coming too 🎄", "12-25 13:00", "activity typo"),
    ("L", "America/Los_Angeles", "holiday party is Friday the 18th, 6 to 10 at the Gold Room, plus ones welcome", "12-18 18:00-22:00", "activity"),
    ("L", "Pacific/Auckland", "Heading to the bach Boxing Day, ferry at 7:30am", "12-26 07:30", "activity"),
    ("L", "America/Denver", "Kids' ski lesson on Jan 4, 9 to 11, then hot chocolate at the lodge", "2027-01-04 09:00-11:00", "activity month-name"),
    ("L", "America/New_York", "Carols in the square on the 20th at 4, we went last year, the kids loved it, let's go again", "12-20 16:00", "activity"),
    ("L", "Europe/London", "sorry can't do the 23rd, work do", "other", "availability"),
    ("L", "America/Chicago", "We're spending spring break 2027 in Florida, flights at 7 am on March 20", "2027-03-20 07:00", "activity month-name"),
    ("L", "Africa/Johannesburg", "Day of Reconciliation braai was yesterday, so many leftovers", "past", ""),
    ("L", "Asia/Kolkata", "Office closes at 1 on the 24th and reopens Jan 2", "other", "timetable month-name"),

    ("M", "America/New_York", "St Paddy's parade on the 17th, we're meeting at 11 on 5th & 44th 🍀", "03-17 11:00", "activity"),
    ("M", "America/Chicago", "Hey, spring forward is next weekend, remind me to move the 2 am feed", "other", "timetable"),
    ("M", "America/Los_Angeles", "Anniversary dinner at Bestia on the 14th at 7:45, don't tell her 🤫", "03-14 19:45", "activity"),
    ("M", "America/New_York", "Hi Dana, confirming our coffee chat next Thursday, March 11, 8:30 am at Blue Bottle.", "03-11 08:30", "activity formal month-name"),
    ("M", "Europe/London", "Mothering Sunday lunch on the 7th, 1pm at the Fox, table for 8 booked", "03-07 13:00", "activity"),
    ("M", "America/St_Johns", "Robbie Burns? no that was January, I mean the St Patrick's dance on the 17th at 8", "03-17 20:00", "activity"),
    ("M", "America/Halifax", "the ferry to PEI runs at 9:30 and 1:30 on weekends", "other", "timetable"),
    ("M", "America/Chicago", "She said the boss wants the numbers by Wednesday", "deadline", "reported"),
    ("M", "America/Los_Angeles", "i'll be around saturday if u want to hang, text me", "other", "availability typo"),
    ("M", "America/New_York", "we did the escape room last night, got out with 2:14 left", "past", "lookalike"),
    ("M", "America/Denver", "Ok two things: haircut Tues 9:15 and then Thurs the parent coffee at 8", "tue 09:15;thu 08:00", "activity typo"),
    ("M", "America/Phoenix", "Spring training game Sunday 1:10 at Salt River Fields, we've got the berm", "sun 13:10", "activity"),

    ("N", "Europe/London", "Easter Sunday lunch at 1 at Gran's, she's doing lamb 🐑", "03-28 13:00", "activity"),
    ("N", "Europe/London", "Good Friday hot cross bun run, 9am from the pier", "03-26 09:00", "activity"),
    ("N", "Europe/Dublin", "Hi all, the residents' meeting is Monday 29 March at 7pm in the parish hall.", "03-29 19:00", "activity formal month-name"),
    ("N", "Europe/London", "dentist on weds the 31st at 4 for the filling 😬", "03-31 16:00", "activity typo"),
    ("N", "Europe/London", "the clocks change on Sunday, so the 10am service will feel like 9", "other", "timetable"),
    ("N", "Australia/Sydney", "Royal Easter Show on Saturday, we're getting there at 9 when gates open", "sat 09:00", "activity"),
    ("N", "America/New_York", "If the weather holds we'd probably do the cherry blossoms in DC", "other", "hypothetical"),
    ("N", "Europe/Dublin", "Lecture's at 9 every Tuesday and Thursday all semester", "other", "habit"),
    ("N", "America/Chicago", "Opening day tickets! April 1 at 1:20, Wrigley, section 205", "04-01 13:20", "activity month-name"),
    ("N", "Australia/Adelaide", "Easter Monday we're driving to Victor Harbor, leaving at 8", "03-29 08:00", "activity"),
])

add("en", [
    ("C", "Europe/London", "Sunday's sorted: swimming lesson 9:30, then Lily's party 2-4 in the church hall 🎈", "sun 09:30;sun 14:00-16:00", "activity"),
    ("J", "America/New_York", "in 2 weeks on Wednesday the boiler inspection, 8 to 10 am, someone has to be home", "11-04 08:00-10:00", "activity relative-plus-date"),
    ("E", "Australia/Sydney", "tomorrow morning 7 we're doing the bridge climb, it's 3.5 hours apparently", "+1 07:00+210m", "activity day-part"),
    ("K", "America/Chicago", "ok so um Thursday we have the dentist at 8 and then Friday at like 4 the piano recital so can you take Friday off", "thu 08:00;fri 16:00", "activity voice"),
    ("M", "America/New_York", "Tonight at 8 trivia at the Brass Tap, we need a 5th 🧠", "0 20:00", "activity day-part"),
    ("H", "Pacific/Auckland", "in 6 days at 9 the kids' swimming sports, bring sunscreen", "+6 09:00", "activity relative"),
])

add("es", [
    ("A", "America/Mexico_City", "El sábado a las 2 comida en casa de mi suegra, lleven tortillas 🌮", "sat 14:00", "activity"),
    ("A", "America/Tijuana", "cita en el consulado el lunes 9 de marzo a las 8:30, ya confirmé", "03-09 08:30", "activity month-name"),
    ("A", "America/Los_Angeles", "Misa de las 12 el domingo 8 y después carne asada en el parque", "03-08 12:00", "activity"),
    ("A", "America/Bogota", "mñn a las 7am clase de spinning, me acompañas?", "+1 07:00", "activity typo"),
    ("A", "America/Santiago", "Vuelta a clases el miércoles, yo entro a las 8", "other", ""),
    ("A", "Europe/Madrid", "Reunión de la comunidad de vecinos el jueves 5 a las 19:30 en el portal", "03-05 19:30", "activity"),
    ("A", "America/Argentina/Buenos_Aires", "el martes a las 21hs cumple de Flor en Palermo, reservá vos", "tue 21:00", "activity typo"),
    ("A", "America/Lima", "Ayer fuimos al Circuito Mágico del Agua, bellísimo", "past", ""),
    ("A", "America/New_York", "El 16 de marzo a las 10 de la mañana es la audiencia de inmigración, vamos todos juntos", "03-16 10:00", "activity month-name"),
    ("A", "America/Caracas", "La luz se va de 2 a 6 todos los martes en el sector", "other", "timetable"),
    ("A", "Europe/Madrid", "Hay que pagar el IBI antes del 20 de marzo", "deadline", "month-name"),
    ("A", "America/Montevideo", "Tablado del Barrio Sur hoy a las 22, llevá abrigo que refresca", "0 22:00", "activity"),

    ("B", "Europe/Madrid", "Mascletà el domingo 15, quedamos a las 13:30 en la boca del metro", "03-15 13:30", "activity"),
    ("B", "America/Mexico_City", "junta de padres el viernes 8am en el salon de usos multiples", "fri 08:00", "activity typo"),
    ("B", "America/Chicago", "el domingo a las 11 hay bautizo de la niña, es en la parroquia de la 26", "sun 11:00", "activity"),
    ("B", "America/Santiago", "asado el sabado a las 13 donde el Pancho, cada uno con su copete 🍖", "sat 13:00", "activity typo"),
    ("B", "America/Bogota", "Entrevista con Recursos Humanos el lunes 9 a las 10:00 a.m., virtual", "03-09 10:00", "activity formal"),
    ("B", "America/Guayaquil", "La farmacia de turno abre hasta las 11 de la noche", "other", "timetable"),
    ("B", "Atlantic/Canary", "Cumple de la abuela el 7/3 a las 17:00 en el Puerto, traigan hambre", "03-07 17:00", "activity numeric-date"),
    ("B", "America/Tijuana", "si no hay fila en la garita, el sábado nos vamos de compras a San Diego", "other", "hypothetical"),
    ("B", "America/Lima", "partido de voley el jueves de 7 a 9 de la noche en el coliseo", "thu 19:00-21:00", "activity typo"),
    ("B", "Europe/Madrid", "Ganamos 3-1 a los de Getafe, partidazo", "other", "lookalike"),
    ("B", "America/La_Paz", "el viernes a las 19:00 reunión de la fraternidad para el Gran Poder, ensayo general", "fri 19:00", "activity"),
    ("B", "America/Argentina/Buenos_Aires", "Tengo turno con el traumatólogo el jueves 12 a las 16:40", "03-12 16:40", "activity"),

    ("C", "Europe/Madrid", "Procesión del Domingo de Ramos el 29, salimos de la parroquia a las 11", "03-29 11:00", "activity"),
    ("C", "Europe/Madrid", "el lunes 30 a las 9 tengo la ITV del coche, me dejas en el curro después?", "03-30 09:00", "activity typo"),
    ("C", "Atlantic/Canary", "Quedada en Las Canteras el sábado 4 de abril a las 11 para el torneo de vóley playa 🏐", "04-04 11:00", "activity month-name"),
    ("C", "Europe/Madrid", "Este finde cambian la hora, a las 2 serán las 3", "other", "timetable typo"),
    ("C", "America/Mexico_City", "Mi hermano dice que el viernes juega en el estadio, yo no voy", "other", "reported"),
    ("C", "Europe/Madrid", "Jueves 2 de abril a las 20:30, procesión del Silencio, ¿os venís?", "04-02 20:30", "activity month-name"),
    ("C", "America/Santiago", "Ensayo de la tuna mañana de 19 a 21 en la sede", "+1 19:00-21:00", "activity"),
    ("C", "America/Bogota", "la semana de receso la pasamos en Villa de Leyva, salimos el sábado a las 6 de la mañana", "sat 06:00", "activity"),
    ("C", "Europe/Madrid", "Ojalá pudiera ir a Sevilla en Semana Santa", "other", "wish"),
    ("C", "Atlantic/Canary", "El vuelo del 31/3 sale a las 7:15 de Gando, no te duermas", "03-31 07:15", "activity numeric-date"),
    ("C", "Europe/Madrid", "La entrega del TFG es el 15 de abril a las 23:59", "deadline", "month-name"),
    ("C", "America/Argentina/Buenos_Aires", "el finde largo de Semana Santa nos vamos a la costa, salimos el miércoles 1 a las 7 😎", "04-01 07:00", "activity typo"),

    ("D", "Europe/Madrid", "Quedamos el domingo 29 a las 10 para la limpieza de la playa con la asociacion 🌊", "03-29 10:00", "activity typo"),
    ("D", "Europe/Madrid", "Cena de empresa el jueves 26 a las nueve de la noche en La Tagliatella", "03-26 21:00", "activity"),
    ("D", "Europe/Madrid", "Pasado mañana a las 18:00 revisión con la matrona", "+2 18:00", "activity relative"),
    ("D", "Atlantic/Canary", "El martes 31 a las 16:00 tengo la firma en la notaría, por fin el piso", "03-31 16:00", "activity"),
    ("D", "America/Santiago", "El domingo 5 de abril a las 12 almuerzo de Pascua donde mi tía, ojo que cambia la hora", "04-05 12:00", "activity month-name"),
    ("D", "Europe/Madrid", "Ayer tuvimos la tutoría con la profe de Lucía, todo bien", "past", ""),
    ("D", "America/Mexico_City", "¿A qué hora cierra el Museo de Antropología los domingos?", "other", "question"),
    ("D", "Europe/Madrid", "Oye pues mira el miércoles uno a las cinco y media tenemos lo del fisio para tu padre y luego si quieres merendamos por ahí", "04-01 17:30", "activity voice"),
    ("D", "America/Lima", "Jueves santo en la tarde vamos a recorrer las siete iglesias, a las 4 en la Plaza de Armas", "04-02 16:00", "activity"),
    ("D", "Europe/Madrid", "El lunes 30 de marzo, de 10:00 a 13:00, jornada de puertas abiertas en el instituto; les esperamos.", "03-30 10:00-13:00", "activity formal month-name"),
    ("D", "America/Monterrey", "Se canceló la carne asada del domingo por la lluvia", "cancelled", ""),

    ("E", "America/Santiago", "el lunes a las 9 arranca el taller de cerámica, son 2 horas", "mon 09:00+2h", "activity"),
    ("E", "America/Santiago", "Misa de Resurrección el domingo a las 11 en la Catedral, vamos todos", "sun 11:00", "activity"),
    ("E", "America/Santiago", "Este sábado a medianoche se atrasa el reloj una hora", "other", "timetable"),
    ("E", "Europe/Madrid", "Viernes Santo a las 19:00 procesión del Cristo, nos vemos en la esquina de siempre", "04-03 19:00", "activity"),
    ("E", "America/Mexico_City", "Nos vamos a Acapulco el sábado, el camión sale a las 6:30 de Taxqueña", "sat 06:30", "activity"),
    ("E", "Atlantic/Canary", "pasamos por ti el lunes 6 a las 8:30 pa ir al aeropuerto", "04-06 08:30", "activity typo"),
    ("E", "America/Argentina/Buenos_Aires", "Hoy a las 20:30 hay misa por el aniversario del abuelo", "0 20:30", "activity"),
    ("E", "America/Santiago", "Los martes voy al kine a las 18:00", "other", "habit"),
    ("E", "America/Caracas", "Nos vemos el jueves a las 10 en la cola del SAIME, llega temprano", "thu 10:00", "activity"),
    ("E", "America/Bogota", "Los colombianos tenemos festivo el 2 y el 3 de abril, tres días libres", "other", "month-name"),

    ("F", "Europe/Madrid", "Fiestas del pueblo: el sábado 15 a las 12 el chupinazo y a las 23 la verbena 🎉", "08-15 12:00;08-15 23:00", "activity"),
    ("F", "America/Mexico_City", "El Grito lo vemos en casa de la comadre, el 15 de septiembre a las 10 pm", "09-15 22:00", "activity month-name"),
    ("F", "America/Santiago", "Fonda del 18 con la oficina, el jueves 17 de septiembre a las 19:00", "09-17 19:00", "activity month-name"),
    ("F", "America/Argentina/Buenos_Aires", "El domingo Día del Niño, vamos al Tecnópolis a las 11", "sun 11:00", "activity"),
    ("F", "America/Bogota", "Mi tía dice que el lunes hay paro de transporte, no se sabe a qué hora", "other", "reported"),
    ("F", "America/Lima", "Cumpleaños de Santi el sábado de 4 a 7 en el parque de diversiones, traer regalo", "sat 16:00-19:00", "activity"),
    ("F", "America/Costa_Rica", "El lunes no hay clases por el Día de la Madre, qué dicha", "other", ""),
    ("F", "Atlantic/Canary", "Tengo la tarde libre el martes si alguien se anima a algo", "other", "availability"),
    ("F", "Europe/Madrid", "En noviembre, el 7 a las 18:00, la boda de Álvaro en Toledo", "11-07 18:00", "activity month-name"),
    ("F", "America/El_Salvador", "Nos vamos a la playa el domingo a las 5 de la mañana, pasamos por ti", "sun 05:00", "activity"),
    ("F", "America/Santo_Domingo", "El concierto de Juan Luis fue brutal anoche 🎶", "past", ""),

    ("G", "America/Santiago", "Ensayo de cueca el sábado de 10 a 12 en el colegio, lleven pañuelo", "sat 10:00-12:00", "activity"),
    ("G", "America/Santiago", "Mañana a medianoche se adelanta la hora, se pierde una hora de sueño", "other", "timetable"),
    ("G", "America/Santiago", "los apoderados tenemos junta el martes a las 19:30, dicen q es obligatoria", "tue 19:30", "activity typo"),
    ("G", "Europe/Madrid", "El lunes 7 empieza el cole, a las 9 en la puerta con la mochila nueva 🎒", "09-07 09:00", "activity"),
    ("G", "America/Mexico_City", "Desfile del 16 de septiembre, llegamos a Reforma a las 8", "09-16 08:00", "activity month-name"),
    ("G", "America/Bogota", "Amor y amistad es el 19, ¿hacemos el amigo secreto el sábado 19 a las 7 de la noche?", "09-19 19:00", "activity"),
    ("G", "America/Asuncion", "Taller de guaraní el miércoles a las 18 en el centro cultural", "wed 18:00", "activity"),
    ("G", "America/Montevideo", "Voy a estar libre de 2 a 4 mañana, si querés hablamos", "other", "availability"),
    ("G", "Europe/Madrid", "El paddle de mañana se suspende, Carlos se ha torcido el tobillo", "cancelled", ""),
    ("G", "America/Los_Angeles", "Labor Day: carne asada el lunes a la 1 en el parque de Whittier", "mon 13:00", "activity"),

    ("H", "America/Santiago", "El sábado 26 a las 15 hay partido de la U, vamos a la galería", "09-26 15:00", "activity"),
    ("H", "Europe/Madrid", "Las fiestas del barrio fueron ayer, los castells preciosos", "past", ""),
    ("H", "Europe/Madrid", "el jueves 1 de octubre a las 9:30 cita en la Seguridad Social para lo del paro", "10-01 09:30", "activity month-name"),
    ("H", "America/Mexico_City", "Revisión con el dentista el jueves a las cinco menos cuarto", "thu 16:45", "activity"),
    ("H", "America/Argentina/Buenos_Aires", "El club cierra a las 22 de lunes a viernes", "other", "timetable"),
    ("H", "America/Lima", "Procesión del Señor de los Milagros el 18 de octubre, vamos a las 6 de la mañana a las Nazarenas", "10-18 06:00", "activity month-name"),
    ("H", "Atlantic/Canary", "Si me dan vacaciones en octubre iríamos a Fuerteventura", "other", "hypothetical month-name"),
    ("H", "America/Chicago", "juntita de la iglesia el miércoles a las 7, traigan algo pa compartir", "wed 19:00", "activity typo"),
    ("H", "America/Bogota", "Mañana de 8 a 12 jornada de vacunación para las mascotas en el parque, llevo a Lupe 🐶", "+1 08:00-12:00", "activity"),

    ("I", "Europe/Madrid", "El Pilar cae en lunes, así que el 12 a las 10 vamos a la ofrenda de flores", "10-12 10:00", "activity"),
    ("I", "America/Santiago", "concierto en el movistar el vienres 2 a las 21, tengo las entradas", "10-02 21:00", "activity typo"),
    ("I", "America/Argentina/Buenos_Aires", "el sabado 3 a las 16 hs el casamiento de Meli en Pilar", "10-03 16:00", "activity typo"),
    ("I", "America/Mexico_City", "Tengo examen el jueves a las 7 de la mañana, no puedo salir el miércoles", "thu 07:00", "activity !wd"),
    ("I", "Europe/Madrid", "Me pilla mal el martes, ¿lo movemos a la semana que viene?", "cancelled", ""),
    ("I", "America/Lima", "Hice la maratón el domingo en 4:12:30, reventado", "past", "lookalike"),
    ("I", "America/Panama", "reu con el cliente mañana 3 de la tarde en costa del este", "+1 15:00", "activity typo"),

    ("J", "Europe/Madrid", "Este domingo cambian la hora, a las 3 volverán a ser las 2", "other", "timetable"),
    ("J", "Europe/Madrid", "Castañada en el cole el viernes 30 a las 16:00, los peques van disfrazados 🌰", "10-30 16:00", "activity"),
    ("J", "Europe/Madrid", "Quedamos el martes 27 a las 8 de la tarde para el ensayo del coro", "10-27 20:00", "activity"),
    ("J", "Atlantic/Canary", "cita con el oculista el lunes 26 a las 11:15 xfa no me dejes olvidarlo", "10-26 11:15", "activity typo"),
    ("J", "Europe/Madrid", "Tengo que presentar la renta antes del 30 de junio", "deadline", "month-name"),
    ("J", "America/Mexico_City", "El 2 de noviembre vamos al panteón a las 9 a limpiar la tumba del abuelo 💐", "11-02 09:00", "activity month-name"),
    ("J", "America/Tijuana", "Halloween: trick or treat con los niños el sábado 31 a las 6 en Otay", "10-31 18:00", "activity"),
    ("J", "America/New_York", "La fiesta de Halloween de la oficina es el viernes a las 5, yo no voy", "other", "reported"),
    ("J", "Europe/Madrid", "28/10 a las 12:00 reunion con la gestoria, no te olvides", "10-28 12:00", "activity numeric-date typo"),
    ("J", "America/Santiago", "Mañana a las 19 hay cabildo vecinal en la junta de vecinos, vamos?", "+1 19:00", "activity"),
    ("J", "America/Bogota", "El partido quedó 2-2, qué robo", "other", "lookalike"),
    ("J", "Europe/Madrid", "Mis padres vuelven de Benidorm el domingo y les recojo en la estación a las 20:10", "sun 20:10", "activity"),

    ("K", "America/Los_Angeles", "Altar de muertos en la escuela el viernes a las 10, yo voy con la abuela", "fri 10:00", "activity"),
    ("K", "America/Mexico_City", "Desfile de Día de Muertos el sábado 31, nos vemos en el Ángel a las 11", "10-31 11:00", "activity"),
    ("K", "America/Tijuana", "el lunes 2 a las 8 am dentista del niño, ya con el horario de invierno", "11-02 08:00", "activity"),
    ("K", "America/Chicago", "Cumple de Dani el domingo 1 en el trampolín park de 2 a 4 🎈", "11-01 14:00-16:00", "activity"),
    ("K", "America/Santiago", "No puedo el jueves, tengo turno hasta las 8", "other", "availability"),
    ("K", "America/Lima", "¿Cuánto tarda el bus de Lima a Ica, unas 4 horas?", "other", "question"),
    ("K", "Europe/Madrid", "Ayer a las 8 fue la junta de la comunidad, sin acuerdo como siempre", "past", ""),
    ("K", "America/Argentina/Buenos_Aires", "mañana 19 hs clase de tango en la milonga de siempre, veni", "+1 19:00", "activity typo"),

    ("L", "Europe/Madrid", "Cena de Nochebuena en casa de los abuelos, a las 21:00, llevad el turrón 🎄", "12-24 21:00", "activity"),
    ("L", "America/Mexico_City", "posada d la ofi el viernes 18 a las 7pm, con piñata!!", "12-18 19:00", "activity typo"),
    ("L", "America/Santiago", "Año nuevo en Valparaíso: llegamos el 31 a las 10 de la noche pa ver los fuegos", "12-31 22:00", "activity typo"),
    ("L", "America/Argentina/Buenos_Aires", "Fiesta de fin de año del club el sábado 19 a las 21 hs", "12-19 21:00", "activity"),
    ("L", "Europe/Madrid", "El 5 de enero a las 18:00 vemos la cabalgata de Reyes desde el balcón de la tía en la Castellana", "2027-01-05 18:00", "activity month-name"),
    ("L", "America/Bogota", "Novena de aguinaldos en la casa de la tía Amparo todos los días a las 7", "other", "habit"),
    ("L", "Atlantic/Canary", "Ojalá nieve en el Teide en Navidad", "other", "wish"),
    ("L", "America/Caracas", "Las hallacas las hicimos el domingo, quedaron buenísimas", "past", ""),
    ("L", "Africa/Malabo", "La misa del gallo es el 24 a medianoche en la catedral de Malabo, vamos juntos", "12-25 00:00", "activity"),
    ("L", "America/Lima", "Se suspende el compartir navideño del colegio, lo pasan a enero sin fecha", "cancelled", "month-name"),

    ("M", "Europe/Madrid", "El domingo 14 a la 1 quedamos en el Ayuntamiento pa la mascletà", "03-14 13:00", "activity typo"),
    ("M", "America/Los_Angeles", "El sábado 13 hay lavado de carros para la excursión, de 9 a 1 en la iglesia", "03-13 09:00-13:00", "activity"),
    ("M", "America/Mexico_City", "Cita en el SAT el lunes a las 11:20, llevo la e.firma", "mon 11:20", "activity"),
    ("M", "America/New_York", "Reunión de la asociación de padres el martes 16 a las 6:30 pm en la biblioteca", "03-16 18:30", "activity"),
    ("M", "Europe/Madrid", "Hola, le recordamos su cita en el Centro de Salud el miércoles 10 de marzo a las 8:40.", "03-10 08:40", "activity formal month-name"),
    ("M", "America/Santiago", "El 1 de abril a las 10 es la matrícula en la universidad, hay que ir presencial", "04-01 10:00", "activity month-name"),
    ("M", "America/Bogota", "En dos semanas, el viernes, vamos al concierto de Karol G en El Campín a las 8 de la noche", "03-19 20:00", "activity relative-plus-date"),
    ("M", "America/Tijuana", "Y si mejor nos vemos otro día? esta semana ando a full", "cancelled", ""),

    ("N", "Europe/Madrid", "Jueves Santo a las 22:00 sale el Cristo de los Gitanos, vamos a verlo", "03-25 22:00", "activity"),
    ("N", "Europe/Madrid", "Vuelta al curro el lunes 29 a las 8, qué pereza", "other", ""),
    ("N", "Atlantic/Canary", "Excursión al Roque Nublo el domingo 28, salimos a las 7:30 de la gasolinera", "03-28 07:30", "activity"),
    ("N", "Europe/Madrid", "Comida de Pascua el lunes 29 en casa de la tía en Valencia, a las 14:30", "03-29 14:30", "activity"),
    ("N", "America/Santiago", "Tenemos el cumpleaños de Vicho el sábado 3 de abril a las 16:00, a la hora de verano", "04-03 16:00", "activity month-name"),
    ("N", "America/Mexico_City", "pasado mañana a las 9 llega el técnico del internet, por fin", "+2 09:00", "activity relative"),
    ("N", "Europe/Madrid", "mi cuñada dice que el lunes de Pascua abren el museo, no sé a qué hora", "other", "reported"),
])

add("es", [
    ("C", "Europe/Madrid", "mñn no puedo, pero el domingo 29 a las 12 vermut en la plaza?", "03-29 12:00", "activity typo"),
    ("C", "Europe/Madrid", "Recordatorio: claustro de profesores el martes 31 a las 17:00 en la sala de usos múltiples", "03-31 17:00", "activity"),
    ("C", "Atlantic/Canary", "El jueves 2 de abril salimos pa La Gomera en el ferry de las 9 😍", "04-02 09:00", "activity typo month-name"),
    ("D", "Europe/Madrid", "Os confirmamos la visita guiada a la Alhambra el sábado 4 de abril a las 8:30. Puntualidad, por favor.", "04-04 08:30", "activity formal month-name"),
    ("D", "Europe/Madrid", "xq no quedamos el lunes 30 a las 7 y lo hablamos tranquis", "03-30 19:00", "activity typo"),
    ("D", "Europe/Madrid", "Mi hija tiene la función de teatro del cole el viernes 27, yo trabajo y no llego", "other", "reported"),
    ("J", "Europe/Madrid", "Finde en Asturias: salimos el viernes 30 a las 16:00, ¿quién se apunta?", "10-30 16:00", "activity"),
    ("J", "Europe/Madrid", "Todos los Santos el domingo 1, a las 11 vamos al cementerio con la abuela 🌼", "11-01 11:00", "activity"),
    ("J", "Atlantic/Canary", "el lunes 26 de 18 a 20 taller de cocina canaria en el centro cívico, apuntada!!", "10-26 18:00-20:00", "activity typo"),
    ("J", "America/Chicago", "La reunión con la maestra de Sofi es el lunes 2 de noviembre a las 3:45", "11-02 15:45", "activity month-name"),
    ("K", "America/New_York", "nos vemos el martes 3 pa votar temprano, a las 7 en la escuela 🗳️", "11-03 07:00", "activity typo"),
    ("K", "America/Los_Angeles", "Boda de mi prima el sábado 7 de noviembre a las 4 de la tarde en Pomona", "11-07 16:00", "activity month-name"),
    ("G", "America/Santiago", "Cuando llegue septiembre a lo mejor hacemos un viaje al sur", "other", "hypothetical month-name"),
    ("G", "America/Santiago", "once en la casa de la Cote el miércoles a las 19:30, lleva marraqueta", "wed 19:30", "activity"),
    ("E", "America/Santiago", "Pichanga el miércoles 8 a las 20:00 en la cancha de siempre ⚽", "04-08 20:00", "activity"),
    ("L", "Europe/Madrid", "En abril tenemos la comunión de Marta, el 25 a las 12 en San Ginés", "2027-04-25 12:00", "activity month-name"),
    ("L", "America/Santiago", "El 3 de abril a las 11 es el bautizo de la guagua, anótenlo", "2027-04-03 11:00", "activity month-name"),
    ("A", "America/Tijuana", "ya no va lo del viernes, se enfermó la niña", "cancelled", "typo"),
    ("B", "America/Mexico_City", "A esa hora siempre hay tráfico en Periférico, mejor salimos antes", "other", ""),
    ("N", "America/Mexico_City", "¿Sabes si el 30 abren los bancos o es feriado?", "other", "question"),
])

add("es", [
    ("J", "Europe/Madrid", "Siempre ceno a las 21:30, no me llames a esa hora", "other", "habit"),
    ("C", "Europe/Madrid", "¿A qué hora empieza la procesión del Jueves Santo en Zamora?", "other", "question"),
    ("F", "America/Lima", "Si ganara la Tinka me iría a Cusco un mes", "other", "hypothetical"),
])

add("es", [
    ("C", "Europe/Madrid", "El domingo por la mañana a las 10 misa y a las 14:00 paella en casa de los tíos", "sun 10:00;sun 14:00", "activity day-part"),
    ("J", "Europe/Madrid", "Dentro de dos semanas, el miércoles, a las 17:00 tutoría con la profe, dura una hora", "11-04 17:00+1h", "activity relative-plus-date"),
    ("G", "America/Santiago", "en 3 días a las 20 el asado de despedida del Nico, en su depa", "+3 20:00", "activity relative"),
    ("M", "America/Tijuana", "El sábado 13 a las 9 llevamos a los niños al doctor y el domingo 14 a las 12 comida con los compadres", "03-13 09:00;03-14 12:00", "activity"),
    ("E", "America/Santiago", "Oye, el martes 7 a las 18:30 reunión del club de lectura, como 2 horas, en la biblioteca", "04-07 18:30+2h", "activity"),
    ("L", "America/Mexico_City", "pues mira el 24 cenamos en casa de mi mamá a las nueve y el 25 en la tarde a las 3 recalentado donde la tía", "12-24 21:00;12-25 15:00", "activity voice day-part"),
])

add("pt", [
    ("A", "America/Sao_Paulo", "churras no sabado a partir das 13h la em casa, traz a breja 🍻", "sat 13:00", "activity typo"),
    ("A", "Europe/Lisbon", "consulta no centro de saude na terça 9h20, levo o cartao do cidadao", "tue 09:20", "activity typo"),
    ("A", "America/New_York", "A festa da comunhão do Tiago é domingo dia 8 ao meio-dia no salão da igreja em Newark", "03-08 12:00", "activity"),
    ("A", "America/Fortaleza", "amanhã 7h praia do Futuro, bora?", "+1 07:00", "activity typo"),
    ("A", "Africa/Luanda", "Reunião de pais na escola na quinta-feira às 15h", "thu 15:00", "activity"),
    ("A", "America/Sao_Paulo", "Ontem o bloco saiu às 16h e só voltamos de madrugada kkk", "past", "typo"),
    ("A", "Europe/Lisbon", "Lembra-te que o prazo do IRS acaba a 30 de junho, não deixes para a última semana", "deadline", "month-name"),
    ("A", "Atlantic/Azores", "Ensaio da filarmónica na sexta às 20h30 na sede", "fri 20:30", "activity"),
    ("A", "America/Manaus", "O restaurante abre às 11h e fecha às 15h, depois só à noite", "other", "timetable"),
    ("A", "Africa/Maputo", "Vamos ao mercado do peixe no sábado às 8h, antes do calor", "sat 08:00", "activity"),
    ("A", "America/Sao_Paulo", "Tenho horário livre na quarta de tarde, se quiser marcar algo", "other", "availability"),
    ("A", "Europe/London", "Jantar de anos da Inês na quinta às 19h30 em Camden, já reservei", "thu 19:30", "activity"),

    ("B", "America/Sao_Paulo", "prova de calculo na sexta 10h, bloco B sala 204", "fri 10:00", "activity typo"),
    ("B", "Europe/Lisbon", "jogo do benfica sabado 20h30, bora ver no cafe do Zé ⚽", "sat 20:30", "activity typo"),
    ("B", "America/New_York", "Missa em português domingo dia 8 às 11h, depois almoço na casa da tia", "03-08 11:00", "activity"),
    ("B", "Atlantic/Madeira", "Dia 10/3 às 18h reunião do condomínio, é importante ir", "03-10 18:00", "activity numeric-date"),
    ("B", "America/Recife", "A gente tinha combinado praia no domingo mas vai chover, cancelei", "cancelled", ""),
    ("B", "America/Sao_Paulo", "o jogo terminou 2 x 1 pro Corinthians, pênalti no fim", "other", "lookalike"),
    ("B", "Europe/Luxembourg", "Entrevista na segunda-feira 9 de março às 9h, em Kirchberg", "03-09 09:00", "activity month-name"),
    ("B", "America/Bahia", "Quem me dera ir pra Chapada esse feriado", "other", "wish"),
    ("B", "Africa/Luanda", "O voo para Lisboa sai sábado às 23h45, vou levá-la ao aeroporto", "sat 23:45", "activity"),
    ("B", "America/Sao_Paulo", "Dentista na terça que vem às 14h30, pode ficar com as crianças?", "tue 14:30", "activity"),
    ("B", "Europe/Lisbon", "Na terça ao fim da tarde aula de cerâmica no Intendente", "tue 16:00", "activity day-part"),

    ("C", "Europe/Lisbon", "Domingo 29 às 10h corrida solidária no Parque das Nações, já temos dorsais 🏃‍♀️", "03-29 10:00", "activity"),
    ("C", "Europe/Lisbon", "Mudaram a reunião para segunda 30 às 11h, sala 3", "03-30 11:00", "activity"),
    ("C", "Atlantic/Azores", "Este domingo a hora muda à meia-noite, cuidado com os despertadores", "other", "timetable"),
    ("C", "Europe/Lisbon", "No domingo 29 das 15h às 18h venda solidária na paróquia, precisamos de bolos", "03-29 15:00-18:00", "activity"),
    ("C", "Atlantic/Madeira", "Aniversário da avó 31/3 às 13h no restaurante do Caniço", "03-31 13:00", "activity numeric-date"),
    ("C", "America/Sao_Paulo", "Minha irmã disse que vai pro show na sexta, eu não vou não", "other", "reported"),
    ("C", "Europe/Lisbon", "O exame de condução foi ontem, chumbei outra vez 😭", "past", ""),
    ("C", "Europe/Paris", "Missa pascal dos portugueses no domingo 5 de abril às 11h em Champigny", "04-05 11:00", "activity month-name"),
    ("C", "Europe/Lisbon", "Se ganhar o euromilhões vou para as Maldivas", "other", "hypothetical"),
    ("C", "America/Sao_Paulo", "vc vem na quinta às 19h pro ensaio da banda?", "thu 19:00", "activity typo"),
    ("C", "Europe/Lisbon", "Tenho de pagar o IUC até ao fim do mês", "deadline", ""),
    ("C", "Atlantic/Azores", "Domingo às 9h saída de barco para ver baleias em Ponta Delgada 🐋", "sun 09:00", "activity"),
    ("C", "Europe/Lisbon", "Depois de amanhã às 21h jantar de curso na Bica", "+2 21:00", "activity relative"),

    ("D", "Europe/Lisbon", "Quinta 2 de abril às 18h apresentação do livro da Rita na Bertrand do Chiado", "04-02 18:00", "activity month-name"),
    ("D", "Europe/Lisbon", "bora ao cinema domingo às 21h30? o novo do almodovar", "sun 21:30", "activity typo"),
    ("D", "Atlantic/Azores", "Procissão do Senhor Santo Cristo é só em maio, este ano não vamos", "other", "month-name"),
    ("D", "Europe/Lisbon", "Segunda-feira 30 às 8h30 tenho a colonoscopia, preciso de boleia", "03-30 08:30", "activity"),
    ("D", "Europe/Luxembourg", "Aula de condução no sábado às 10h, a primeira na autoestrada", "sat 10:00", "activity"),
    ("D", "Europe/Lisbon", "Informamos que a assembleia geral da associação se realiza a 1 de abril, às 19h00, na sede.", "04-01 19:00", "activity formal month-name"),
    ("D", "America/Manaus", "Ontem fomos ao encontro das águas, lindo demais", "past", ""),
    ("D", "Europe/Lisbon", "Ó pá olha então fica assim na sexta-feira às sete e meia da tarde passo aí para irmos ao concerto do Salvador", "fri 19:30", "activity voice"),
    ("D", "America/Sao_Paulo", "A clínica atende de segunda a sexta das 8h às 18h", "other", "timetable"),
    ("D", "Atlantic/Madeira", "Domingo de Páscoa almoço na casa dos sogros ao meio-dia, dia 5", "04-05 12:00", "activity"),
    ("D", "Europe/London", "Sexta a gente vai ao pub às 18h depois do trampo, bora?", "fri 18:00", "activity typo"),

    ("E", "America/Sao_Paulo", "Sexta-feira Santa não tem aula, vamos pra casa da vó na quinta às 18h", "thu 18:00", "activity !wd"),
    ("E", "Europe/Lisbon", "Domingo de Páscoa às 10h missa e depois o almoço em Viseu", "sun 10:00", "activity"),
    ("E", "Africa/Maputo", "Amanhã às 16h jogo de futebol dos miúdos no campo do Maxaquene", "+1 16:00", "activity"),
    ("E", "America/Belem", "Segunda às 8h começa o curso de inglês, é pra 3 horas", "mon 08:00+3h", "activity"),
    ("E", "Europe/Lisbon", "As aulas voltam a 13 de abril, às 8h15 no portão", "04-13 08:15", "activity month-name"),
    ("E", "Asia/Macau", "Almoço de equipa na quinta ao meio-dia no Restaurante Litoral", "thu 12:00", "activity"),
    ("E", "America/Sao_Paulo", "o Rafa falou que o aniversário dele é dia 10, mas não vai ter festa", "other", "lookalike"),
    ("E", "Atlantic/Cape_Verde", "Amanhã às 9h fomos chamados à câmara para o registo da casa", "+1 09:00", "activity"),
    ("E", "America/Cuiaba", "Pescaria no Pantanal, saímos sábado às 4h da manhã 🎣", "sat 04:00", "activity"),

    ("F", "America/Sao_Paulo", "Dia dos Pais no domingo, almoço na casa do meu pai às 13h", "sun 13:00", "activity"),
    ("F", "Europe/Lisbon", "Festa do Avante? Não dá, estou a trabalhar esse fim de semana", "other", "availability"),
    ("F", "Atlantic/Azores", "Tourada à corda no sábado às 18h30 na Terceira, vamos de carro", "sat 18:30", "activity"),
    ("F", "America/Recife", "Consulta do pré-natal segunda às 7h40 na maternidade", "mon 07:40", "activity"),
    ("F", "Africa/Luanda", "Casamento do primo dia 29 de agosto às 15h na igreja da Sagrada Família", "08-29 15:00", "activity month-name"),
    ("F", "America/Sao_Paulo", "Toda segunda eu faço pilates às 7h", "other", "habit"),
    ("F", "Europe/Paris", "Vamos para Portugal no domingo 30 de agosto, o voo sai de Orly às 6h10", "08-30 06:10", "activity month-name"),
    ("F", "America/Manaus", "o barco p Parintins sai quarta 17h, ja comprei as redes", "wed 17:00", "activity typo"),
    ("F", "Asia/Dili", "Missa de Nossa Senhora no sábado às 8h na catedral de Díli", "sat 08:00", "activity"),
    ("F", "America/Porto_Velho", "Tá marcado: terça às 19h reunião do grupo de oração", "tue 19:00", "activity"),
    ("F", "Africa/Bissau", "Ontem o jogo acabou 1-1, o Benfica de Bissau empatou", "past", "lookalike"),

    ("G", "America/Sao_Paulo", "Desfile do 7 de setembro segunda às 9h, o Pedro vai marchar com a escola 🇧🇷", "09-07 09:00", "activity"),
    ("G", "Africa/Maputo", "Dia 7 de setembro é feriado, a loja fica fechada", "other", "timetable month-name"),
    ("G", "Europe/Lisbon", "Segunda 14/9 às 9h reunião de pais no início do ano letivo", "09-14 09:00", "activity numeric-date"),
    ("G", "Europe/Lisbon", "A vindima é no sábado dia 19, saímos às 7h para o Douro 🍇", "09-19 07:00", "activity"),
    ("G", "America/Fortaleza", "bora tomar um açaí mais tarde? tipo 17h", "0 17:00", "activity typo"),
    ("G", "America/Sao_Paulo", "Mamãe chega do Nordeste no sábado às 22h em Guarulhos, vou buscar", "sat 22:00", "activity"),
    ("G", "Atlantic/Madeira", "Tinha pensado ir ao Pico do Areeiro mas desmarquei, está nevoeiro", "cancelled", ""),
    ("G", "America/Sao_Paulo", "Preciso entregar o TCC até dia 30", "deadline", ""),
    ("G", "Europe/Luxembourg", "A que horas abre a embaixada na segunda?", "other", "question"),

    ("H", "Europe/Lisbon", "Jantar de despedida da Joana sexta às 20h no Bairro Alto", "fri 20:00", "activity"),
    ("H", "America/Sao_Paulo", "Primavera chegou! Pic-nic no Ibirapuera sábado às 10h 🌸", "sat 10:00", "activity"),
    ("H", "Africa/Maputo", "Dia 25 de setembro às 10h vamos ao desfile na Praça dos Heróis", "09-25 10:00", "activity month-name"),
    ("H", "Europe/Lisbon", "A Teresa vai a Londres na quinta, eu fico cá", "other", "reported"),
    ("H", "America/Sao_Paulo", "Fiz a prova do Detran ontem e passei!!!", "past", ""),
    ("H", "Atlantic/Azores", "Quarta-feira às 18h palestra sobre vulcões no Observatório, entrada livre", "wed 18:00", "activity"),
    ("H", "America/New_York", "Festa do Espírito Santo em Fall River? foi em agosto já", "past", "month-name"),
    ("H", "America/New_York", "Reunião do clube português sábado 3 de outubro às 19h em Fall River", "10-03 19:00", "activity month-name"),
    ("H", "America/Sao_Paulo", "Se chover no domingo a gente faz o churrasco na garagem", "other", "hypothetical"),
    ("H", "Europe/Zurich", "Missa da comunidade portuguesa domingo às 17h em Zurique, depois há petiscos", "sun 17:00", "activity"),

    ("I", "America/Sao_Paulo", "eleiçao domingo, vamo votar 8h antes da fila", "sun 08:00", "activity typo"),
    ("I", "Europe/Lisbon", "Corrida da ponte no domingo 4 de outubro, partida às 10h30 🌉", "10-04 10:30", "activity month-name"),
    ("I", "Africa/Luanda", "O meu horário é das 7h30 às 15h30 de segunda a sexta", "other", "habit"),
    ("I", "America/Sao_Paulo", "Feriado de 12 de outubro, vamos a Aparecida, saímos às 5h", "10-12 05:00", "activity month-name"),
    ("I", "Europe/Lisbon", "Cinco de Outubro: desfile às 11h na Praça do Município, vamos com os miúdos", "10-05 11:00", "activity"),
    ("I", "America/Recife", "Amanhã 14h reunião com o orientador, vou levar o capítulo", "+1 14:00", "activity"),
    ("I", "Atlantic/Azores", "O avião para Lisboa está marcado para as 6h50 de sábado, não te atrases", "sat 06:50", "activity"),
    ("I", "America/Sao_Paulo", "pode ser quinta às 16h a call c/ o fornecedor?", "thu 16:00", "activity typo"),

    ("J", "Europe/Lisbon", "No domingo muda a hora, às 2h voltam a ser 1h", "other", "timetable"),
    ("J", "Europe/Lisbon", "Magusto da escola sexta 30 às 15h, levar castanhas 🌰", "10-30 15:00", "activity"),
    ("J", "Europe/Lisbon", "Segunda 26/10 às 9h30 reunião com o contabilista", "10-26 09:30", "activity numeric-date"),
    ("J", "Atlantic/Azores", "Festa de anos do Duarte no sábado 31 às 16h, festa de Halloween 🎃", "10-31 16:00", "activity"),
    ("J", "Europe/London", "Jantar dos portugueses de Stockwell na terça 27 às 19h30", "10-27 19:30", "activity"),
    ("J", "America/New_York", "Reunião de pais na escola do Lucas terça dia 3 de novembro às 18h", "11-03 18:00", "activity month-name"),
    ("J", "America/Sao_Paulo", "Finados dia 2, vamos ao cemitério às 9h levar flores pra vó", "11-02 09:00", "activity"),
    ("J", "Europe/Lisbon", "Não consigo ir ao treino amanhã, fica para a próxima", "cancelled", ""),
    ("J", "America/Sao_Paulo", "Quanto tempo leva de São Paulo a Campinas de ônibus?", "other", "question"),
    ("J", "Europe/Paris", "Amanhã às 18h aperitivo no café português da rue de Belleville", "+1 18:00", "activity"),
    ("J", "America/Sao_Paulo", "Pix de 250 reais, vencimento dia 28", "other", "lookalike"),
    ("J", "Atlantic/Madeira", "1 de novembro às 10h missa por alma do avô no Monte", "11-01 10:00", "activity month-name"),

    ("K", "America/Sao_Paulo", "Quinta às 20h tem show do Jota Quest no Allianz, comprei ingresso 🎤", "thu 20:00", "activity"),
    ("K", "America/New_York", "Halloween no sábado, saímos com as crianças às 17h", "sat 17:00", "activity"),
    ("K", "Europe/Lisbon", "Dia de Todos os Santos domingo, vamos ao cemitério de manhã às 10h", "11-01 10:00", "activity"),
    ("K", "America/New_York", "Consulta do Miguel dia 2 às 8h30, já com a hora de inverno", "11-02 08:30", "activity"),
    ("K", "Africa/Luanda", "11 de novembro, Dia da Independência, desfile às 9h na marginal, vamos", "11-11 09:00", "activity month-name"),
    ("K", "America/Sao_Paulo", "Ontem teve a reunião do condomínio, foi uma briga só", "past", ""),
    ("K", "Europe/Lisbon", "gostava muito de ir ao Web Summit mas os bilhetes são caríssimos", "other", "wish"),
    ("K", "America/Sao_Paulo", "Black Friday dia 27, vamos na loja às 6h da manhã pegar a TV", "11-27 06:00", "activity"),

    ("L", "Europe/Lisbon", "Consoada em casa dos meus pais dia 24 às 20h, o bacalhau é meu 🎄", "12-24 20:00", "activity"),
    ("L", "America/Sao_Paulo", "amigo secreto da firma sexta 18 as 17h, n esquece o presente", "12-18 17:00", "activity typo"),
    ("L", "America/Sao_Paulo", "Réveillon em Copacabana, encontramos no posto 5 às 21h do dia 31", "12-31 21:00", "activity"),
    ("L", "Atlantic/Madeira", "Passagem de ano: às 22h vamos para o Pico dos Barcelos ver o fogo do Funchal", "12-31 22:00", "activity"),
    ("L", "Africa/Maputo", "Vamos à praia no dia 26 às 7h, antes do sol forte", "12-26 07:00", "activity"),
    ("L", "Europe/Lisbon", "Os Reis são a 6 de janeiro, às 19h cantamos as Janeiras na junta", "2027-01-06 19:00", "activity month-name"),
    ("L", "America/Sao_Paulo", "Férias coletivas do Natal até o Ano Novo, a empresa fecha", "other", "timetable"),
    ("L", "America/Manaus", "Já pagamos o 13º, saiu ontem", "past", ""),
    ("L", "Europe/Luxembourg", "Vamos buscar os avós ao Findel a 3 de janeiro, o avião aterra às 23h", "2027-01-03 23:00", "activity month-name"),
    ("L", "Asia/Macau", "Jantar de Natal da Casa de Portugal no sábado às 19h30", "sat 19:30", "activity"),

    ("M", "Europe/Lisbon", "Quarta 10/3 às 14h exame de matemática, reza por mim", "03-10 14:00", "activity numeric-date"),
    ("M", "America/New_York", "Domingo dia 14 a hora muda, não se esqueçam: missa às 10h e depois o almoço da paróquia, vamos todos", "03-14 10:00", "activity"),
    ("M", "America/New_York", "Reunião na segunda 15 às 9h com o chefe novo, ja com horário de verão", "03-15 09:00", "activity typo"),
    ("M", "America/Sao_Paulo", "Aula experimental de jiu-jitsu sábado às 10h, vamos juntos?", "sat 10:00", "activity"),
    ("M", "Africa/Maputo", "Não posso na terça, tenho formação o dia todo", "other", "availability"),
    ("M", "Europe/Lisbon", "O prazo para a candidatura termina a 31 de março", "deadline", "month-name"),
    ("M", "Atlantic/Azores", "Noivado da Sofia sábado dia 20 às 19h na Ribeira Grande", "03-20 19:00", "activity"),
    ("M", "America/Sao_Paulo", "Tinha um encontro no sábado mas ele desmarcou sem dizer quando", "cancelled", ""),

    ("N", "Europe/Lisbon", "Domingo de Páscoa, dia 28, almoço às 13h em casa da avó, levem a sobremesa", "03-28 13:00", "activity"),
    ("N", "Atlantic/Azores", "Sexta-feira Santa às 15h via-sacra na igreja matriz", "03-26 15:00", "activity"),
    ("N", "Europe/Lisbon", "Segunda 29 às 10h reunião com a junta sobre o jardim", "03-29 10:00", "activity"),
    ("N", "Europe/London", "A minha filha tem concerto na escola na quarta 31 às 18h, vou lá", "03-31 18:00", "activity"),
    ("N", "America/Sao_Paulo", "Quarta às 18h tem reunião de pais, tu vai?", "wed 18:00", "activity typo"),
    ("N", "Europe/Lisbon", "No domingo a hora muda, à 1h passa para as 2h", "other", "timetable"),
    ("N", "America/Sao_Paulo", "Eu costumava correr no Ibirapuera às 6h, agora nem pensar", "other", "habit"),
])

add("pt", [
    ("C", "Europe/Lisbon", "amanha nao da, mas segunda 30 às 18h podemos ir ao ginasio juntas", "03-30 18:00", "activity typo"),
    ("C", "Atlantic/Madeira", "Jantar de aniversário do pai no domingo 29 às 19h30 no Funchal, já reservei mesa", "03-29 19:30", "activity"),
    ("C", "Europe/Paris", "Reunião da associação portuguesa de Créteil quarta 1 de abril às 20h", "04-01 20:00", "activity month-name"),
    ("D", "Europe/Lisbon", "Olá a todos, a visita de estudo a Sintra é terça 31 de março; autocarro às 8h30 à porta da escola.", "03-31 08:30", "activity formal month-name"),
    ("D", "Atlantic/Azores", "bora fzr o trilho da Lagoa do Fogo no domingo? saímos 8h da Ribeira Grande", "sun 08:00", "activity typo"),
    ("D", "Europe/Lisbon", "A consulta de psicologia passou para quinta 2 às 17h", "04-02 17:00", "activity"),
    ("D", "Europe/Lisbon", "O ginásio fecha às 22h durante a semana", "other", "timetable"),
    ("J", "Europe/Lisbon", "Domingo 25 há almoço de família em Sintra ao meio-dia, já com a hora mudada", "10-25 12:00", "activity"),
    ("J", "Atlantic/Azores", "seg 26 às 9h dentista do Tomás, n te esqueças", "10-26 09:00", "activity typo"),
    ("J", "Europe/London", "A Bia faz anos a 30, mas só faz festa em dezembro", "other", "lookalike month-name"),
    ("J", "Europe/Lisbon", "Festa de Halloween no sábado 31 às 21h em casa do Rui, vem mascarado 👻", "10-31 21:00", "activity"),
    ("J", "Europe/Luxembourg", "A reunião de quinta foi desmarcada, o patrão está doente", "cancelled", ""),
    ("N", "Europe/Lisbon", "Bora jantar segunda 29 às 20h? tô com saudades 🥹", "03-29 20:00", "activity typo"),
    ("N", "Atlantic/Madeira", "Almoço de Páscoa no domingo à uma da tarde, em casa da madrinha", "sun 13:00", "activity"),
    ("N", "Europe/Paris", "Na quinta 1 de abril às 19h há reunião de pais no collège", "04-01 19:00", "activity month-name"),
    ("M", "America/New_York", "Festa de anos da Leonor no domingo 14 às 15h em Somerville", "03-14 15:00", "activity"),
    ("M", "America/New_York", "Depois de amanhã não posso, tenho turno dobrado", "other", "availability"),
    ("K", "America/New_York", "Tia Fátima chega de Ponta Delgada terça 3 às 14h20 em Logan, vamos buscá-la", "11-03 14:20", "activity"),
    ("B", "America/New_York", "Jantar do clube no sábado 14 às 19h, bacalhau à Gomes de Sá 😋", "03-14 19:00", "activity"),
    ("B", "Europe/Lisbon", "Ontem fomos ao Coliseu ver os Xutos, que noite", "past", ""),
    ("A", "Europe/Lisbon", "Se o tempo deixar, talvez façamos a Arrábida no domingo", "other", "hypothetical"),
    ("F", "Europe/Lisbon", "Magusto? só em novembro, calma", "other", "month-name"),
    ("L", "Europe/Lisbon", "Vamos esquiar à Serra da Estrela em abril, dia 3, saímos às 6h", "2027-04-03 06:00", "activity month-name"),
    ("I", "Europe/London", "Consulado na terça 27 de outubro às 10h, para o passaporte", "10-27 10:00", "activity month-name"),
    ("H", "Europe/Lisbon", "O Pedro e a Marta vão ao casamento em Braga no sábado, nós não fomos convidados", "other", "reported"),
])

add("pt", [
    ("G", "Europe/Lisbon", "A piscina municipal fecha para obras de 1 a 15 de outubro", "other", "timetable month-name"),
    ("K", "America/Sao_Paulo", "Esqueci completamente a consulta de ontem às 15h, que vergonha", "past", ""),
])

add("pt", [
    ("C", "Europe/Lisbon", "Domingo de manhã às 10h missa, e às 16h o aniversário da prima", "sun 10:00;sun 16:00", "activity day-part"),
    ("J", "Europe/Lisbon", "Ginástica da Matilde na terça 27 das 17h às 18h30, levas tu?", "10-27 17:00-18:30", "activity"),
    ("K", "America/New_York", "Daqui a duas semanas, na segunda, reunião com o advogado às 11h, dura uma hora", "11-09 11:00+1h", "activity relative-plus-date"),
    ("D", "Atlantic/Azores", "domingo das 14h às 17h limpeza da praia dos Mosteiros, aparece", "sun 14:00-17:00", "activity"),
    ("A", "America/Sao_Paulo", "então assim ó na quarta eu tenho dentista às dez e na quinta às três da tarde a reunião da escola do Lucas", "wed 10:00;thu 15:00", "activity voice"),
    ("B", "Europe/Lisbon", "Daqui a 5 dias às 9h tenho a inspeção do carro", "+5 09:00", "activity relative"),
    ("H", "Europe/Lisbon", "Amanhã à noite às 21h ensaio do coro, depois jantamos", "+1 21:00", "activity day-part"),
    ("F", "America/Sao_Paulo", "Sábado de 9h às 12h mutirão de limpeza na praça, cada um traz luva", "sat 09:00-12:00", "activity"),
])

add("pt", [
    ("N", "Europe/Lisbon", "Os CTT abrem às 9h e fecham às 18h, ao sábado só de manhã", "other", "timetable"),
    ("D", "America/Recife", "O show que eu queria ir foi adiado, ainda sem data nova", "cancelled", ""),
])

add("ru", [
    ("A", "Europe/Moscow", "В субботу в 12 идём с детьми в Коломенское на санках, термос за мной ☕", "sat 12:00", "activity"),
    ("A", "Europe/Riga", "Завтра в 18:30 родительское собрание во 2-м классе, я схожу", "+1 18:30", "activity"),
    ("A", "Asia/Yekaterinburg", "стоматолог в чт в 16:20, не забудь полис", "thu 16:20", "activity typo"),
    ("A", "Europe/Berlin", "Termin в Ausländerbehörde 10 марта в 9:40, наконец-то дали", "03-10 09:40", "activity month-name"),
    ("A", "America/New_York", "Маша, в следующую субботу в 7 вечера у Гриши юбилей в ресторане на Брайтоне, мы идём", "sat 19:00", "activity"),
    ("A", "Asia/Novosibirsk", "Каток в среду после шести? давай в 18:30 у входа", "wed 18:30", "activity"),
    ("A", "Europe/Moscow", "Вчера в 8 утра сдал кровь, результаты в понедельник", "past", ""),
    ("A", "Europe/Moscow", "8 марта в 14:00 обед у мамы, всех женщин поздравляем 🌷", "03-08 14:00", "activity month-name"),
    ("A", "Europe/Riga", "Я по будням до семи на работе, так что только выходные", "other", "availability"),
    ("A", "Asia/Jerusalem", "в пятницу в 10 идём на рынок Кармель, потом шабат у бабушки в 18:00", "fri 10:00;fri 18:00", "activity"),
    ("A", "Europe/Chisinau", "Мэрцишор на работе был вчера, всем раздали", "past", ""),
    ("A", "Asia/Almaty", "Счёт 3:1 в нашу пользу, в раздевалке орали", "other", "lookalike"),

    ("B", "Europe/Moscow", "Созвон по проекту в пт с 11:00 до 12:00, ссылку кину", "fri 11:00-12:00", "activity"),
    ("B", "Europe/Warsaw", "зафтра к ветеринару в 17:15, Барсику прививка", "+1 17:15", "activity typo"),
    ("B", "Europe/Berlin", "короче в сб в 15 футбол у Тимура, форму возьми", "sat 15:00", "activity typo"),
    ("B", "Europe/Moscow", "Уважаемые коллеги, приглашаем вас на торжественное собрание 6 марта в 15:00 в актовом зале.", "03-06 15:00", "activity formal month-name"),
    ("B", "Asia/Tashkent", "Навруз отмечаем 21 марта у дяди, плов в 13:00 😋", "03-21 13:00", "activity month-name"),
    ("B", "Europe/Helsinki", "Сауна в четверг в 20:00, баня на озере, я забронил", "thu 20:00", "activity typo"),
    ("B", "Europe/Moscow", "Квартира 47, домофон 47В, третий этаж", "other", "lookalike"),
    ("B", "Asia/Vladivostok", "Хотелось бы на Шамору летом, но это мечты", "other", "wish"),
    ("B", "Europe/Riga", "Курсы латышского теперь по вторникам и четвергам в 18", "other", "habit"),
    ("B", "Europe/Moscow", "Налоговую декларацию надо подать до 30 апреля", "deadline", "month-name"),
    ("B", "Europe/Minsk", "в воскресенье в 11 идём в бассейн с малым, потом обед у тёщи в 14", "sun 11:00;sun 14:00", "activity"),
    ("B", "America/New_York", "Брат прилетает в JFK в понедельник в 6:50 утра, я встречаю", "mon 06:50", "activity"),

    ("C", "Europe/Riga", "В воскресенье 29-го в 10 утра субботник во дворе, не проспите — часы переводят 😅", "03-29 10:00", "activity !wd"),
    ("C", "Europe/Berlin", "Elternabend в четверг в 19:30, кто пойдёт?", "thu 19:30", "activity"),
    ("C", "Europe/Warsaw", "В понедельник 30.03 в 9:00 собеседование на Marszałkowskiej, держите кулачки", "03-30 09:00", "activity numeric-date"),
    ("C", "Europe/Moscow", "Ребята, концерт Земфиры перенесли на осень, дата позже", "cancelled", ""),
    ("C", "Europe/Chisinau", "Ночью с субботы на воскресенье переводим часы на час вперёд", "other", "timetable"),
    ("C", "Asia/Jerusalem", "в пятницу в 9 утра пикник в парке Яркон, возьми мангал", "fri 09:00", "activity"),
    ("C", "Europe/Helsinki", "Послезавтра в 12 встречаемся у Ateneum, выставка до вечера", "+2 12:00", "activity relative"),
    ("C", "Europe/Riga", "завтра в обед пересечёмся? я у Stockmann буду", "+1 12:00", "activity day-part"),
    ("C", "Europe/Berlin", "Муж говорит, у него в субботу турнир по шахматам в 10, я дома с детьми", "other", "reported"),
    ("C", "Europe/Prague", "Экскурсия по Пражскому граду в воскресенье с 10:00 до 13:00, сбор у ворот", "sun 10:00-13:00", "activity"),
    ("C", "Europe/Moscow", "Сколько идти от Курской до Бауманской, минут 20?", "other", "question"),
    ("C", "Europe/Berlin", "я свободна в пт после 16, если чё", "other", "availability typo"),
    ("C", "Europe/Warsaw", "Отчёт сдать до пятницы 12:00, иначе премии не будет", "deadline", ""),

    ("D", "Europe/Riga", "тааак, ну го в вс в 19 к нам, я сделаю пельмени, вы вино 🍷", "sun 19:00", "activity typo"),
    ("D", "Europe/Vilnius", "Пасха католическая 5 апреля, в костёл идём к 9 утра", "04-05 09:00", "activity month-name"),
    ("D", "Europe/Berlin", "Kita закрыта в пятницу, так что я с младшим дома", "other", ""),
    ("D", "Europe/Tallinn", "Зубной в следующий вторник в 8:45, отпросилась с работы", "tue 08:45", "activity"),
    ("D", "Europe/Moscow", "Сегодня в 19:00 йога на Чистых, последнее занятие абонемента", "0 19:00", "activity"),
    ("D", "Europe/Kyiv", "Через неделю в среду в 18:00 защита диплома у Оли, идём поддержать", "04-01 18:00", "activity relative-plus-date"),
    ("D", "Asia/Jerusalem", "Приём у семейного врача в воскресенье в 8:30, он в больничной кассе на Герцль", "sun 08:30", "activity"),
    ("D", "Europe/Riga", "Ну вот смотри значит в четверг у нас там в шесть вечера репетиция хора а потом если хочешь можем зайти поесть", "thu 18:00", "activity voice"),
    ("D", "Europe/Prague", "Кубок вчера проиграли 2:4, обидно", "past", "lookalike"),
    ("D", "Europe/Berlin", "Если бы не дождь, в выходные поехали бы в Потсдам", "other", "hypothetical"),
    ("D", "Europe/Helsinki", "пивко в пт в 17:30 в Kallio? после недели самое то 🍺", "fri 17:30", "activity typo"),
    ("D", "Europe/Moscow", "щас не могу, давай завтра в 10 созвонимся", "+1 10:00", "activity typo"),

    ("E", "Europe/Berlin", "Пасха у нас 12-го, ночью в церковь не пойдём, пойдём утром в 10", "04-12 10:00", "activity"),
    ("E", "Europe/Moscow", "Шашлыки на майские, 1 мая в 12, дача у Серёги", "05-01 12:00", "activity month-name"),
    ("E", "Asia/Novosibirsk", "В четверг 2 апреля в 17:00 открытый урок у Даши в музыкалке, придёшь?", "04-02 17:00", "activity month-name"),
    ("E", "Europe/Riga", "Собака у грумера завтра с 10 до 12, потом заберу", "+1 10:00-12:00", "activity"),
    ("E", "Europe/Moscow", "Спортзал работает с 7 до 23, по выходным с 9", "other", "timetable"),
    ("E", "Europe/Warsaw", "Урок польского в пн в 18:00, перенесли с вторника", "mon 18:00", "activity !wd"),
    ("E", "Europe/Minsk", "Мы с Ирой были в театре в субботу, огонь", "past", ""),
    ("E", "Asia/Yekaterinburg", "Через 2 дня в 9 сдаю на права, молитесь за меня 🙏", "+2 09:00", "activity relative"),
    ("E", "Europe/Moscow", "Пятничный созвон отменили, все на конференции", "cancelled", ""),

    ("F", "Europe/Moscow", "В воскресенье в 7 утра выезжаем на рыбалку на Истру", "sun 07:00", "activity"),
    ("F", "Europe/Riga", "Линейка 1 сентября в 9:00, Миша в первый класс!! 🎒", "09-01 09:00", "activity month-name"),
    ("F", "Asia/Almaty", "Свадьба Айгерим 29 августа в 17:00, тойхана на Абая", "08-29 17:00", "activity month-name"),
    ("F", "Europe/Berlin", "Umzug в субботу с 9 до 14, нужны мужские руки, пицца с меня", "sat 09:00-14:00", "activity"),
    ("F", "Asia/Vladivostok", "Завтра в 6 утра на Русский остров за грибами, кто с нами", "+1 06:00", "activity"),
    ("F", "Europe/Moscow", "в понедельник в 11 к нотариусу по наследству, возьми паспорт", "mon 11:00", "activity"),
    ("F", "Europe/Chisinau", "Я бы сходил на концерт, если бы билеты не по 900 леев", "other", "hypothetical"),
    ("F", "Europe/Moscow", "Билет стоит 2 450, поезд 7:45 утра, место 14", "other", "lookalike"),
    ("F", "Asia/Tashkent", "Каждую пятницу в 13:00 ходим на джума-намаз", "other", "habit"),
    ("F", "Europe/Moscow", "Позвонить в ЖЭК насчёт протечки не забыть", "other", ""),

    ("G", "Europe/Moscow", "Ну что, в субботу в 16 день рождения у Лёвы в батутном центре, подарок купили 🎁", "sat 16:00", "activity"),
    ("G", "Europe/Riga", "Собрание кооператива 10.09 в 19:00 в подвале третьего подъезда", "09-10 19:00", "activity numeric-date"),
    ("G", "Europe/Berlin", "Вечеринка по случаю переезда 19 сентября с 18:00, адрес скину", "09-19 18:00", "activity month-name"),
    ("G", "Asia/Novosibirsk", "Пн 7-го в 8:30 МРТ колена, натощак не надо", "09-07 08:30", "activity"),
    ("G", "Europe/Moscow", "отпуск кончился, в пн на работу к 9 😩", "other", "typo"),
    ("G", "Europe/Warsaw", "Паспорт готов, забрать можно до 30 сентября", "deadline", "month-name"),
    ("G", "Europe/Vilnius", "Марафон в Вильнюсе 13 сентября, старт в 9, я бегу полумарафон 🏃‍♂️", "09-13 09:00", "activity month-name"),
    ("G", "Asia/Jerusalem", "Рош а-Шана у родителей, 11-го вечером в 19:00", "09-11 19:00", "activity"),

    ("H", "Europe/Moscow", "крч завтра в 19 кино, билеты взял, 7 ряд", "+1 19:00", "activity typo"),
    ("H", "Asia/Jerusalem", "Ужин в сукке у соседей в пятницу в 19:00, зовут всех", "fri 19:00", "activity"),
    ("H", "Europe/Berlin", "Oktoberfest в субботу, встречаемся в 11 у Hackerzelt 🍻", "sat 11:00", "activity"),
    ("H", "Europe/Tallinn", "В четверг в 18:00 встреча клуба настольных игр в библиотеке", "thu 18:00", "activity"),
    ("H", "Europe/Moscow", "Бабушка звонила, у неё в четверг давление мерить в поликлинике, сама дойдёт", "other", "reported"),
    ("H", "Asia/Yekaterinburg", "Во сколько завтра открывается МФЦ?", "other", "question"),
    ("H", "Europe/Kyiv", "На прошлой неделе в четверг был у кардиолога, всё ок", "past", ""),
    ("H", "Europe/Riga", "чт в 7 утра пробежка по набережной? кто в деле 🙋", "thu 07:00", "activity typo"),
    ("H", "Europe/Moscow", "Свидание в субботу в 20:00, та самая из тиндера, в грузинском на Пятницкой 😏", "sat 20:00", "activity !wd"),
    ("H", "Europe/Prague", "Было бы круто съездить в Вену на выходных", "other", "wish"),

    ("I", "Europe/Moscow", "кружок робототехники в чт с 17 до 18:30, отвезешь?", "thu 17:00-18:30", "activity typo"),
    ("I", "Europe/Berlin", "На следующей неделе в понедельник в 10:00 приём у Bürgeramt, Anmeldung", "mon 10:00", "activity"),
    ("I", "Asia/Almaty", "В субботу в 8 утра едем на Медеу, потом шашлык", "sat 08:00", "activity"),
    ("I", "Europe/Riga", "3.10 в 15:00 крестины Алисы в соборе, потом обед", "10-03 15:00", "activity numeric-date"),
    ("I", "Europe/Chisinau", "Праздник вина 4 октября, идём к 12 в центр", "10-04 12:00", "activity month-name"),
    ("I", "Europe/Moscow", "Утром в среду у меня ничего нет, можно созвониться", "other", "availability"),
    ("I", "Europe/Minsk", "Сантехник обещал прийти в пятницу с 9 до 11", "fri 09:00-11:00", "activity"),
    ("I", "Europe/Moscow", "Поездку в Казань отменяем, у Вовы ковид", "cancelled", ""),

    ("J", "Europe/Riga", "В воскресенье в 11 идём в зоопарк, часы переводят, не перепутайте 🕐", "sun 11:00", "activity"),
    ("J", "Europe/Berlin", "Kinderarzt в понедельник 26-го в 9:15, у малой опять уши", "10-26 09:15", "activity"),
    ("J", "Europe/Moscow", "Ребят, встреча выпускников 31 октября в 18:00, кафе «Пушкин», сбор по 3000", "10-31 18:00", "activity month-name"),
    ("J", "Europe/Helsinki", "В воскресенье с 12:00 до 15:00 сбор вещей для приюта, нужны волонтёры", "sun 12:00-15:00", "activity"),
    ("J", "Europe/Warsaw", "1 ноября едем на кладбище к дедушке, выезд в 8", "11-01 08:00", "activity month-name"),
    ("J", "Asia/Jerusalem", "в пт в 13:00 шоколадная фабрика с детьми, я взяла билеты", "fri 13:00", "activity typo"),
    ("J", "Europe/Prague", "Часы в ночь на воскресенье переводим назад, спим на час дольше", "other", "timetable"),
    ("J", "Europe/Moscow", "У нас часы не переводят уже лет десять", "other", "timetable"),
    ("J", "Europe/Berlin", "Был на собеседовании в понедельник, жду ответа", "past", ""),
    ("J", "Europe/Vilnius", "Разбор задач в понедельник с 16:00, полтора часа, онлайн", "mon 16:00+90m", "activity"),
    ("J", "Europe/Riga", "ок давай завтра в 8 веч у фонтана", "+1 20:00", "activity typo"),
    ("J", "Europe/Tallinn", "ужин в ресторане у Маши в пятницу отменился, она заболела", "cancelled", ""),

    ("K", "Europe/Moscow", "Ко скольки завтра в школу — к 8:30 или к 9?", "other", "question"),
    ("K", "America/New_York", "Хэллоуин в субботу, с детьми идём по домам в 17:30 🎃", "sat 17:30", "activity"),
    ("K", "Europe/Berlin", "Martinsumzug в Kita 11 ноября в 17:00, фонарики готовы", "11-11 17:00", "activity month-name"),
    ("K", "Asia/Novosibirsk", "хокей в ср в 19:30, лдс, билеты у меня", "wed 19:30", "activity typo"),
    ("K", "Europe/Moscow", "4 ноября в 12 едем на дачу закрывать сезон", "11-04 12:00", "activity month-name"),
    ("K", "Europe/Riga", "Мне 38 исполнилось вчера, спасибо всем за поздравления", "past", "lookalike"),
    ("K", "Europe/Moscow", "В четверг в 15:00 вебинар на два часа, регистрация по ссылке", "thu 15:00+2h", "activity"),

    ("L", "Europe/Moscow", "Корпоратив 25 декабря в 19:00, ресторан на Таганке, дресс-код блёстки ✨", "12-25 19:00", "activity month-name"),
    ("L", "Europe/Berlin", "Weihnachtsmarkt в субботу в 17, глинтвейн обязательно", "sat 17:00", "activity"),
    ("L", "Asia/Yekaterinburg", "Ёлка у Дани в садике 24.12 в 10:00, костюм зайца нужен 🐰", "12-24 10:00", "activity numeric-date"),
    ("L", "Europe/Moscow", "Новый год встречаем у Лены, приходите к 22:00 31-го", "12-31 22:00", "activity"),
    ("L", "Europe/Riga", "Рождество православное 7 января, в церковь в 9 утра", "2027-01-07 09:00", "activity month-name"),
    ("L", "Europe/Moscow", "Все подарки надо заказать до 20-го, потом не довезут", "deadline", ""),
    ("L", "Asia/Vladivostok", "Каток на центральной площади работает с 10 до 22 без выходных", "other", "timetable"),
    ("L", "Europe/Moscow", "Мы в прошлом декабре ездили в Питер, в этот раз не получится", "other", "month-name"),
    ("L", "Europe/Minsk", "Сессия: экзамен по матану 12 января в 9:00, аудитория 305", "2027-01-12 09:00", "activity month-name"),
    ("L", "Europe/Chisinau", "Колядовать идём 24-го вечером, в 18 у Ионела", "12-24 18:00", "activity"),

    ("M", "Europe/Moscow", "8 марта в 13:00 в ресторане с мамой и сёстрами, столик на 5", "03-08 13:00", "activity month-name"),
    ("M", "Europe/Riga", "В понедельник в 9 утра у Ильи прививка, я отвожу", "mon 09:00", "activity"),
    ("M", "America/New_York", "Родительский комитет в понедельник 15-го в 7 вечера, это уже после перевода часов, не опоздайте", "03-15 19:00", "activity"),
    ("M", "Europe/Berlin", "Встреча книжного клуба в воскресенье в 16:00, читаем Довлатова 📚", "sun 16:00", "activity"),
    ("M", "Europe/Moscow", "Сдача проекта до 15 марта включительно", "deadline", "month-name"),
    ("M", "Europe/Kyiv", "Тётя Оля говорила, что они в апреле поедут в Одессу", "other", "reported month-name"),
    ("M", "Asia/Almaty", "Наурыз 21-го, в 12 дастархан у апы, вся родня будет", "03-21 12:00", "activity"),
    ("M", "Europe/Moscow", "завтро в 11 на шиномонтаж, летнюю резину рано ещё? ну ладно", "+1 11:00", "activity typo"),

    ("N", "Europe/Riga", "Конференция в понедельник 29.03 с 9:30 до 17:00, часы уже переведут", "03-29 09:30-17:00", "activity numeric-date"),
    ("N", "Europe/Berlin", "Пасхальный завтрак у немцев-соседей в воскресенье в 10 🐣", "sun 10:00", "activity"),
    ("N", "Europe/Moscow", "седня в 20:30 теннис, корт 3", "0 20:30", "activity typo"),
    ("N", "Europe/Helsinki", "В понедельник 29-го в 18:00 приглашаем на открытие выставки фотографий в Kaapelitehdas", "03-29 18:00", "activity formal"),
    ("N", "Europe/Warsaw", "Собеседование в прошлый четверг, 18 марта, было норм, жду ответа", "past", "month-name"),
    ("N", "Europe/Riga", "Мы по воскресеньям в 10 ходим в бассейн", "other", "habit"),
    ("N", "Europe/Vilnius", "Через неделю в понедельник в 8:00 выезжаем в Клайпеду", "2027-03-29 08:00", "activity relative-plus-date"),
])

add("ru", [
    ("C", "Europe/Berlin", "в пн 30-го в 8 утра сдаю машину на ТО, подкинешь потом до работы?", "03-30 08:00", "activity typo"),
    ("C", "Europe/Kyiv", "Записала нас к педиатру на вторник 31-го на 10:20", "03-31 10:20", "activity"),
    ("C", "Europe/Chisinau", "Пасха в этом году 12 апреля, к бабушке в село едем в субботу 11-го утром в 8", "04-11 08:00", "activity month-name"),
    ("C", "Europe/Helsinki", "пжлст не забудь: в среду 1 апреля в 17:00 родительское собрание", "04-01 17:00", "activity typo month-name"),
    ("D", "Europe/Warsaw", "Тренировка по волейболу переносится на понедельник на 19:30, зал тот же", "mon 19:30", "activity"),
    ("D", "Europe/Prague", "ща доем и выхожу, и не забудь: в вс в 14 встречаемся на Вацлавской", "sun 14:00", "activity typo"),
    ("D", "Europe/Riga", "Бабушке в поликлинику в четверг 2 апреля к 11, я её повезу", "04-02 11:00", "activity month-name"),
    ("J", "Europe/Berlin", "Ну чё, в пн 26-го в 18 на скалодром?", "10-26 18:00", "activity typo"),
    ("J", "Europe/Riga", "Экскурсия в Сигулду в субботу 31-го, автобус в 8:30 от вокзала", "10-31 08:30", "activity"),
    ("J", "Asia/Jerusalem", "Записалась на маникюр на вторник 27-го в 16:00 💅", "10-27 16:00", "activity"),
    ("N", "Europe/Berlin", "Вечеринка на Пасху в понедельник в 15 у Лёши, шашлыки если погода", "03-29 15:00", "activity"),
    ("N", "Europe/Riga", "сорян, седня не успею, давай в чт 1 апреля в 19, ок?", "04-01 19:00", "activity typo month-name"),
    ("N", "Europe/Prague", "Приглашаем вас на собеседование 30 марта в 10:00 по адресу Vinohradská 12.", "03-30 10:00", "activity formal month-name"),
    ("L", "Europe/Riga", "Летим из Риги в Стамбул 24 апреля, рейс в 6:40 утра", "2027-04-24 06:40", "activity month-name"),
    ("F", "Europe/Berlin", "Оперу взяли на 7 ноября, начало в 19:30, партер", "11-07 19:30", "activity month-name"),
    ("F", "Europe/Tallinn", "Тыща лет не виделись! давай в сб 15-го в 13 в старом городе", "08-15 13:00", "activity typo"),
    ("H", "Europe/Vilnius", "Свадьба у Юргиса 31 октября в 15:00, костёл Св. Анны", "10-31 15:00", "activity month-name"),
    ("I", "Europe/Moscow", "чё по бане в пятницу в 18?", "fri 18:00", "activity typo"),
    ("J", "Europe/Kyiv", "Мастер по окнам придёт в четверг 29-го с 10 до 13", "10-29 10:00-13:00", "activity"),
    ("K", "Europe/Moscow", "Я вчера проспал пару в 8:30, будильник на телефоне глюкнул", "past", "typo"),
])

add("ru", [
    ("D", "Europe/Berlin", "Чем кончилось вчерашнее собрание? я не смогла прийти", "past", "question"),
    ("J", "Europe/Riga", "Интересно, во сколько в воскресенье светает после перевода часов", "other", "question"),
    ("F", "Europe/Moscow", "Мама каждую субботу в 9 на рынок ходит, без вариантов", "other", "habit"),
    ("L", "Europe/Berlin", "Было бы здорово встретить Новый год в горах, но денег нет", "other", "wish"),
    ("B", "Europe/Warsaw", "Код от подъезда 1945#, квартира 12, если что", "other", "lookalike"),
])

add("ru", [
    ("C", "Europe/Berlin", "В субботу в 10 футбол у малого, а в воскресенье в 15 день рождения у крёстной", "sat 10:00;sun 15:00", "activity"),
    ("J", "Europe/Riga", "Через две недели в среду в 19:00 собрание ТСЖ, на час, не больше", "11-04 19:00+1h", "activity relative-plus-date"),
    ("N", "Europe/Moscow", "Завтра утром в 9 МРТ, минут на сорок", "+1 09:00+40m", "activity day-part"),
    ("D", "Europe/Warsaw", "ну короче слушай в пятницу мы в семь идём в кино а потом в воскресенье к бабушке на обед часа в два", "fri 19:00;sun 14:00", "activity voice typo"),
    ("K", "Europe/Helsinki", "Через 3 дня в 18:30 встреча с риелтором, квартира на Kamppi", "+3 18:30", "activity relative"),
    ("F", "Europe/Riga", "Сегодня вечером в 8 шашлыки на даче у Андрея 🔥", "0 20:00", "activity day-part"),
])


if __name__ == "__main__":
    main()
