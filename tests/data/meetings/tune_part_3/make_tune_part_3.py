#!/usr/bin/env python3
"""Third TUNING part (tune3) of the meeting-extraction corpus, written blind.

Cases: (NOW, ZONE, TEXT, EVENTS, TAGS). NOW is a local wall time read in ZONE.
EVENTS: list of (DAY, "HH:MM", END) with DAY = "+N" (days after now's date),
END = None, "-HH:MM" (stated end, same day or next if earlier) or "/MIN" (stated length).
Empty EVENTS = negative; its first tag is the kind (past, cancelled, deadline, other),
written out as negative-<kind>. Offsets come from zoneinfo, never by hand.
Conventions (those of test_part_8 / tune_part_2 READMEs): habits, availability, wishes,
hypotheticals, timetables, other people's plans, information questions are negatives;
proposals, reminders, confirmations are plans; approximate times take the stated value
("3ish" = 15:00); "half 7" = 7:30 (am/pm from context); a stated end is a range, a stated
length a duration; "tmrw"/"tmr"/"2nite" as usual; day parts without a clock time are left out.
Asserts: unique ids and texts, start > now, end > start, within a year, no skipped or
repeated wall times, every weekday named in a positive equals an event's weekday.
"""
import json, sys, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

N1 = "2026-03-06 18:20"  # Fri, before US/Canada switch 8 Mar
N2 = "2026-03-26 20:40"  # Thu, before EU/UK 29 Mar
N3 = "2026-04-02 19:15"  # Thu, before AU/NZ 5 Apr
N4 = "2026-10-29 17:50"  # Thu, before US 1 Nov
N5 = "2026-07-15 09:05"  # Wed, ordinary week

C = [
# en
(N2,"Europe/London","dentist sat half 10, then lunch w mum",[("+2","10:30",None)],["activity"]),
(N2,"Europe/London","footy training moved to sunday 11 cos of the clocks",[("+3","11:00",None)],["activity"]),
(N2,"Europe/Dublin","grand so, pints in Kehoes sunday around 6ish",[("+3","18:00",None)],["activity"]),
(N2,"Europe/London","can u do quarter past 9 monday for the boiler man? he says 2 hrs",[("+4","09:15","/120")],["activity"]),
(N2,"Europe/London","first team standup mon 0930-1000 pls dont be late",[("+4","09:30","-10:00")],["activity"]),
(N2,"Europe/London","Scotland here: ceilidh on Saturday from 7 till 11pm, see youse there",[("+2","19:00","-23:00")],["activity"]),
(N2,"Europe/London","were meeting at the station sat 1930 dont forget ur ticket",[("+2","19:30",None)],["activity","typo"]),
(N2,"Europe/London","parents evening was last thursday at 6, went fine",[],["past"]),
(N2,"Europe/London","the tip closes at 4 on sundays btw",[],["other","timetable"]),
(N2,"Europe/Dublin","clocks go forward sunday at 1am dont forget",[],["other","timetable"]),
(N2,"Europe/London","essay due friday 5pm ugh",[],["deadline"]),
(N1,"America/New_York","heading to dentist tmrw 3ish",[("+1","15:00",None)],["activity"]),
(N1,"America/New_York","brunch sunday 11am? my treat",[("+2","11:00",None)],["activity"]),
(N1,"America/Chicago","oil change monday at 8 am, should take an hour",[("+3","08:00","/60")],["activity"]),
(N1,"America/Toronto","hockey practice sun 7-8:30am at the rink eh",[("+2","07:00","-08:30")],["activity"]),
(N1,"America/New_York","sorry gotta cancel saturday's dinner, kid's sick",[],["cancelled"]),
(N1,"America/Los_Angeles","my sister has her yoga sunday at 9, i'm not going",[],["other","reported"]),
(N1,"America/Phoenix","pool party sat 2pm at my place 🎉",[("+1","14:00",None)],["activity"]),
(N1,"America/Phoenix","lakers won 112-98 last night lol",[],["other","lookalike"]),
(N1,"America/Denver","if it snows we'd maybe ski sunday at 8",[],["other","hypothetical"]),
(N1,"America/New_York","what time does the dmv open on monday",[],["other","question"]),
(N4,"America/New_York","trick or treating sat at 5:30 with the kids 🎃",[("+2","17:30",None)],["activity"]),
(N4,"America/Chicago","church potluck sunday noon bring a dish",[("+3","12:00",None)],["activity"]),
(N4,"America/Los_Angeles","pt appt mon 4:15pm then pick up from after school",[("+4","16:15",None)],["activity"]),
(N4,"America/Toronto","so we're doing the 1:1 tues at 10 instead",[("+5","10:00",None)],["activity"]),
(N4,"America/Phoenix","flight AA 1437 lands 9:40 on monday, my cousin's on it, not me",[],["other","reported"]),
(N4,"America/New_York","i usually run at 6 every morning",[],["other","habit"]),
(N4,"America/Chicago","im free after 3 most days next week",[],["other","availability"]),
(N3,"Australia/Sydney","arvo bbq sunday at 2, bring snags",[("+3","14:00",None)],["activity"]),
(N3,"Australia/Melbourne","footy sat 1:45pm at the G, meet at gate 3",[("+2","13:45",None)],["activity"]),
(N3,"Pacific/Auckland","tramping trip monday leave 7am sharp",[("+4","07:00",None)],["activity"]),
(N3,"Australia/Brisbane","mowing the lawn for nan sat 8am, 2 hrs",[("+2","08:00","/120")],["activity"]),
(N3,"Australia/Sydney","daylight saving ends sunday 3am, clocks back",[],["other","timetable"]),
(N3,"Australia/Melbourne","wish i could go to the easter show monday",[],["other","wish"]),
(N5,"Asia/Kolkata","kindly join the review call tomorrow at 11:30 am IST",[("+1","11:30",None)],["activity","formal"]),
(N5,"Asia/Kolkata","yaar movie 2nite 9:45 show, booked 4 tickets",[("+0","21:45",None)],["activity","typo"]),
(N5,"Asia/Singapore","lunch at lau pa sat tmr 12.30 can?",[("+1","12:30",None)],["activity"]),
(N5,"Asia/Singapore","bus 174 comes every 12 min only",[],["other","timetable"]),
(N5,"Africa/Lagos","we will see at the office friday by 10am, no African time o",[("+2","10:00",None)],["activity"]),
(N5,"Africa/Lagos","NEPA take light from 6pm to 10pm again today",[],["other","timetable"]),
(N5,"Africa/Nairobi","matatu to town tomorrow 7am then meeting 9-11",[("+1","07:00",None),("+1","09:00","-11:00")],["activity"]),
(N5,"Africa/Johannesburg","braai at Thabo's saturday from 1, eish bring ice",[("+3","13:00",None)],["activity"]),
(N5,"Africa/Johannesburg","load shedding stage 4 from 14:00 to 16:30 today",[],["other","timetable"]),
(N5,"Asia/Manila","beh gym tayo tomorrow 6pm ha",[("+1","18:00",None)],["activity"]),
(N5,"Asia/Manila","the meeting yesterday 3pm was so long",[],["past"]),
(N5,"Asia/Kolkata","my son turned 12 today, party was at 4",[],["past"]),
(N5,"Asia/Singapore","report submission deadline thurs 6pm",[],["deadline"]),
(N5,"Africa/Nairobi","the wedding on saturday is off, sorry",[],["cancelled"]),
(N5,"America/New_York","ok so um call me tomorrow at like 10 in the morning and we can go over the paperwork together",[("+1","10:00",None)],["activity","voice"]),
(N5,"Europe/London","plumbers coming fri between 8 and 10 so ill be home",[("+2","08:00","-10:00")],["activity"]),
# ru
(N2,"Europe/Berlin","встречаемся в воскресенье в 12 у вокзала",[("+3","12:00",None)],["activity"]),
(N2,"Europe/Riga","созвон в понедельник с 10 до 11",[("+4","10:00","-11:00")],["activity"]),
(N5,"Europe/Moscow","завтра в 19:30 ужин у родителей",[("+1","19:30",None)],["activity"]),
(N5,"Europe/Moscow","поликлиника работает до 20:00 по будням",[],["other","timetable"]),
(N5,"Asia/Novosibirsk","вчера в 6 ходили в кино",[],["past"]),
(N5,"Europe/Moscow","курсач надо скинуть научнику до среды 23:59",[],["deadline"]),
# es
(N2,"Europe/Madrid","quedamos el domingo a las 13 para comer paella",[("+3","13:00",None)],["activity"]),
(N1,"America/Mexico_City","mañana a las 5 de la tarde partido de fut con los primos",[("+1","17:00",None)],["activity"]),
(N5,"America/Bogota","clase de baile mañana de 7 a 9 de la noche",[("+1","19:00","-21:00")],["activity"]),
(N5,"America/Lima","la reunión de ayer a las 4 se alargó",[],["past"]),
(N5,"America/Argentina/Buenos_Aires","si llueve capaz vamos el sábado a las 10",[],["other","hypothetical"]),
(N5,"Europe/Madrid","se cancela la cena del viernes",[],["cancelled"]),
# pt
(N2,"Europe/Lisbon","jantar domingo às 20h na tasca?",[("+3","20:00",None)],["activity"]),
(N5,"America/Sao_Paulo","amanhã às 15h dentista, depois academia",[("+1","15:00",None)],["activity"]),
(N5,"America/Recife","churrasco sábado a partir das 12h 🍖",[("+3","12:00",None)],["activity"]),
(N5,"America/Sao_Paulo","o banco abre às 10h",[],["other","timetable"]),
(N5,"America/Sao_Paulo","a prova foi ontem às 8h",[],["past"]),
(N5,"Europe/Lisbon","prazo de entrega sexta às 17h",[],["deadline"]),
]
LANG = ["en"]*50 + ["ru"]*6 + ["es"]*6 + ["pt"]*6
WD = {"en":{"mon":0,"tue":1,"wed":2,"thu":3,"fri":4,"sat":5,"sun":6}}

C += [
(N4,"America/New_York","dinner w the in-laws sunday 6pm, pray for me",[("+3","18:00",None)],["activity"]),
(N4,"America/Toronto","parent teacher interviews mon 3:40 to 4pm",[("+4","15:40","-16:00")],["activity"]),
(N3,"Pacific/Auckland","swim lessons for the kids sunday 9:30, 45 mins",[("+3","09:30","/45")],["activity"]),
(N3,"Australia/Brisbane","the cricket score was 245 for 6 at stumps",[],["other","lookalike"]),
(N2,"Europe/London","we was gonna do bowling sat at 3 but its called off",[],["cancelled"]),
(N5,"Asia/Manila","how much po the tickets for sunday 7pm show?",[],["other","question"]),
(N2,"Europe/Moscow","в субботу в 11 едем на дачу",[("+2","11:00",None)],["activity"]),
(N5,"Europe/Moscow","если будет тепло, может в воскресенье в 10 на шашлыки",[],["other","hypothetical"]),
(N2,"Atlantic/Canary","el lunes a las 9 y media tengo cita en el médico",[("+4","09:30",None)],["activity"]),
(N5,"America/Mexico_City","mi hermano tiene boda el sábado a las 6, yo no voy",[],["other","reported"]),
(N2,"Europe/Lisbon","segunda às 9h30 reunião com o cliente até às 11h",[("+4","09:30","-11:00")],["activity"]),
(N5,"America/Sao_Paulo","toda terça às 19h eu faço pilates",[],["other","habit"]),
]
LANG += ["en"]*6 + ["ru"]*2 + ["es"]*2 + ["pt"]*2

def loc(z, dt):
    a = dt.replace(tzinfo=z, fold=0); b = dt.replace(tzinfo=z, fold=1)
    assert a.utcoffset() == b.utcoffset(), dt
    assert a.astimezone(ZoneInfo("UTC")).astimezone(z).replace(tzinfo=None) == dt, dt
    return a

def build():
    assert len(C) == len(LANG)
    out, seen, cnt = [], set(), {}
    for (now, zone, text, evs, tags), lang in zip(C, LANG):
        z = ZoneInfo(zone); n = loc(z, datetime.strptime(now, "%Y-%m-%d %H:%M"))
        cnt[lang] = cnt.get(lang, 0) + 1
        assert text.lower() not in seen; seen.add(text.lower())
        exp = []; t = list(tags); dst = False
        for day, hm, end in evs:
            d = n.date() + timedelta(days=int(day))
            s = loc(z, datetime.combine(d, datetime.strptime(hm, "%H:%M").time()))
            assert n < s < n + timedelta(days=365)
            e = None
            if end and end[0] == "-":
                ed = datetime.combine(d, datetime.strptime(end[1:], "%H:%M").time())
                if ed <= s.replace(tzinfo=None): ed += timedelta(days=1)
                e = loc(z, ed); t.append("range")
            elif end:
                e = (s.astimezone(ZoneInfo("UTC")) + timedelta(minutes=int(end[1:]))).astimezone(z); t.append("duration")
            if e: assert e > s
            if s.utcoffset() != n.utcoffset(): dst = True
            exp.append({"start": s.isoformat(), "end": e.isoformat() if e else None})
        if evs:
            if lang == "en":
                for w, i in WD["en"].items():
                    if re.search(r"\b" + w, text.lower().replace("lau pa sat", "")) and not re.search(r"last " + w, text.lower()):
                        assert any(datetime.fromisoformat(x["start"]).weekday() == i for x in exp), text
            if dst: t.append("dst")
            if len(evs) > 1: t.append("multi")
        else:
            t[0] = "negative-" + t[0]
        if re.search(r"[\U0001F300-\U0001FAFF]", text): t.append("emoji")
        out.append({"id": "tune3-%s-%03d" % (lang, cnt[lang]), "part": "tune3", "lang": lang,
                    "text": text, "now": n.isoformat(), "tz": zone, "expect": exp, "tags": t})
    return out

if __name__ == "__main__":
    rows = build()
    for r in rows: print(json.dumps(r, ensure_ascii=False))
    if "--stats" in sys.argv:
        from collections import Counter
        L = Counter(r["lang"] for r in rows); neg = Counter(r["lang"] for r in rows if not r["expect"])
        pos = [r for r in rows if r["expect"]]
        print("lines", dict(L), "neg", dict(neg), "neg%%=%.1f" % (100*sum(neg.values())/len(rows)), file=sys.stderr)
        print("dst %d/%d" % (sum("dst" in r["tags"] for r in pos), len(pos)),
              "ends", sum(1 for r in pos for e in r["expect"] if e["end"]), file=sys.stderr)
        print(Counter(t for r in rows for t in r["tags"]), file=sys.stderr)
