#!/usr/bin/env python3
"""Eighth held-out TEST part of the meeting-extraction corpus, written blind.

Usage: python3 make_test_part_8.py > test_part_8.jsonl   (byte for byte)
       python3 make_test_part_8.py --stats > /dev/null   (counts on stderr)

Written from scratch (stdlib + zoneinfo, imports nothing from other parts) by a
writer who never saw the extractor's code, the tuning corpus or any earlier
part's data or script; the conventions below follow the earlier parts'
READMEs (test_part_7/README.md first).

Line format: {"id", "part", "lang", "text", "now", "tz", "expect", "tags"}.
`now` is a local wall time in the line's zone, written ISO 8601 with the
offset zoneinfo gives; `expect` is a list of events {"start", "end"}, ISO with
the offset in force at the event, "end" null when the message gives no end;
[] for a negative.

Case format (the CASES tables below): (now key, zone alias, text, events, tags)
  now key   a reference now from NOWS, optionally "@HH:MM" to change the clock
            time (the date stays that of the key)
  events    ";"-separated; each "DAY HH:MM" with optional end:
              "-HH:MM"        end on the same day (next day if not after start)
              "~DAY HH:MM"    end on another day
              "/MIN"          a length in minutes (end = start + MIN, absolute)
            DAY: "0" today, "+N" N days after today, "mon".."sun" the first
            such weekday after today, "sat2" the one a week after that,
            "MM-DD" the next such date that is not before today,
            "YYYY-MM-DD" that date; "@+MIN" (no DAY, no time): now + MIN.
            A negative is "!past", "!cancelled", "!deadline" or "!other".
  tags      hand tags (activity is added to every positive, negative-<kind>
            to every negative); "wd" is a marker (not written out) exempting a
            positive from the weekday check because it names another day on
            purpose.

Derived tags (computed here, never hand-written): dst (a positive whose event
start is at a UTC offset different from now's, or with a change in between,
found by a 12-hourly scan), multi (2+ events), range (an event whose end the text
states as a time), duration (an event whose end the text gives as a length),
numeric-date (D/M, M/D in US zones, Russian D.MM written in the text),
month-name (a month word in the text), emoji.

Asserts: unique ids and texts; start > now; end > start; events within 365
days; no now/start/end in a wall time skipped or repeated by DST; the
reference weekdays; each weekday a positive names is one of its events'
weekdays (unless marked "wd"); each numeric date a positive writes is one of
its events' dates (D/M, or M/D in US zones); events listed in time order;
one negative kind per negative; secondary tags only on negatives; numeric
dates in es only in Madrid/Canarias and in pt only in Lisbon/Azores/Madeira.

Label conventions (those of the earlier parts, as their READMEs state them):
- a departure time is the trip's start; one time per outing;
- "tonight" 20:00 where no clock time is given, "<day> night"/"à noite" 21:00,
  "вечером" after a day 19:00, "arvo" 14:00, "в обед" 12:00, "noon"/
  "mediodía"/"meio-dia" 12:00 (in this part nearly every line gives a clock
  time, so these fall-backs are rare);
- approximate values take the stated value ("7ish", "часов в 8", "tipo 20h");
- spoken times as said ("half 6" 18:30 where the context is the evening,
  "без четверти восемь" 19:45, "a las nueve menos cuarto" 20:45/08:45 by the
  day part given, "às sete e meia da noite" 19:30);
- negatives: the past, cancelled (called off or postponed without a new
  time), deadlines, and other: habits, availability, wishes, hypotheticals,
  timetables and opening hours, clock-change notices, going to work or school,
  getting home, reported plans the writer does not join, questions asking
  only for information, lookalikes (scores, prices, codes, ages, dates of
  birthdays without a gathering);
- plans: proposals (also as questions), reminders of an event, organisers'
  confirmations and invitations, a third person's arrival the writer meets,
  the writer joining someone else's plan, a plan moved in words (labelled at
  its new time);
- "this <weekday>" only for a later day this week; "next <weekday>" only
  where that weekday comes before today's in the week; "in N days" only with
  a time; "послезавтра"/"pasado mañana"/"depois de amanhã" +2 days; "in N
  weeks on <weekday>" only where the calendar-week reading agrees with the
  plain one;
- named holidays only where the date is stated or follows from now with the
  weekday agreeing;
- a flight is labelled in the zone it leaves from;
- a birthday or anniversary stated without a gathering is negative lookalike;
- "typo" marks misspellings, dropped accents, chat abbreviations and chat
  spellings, not slang alone.
New in this part (decisions of its own):
- more ranges and durations: "from 10 to 12", "10-12", "с 10 до 12", "de 10 a
  12", "das 10h às 12h" give an end (range); "for 2 hours", "на полтора часа",
  "durante una hora", "por duas horas" give a length (duration, end = start +
  length); a range whose end is a day ("Fri to Sun") gives no end unless
  the text gives the ending time too;
- "half an hour"/"полчаса"/"media hora"/"meia hora" = 30 min, "an hour and a
  half"/"полтора часа"/"hora y media"/"hora e meia" = 90 min;
- "until late"/"до упора" and other vague ends give no end;
- a relative offset ("in 20 min", "через час", "en media hora", "daqui a
  meia hora") is now + that length, written only where now's minute makes the
  result a plain clock time and no clock change falls in between;
- a message giving a whole day ("all day Saturday") without a time is not
  written (no convention fixes its hour).
- multi-event lines list their events in text order, which is also time order;
- month-name is set only for a real month word: Portuguese "março" only (the
  Recife square "Marco Zero" does not count), English month words in any case
  except "May", which must be capitalised; a lookalike negative naming a month
  keeps the tag (it says a month word is present);
- day-part (hand tag) marks a line whose clock time needs its day-part word
  ("7 in the morning", "a las 6 de la tarde", "в 7 утра", "às 8 da noite");
- lengths or times in a line that are not the event's (a drive, a fast before
  a blood test, an alarm) were removed so they cannot be read as an end.
"""
import json
import re
import sys
from datetime import datetime, timedelta, date
from zoneinfo import ZoneInfo

PART = "test8"

# Reference "now"s: (local date and time, weekday). None is a date listed by
# test parts 3 to 7 (parts 1 and 2 list only 14 Jan and 28 Dec).
NOWS = {
    "N1": ("2026-03-03 19:40", "Tue"),   # before US 8 Mar, Israel 27 Mar, EU 29 Mar
    "N2": ("2026-03-13 12:20", "Fri"),   # after US, before EU/Israel/Chile/AU/NZ
    "N3": ("2026-03-22 09:10", "Sun"),   # a week before EU and Israel, two before south
    "N4": ("2026-03-29 20:30", "Sun"),   # EU switched this morning; south 4/5 Apr ahead
    "N5": ("2026-07-21 08:45", "Tue"),   # ordinary July week
    "N6": ("2026-08-29 11:00", "Sat"),   # before Chile 6 Sep, NZ 27 Sep, AU 4 Oct
    "N7": ("2026-09-23 17:50", "Wed"),   # before NZ 27 Sep, AU 4 Oct, EU 25 Oct
    "N8": ("2026-10-18 10:30", "Sun"),   # a week before EU/Israel 25 Oct, US 1 Nov
    "N9": ("2026-10-25 21:15", "Sun"),   # EU switched this morning, US 1 Nov ahead
    "N10": ("2026-11-12 13:05", "Thu"),  # ordinary November week
    "N11": ("2026-12-27 16:40", "Sun"),  # Christmas week; yearless dates roll to 2027
    "N12": ("2027-03-08 08:20", "Mon"),  # before US 14 Mar, EU 28 Mar 2027
    "N13": ("2027-03-19 18:10", "Fri"),  # after US, before Israel 26, EU 28 Mar, south 3/4 Apr
}

Z = {
    # en
    "NY": "America/New_York", "CHI": "America/Chicago", "DEN": "America/Denver",
    "LA": "America/Los_Angeles", "PHX": "America/Phoenix", "ANC": "America/Anchorage",
    "TOR": "America/Toronto", "VAN": "America/Vancouver", "HAL": "America/Halifax",
    "STJ": "America/St_Johns", "HNL": "Pacific/Honolulu", "AKL": "Pacific/Auckland",
    "LON": "Europe/London", "DUB": "Europe/Dublin", "SYD": "Australia/Sydney",
    "MEL": "Australia/Melbourne", "HOB": "Australia/Hobart", "ADL": "Australia/Adelaide",
    "BNE": "Australia/Brisbane", "DRW": "Australia/Darwin", "PER": "Australia/Perth",
    "KOL": "Asia/Kolkata", "KTM": "Asia/Kathmandu", "SIN": "Asia/Singapore",
    "MNL": "Asia/Manila", "JNB": "Africa/Johannesburg", "LOS": "Africa/Lagos",
    "NBO": "Africa/Nairobi", "KAR": "Asia/Karachi", "HKG": "Asia/Hong_Kong",
    # ru
    "MSK": "Europe/Moscow", "KGD": "Europe/Kaliningrad", "MIN": "Europe/Minsk",
    "RIX": "Europe/Riga", "TLL": "Europe/Tallinn", "VNO": "Europe/Vilnius",
    "WAW": "Europe/Warsaw", "BER": "Europe/Berlin", "PRG": "Europe/Prague",
    "HEL": "Europe/Helsinki", "KYIV": "Europe/Kyiv", "KIV": "Europe/Chisinau",
    "JRS": "Asia/Jerusalem", "YEK": "Asia/Yekaterinburg", "NSK": "Asia/Novosibirsk",
    "VVO": "Asia/Vladivostok", "TAS": "Asia/Tashkent", "ALA": "Asia/Almaty",
    "TBS": "Asia/Tbilisi", "EVN": "Asia/Yerevan", "SAM": "Europe/Samara",
    "OMS": "Asia/Omsk", "IRK": "Asia/Irkutsk", "BAK": "Asia/Baku", "IST": "Europe/Istanbul",
    "BSH": "Asia/Bishkek", "VIE": "Europe/Vienna",
    # es
    "MAD": "Europe/Madrid", "CAN": "Atlantic/Canary", "MEX": "America/Mexico_City",
    "MTY": "America/Monterrey", "TIJ": "America/Tijuana", "CJS": "America/Ciudad_Juarez",
    "GUA": "America/Guatemala", "SJO": "America/Costa_Rica", "PTY": "America/Panama",
    "BOG": "America/Bogota", "LIM": "America/Lima", "GYE": "America/Guayaquil",
    "CCS": "America/Caracas", "SDQ": "America/Santo_Domingo", "SJU": "America/Puerto_Rico",
    "BUE": "America/Argentina/Buenos_Aires", "COR": "America/Argentina/Cordoba",
    "MVD": "America/Montevideo", "ASU": "America/Asuncion", "SCL": "America/Santiago",
    "PUQ": "America/Punta_Arenas", "EAS": "Pacific/Easter", "LPB": "America/La_Paz",
    "SAL": "America/El_Salvador", "TGU": "America/Tegucigalpa", "MGA": "America/Managua",
    "HOU": "America/Chicago", "MIA": "America/New_York", "LAX": "America/Los_Angeles",
    "MAL": "Africa/Malabo", "CUN": "America/Cancun",
    # pt
    "LIS": "Europe/Lisbon", "AZO": "Atlantic/Azores", "FNC": "Atlantic/Madeira",
    "PAR": "Europe/Paris", "LUX": "Europe/Luxembourg", "ZRH": "Europe/Zurich",
    "GVA": "Europe/Zurich", "LDN": "Europe/London", "BOS": "America/New_York",
    "SAO": "America/Sao_Paulo", "REC": "America/Recife", "FOR": "America/Fortaleza",
    "SSA": "America/Bahia", "BEL": "America/Belem", "MAO": "America/Manaus",
    "CGB": "America/Cuiaba", "PVH": "America/Porto_Velho", "RBR": "America/Rio_Branco",
    "NOR": "America/Noronha", "CGR": "America/Campo_Grande", "MCZ": "America/Maceio",
    "LAD": "Africa/Luanda", "MPM": "Africa/Maputo", "BXO": "Africa/Bissau",
    "TMS": "Africa/Sao_Tome", "RAI": "Atlantic/Cape_Verde", "DIL": "Asia/Dili",
    "MFM": "Asia/Macau", "SYP": "Australia/Sydney", "TORP": "America/Toronto",
    "BCN": "Europe/Madrid",
}

NEG_KINDS = ("past", "cancelled", "deadline", "other")
SECONDARY = ("timetable", "question", "reported", "habit", "lookalike",
             "availability", "hypothetical", "wish")
HAND_TAGS = set(SECONDARY) | {"typo", "day-part", "voice", "formal", "relative",
                              "relative-plus-date", "wd"}
DERIVED = ("dst", "multi", "range", "duration", "numeric-date", "month-name", "emoji")
US_ZONES = {"America/New_York", "America/Chicago", "America/Denver",
            "America/Los_Angeles", "America/Phoenix", "America/Anchorage",
            "Pacific/Honolulu"}
NUMDATE_OK = {"es": {"Europe/Madrid", "Atlantic/Canary"},
              "pt": {"Europe/Lisbon", "Atlantic/Azores", "Atlantic/Madeira"}}

WD = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAY_WORDS = {
    "en": [(r"\bmon(day)?s?\b", 0), (r"\btue(s|sday)?\b", 1), (r"\bwed(nesday)?\b", 2),
           (r"\bthu(rs|rsday)?\b", 3), (r"\bfri(day)?\b", 4), (r"\bsaturday\b", 5),
           (r"\bsunday\b", 6)],
    "ru": [(r"понедельник", 0), (r"вторник", 1), (r"\bсред[ауые]\b", 2), (r"четверг", 3),
           (r"пятниц", 4), (r"суббот", 5), (r"воскресень", 6)],
    "es": [(r"\blunes\b", 0), (r"\bmartes\b", 1), (r"\bmi[ée]rcoles\b", 2), (r"\bjueves\b", 3),
           (r"\bviernes\b", 4), (r"\bs[áa]bado", 5), (r"\bdomingo", 6)],
    "pt": [(r"\bsegunda\b", 0), (r"\bter[çc]a\b", 1), (r"\bquarta\b", 2), (r"\bquinta\b", 3),
           (r"\bsexta\b", 4), (r"\bs[áa]bado", 5), (r"\bdomingo", 6)],
}
MONTH_WORDS = {
    "en": r"(?i:\b(January|February|March|April|June|July|August|September|October|"
          r"November|December|Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)|\bMay\b",
    "ru": r"(январ|феврал|\bмарт|апрел|\bма[яй]\b|\bиюн|\bиюл|август|сентябр|октябр|"
          r"ноябр|декабр)",
    "es": r"\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|"
          r"octubre|noviembre|diciembre)\b",
    "pt": r"\b(janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|"
          r"novembro|dezembro)\b",
}
NUMDATE_RE = re.compile(r"(?<![\d:/.])(\d{1,2})/(\d{1,2})(?![\d:/])")
RU_NUMDATE_RE = re.compile(r"(?<![\d:/.])(\d{1,2})\.(\d{2})(?![\d:.])")


def die(cid, msg):
    sys.exit(f"{cid}: {msg}")


def wall_ok(tz, naive):
    a = naive.replace(tzinfo=tz, fold=0)
    b = naive.replace(tzinfo=tz, fold=1)
    return a.utcoffset() == b.utcoffset()


def aware(cid, tz, naive):
    if not wall_ok(tz, naive):
        die(cid, f"wall time {naive} skipped or repeated by DST in {tz.key}")
    return naive.replace(tzinfo=tz)


def parse_now(cid, key, tz):
    clock = None
    if "@" in key:
        key, clock = key.split("@")
    d, wd = NOWS[key]
    n = datetime.strptime(d, "%Y-%m-%d %H:%M")
    if WD[n.weekday()] != wd.lower():
        die(cid, f"reference {key} is not a {wd}")
    if clock:
        h, m = map(int, clock.split(":"))
        n = n.replace(hour=h, minute=m)
    return aware(cid, tz, n)


def resolve_day(cid, spec, today):
    if spec == "0":
        return today
    if spec.startswith("+"):
        return today + timedelta(days=int(spec[1:]))
    m = re.fullmatch(r"(mon|tue|wed|thu|fri|sat|sun)(\d?)", spec)
    if m:
        k = WD.index(m.group(1))
        ahead = (k - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead + 7 * (int(m.group(2) or 1) - 1))
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", spec)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d\d)-(\d\d)", spec)
    if m:
        d = date(today.year, int(m.group(1)), int(m.group(2)))
        if d < today:
            d = date(today.year + 1, d.month, d.day)
        return d
    die(cid, f"bad day {spec!r}")


def at(day, hm):
    h, m = map(int, hm.split(":"))
    return datetime(day.year, day.month, day.day, h, m)


def parse_event(cid, spec, now, tz):
    spec = spec.strip()
    if spec.startswith("@+"):
        start = (now + timedelta(minutes=int(spec[2:]))).astimezone(tz)
        aware(cid, tz, start.replace(tzinfo=None))
        return start, None, None
    today = now.date()
    m = re.fullmatch(r"(\S+) (\d{1,2}:\d\d)(?:(-)(\d{1,2}:\d\d)|(~)(\S+) (\d{1,2}:\d\d)|(/)(\d+))?", spec)
    if not m:
        die(cid, f"bad event {spec!r}")
    day = resolve_day(cid, m.group(1), today)
    start = aware(cid, tz, at(day, m.group(2)))
    end = kind = None
    if m.group(3):
        e = at(day, m.group(4))
        if e <= at(day, m.group(2)):
            e += timedelta(days=1)
        end, kind = aware(cid, tz, e), "range"
    elif m.group(5):
        end, kind = aware(cid, tz, at(resolve_day(cid, m.group(6), today), m.group(7))), "range"
    elif m.group(8):
        end = (start + timedelta(minutes=int(m.group(9)))).astimezone(tz)
        aware(cid, tz, end.replace(tzinfo=None))
        kind = "duration"
    return start, end, kind


def crosses(now, start, tz):
    off = now.utcoffset()
    t = now
    while t < start:
        if t.astimezone(tz).utcoffset() != off:
            return True
        t += timedelta(hours=12)
    return start.astimezone(tz).utcoffset() != off


def build():
    rows, seen_ids, seen_texts = [], set(), set()
    counters = {}
    for lang, cases in (("en", CASES_EN), ("ru", CASES_RU), ("es", CASES_ES), ("pt", CASES_PT)):
        for nowkey, zalias, text, ev, tags in cases:
            counters[lang] = counters.get(lang, 0) + 1
            cid = f"{PART}-{lang}-{counters[lang]:03d}"
            if cid in seen_ids:
                die(cid, "duplicate id")
            seen_ids.add(cid)
            fold = " ".join(text.lower().split())
            if fold in seen_texts:
                die(cid, "duplicate text")
            seen_texts.add(fold)
            tzname = Z[zalias]
            tz = ZoneInfo(tzname)
            now = parse_now(cid, nowkey, tz)
            hand = tags.split()
            for t in hand:
                if t not in HAND_TAGS:
                    die(cid, f"unknown hand tag {t}")
            marker_wd = "wd" in hand
            hand = [t for t in hand if t != "wd"]
            out_tags = []
            expect = []
            if ev.startswith("!"):
                kind = ev[1:]
                if kind not in NEG_KINDS:
                    die(cid, f"bad negative kind {kind}")
                out_tags.append("negative-" + kind)
                if marker_wd:
                    die(cid, "wd marker on a negative")
            else:
                for t in hand:
                    if t in SECONDARY:
                        die(cid, f"secondary tag {t} on a positive")
                out_tags.append("activity")
                kinds, starts, dst = set(), [], False
                for spec in ev.split(";"):
                    start, end, k = parse_event(cid, spec, now, tz)
                    if start <= now:
                        die(cid, f"start {start} not after now {now}")
                    if start - now > timedelta(days=365):
                        die(cid, "event more than a year ahead")
                    if end is not None and end <= start:
                        die(cid, "end not after start")
                    if starts and start < starts[-1]:
                        die(cid, "events not in time order")
                    starts.append(start)
                    if k:
                        kinds.add(k)
                    if crosses(now, start, tz):
                        dst = True
                    expect.append({"start": start.isoformat(),
                                   "end": end.isoformat() if end else None})
                if dst:
                    out_tags.append("dst")
                if len(expect) > 1:
                    out_tags.append("multi")
                for k in ("range", "duration"):
                    if k in kinds:
                        out_tags.append(k)
                # weekday check
                low = text.lower()
                days = {datetime.fromisoformat(e["start"]).weekday() for e in expect}
                for pat, k in WEEKDAY_WORDS[lang]:
                    if re.search(pat, low) and k not in days and not marker_wd:
                        die(cid, f"text names {WD[k]} but events are on {sorted(days)}")
            # numeric dates
            nd = []
            for m in NUMDATE_RE.finditer(text):
                a, b = int(m.group(1)), int(m.group(2))
                nd.append((b, a) if tzname not in US_ZONES else (a, b))
            if lang == "ru":
                for m in RU_NUMDATE_RE.finditer(text):
                    nd.append((int(m.group(2)), int(m.group(1))))
            nd = [x for x in nd if 1 <= x[0] <= 12 and 1 <= x[1] <= 31]
            if nd:
                if lang in NUMDATE_OK and tzname not in NUMDATE_OK[lang]:
                    die(cid, "numeric date where it does not read naturally")
                if expect:
                    dates = {(datetime.fromisoformat(e["start"]).month,
                              datetime.fromisoformat(e["start"]).day) for e in expect}
                    for x in nd:
                        if x not in dates:
                            die(cid, f"numeric date {x} not a labelled date")
                out_tags.append("numeric-date")
            if re.search(MONTH_WORDS[lang], text if lang == "en" else text.lower()):
                out_tags.append("month-name")
            if any(ord(c) >= 0x1F000 or 0x2600 <= ord(c) <= 0x27BF for c in text):
                out_tags.append("emoji")
            out_tags += hand
            rows.append({"id": cid, "part": "test8", "lang": lang, "text": text,
                         "now": now.isoformat(), "tz": tzname, "expect": expect,
                         "tags": out_tags})
    return rows


def stats(rows):
    from collections import Counter
    err = sys.stderr
    langs = ["en", "ru", "es", "pt"]
    by = {l: [r for r in rows if r["lang"] == l] for l in langs}
    ev = sum(len(r["expect"]) for r in rows)
    ends = sum(1 for r in rows for e in r["expect"] if e["end"])
    print(f"lines {len(rows)}: " + ", ".join(f"{l} {len(by[l])}" for l in langs)
          + f"; events {ev}, with an end {ends}", file=err)
    neg = {l: sum(1 for r in by[l] if not r["expect"]) for l in langs}
    tn = sum(neg.values())
    print("negatives: " + ", ".join(f"{l} {neg[l]} ({100*neg[l]/len(by[l]):.1f} %)" for l in langs)
          + f" = {tn} ({100*tn/len(rows):.1f} %)", file=err)
    for k in NEG_KINDS + SECONDARY:
        t = k if k in SECONDARY else "negative-" + k
        c = [sum(1 for r in by[l] if t in r["tags"]) for l in langs]
        print(f"  {t}: {sum(c)} ({'/'.join(map(str, c))})", file=err)
    pos = {l: [r for r in by[l] if r["expect"]] for l in langs}
    d = {l: sum(1 for r in pos[l] if "dst" in r["tags"]) for l in langs}
    tp = sum(len(pos[l]) for l in langs)
    print("dst: " + ", ".join(f"{l} {d[l]}/{len(pos[l])}" for l in langs)
          + f" = {sum(d.values())}/{tp} ({100*sum(d.values())/tp:.1f} %)", file=err)
    tc = Counter(t for r in rows for t in r["tags"])
    for t, _ in tc.most_common():
        if t.startswith("negative-") or t in SECONDARY:
            continue
        c = [sum(1 for r in by[l] if t in r["tags"]) for l in langs]
        print(f"  tag {t}: {tc[t]} ({'/'.join(map(str, c))})", file=err)
    zones = sorted({r["tz"] for r in rows})
    pairs = {(r["now"][:10], r["tz"]) for r in rows}
    nodst = [z for z in zones if not any(
        ZoneInfo(z).utcoffset(datetime(2026, m, 1)) != ZoneInfo(z).utcoffset(datetime(2026, 1, 1))
        for m in range(2, 13))]
    print(f"zones {len(zones)}, (now, zone) pairs {len(pairs)}, no-DST zones {len(nodst)}: "
          + " ".join(nodst), file=err)
    for l in langs:
        print(f"  {l} zones: " + " ".join(sorted({r['tz'] for r in by[l]})), file=err)


# now|zone|text|events|hand tags
RAW_EN = r"""
N1|NY|dentist got moved to Thursday the 12th at 3:15pm, can u drive me?|03-12 15:15|typo
N1|CHI|Parent-teacher conferences are Monday March 9, I grabbed the 4:40 slot for us|03-09 16:40|
N1|DEN|ski club bus leaves the park n ride saturday 6:15am sharp dont be late|sat 06:15|typo
N1|LA|beach cleanup Sunday March 15 from 9 to 11:30, bring gloves and a hat|03-15 09:00-11:30|
N1|TOR|hockey tmrw 9:45pm at the rink on Lakeshore, we need a goalie|+1 21:45|typo
N1|PHX|book club thurs 7pm at Changing Hands, were up to chapter 12|thu 19:00|typo
N1|HNL|canoe practice Saturday 7am at Ala Moana, it's a 2 hour session|sat 07:00/120|
N1|AKL|Tongariro crossing trip, we leave 5am Saturday 11 April 🥾|04-11 05:00|
N1|NY|can we push standup to 10:15 tmrw? car's in the shop first thing|+1 10:15|typo
N1|HAL|choir concert at St. Paul's on Sunday the 15th at 3pm, Ive got the alto solo|03-15 15:00|typo
N1|SIN|quick sync in 20 min? it's about the vendor deck|@+20|relative
N1|NY|the clocks go forward this Sunday at 2am, set your alarms|!other|timetable
N1|CHI|we had the fire drill at 10 this morning, total chaos lol|!past|
N1|LA|is the DMV open on Saturdays? my license expires soon|!other|question
N1|SYD|I usually swim at Bondi Icebergs at 6am before work|!other|habit
N1|TOR|tax forms have to be in by April 30, don't leave it to the last week|!deadline|
N2|NY|Parents night at Lincoln Elementary 3/19 6:30-8pm, can you come too?|03-19 18:30-20:00|
N2|DEN|ok so PT moved from Tuesday to Wednesday 5:15pm, same place|wed 17:15|wd
N2|LA|lakers game sun 6:30pm, got 2 tix in section 118|sun 18:30|typo
N2|LON|Flight to Malaga leaves Gatwick at 6:40am on the 2nd of April ✈️ early one|04-02 06:40|
N2|DUB|pub quiz thurs 8:30, same team as last tiem?|thu 20:30|typo
N2|SYD|Harbour Bridge climb on April 12 at 7:15am, 3.5 hours all up|04-12 07:15/210|
N2|PER|sundowners at the Cott 2nite 5:30? 🍻|0 17:30|typo
N2|BNE|Ekka planning meeting Monday 10am in Room 4, should take an hour|mon 10:00/60|
N2|NY|the conference call yesterday ran 3 hours, never again|!past|
N2|CHI|Deep dish night is cancelled, half the group has the flu|!cancelled|
N2|LA|My sister is flying in Tuesday at 9pm but her husband's picking her up|!other|reported
N2|LON|Pret shuts at 7 on Fridays now, annoying|!other|timetable
N2|MEL|the Grand Prix ticket prices are insane, $185 for general admission|!other|lookalike
N2|AKL|would love to do the Hooker Valley track one day|!other|wish
N3|LON|dinner at dishoom sat 28th 7:45, booked under Patel|03-28 19:45|typo
N3|DUB|Easter Sunday mass at 10, then lunch at Mam's? 🐣|04-05 10:00|
N3|LON|5-a-side moved to Monday 30th at 8pm, pitch 2 at Powerleague|03-30 20:00|
N3|HOB|ferry to Maria Island is fully booked so we're not going after all|!cancelled|
N3|AKL|Easter Monday hike up Rangitoto, first ferry 7:30am|04-06 07:30|
N3|ADL|Sunday 5 April the clocks go back an hour, extra sleep 😴|!other|timetable
N3|NY|Passover seder at Aunt Miriam's on Wednesday April 1, we sit down at 7:30|04-01 19:30|
N3|CHI|we're doing the St. Patrick's parade?? that was last weekend dude|!past|
N3|LA|whoevers free friday, im at Dodger Stadium for the exhibition game at 7:10pm|fri 19:10|typo
N3|LON|Was at the dentist Friday, two fillings ugh|!past|
N3|SYD|Sorry can't make Friday drinks, maybe another time|!other|
N3|BNE|RSVP for Tash's hens by the 31st please|!deadline|
N4|SYD|Royal Easter Show Thursday 9 April, train from Central at 9:05am|04-09 09:05|
N4|MEL|Comedy festival show on Wednesday 8th April 9:30pm, Town Hall|04-08 21:30|
N4|AKL|school holidays start the 3rd, Auckland Zoo with the kids on Tuesday the 7th 10am?|04-07 10:00|
N4|HOB|clocks go back next Sunday, don't forget|!other|timetable
N4|LON|tennis at regents park tues 6 to 7pm, court 3|tue 18:00-19:00|typo
N4|DUB|The clocks went forward last night, I'm wrecked|!past|
N4|PER|we finished the ocean swim this morning, 5 hours 12 min!!|!past|
N4|SYD|Swans 14.9 (93) d Giants 10.11 (71), get around it|!other|lookalike
N4|MEL|pottery class starts next month, Wednesdays 6:30, 6 weeks|!other|habit
N5|CHI|Lolla's the 30th, Thursday, meet at Buckingham Fountain 2pm|07-30 14:00|
N5|LON|Sarahs leaving do at the Crown, fri from 5:30|fri 17:30|typo
N5|AKL|Ski trip to Ruapehu, October 3rd, we leave at 5:30am|10-03 05:30|
N5|SYD|Bathurst 1000 weekend Oct 11, we're leaving Saturday the 10th at 7am|10-10 07:00|
N5|ADL|flight to Bali leaves Sunday 4 October 10:50am|10-04 10:50|
N5|LA|beach volleybal sat 9-11am Manhattan Beach, court 12|sat 09:00-11:00|typo
N5|PHX|hike camelback sunday 5am b4 it gets too hot|sun 05:00|typo
N5|ANC|Fishing charter out of Seward Saturday, boat leaves at 6am, 8 hours on the water|sat 06:00/480|
N5|MNL|team bldg in Tagaytay on sat, bus leaves Makati 6am|sat 06:00|typo
N5|KTM|Pashupatinath evening aarti tmrw, meet at the gate at 6pm|+1 18:00|typo
N5|JNB|Mandela Day soup kitchen Saturday 18 July was amazing, thanks all|!past|
N5|LOS|Wedding at Eko Hotel Saturday, I won't make it, I'm travelling|!other|reported
N5|NBO|the visa office is open 8 to 12:30 weekdays|!other|timetable
N5|NY|Mom calls at 7 every Sunday, like clockwork|!other|habit
N5|CHI|If the Cubs make the playoffs I'm buying tickets for game 1|!other|hypothetical
N5|LON|The score was 3-1 at half time 😬|!other|lookalike
N5|SYD|I'm free any morning next week except Wednesday|!other|availability
N5|MEL|our neighbour's having his 40th on Saturday, we weren't invited lol|!other|reported
N6|AKL|Spring cleanup at the community garden, Sunday 4 October from 9am to noon|10-04 09:00-12:00|
N6|SYD|Father's Day lunch at Mum's Sunday 6 September 12:30|09-06 12:30|
N6|HOB|Mona tour with Grandma on the 10th October, the ferry's at 10:30|10-10 10:30|
N6|NY|Labor Day BBQ at Uncle Joe's, Monday the 7th at 1pm|09-07 13:00|
N6|LON|notting hill carnival mon, meet at ladbroke grove stn at 1|mon 13:00|typo
N6|SYD|the school fete was last Saturday, raised $4000|!past|
N6|AKL|the clocks go forward on the 27th, lose an hour of sleep|!other|timetable
N6|MEL|the Footy Show's on at 8:30 every Thursday|!other|habit
N6|PER|Dad's turning 70 on September 14|!other|lookalike
N6|BNE|the conference is off, budget got cut|!cancelled|
N6|LON|Do you know when Borough Market opens on Sunday?|!other|question
N6|NY|School fees due Sept 15|!deadline|
N7|AKL|Kids' swimming lessons start again Monday 12 Oct, 4:15-4:45pm|10-12 16:15-16:45|
N7|SYD|NRL grand final Sunday 4 Oct at Bec's, kickoff 7:30pm|10-04 19:30|
N7|MEL|Melbourne Cup at Flemington Tuesday 3 Nov, meet at the gate 11am|11-03 11:00|
N7|HOB|Oct 10 ferry to Bruny Island at 9:30am, we'll make a day of it|10-10 09:30|
N7|LON|Halloween trick or treat with the little ones on Saturday 31 Oct, 5 to 7pm|10-31 17:00-19:00|
N7|DUB|Hallowe'en fancy dress party at the GAA club Friday 30th, 8pm|10-30 20:00|
N7|NY|Marathon is November 1st, I start in wave 3 at 10:20am|11-01 10:20|
N7|CHI|Bears tailgate Sunday Nov 8, meet in lot C at 9am|11-08 09:00|
N7|PHX|pumpkin patch w the kids sat 10am 🎃|sat 10:00|typo
N7|MNL|i have my visa interveiw at the US embassy monday 8:30am|mon 08:30|typo
N7|AKL|Labour weekend away, ferry to Waiheke Saturday 24 Oct 8am|10-24 08:00|
N7|SYD|I went to the Bledisloe last night, what a game|!past|
N7|LON|Clocks go back on the 25th, extra hour in bed|!other|timetable
N7|ADL|Would be good to catch up sometime next month|!other|wish
N7|MEL|I'm on leave from the 5th to the 16th of October|!other|availability
N7|NY|Kol Nidre was packed on Sunday night, never seen the shul so full|!past|
N7|DEN|My flight home from Vegas landed at 11:40 last night|!past|
N8|LON|Diwali dinner at Raj's on Sunday 8 Nov, 6pm, bring a dessert 🪔|11-08 18:00|
N8|DUB|Bonfire night for the Halloween fest, meet at the park 7pm Saturday 31st|10-31 19:00|
N8|LON|The clocks change next weekend, remember|!other|timetable
N8|NY|NYC Marathon Nov 1, cheering station at 1st Ave and 86th from 10am|11-01 10:00|
N8|CHI|Thanksgiving potluck at the office Nov 24, noon to 2|11-24 12:00-14:00|
N8|TOR|leafs game sat nov 7 at 7pm, scotiabank arena|11-07 19:00|typo
N8|DEN|Voting together on Election Day? meet at the library at 7am when the polls open|11-03 07:00|
N8|NY|Last week's meeting was at 4pm, not sure why no one came|!past|
N8|LA|The concert on Friday got cancelled, refunds by email|!cancelled|
N8|LON|Bins go out Wednesday night, recycling week|!other|habit
N8|TOR|If it snows on Saturday we'll go tobogganing at Riverdale|!other|hypothetical
N9|NY|Election night watch party at the bar Nov 3, doors at 7pm 🇺🇸|11-03 19:00|
N9|LA|Thanksgiving at Grandma's in Pasadena Thursday 26 Nov, dinner at 3:30|11-26 15:30|
N9|CHI|volunteer shift at the food pantry Saturday 9am to noon|sat 09:00-12:00|
N9|LON|tmrw at 10:30 for the team retro?|+1 10:30|typo
N9|HAL|the clocks fall back Sunday, 2am|!other|timetable
N9|TOR|The leafs won 4-2 tonight 🏒|!other|lookalike
N9|NY|umm so basically my cousin's wedding thing is Saturday the 7th and it's out in Jersey so we should leave here around 2 I guess|11-07 14:00|voice
N10|NY|friendsgiving at ours sat 21st, dinner at 6|11-21 18:00|typo
N10|MEL|got tix to the Boxing Day test, Dec 26, meet at Southern Cross at 9:30am|12-26 09:30|
N10|JNB|End of year function at the office Friday the 4th Dec from 12 to 4|12-04 12:00-16:00|
N10|NY|I'm off work till Monday|!other|availability
N10|LON|The Christmas lights switch-on was last Thursday, it was packed|!past|
N10|CHI|Holiday party on the 18th, so sad but I'm not gonna go|!other|reported
N11|NY|NYE at rachels, come round 9ish 🥂|12-31 21:00|typo
N11|CHI|Is Target open on New Year's Day?|!other|question
N11|MEL|cricket at the G 12:30 tmrw?|+1 12:30|typo
N11|TOR|Tax stuff's due end of April|!deadline|
N11|NY|Boxing Day sales were nuts yesterday|!past|
N11|LA|Dinner with the in-laws got postponed, no date yet|!cancelled|
N12|NY|St Patrick's parade Wednesday the 17th, we're watching from 5th Ave at 11|03-17 11:00|
N12|LA|Dodgers spring training game in Glendale Saturday the 20th at 1:05|03-20 13:05|
N12|LON|Mother's day lunch on the 7th?? that was yesterday|!past|
N12|DEN|Clocks spring forward Sunday, the 14th|!other|timetable
N12|TOR|March break Niagara trip on Tuesday the 16th, leaving 8am|03-16 08:00|
N12|LON|Easter egg hunt at Kew on Sunday 28 March 10am|03-28 10:00|
N12|AKL|Easter Saturday at the beach, 3 April, we're doing a picnic from 11 to 3|04-03 11:00-15:00|
N12|NY|dentist @ 2:30 today|0 14:30|typo
N12|HNL|whale watching cruise Thursday 7:30am, 2.5 hours|thu 07:30/150|
N12|NY|I'd love to go to Japan for the cherry blossoms someday|!other|wish
N12|CHI|Tuesday standup is cancelled this week|!cancelled|
N13|DUB|Easter Monday the 29th, we're going to the Rising commemoration at the GPO at noon|03-29 12:00|
N13|SYD|family lunch at Nonna's Sunday 4 April 12:30, clocks go back that morning|04-04 12:30|
N13|MEL|zoo with the kids Monday 5 April, gates open at 9am|04-05 09:00|
N13|NY|Yankees home opener April 1st, we're in the bleachers, first pitch 1:05|04-01 13:05|
N13|LON|The clocks go forward next Sunday|!other|timetable
N13|SIN|interview at the embassy mon 9am, wish me luck!!|mon 09:00|typo
N13|NY|my flight to London leaves JFK at 9:50pm on Thursday the 25th|03-25 21:50|
N13|LA|Coachella is April 9 to 11 and I'm not going|!other|reported
N12|NY|Dear Ms. Alvarez, this is to confirm your appointment with Dr. Chen on Tuesday, March 16 at 11:40 a.m. Please bring your insurance card.|03-16 11:40|formal
N8|LON|We are pleased to invite you to the Annual General Meeting on Thursday 29 October at 6pm in the Main Hall, closing at 7:30pm.|10-29 18:00-19:30|formal
N1|LON|dentist Tues 17th 9:10am, then parents' evening Thurs 2 April 5:30-7pm|03-17 09:10;04-02 17:30-19:00|
N7|SYD|Swimming carnival Friday 9 Oct 9am-2pm and the footy presentation night Saturday 17 Oct at 6:30pm|10-09 09:00-14:00;10-17 18:30|
N9|NY|ok so voice memo, tomorrow I've got the dentist at 8:30am and then um Wednesday the 4th I'm seeing the accountant at 2pm|+1 08:30;11-04 14:00|voice
N4|MEL|meet u at the station in 30 mins?|@+30|relative typo
N10|CHI|can we hop on a call in an hour?|@+60|relative
N8|LON|Halloween party at Sam's a week on Saturday, the 31st, from 7pm|10-31 19:00|relative-plus-date
N3|DUB|in two weeks on Monday, the 6th, we're at the Fairyhouse races from 1pm|04-06 13:00|relative-plus-date
N12|LON|Pilates taster on Tuesday 30 March 6:15-7pm, I signed us both up|03-30 18:15-19:00|
N1|SYD|working bee at the kindy Saturday 11 April 8am-12pm, sausage sizzle after|04-11 08:00-12:00|
N7|AKL|Labour Day working bee at the marae, Monday 26 Oct 9 till 3|10-26 09:00-15:00|
N5|LON|Allotment open day Sunday 1 Nov 10am-2pm, come help with the cake stall|11-01 10:00-14:00|
N8|NY|Thanksgiving volunteer shift at the soup kitchen Nov 26, 7am to 11am|11-26 07:00-11:00|
N9|TOR|Remembrance Day ceremony Wed Nov 11, 10:45 to 11:30 at the cenotaph, we'll go together|11-11 10:45-11:30|
N12|CHI|Bowling Saturday the 20th at 7pm, we have the lane for 2 hours|03-20 19:00/120|
N13|SYD|escape room Sunday 11 April at 4pm, it's a 60 min game|04-11 16:00/60|
N6|AKL|Massage booked Friday 2 Oct at 3pm, 90 mins 😌|10-02 15:00/90|
N1|CHI|tee time Saturday the 14th at 7 in the morning, Cog Hill, I'll drive|03-14 07:00|day-part
N8|LON|bonfire at the allotments Thursday 5th, 7 in the evening, bring sparklers 🎆|11-05 19:00|day-part
N7|MEL|footy trip to Adelaide, we fly out Friday 9 Oct at 6 in the morning|10-09 06:00|day-part
N12|TOR|sugar shack trip Saturday the 20th, the bus leaves Union at 8 in the morning|03-20 08:00|day-part
"""

RAW_RU = r"""
N1|MSK|Девочки, 8 марта собираемся у Лены в 15:00, торт с меня 🎂|03-08 15:00|
N1|RIX|в воскресенье 8-го идём в оперу, начало в 18:00, билеты у меня|03-08 18:00|
N1|BER|Созвон с заказчиком перенесли на четверг 2 апреля, 10:30|04-02 10:30|
N1|PRG|Экскурсия по Вышеграду в субботу 4 апреля, сбор у метро в 11|04-04 11:00|
N1|HEL|Сауна в пятницу в 19:00, я забронировал на три часа|fri 19:00/180|
N1|JRS|Седер у бабушки 1 апреля, садимся за стол в 19:30|04-01 19:30|
N1|JRS|Пурим сегодня, карнавал у детей в садике был утром, так что вечером отдыхаем|!past|
N1|KYIV|завтра в 9:00 планерка, не опаздывайте плз|+1 09:00|typo
N1|TLL|В субботу 28 марта субботник во дворе с 10 до 13, грабли дают|03-28 10:00-13:00|
N1|NSK|Завтра в 7 утра выезжаем на Шерегеш, не проспите|+1 07:00|day-part
N1|YEK|Родительское в четверг, начало в 18:30, приходим в 214-й кабинет|thu 18:30|
N1|ALA|в суботу в 10 на Медеу катаемся? 🙂|sat 10:00|typo
N1|MIN|мам стоматолог в пятницу в 16:15 незабудь|fri 16:15|typo
N1|NY|Репетиция хора в воскресенье 15-го в 14:00, церковь на Брайтоне|03-15 14:00|
N1|MSK|Кстати, вчера ходили на каток в Парк Горького, было круто|!past|
N1|RIX|Я по вторникам плаваю в 7 утра, так что утром не звони|!other|habit
N1|BER|Магазины в воскресенье закрыты, надо закупиться в субботу|!other|timetable
N1|VNO|Отчёт сдать до 10 марта, потом свободна|!deadline|
N1|KIV|Поездка в Одессу отменяется, билетов нет|!cancelled|
N1|VVO|Если будет тепло, в мае поедем на Русский остров|!other|hypothetical
N2|BER|Вебинар 31.03 в 17:00, ссылку скину|03-31 17:00|
N2|HEL|Встреча выпускников в субботу 4 апреля в 18:00, ресторан на Эспланаде|04-04 18:00|
N2|KYIV|завтра в 11 идем на Подол гулять, кто снами?|+1 11:00|typo
N2|JRS|Экскурсия в Яффо в пятницу 27-го, автобус в 8:00 от центральной станции|03-27 08:00|
N2|JRS|Говорят, в ночь на пятницу 27-го переводят часы, у кого будильник — проверьте|!other|timetable
N2|VIE|Концерт в Музикферайне 2 апреля в 19:30, у нас места в партере|04-02 19:30|
N2|WAW|в пн в 8:30 у меня собес в Варшаве, держите кулачки|mon 08:30|typo
N2|SAM|Тренировка по хоккею в субботу с 9 до 10:30|sat 09:00-10:30|
N2|OMS|сёдня в кино с Сашей в 18:40, билеты купила 🍿|0 18:40|typo
N2|PRG|Я в отпуске с 16 по 20 марта, не пишите по работе|!other|availability
N2|IRK|Байкал в марте — мечта, когда-нибудь обязательно съезжу|!other|wish
N2|MSK|Вчера были на спектакле в МХТ, очень понравилось|!past|
N2|KGD|Счёт 2:1, наши вырвали победу на последней минуте ⚽|!other|lookalike
N3|BER|Пасхальный базар в субботу 4 апреля, в 10:00 у ратуши|04-04 10:00|
N3|RIX|Вербное воскресенье 5 апреля, служба в 9:00, пойдём вместе?|04-05 09:00|
N3|TLL|собрание жильцов во вторник 31го в 19:00 в подвале|03-31 19:00|typo
N3|HEL|завтрак с колегами во вторник, 8:30, кафешка у вокзала|tue 08:30|typo
N3|JRS|Поход в Эйн-Геди в пятницу 27-го, выезжаем в 6 утра|03-27 06:00|day-part
N3|KYIV|Через неделю в понедельник, 30-го, в 10:00 собеседование, волнуюсь|03-30 10:00|relative-plus-date
N3|LON|Дочкин спектакль в школе в среду 1 апреля в 14:00|04-01 14:00|
N3|MSK|В следующую субботу в 12 встречаемся у Пушкина, оттуда в музей|sat 12:00|
N3|MSK|Мы летим в Ереван 1 апреля, рейс в 6:40 из Шереметьево|04-01 06:40|
N3|VNO|Переход на летнее время в ночь на воскресенье, 29-го, не забудьте|!other|timetable
N3|PRG|Кстати, в прошлое воскресенье на пасхальную ярмарку так и не попали|!past|
N3|ALA|Наурыз отмечали вчера всей семьёй, было шумно|!past|
N3|BER|Вечеринку у Маши отменили, она заболела 😷|!cancelled|
N4|JRS|Седер у нас в среду, 1 апреля, начинаем в 19:15|04-01 19:15|
N4|RIX|Православная Пасха 12 апреля, в субботу 11-го в 23:30 идём на крестный ход|04-11 23:30|
N4|BER|фитнес завтро в 7:00, первая треня с тренером|+1 07:00|typo
N4|MSK|В среду 1 апреля дедлайн по проекту, до 18:00 всё сдать|!deadline|
N4|HEL|Часы перевели ночью, я проспал завтрак 😅|!past|
N4|YEK|встречаемся в чт в 19:00 у Плотинки, погуляем|thu 19:00|typo
N4|NY|Пасхальный кулич святим в субботу 11 апреля, в церковь к 14:00|04-11 14:00|
N4|VNO|Хоровой концерт в субботу 4-го в 17:00, я пою во втором ряду|04-04 17:00|
N5|RIX|Лиго отмечали на даче, до сих пор отходим|!past|
N5|MSK|Завтра в 19:30 встречаемся на Чистых прудах, кто идёт?|+1 19:30|
N5|SAM|Сплав по Волге в субботу с 8 утра, вернёмся в воскресенье вечером|sat 08:00|day-part wd
N5|KYIV|Линейка у Сони 1 сентября в 8:30, берём цветы 💐|09-01 08:30|
N5|WAW|в пт в 18:00 шашлыки у нас, приходите с детьми|fri 18:00|typo
N5|JRS|Рош ха-Шана в этом году 11 сентября, ужин у родителей в 19:00|09-11 19:00|
N5|HEL|в чт в 15:00 приём у зубного, потом свободна|thu 15:00|typo
N5|TAS|Летом по утрам хожу в бассейн к 7, потом на работу|!other|habit
N5|MSK|Если дадут отпуск в августе, махнём в Карелию|!other|hypothetical
N5|IRK|Поезд на Байкал отменили из-за ремонта путей|!cancelled|
N5|VVO|Счет 3:0 в нашу пользу, кубок наш!|!other|lookalike
N5|BER|Маша с Колей в воскресенье едут в Потсдам, а мы остаёмся|!other|reported
N5|MIN|Я свободна в среду после 17:00, если что|!other|availability
N6|MSK|1 сентября линейка в 9:00, Петя идёт в первый класс|09-01 09:00|
N6|JRS|Ужин на Рош ха-Шана 11 сентября у Лины, в 19:30|09-11 19:30|
N6|BER|Осенний марафон 27 сентября, я бегу, старт в 9:15|09-27 09:15|
N6|KYIV|Пятница 4-го, в 18:00 концерт Оли в музыкалке, приходите|09-04 18:00|
N6|TLL|игра в чт в 20:00, идем болеть всей кампанией?|thu 20:00|typo
N6|NSK|Планёрка с московским офисом в понедельник в 10:00 по нашему времени, ссылку на зум кину|mon 10:00|
N6|TOR|У нас хоккей по вторникам в 21:00, весь сезон|!other|habit
N6|MSK|Вчера был выпускной у младшего, все плакали|!past|
N6|BER|Поездка в Прагу отменяется, машина сломалась|!cancelled|
N6|MIN|Заявку на грант подать до 15 сентября|!deadline|
N6|VNO|А кто знает, во сколько открывается Акрополис в воскресенье?|!other|question
N7|RIX|Родительское собрание 29 сентября в 18:00, класс 5Б|09-29 18:00|
N7|HEL|Командировка в Стокгольм 26 октября, паром в 17:00|10-26 17:00|
N7|JRS|Сукккот у родителей 26 сентября, ужин в 18:30|09-26 18:30|typo
N7|KYIV|Бабушке 80! Празднуем в ресторане 31 октября в 16:00|10-31 16:00|
N7|PRG|В пятницу 30 октября в 19:00 хеллоуин у Димы, костюмы обязательны|10-30 19:00|
N7|MSK|выставка в пушкинском в сб в 11:00, я купила билеты|sat 11:00|typo
N7|VVO|Тайфун обещают в пятницу, так что на рыбалку не едем|!cancelled|
N7|NSK|мама прелетает в воскресенье в 14:20, еду встречать в Толмачево|sun 14:20|typo
N7|TBS|Ртвели в субботу, с утра в Кахетию, выезжаем в 8|sat 08:00|
N7|TAS|Я прошлой пятницей уже сдал отчёт|!past|
N7|BER|Часы переводят 25 октября, на час назад|!other|timetable
N7|TLL|Можно будет как-нибудь съездить на Сааремаа, было бы здорово|!other|wish
N7|RIX|Магазин у дома теперь работает с 8 до 22|!other|timetable
N8|RIX|Созвон в понедельник 26-го в 9:00, по новому времени|10-26 09:00|
N8|BER|Хэллоуин 31-го, у Оли с 19:00, дети в костюмах 🎃|10-31 19:00|
N8|NY|Родительское собрание 3 ноября в 18:00, пойдёшь со мной?|11-03 18:00|
N8|TOR|Хоккей в субботу 7 ноября в 19:00, я купил билеты на Leafs|11-07 19:00|
N8|PRG|ужин в сб 24го в 19:30, столик на шестерых|10-24 19:30|typo
N8|HEL|Концерт в Хельсинки 1 ноября, начало в 19:00|11-01 19:00|
N8|KYIV|Во вторник 27-го в 14:00 встреча с нотариусом|10-27 14:00|
N8|JRS|Часы в Израиле переводят не в пятницу, а в воскресенье 25-го|!other|timetable
N8|WAW|День всех святых 1 ноября, едем на кладбище к бабушке в 10:00|11-01 10:00|
N8|MIN|в субботу с 10 до 14 субботник в садике, нужны папы|sat 10:00-14:00|
N8|VNO|Я в командировке до пятницы, потом свободен|!other|availability
N8|TLL|Был на концерте в четверг, голос сорвал|!past|
N8|BER|Новоселье переносится, пока без даты|!cancelled|
N8|MSK|Ну короче в субботу мы к Диме на дачу едем выезжаем часиков в девять утра ты с нами?|sat 09:00|voice
N9|BER|Первый день по зимнему времени, рано стемнело|!other|
N9|NY|Часы в Нью-Йорке переводят 1 ноября, созвон с вами сдвинется на час|!other|timetable
N9|NY|Мой забег 1 ноября, старт в 9:50, болейте за меня 🏃|11-01 09:50|
N9|TOR|Отмечаем день рождения Вити 7 ноября в 18:00, кафе на Bathurst|11-07 18:00|
N9|RIX|Завтра в 10 совещание, переносим с 9|+1 10:00|
N9|KIV|В четверг в 17:00 репетиция свадьбы, все в сборе|thu 17:00|
N9|JRS|Ханука 4 декабря, зажигаем первую свечу у нас в 17:00|12-04 17:00|
N9|PRG|в ср в 18:30 йога, я записалась на пробное|wed 18:30|typo
N9|YEK|мы с витей в кино в пт в 21:00, пойдешь?|fri 21:00|typo
N10|MSK|Корпоратив 25 декабря в 19:00, ресторан на Патриках|12-25 19:00|
N10|KYIV|завтра в 13 00 обед с Катей, зовет на борщ|+1 13:00|typo
N10|MSK|Ёлка у Сони в садике 24.12 в 10:00, надо костюм снежинки|12-24 10:00|
N10|TAS|Мы переехали, новый адрес: Чиланзар, 9 квартал, дом 12, кв. 45|!other|lookalike
N10|NSK|Декабрь будет тяжелый, много работы|!other|
N10|HEL|Я по четвергам хожу на курсы финского в 18:00|!other|habit
N10|BER|Мой день рождения 30 ноября, мне 35|!other|lookalike
N11|MSK|Новый год у нас, приходите к 21:00, оливье будет 🎄|12-31 21:00|
N11|SAM|Рождество 7 января, идём на службу в 23:00 6-го|01-06 23:00|
N11|BER|3 января в 12:00 бранч у нас, после праздников|01-03 12:00|
N11|RIX|Выходим на работу 4 января, отдых закончился|!other|
N11|RIX|Скоро Рождество по старому стилю, надо купить подарки|!other|
N11|KGD|Я с 1 по 10 января не работаю|!other|availability
N11|MSK|в пн в 15:00 педсовет, не забудь|mon 15:00|typo
N11|NY|Поздравляли сегодня бабушку по скайпу, ей 90|!past|
N12|MSK|С 8 Марта, девочки! Вечером ужин в 19:30 у Тани, всех ждём 💐|0 19:30|
N12|BER|Пасхальная ярмарка 27 марта, идём в 11?|03-27 11:00|
N12|RIX|Защита проекта в четверг 1 апреля в 10:00|04-01 10:00|
N12|NY|Собрание в школе в понедельник 15-го в 18:00|03-15 18:00|
N12|JRS|Пурим 23 марта, маскарад у детей в 9:00 в садике, приходите|03-23 09:00|
N12|HEL|Часы переводят в ночь на 28 марта|!other|timetable
N12|KYIV|Экзамен по вождению в понедельник 29-го в 8:00|03-29 08:00|
N12|PRG|Весенний концерт в пятницу 2 апреля в 18:00|04-02 18:00|
N12|MSK|Масленица в этом году с 8 по 14 марта, блины всю неделю|!other|
N12|NSK|Если не будет метели, в субботу поедем на лыжах|!other|hypothetical
N13|BER|Пасха 28 марта, идём на службу в 10:00, а потом завтрак|03-28 10:00|
N13|RIX|В субботу 27-го в 18:00 день рождения у Лиги, бар на Бривибас|03-27 18:00|
N13|JRS|Седер в этом году 21 апреля, у нас в 19:30|04-21 19:30|
N13|LON|Детский утренник 29 марта в 11:00, надо костюм|03-29 11:00|
N13|VNO|Во вторник 30-го в 19:00 родительское собрание|03-30 19:00|
N13|TLL|Сдать декларацию до 30 апреля|!deadline|
N13|HEL|созвон в пн в 9:00 по хельсинкскому|mon 09:00|typo
N13|MSK|в сб на вокзале в 8:00, поезд в Суздаль|sat 08:00|typo
N13|PRG|Поход в горы отменяем, снег не сошёл|!cancelled|
N13|NY|Я в пятницу вечером вообще никуда не хочу|!other|
N8|RIX|Уважаемые родители! Приглашаем вас на собрание в четверг, 29 октября, в 18:00, актовый зал.|10-29 18:00|formal
N12|BER|Уважаемый Игорь Петрович, подтверждаем вашу запись на приём 30 марта в 10:20.|03-30 10:20|formal
N1|PRG|В четверг 12-го в 19:00 английский, а в субботу 4-го с 10 до 12 бассейн с детьми|03-12 19:00;04-04 10:00-12:00|
N7|HEL|Во вторник 27-го в 9:00 врач, а в пятницу 30-го в 18:30 театр|10-27 09:00;10-30 18:30|
N8|BER|короче завтра в девять утра у меня стоматолог а в пятницу тридцатого в семь вечера мы идём к Лене на новоселье ну ты помнишь|+1 09:00;10-30 19:00|voice day-part
N2|MSK|Созвон через час, я пришлю ссылку|@+60|relative
N10|NSK|Через 40 минут жду тебя у входа в ТЦ|@+40|relative
N8|PRG|Через две недели в субботу, 31-го, едем на Хэллоуин в Брно, выезд в 10 утра|10-31 10:00|relative-plus-date day-part
N13|RIX|Большая талка в Межапарке 24 апреля с 10 до 14, идём всей семьёй|04-24 10:00-14:00|
N12|VNO|Воркшоп в четверг 1 апреля с 9:30 до 13:00, регистрация обязательна|04-01 09:30-13:00|
N5|KYIV|Мастер-класс по керамике 31 октября с 12 до 14, я нас записала|10-31 12:00-14:00|
N6|JRS|Экскурсия по Старому городу 30 октября с 9 до 12:30|10-30 09:00-12:30|
N9|NY|Встреча выпускников 7 ноября с 19:00 до 23:00, Бруклин|11-07 19:00-23:00|
N3|RIX|Массаж в четверг 2 апреля в 17:00, сеанс на час|04-02 17:00/60|
N7|TLL|Экзамен по эстонскому 28 октября в 10:00, длится три часа|10-28 10:00/180|
N12|KIV|Дегустация вина в субботу 3 апреля в 15:00, на полтора часа|04-03 15:00/90|
"""

RAW_ES = r"""
N1|MAD|Cena de antiguos alumnos el sábado 4 de abril a las 21:30 en Casa Lucio|04-04 21:30|
N1|MAD|oye el jueves 12 a las 19h tenemos tutoría con la profe de Lucía, no te olvides|03-12 19:00|
N1|BCN|Calçotada el domingo 29 de marzo en Valls, salimos a las 9 de la mañana|03-29 09:00|day-part
N1|CAN|Carnaval de Santa Cruz ya pasó, ahora toca descansar jaja|!past|
N1|MAD|Las Fallas empiezan el 15, nosotros bajamos a Valencia el 18/3 en el AVE de las 8:40|03-18 08:40|
N1|SCL|Reunión de apoderados el martes 10 a las 19:30 en el colegio|03-10 19:30|
N1|SCL|El cambio de hora es la noche del sábado 4 de abril, ojo con los vuelos|!other|timetable
N1|EAS|Tapati Rapa Nui fue en febrero, ya se terminó todo|!past|
N1|MEX|junta c/ proveedores el jueves a las 10:00 en la sala B|thu 10:00|typo
N1|MEX|el sabado 7 nos vemos en coyoacan a las 12? 🌮|sat 12:00|typo
N1|TIJ|Cruzamos a San Diego el domingo 15 a las 7 de la mañana para evitar la fila|03-15 07:00|day-part
N1|BOG|partido de millos el domingo a las 6 de la tarde, ya compre las boletas|sun 18:00|day-part typo
N1|BUE|asado el sab a las 21, traé el vino|sat 21:00|typo
N1|MVD|arrancamos con las clases de candombe el jue a las 20|thu 20:00|typo
N1|HOU|Carne asada en casa de mi tía el domingo 15 a las 2pm|03-15 14:00|
N1|MIA|Siempre vamos a la misa de 8 de la mañana los domingos|!other|habit
N1|MAD|Ya pagué la matrícula, plazo hasta el 10 de marzo|!deadline|
N1|BOG|Se canceló la reunión del viernes, el jefe está de viaje|!cancelled|
N1|CCS|Si se va la luz otra vez no hacemos la fiesta|!other|hypothetical
N1|SCL|Ojalá pudiéramos ir a Torres del Paine este otoño|!other|wish
N2|MAD|Concierto de Rosalía el 2 de abril a las 21:00, tenemos pista 🎶|04-02 21:00|
N2|MAD|Procesión del Jueves Santo, 2 de abril, quedamos a las 20:30 en Sol|04-02 20:30|
N2|CAN|Vuelo a Madrid el lunes 30 a las 7:15 desde Tenerife Norte|03-30 07:15|
N2|SCL|Once donde mi abuela el domingo 5 de abril a las 18:00|04-05 18:00|
N2|MEX|vive latino el sabado, nos vemos en la puerta 5 a las 14:00|sat 14:00|typo
N2|MTY|carne asada el domingo a las 5 de la tarde en ksa de Chuy|sun 17:00|day-part typo
N2|PTY|reunion de padres el miercoles de 5 a 6 de la tarde|wed 17:00-18:00|day-part typo
N2|BOG|Ciclovía el domingo 15 de 7 a 10 de la mañana, ¿quién se apunta?|03-15 07:00-10:00|day-part
N2|LIM|clases de surf en miraflores el sabado de 8 a 10, ya pague|sat 08:00-10:00|typo
N2|MAD|Ayer fue la reunión del AMPA y no fue nadie|!past|
N2|SCL|El paro de micros es el lunes, no habrá transporte|!other|
N2|MEX|¿A qué hora abre el Museo de Antropología los domingos?|!other|question
N2|BUE|Mi hermana se va a Bariloche el jueves, yo me quedo|!other|reported
N2|MAD|Los martes y jueves tengo pádel a las 20:00|!other|habit
N3|MAD|Domingo de Ramos, el 29, a las 12 en la iglesia con la abuela|03-29 12:00|
N3|MAD|Semana Santa en Sevilla: tren el miércoles 1 a las 9:30, volvemos el domingo|04-01 09:30|wd
N3|BCN|Sant Jordi es el 23 de abril, este año vamos a la Rambla a las 11|04-23 11:00|
N3|SCL|Misa de Pascua el domingo 5 de abril a las 11:00, vamos con la familia|04-05 11:00|
N3|MIA|Domingo de Pascua 5 de abril, misa a las 9 y después almuerzo en casa|04-05 09:00|
N3|ASU|chipa y mate el sabado a las 16 donde la tia Nilda|sat 16:00|typo
N3|MAD|¿Cuándo cambian la hora? El domingo que viene, el 29|!other|question
N3|LIM|La procesión del Señor de los Milagros es en octubre, no ahora|!other|
N3|BUE|Ya fue el recital, estuvo buenísimo|!past|
N3|SCL|Suspendieron el festival por el incendio, sin fecha nueva|!cancelled|
N4|MAD|mñn a las 8:30 reunion con el de recursos humanos|+1 08:30|typo
N4|MAD|Cambiamos la hora anoche y hoy he llegado tarde a misa|!past|
N4|SCL|Asado en la parcela el domingo 5, llegamos tipo 13:00|04-05 13:00|
N4|SCL|El domingo 12 de abril a las 10 corro los 10k de Providencia|04-12 10:00|
N4|SCL|Ojo que esta noche se cambia la hora, no, es el sábado en la noche|!other|timetable
N4|EAS|La ceremonia en Ahu Tongariki al amanecer del martes 7, salimos a las 6|04-07 06:00|
N4|MEX|junta de vecinos el martes a las 19:00 en el salon|tue 19:00|typo
N4|CUN|tour a chichen itza el miercoles, pasan x nosotros a las 7 de la mañana|wed 07:00|day-part typo
N4|CJS|Pasamos a El Paso el sábado a las 8 de la mañana para las compras|sat 08:00|day-part
N4|SJU|ensayo de la parranda el viernes a las 7 de la noche xfa no falten|fri 19:00|day-part typo
N4|BUE|El jueves no hay clases por el feriado de Malvinas, así que dormimos|!other|
N4|MVD|Ya volvimos de Punta del Este, qué pena que se terminó el verano|!past|
N4|SCL|La entrega del informe es el 10 de abril a más tardar|!deadline|
N5|BCN|Fiesta mayor de Gràcia el 15 de agosto, quedamos a las 22 en la plaza del Sol|08-15 22:00|
N5|CAN|Vuelo a Lanzarote el 3/8 a las 16:45|08-03 16:45|
N5|SCL|Fiestas Patrias, el 18 de septiembre ramada en La Reina a las 15:00|09-18 15:00|
N5|SCL|Cumpleaños de la Coni el sábado 12 de septiembre a las 20:00 en su depa|09-12 20:00|
N5|EAS|Llega mi hermana del continente el domingo 6 de septiembre a las 14:30, voy al aeropuerto|09-06 14:30|
N5|MEX|Grito de Independencia el 15 de septiembre, nos vemos en el Zócalo a las 20:00|09-15 20:00|
N5|LAX|los dodgers el viernes a las 7:10 pm, ya tengo los voletos|fri 19:10|typo
N5|MAD|Me voy de vacaciones del 1 al 15 de agosto, no me llaméis|!other|availability
N5|BCN|El súper cierra a las 15:00 los sábados en agosto|!other|timetable
N5|SCL|Ganamos 2 a 0, grande Colo Colo 🏆|!other|lookalike
N5|MEX|Mi primo se casa en diciembre, pero no me invitó|!other|reported
N6|MAD|La vuelta al cole es el lunes 7 de septiembre|!other|
N6|SCL|Desfile de Fiestas Patrias el sábado 19 de septiembre a las 10, vamos con los niños|09-19 10:00|
N6|SCL|Asado del Dieciocho en el campo, salimos el jueves 17 a las 8 de la mañana|09-17 08:00|day-part
N6|SCL|El sábado 5 en la noche se adelanta la hora, una hora menos de sueño|!other|timetable
N6|EAS|Vuelo a Santiago el lunes 7 a las 14:30|09-07 14:30|
N6|TGU|Feria Juniana ya pasó, ahora la Feria de Septiembre|!other|
N6|CCS|reunion de condominio el jueves a las 7 de la noche|thu 19:00|day-part typo
N6|MVD|Me dijeron que el concierto fue un desastre|!other|reported
N6|ASU|No sé si vamos al cumple de la Vale, está lejos|!other|
N6|SCL|Mañana no puedo, tengo que trabajar todo el día|!other|availability
N6|MIA|Teníamos el baby shower ayer, quedó precioso|!past|
N7|MAD|Fiestas del Pilar en Zaragoza, vamos el sábado 10 de octubre, el AVE sale a las 10:05|10-10 10:05|
N7|BCN|Cena de Halloween el sábado 31 a las 21:00, disfraces obligatorios 🎃|10-31 21:00|
N7|CAN|Reunión del cole el 29/10 a las 17:30|10-29 17:30|
N7|MIA|Noche de Halloween en casa de Yanet, sábado 31, 8pm|10-31 20:00|
N7|BOG|Concierto de Karol G el viernes 2 a las 8 de la noche, ya tengo boletas|10-02 20:00|day-part
N7|MAD|mñn me opero, entro a las 8 al quirofano|+1 08:00|typo
N7|MAD|En octubre cambia la hora, el último domingo|!other|timetable
N7|SCL|Me cambiaron la hora del dentista, ahora no sé cuándo es|!cancelled|
N7|BCN|La Diada fue el viernes 11 y no vi los castells|!past|
N7|MEX|¿Sabes si el consulado abre el lunes?|!other|question
N8|MAD|El lunes 26 a las 9:00 tenemos la reunión trimestral, ya con la hora cambiada|10-26 09:00|
N8|MAD|Castañada el sábado 31 a las 19:00 en el pueblo|10-31 19:00|
N8|BCN|Todos los Santos el domingo 1, vamos al cementerio a las 11|11-01 11:00|
N8|CAN|Concierto del Womad el sábado 14 de noviembre a las 20:00|11-14 20:00|
N8|TIJ|Trick or treat el sábado 31 a las 5 de la tarde|10-31 17:00|day-part
N8|TIJ|Cruzamos el domingo 1 de noviembre temprano, a las 6 de la mañana|11-01 06:00|day-part
N8|HOU|El 3 de noviembre votamos juntos a las 7am, cuando abre la casilla|11-03 07:00|
N8|LAX|Nos vemos el domingo 8 a las 10 en el Día de los Muertos de Olvera St|11-08 10:00|
N8|BOG|cine el miercoles a las 7 de la noche, la de almodovar|wed 19:00|day-part typo
N8|SCL|clase de cueca el martes a las 19:00, primera clace|tue 19:00|typo
N8|MAD|Mañana cambia la hora? No, el próximo domingo|!other|question
N8|SCL|El asado se suspende, llueve todo el finde|!cancelled|
N8|MEX|Ya no voy a la boda, me enfermé|!other|
N8|BCN|Ojo que la renta se presenta como tarde el 30 de junio, no lo dejes|!deadline|
N9|MAD|Amanecimos con la hora cambiada, el perro no entiende nada 🐶|!other|
N9|MIA|Cena de Thanksgiving en casa de los Pérez el jueves 26 a las 5pm|11-26 17:00|
N9|HOU|El 1 de noviembre cambian la hora, ojo con la misa|!other|timetable
N9|LAX|Misa del 2 de noviembre por el abuelo a las 7 de la tarde|11-02 19:00|day-part
N9|MAD|El jueves 29 a las 18:00 presentación del libro de Marta, venid|10-29 18:00|
N9|SCL|El finde pasado fuimos a Valparaíso, qué lindo|!past|
N10|MAD|La cena navideña del curro es el 18/12, a las 21:00 en el asador|12-18 21:00|
N10|BUE|partido de la final el sabado a las 17, lo vemos en lo de Nico|sat 17:00|typo
N10|BOG|Novena de aguinaldos el 16 de diciembre a las 7 de la noche en mi casa|12-16 19:00|day-part
N10|MAD|Mi cumpleaños es el 2 de diciembre, cumplo 40|!other|lookalike
N10|CCS|Ya no hacemos la hallaca el sábado, nos vamos de viaje|!cancelled|
N11|MAD|Nochevieja en casa de mis padres, a las 21:30 cenamos|12-31 21:30|
N11|BUE|Vuelta al trabajo el 4 de enero, uff|!other|
N11|MVD|El Carnaval arranca en enero con el desfile, todavía falta|!other|
N11|SJU|Las Navidades en Puerto Rico duran hasta las octavitas|!other|
N12|MAD|Fallas: bajamos el 17/3, tren a las 10:00|03-17 10:00|
N12|MAD|Semana Santa en Málaga, volamos el miércoles 24 a las 19:40|03-24 19:40|
N12|BCN|Reunión del club el lunes 29 de marzo a las 19:00|03-29 19:00|
N12|SCL|Asado de cierre del verano el sábado 3 de abril a las 13:00|04-03 13:00|
N12|SCL|Reunión de apoderados el martes 6 de abril a las 19:00|04-06 19:00|
N12|HOU|Quinceañera de Gaby el sábado 20 a las 6pm|03-20 18:00|
N12|LAX|Cita médica el martes 16 a las 9am|03-16 09:00|
N12|MEX|marcha del 8M hoy a las 16:00 desde el angel, vamos juntas? 💜|0 16:00|typo
N12|BOG|¿Sabes a qué hora es la misa del Domingo de Ramos?|!other|question
N12|MAD|Si hace bueno en Semana Santa nos vamos a la playa|!other|hypothetical
N13|MAD|Procesión el Jueves Santo 25, quedamos a las 21:00 en la plaza|03-25 21:00|
N13|MAD|Domingo de Pascua, el 28, comida en casa de la abuela a las 14:00|03-28 14:00|
N13|SCL|Misa de Pascua de Resurrección el domingo 28 a las 11:00|03-28 11:00|
N13|SCL|Cumpleaños de mi papá el domingo 4 de abril a las 13:00|04-04 13:00|
N13|MEX|Fiesta de cumple el sábado 27 a las 16:00 en el salón|03-27 16:00|
N13|MIA|Reunión con el abogado el lunes 22 a las 10am|03-22 10:00|
N13|SCL|Ya se me pasó el plazo de la beca, era el 15|!past|
N13|BUE|¿Qué día es el feriado de abril?|!other|question
N13|MAD|Suspendido el viaje a Granada por la huelga|!cancelled|
N8|MAD|Estimado cliente: le confirmamos su cita en la ITV el martes 3 de noviembre a las 9:40.|11-03 09:40|formal
N12|SCL|Estimados apoderados, los citamos a reunión el jueves 8 de abril a las 19:00 en el casino del colegio.|04-08 19:00|formal
N3|MAD|El martes 24 dentista a las 17:00 y el sábado 4 de abril bautizo de Leo a las 12:00|03-24 17:00;04-04 12:00|
N6|SCL|El viernes 11 a las 19:00 acto del colegio y el domingo 13 a las 13:00 almuerzo donde los suegros|09-11 19:00;09-13 13:00|
N9|LAX|El martes 3 a las 8am voto y el sábado 7 a las 6pm la fiesta de la Lupe|11-03 08:00;11-07 18:00|
N13|SCL|oye te cuento que el sábado 10 de abril es el bautizo del Benja a las 11 en la parroquia así que anótalo porfa|04-10 11:00|voice
N8|MEX|mira lo que pasa es que el jueves mi jefe quiere junta a las 9 de la mañana y no sé si llego a tiempo pero ahí nos vemos|thu 09:00|voice day-part
N4|BUE|Arrancamos la call en media hora, ¿ok?|@+30|relative
N10|BOG|nos vemos en una hora en el Andino|@+60|relative
N8|MAD|Dentro de dos semanas, el domingo 1, corro la carrera de Vallecas con Pablo, salida a las 8:30|11-01 08:30|relative-plus-date
N1|MAD|Taller de cerámica el sábado 11 de abril de 10 a 13, apúntate|04-11 10:00-13:00|
N7|BCN|Castanyada en el cole el viernes 30 de 15 a 17h, vamos los dos|10-30 15:00-17:00|
N12|CAN|Clase de surf el domingo 4 de abril de 9 a 11|04-04 09:00-11:00|
N5|SCL|Taller para apoderados el sábado 12 de septiembre de 9 a 12|09-12 09:00-12:00|
N1|TIJ|Kermés en la escuela el sábado 21 de marzo de 10 a 2 de la tarde|03-21 10:00-14:00|day-part
N9|MAD|Masaje el miércoles 4 de noviembre a las 18:00, una hora|11-04 18:00/60|
N12|MAD|Clase de baile el viernes 2 de abril a las 19:30, hora y media|04-02 19:30/90|
N6|EAS|Buceo el sábado 12 de septiembre a las 9:00, dura dos horas|09-12 09:00/120|
N5|MEX|Si llueve el domingo, el partido se cambia|!other|hypothetical
N7|SCL|La feria abre de 10 a 20 los fines de semana|!other|timetable
N10|LIM|Mi hija se va de promoción a Cusco en diciembre, yo no|!other|reported
N11|BUE|El código del portero es 2231, piso 4|!other|lookalike
N12|SCL|Tengo libre el jueves en la tarde|!other|availability
N13|MAD|Los sábados corro a las 8 por el Retiro|!other|habit
N3|BOG|Ojalá algún día ir a la Feria de las Flores|!other|wish
"""

RAW_PT = r"""
N1|LIS|Jantar de curso no sábado 28 de março às 20h30 no Bairro Alto, já reservei|03-28 20:30|
N1|LIS|Consulta no centro de saúde na quinta 2 de abril às 9h15|04-02 09:15|
N1|LIS|malta, futebol de 5 amanha as 21h no pavilhao, faltam 2 ⚽|+1 21:00|typo
N1|AZO|Reunião da junta de freguesia na segunda 30/3 às 20h|03-30 20:00|
N1|FNC|Festa da Flor ainda falta, é só em maio|!other|
N1|PAR|Almoço de Páscoa na casa da tia em Créteil, domingo 5 de abril ao meio-dia|04-05 12:00|
N1|LUX|Reunião de pais na escola terça dia 31 às 18h|03-31 18:00|
N1|ZRH|Viagem a Lisboa: o voo sai de Zurique sexta 3 de abril às 6h50|04-03 06:50|
N1|BOS|Missa em português domingo 15 às 11h na igreja de Santo António|03-15 11:00|
N1|SAO|churras sab às 13h na casa do Fê, leva carvão 🔥|sat 13:00|typo
N1|SAO|reunião de condomínio qui às 19h30, vc vai?|thu 19:30|typo
N1|REC|Aula de frevo sábado das 9h às 11h no Paço do Frevo|sat 09:00-11:00|
N1|FOR|bora pra praia do futuro domingo cedinho, saio daki às 7h|sun 07:00|typo
N1|MAO|consulta no dentista sexta as 14h, lembra d me buscar|fri 14:00|typo
N1|SAO|Ontem foi o ensaio da escola de samba, saí acabado|!past|
N1|LIS|O prazo do IRS começa em abril, ainda há tempo|!other|
N1|SAO|Toda terça eu faço pilates às 7h|!other|habit
N1|REC|Se chover no sábado a gente cancela a praia|!other|hypothetical
N1|BEL|O show foi cancelado, devolvem o dinheiro|!cancelled|
N1|LIS|Entregar o relatório até dia 15|!deadline|
N2|LIS|Sexta-feira Santa, 3 de abril, vamos à procissão das 21h|04-03 21:00|
N2|FNC|Aniversário da avó domingo 29 de março, almoço à 13h|03-29 13:00|
N2|PAR|Jantar de Páscoa no sábado 4 às 20h, em Saint-Denis|04-04 20:00|
N2|SYP|Churrasco brasileiro em Bondi domingo 12 de abril às 13h|04-12 13:00|
N2|SAO|jogo do timão dom às 16h, vamo assistir no bar? 🍺|sun 16:00|typo
N2|SAO|amanha as 10h tem feira de adoção no parque, bora? 🐶|+1 10:00|typo
N2|SSA|Lavagem do Bonfim já foi em janeiro, agora só ano que vem|!past|
N2|PVH|reunião da igreja sab às 19h|sat 19:00|typo
N2|RAI|Festa de São João em Porto Novo só em junho|!other|
N2|SAO|vc sabe se o Poupatempo abre no sábado?|!other|question typo
N2|LIS|A minha irmã vai ao concerto dos Xutos amanhã, eu não|!other|reported
N2|SAO|Tô livre quarta depois das 18h|!other|availability typo
N3|LIS|Domingo de Ramos, dia 29, missa às 10h em Belém|03-29 10:00|
N3|AZO|Reunião da escola segunda 30 às 18h|03-30 18:00|
N3|FNC|Caminhada na Levada do Rei sábado 4 de abril, saída às 8h30|04-04 08:30|
N3|PAR|Aniversário do Tiago domingo 29 às 15h no parque|03-29 15:00|
N3|SYP|Páscoa na casa da Ju, domingo 5 de abril ao meio-dia|04-05 12:00|
N3|SAO|ensaio do coral qua às 20h|wed 20:00|typo
N3|SAO|Amanhã às 7h30 coleta de sangue no laboratório, tenho que ir em jejum|+1 07:30|
N3|MAO|festa na ksa da Duda sabado às 20h 🎉|sat 20:00|typo
N3|LIS|Mudança da hora: dia 29 os relógios adiantam uma hora|!other|timetable
N3|SAO|Não vou mais no churrasco, tô doente|!other|typo
N3|LIS|Ontem fomos ao Oceanário, os miúdos adoraram|!past|
N3|BOS|O show da Marisa Monte foi adiado, sem data|!cancelled|
N4|LIS|Amanhã às 9h reunião com o cliente, já com a hora nova|+1 09:00|
N4|AZO|Esta madrugada a hora mudou, já viste?|!past|
N4|SYP|Pelada no sábado 11 às 8h no Centennial Park|04-11 08:00|
N4|SAO|reuniao de pais qui às 19h na escola|thu 19:00|typo
N4|SSA|sexta santa a gente vai pra Itaparica, ferry às 7h|04-03 07:00|typo
N4|CGB|niver do Pedrinho sábado às 16h 🎈|sat 16:00|typo
N4|LIS|A minha mãe vai a Fátima no sábado, eu fico|!other|reported
N4|SAO|O prazo do imposto de renda é 29 de maio|!deadline|
N4|REC|Tava marcado pra sábado mas desmarcaram|!cancelled|typo
N5|LIS|Arraial na Graça? Isso foi em junho, agora só no ano que vem|!past|
N5|GVA|Festa portuguesa em Genebra domingo 26 das 12h às 20h|07-26 12:00-20:00|
N5|SAO|Festa julina da escola sábado 25 das 14h às 18h|07-25 14:00-18:00|
N5|REC|São João já passou, ainda tô com fome de milho|!past|typo
N5|SSA|jogo do bahia domingo as 16h na fonte nova, ja comprei|sun 16:00|typo
N5|MAO|Festival de Parintins já foi, agora só ano que vem|!past|
N5|CGB|Aula experimental de forró na terça das 19h às 20h30|tue 19:00-20:30|
N5|MPM|Reunião no ministério quarta às 10h, dura umas 2 horas|wed 10:00/120|
N5|TMS|Festa de São Lourenço em agosto, não vamos este ano|!other|
N5|SAO|Se eu passar no concurso vou pra Brasília|!other|hypothetical
N5|LIS|Quem me dera umas férias nos Açores|!other|wish
N5|SAO|Perdemos de 3 x 1, vergonha|!other|lookalike
N6|LIS|Regresso às aulas é dia 14 de setembro|!other|
N6|AZO|Reunião de condomínio 29/10 às 19h|10-29 19:00|
N6|PAR|Festa de aniversário da Inês sábado 31 de outubro às 15h|10-31 15:00|
N6|LUX|Reunião com o senhorio segunda 26 de outubro às 18h30|10-26 18:30|
N6|SSA|Ensaio da banda quinta 3 das 19h às 22h|09-03 19:00-22:00|
N6|SYP|Jogo do Brasil às 8h de domingo 11 de outubro, no pub de Coogee|10-11 08:00|
N6|LAD|Dia 17 de setembro é feriado, ficamos em casa|!other|
N6|SAO|Que horas abre o shopping no feriado?|!other|question
N6|BEL|Tô de férias até dia 15, depois a gente vê|!other|availability typo
N6|RBR|A reunião que era amanhã foi cancelada|!cancelled|
N7|LIS|Jantar de anos do Rui no sábado 31 às 20h|10-31 20:00|
N7|PAR|Toussaint: vamos a Portugal, voo de Orly sexta 30 de outubro às 9h|10-30 09:00|
N7|ZRH|Reunião na Embaixada quinta 29 de outubro às 14h|10-29 14:00|
N7|BOS|Reunião da escola dos miúdos dia 5 de novembro às 18h|11-05 18:00|
N7|SYP|Pelada sábado 10 de outubro às 9h, agora com horário de verão|10-10 09:00|
N7|SAO|Segundo turno 25 de outubro, a gente vai votar junto às 9h?|10-25 09:00|
N7|REC|show do alceu valença sabado as 21h no marco zero|sat 21:00|typo
N7|MAO|niver da Larissa domingo às 16h, vc vem né?|sun 16:00|typo
N7|MFM|O Grande Prémio é só em novembro, ainda falta|!other|
N7|LIS|Os relógios atrasam no último domingo de outubro|!other|timetable
N7|SAO|Meu aniversário é dia 30, faço 28|!other|lookalike
N7|FOR|Semana passada fomos no show do Wesley Safadão|!past|
N8|LIS|Dia de Todos os Santos, domingo 1, vamos ao cemitério às 10h|11-01 10:00|
N8|LIS|Magusto da escola sexta 6 de novembro às 15h|11-06 15:00|
N8|AZO|A hora muda no domingo 25, à 1h da manhã|!other|timetable
N8|FNC|Jantar de São Martinho dia 11 às 20h|11-11 20:00|
N8|PAR|Reunião de trabalho segunda 26 às 9h|10-26 09:00|
N8|BOS|Reunião do clube português dia 7 de novembro às 19h|11-07 19:00|
N8|SAO|Segundo turno domingo 25, bora votar cedo às 8h|10-25 08:00|
N8|SSA|Consulta com a dermatologista quinta 22 às 10h30|10-22 10:30|
N8|BEL|Reunião do projeto terça às 15h, dura 1h30|tue 15:00/90|
N8|LIS|Fui ao concerto da Carminho ontem, que voz|!past|
N8|SAO|A festa da firma foi adiada, sem data nova|!cancelled|
N8|REC|Pagar o IPTU até dia 30|!deadline|
N9|LIS|Primeiro dia com a hora de inverno, às 17h30 já está escuro|!other|
N9|BOS|Os relógios aqui só mudam no dia 1, por isso esta semana a diferença para Lisboa é só de 4 horas|!other|timetable
N9|BOS|Thanksgiving na casa da Fátima quinta 26 às 15h|11-26 15:00|
N9|TORP|Jantar de São Martinho no clube sábado 7 de novembro às 19h|11-07 19:00|
N9|LIS|Reunião de pais terça 27 às 18h30|10-27 18:30|
N9|PAR|Aniversário do Lucas sábado 31 às 14h|10-31 14:00|
N9|SAO|consulta no cardiologista qua 8h20, tô nervosa|wed 08:20|typo
N9|MAO|sexta vou buscar minha mae no aeroporto as 23h|fri 23:00|typo
N9|LIS|O jogo acabou 2-2, que nervos|!other|lookalike
N10|LIS|Jantar de Natal da empresa sexta 18/12 às 20h|12-18 20:00|
N10|REC|Reunião com o síndico segunda às 19h|mon 19:00|
N10|BXO|Assembleia da cooperativa no sábado às 10h, na sede|sat 10:00|
N10|SAO|Black Friday é dia 27, vou ficar em casa|!other|
N10|LIS|O meu cartão do cidadão caduca a 3 de janeiro|!deadline|
N11|LIS|Passagem de ano na casa do Zé, aparece às 22h|12-31 22:00|
N11|SAO|Réveillon na praia, saímos dia 31 às 15h|12-31 15:00|
N11|SAO|Volto a trabalhar dia 4|!other|
N11|REC|Virada na casa da Lu, aparece às 21h|12-31 21:00|
N11|LAD|Jantar de ano novo às 20h no dia 31|12-31 20:00|
N11|DIL|Missa do Ano Novo dia 1 às 9h|01-01 09:00|
N11|SAO|Natal foi ótimo, comi demais|!past|
N12|LIS|Almoço de Páscoa no domingo 28 de março à 13h|03-28 13:00|
N12|LIS|Dia do Pai é dia 19, jantar na sexta às 20h|03-19 20:00|
N12|AZO|Reunião de pais segunda 29 às 18h|03-29 18:00|
N12|BOS|Missa de domingo 14 às 10h, com a hora nova|03-14 10:00|
N12|SAO|Dia da Mulher hoje, jantar às 20h com as amigas|0 20:00|
N12|SAO|Aula de natação do Pedro quarta das 17h às 17h50|wed 17:00-17:50|
N12|SYP|Páscoa na casa da Ju domingo 28 de março ao meio-dia|03-28 12:00|
N12|SYP|Piquenique no parque domingo 4 de abril às 11h, já com o horário de inverno|04-04 11:00|
N12|LIS|Se não chover, domingo fazemos a caminhada|!other|hypothetical
N12|SAO|O Carnaval já passou, agora é trabalhar|!past|
N13|LIS|Sexta-feira Santa, 26 de março, procissão às 21h|03-26 21:00|
N13|LIS|Almoço de domingo 28 com a família à 13h|03-28 13:00|
N13|PAR|Reunião de trabalho segunda 29 às 9h|03-29 09:00|
N13|SAO|Culto de Páscoa domingo 28 às 9h|03-28 09:00|
N13|SYP|Pelada domingo 4 de abril às 9h, a hora muda de madrugada|04-04 09:00|
N13|SAO|Não sei se vou na festa, vou ver|!other|
N13|LIS|Os relógios adiantam no domingo 28|!other|timetable
N8|LIS|Exmo. Senhor, confirmamos a sua consulta de oftalmologia no dia 3 de novembro, às 10h40.|11-03 10:40|formal
N12|SAO|Prezados pais, convidamos para a reunião de pais na quinta-feira, 18 de março, às 19h.|03-18 19:00|formal
N1|LIS|Dia 10 às 18h tenho dentista e no sábado 4 de abril às 15h é o batizado da Matilde|03-10 18:00;04-04 15:00|
N7|SYP|Sexta 9 de outubro às 19h jantar com o pessoal, domingo 11 às 10h praia|10-09 19:00;10-11 10:00|
N9|BOS|Segunda 2 às 9h consulta, e quinta 5 às 18h30 reunião na escola|11-02 09:00;11-05 18:30|
N12|LIS|olha então ficou assim sábado dia 3 de abril às oito e meia da noite é o jantar dos anos da tia e depois logo se vê|04-03 20:30|voice day-part
N6|SAO|oi amiga então é assim a festa da Júlia vai ser dia 19 de setembro às quatro da tarde no salão do prédio tá|09-19 16:00|voice day-part
N10|SAO|chego em 20 minutos, me espera na portaria|@+20|relative
N4|LIS|daqui a meia hora no café da esquina?|@+30|relative
N7|LIS|Daqui a duas semanas, na quarta 7 de outubro, reunião às 15h|10-07 15:00|relative-plus-date
N3|LIS|Workshop de fotografia sábado 11 de abril das 10h às 13h|04-11 10:00-13:00|
N8|PAR|Festa de Natal da associação dia 12 de dezembro das 14h às 19h, contamos contigo|12-12 14:00-19:00|
N12|FNC|Visita de estudo na quinta 1 de abril das 9h às 16h, vou de acompanhante|04-01 09:00-16:00|
N7|BOS|Voluntariado no banco alimentar sábado 7 de novembro das 9h às 12h|11-07 09:00-12:00|
N1|BOS|Aula de inglês sábado 14 às 10h, 1 hora e meia|03-14 10:00/90|
N6|LDN|Massagem marcada dia 30 de outubro às 17h, uma hora|10-30 17:00/60|
N13|SYP|Aula de surf domingo 11 de abril às 8h, duas horas|04-11 08:00/120|
N5|LIS|Os correios fecham às 18h30 e ao sábado só de manhã|!other|timetable
N10|LIS|Amanhã entro às 8h, turno da manhã|!other|
N2|SAO|A Ana falou que vai no show sábado, mas eu não vou|!other|reported
N6|LIS|Gostava tanto de ir ao Rock in Rio um dia|!other|wish
N11|SAO|Se o voo atrasar, a gente janta no aeroporto|!other|hypothetical
N13|SAO|Ontem às 15h teve reunião e eu esqueci 🤦|!past|
N9|LIS|O código da porta é 4512, é no 3º esquerdo|!other|lookalike
N12|FOR|vc sabe q horas começa o culto domingo?|!other|question typo
N3|SAO|Eu malho toda segunda e quarta às 6h30|!other|habit
N7|REC|Posso qualquer dia depois das 17h, é só falar|!other|availability
N1|MAO|Entregar o TCC até 30 de abril|!deadline|
N2|LIS|Jantar de anos da Rita na quinta 2 de abril às 8 da noite, na tasca do costume|04-02 20:00|day-part
N8|BOS|Missa das almas domingo 8 de novembro às 9 da manhã na igreja de São João|11-08 09:00|day-part
N5|AZO|Jantar da filarmónica no sábado 31 de outubro às 8 da noite|10-31 20:00|day-part
"""


def parse_raw(raw):
    out = []
    for line in raw.strip("\n").split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("|")
        if len(f) != 5:
            sys.exit(f"bad case line: {line}")
        out.append(tuple(x.strip() for x in f))
    return out


CASES_EN = parse_raw(RAW_EN)
CASES_RU = parse_raw(RAW_RU)
CASES_ES = parse_raw(RAW_ES)
CASES_PT = parse_raw(RAW_PT)


def main():
    rows = build()
    out = sys.stdout
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv[1:]:
        stats(rows)


if __name__ == "__main__":
    main()
