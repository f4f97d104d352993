#!/usr/bin/env python3
"""Fifth held-out TEST part of the meeting extractor's corpus (written blind).

python3 make_test_part_5.py > test_part_5.jsonl   regenerates the data byte for byte;
python3 make_test_part_5.py --stats               also prints the counts to stderr.

Stdlib + zoneinfo only; imports nothing from the other parts. Every offset is computed by
zoneinfo for the line's zone at that instant.

Case lines (in the CASES_* blocks below) read

    NOW ZONE | EVENTS | TAGS | text

NOW is a key of REFERENCE_NOWS (a local wall time, read in the line's zone), ZONE a key of
ZONES. EVENTS is empty for a negative, else events separated by ";", each "DAY HH:MM" with an
optional end "-HH:MM" (the text gives an end: tag "range"; an end earlier than the start is the
next day) or "/90m" "/2h" (the text gives a duration: tag "duration"). DAY is "+N" (now's date
plus N days), a weekday "mon".."sun" (the next such day strictly after today), "mon2".."sun2"
(the one a week after that), "MM-DD" (the next such date after now) or "YYYY-MM-DD".
TAGS are short codes: P C D O = negative-past/-cancelled/-deadline/-other; hab ava tt wi hy rep
look q = the secondary negative tags habit availability timetable wish hypothetical reported
lookalike question; fo vo = formal voice; ty mo dp nd rel rpd = typo month-name day-part
numeric-date relative relative-plus-date. "activity" is set on every positive unless the code
"noact" is given; "emoji" is set when the text has an emoji; "range", "duration", "multi" and
"dst" are set by the script.

Labelling decisions (those of the earlier parts, as their READMEs state them, and
test_part_4/README.md's list):
- numeric dates only where they read naturally: en and ru everywhere (M/D in US zones, D/M
  elsewhere), es only in Madrid and the Canaries, pt only in Lisbon, the Azores and Madeira;
- a departure time is the trip's start; "<day> night"/"por la noche"/"à noite"/"ночью" after a
  day 21:00, "tonight"/"hoy en la noche"/"hj à noite"/"сегодня вечером" 20:00, "вечером" after a
  day 19:00, "arvo"/"после обеда"/"à tarde"/"por la tarde" 14:00, "в обед" 12:00, "с утра"
  08:00, "рано утром"/"temprano por la mañana"/"cedo de manhã"/"early morning" 07:00,
  "fim da tarde" 16:00, "noon"/"в полдень"/"al mediodía"/"ao meio-dia" 12:00;
- approximate values take the stated value ("~6", "7ish", "часиков в восемь", "lá pelas 9");
- spoken times are read as said, bare hours by the everyday reading of the activity ("half four"
  16:30, "в полпятого" 16:30, "без четверти семь" 18:45 for an evening plan, "a las cinco menos
  cuarto" 16:45, "às quatro e meia da tarde" 16:30);
- habits, availability, wishes, hypotheticals, timetables and opening hours, clock-change
  notices, going to work or getting home, reported plans of others the writer does not join and
  questions asking only for information are negatives ("other" with a secondary tag); a third
  person's arrival the writer meets and a reported plan the writer joins are plans;
- a plan moved in words is a plan at the new time; postponed without a new time, or called off,
  it is a negative-cancelled; a line with a past and a future event labels only the future one;
- deadlines (submit by, pay before, return by) are negative-deadline; an appointment is not;
- proposals, also as questions ("shall we…?", "давай…?", "¿vamos?", "bora?"), are plans;
- reminders that the chat has an event, and an organiser's confirmation or invitation to those
  taking part, are plans; a reminder of a chore is not;
- "next <weekday>" only where that weekday comes before today's in the week, "this <weekday>"
  only for a day later this week; "in N days" only with a time; "послезавтра"/"pasado mañana"/
  "depois de amanhã"/"the day after tomorrow" +2 days; "in two weeks on <weekday>" only where the
  calendar-week rule and the plain reading agree;
- named holidays only where the date is stated or follows from now with the weekday agreeing;
- no label (and no now) in a wall time a DST change skips or repeats.
New here:
- a line that gives both an event time and a separate departure or pick-up time for the same
  outing was rewritten to give one of them (the departure convention then decides nothing);
- clock-change notices ("clocks go back at 2", "esta madrugada a las tres serán las dos") are
  negative-other with the secondary tag "timetable", as in the fourth part's counts;
- "the sunday after next" / "в воскресенье через неделю" / "el domingo de la semana que viene" /
  "no domingo da semana que vem" are the Sunday of next calendar week, written only where that
  is also the plain reading;
- "typo" marks misspellings, dropped accents, chat abbreviations and chat spellings ("tmrw",
  "ksa", "щас", "n vou", "to livre"); colloquial grammar or slang alone ("vou no", "pro",
  "finde") is not tagged;
- Easter 2026 is 5 April (Orthodox 12 April), Easter 2027 28 March (Orthodox 2 May); holiday
  lines were checked against those dates.
Audit (a second helper, blind, every line; see README.md):
- "month-name" on a positive exactly when its text names a month (a holiday name or a bare
  "el 24"/"dia 31" is not one); "relative-plus-date" also on "the sunday after next", like its
  ru/es/pt equivalents; a bare hour that reads as morning or evening equally well for the
  activity was given "вечера"/"de la mañana" in the text rather than left to the bare-hour rule.
"""
import datetime as dt
import json
import sys
from zoneinfo import ZoneInfo

REFERENCE_NOWS = {
    # key: (local wall time, weekday) -- the weekday is asserted
    "A": ("2026-03-07T11:20", "Sat"),  # US/Canada switch the next day
    "B": ("2026-03-23T08:45", "Mon"),  # EU switch on Sunday 29 Mar
    "C": ("2026-03-28T16:10", "Sat"),  # EU switch the next night
    "D": ("2026-04-03T19:30", "Fri"),  # Chile Sat 4 Apr 24:00, AU/NZ Sun 5 Apr
    "E": ("2026-06-09T13:05", "Tue"),  # an ordinary week
    "F": ("2026-08-31T09:40", "Mon"),  # Chile 6 Sep, NZ 27 Sep
    "G": ("2026-09-26T10:15", "Sat"),  # NZ the next day, Australia 4 Oct
    "H": ("2026-10-19T18:20", "Mon"),  # EU Sunday 25 Oct
    "I": ("2026-10-24T21:50", "Sat"),  # EU the next night
    "J": ("2026-10-27T07:55", "Tue"),  # US/Canada Sunday 1 Nov
    "K": ("2026-10-31T12:30", "Sat"),  # US/Canada the next night
    "L": ("2026-12-09T15:35", "Wed"),  # an ordinary week; yearless January dates are 2027
    "M": ("2027-01-04T10:00", "Mon"),  # early 2027
    "N": ("2027-03-11T20:10", "Thu"),  # US 14 Mar 2027, EU 28 Mar 2027
}

ZONES = {
    "NY": "America/New_York", "CHI": "America/Chicago", "DEN": "America/Denver",
    "PHX": "America/Phoenix", "LA": "America/Los_Angeles", "TOR": "America/Toronto",
    "STJ": "America/St_Johns", "HAL": "America/Halifax", "LON": "Europe/London",
    "DUB": "Europe/Dublin", "SYD": "Australia/Sydney", "ADL": "Australia/Adelaide",
    "DRW": "Australia/Darwin", "BNE": "Australia/Brisbane", "AKL": "Pacific/Auckland",
    "KOL": "Asia/Kolkata", "SIN": "Asia/Singapore", "KTM": "Asia/Kathmandu",
    "MOW": "Europe/Moscow", "EKB": "Asia/Yekaterinburg", "NSK": "Asia/Novosibirsk",
    "VVO": "Asia/Vladivostok", "KGD": "Europe/Kaliningrad", "MSQ": "Europe/Minsk",
    "RIG": "Europe/Riga", "TLL": "Europe/Tallinn", "VNO": "Europe/Vilnius", "KYV": "Europe/Kyiv",
    "KIV": "Europe/Chisinau", "BER": "Europe/Berlin", "TBS": "Asia/Tbilisi",
    "ALA": "Asia/Almaty", "HEL": "Europe/Helsinki",
    "MAD": "Europe/Madrid", "CAN": "Atlantic/Canary", "MEX": "America/Mexico_City",
    "TIJ": "America/Tijuana", "BOG": "America/Bogota",
    "LIM": "America/Lima", "BUE": "America/Argentina/Buenos_Aires", "SCL": "America/Santiago",
    "MVD": "America/Montevideo", "CCS": "America/Caracas",
    "GUA": "America/Guatemala", "MIA": "America/New_York", "LAX": "America/Los_Angeles",
    "LIS": "Europe/Lisbon", "AZO": "Atlantic/Azores", "FUN": "Atlantic/Madeira",
    "SAO": "America/Sao_Paulo", "REC": "America/Recife", "MAO": "America/Manaus",
    "BEL": "America/Belem", "LAD": "Africa/Luanda", "MPM": "Africa/Maputo",
    "PAR": "Europe/Paris", "LUX": "Europe/Luxembourg", "BOS": "America/New_York",
    "LDN": "Europe/London",
}

NUMERIC_DATE_ZONES = {
    "en": None,  # everywhere
    "ru": None,
    "es": {"Europe/Madrid", "Atlantic/Canary"},
    "pt": {"Europe/Lisbon", "Atlantic/Azores", "Atlantic/Madeira"},
}

SHORT_TAGS = {
    "P": "negative-past", "C": "negative-cancelled", "D": "negative-deadline",
    "O": "negative-other", "hab": "habit", "ava": "availability", "tt": "timetable",
    "wi": "wish", "hy": "hypothetical", "rep": "reported", "look": "lookalike", "q": "question",
    "fo": "formal", "vo": "voice", "ty": "typo", "mo": "month-name", "dp": "day-part",
    "nd": "numeric-date", "rel": "relative", "rpd": "relative-plus-date", "em": "emoji",
}
NEGATIVE_KINDS = {"negative-past", "negative-cancelled", "negative-deadline", "negative-other"}
SECONDARY = {"habit", "availability", "timetable", "wish", "hypothetical", "reported",
             "lookalike", "question"}
TAG_ORDER = ["activity", "dst", "typo", "month-name", "emoji", "range", "multi",
             "numeric-date", "day-part", "formal", "voice", "relative", "relative-plus-date",
             "duration", "negative-past", "negative-cancelled", "negative-deadline",
             "negative-other", "habit", "availability", "timetable", "wish", "hypothetical",
             "reported", "lookalike", "question"]
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def has_emoji(text):
    return any(ord(ch) >= 0x1F000 or 0x2600 <= ord(ch) <= 0x27BF for ch in text)


def checked_local(wall, zone):
    """The aware datetime for a wall time, refusing times a DST change skips or repeats."""
    first = wall.replace(tzinfo=zone, fold=0)
    second = wall.replace(tzinfo=zone, fold=1)
    assert first.utcoffset() == second.utcoffset(), f"{wall} is repeated in {zone}"
    back = first.astimezone(dt.timezone.utc).astimezone(zone).replace(tzinfo=None)
    assert back == wall, f"{wall} is skipped in {zone}"
    return first


def resolve_day(spec, now):
    today = now.date()
    if spec.startswith("+"):
        return today + dt.timedelta(days=int(spec[1:]))
    if spec.rstrip("2") in WEEKDAYS:
        target = WEEKDAYS.index(spec.rstrip("2"))
        ahead = (target - today.weekday()) % 7 or 7
        if spec.endswith("2"):
            ahead += 7
        return today + dt.timedelta(days=ahead)
    parts = spec.split("-")
    if len(parts) == 3:
        return dt.date.fromisoformat(spec)
    month, day = int(parts[0]), int(parts[1])
    candidate = dt.date(today.year, month, day)
    if candidate <= today:
        candidate = dt.date(today.year + 1, month, day)
    return candidate


def parse_clock(text):
    hour, minute = text.split(":")
    return dt.time(int(hour), int(minute))


def parse_event(spec, now, zone):
    day_spec, clock = spec.split()
    end_kind = None
    if "-" in clock:
        clock, end_clock = clock.split("-")
        end_kind = "range"
    elif "/" in clock:
        clock, length = clock.split("/")
        end_kind = "duration"
    day = resolve_day(day_spec, now)
    start = checked_local(dt.datetime.combine(day, parse_clock(clock)), zone)
    end = None
    if end_kind == "range":
        end_day = day
        if parse_clock(end_clock) <= parse_clock(clock):
            end_day = day + dt.timedelta(days=1)
        end = checked_local(dt.datetime.combine(end_day, parse_clock(end_clock)), zone)
    elif end_kind == "duration":
        minutes = int(length[:-1]) * (60 if length.endswith("h") else 1)
        assert length[-1] in "hm", spec
        wall_end = start.replace(tzinfo=None) + dt.timedelta(minutes=minutes)
        end = checked_local(wall_end, zone)
    return start, end, end_kind


def crosses_dst(now, start, zone):
    step = now
    offset = now.utcoffset()
    while step < start:
        step = min(step + dt.timedelta(hours=6), start)
        if step.astimezone(zone).utcoffset() != offset:
            return True
    return False


def iso(moment):
    return moment.isoformat(timespec="seconds")


def build(lang, block, prefix):
    rows = []
    for raw in block.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, events, tags, text = (part.strip() for part in line.split("|", 3))
        now_key, zone_key = head.split()
        zone = ZoneInfo(ZONES[zone_key])
        wall_now, weekday = REFERENCE_NOWS[now_key]
        now = checked_local(dt.datetime.fromisoformat(wall_now), zone)
        assert now.strftime("%a") == weekday, now_key
        codes = tags.split()
        names = set()
        for code in codes:
            if code == "noact":
                continue
            assert code in SHORT_TAGS, (code, text)
            names.add(SHORT_TAGS[code])
        expect = []
        kinds = set()
        dst = False
        for spec in filter(None, (part.strip() for part in events.split(";"))):
            start, end, end_kind = parse_event(spec, now, zone)
            assert start > now, (text, start, now)
            assert start - now < dt.timedelta(days=365), text
            if end is not None:
                assert end > start, text
                kinds.add(end_kind)
            for moment in (start, end):
                if moment is not None:
                    assert moment.utcoffset() == moment.astimezone(zone).utcoffset()
            dst = dst or crosses_dst(now, start, zone)
            expect.append({"start": iso(start), "end": iso(end) if end else None})
        negative = names & NEGATIVE_KINDS
        if expect:
            assert not negative and not names & SECONDARY, text
            if "noact" not in codes:
                names.add("activity")
        else:
            assert len(negative) == 1, text
        names |= kinds
        if len(expect) > 1:
            names.add("multi")
        if dst:
            names.add("dst")
        if has_emoji(text):
            names.add("emoji")
        assert ("emoji" in names) == has_emoji(text), text
        allowed = NUMERIC_DATE_ZONES[lang]
        if "numeric-date" in names and allowed is not None:
            assert zone.key in allowed, (zone.key, text)
        ordered = [name for name in TAG_ORDER if name in names]
        assert len(ordered) == len(names), names
        rows.append({
            "id": f"{prefix}-{lang}-{len(rows) + 1:03d}", "part": prefix, "lang": lang,
            "text": text, "now": iso(now), "tz": zone.key, "expect": expect, "tags": ordered,
        })
    return rows


CASES_EN = """
# Sat 7 Mar 2026, US zones switch on Sunday
A NY | mon 18:30 | | parent teacher conference for Maya is monday 6:30, I'll meet you in the lobby
A NY | +1 10:00 | ty | brunch tmrw @ 10 at the diner on 5th? my treat
A NY | tue 19:00-21:00 | | Book club moved to Tuesday, 7 to 9, at Priya's place. Bring the wine you promised
A CHI | +1 13:00 | | Bears watch party at Mike's tomorrow 1pm, chili is on me
A CHI | mon 08:15 | fo | Good morning, this is a reminder that you have a dental cleaning on Monday at 8:15 AM with Dr. Halvorsen.
A CHI | | O hab | I walk the dog at 6 every morning no matter the weather
A DEN | wed 17:45 | | climbing gym wednesday quarter to six, I've got a spare harness
A DEN | 03-21 09:00 | mo | Ski day at Loveland on March 21st, leaving the house at 9 sharp
A LA | +1 11:00 | em | farmers market tomorrow at 11 then tacos 🌮🌮
A LA | | P | we already did the escape room last saturday, we got out with 4 minutes left
A LA | thu 20:00 | ty | thurs 8pm trivia @ the brewery, team name still "Quizteama Aguilera"
A TOR | fri 19:30 | | Leafs game friday, puck drops 7:30, meet at Union at 6:45? no wait just be at the seats by 7:30
A TOR | | O q | what time does the clock change tonight, is it 2am?
A PHX | tue 16:00 | | Phoenix friends: pickleball tuesday at 4, courts by the library
A PHX | | O tt | Spring training gates open at 10 AM, games start at 1:05 PM all week
A STJ | mon 12:30 | | lunch at the Duke of Duckworth monday 12:30, my shout
A STJ | | O look | Final score 3-2 for the Growlers, what a game
A HAL | sat 14:00 | | Reminder: Ava's swim meet is Saturday the 14th at 2, Dalplex pool
A NY | | C | sorry guys I have to bail on bowling tonight, kid has a fever. rain check?
A NY | | D | taxes: the extension form has to be filed by April 15, don't forget
A NY | 03-12 19:00-20:30 | mo | Community board meeting, Thursday March 12, 7:00-8:30 PM, auditorium of PS 87. Please attend.
# Mon 23 Mar 2026, EU switch on Sunday 29
B LON | sun 11:00 | | Sunday roast at my mum's at 11, she says don't be late this time
B LON | thu 16:30 | | half four thursday at the physio, then I can meet you for a pint after
B LON | wed 19:00 | ty | 5 a side weds 7pm same pitch, need one more player pls
B LON | | O rep | Tom's having his stag in Prague on the 4th, I'm not going though
B LON | 04-02 10:00 | fo mo | Dear Ms Okafor, your appointment at the passport office is confirmed for Thursday 2 April at 10:00. Please bring your supporting documents.
B LON | | P | the quiz last night was brutal, we came 9th out of 11
B DUB | sat 20:00 | | Trad session in the Cobblestone saturday around 8, come along
B DUB | sun 13:00 | em | my mam wants the whole lot of us for lunch Sunday at 1, no excuses 🙄
B DUB | | O ava | I'm off from the 30th till the 3rd so I'm around if anyone needs a hand
B SYD | sat 09:00 | | parkrun saturday 9am at Centennial, I'll wait at the start line
B SYD | 04-11 18:00 | nd | Engagement drinks for Sarah and Jo, Sat 11/4 from 6pm, the Glenmore rooftop
B ADL | wed 06:30 | ty | swim squad wed 6:30am, ill pick u up on the way
B ADL | | O tt | Trams are replaced by buses from 8pm this week due to track works
B KOL | sun 07:00 | dp | early morning sunday we go to the ghat, car at 7
B KOL | | O look | the bill came to 2,430 for four of us, not bad
B KOL | fri 18:00 | | cricket nets friday 6pm at the club, bring your own pads
# Sat 28 Mar 2026, EU switch tonight
C LON | +1 14:00 | | Tomorrow 2pm: Hampstead Heath walk, meet at the Parliament Hill café
C LON | | O q | do the clocks go forward tonight or next week? my phone is confusing me
C LON | | O tt | note to self clocks go forward at 1am, set the oven clock in the morning
C LON | mon 09:30 | fo | Hi James, could we move our one-to-one to Monday at 9:30 instead of 9? Thanks, Helen
C LON | +1 10:30 | ty | tmrw 10.30 car boot sale at the school, u coming or what
C DUB | +1 12:00 | | Palm Sunday mass at 12 tomorrow, then lunch at Nana's
C DUB | | P | went to the match in Croke Park today, absolutely soaked
C DUB | tue 18:00 | | tuesday at 6 the residents association meets in the community hall, I said we'd both go
C SYD | +1 16:00 | | Beach volleyball tomorrow 4pm at Bondi North, bring sunscreen even if it's cloudy
C AKL | wed 19:00 | | Wednesday 7pm we're having the quiz night fundraiser at the school hall, can you help set up at 6? actually just come at 7
C KOL | +1 10:00 | | Holi brunch is over but we're doing a small get together tomorrow at 10 at my place
# Fri 3 Apr 2026, AU/NZ switch on Sunday
D SYD | +2 10:00 | em | Easter Sunday egg hunt at the park, 10am 🐣 kids are hyped
D SYD | mon 12:00 | | Easter Monday barbie at Greg's, noon, bring a salad
D SYD | | O q | Does daylight saving end this Sunday? Do we get an extra hour?
D ADL | sat 15:00 | ty | footy sat arvo? bounce at 3 at Adelaide Oval, got 2 spare tix
D ADL | tue 10:00 | fo mo | Your vehicle is booked in for a service on Tuesday 7 April at 10:00am. Please drop the keys at reception.
D AKL | +2 09:00 | | easter sunday service at 9, then brunch
D AKL | | O hy | if the weather holds we might go out on the boat, but honestly probably not
D AKL | thu 17:30 | | netball thursday 5:30 at ASB, bibs are in my car
D AKL | | P | the concert at Spark Arena was last night, my ears are still ringing
D KOL | +1 19:00 | | Tomorrow evening at 7, puja at my aunt's place, wear something nice
D NY | sat 11:00 | | Easter egg dyeing tomorrow at 11 at grandma's, we're bringing the vinegar
D NY | | O rep | my brother's flying to Orlando on Monday with the kids, lucky him
D LA | +2 08:00 | | sunrise service is too early for me, let's do the 8am instead on Sunday
D LA | | C | the hike saturday is off, trail's closed after the storm
# Tue 9 Jun 2026, an ordinary week
E NY | thu 18:00 | | Thursday 6pm: kickoff for the summer softball league, field 3 in Riverside
E NY | | O ava | I'm free after 4 most days this week if you want to swing by
E NY | 06-20 15:00 | nd | graduation party for Jayden 6/20 at 3, backyard, bring lawn chairs
E CHI | +1 07:00 | dp | early morning run tomorrow, lakefront, 7ish?
E CHI | | O hab | we usually do Taco Tuesday at 7 but honestly I'm not hungry
E LA | fri 09:00-17:00 | | Volunteering at the food bank friday 9 to 5, sign-ups are still open if you want to join me
E LA | | D | DMV registration renewal is due June 30, late fee after that
E SYD | sat 06:45 | | winter swim saturday quarter to seven at Bronte, who's mad enough
E SYD | | O look | the temp got down to 7 degrees last night, brr
E AKL | sun 10:00 | | Matariki planning meeting Sunday 10am at the marae, everyone welcome
E KOL | wed 20:30 | ty | wed 8:30 pm zoom with the cousins from toronto, dont forget ok
E SIN | +1 19:00 | | lunch tomorrow at Lau Pa Sat? nah the satay only starts in the evening, ok dinner at 7 tomorrow then
E SIN | | O tt | The MRT station will be closed Sunday 6am to noon for maintenance
E KTM | sat 05:30 | | Saturday 5:30am we start the Nagarkot sunrise hike, jeep picks us up at Thamel
E KTM | | O wi | would love to do the Annapurna circuit someday
E LON | 06-16 19:30 | mo | Wimbledon isn't till later but we have the tennis club social on 16 June at 7:30
E LON | | O | I'm getting home around 6 tonight, don't wait for me for dinner
E DUB | +1 18:00 | | Tomorrow 6pm, Bloomsday planning meet in Davy Byrne's, costume ideas welcome
E BNE | thu 19:00 | | Thursday 7 the Broncos game at Suncorp, meet at the Caxton first
E DRW | fri 18:30 | | mindil markets friday 6:30 for the sunset, bring the esky
# Mon 31 Aug 2026, Chile 6 Sep, NZ 27 Sep
F AKL | 10-03 14:00 | mo | Cousin's wedding Saturday 3 October at 2pm, Waiheke, dress code is garden party
F AKL | 09-27 11:00 | mo | Daylight saving starts that morning but the christening is still 11am, Sunday 27 September
F AKL | | O q | is the ferry timetable changing when the clocks go forward?
F SYD | 10-10 13:00 | mo | we're doing a BBQ for Dad's 70th on Saturday 10 October at 1, backyard, no presents
F ADL | wed 17:00 | | Wednesday at 5 we have the first cricket training of the season, whites optional
F LON | thu 19:00 | | gig at the Roundhouse thursday, doors 7, I'll be at the bar
F LON | | P | Notting Hill carnival was yesterday and my feet hate me
F NY | +1 18:30 | | first day of school prep: haircut appointments tomorrow at 6:30 for both kids
F NY | | O hab | Labor Day is Monday, we never do anything, just grill
F DEN | sat 06:00 | | Saturday we summit Grays, leaving the trailhead at 6am, headlamps mandatory
F CHI | tue2 12:00 | fo mo | Team: the Q3 review has been moved to Tuesday 8 September at noon. Calendar invite to follow.
# Sat 26 Sep 2026, NZ tonight, Australia 4 Oct
G AKL | +1 10:00 | | tomorrow 10am pancakes at ours, yes the clocks change, no that's not an excuse
G AKL | | O tt | clocks go forward tonight, 2am becomes 3am, lose an hour of sleep
G AKL | mon 18:30 | ty | mon 6:30 touch rugby, same field, bring $5 for the ref
G SYD | sun2 17:00 | rpd | the sunday after next, 5pm, my farewell drinks at the Opera Bar
G SYD | | O rep | The kids are at their dad's for the long weekend, he's taking them to the snow
G ADL | 10-05 10:00 | mo | Labour Day Monday 5 October, we're doing the Morialta walk at 10
G ADL | | O look | My PB for the 10k is 47:32 now, finally under 48
G LON | +1 15:00 | | Sunday 3pm the Ealing half marathon cheer squad meets at the mile 10 marker
G NY | fri 20:00 | | Sukkot dinner in the sukkah friday at 8, dress warm, it's outside
G NY | | C | pumpkin picking is cancelled, the farm flooded
G KOL | thu 18:00 | | Durga puja pandal hopping starts thursday 6pm from Ballygunge, join us
# Mon 19 Oct 2026, EU Sunday 25
H LON | sun 14:00 | | Sunday 2pm, Bonfire Night planning at mine. Well, it's a pre-planning. There will be cake
H LON | | O hab | I swim at 7 before work every day, it's the only way I survive
H LON | fri 18:00 | em | Friday 6pm leaving do for Raj at the Crown 🍻 
H LON | | D | the council tax appeal has to be in by end of October
H DUB | 10-26 11:00 | mo | Bank holiday Monday 26 October, we're doing the Howth cliff walk at 11, boots on
H DUB | | O ava | Office is closed on the 26th, reopening Tuesday
H DUB | sat 21:00 | dp | saturday night the Halloween party at Ciara's, costumes mandatory
H NY | sat 16:00 | | Saturday at 4 the kids' Halloween parade on Court St, meet at the library steps
H SYD | sat 19:00 | | dinner saturday at 7, Thai place on King St, I booked for 6 people
# Sat 24 Oct 2026, EU tonight
I LON | +1 11:00 | | tomorrow at 11 we're taking the dog to the vet, then pub lunch?
I LON | | O q | is it 1am or 2am the clocks go back?
I LON | | O tt | Extra hour in bed tonight, clocks go back at 2
I DUB | +1 10:30 | ty | tmrw 10:30 mass n then breakfast at Bewleys yeah?
I DUB | tue 19:30 | | Tuesday half seven, the book club, Anne's doing the hosting this time
I LON | wed 12:00 | fo mo | Dear all, the quarterly residents' meeting will take place on Wednesday 28 October at 12:00 in the community room.
I LON | | P | The fireworks at Ally Pally were tonight, we watched from the hill
# Tue 27 Oct 2026, US Sunday 1 Nov
J NY | sat 19:00 | em | halloween party saturday 7pm, costume or no entry 🎃👻
J NY | sun 11:00 | | NYC marathon sunday, we're cheering at mile 18 from 11am
J NY | | O q | what time does the marathon start on sunday
J CHI | 11-03 07:00 | mo | Election day, November 3rd, polls open at 6 but we're going at 7 together
J CHI | | D | absentee ballot needs to be postmarked by November 3
J LA | thu 17:00 | | Día de Muertos altar building thursday at 5 at my tía's, everyone welcome
J LA | | O ava | I'm working from home wed-fri so I can grab the package
J DEN | sun 10:00 | | Sunday 10am, Broncos tailgate, parking lot C
J TOR | sat 18:00 | | Saturday 6pm Halloween trick or treating starts on our street, we go as a group
J STJ | sat 14:30 | | Saturday at half two the kids' soccer final at King George V, bring a thermos
J HAL | | P | the haunted hayride was last weekend, mostly wet hay
J PHX | sat 08:00 | | Saturday 8am hike up Camelback, it's finally cool enough
J PHX | | O look | It's 84 degrees at 9pm, is it even October
# Sat 31 Oct 2026, US tonight
K NY | +1 12:00 | | Sunday noon we're doing the Halloween candy swap at the Park Slope library
K NY | | O tt | clocks fall back tonight, I get one more hour of Netflix
K NY | mon 09:00 | fo mo | Reminder: your jury duty service begins Monday, November 2, 9:00 AM, 60 Centre Street.
K CHI | +1 14:00 | ty | tmrw 2pm bears game at my place, bring chips plz
K LA | tue 18:00 | | Election night watch party tuesday 6pm at the community center, pizza provided
K LA | | C | the pottery class on Sunday got cancelled, instructor is sick
K TOR | wed 19:00 | | wednesday 7pm choir practice for the Christmas concert, we're doing Handel again
K DEN | fri 17:30 | | Friday 5:30 at the brewery, the whole team, Mark's buying the first round
K NY | | O rep | Jen said her sister's coming into town next week for the Knicks game, not my thing
# Wed 9 Dec 2026, an ordinary week
L NY | fri 19:00 | | Holiday party friday at 7, ugly sweaters encouraged
L NY | 12-24 18:00 | | Christmas Eve dinner at 6 at Aunt Rosa's, seven fishes this year
L NY | | O wi | it would be so nice to go somewhere warm over New Year
L CHI | sat 10:00-12:00 | | Saturday 10 to noon we're wrapping gifts for the toy drive at St. Mary's, please come
L CHI | | O tt | Holiday hours: the store is open till 10 pm every day until the 23rd
L LA | +1 15:00 | ty | tmrw 3pm haircut then i'm all yours
L LON | 12-18 19:00 | mo | Carol service at St Martin's, Friday 18 December at 7pm, we're all going
L LON | | O q | when do the schools break up for Christmas?
L LON | thu 20:00 | | thursday 8pm panto rehearsal in the church hall, yes I'm the back half of the horse
L DUB | 12-25 11:00 | | nope, that was yesterday. the Christmas swim is on the 25th at 11 btw
L SYD | 12-24 19:00 | | Christmas Eve carols by candlelight at the Domain, 7pm, picnic rug on me
L SYD | 04-10 10:00 | mo | Booked! Hunter Valley wine weekend, Saturday 10 April 2027, pick up at 10
L AKL | sat 18:00 | em | Xmas party sat at 6 at the beach 🎄🏖️
L ADL | 03-28 18:00 | mo | Easter Sunday dinner next year will be at ours, 28 March, 6pm, put it in the calendar now
L KOL | sun 11:00 | | Sunday 11am, Christmas fair at Park Street, we're meeting at Flurys first
L SIN | +1 19:30 | ty | dinner tmr 7.30 at jumbo seafood, i booked for 8 ppl
L SIN | | O hab | we always do the Christmas light-up walk on Orchard Road, every year
# Mon 4 Jan 2027
M NY | 03-20 10:00 | mo | Spring break college tour: Saturday March 20, 10am, Cornell admissions office
M NY | | D | FAFSA priority deadline is February 15, get the documents together
M CHI | 03-17 18:00 | mo | St Patrick's Day is a Wednesday this year, March 17, corned beef dinner at ours at 6
M LA | 04-11 09:00 | mo | Dodgers opening week, we have tickets for the April 11 day game, leaving at 9
M LA | | O hy | if it doesn't rain we could maybe hit the beach this weekend, we'll see
M TOR | thu 18:30 | | Thursday 6:30 the first skating lesson at Nathan Phillips Square, I got us the beginner slot
M DEN | sat 07:30 | | saturday 7:30am first chair at Winter Park, I'll drive
M LON | wed 18:00 | | Wednesday 6pm Dry January support group at the community centre, I'm going, come with me
M LON | | P | the New Year's Eve fireworks were amazing, we stayed till 1
M SYD | 04-03 11:00 | mo | Booked us on the Manly ferry for Saturday 3 April at 11, school holidays start that day
M AKL | 04-04 09:00 | mo | Sunday 4 April, 9am, little Mia's christening at Holy Trinity, nana insists
M KOL | fri 17:00 | | Friday 5pm kite flying on the roof for Makar Sankranti prep, bring the manja
# Thu 11 Mar 2027, US Sunday 14
N NY | sat 20:00 | | Saturday 8pm St Paddy's pub crawl, starting at McSorley's
N NY | sun 10:00 | | sunday 10am brunch, yes it's the clock change day, no you can't sleep in
N NY | | O tt | Reminder: clocks spring forward this Sunday at 2 AM
N CHI | mon 08:00 | fo mo | The board will convene on Monday, March 15, at 8:00 AM in Conference Room B.
N CHI | | O q | Does the train schedule change with the time change?
N LA | fri 19:00 | | friday 7pm birthday dinner for Lena at Bestia, we're splitting the bill
N LA | | P | we saw the Oscars watch party thing on Sunday, never again
N DEN | tue 17:30-19:00 | | Tuesday 5:30-7 is the PTA meeting, I'll save you a seat
N TOR | sat 11:00 | ty | sat 11 am pancakes at ours!! maple syrup festival season baby
N STJ | 03-17 20:00 | mo | Paddy's Day March 17th, George Street, we're meeting at 8 at the Duke
N LON | 03-27 14:00 | nd | Boat Race is on Sat 27/3, 2pm, picnic on the bank at Putney
N LON | | C | the theatre trip on Saturday has been postponed, they'll email new dates
N DUB | 03-17 11:00 | mo | St Patrick's Day parade, Wednesday 17 March, we're on the corner of O'Connell St at 11
N SYD | 04-04 07:00 | mo | Sunday 4 April sunrise swim at the beach, 7am sharp
N KOL | sat 16:00 | | saturday 4pm colour run at the club, wear white you will not keep it white
"""


def main():
    blocks = [("en", CASES_EN), ("ru", CASES_RU), ("es", CASES_ES), ("pt", CASES_PT)]
    rows = []
    for lang, block in blocks:
        rows += build(lang, block, "test5")
    texts = [row["text"] for row in rows]
    assert len(set(texts)) == len(texts), [t for t in texts if texts.count(t) > 1]
    assert len({row["id"] for row in rows}) == len(rows)
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv[1:]:
        print_stats(rows)


def print_stats(rows):
    err = sys.stderr
    langs = ["en", "ru", "es", "pt"]
    by_lang = {lang: [r for r in rows if r["lang"] == lang] for lang in langs}
    events = sum(len(r["expect"]) for r in rows)
    ends = sum(1 for r in rows for e in r["expect"] if e["end"])
    print(f"{len(rows)} lines: " + ", ".join(f"{l} {len(by_lang[l])}" for l in langs)
          + f"; {events} events, {ends} with an end", file=err)
    negs = [r for r in rows if not r["expect"]]
    print("negatives: " + ", ".join(
        f"{l} {sum(1 for r in by_lang[l] if not r['expect'])} "
        f"({100 * sum(1 for r in by_lang[l] if not r['expect']) / max(1, len(by_lang[l])):.1f} %)"
        for l in langs) + f" = {len(negs)} ({100 * len(negs) / len(rows):.1f} %)", file=err)
    for tag in TAG_ORDER:
        per = [sum(1 for r in by_lang[l] if tag in r["tags"]) for l in langs]
        if sum(per):
            print(f"  {tag}: {sum(per)} ({'/'.join(map(str, per))})", file=err)
    pos = [r for r in rows if r["expect"]]
    for l in langs:
        p = [r for r in by_lang[l] if r["expect"]]
        d = sum(1 for r in p if "dst" in r["tags"])
        print(f"dst {l}: {d}/{len(p)}", file=err)
    d = sum(1 for r in pos if "dst" in r["tags"])
    print(f"dst all: {d}/{len(pos)} ({100 * d / max(1, len(pos)):.1f} %)", file=err)
    zones = sorted({r["tz"] for r in rows})
    pairs = {(r["now"], r["tz"]) for r in rows}
    print(f"{len(zones)} zones, {len(pairs)} (now, zone) pairs: {' '.join(zones)}", file=err)


CASES_EN += """
# more English: voice notes, group banter, negatives
A NY | +1 16:00/2h | vo | ok so tomorrow I was thinking we do the museum around four for like two hours and then grab food somewhere near the park if the kids are not too cranky
A CHI | | O vo | yeah so um I'm not sure about next week honestly I've got a lot going on maybe we just talk on the phone sometime
A LA | +1 09:00; +1 13:00 | ty | sun: 9 yoga w/ jess, 1 lunch w/ dad. busy day lol
A NY | | O ty hab | i go 2 the gym mon wed fri at 6 b4 work, been doing it 4 yrs
A NY | | O ty look | my new apt is 4B, buzzer code is 1930, dont lose it
B LON | | O ty ava | cant do thurs, free fri aftr 3 tho
B LON | fri 15:30 | ty | kk fri 3.30 then, costa by the station
B LON | | O look | got 12/20 on the mock, not great not terrible
B SYD | | O ty q | wat time does bunnings close on sundays
B KOL | | O look | train no. 12301, coach B4, seat 17, for the record
C LON | | O hy | we'd go to Brighton tomorrow if it weren't meant to pour all day
D SYD | | O ty rep | Dazza's goin to the races on monday, reckons he's got a tip
D ADL | +2 11:00/90m | | Sunday 11am family portrait shoot, the photographer says it takes about an hour and a half
E NY | | O q | is the pool open on juneteenth or is it a holiday schedule?
E CHI | | O wi | someday I want to see a Cubs game from the rooftops
E LA | | O ty | lol no im not going to the dodgers game, its like 40 bucks just to park
E KOL | | P | we already visited the Victoria Memorial on Sunday, kids were bored
E SYD | +1 18:00 | vo | hey it's me just leaving you a message about the thing tomorrow evening at six it's still on yeah see you there bye
F LON | | O ava | I'm in Lisbon 7th-14th so count me out for anything that week
F NY | | O ty | not going to the barbecue cuz im on call all weekend smh
F AKL | +1 17:00-18:30 | ty | tmrw 5-6:30 open evening at the kindy, both of us shld go
G AKL | | O look | Score was 24-17 to the Blues, stoked
G SYD | mon 19:00 | rpd | in a couple of days, monday 7pm, the strata meeting. I'll bring the minutes
H LON | | O q | does anyone know when the half term is? is it the 26th?
H LON | | O hab | we do fish on fridays in our house, always have
H DUB | +3 20:00 | rel | in 3 days at 8, the ghost tour in Kilmainham, booked 4 tickets
I LON | | O ty look | theyve lost 3-0 again, 3rd time this month ffs
J NY | | O ty | im home by 6 most nights this wk if u need the car seat back
J CHI | wed 18:30; fri 19:00 | | wed 6:30 parent night at the middle school, fri 7 the haunted house fundraiser
K NY | | O ty tt | the subway runs on a sunday sched tmrw cuz of the marathon
K LA | | O hy | if we had a yard we'd totally host friendsgiving
L NY | | O ty wi | wish we cld go 2 the rockefeller tree lighting but its always a zoo
L LON | | O q | what time's the last train back from Brighton on christmas eve?
L SYD | | O tt | Beach is patrolled from 9 to 5 on weekends in December
L AKL | | O ty ava | im on leave frm the 18th, back 11 jan
M NY | +1 19:00/45m | | Tomorrow at 7pm, 45 minute intro call with the wedding photographer
M LON | | D ty | gym membership renewal due by the 31st or they charge full price
M LON | | C | the wine tasting on Saturday is off, the host's caught covid
N NY | | O ty rep | my boss is flying to Austin for SXSW saturday, office is all mine
N LA | | O look | the dress is a size 6, costs $149.99, return window 30 days
N TOR | | O ty q | do u know if costco is open on sunday mornings
N DEN | +1 12:00 | ty | lunch tmrw 12 @ illegal pete's? 🌯
N KOL | | O ty | nahi yaar cant make it, sorry sorry, next time pakka
"""

CASES_RU = """
# Сб 7 мар 2026
A MOW | +1 14:00 | mo | Завтра 8 марта, в 14:00 обед у мамы, цветы купим по дороге
A MOW | | O hab | По субботам я всегда на рынке с восьми, так что не звони рано
A NSK | +1 19:00 | dp mo | завтра вечером в семь ужин в честь 8 марта, столик в «Ферме» на Красном
A RIG | 03-31 18:30 | mo | 31 марта в 18:30 родительское собрание в 2 «Б», я пойду, а ты забери младшую
A BER | sun2 11:00 | rpd | В воскресенье через неделю в 11 крестины у Лены в Шарлоттенбурге, оденься прилично
A KYV | | P | вчера были на концерте в Октябрьском, звук был ужасный
A EKB | tue 09:30 | ty | во вторник в пол десятого к стоматологу, напомни плз
A VNO | | O rep | Саша в апреле едет в Варшаву на конференцию, без нас
A TLL | 04-04 10:00 | nd | 04.04 в 10 субботник во дворе, грабли выдадут
# Пн 23 мар 2026
B MOW | thu 16:30 | | В четверг в полпятого встречаемся у «Пушкинской», пойдём на выставку
B MOW | | D | До 30 марта надо сдать декларацию 3-НДФЛ, не забыть
B RIG | sun 12:00 | | в воскресенье в полдень шашлыки на даче у Вити, переход на летнее время не считается отговоркой
B RIG | | O q | в ночь на воскресенье часы переводят вперёд или назад?
B TLL | wed 19:00 | | В среду в 19:00 тренировка по волейболу, зал на Кадриорге
B KYV | sat 10:00 | ty | в субботу в 10 идем на Труханов с собакой, кто с нами?
B KIV | 04-01 18:00 | mo rpd | через неделю в среду, 1 апреля, в 18:00 — встреча выпускников, не шутка
B BER | fri 20:00 | | В пятницу в восемь вечера отмечаем новоселье у Ольги, адрес скину
B BER | | O ava | На этой неделе я в отпуске, свободна почти каждый день после обеда
B NSK | tue 18:45 | | вторник без четверти семь йога в «Пране», коврик возьми свой
B HEL | sat 15:00 | | Суббота, 15:00 — катаемся на коньках на Railway Square, потом глинтвейн
B VNO | | P | в субботу ходили в оперу на «Евгения Онегина», очень понравилось
B MSQ | thu 19:30 | | четверг 19:30, «Динамо» — «Шахтёр», билеты у меня, встречаемся у входа
# Сб 28 мар 2026, ночью переводят часы
C RIG | +1 11:00 | | Завтра в 11 идём в Вецаки гулять, часы не забудь перевести
C RIG | | O tt | Напоминаю: сегодня ночью часы переводят на час вперёд
C BER | +1 10:00 | | Завтра в 10 завтрак у нас, а потом блошиный рынок на Мауэрпарке
C KYV | mon 09:00 | fo mo | Уважаемые коллеги! Совещание по итогам квартала состоится в понедельник, 30 марта, в 9:00 в переговорной 3.
C KYV | | O q | а у вас часы уже перевели? у нас только этой ночью
C TLL | tue 17:00 | ty | во вт в 17 забираю тебя с работы и едем в Икею
C KIV | +1 13:00 | | завтра в час дня у бабушки, она пирог печёт
C MOW | wed 19:00 | | в среду вечером в семь театр, «Горе от ума» в Малом
C MOW | | O look | в итоге 2:1, «Спартак» опять проиграл
C EKB | sun 09:00 | | завтра в 9 утра лыжи на Уктусе, последний раз в сезоне
# Пт 3 апр 2026
D MOW | sat 12:00 | | Завтра в полдень встречаемся у метро и едем в Коломенское
D MOW | 04-11 20:00 | mo | В субботу 11 апреля в 20:00 всенощная, идём вместе
D VVO | sun 10:00 | | в воскресенье в 10 на Русский остров, я за рулём
D RIG | 04-12 10:00 | mo | На Пасху, 12 апреля, в 10 утра к бабушке на кулич
D BER | | C | Поездку в Дрезден в субботу отменили, поезд не ходит из-за забастовки
D TBS | sat 13:00 | | Завтра в час — хинкали на Абанотубани, я уже заказал
D ALA | sun 08:00 | | в воскресенье в восемь утра выезжаем на Кок-Жайляу
D ALA | | O hy | если бы не работа, я бы на Медеу поехал хоть завтра
# Вт 9 июн 2026
E MOW | +1 19:00 | | Завтра в 19:00 собрание ТСЖ во дворе, нужна явка, идём
E MOW | | O wi | Так хочется на море, хоть на недельку
E MOW | fri 18:00-20:00 | | в пятницу с 18 до 20 волонтёрим в приюте для собак, присоединяйся
E NSK | | O tt | Паром на Бердск ходит по выходным с 8 до 20
E EKB | sat 11:00 | ty | в сб в 11 у Ромы др, собираемся в парке Маяковского
E KGD | thu 17:00 | | в четверг в пять вечера на Куршскую косу, вернёмся поздно
E RIG | 06-23 21:00 | mo dp | 23 июня ночью Лиго, едем к Маре на хутор, венки сделаем на месте
E KYV | | O ava | С 15 по 20 июня я в командировке, на меня не рассчитывайте
E KIV | sun 08:00 | | В воскресенье в 8 утра литургия, потом завтрак у тёти
E TLL | | P | Мы уже были в Лахемаа в мае, давай что-нибудь новое
E MSQ | +1 07:00 | dp | завтра рано утром на рыбалку, машину беру я
E BER | 06-20 16:00 | mo | 20 июня в 16:00 выпускной у Марка в школе, мы все идём
# Пн 31 авг 2026
F MOW | tue 08:00 | mo | 1 сентября линейка в 8 утра, бант уже купили
F MOW | | O hab | Каждое утро в 7 мы с собакой бегаем в Сокольниках
F RIG | 10-31 18:00 | mo | 31 октября в 18:00 Хэллоуин у Смирновых, костюмы обязательны
F BER | 10-25 15:00 | mo | В воскресенье 25 октября в 15:00 концерт в Филармонии, билеты купила
F KYV | sat 10:00 | | в субботу в 10 на дачу, копаем картошку, зову всех
F NSK | | O look | квартира 148, домофон 148В, седьмой этаж
F TLL | | D | Заявление на детсад надо подать до 15 сентября
F VVO | thu 19:00 | | В четверг в 7 вечера пойдём смотреть фейерверк на набережной Спортивной гавани
# Сб 26 сен 2026
G MOW | +1 11:00 | | завтра в 11 грибы, Рузский район, сапоги обязательно!!
G RIG | 10-25 12:00 | mo | 25 октября в 12 у нас сбор класса, в этот день часы переводят, не перепутай
G BER | 10-31 19:00 | mo | в субботу 31 октября в 19:00 ужин у Кати, она защитилась
G KIV | sun 09:00 | | Завтра в 9 винный фестиваль на площади, идём с утра пока мало людей
G EKB | | O rep | Наташа с мужем в октябре едут в Турцию, зовут, но мы не поедем
G TLL | | O q | Во сколько в воскресенье открывается Телемарк?
# Пн 19 окт 2026
H RIG | sun 12:00 | | в воскресенье в 12 ярмарка в Кипсале, в тот день как раз переводят часы
H RIG | | O tt | В ночь на 25-е часы переводят на час назад
H BER | fri 18:30 | | в пятницу в 18:30 сходим на Праздник огней, встречаемся у Бранденбургских ворот
H KYV | tue 19:00 | | Во вторник в 19:00 родительский чат созывает собрание в школе, я пойду
H KIV | 10-27 18:00 | mo | 27 октября в 18:00 лекция в библиотеке Хашдеу, записалась на нас обоих
H TLL | | P | В субботу были на дне рождения у Пээтера, шашлык не удался
H VNO | sat 20:00 | ty | в суботу в 8 вечера кино, билеты уже взяла
H HEL | mon 10:00 | fo mo | Приглашаем вас на собеседование в понедельник, 26 октября, в 10:00 по адресу Mannerheimintie 12.
H MOW | | O ava | Я в понедельник отдыхаю, весь день дома, если что-то нужно — пиши
# Сб 24 окт 2026
I RIG | +1 12:00 | | Завтра в 12 обед у свекрови, не опаздывай
I BER | +1 14:00 | | завтра в два в зоопарк с детьми, у нас годовой абонемент
I KYV | | O q | Часы переводят в 4 утра? или в 3?
I KIV | mon 17:30 | | В понедельник в полшестого встречаемся у Арки Победы
I TLL | | O | не, завтра я никуда, буду дома отсыпаться
I VNO | tue 12:00 | dp | во вторник в обед кофе возле ратуши?
I MOW | | O look | 3:0 в нашу пользу, ура!!
# Вт 27 окт 2026
J MOW | wed 19:30 | | В среду в 19:30 стендап в «Ладья», билеты есть на троих
J NSK | 11-04 11:00 | mo | 4 ноября в 11 едем на базу отдыха, праздник же
J BER | | O tt | Во время ремонта S-Bahn до Шпандау не ходит до 2 ноября
J RIG | sat 15:00 | | в субботу в три вечеринка Хэллоуина у Иманта, маски выдаст он
J KYV | | D | До конца месяца оплатить коммуналку, а то пени
# Сб 31 окт 2026
K MOW | mon 18:00 | | в понедельник 2-го в 18:00 совещание по проекту, я буду
K EKB | +1 15:00 | | Завтра в 15 приглашаем всех на чай, будет торт
K KGD | | P | вчера были на маяке в Балтийске, ветрище страшный
K VVO | wed 20:00 | ty | ср в 20 баня у Вани, берём веники
# Ср 9 дек 2026
L MOW | 12-31 22:00 | mo | 31 декабря в 22:00 собираемся у нас, оливье с меня
L MOW | | O wi | Было бы здорово на Новый год уехать в Карелию
L MOW | sat 12:00 | | В субботу в 12 ёлочный базар, выбираем ёлку всей семьёй
L NSK | fri 19:00 | | корпоратив в пятницу в 7 вечера, ресторан «Сибирь»
L EKB | | O tt | Каток в ЦПКиО работает с 10 до 22, по понедельникам санитарный день
L RIG | 01-07 10:00 | mo | 7 января в 10 Рождественская служба, пойдём с мамой
L BER | 03-28 11:00 | mo | 28 марта в 11 — день рождения Лёвы, уже забронировали зал для детей
L KYV | thu 17:00 | ty | чт в 17 утренник в садике, снимай видео
L TBS | sun 14:00 | | в воскресенье в 14 застолье у Нино, тамада уже назначен
L VNO | | O hab | Мы обычно по пятницам ходим в бассейн в 18:00
L ALA | +1 09:00 | | завтра в 9 на Шымбулак, снега нападало
L TLL | 12-13 16:00 | nd | 13.12 в 16:00 рождественский концерт в Домском соборе, идём всей семьёй
# Пн 4 янв 2027
M MOW | wed 23:00 | | В ночь на 7-е, с 23:00, всенощная в храме, пойдёшь со мной?
M MOW | 01-19 06:00 | mo | 19 января в 6 утра окунаемся в прорубь на Крещение, кто смелый
M NSK | | P | Мы уже отметили Новый год, до сих пор отходим
M RIG | 04-10 18:00 | mo | 10 апреля в 18:00 свадьба Кристины, уже пришло приглашение
M BER | 03-31 19:00 | mo | 31 марта в 19:00 концерт «Би-2», билеты на нас обоих
M KYV | | C | Поход в горы на выходных отменяется, лавиноопасно
M TBS | fri 20:00 | | в пятницу в 8 вечера старый Новый год у Гоги... а нет, это 13-го. ладно, просто ужин в пятницу в 8
M KIV | | O ty ava | ща я на больничном до 15го, звони если что
# Чт 11 мар 2027
N MOW | sat 13:00 | | в субботу в час блины у бабушки, Масленица же
N RIG | 03-28 10:00 | mo | в воскресенье 28 марта в 10 утра субботник в парке, в ту ночь часы переводят
N BER | 04-03 16:00 | nd | 03.04 в 16:00 детский праздник у Марка, подарок уже купили
N KYV | mon 09:00 | | В понедельник в 9 к нотариусу, документы у меня
N TLL | | O q | А у вас часы когда переводят, в конце марта?
N VNO | | D | Заявку на грант подать до 20 марта включительно
N HEL | 03-29 19:00 | mo | 29 марта в 19:00 сауна-вечер у Микко, полотенца свои
N MSQ | sun 12:00 | ty | в вс в 12 каток в Минск-Арене, прихвати коньки
"""

CASES_RU += """
# ещё: голосовые, чаты, отрицательные
A RIG | +3 18:00/2h | vo rel | короче через три дня в шесть вечера у нас мастер-класс по керамике часа на два ты же хотела давай запишу нас обеих
A MOW | | O vo | слушай ну я не знаю когда получится может на следующей неделе может позже я тебе наберу как освобожусь
B MOW | +2 10:00 | rel | послезавтра в 10 сдаём кровь натощак, не ешь с вечера
B RIG | | O ty hab | я кажд субботу в 9 на рынке, это святое
B BER | | O ty ava | в пт не могу, в сб свобона с утра
B KYV | | O look | счёт 27:25, волейбол это нервы
B MSQ | | O ty | не пойду на днюху к Вадиму, поругались
C RIG | +1 16:00; +1 19:00 | | завтра в 16 бассейн с детьми, а в 19 ужин у Линды
C BER | | O q | Во сколько завтра открывается Икея, с учётом перевода часов?
C MSQ | | O look | 36,6 уже, температура спала
D MOW | | O ty rep | Колян в сб едет на футбол в Питер, без меня
D KIV | | O ty | щас никак не могу, на работе завал
E MOW | sat 12:00 | vo | да короче в субботу в двенадцать встречаемся у фонтана и идём в парк Горького на фестиваль мороженого
E BER | | O look | у меня 3 из 5 по немецкому, ну такое
E RIG | | O hy | Если бы был отпуск, поехали бы в Юрмалу на неделю
E KYV | +1 18:30 | ty | завтра в 18 30 на каштан у фуникулера 😉
F BER | | O ty ava | я тока с 10го свободна, до этого в разъездах
F RIG | 10-30 19:00-22:00 | mo | 30 октября с 19:00 до 22:00 вечер встречи выпускников в гимназии, я записала нас
G MOW | | O ty q | а во скок завтра маршрутка в Звенигород?
G RIG | | O wi | мечтаю съездить в Исландию на северное сияние
H RIG | | O ty rep | Юра в воскр летит в Стамбул, мы его не провожаем
H BER | sun 10:30 | em | в воскресенье в 10:30 бранч в «Цукерзюсс» 🥞 часы переведут, так что выспимся
H TLL | | O ty | чё то неохота на корпоратив, наверное не пойду
H KIV | sun 18:00/3h | | В воскресенье в 18:00 концерт в Органном зале, около трёх часов с антрактом
I BER | | O look | 2,5 кг картошки — 3,49 €, цены жуть
I RIG | | O q | Кто знает, в Riga Plaza завтра во сколько открытие?
J MOW | | O ty hab | по средам у нас английский в 19, не трогайте меня
J KYV | | P | Уже съездили на Подол, ничего особенного
J TLL | fri 18:00 | ty | пт 18 00 сауна в Калью, бронь на мне
K MOW | | O ty | не, на хэлуин не пойду, не моё
L MOW | | O ty look | моя кв 85, 4 подъезд, код 85К1234
L RIG | 12-24 17:00 | mo em | 24 декабря в 17:00 рождественский ужин у нас 🎄
L BER | | O tt | Рождественский рынок на Жандарменмаркт открыт с 11 до 22
L KYV | | O ty ava | до 20 дек у меня сессия, потом свободна
M MOW | | O ty | неа, на каток не поеду, ноги болят
M RIG | | O wi | хочу в отпуск на майские, но денег нет
M BER | 03-28 16:00 | mo | 28 марта в 16:00 кофе с Таней, ну мы договорились уже
N RIG | | O | не успею на открытие выставки, работаю до 9
N KYV | | O ty q | а скок идёт поезд до Львова?
N BER | sat 19:00 | | Суббота, 19:00 — день рождения у Кирилла, дресс-код смарт кэжуал
N MOW | +2 20:00 | rel | послезавтра в восемь вечера созвон с родителями, по видео
N TBS | | P | на прошлой неделе ездили в Кахетию, вино было отличное
"""

CASES_RU += """
# ещё положительные
A RIG | 04-02 19:00 | mo | 2 апреля в семь вечера премьера в Национальном театре, я взяла билеты в партер
A KYV | 04-05 11:00 | mo | 5 апреля в 11 пикник в Феофании, если не будет дождя — а он не обещан
A BER | 04-12 10:00 | mo ty | 12 апреля в 10 пасха у тёти в Потсдаме, едем на электричке, незабудь яйца
B TLL | mon 08:30 | | в понедельник в 8:30 первый день в новом садике, я отведу
B KIV | sun 15:00 | | в воскресенье в три собираемся у Марины смотреть фотки с Мальдив
B VNO | 04-03 18:00 | mo | Пятница, 3 апреля, 18:00 — открытие выставки Чюрлёниса, нас пригласили
C VNO | +1 16:00 | | завтра в 16:00 идём к Светлане на день рождения, подарок с тебя
C KIV | thu 19:00 | | в четверг в 7 вечера урок танцев, бачата, не отвертишься
C HEL | mon 17:00 | | в понедельник в 17 к ветеринару с котом, прививка
C BER | wed 18:00-19:30 | | В среду с 18:00 до 19:30 родительское собрание в гимназии
H RIG | sat 11:00 | | в субботу в 11 катаемся на лошадях в Сигулде, я заказала
H KYV | 10-29 18:30 | mo | 29 октября в 18:30 презентация книги в «Сенсе», хочу пойти, пойдёшь со мной?
H VNO | mon 19:00 | | в понедельник, 26-го, в 19:00 первое занятие на курсах вождения
H BER | wed 09:00 | fo mo | Добрый день! Подтверждаем вашу запись к терапевту на среду, 21 октября, в 9:00.
I TLL | +1 13:00 | | Завтра в час дня бранч у Кати, она переезжает, последний раз в той квартире
I BER | wed 19:30 | ty | в ср в полвосьмого на йогу в студию на Кастаниеналлее
I KIV | thu 10:00 | | В четверг в 10:00 в мэрию за паспортом для ребёнка, очередь взяла онлайн
I RIG | sat 12:00 | | в субботу в полдень Хэллоуин-ярмарка в Бергах, дети хотят тыкву
J HEL | sat 14:00 | ty | в сб в 14 рыбачим на заливе, Юсси берёт лодку
L KYV | 04-04 09:00 | mo | 4 апреля в 9 выезжаем в Карпаты, жильё забронировано
L TLL | 04-01 18:00 | mo | 1 апреля в 18 ужин в «Олде Ханза», юбилей у родителей
L VNO | 03-30 19:00 | mo | 30 марта в 19:00 концерт в Конгресс-холле, Бах
M KIV | 04-02 12:00 | mo | 2 апреля в 12 свадьба брата в Оргееве, выезжаем рано
M HEL | 04-01 17:30 | mo | 1 апреля в полшестого хоккей, ХИФК — Таппара
M VNO | sat 11:00 | | в субботу в 11 на Кальварийский рынок за мёдом, поедешь?
N KIV | 03-31 09:00 | mo | 31 марта в 9:00 защита диплома, придёшь поддержать?
N KYV | 04-03 10:00 | nd | 03.04 в 10 субботник у школы, я обещал прийти с сыном
N VNO | 03-30 18:00 | mo | 30 марта в 18:00 собрание жильцов в подвале, буду
N TLL | sun2 14:00 | rpd | в воскресенье через неделю в 14:00 обед у бабушки в Тарту
N HEL | 04-04 12:00 | mo em | 4 апреля в полдень пикник в Кайвопуйсто ☀️ если будет солнце
"""

CASES_ES = """
# sáb 7 mar 2026
A MAD | 03-19 18:00 | mo | El 19 de marzo a las seis vamos a ver la cremà pequeña en casa de mis tíos en Valencia, ya tengo el AVE
A MAD | | O hab | Los sábados siempre hago la compra a las nueve, antes de que se llene el Mercadona
A MAD | mon 19:30 | | el lunes a las siete y media clase de pilates, te guardo sitio
A CAN | 03-30 10:00 | mo | el 30 de marzo a las diez cita en el Cabildo para el certificado, acompáñame porfa
A MEX | +1 11:00 | | mañana a las 11 desayuno en el Café de Tacuba con las primas
A MEX | | O look | quedó 2-1 el América, qué coraje
A BOG | tue 18:00 | | el martes a las 6 de la tarde reunión del conjunto, hay que ir
A LIM | | P | ayer fuimos a la huaca Pucllana, buenísimo el tour
A SCL | sat 20:00 | | el sábado 14 a las 8 de la noche cumpleaños de la Coni en Ñuñoa
A TIJ | +1 13:00 | | mañana a la una carne asada en casa de mi compadre, ya compré la cerveza
A TIJ | | O q | ¿a qué hora se cambia el horario mañana, a las dos?
A MIA | +1 12:00 | | mañana a mediodía almuerzo en Versailles con abuela, no llegues tarde
A LAX | wed 18:30 | ty | el miercoles a las 6 y media junta de padres en la escuela de los niños
A BUE | sun 13:00 | | el domingo a la una asado en lo de Nacho, llevá el vino
# lun 23 mar 2026
B MAD | sun 12:00 | | el domingo a las doce vermut en La Latina, que ya se cambia la hora
B MAD | thu 21:00 | dp | el jueves por la noche cenamos en casa de Lucía, lleva tú el postre
B MAD | | O q | ¿esta noche del sábado se adelanta el reloj o era el domingo?
B CAN | 04-02 19:00 | mo | Jueves Santo, 2 de abril, a las siete, procesión en La Laguna, vamos juntos
B SCL | wed 19:00 | | el miércoles a las 7 once en la casa de la tía Pepa
B MEX | sat 10:00 | | el sábado a las diez vamos a Xochimilco, ya reservé la trajinera
B MEX | | O rep | mi hermano se va el jueves a Cancún con su novia, nosotros no
B BOG | | O ava | esta semana estoy libre a partir de las 4 todos los días
B LIM | fri 16:45 | | el viernes a las cinco menos cuarto paso por ti para ir al cine
B MVD | | O tt | El ómnibus a Punta del Este sale cada hora desde Tres Cruces
B CCS | sat 09:00 | | el sábado a las 9 subimos al Ávila, lleva agua y protector
B GUA | | O hy | si tuviera vacaciones, me iría a Antigua para Semana Santa
# sáb 28 mar 2026
C MAD | +1 11:00 | | mañana a las once en El Retiro, que esta noche cambian la hora, no te duermas
C MAD | | O tt | Recordad: esta madrugada a las dos serán las tres
C CAN | +1 10:00 | | mañana a las diez misa de Ramos en la Catedral de Santa Ana
C CAN | tue 20:00 | fo mo | Estimados vecinos: la junta extraordinaria de la comunidad será el martes 31 de marzo a las 20:00 en el portal.
C MAD | | P | el concierto de Rosalía fue anoche, todavía estoy afónica
C BUE | | O look | el departamento es el 4°C, timbre 4C, no te confundas
C MEX | mon 17:00 | | el lunes a las cinco entrega de boletas en la escuela de Sofi, voy yo
# vie 3 abr 2026
D SCL | +2 12:00 | | el domingo de Pascua almuerzo en la casa de mis viejos a las doce, ojo que el sábado se atrasa la hora
D SCL | | O q | ¿el cambio de hora es este sábado a la medianoche?
D SCL | mon 08:00 | | el lunes a las 8 de la mañana reunión de apoderados en el colegio, voy yo
D SCL | | C | el paseo a Cajón del Maipo del sábado se cayó, llueve
D MAD | +2 13:00 | | el Domingo de Resurrección comemos en casa de la abuela a la una
D MAD | | P | ayer fuimos a ver la procesión del Silencio, impresionante
D MEX | sat 18:00 | | mañana a las seis quema de Judas en el barrio, llevamos a los niños
D LIM | mon 10:00 | | el lunes a las diez vamos al notario a firmar lo de la casa
# mar 9 jun 2026
E MAD | +1 20:30 | | mañana a las ocho y media de la tarde cena de fin de curso de los peques, terraza del cole
E MAD | | O wi | ojalá pudiéramos irnos a Asturias este verano
E MAD | fri 19:00-21:00 | | el viernes de siete a nueve voluntariado en el comedor social, apúntate conmigo
E CAN | sat 17:00 | | el sábado a las cinco torneo de vóley playa en Las Canteras
E MEX | thu 20:00 | | el jueves a las ocho noche de juegos de mesa en casa de Toño, trae el Catán
E MEX | | O tt | El Metrobús no pasa por Reforma el domingo por la rodada
E BOG | +1 07:00 | dp | mañana temprano por la mañana a Monserrate, subimos caminando
E LIM | | O hab | todos los domingos almorzamos en casa de la abuela, es sagrado
E SCL | sat 11:00 | | el sábado a las 11 vamos a Valle Nevado, nevó harto
E BUE | | O ty ava | toy libre el finde, avisá si hacen algo
E MVD | sun 16:00 | | el domingo a las 4 vamos al Centenario, partido de Nacional
E GUA | wed 18:00 | | el miércoles a las 6 ensayo del coro de la iglesia
# lun 31 ago 2026
F SCL | 09-18 13:00 | mo | El 18 de septiembre a la una asado en la parcela de mi tío, traigan empanadas
F SCL | sun 12:00 | | el domingo a las doce almuerzo con los suegros, ojo que el sábado se adelanta la hora
F SCL | | O tt | el sábado a las 24 pasa a ser la 1, se pierde una hora de sueño
F MAD | tue 09:00 | fo mo | Le recordamos su cita en el centro de salud el martes 1 de septiembre a las 9:00.
F MAD | | D | La matrícula del máster hay que pagarla antes del 15 de septiembre
F MEX | 09-15 23:00 | mo | el 15 de septiembre a las once de la noche vemos el grito desde la azotea de mi tía en el Centro, trae pozole
F BOG | thu 14:00 | | el jueves a las 2 de la tarde entrevista en la empresa, deséame suerte
F CAN | 10-31 21:00 | mo | 31 de octubre a las nueve noche de Halloween en casa de Yurena
# sáb 26 sep 2026
G MAD | 10-12 11:00 | mo | El 12 de octubre a las once desfile en la Castellana, vamos con los niños
G MAD | 10-25 12:00 | mo | El domingo 25 de octubre a las doce comida de aniversario de mis padres
G CAN | | O rep | mi prima se va a Tenerife el lunes a una boda, yo no voy
G SCL | +1 10:00 | | mañana a las 10 corrida familiar en el Parque O'Higgins
G LIM | | O look | el pasaje salió 450 soles, carísimo
# lun 19 oct 2026
H MAD | sun 13:00 | | el domingo a la una paella en la casa del pueblo, con la hora de más dormimos bien
H MAD | | O q | ¿el domingo se atrasa una hora, verdad? a las tres son las dos
H CAN | sat 22:00 | dp | el sábado por la noche a las diez fiesta de disfraces en La Laguna
H TIJ | 11-02 17:00 | mo | el 2 de noviembre a las cinco vamos al panteón con mi amá a llevar flores
H MEX | sat 19:00 | | el sábado a las 7 desfile de catrinas en Reforma, nos vemos en el Ángel
H MEX | | P | el sábado pasado fuimos a la Feria del Libro, me compré 6
H BOG | | O tt | El Transmilenio cierra a las 11 de la noche los domingos
# sáb 24 oct 2026
I MAD | +1 11:30 | | mañana a las once y media brunch en Malasaña, la hora que ganamos ya se nota
I MAD | | O tt | esta madrugada a las tres serán las dos, una horita más de sueño
I CAN | tue 18:00 | | el martes a las seis reunión del AMPA, voy yo
I SCL | mon 19:00 | | el lunes a las 7 pichanga en el complejo de la Florida, falta uno
# mar 27 oct 2026
J TIJ | sat 20:00 | | el sábado a las ocho fiesta de Halloween en Playas, vamos de calaveras
J TIJ | sun 14:00 | | el domingo a las dos comida familiar, y ojo que se atrasa el reloj
J MIA | 11-01 10:00 | mo | El domingo 1 de noviembre a las 10 misa de Todos los Santos en St. Michael
J LAX | thu 17:30 | | el jueves a las cinco y media armamos el altar en la iglesia, vente
J MEX | | O rep | mis papás se van a Oaxaca el viernes para Muertos, yo me quedo
# sáb 31 oct 2026
K TIJ | +1 12:00 | | mañana a las doce menudo en casa de mi suegra, ya con el horario nuevo
K MIA | mon 18:00 | | el lunes a las 6 clase de inglés para adultos en la biblioteca, me inscribí
K LAX | | O q | ¿a qué hora abren las casillas el martes?
# mié 9 dic 2026
L MAD | 12-24 21:00 | | Nochebuena el 24 a las nueve en casa de mis suegros, llevamos el cordero
L MAD | 01-05 18:30 | mo | El 5 de enero a las seis y media cabalgata de Reyes, vamos a la Castellana a coger sitio
L MAD | | O tt | Las tiendas del centro abren todos los domingos de diciembre de 10 a 21
L CAN | sat 19:00 | | el sábado a las siete cena de Navidad del trabajo, dress code rojo
L MEX | 12-12 05:00 | mo | el 12 de diciembre a las cinco de la mañana mañanitas a la Virgen en la Basílica
L MEX | wed 20:00 | rpd | el miércoles de la otra semana a las 8 posada en la casa de la tía Chayo
L BOG | +1 18:00 | | mañana a las 6 novena de aguinaldos en la casa de mi abuela
L SCL | 04-10 12:00 | mo | el sábado 10 de abril del próximo año, a las 12, matrimonio de la Javi en Pirque
L SCL | | O wi | me encantaría pasar el Año Nuevo en Valparaíso para los fuegos
L BUE | fri 21:00 | | el viernes a las nueve cena de egresados en Palermo
# lun 4 ene 2027
M MAD | +1 18:00 | | mañana a las seis cabalgata de Reyes, quedamos en la esquina de Colón
M MAD | | O | no voy a las rebajas ni loco, eso es una guerra
M SCL | 04-04 11:00 | mo | el domingo 4 de abril a las once bautizo del Benja, ese día se atrasa la hora
M SCL | | P | el Año Nuevo en Valpo fue una locura, casi no volvimos
M MEX | wed 19:00 | | el miércoles a las 7 partimos la rosca en casa de los abuelos
M BOG | | O ava | estoy de vacaciones hasta el 11, después vuelvo a la oficina
M LAX | 03-20 09:00 | mo | el sábado 20 de marzo a las 9 carrera de 5K en el parque, ya nos inscribí
# jue 11 mar 2027
N MAD | 03-19 20:00 | mo | el 19 de marzo a las ocho cena por el día del padre, reservé en el asador
N MAD | sun2 11:00 | rpd | el domingo de la semana que viene a las once mercadillo en El Rastro
N MAD | | C | La excursión del sábado a Segovia se aplaza, ya os diremos nueva fecha
N CAN | 03-29 10:00 | mo | el lunes 29 de marzo a las diez revisión del coche en el taller
N TIJ | sat 12:00 | | el sábado a mediodía carne asada, y el domingo ya es horario de verano
N MIA | mon 08:30 | | el lunes a las ocho y media cita con el pediatra, ya con el cambio de hora
N MEX | | O tt | La Línea 1 del metro sigue cerrada de Pantitlán a Balderas
N SCL | 04-03 18:00 | mo | el sábado 3 de abril a las seis, despedida de soltera de la Fran
N BOG | fri 19:00 | | el viernes a las 7 concierto en el Movistar Arena, voy contigo
"""

CASES_ES += """
# más: chats, notas de voz, negativos
A MAD | +1 17:00/2h | vo | oye que mañana a las cinco vamos al teatro con los críos es una obra de títeres dura como dos horas así que merendamos antes vale
A MEX | | O vo | pues no sé güey la neta no sé si voy a poder esta semana ando bien ocupado luego te aviso
A BOG | | O ty hab | yo x lo general salgo a trotar a las 5 y media, todos los dias
A MIA | | O ty | no voy a la fiesta d Yeni, no tengo ganas d ver a su ex jaja
A TIJ | sun 17:00 | ty | el domingo a las 5 carnita asada en ksa de la Güera, ya con el cambio d hora eh
B MAD | | O ty ava | el juevs no puedo, el vierns a partir d las 6 si
B MAD | +2 10:00 | rel | pasado mañana a las diez entrevista con la del banco para la hipoteca, vienes?
B MEX | | O ty look | ya quedó, el depa es el 302 y la clave del portón 4589
B LIM | | O ty q | sabes a q hora abren el mercado de surquillo el domingo?
B SCL | | O look | el dólar está a 948, una locura
C MAD | +1 12:00; +1 19:00 | | mañana a las doce misa de Ramos y a las siete cumple de Pablo en el Vips
C MEX | | O ty | nel, mañana no salgo, toy crudo
C CAN | | O hy | si no hiciera tanto viento iríamos a Tenerife en barco
D SCL | | O ty rep | la Cata se va el lunes a Puerto Varas con el pololo, yo ni cagando voy
D MAD | | O ty | no me apetece ir a la procesión, hace un frío q pela
D MEX | | O look | el boleto salió en 1,250 pesos, y el estacionamiento 80
E MAD | sat 21:30 | ty | el sab a las 9 y media cena de cumple d Marta en el Sushi bar, confirmad xfa 🍣
E MEX | | O ty q | oye a que hora es el partido de mexico el jueves
E CAN | | O ty ava | toy libre toda la semana menos el martes
E SCL | | P | el sábado pasado fuimos a la Parva, cero nieve
E BOG | | O tt | La ciclovía funciona los domingos y festivos de 7 a 2
F SCL | sun 13:00 | ty | el domingo a la 1 almuerzo en ksa de mi mamá, q se adelanta el reloj ojo 🕐
F SCL | | O ty hab | los domingos siempre vamos a la feria de Macul a las 10
F MAD | | O ty wi | ojala me toque la loteria y me pueda ir a Bali jaja
F MEX | | C | ya no vamos a Teotihuacán el domingo, se descompuso el coche
G SCL | | O ty look | gano Colo-Colo 3 a 1, q partidazo
G MAD | | O | no me esperéis para cenar, salgo tarde del curro
H MAD | | O rep | mi cuñado se va a Londres el viernes por trabajo, yo me quedo con los niños
H MAD | sun 17:00 | ty | el dom a las 5 tarde de pelis en ksa, con la hora d mas 🍿
H CAN | | O ty q | a q hora cierra el Siam Park el domingo??
I MAD | | O | mañana ni de coña madrugo, bastante con la hora que nos regalan
I SCL | | O ty ava | estoy de turno toda la semana, el finde libre
J TIJ | | O | no voy a pedir dulces con los niños este año, se van con su papá
J LAX | | O look | el ticket del estacionamiento fue 35 dólares por 2 horas
K TIJ | | O q | ¿ya se atrasó el reloj o es hasta mañana?
K MIA | | O hab | yo los domingos voy a misa a las 11 siempre, con mi abuela
L MAD | | O ty ava | del 23 al 2 estoy en el pueblo, no cuenteis conmigo
L MEX | | O | no voy a la posada del trabajo, me caen mal
L SCL | | D | el permiso de circulación del auto vence el 31 de marzo, ojo que hay que pagarlo antes
M MAD | | O ty look | 3x2 en rebajas de Zara, me he fundido 180 euros
M MEX | | O ty q | sabes si el metro abre el 6 de enero normal?
N MAD | | O | no puedo ir al cumple de Lucas, tengo guardia
N MIA | | O rep | mi tía se va a Cuba el sábado, lleva 3 maletas
N SCL | | P | la semana pasada fuimos al Lollapalooza, increíble
"""

CASES_ES += """
# más positivos
A MAD | 04-04 20:00 | mo | el sábado 4 de abril a las ocho cena con los del máster en Lavapiés, ya somos doce
A CAN | 04-01 18:30 | mo | 1 de abril, a las seis y media, charla sobre el volcán en el Museo Elder, me apunto contigo
A MIA | tue 19:00 | | el martes a las 7 reunión del condominio, hay que votar lo de la piscina
A LAX | sat 10:00 | ty | el sab 14 a las 10 lavado de carros pa la escuela, ayudamos?
A TIJ | fri 18:00 | | el viernes a las 6 cena en Caesar's con los del trabajo, pago yo la primera ronda
A SCL | 04-05 13:00 | mo | el domingo 5 de abril a la una almuerzo de Pascua en la casa de la abuela
B MAD | mon 08:30 | | el lunes 30 a las ocho y media cita en el SEPE, me acompañas que yo solo me pierdo
B CAN | sat 21:00 | dp | el sábado por la noche verbena en San Andrés, vamos en guagua
B MAD | sun 19:00 | em | el domingo a las 7 el derbi en casa de Javi ⚽ llevo las birras
C MAD | wed 17:45 | | el miércoles a las seis menos cuarto recogemos a los niños y al dentista
C CAN | mon 09:00 | fo mo | Le confirmamos su cita en la ITV el lunes 30 de marzo a las 9:00.
C MAD | thu 20:30 | ty | el jueves a las 8 y media procesion en Sol, nos vemos en la esquina d Preciados
D SCL | thu 19:30 | | el jueves a las siete y media lanzamiento del libro de la Maite en la Biblioteca Nacional
D SCL | sun 11:00 | ty | el domingo a las 11 cleteada x el parque, sin excusas q ganamos una hora
F SCL | 09-19 10:00 | mo | el 19 de septiembre a las diez parada militar, vamos a verla con los cabros
F SCL | tue2 18:00 | rpd | el martes de la otra semana a las seis clase de cueca, nos inscribimos
F SCL | 10-03 15:00 | mo | el sábado 3 de octubre a las tres matrimonio del Seba en Viña
H MAD | tue2 19:00 | rpd | el martes de la semana que viene a las siete, tutoría con la profe de Lucas
H CAN | sun 12:00 | | el domingo a las doce misa en Candelaria y luego comemos por ahí
H MAD | 10-31 22:00 | mo | Halloween, el sábado 31 de octubre a las diez, en el bar de siempre
H MAD | mon 18:00 | fo mo | Le confirmamos la reunión con el asesor fiscal el lunes 26 de octubre a las 18:00.
I MAD | +1 19:00; mon 09:30 | | mañana a las siete cine con mi hermana y el lunes a las nueve y media dentista
I CAN | thu 17:15 | | el jueves a las cinco y cuarto partido de fútbol sala de Aday, nos toca llevar la merienda
I MAD | sat 21:00 | dp | el sábado por la noche cena de Halloween en casa de Irene, disfraz obligatorio
J TIJ | mon 18:00 | | el lunes a las 6 entrenamiento de fut de los niños, ya con el horario de invierno
J MIA | sat 19:30 | ty | el sab a las 7 y media noche de salsa en la Calle Ocho, vamos?
J LAX | 11-02 18:00 | mo | el lunes 2 de noviembre a las seis ponemos las ofrendas en el parque, trae cempasúchil
K LAX | +1 11:00 | | mañana a las once brunch en Olvera Street con la familia
K MIA | 11-08 13:00 | mo | el domingo 8 de noviembre a la una almuerzo por los 15 de Daniela
K TIJ | wed 19:00 | | el miércoles a las siete junta del comité de vecinos, hay que ir todos
L SCL | 04-04 10:00 | mo | el domingo 4 de abril a las diez, primera comunión de la Isidora
L MAD | 03-28 12:00 | mo | el domingo 28 de marzo a las doce la primera comunión de mi sobrina, ya reservé
L CAN | 04-03 20:00 | mo | el sábado 3 de abril a las ocho cena de compromiso de Nira y Adrián
M MIA | 03-14 11:00 | mo | el domingo 14 de marzo a las 11 baby shower de Karla, ya compré el regalo
M TIJ | 03-21 15:00 | mo | el domingo 21 de marzo a las tres la quinceañera de mi sobrina en Rosarito
M MAD | 04-03 11:00 | mo | el sábado 3 de abril a las once visita guiada al Prado con la clase de arte
N MIA | sun 15:00 | | el domingo a las tres cumpleaños de abuelo, con el cambio de hora llegas a tiempo eh
N LAX | tue 18:30 | ty | el martes a las 6 y media junta de la liga de beisbol, ya con horario d verano
N TIJ | 03-20 19:00 | mo | el sábado 20 de marzo a las siete la boda civil de mi prima, en Ensenada
N MAD | 03-28 13:00 | mo | el domingo 28 de marzo a la una comida en casa de los abuelos, y ojo que ese día cambia la hora
"""

CASES_PT = """
# sáb 7 mar 2026
A LIS | 03-31 19:00 | mo | dia 31 de março às sete da tarde jantar de anos da Inês no Bairro Alto, já reservei
A LIS | | O hab | ao sábado de manhã vou sempre à Feira da Ladra, é sagrado
A LIS | tue 18:30 | | terça às seis e meia reunião de condomínio, vamos os dois
A AZO | 04-04 10:00 | mo | no sábado 4 de abril às 10 passeio às Sete Cidades, leva casaco
A FUN | thu 20:00 | | quinta às oito jantar de despedida do Rui no Funchal
A SAO | +1 11:00 | | amanhã às 11 almoço de Dia das Mulheres na casa da vó, todo mundo
A SAO | | O look | deu 2 a 1 pro Corinthians, que sofrimento
A REC | tue 19:00 | | terça às sete ensaio do coral da igreja, não falta não
A MAO | | P | ontem fomos no Teatro Amazonas, lindo demais
A BOS | mon 18:00 | | segunda às seis aula de inglês na igreja, já me inscrevi
A BOS | | O q | o horário muda amanhã aqui, né? atrasa ou adianta?
A LAD | sat 16:00 | | no sábado às 16h festa de aniversário do Kiluanji na Ilha, levem fato de banho
A MPM | +1 10:00 | | amanhã às 10 culto na igreja da Polana, depois almoço
A PAR | 04-05 12:00 | mo | Páscoa, domingo 5 de abril, almoço ao meio-dia na casa da tia em Champigny
A LUX | | O rep | o meu cunhado vai a Portugal na Páscoa, nós ficamos cá
# seg 23 mar 2026
B LIS | sun 12:30 | | domingo ao meio-dia e meia almoço na casa dos meus pais, já com a hora mudada
B LIS | | O q | a hora muda na madrugada de sábado para domingo, não é?
B LIS | thu 21:00 | dp | quinta à noite fado na Mouraria com os primos
B AZO | sat 15:00 | | sábado às três torneio de futebol dos miúdos em Ponta Delgada
B FUN | fri 19:00 | | sexta às 19h inauguração da exposição no Museu de Arte Contemporânea, vens?
B SAO | wed 19:30 | ty | qua 7 e meia culto de jovens, leva a biblia
B SAO | | O ava | essa semana to livre depois das 5, chama aí
B REC | sat 09:00 | | sábado às 9 praia de Boa Viagem, encontro no posto 8
B PAR | sun 11:00 | | domingo às onze missa portuguesa em Saint-Denis, depois almoço no café do Manel
B LDN | thu 18:30 | | quinta às seis e meia aula de português para os miúdos em Stockwell
B LUX | | D | a declaração do IRS fecha a 30 de junho, trata disso cedo que depois é uma correria
B BEL | fri 17:00 | | sexta às cinco açaí no Ver-o-Peso com a turma
# sáb 28 mar 2026
C LIS | +1 11:00 | | amanhã às onze corrida no Parque das Nações, e não te esqueças que a hora muda
C LIS | | O tt | esta noite à uma passa a ser às duas, hora de verão
C AZO | +1 12:00 | | amanhã ao meio-dia almoço de família nas Furnas, cozido pronto
C FUN | mon 09:00 | fo mo | Informamos que a sua consulta no Centro de Saúde está marcada para segunda-feira, 30 de março, às 9h00.
C LIS | | P | o concerto no Coliseu foi ontem, estou rouco
C SAO | sun 16:00 | ty | amanha as 4 cha de bebe da Carol, leva fralda
C MPM | | O look | a conta deu 1.450 meticais, pagamos a meias
C PAR | tue 20:00 | | terça às 20h jantar de anos da Sónia no restaurante português
# sex 3 abr 2026
D LIS | +2 13:00 | | domingo de Páscoa almoço às uma em casa da avó, cabrito
D LIS | | P | a procissão de Quinta-feira Santa foi ontem, muita gente
D SAO | sat 20:00 | | amanhã às oito malhação do Judas na rua da tia, leva as crianças
D SAO | | C | o passeio pra Campos do Jordão no sábado foi cancelado, choveu demais
D REC | mon 08:00 | | segunda às 8 consulta no dentista, vou com você
D FUN | sat 17:00 | | sábado às cinco da tarde visita ao Monte, de teleférico
D BOS | sun 10:00 | | domingo às 10 missa de Páscoa em português na igreja de Somerville
D MAO | | O hy | se não chovesse a gente ia no encontro das águas amanhã
# ter 9 jun 2026
E LIS | 06-12 21:00 | mo dp | na noite de 12 de junho vamos aos Santos Populares em Alfama, sardinhas garantidas
E LIS | | O wi | quem me dera ir aos Açores este verão
E LIS | fri 19:00-21:00 | | sexta das sete às nove voluntariado no banco alimentar, junta-te
E AZO | sat 14:00 | | sábado à tarde, às 14h, observação de baleias, já temos bilhetes
E SAO | thu 18:00 | | quinta às seis festa junina na escola do Pedrinho, ele vai de caipira
E SAO | | O tt | o metrô funciona até meia-noite na sexta e no sábado
E REC | 06-23 20:00 | mo | dia 23 de junho às oito noite de São João em Caruaru, vamos de ônibus
E REC | | O hab | todo domingo a gente vai na feira de Casa Amarela de manhã
E MAO | sat 19:00 | | sábado às 7 da noite ensaio do boi Caprichoso, bora
E LAD | | O ava | esta semana estou de folga a partir das 15h
E MPM | sun 09:00 | | domingo às 9 corrida da cidade, saída da Praça da Independência
E PAR | 06-21 20:00 | mo | 21 de junho às oito, Fête de la Musique, nós tocamos no largo às oito
E FUN | +1 07:00 | dp | amanhã cedo de manhã levada do Caldeirão Verde, saída às 7
# seg 31 ago 2026
F LIS | tue 09:00 | fo mo | Confirmamos a sua marcação nas Finanças para terça-feira, 1 de setembro, às 9h00.
F LIS | | D | o pagamento do IMI tem de ser feito até 31 de agosto... ups é hoje
F SAO | 09-07 10:00 | mo | 7 de setembro às 10 desfile no Ibirapuera, a gente vai com as crianças
F SAO | | O hab | toda segunda às 7 tenho pilates, não marquem nada
F REC | sat 16:00 | ty | sab as 4 niver do Davi no buffet, ja confirmei
F LDN | 10-25 13:00 | mo | domingo 25 de outubro à uma almoço de batizado da Maria em Vauxhall
F BOS | sun 15:00 | | domingo às três churrasco de fim de verão no quintal do Paulo
F LAD | 09-17 10:00 | mo | dia 17 de setembro às 10 cerimónia do Dia do Herói na escola dos miúdos
# sáb 26 set 2026
G LIS | 10-25 11:00 | mo | domingo 25 de outubro às 11 corrida solidária no Estádio Universitário, vamos torcer pelo Rui
G LIS | | O rep | a minha irmã vai a Paris no fim de semana, eu não
G AZO | 10-31 20:00 | mo | 31 de outubro às 20h festa de Halloween no clube, levem os miúdos
G SAO | 10-12 10:00 | mo | 12 de outubro às 10 festa do Dia das Crianças na praça, levo os meus
G REC | | O look | o apartamento é o 1203, bloco B, interfone 1203
G MPM | | P | fomos ao mercado do peixe na semana passada, estava óptimo
# seg 19 out 2026
H LIS | sun 12:00 | | domingo ao meio-dia almoço de anos da tia Lurdes, a hora atrasa, ganhamos uma hora
H LIS | | O q | a hora muda à 2 da manhã de domingo, certo?
H AZO | sat 20:30 | | sábado às oito e meia jantar de aniversário num restaurante em Ponta Delgada
H FUN | tue2 18:00 | rpd | na terça da semana que vem às 18h reunião de pais na escola
H SAO | sat 21:00 | dp | sábado à noite festa à fantasia na casa da Bia, tema anos 80
H SAO | | O tt | o horário de verão não existe mais, não muda nada aqui
H PAR | fri 19:00 | | sexta às sete jantar de despedida da Ana, que volta para Braga
H LUX | sun 15:00 | | domingo às três da tarde lanche na associação portuguesa
H LDN | mon 19:00 | fo mo | Confirmamos a sua presença no jantar da comunidade na segunda-feira, 26 de outubro, às 19h.
# sáb 24 out 2026
I LIS | +1 11:00 | | amanhã às onze brunch no Príncipe Real, hora a mais para dormir
I LIS | | O tt | esta madrugada às duas voltam a ser uma, mudem os relógios
I AZO | +1 10:00 | | amanhã às dez missa na Matriz e depois almoço
I PAR | mon 18:30 | | segunda às seis e meia reunião na escola do Tiago, vou contigo
I FUN | wed 19:30 | ty | quarta às 7 e meia sessão de cinema no teatro Baltazar Dias, bora?
# ter 27 out 2026
J BOS | sat 19:00 | | sábado às sete festa de Halloween na casa da Camila, fantasia obrigatória
J BOS | sun 11:00 | | domingo às 11 missa e almoço na Casa dos Açores, a hora atrasa nesse dia
J SAO | 11-02 09:00 | mo | dia 2 de novembro às 9 vamos ao cemitério levar flores pro vô
J SAO | | O rep | meus pais vão pra Gramado no feriado, eu fico
J REC | fri 20:00 | | sexta às oito show na praça do Marco Zero, encontro lá
J LIS | | P | a festa dos anos da Rita foi sábado passado, ainda estou cansada
# sáb 31 out 2026
K BOS | +1 12:00 | | amanhã ao meio-dia almoço na casa da tia, já com a hora atrasada
K BOS | | O q | os relógios atrasam hoje à noite às duas, né?
K BOS | tue 18:00 | | terça às 6 vamos votar juntos, saímos do trabalho e vamos
K SAO | mon 10:00 | ty | seg as 10 reuniao com o contador, nao esquece os papeis
K MAO | | O ty | n vou pra festa do Léo, to sem grana
# qua 9 dez 2026
L LIS | 12-24 20:00 | | consoada dia 24 às oito em casa dos meus sogros, levamos o bolo-rei
L LIS | 03-28 11:00 | mo | domingo 28 de março às 11 batizado do Tomás, madrinha sou eu
L LIS | | O tt | o comércio da Baixa está aberto até às 23h até ao Natal
L AZO | sat 19:00 | | sábado às sete jantar de Natal da empresa, nas Portas do Mar
L SAO | 12-31 22:00 | | réveillon dia 31 às dez na praia em Santos, de branco
L SAO | | O wi | quem dera passar o ano novo em Fernando de Noronha
L REC | fri 19:00 | | sexta às sete amigo secreto da família, limite de 50 reais
L MPM | 12-25 12:00 | | dia 25 ao meio-dia almoço de Natal em casa da avó na Matola
L PAR | 04-03 14:00 | mo | sábado 3 de abril às duas casamento do primo em Tours, a família toda
L BOS | sun 16:00 | | domingo às quatro apresentação de Natal da Sofia na escola
L FUN | 12-31 23:00 | | dia 31 às onze da noite fogo de artifício na Avenida do Mar, guardo lugar
# seg 4 jan 2027
M LIS | wed 20:00 | | quarta às oito cantar as Janeiras na aldeia, levem a concertina
M LIS | | O ava | estou de férias até dia 11, depois volto
M AZO | 04-01 18:00 | mo | 1 de abril às 18h inauguração da loja da Marta, não é mentira
M SAO | 02-06 16:00 | mo | dia 6 de fevereiro às quatro bloco de carnaval na Vila Madalena, vamos fantasiados
M SAO | | P | o réveillon em Santos foi ótimo, chegamos às 6 da manhã
M REC | sat 15:00 | ty | sab as 3 prévia de carnaval em olinda, bora cedo
M BOS | 03-14 12:00 | mo | domingo 14 de março ao meio-dia chá de panela da Vanessa, a hora adianta nesse dia
M LDN | 04-03 12:00 | mo | sábado 3 de abril ao meio-dia almoço de anos da mãe em Stockwell
# qui 11 mar 2027
N LIS | 03-28 12:00 | mo | domingo 28 de março ao meio-dia almoço de Páscoa em casa da avó, e nesse dia a hora muda
N LIS | | C | a viagem ao Porto no sábado foi adiada, depois vemos outra data
N AZO | sat 17:00 | | sábado às cinco da tarde concerto da filarmónica na Ribeira Grande
N FUN | mon 09:00 | fo mo | Informamos que a reunião de avaliação decorrerá na segunda-feira, 15 de março, às 9h00.
N SAO | sat 10:00 | | sábado às dez mutirão de limpeza na praça, leva luva
N SAO | | O q | aí em Lisboa a hora já mudou? quantas horas de diferença?
N BOS | sun 13:00 | | domingo à uma almoço de aniversário da Júlia, e a hora adianta
N PAR | 03-27 20:00 | mo | sábado 27 de março às oito jantar de anos do Zé em Paris
N LUX | 04-03 10:00 | mo | sábado 3 de abril às dez, feira da primavera na escola, ajudamos na banca
N BEL | fri 19:00 | | sexta às 7 da noite culto de sexta, pastor novo
"""

CASES_PT += """
# mais: chats, áudios, negativos
A LIS | +3 18:00/90m | vo rel | olha daqui a três dias às seis temos a prova de vestidos para o casamento demora para aí hora e meia vens comigo não vens
A SAO | | O vo | então cara eu não sei ainda se vou conseguir essa semana tá corrido demais depois te falo
A SAO | | O ty hab | eu sempre vou na academia as 6 da manha, todo dia kkk
A REC | | O ty | n vou no aniversário da Paty n, to de mal com ela
A BOS | | O ty look | meu ap é o 3R, o código do portão é 2468
A LIS | 04-10 15:00 | nd | dia 10/04 às 15h festa de anos do Duarte no parque, leva a bicicleta
B SAO | | O ty ava | qui n da, sex dps das 6 to livre
B LIS | +2 10:00 | rel | depois de amanhã às dez consulta de nutrição, vou contigo
B LIS | | O ty q | sabes a q horas abre o Pingo Doce no domingo?
B REC | | O look | o placar foi 3 x 0, o Sport amassou
B PAR | | O ty | n vou à festa da Cátia, tou cansadíssima
C LIS | +1 12:00; +1 20:00 | | amanhã ao meio-dia almoço com os avós e às oito jantar com a malta do ginásio
C SAO | | O ty | amanha n saio nem a pau, to de ressaca
C AZO | | O hy | se não houvesse nevoeiro íamos ao Pico amanhã
D SAO | | O ty rep | a Lu vai pra praia no feriado com o namorado, eu to fora
D LIS | | O ty | n me apetece ir à procissão, está um frio de rachar
D REC | | O look | a passagem saiu 1.200 reais, fora a mala
E LIS | sat 21:30 | ty | sab às 9 e meia jantar de anos da Marta no sushi, confirmem pf 🍣
E SAO | | O ty q | que horas é o jogo do brasil na quinta?
E AZO | | O ty ava | tou livre a semana toda menos terça
E LIS | | P | no sábado passado fomos à Arrábida, praia cheia
E REC | | O tt | a ciclofaixa funciona aos domingos das 7 às 16h
F LIS | 09-15 19:00 | nd ty | dia 15/09 às 7 da tarde reuniao de pais no colegio, obrigatório
F SAO | | O wi | queria tanto ir pra Bahia nas férias, mas sem grana
F REC | | C | não vamos mais pra Porto de Galinhas domingo, o carro quebrou
G SAO | | O look | deu 3 a 1 pro Flamengo, que jogão
G LIS | | O | não esperem por mim pro jantar, saio tarde do trabalho
H LIS | | O rep | o meu cunhado vai a Londres na sexta em trabalho, eu fico com os miúdos
H LIS | sun 17:00 | ty em | dom às 5 tarde de filmes cá em casa, com a hora a mais 🍿
H AZO | | O ty q | a q horas fecha o Parque Terra Nostra no domingo?
I LIS | | O | amanhã nem pensar em madrugar, já basta a hora que nos dão
I SAO | | O ty ava | to de plantão a semana toda, fds livre
J BOS | | O ty | n vou pedir doces com as crianças esse ano, elas vão com o pai
J REC | | O look | o estacionamento deu 25 reais por 2 horas, absurdo
K BOS | | O hab | eu todo domingo vou na missa das 11 com minha vó
L LIS | | O ty ava | de 23 a 2 estou na terra, não contem comigo
L SAO | | O | não vou no amigo secreto da firma, o pessoal é chato
L LIS | | D | o seguro do carro tem de ser pago até 31 de dezembro
M LIS | | O look | 3 por 2 nos saldos, gastei 180 euros
M SAO | | O q | sabe se o metrô funciona normal no feriado de aniversário da cidade?
N LIS | | O ty | n posso ir aos anos do Lucas, estou de turno
N BOS | | O rep | minha tia vai pro Brasil no sábado, leva 3 malas
N SAO | | P | semana passada a gente foi no Lollapalooza, incrível
"""

CASES_PT += """
# mais positivos
A LIS | 04-11 20:00 | mo | sábado 11 de abril às oito concerto no Campo Pequeno, já tenho os bilhetes
A AZO | 03-30 18:30 | mo | segunda 30 de março às seis e meia reunião da associação de pais, vou eu
A BOS | tue 19:30 | ty | terça às 7 e meia reunião da comunidade brasileira em Framingham, bora?
A PAR | 04-01 19:00 | mo | 1 de abril às sete jantar na casa da Fátima, e não é mentira
B LIS | mon 08:45 | | segunda às um quarto para as nove vou contigo ao Centro de Saúde
B AZO | sun 16:00 | | domingo às quatro churrasco no quintal do tio Zé, já com a hora de verão
B FUN | 04-03 18:00 | mo | sexta 3 de abril às seis via-sacra na Sé, vamos juntas
C LIS | wed 17:45 | | quarta às seis menos um quarto vamos buscar os miúdos e depois ao dentista
C LUX | thu 20:00 | ty | quinta às 8 ensaio do rancho folclórico, n faltem
D AZO | +2 11:00 | | domingo às onze missa de Páscoa em São Sebastião
D LDN | sat 19:00 | | amanhã às sete jantar de aniversário da Carla em Kennington
F LIS | 10-31 21:00 | mo | sábado 31 de outubro às nove festa de Halloween cá em casa
F BOS | 11-07 18:00 | mo | sábado 7 de novembro às 6 festa de 15 anos da Gabi, vestido comprado
F LUX | 10-29 19:30 | mo | 29 de outubro às sete e meia jantar da associação portuguesa
H LIS | tue2 19:00 | rpd | terça da semana que vem às sete reunião com a professora do Miguel
H FUN | sun 12:00 | | domingo ao meio-dia almoço no Monte com os padrinhos
H LIS | 10-31 22:00 | mo | Halloween, sábado 31 de outubro às dez, no bar do costume
I LIS | +1 19:00; mon 09:30 | | amanhã às sete cinema com a minha irmã e segunda às nove e meia dentista
I AZO | thu 17:15 | | quinta às cinco e um quarto treino de futsal do Afonso, levamos o lanche
I PAR | +1 15:00 | | amanhã às três passeio ao Jardin du Luxembourg com os miúdos
J BOS | mon 18:00 | | segunda às 6 treino de futebol das crianças, já com o horário de inverno
J BOS | 11-08 13:00 | mo | domingo 8 de novembro à uma almoço de batizado do Enzo
K BOS | wed 19:00 | | quarta às sete reunião dos pais da escola, vamos os dois
L LIS | 04-03 20:00 | mo | sábado 3 de abril às oito jantar de noivado da Rita e do João
L AZO | 03-28 12:00 | mo | domingo 28 de março ao meio-dia almoço de Páscoa em casa da avó em Ponta Delgada
L LDN | 03-31 19:00 | mo | quarta 31 de março às sete reunião de pais em Lambeth, marquei já
M BOS | 03-21 15:00 | mo | domingo 21 de março às três aniversário de 1 ano do Theo
M LIS | 04-03 11:00 | mo | sábado 3 de abril às onze visita guiada ao Museu Gulbenkian com a turma de artes
M LUX | 04-10 18:00 | mo | sábado 10 de abril às seis casamento da prima em Esch
N BOS | mon 08:30 | | segunda às oito e meia pediatra, já com a hora mudada
N LIS | 03-30 19:00 | mo | terça 30 de março às sete jantar de anos da Beatriz, no Cais do Sodré
N AZO | 03-29 10:00 | mo | segunda 29 de março às dez revisão do carro na oficina
N LDN | 04-01 18:30 | mo | quinta 1 de abril às seis e meia, apresentação da escola da Leonor
N FUN | sun2 11:00 | rpd | no domingo da semana que vem às onze passeio na levada dos Balcões
"""


if __name__ == "__main__":
    main()
