#!/usr/bin/env python3
"""Writes dev_part.jsonl, the DEVELOPMENT part of the meeting-extraction corpus.

Every line follows /work/notes/meeting_conventions.md (the labelling conventions the held-out
test part follows too). Lines are built from sentence frames × activities of every register
(work, family, health, school, sport, leisure) × reference times; each frame knows the wall
time it means, computed here from the conventions, and the UTC offsets come from Python's
zoneinfo at that wall time, never typed (so DST crossings are checked, not copied).

This part was written before the extractor was tuned on it; its first score is the "written
before tuning" figure in docs/PERFORMANCE.md.

Run: python3 make_dev_part.py > dev_part.jsonl   (deterministic: a fixed seed)
"""
import datetime as dt
import json
import random
import sys
import zoneinfo

NY, LON, LA = "America/New_York", "Europe/London", "America/Chicago"
MSK, RIGA, ALA = "Europe/Moscow", "Europe/Riga", "Asia/Almaty"
MAD, MEX, SCL = "Europe/Madrid", "America/Mexico_City", "America/Santiago"
SP, LIS = "America/Sao_Paulo", "Europe/Lisbon"

# Reference moments ("now") per language: ordinary weeks and the days before DST changes
# (US: 03-08 and 11-01; EU: 03-29 and 10-25; Chile: 04-05 and 09-06), and year ends.
REFS = {
    "en": [(NY, "2026-03-04 10:00"), (NY, "2026-03-06 16:30"), (NY, "2026-10-29 09:10"),
           (LON, "2026-03-26 11:20"), (LON, "2026-10-22 08:45"), (LA, "2026-06-10 07:30"),
           (NY, "2026-12-28 12:00"), (LON, "2026-05-13 13:05")],
    "ru": [(MSK, "2026-03-04 10:00"), (RIGA, "2026-03-26 11:20"), (RIGA, "2026-10-22 08:45"),
           (MSK, "2026-06-10 07:30"), (ALA, "2026-12-28 12:00"), (MSK, "2026-09-16 09:40"),
           (RIGA, "2026-05-13 13:05")],
    "es": [(MAD, "2026-03-26 11:20"), (MAD, "2026-10-22 08:45"), (SCL, "2026-04-01 10:00"),
           (SCL, "2026-09-02 09:10"), (MEX, "2026-06-10 07:30"), (MAD, "2026-12-28 12:00"),
           (MEX, "2026-03-04 10:00")],
    "pt": [(LIS, "2026-03-26 11:20"), (LIS, "2026-10-22 08:45"), (SP, "2026-03-04 10:00"),
           (SP, "2026-06-10 07:30"), (LIS, "2026-12-28 12:00"), (SP, "2026-09-16 09:40"),
           (LIS, "2026-05-13 13:05")],
}

# Activities: (text as it starts a sentence or follows "the", gender for ru/es/pt m/f/n/p).
ACTS = {
    "en": ["yoga class", "school play", "wedding rehearsal", "parents' evening", "housewarming",
           "dentist appointment", "book club", "piano recital", "football practice",
           "team offsite", "job interview", "physio session", "choir practice", "baby shower",
           "quiz night", "swim lesson", "budget review", "vet visit", "pottery workshop",
           "science fair", "chess club", "karaoke night", "flu shot", "driving lesson",
           "board game night", "climbing session", "open day", "farewell party",
           "blood test", "tutoring session", "gig", "barbecue"],
    "ru": [("занятие йогой", "n"), ("школьный спектакль", "m"), ("репетиция свадьбы", "f"),
           ("родительское собрание", "n"), ("новоселье", "n"), ("приём у стоматолога", "m"),
           ("книжный клуб", "m"), ("концерт в филармонии", "m"), ("тренировка по футболу", "f"),
           ("выездная планёрка", "f"), ("собеседование", "n"), ("массаж", "m"),
           ("репетиция хора", "f"), ("девичник", "m"), ("квиз", "m"), ("урок плавания", "m"),
           ("разбор бюджета", "m"), ("визит к ветеринару", "m"), ("мастер-класс по керамике", "m"),
           ("олимпиада по математике", "f"), ("шахматный кружок", "m"), ("караоке", "n"),
           ("прививка", "f"), ("урок вождения", "m"), ("сдача крови", "f"),
           ("день открытых дверей", "m"), ("прощальная вечеринка", "f"), ("шашлыки", "p"),
           ("занятие с репетитором", "n"), ("УЗИ", "n")],
    "es": [("la clase de yoga", "f"), ("la obra del colegio", "f"), ("el ensayo de la boda", "m"),
           ("la reunión de padres", "f"), ("la inauguración de la casa", "f"),
           ("la cita con el dentista", "f"), ("el club de lectura", "m"), ("el recital de piano", "m"),
           ("el entrenamiento de fútbol", "m"), ("la jornada fuera de la oficina", "f"),
           ("la entrevista de trabajo", "f"), ("la sesión de fisio", "f"),
           ("el ensayo del coro", "m"), ("el baby shower", "m"), ("la noche de trivia", "f"),
           ("la clase de natación", "f"), ("la revisión del presupuesto", "f"),
           ("la visita al veterinario", "f"), ("el taller de cerámica", "m"),
           ("la feria de ciencias", "f"), ("el torneo de ajedrez", "m"), ("la vacuna", "f"),
           ("la clase de manejo", "f"), ("el análisis de sangre", "m"),
           ("la despedida de Marta", "f"), ("la barbacoa", "f"), ("la tutoría", "f"),
           ("el partido de pádel", "m"), ("la misa", "f"), ("el concierto", "m")],
    "pt": [("a aula de ioga", "f"), ("a peça da escola", "f"), ("o ensaio do casamento", "m"),
           ("a reunião de pais", "f"), ("o chá de casa nova", "m"),
           ("a consulta no dentista", "f"), ("o clube do livro", "m"), ("o recital de piano", "m"),
           ("o treino de futebol", "m"), ("a reunião fora do escritório", "f"),
           ("a entrevista de emprego", "f"), ("a sessão de fisioterapia", "f"),
           ("o ensaio do coral", "m"), ("o chá de bebê", "m"), ("a noite de quiz", "f"),
           ("a aula de natação", "f"), ("a revisão do orçamento", "f"),
           ("a visita ao veterinário", "f"), ("a oficina de cerâmica", "f"),
           ("a feira de ciências", "f"), ("o torneio de xadrez", "m"), ("a vacina", "f"),
           ("a aula de direção", "f"), ("o exame de sangue", "m"), ("a despedida da Ana", "f"),
           ("o churrasco", "m"), ("a aula particular", "f"), ("a pelada", "f"),
           ("a missa", "f"), ("o show", "m")],
}

EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RU_WD_ACC = ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"]
RU_ON = ["в " + d if d != "вторник" else "во вторник" for d in RU_WD_ACC]
RU_LAST = ["в прошлый понедельник", "в прошлый вторник", "в прошлую среду", "в прошлый четверг",
           "в прошлую пятницу", "в прошлую субботу", "в прошлое воскресенье"]
ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
PT_WD = ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
EN_MON3 = [m[:3] for m in EN_MON]
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]
PT_MON = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
          "setembro", "outubro", "novembro", "dezembro"]
NUM = {"en": ["zero", "one", "two", "three", "four"], "ru": ["", "одну", "две", "три", "четыре"],
       "es": ["", "una", "dos", "tres", "cuatro"], "pt": ["", "uma", "duas", "três", "quatro"]}


def cap(s):
    return s[:1].upper() + s[1:]


def en_clock(h, m):
    """15:30 → '3:30pm', 9:00 → '9am'."""
    suffix = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    return f"{h12}{'' if m == 0 else f':{m:02d}'}{suffix}"


def hhmm(h, m):
    return f"{h:02d}:{m:02d}" if h >= 10 else f"{h}:{m:02d}"


def pt_clock(h, m):
    return f"{h}h" if m == 0 else f"{h}h{m:02d}"


class Ctx:
    """One line under construction: a reference moment and helpers for the days it names."""

    def __init__(self, lang, tz, now_text, rng):
        self.lang, self.tz, self.rng = lang, tz, rng
        self.zone = zoneinfo.ZoneInfo(tz)
        self.now = dt.datetime.fromisoformat(now_text).replace(tzinfo=self.zone)
        self.today = self.now.date()

    def at(self, day, h, m=0):
        return dt.datetime(day.year, day.month, day.day, h, m, tzinfo=self.zone)

    def plus(self, n):
        return self.today + dt.timedelta(days=n)

    def weekday_ahead(self, exclude_today=True):
        """A weekday other than today's and the day it means (next strictly future)."""
        while True:
            wd = self.rng.randrange(7)
            if wd != self.today.weekday() or not exclude_today:
                break
        delta = (wd - self.today.weekday()) % 7 or 7
        return wd, self.plus(delta)

    def month_day(self, lo=3, hi=45):
        return self.plus(self.rng.randint(lo, hi))

    def numeric(self, day):
        if self.lang == "en" and self.tz.startswith("America/"):
            return f"{day.month}/{day.day}"
        sep = "." if self.lang == "ru" else "/"
        return f"{day.day:02d}{sep}{day.month:02d}" if sep == "." else f"{day.day}/{day.month}"


def act(lang, rng):
    a = rng.choice(ACTS[lang])
    return (a, "x") if isinstance(a, str) else a


def pick_time(rng, lo=9, hi=20):
    return rng.randint(lo, hi), rng.choice([0, 0, 0, 15, 30, 30, 45])


# ---- Positive frames: each returns (text, [(start, end|None)], tags) --------------------------

def f_tomorrow(c):
    a, g = act(c.lang, c.rng)
    h, m = pick_time(c.rng)
    d = c.plus(1)
    t = {"en": f"{cap(a)} tomorrow at {en_clock(h, m)}",
         "ru": f"Завтра в {hhmm(h, m)} {a}",
         "es": f"{cap(a)} es mañana a las {hhmm(h, m)}",
         "pt": f"{cap(a)} é amanhã às {pt_clock(h, m)}"}[c.lang]
    return t, [(c.at(d, h, m), None)], ["activity", "plain"]


def f_weekday(c):
    a, g = act(c.lang, c.rng)
    h, m = pick_time(c.rng)
    wd, d = c.weekday_ahead()
    t = {"en": f"Don't forget the {a} on {EN_WD[wd]} at {en_clock(h, m)}",
         "ru": f"{cap(RU_ON[wd])} в {hhmm(h, m)} {a}, не забудь",
         "es": f"No olvides {a} el {ES_WD[wd]} a las {hhmm(h, m)}",
         "pt": f"Não esquece {a} na {PT_WD[wd]} às {pt_clock(h, m)}" if wd < 5 else
               f"Não esquece {a} no {PT_WD[wd]} às {pt_clock(h, m)}"}[c.lang]
    return t, [(c.at(d, h, m), None)], ["activity", "plain"]


def f_month_name(c):
    a, g = act(c.lang, c.rng)
    h, m = pick_time(c.rng)
    d = c.month_day()
    style = c.rng.randrange(3)
    if c.lang == "en":
        date = [f"{EN_MON[d.month - 1]} {d.day}", f"{d.day} {EN_MON3[d.month - 1]}",
                f"{EN_MON3[d.month - 1]} {d.day}th" if d.day not in (1, 2, 3, 21, 22, 23, 31)
                else f"{EN_MON[d.month - 1]} {d.day}"][style]
        t = f"The {a} is on {date} at {en_clock(h, m)}"
    elif c.lang == "ru":
        t = f"{cap(a)} {d.day} {RU_MON[d.month - 1]} в {hhmm(h, m)}"
    elif c.lang == "es":
        t = f"Tenemos {a} el {d.day} de {ES_MON[d.month - 1]} a las {hhmm(h, m)}"
    else:
        t = f"{cap(a)} vai ser dia {d.day} de {PT_MON[d.month - 1]} às {pt_clock(h, m)}" if style \
            else f"{cap(a)} é em {d.day} de {PT_MON[d.month - 1]}, às {pt_clock(h, m)}"
    return t, [(c.at(d, h, m), None)], ["activity", "month-name"]


def f_numeric(c):
    a, g = act(c.lang, c.rng)
    h, m = pick_time(c.rng)
    d = c.month_day(3, 30)
    n = c.numeric(d)
    t = {"en": f"{cap(a)} on {n} at {en_clock(h, m)}",
         "ru": f"{cap(a)} {n} в {hhmm(h, m)}",
         "es": f"{cap(a)} el {n} a las {hhmm(h, m)}",
         "pt": f"{cap(a)} dia {n} às {pt_clock(h, m)}"}[c.lang]
    return t, [(c.at(d, h, m), None)], ["activity", "numeric-date"]


def f_range(c):
    a, g = act(c.lang, c.rng)
    h = c.rng.randint(9, 18)
    k = c.rng.choice([1, 1, 2])
    wd, d = c.weekday_ahead()
    if c.lang == "en":
        style = c.rng.randrange(2)
        same_side = h >= 13 or h + k <= 11
        r = f"{h % 12 or 12}–{(h + k) % 12 or 12}{'am' if h < 12 else 'pm'}" if style and same_side \
            else f"{hhmm(h, 0)}–{hhmm(h + k, 0)}"
        t = f"{cap(a)} {EN_WD[wd]} {r}"
    elif c.lang == "ru":
        t = f"{cap(a)} {RU_ON[wd]} с {hhmm(h, 0)} до {hhmm(h + k, 0)}"
    elif c.lang == "es":
        t = f"{cap(a)} el {ES_WD[wd]} de {h} a {h + k}" if h >= 13 \
            else f"{cap(a)} el {ES_WD[wd]} de {hhmm(h, 0)} a {hhmm(h + k, 0)}"
    else:
        prep = "na" if wd < 5 else "no"
        t = f"{cap(a)} {prep} {PT_WD[wd]} das {h}h às {h + k}h"
    return t, [(c.at(d, h), c.at(d, h + k))], ["activity", "range"]


def f_duration(c):
    a, g = act(c.lang, c.rng)
    h, m = pick_time(c.rng)
    d = c.plus(c.rng.choice([1, 2]))
    mins, words = c.rng.choice({
        "en": [(75, "for 75 min"), (30, "for half an hour"), (60, "for an hour"),
               (90, "for 90 minutes"), (120, "for two hours")],
        "ru": [(30, "на полчаса"), (60, "на час"), (90, "на полтора часа"), (120, "на два часа"),
               (45, "на 45 минут")],
        "es": [(60, "por una hora"), (30, "por media hora"), (120, "por dos horas"),
               (90, "durante 90 minutos"), (45, "durante 45 minutos")],
        "pt": [(60, "por uma hora"), (30, "por meia hora"), (120, "por duas horas"),
               (90, "durante 90 minutos"), (45, "por 45 minutos")]}[c.lang])
    day = {"en": ["tomorrow", "the day after tomorrow"], "ru": ["завтра", "послезавтра"],
           "es": ["mañana", "pasado mañana"], "pt": ["amanhã", "depois de amanhã"]}[c.lang]
    dw = day[(d - c.today).days - 1]
    t = {"en": f"{cap(a)} {dw} at {en_clock(h, m)} {words}",
         "ru": f"{cap(dw)} в {hhmm(h, m)} {a} {words}",
         "es": f"{cap(a)} {dw} a las {hhmm(h, m)} {words}",
         "pt": f"{cap(a)} {dw} às {pt_clock(h, m)} {words}"}[c.lang]
    s = c.at(d, h, m)
    return t, [(s, s + dt.timedelta(minutes=mins))], ["activity", "duration"]


def f_relative_days(c):
    a, g = act(c.lang, c.rng)
    h, m = pick_time(c.rng)
    n = c.rng.choice([2, 3, 4])
    w = NUM[c.lang][n]
    t = {"en": f"{cap(a)} in {w} days at {en_clock(h, m)}",
         "ru": f"{cap(a)} через {['', '', 'два', 'три', 'четыре'][n]} дня в {hhmm(h, m)}",
         "es": f"{cap(a)} dentro de {w} días a las {hhmm(h, m)}",
         "pt": f"{cap(a)} daqui a {['', '', 'dois', 'três', 'quatro'][n]} dias às {pt_clock(h, m)}"
         }[c.lang]
    return t, [(c.at(c.plus(n), h, m), None)], ["activity", "relative"]


def f_relative_hours(c):
    a, g = act(c.lang, c.rng)
    n = c.rng.choice([1, 2, 3])
    word = {"en": ["", "an hour", "2 hours", "3 hours"], "ru": ["", "час", "2 часа", "3 часа"],
            "es": ["", "una hora", "2 horas", "3 horas"],
            "pt": ["", "uma hora", "2 horas", "3 horas"]}[c.lang][n]
    t = {"en": f"{cap(a)} starts in {word}",
         "ru": f"{cap(a)} через {word}",
         "es": f"{cap(a)} empieza en {word}",
         "pt": f"{cap(a)} começa daqui a {word}"}[c.lang]
    utc = dt.timezone.utc
    start = (c.now.astimezone(utc) + dt.timedelta(hours=n)).astimezone(c.zone)
    return t, [(start, None)], ["activity", "relative"]


def f_relative_weekday(c):
    a, g = act(c.lang, c.rng)
    h, m = pick_time(c.rng)
    n = c.rng.choice([2, 3])
    wd = c.rng.randrange(7)
    monday = c.today - dt.timedelta(days=c.today.weekday())
    d = monday + dt.timedelta(weeks=n, days=wd)
    w = NUM[c.lang][n]
    if c.lang == "en":
        t = f"{cap(a)} in {w} weeks on {EN_WD[wd]} at {en_clock(h, m)}"
    elif c.lang == "ru":
        t = f"{cap(a)} через {w} недели {RU_ON[wd]} в {hhmm(h, m)}"
    elif c.lang == "es":
        t = f"{cap(a)} dentro de {w} semanas, el {ES_WD[wd]} a las {hhmm(h, m)}"
    else:
        prep = "na" if wd < 5 else "no"
        t = f"{cap(a)} daqui a {w} semanas, {prep} {PT_WD[wd]} às {pt_clock(h, m)}"
    return t, [(c.at(d, h, m), None)], ["activity", "relative-plus-date"]


def f_day_part(c):
    a, g = act(c.lang, c.rng)
    options = {
        "en": [(1, "tomorrow morning", 8), (1, "tomorrow late afternoon", 16),
               (1, "tomorrow evening", 19), (2, "the day after tomorrow in the afternoon", 14),
               (1, "tomorrow at lunchtime", 12), (1, "tomorrow early evening", 18),
               (1, "tomorrow late morning", 10)],
        "ru": [(1, "завтра утром", 8), (2, "послезавтра вечером", 19), (1, "завтра днём", 14),
               (1, "завтра в обед", 12), (2, "послезавтра утром", 8), (1, "завтра вечером", 19)],
        "es": [(1, "mañana por la mañana", 8), (1, "mañana por la tarde", 14),
               (2, "pasado mañana por la noche", 21), (1, "mañana al mediodía", 12),
               (2, "pasado mañana por la mañana", 8)],
        "pt": [(1, "amanhã de manhã", 8), (1, "amanhã à tarde", 14),
               (2, "depois de amanhã à noite", 21), (1, "amanhã ao meio-dia", 12),
               (2, "depois de amanhã de manhã", 8)]}[c.lang]
    n, words, h = c.rng.choice(options)
    t = {"en": f"{cap(a)} {words}", "ru": f"{cap(words)} {a}", "es": f"{cap(a)} {words}",
         "pt": f"{cap(a)} {words}"}[c.lang]
    return t, [(c.at(c.plus(n), h), None)], ["activity", "day-part"]


def f_tonight(c):
    a, g = act(c.lang, c.rng)
    if c.now.hour >= 19:
        return f_tomorrow(c)
    t = {"en": f"{cap(a)} tonight, see you there", "ru": f"Сегодня вечером {a}, увидимся",
         "es": f"Esta noche {a}, nos vemos", "pt": f"Hoje à noite {a}, nos vemos"}[c.lang]
    return t, [(c.at(c.today, 20), None)], ["activity", "day-part"]


def f_typo(c):
    a, g = act(c.lang, c.rng)
    h, m = pick_time(c.rng, 10, 18)
    wd, d = c.weekday_ahead()
    d1 = c.plus(1)
    options = {
        "en": [(f"{a} 2moro at {en_clock(h, m)}", d1), (f"{a} tmrw {en_clock(h, m)}", d1),
               (f"dentist apointment tomorow at {en_clock(h, m)}", d1),
               (f"confrence call {EN_WD[wd][:3].lower()} {en_clock(h, m)}", d),
               (f"{a} 2morrow @ {en_clock(h, m)}", d1)],
        "ru": [(f"завтро в {hhmm(h, m)} {a}", d1), (f"{a} зафтра в {hhmm(h, m)}", d1),
               (f"{a} в {['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'][wd]} в {hhmm(h, m)}", d),
               (f"встреча завтра в {h}ч", d1) if m == 0 else (f"{a} завтра в {h}.{m:02d}", d1)],
        "es": [(f"{a} manana a las {hhmm(h, m)}", d1), (f"{a} mñn a las {hhmm(h, m)}", d1),
               (f"{a} el {ES_WD[wd].replace('é', 'e').replace('á', 'a')} a las {hhmm(h, m)}", d),
               (f"reu mañana {hhmm(h, m)}hs", d1)],
        "pt": [(f"{a} amanha as {pt_clock(h, m)}", d1), (f"{a} amn às {pt_clock(h, m)}", d1),
               (f"{a} {PT_WD[wd].replace('ç', 'c').replace('á', 'a')} as {pt_clock(h, m)}", d),
               (f"reuniao amanha {pt_clock(h, m)}", d1)]}[c.lang]
    text, day = c.rng.choice(options)
    return text, [(c.at(day, h, m), None)], ["activity", "typo"]


def f_emoji(c):
    a, g = act(c.lang, c.rng)
    h, m = pick_time(c.rng)
    e1, e2 = c.rng.choice([("🎉", "🥳"), ("⚽", "🔥"), ("📅", "🙏"), ("🧘", "✨"), ("🎭", "❤️"),
                           ("⏰", "👍")])
    d = c.plus(1)
    t = {"en": f"{e1} {cap(a)} tomorrow at {en_clock(h, m)}{e2}",
         "ru": f"{e1} {cap(a)} завтра в {hhmm(h, m)}{e2}",
         "es": f"{e1} {cap(a)} mañana a las {hhmm(h, m)}{e2}",
         "pt": f"{e1} {cap(a)} amanhã às {pt_clock(h, m)}{e2}"}[c.lang]
    return t, [(c.at(d, h, m), None)], ["activity", "emoji"]


def f_multi(c):
    (a1, _), (a2, _) = act(c.lang, c.rng), act(c.lang, c.rng)
    h1 = c.rng.randint(8, 12)
    h2 = c.rng.randint(14, 19)
    d = c.plus(1)
    t = {"en": f"Busy day tomorrow: {a1} at {en_clock(h1, 0)} and {a2} at {en_clock(h2, 30)}",
         "ru": f"Завтра в {hhmm(h1, 0)} {a1}, а в {hhmm(h2, 30)} {a2}",
         "es": f"Mañana tengo {a1} a las {hhmm(h1, 0)} y {a2} a las {hhmm(h2, 30)}",
         "pt": f"Amanhã tenho {a1} às {pt_clock(h1, 0)} e {a2} às {pt_clock(h2, 30)}"}[c.lang]
    return t, [(c.at(d, h1), None), (c.at(d, h2, 30), None)], ["activity", "multi"]


def f_bare_afternoon(c):
    a, g = act(c.lang, c.rng)
    h = c.rng.randint(2, 5)
    d = c.plus(1)
    t = {"en": f"{cap(a)} tomorrow at {h}", "ru": f"{cap(a)} завтра в {h}",
         "es": f"{cap(a)} mañana a las {h}", "pt": f"{cap(a)} amanhã às {h}"}[c.lang]
    return t, [(c.at(d, h + 12), None)], ["activity", "plain"]


def f_evening_words(c):
    a, g = act(c.lang, c.rng)
    h = c.rng.randint(6, 9)
    wd, d = c.weekday_ahead()
    t = {"en": f"{cap(a)} on {EN_WD[wd]} at {h} in the evening",
         "ru": f"{cap(a)} {RU_ON[wd]} в {h} вечера",
         "es": f"{cap(a)} el {ES_WD[wd]} a las {h} de la tarde" if h < 8
               else f"{cap(a)} el {ES_WD[wd]} a las {h} de la noche",
         "pt": f"{cap(a)} {'na' if wd < 5 else 'no'} {PT_WD[wd]} às {h} da noite"}[c.lang]
    return t, [(c.at(d, h + 12), None)], ["activity", "day-part"]


POSITIVE = [(f_tomorrow, 10), (f_weekday, 12), (f_month_name, 14), (f_numeric, 8), (f_range, 12),
            (f_duration, 10), (f_relative_days, 6), (f_relative_hours, 5),
            (f_relative_weekday, 6), (f_day_part, 10), (f_tonight, 3), (f_typo, 10),
            (f_emoji, 7), (f_multi, 6), (f_bare_afternoon, 4), (f_evening_words, 6)]


# ---- Negative frames: (text, tags) --------------------------------------------------------

RU_PAST = {"m": "был", "f": "была", "n": "было", "p": "были", "x": "был"}
RU_PAST_WENT = {"m": "прошёл", "f": "прошла", "n": "прошло", "p": "прошли", "x": "прошёл"}
ROM = {"m": "o", "f": "a", "x": "o", "n": "o", "p": "os"}


def n_past(c):
    a, g = act(c.lang, c.rng)
    h, m = pick_time(c.rng)
    wd = c.rng.randrange(7)
    options = {
        "en": [f"The {a} yesterday at {en_clock(h, m)} was great",
               f"We had the {a} last {EN_WD[wd]} at {en_clock(h, m)}",
               f"Missed the {a} this morning at 7am, overslept",
               f"The {a} two days ago started at {en_clock(h, m)} and ran long"],
        "ru": [f"Вчера в {hhmm(h, m)} {RU_PAST[g]} {a}", f"{cap(a)} {RU_LAST[wd]} в "
               f"{hhmm(h, m)} {RU_PAST_WENT[g]} отлично" if g != "x" else f"Вчера {a}",
               f"Позавчера в {hhmm(h, m)} {RU_PAST[g]} {a}, всё понравилось"],
        "es": [f"Ayer a las {hhmm(h, m)} fue {a}, estuvo genial",
               f"El {ES_WD[wd]} pasado tuvimos {a} a las {hhmm(h, m)}",
               f"Anteayer fuimos a {a} a las {hhmm(h, m)}".replace(" a el ", " al ")],
        "pt": [f"Ontem às {pt_clock(h, m)} foi {a}, foi ótimo",
               f"{'Na' if wd < 5 else 'No'} {PT_WD[wd]} passad{'a' if wd < 5 else 'o'} tivemos "
               f"{a} às {pt_clock(h, m)}",
               f"Anteontem {a} começou às {pt_clock(h, m)} e atrasou"]}[c.lang]
    return c.rng.choice(options), ["activity", "negative-past"]


def n_cancelled(c):
    a, g = act(c.lang, c.rng)
    h, m = pick_time(c.rng)
    wd, _ = c.weekday_ahead()
    options = {
        "en": [f"The {a} tomorrow at {en_clock(h, m)} is cancelled",
               f"{cap(a)} on {EN_WD[wd]} at {en_clock(h, m)} has been called off",
               f"Sorry, no {a} on {EN_WD[wd]} at {en_clock(h, m)} after all"],
        "ru": [f"{cap(a)} завтра в {hhmm(h, m)} отменяется",
               f"Отбой: {a} {RU_ON[wd]} в {hhmm(h, m)} не состоится"],
        "es": [f"Se cancela {a} de mañana a las {hhmm(h, m)}",
               f"Al final no hay {a.split(' ', 1)[-1]} el {ES_WD[wd]} a las {hhmm(h, m)}"],
        "pt": [f"Cancelaram {a} de amanhã às {pt_clock(h, m)}",
               f"{cap(a)} de {PT_WD[wd]} às {pt_clock(h, m)} foi cancelad{ROM[g]}"]}[c.lang]
    return c.rng.choice(options), ["activity", "negative-cancelled"]


def n_deadline(c):
    h, m = pick_time(c.rng, 10, 18)
    wd, _ = c.weekday_ahead()
    options = {
        "en": [f"The essay is due {EN_WD[wd]} at {en_clock(h, m)}",
               f"Submit the expense report by {en_clock(h, m)} tomorrow",
               f"Deadline for the grant application: {EN_WD[wd]} {en_clock(h, m)}",
               f"Pay the school trip fee by {EN_WD[wd]} noon"],
        "ru": [f"Сдать эссе нужно до {hhmm(h, m)} {RU_ON[wd]}",
               f"Дедлайн по заявке {RU_ON[wd]} в {hhmm(h, m)}",
               f"Оплатить кружок до завтра до {hhmm(h, m)}"],
        "es": [f"Hay que entregar la tarea antes de las {hhmm(h, m)} del {ES_WD[wd]}",
               f"El plazo para la solicitud vence mañana a las {hhmm(h, m)}",
               f"Fecha límite del informe: {ES_WD[wd]} a las {hhmm(h, m)}"],
        "pt": [f"Tenho que entregar o trabalho até amanhã às {pt_clock(h, m)}",
               f"O prazo da inscrição termina {PT_WD[wd]} às {pt_clock(h, m)}",
               f"Prazo final do relatório: {PT_WD[wd]} às {pt_clock(h, m)}"]}[c.lang]
    return c.rng.choice(options), ["negative-deadline"]


def n_other(c):
    h = c.rng.randint(6, 9)
    options = {
        "en": [f"The pharmacy opens at {h} tomorrow", f"Remind me to water the plants at {h}pm", f"Wake me up at {h}am tomorrow",
               f"I'll be home at {h}pm tomorrow", "We won 3-1 on the weekend",
               "The tickets are 15 dollars each", "I don't have any classes tomorrow",
               f"If we had left at {h}, we'd have made it", "What time did the game start yesterday?",
               f"The gym closes at {h}pm on Sundays", f"Set an alarm for {h}:30am"],
        "ru": [f"Аптека открывается завтра в {h}", "Напомни полить цветы в 5",
               f"Разбуди меня завтра в {h} утра", f"Буду дома в {h} вечера",
               "Наши выиграли 3:1", "Билет стоит 500 рублей", "Завтра у меня нет занятий",
               f"Если бы мы вышли в {h}, успели бы", "Во сколько вчера начался матч?",
               f"Бассейн закрывается в {h + 12}:00"],
        "es": [f"La farmacia abre mañana a las {h}", "Recuérdame regar las plantas a las 5",
               f"Despiértame mañana a las {h}", f"Estaré en casa a las {h} de la noche",
               "Ganamos 3 a 1", "Las entradas cuestan 15 euros", "Mañana no tengo clases",
               f"Si hubiéramos salido a las {h}, habríamos llegado",
               "¿A qué hora empezó el partido ayer?", f"El gimnasio cierra a las {h + 12}:00"],
        "pt": [f"A farmácia abre amanhã às {h}h", "Me lembra de regar as plantas às 5",
               f"Me acorda amanhã às {h}h", f"Vou estar em casa às {h} da noite",
               "Ganhamos de 3 a 1", "O ingresso custa 20 reais", "Amanhã não tenho aula",
               f"Se tivéssemos saído às {h}, teríamos chegado",
               "A que horas começou o jogo ontem?", f"A academia fecha às {h + 12}h"]}[c.lang]
    return c.rng.choice(options), ["negative-other"]


NEGATIVE = [(n_past, 12), (n_cancelled, 10), (n_deadline, 8), (n_other, 12)]


# ---- Hand-written lines ---------------------------------------------------------------------
# Written after the first tuning round on the generated lines above, and scored once before
# any fix for them (their first-run figure is in docs/PERFORMANCE.md): phrasings the frames do
# not produce. Labels: "MM-DD HH:MM" local in the reference year ("|" end), "+N" minutes
# after now (exact elapsed time); [] a negative.
HAND_REFS = {
    "NY": (NY, "2026-03-04 10:00"), "LON": (LON, "2026-03-26 11:20"),
    "MSK": (MSK, "2026-03-04 10:00"), "RIGA": (RIGA, "2026-10-22 08:45"),
    "MAD": (MAD, "2026-03-26 11:20"), "MEX": (MEX, "2026-03-04 10:00"),
    "SCL": (SCL, "2026-04-01 10:00"), "SP": (SP, "2026-03-04 10:00"),
    "LIS": (LIS, "2026-10-22 08:45"), "LON2": (LON, "2026-03-04 10:00"),
}
HAND = [
    ("en", "NY", "Wedding rehearsal Friday 5–7pm at the church", ["03-06 17:00|03-06 19:00"], "range"),
    ("en", "NY", "the kids' school play is on Thursday at 6:30pm, can you come?", ["03-05 18:30"], "plain"),
    ("en", "NY", "Parents evening next Tuesday, 4:15pm", ["03-10 16:15"], "plain"),
    ("en", "NY", "We're hosting a housewarming on Saturday from 3pm", ["03-07 15:00"], "plain"),
    ("en", "NY", "physio at 4pm for 75 min tomorrow", ["03-05 16:00|03-05 17:15"], "duration"),
    ("en", "NY", "Got my flu jab booked for 3 Oct at 10:20am", ["10-03 10:20"], "month-name"),
    ("en", "NY", "Confrence call 2moro @ 11:30am", ["03-05 11:30"], "typo"),
    ("en", "NY", "apointment with the optician thurs 9:40am", ["03-05 09:40"], "typo"),
    ("en", "NY", "🎾 tennis w/ Jake Sunday 8am 🎾", ["03-08 08:00"], "emoji"),
    ("en", "NY", "Soccer practice in three days at 5:30pm", ["03-07 17:30"], "relative"),
    ("en", "NY", "Baby's check-up in 2 weeks on Monday at 9:15am", ["03-16 09:15"], "relative-plus-date"),
    ("en", "NY", "Let's grab drinks tomorrow late afternoon", ["03-05 16:00"], "day-part"),
    ("en", "NY", "Choir concert on the 20th at 7pm", ["03-20 19:00"], "plain"),
    ("en", "NY", "Movie night at ours Friday at 8pm 🍿", ["03-06 20:00"], "emoji"),
    ("en", "NY", "Open house March 14th 1-3pm", ["03-14 13:00|03-14 15:00"], "range"),
    ("en", "NY", "Mia's birthday party this Saturday 2:30pm–5pm", ["03-07 14:30|03-07 17:00"], "range"),
    ("en", "NY", "Call with the contractor in 45 minutes", ["+45"], "relative"),
    ("en", "LON", "Pub quiz Sunday at 7pm, clocks go forward that morning", ["03-29 19:00"], "plain"),
    ("en", "NY", "The train left at 6:15 this morning", [], "negative-past"),
    ("en", "NY", "The quiz night last Friday at 8pm was a blast", [], "negative-past"),
    ("en", "NY", "Book club on Thursday at 7pm is cancelled, sorry", [], "negative-cancelled"),
    ("en", "NY", "Tax return due by 5pm Friday", [], "negative-deadline"),
    ("en", "NY", "Remind me to take the bins out at 7pm", [], "negative-other"),
    ("en", "NY", "The museum opens at 10am on Saturdays", [], "negative-other"),
    ("en", "NY", "I don't have any plans on Saturday evening", [], "negative-other"),
    ("en", "NY", "If we had left at 5 we'd have caught it", [], "negative-other"),
    ("en", "NY", "What time did the recital start yesterday?", [], "negative-past"),
    ("ru", "MSK", "Репетиция свадьбы в пятницу с 17:00 до 19:00", ["03-06 17:00|03-06 19:00"], "range"),
    ("ru", "MSK", "Школьный спектакль у Маши в четверг в 18:30, придёшь?", ["03-05 18:30"], "plain"),
    ("ru", "MSK", "Новоселье у Кати в субботу в 4 дня", ["03-07 16:00"], "plain"),
    ("ru", "MSK", "Родительское собрание послезавтра вечером", ["03-06 19:00"], "day-part"),
    ("ru", "MSK", "Йога завтра в 8 утра на полтора часа", ["03-05 08:00|03-05 09:30"], "duration"),
    ("ru", "MSK", "Запись к офтальмологу 12 марта в 9:40", ["03-12 09:40"], "month-name"),
    ("ru", "MSK", "Тренировка через 2 недели в среду в 19:00", ["03-18 19:00"], "relative-plus-date"),
    ("ru", "MSK", "🎂 День рождения бабушки в воскресенье в 14:00", ["03-08 14:00"], "emoji"),
    ("ru", "MSK", "Концерт 5 апреля в 19:30", ["04-05 19:30"], "month-name"),
    ("ru", "MSK", "завтр в 11:00 созвон", ["03-05 11:00"], "typo"),
    ("ru", "MSK", "Баня в субботу вечером", ["03-07 19:00"], "day-part"),
    ("ru", "RIGA", "Экскурсия в воскресенье в 10:00", ["10-25 10:00"], "dst"),
    ("ru", "RIGA", "Футбол у детей завтра с 16:00 до 17:30", ["10-23 16:00|10-23 17:30"], "range"),
    ("ru", "MSK", "Через три дня в 15:00 приём у терапевта", ["03-07 15:00"], "relative"),
    ("ru", "MSK", "Шашлыки на даче в субботу в 13:00", ["03-07 13:00"], "plain"),
    ("ru", "MSK", "Встречаемся у кинотеатра сегодня в 19:45", ["03-04 19:45"], "plain"),
    ("ru", "MSK", "Поезд ушёл в 6:15", [], "negative-past"),
    ("ru", "MSK", "Ужин в прошлую субботу в 20:00 был отличный", [], "negative-past"),
    ("ru", "MSK", "Йогу в четверг в 19:00 отменили", [], "negative-cancelled"),
    ("ru", "MSK", "Заявку подать до пятницы 18:00", [], "negative-deadline"),
    ("ru", "MSK", "Напомни мне вынести мусор в 21:00", [], "negative-other"),
    ("ru", "MSK", "Магазин открывается в 9 утра", [], "negative-other"),
    ("ru", "MSK", "Завтра у меня никаких встреч нет", [], "negative-other"),
    ("ru", "MSK", "Матч закончился 2:1", [], "negative-other"),
    ("ru", "MSK", "Во сколько вчера начался спектакль?", [], "negative-past"),
    ("es", "MAD", "Ensayo de la boda el viernes de 18 a 20", ["03-27 18:00|03-27 20:00"], "range"),
    ("es", "MAD", "La función del cole es el lunes a las 17:30", ["03-30 17:30"], "dst"),
    ("es", "MAD", "Inauguración del piso el sábado a las 13:00", ["03-28 13:00"], "plain"),
    ("es", "MAD", "Reunión de padres el 22 de abril a las 18:00", ["04-22 18:00"], "month-name"),
    ("es", "MAD", "Clase de pilates mañana a las 9 por una hora", ["03-27 09:00|03-27 10:00"], "duration"),
    ("es", "MAD", "Partido de pádel pasado mañana por la tarde", ["03-28 14:00"], "day-part"),
    ("es", "MAD", "Cena con los suegros el domingo a las 9 de la noche", ["03-29 21:00"], "dst"),
    ("es", "MEX", "Consulta con la pediatra dentro de dos semanas, el jueves a las 10:00", ["03-19 10:00"], "relative-plus-date"),
    ("es", "MEX", "🎉 Fiesta sorpresa para Ana el sábado a las 20:00", ["03-07 20:00"], "emoji"),
    ("es", "MEX", "Entreno de básquet mñn a las 6 de la tarde", ["03-05 18:00"], "typo"),
    ("es", "MEX", "Misa de la abuela el 15/03 a las 12:00", ["03-15 12:00"], "numeric-date"),
    ("es", "SCL", "Asado en la casa de Pedro el sábado a las 13:30", ["04-04 13:30"], "plain"),
    ("es", "SCL", "Clase de natación el lunes a las 18:00", ["04-06 18:00"], "dst"),
    ("es", "SCL", "Taller de escritura mañana de 10:00 a 12:30", ["04-02 10:00|04-02 12:30"], "range"),
    ("es", "MEX", "La obra de teatro es esta noche", ["03-04 20:00"], "day-part"),
    ("es", "MEX", "Tutoría en 3 horas", ["+180"], "relative"),
    ("es", "MAD", "Boda de mi prima el 6 de junio a las 12:30", ["06-06 12:30"], "month-name"),
    ("es", "MAD", "La cena del sábado pasado a las 21:00 fue increíble", [], "negative-past"),
    ("es", "MAD", "El tren salió a las 6:15", [], "negative-past"),
    ("es", "MEX", "Se canceló la clase de yoga de mañana a las 8", [], "negative-cancelled"),
    ("es", "MEX", "El trabajo hay que entregarlo antes del viernes a las 14:00", [], "negative-deadline"),
    ("es", "MEX", "Recuérdame comprar pan a las 7", [], "negative-other"),
    ("es", "MEX", "El banco abre a las 8:30", [], "negative-other"),
    ("es", "MEX", "No tengo nada el sábado por la mañana", [], "negative-other"),
    ("es", "MEX", "Ganaron 2-0 ayer", [], "negative-other"),
    ("pt", "SP", "Ensaio do casamento sexta das 17h às 19h", ["03-06 17:00|03-06 19:00"], "range"),
    ("pt", "SP", "A peça da escola é quinta às 18h30", ["03-05 18:30"], "plain"),
    ("pt", "SP", "Chá de casa nova no sábado a partir das 15h", ["03-07 15:00"], "plain"),
    ("pt", "SP", "Reunião de pais dia 12/03 às 19h", ["03-12 19:00"], "numeric-date"),
    ("pt", "SP", "Pilates amanhã às 7h por uma hora", ["03-05 07:00|03-05 08:00"], "duration"),
    ("pt", "SP", "Futebol com a galera depois de amanhã à noite", ["03-06 21:00"], "day-part"),
    ("pt", "SP", "Consulta com o pediatra daqui a duas semanas, na terça, às 9h", ["03-17 09:00"], "relative-plus-date"),
    ("pt", "SP", "🎂 Aniversário da vó domingo às 13h", ["03-08 13:00"], "emoji"),
    ("pt", "SP", "Show do Caetano em 7 de novembro às 21h", ["11-07 21:00"], "month-name"),
    ("pt", "SP", "Aula de inglês amnh às 14h", ["03-05 14:00"], "typo"),
    ("pt", "SP", "Churrasco sábado ao meio-dia", ["03-07 12:00"], "day-part"),
    ("pt", "LIS", "Visita ao museu domingo às 10h", ["10-25 10:00"], "dst"),
    ("pt", "LIS", "Treino de natação amanhã das 18h às 19h30", ["10-23 18:00|10-23 19:30"], "range"),
    ("pt", "LIS", "Jantar de anos da Rita no sábado às 20h", ["10-24 20:00"], "plain"),
    ("pt", "SP", "Corte de cabelo hoje às 16h", ["03-04 16:00"], "plain"),
    ("pt", "SP", "Sessão de terapia daqui a 2 horas", ["+120"], "relative"),
    ("pt", "SP", "Missa de sétimo dia no dia 10 de março às 19h", ["03-10 19:00"], "month-name"),
    ("pt", "SP", "O ônibus saiu às 6h15", [], "negative-past"),
    ("pt", "SP", "O jantar de sábado passado às 20h foi ótimo", [], "negative-past"),
    ("pt", "SP", "A aula de yoga de amanhã às 8h foi cancelada", [], "negative-cancelled"),
    ("pt", "SP", "O prazo para entregar o TCC é sexta às 23h59", [], "negative-deadline"),
    ("pt", "SP", "Me lembra de tomar o remédio às 22h", [], "negative-other"),
    ("pt", "SP", "A padaria abre às 6h", [], "negative-other"),
    ("pt", "SP", "Não tenho compromisso amanhã à tarde", [], "negative-other"),
    ("pt", "SP", "O Flamengo ganhou de 2 a 1", [], "negative-other"),
]

# Probes written during the second tuning round (after the lines above scored 102/102); the
# fixes they prompted came with them, so they are tuned-on lines like the rest of this part.
HAND += [
    ("en", "NY", "yoga⏰6pm tmrw", ["03-05 18:00"], "emoji"),
    ("en", "NY", "🕒3pm tomorrow: school play", ["03-05 15:00"], "emoji"),
    ("en", "NY", "Bday party Sat 2-4", ["03-07 14:00|03-07 16:00"], "range"),
    ("en", "NY", "Open house tomorrow 10-12", ["03-05 10:00|03-05 12:00"], "range"),
    ("en", "NY", "Hair appt Fri 10:15", ["03-06 10:15"], "plain"),
    ("en", "NY", "BBQ Sunday from 1 to 4pm", ["03-08 13:00|03-08 16:00"], "range"),
    ("en", "NY", "Game night next Friday at 7:30 pm", ["03-06 19:30"], "plain"),
    ("en", "NY", "Dentist in 3 weeks, on the 25th at 9am", ["03-25 09:00"], "relative-plus-date"),
    ("en", "LON2", "meeting at 5pm EST tomorrow", ["03-05 22:00"], "plain"),
    ("en", "NY", "parent teacher conference thurs 3:15pm", ["03-05 15:15"], "typo"),
    ("en", "NY", "Set a reminder to pay rent tomorrow at 9am", [], "negative-other"),
    ("en", "NY", "Checkout is at 11am tomorrow", [], "negative-other"),
    ("en", "NY", "The concert on Saturday at 8pm got postponed indefinitely", [], "negative-cancelled"),
    ("en", "NY", "Applications close on March 20 at noon", [], "negative-deadline"),
    ("en", "NY", "Sorry, I have to skip the book club on Thursday at 7pm", [], "negative-cancelled"),
    ("en", "NY", "The parcel arrives tomorrow between 9 and 12", [], "negative-other"),
    ("en", "NY", "I'll be at work until 6pm tomorrow", [], "negative-other"),
    ("en", "NY", "I was born on March 5 at 3am", [], "negative-past"),
    ("en", "NY", "Every Monday at 9 we used to have standup", [], "negative-past"),
    ("ru", "MSK", "Встреча выпускников через 3 недели, 28-го в 18:00", ["03-28 18:00"], "relative-plus-date"),
    ("ru", "MSK", "Концерт в субботу в 7 вечера на 2 часа", ["03-07 19:00|03-07 21:00"], "duration"),
    ("ru", "MSK", "Корпоратив в пятницу с 19 до 23", ["03-06 19:00|03-06 23:00"], "range"),
    ("ru", "MSK", "Экзамен по вождению 10.03 в 9:00", ["03-10 09:00"], "numeric-date"),
    ("ru", "MSK", "В пн в 9:30 пары", ["03-09 09:30"], "typo"),
    ("ru", "MSK", "Я родился 5 марта в 3 утра", [], "negative-past"),
    ("ru", "MSK", "Я не пойду на тренировку завтра в 19:00", [], "negative-cancelled"),
    ("ru", "MSK", "Отчёт сдаём в пятницу до 12:00", [], "negative-deadline"),
    ("ru", "MSK", "Курьер привезёт заказ завтра с 10 до 14", [], "negative-other"),
    ("es", "MEX", "Ensayo de la obra el jueves de 4 a 6 de la tarde", ["03-05 16:00|03-05 18:00"], "range"),
    ("es", "MEX", "Quinceañera de Sofi el 21 de marzo a las 7 de la noche", ["03-21 19:00"], "month-name"),
    ("es", "MEX", "Junta de padres mañana a las 5", ["03-05 17:00"], "plain"),
    ("es", "MEX", "Clase de guitarra el martes a las 16 hrs", ["03-10 16:00"], "plain"),
    ("es", "MEX", "Graduación dentro de dos semanas, el viernes a las 10", ["03-20 10:00"], "relative-plus-date"),
    ("es", "MEX", "Nos vemos en el gym mañana temprano", ["03-05 07:00"], "day-part"),
    ("es", "MEX", "Nací el 5 de marzo a las 3", [], "negative-past"),
    ("es", "MEX", "No voy a ir al entrenamiento mañana a las 19:00", [], "negative-cancelled"),
    ("es", "MEX", "El paquete llega mañana entre las 10 y las 14", [], "negative-other"),
    ("pt", "SP", "Ensaio da quadrilha quinta das 19h às 21h", ["03-05 19:00|03-05 21:00"], "range"),
    ("pt", "SP", "Reunião de condomínio amanhã às 20h por duas horas", ["03-05 20:00|03-05 22:00"], "duration"),
    ("pt", "SP", "Aula de pilates daqui a 3 dias às 7h", ["03-07 07:00"], "relative"),
    ("pt", "SP", "Festa junina dia 20/06 a partir das 18h", ["06-20 18:00"], "numeric-date"),
    ("pt", "SP", "Consulta na segunda de manhã", ["03-09 08:00"], "day-part"),
    ("pt", "SP", "O relatório tem que ser entregue sexta até 12h", [], "negative-deadline"),
    ("pt", "SP", "Não vou no treino amanhã às 19h", [], "negative-cancelled"),
    ("pt", "SP", "A encomenda chega amanhã entre 10h e 14h", [], "negative-other"),
    ("en", "NY", "We played tennis on Monday at 5pm", [], "negative-past"),
    ("en", "NY", "Loved the school play on Thursday at 6!", [], "negative-past"),
    ("en", "NY", "We booked a table for Friday at 8pm", ["03-06 20:00"], "plain"),
    ("ru", "MSK", "Мы играли в теннис в понедельник в 17:00", [], "negative-past"),
    ("ru", "MSK", "Мы забронировали столик на пятницу на 20:00", ["03-06 20:00"], "plain"),
    ("es", "MAD", "Visité a la abuela el sábado a las 14:00", [], "negative-past"),
    ("es", "MAD", "Quedé con Ana el viernes a las 5", ["03-27 17:00"], "plain"),
    ("pt", "SP", "Visitei a vó no sábado às 14h", [], "negative-past"),
    ("pt", "SP", "Marquei o dentista pra quinta às 15h", ["03-05 15:00"], "plain"),
    ("en", "NY", "Movie at 9:45pm tonight", ["03-04 21:45"], "day-part"),
    ("en", "NY", "Dentist Monday 9am, then the school play Thursday 6pm",
     ["03-09 09:00", "03-05 18:00"], "multi"),
    ("en", "NY", "Doors open at 7pm, the concert starts at 8pm", ["03-04 20:00"], "plain"),
    ("es", "MAD", "Dentista mañana a las 10 y teatro el viernes a las 20:00",
     ["03-27 10:00", "03-27 20:00"], "multi"),
    ("en", "NY", "Are you free tomorrow at 3pm?", [], "negative-other"),
    ("en", "NY", "It's going to rain tomorrow at 4pm", [], "negative-other"),
    ("ru", "MSK", "Я свободна завтра после 15:00", [], "negative-other"),
    ("es", "MEX", "¿Estás libre mañana a las 5?", [], "negative-other"),
    ("pt", "SP", "Vai chover amanhã às 16h", [], "negative-other"),
    ("en", "NY", "Sure, I will remind you all at 2:45 PM tomorrow.", [], "negative-other"),
    ("ru", "MSK", "Хорошо, напомню всем завтра в 14:45", [], "negative-other"),
]


def hand_lines():
    utc = dt.timezone.utc
    for index, (lang, ref, text, labels, tag) in enumerate(HAND, 1):
        tz, now_text = HAND_REFS[ref]
        zone = zoneinfo.ZoneInfo(tz)
        now = dt.datetime.fromisoformat(now_text).replace(tzinfo=zone)
        events = []
        for label in labels:
            if label.startswith("+"):
                start = (now.astimezone(utc) + dt.timedelta(minutes=int(label[1:]))).astimezone(zone)
                events.append((start, None))
                continue
            parts = [dt.datetime.fromisoformat(f"{now.year}-{x}").replace(tzinfo=zone)
                     for x in label.split("|")]
            events.append((parts[0], parts[1] if len(parts) > 1 else None))
        assert all(s > now for s, _ in events), text
        tags = [tag]
        if any(s.utcoffset() != now.utcoffset() for s, _ in events) and tag != "dst":
            tags.append("dst")
        yield {"id": f"dev-hand-{lang}-{index:03d}", "part": "dev", "lang": lang, "text": text,
               "now": now.isoformat(), "tz": tz,
               "expect": [{"start": s.isoformat(), "end": e.isoformat() if e else None}
                          for s, e in events], "tags": tags}

# ---- Lines written for the weak phenomena of the first test-part score --------------------
# Written before the extractor was changed for them and scored once unchanged (that first
# figure is in docs/PERFORMANCE.md): day parts in every language with the conventions'
# decisions ("<weekday> night" / "por la noche" / "à noite" after a day 21:00, "hoy en la
# noche" / "hj à noite" 20:00, "вечером" / "à noitinha" 19:00), negatives of the other kinds
# (opening hours, availability, chores, "I'll be home at 6", hypotheticals, prices, scores,
# durations, questions about the past), chat spellings and misspellings, emoji next to times,
# and activities of every kind. Labels (local wall time in the reference's zone):
#   "MM-DD HH:MM" the next such date after now; "+Nd HH:MM" N days after today; "fri HH:MM"
#   the next Friday strictly in the future (today if it is Friday and the time is ahead);
#   "w2-thu HH:MM" Thursday of the calendar week two weeks after this one; "+Nm" now + N
#   minutes. After "|", the end: "HH:MM" (same day, the next if not after the start) or
#   "+Nm" (start + N minutes). [] is a negative.
NEW_REFS = {
    "NY": (NY, "2026-03-04 10:00"), "LON": (LON, "2026-03-26 11:20"),
    "MSK": (MSK, "2026-03-04 10:00"), "RIGA": (RIGA, "2026-10-22 08:45"),
    "MAD": (MAD, "2026-03-26 11:20"), "MEX": (MEX, "2026-03-04 10:00"),
    "SCL": (SCL, "2026-04-01 10:00"), "SP": (SP, "2026-03-04 10:00"),
    "LIS": (LIS, "2026-10-22 08:45"),
}
DP, TY, EM, AC = "day-part", "typo", "emoji", "activity"
NO, NP, NC = "negative-other", "negative-past", "negative-cancelled"
NEW = [
    # English
    ("en", "NY", "Pottery class tomorrow evening 🏺", ["+1d 19:00"], [AC, DP, EM]),
    ("en", "NY", "date night friday night!!", ["fri 21:00"], [AC, DP]),
    ("en", "NY", "Sleepover at Emma's Saturday night", ["sat 21:00"], [AC, DP]),
    ("en", "NY", "Trivia tonight at the Crown", ["+0d 20:00"], [AC, DP]),
    ("en", "NY", "Kids' swim meet Saturday morning", ["sat 08:00"], [AC, DP]),
    ("en", "NY", "Farmers market Sunday early morning", ["sun 07:00"], [AC, DP]),
    ("en", "NY", "Parent-teacher night Thursday at 6:30pm", ["thu 18:30"], [AC]),
    ("en", "NY", "Bowling w/ the team thurs late afternoon", ["thu 16:00"], [AC, DP, TY]),
    ("en", "NY", "Band practice 2mrw afternoon", ["+1d 14:00"], [AC, DP, TY]),
    ("en", "NY", "Pick-up basketball tmrw around noon", ["+1d 12:00"], [AC, DP, TY]),
    ("en", "NY", "Vaccination appt next Tuesday morning", ["tue 08:00"], [AC, DP]),
    ("en", "NY", "Mom's retirement dinner Saturday evening", ["sat 19:00"], [AC, DP]),
    ("en", "NY", "Tutoring tomorrow midday", ["+1d 12:00"], [AC, DP]),
    ("en", "NY", "Chem study group tomorrow late morning", ["+1d 10:00"], [AC, DP]),
    ("en", "NY", "Escape room friday 7:15pm 🔐", ["fri 19:15"], [AC, EM]),
    ("en", "NY", "🎳bowling🎳 sat 3pm", ["sat 15:00"], [AC, EM]),
    ("en", "NY", "Piano lesson Thursday at 4:30pm🎹", ["thu 16:30"], [AC, EM]),
    ("en", "NY", "📍Ceramics workshop, 14 March, 11am", ["03-14 11:00"], [AC, EM, "month-name"]),
    ("en", "NY", "Wine tasting on the 12th at 7pm 🍷", ["03-12 19:00"], [AC, EM]),
    ("en", "NY", "Open mic night Friday 8pm🎤", ["fri 20:00"], [AC, EM]),
    ("en", "NY", "Orthodontist wensday 3:30pm", ["wed 15:30"], [AC, TY]),
    ("en", "NY", "Recital rehersal tomorow at 5pm", ["+1d 17:00"], [AC, TY]),
    ("en", "NY", "dermatologist apt fri 10am", ["fri 10:00"], [AC, TY]),
    ("en", "NY", "Thanksgiving potluck thurs nov 26 at 3pm", ["11-26 15:00"], [AC, "month-name"]),
    ("en", "NY", "Gymnastics meet sat 9-11am", ["sat 09:00|11:00"], [AC, "range"]),
    ("en", "NY", "Lacrosse tryouts Monday 4–5:30pm", ["mon 16:00|17:30"], [AC, "range"]),
    ("en", "NY", "Mani-pedi appointment tomorrow 2pm for an hour", ["+1d 14:00|+60m"], [AC, "duration"]),
    ("en", "NY", "Car service at the garage tomorrow at 8am", ["+1d 08:00"], [AC]),
    ("en", "NY", "Moving day Saturday 9am, pizza after", ["sat 09:00"], [AC]),
    ("en", "NY", "Grad ceremony on June 12 at 10am", ["06-12 10:00"], [AC, "month-name"]),
    ("en", "NY", "Cousin's christening Sunday at 11", ["sun 11:00"], [AC]),
    ("en", "NY", "Picnic in the park tomorrow at 1", ["+1d 13:00"], [AC]),
    ("en", "NY", "Zumba tonight at 7", ["+0d 19:00"], [AC, DP]),
    ("en", "NY", "Couples therapy Friday evening at 6", ["fri 18:00"], [AC, DP]),
    ("en", "NY", "Soccer game Saturday afternoon ⚽️", ["sat 14:00"], [AC, DP, EM]),
    ("en", "NY", "Book signing in two weeks on Thursday at 6pm", ["w2-thu 18:00"], [AC, "relative-plus-date"]),
    ("en", "NY", "Choir in 3 days at 7:30pm", ["+3d 19:30"], [AC, "relative"]),
    ("en", "NY", "Dinner party at ours Sat night 🍝", ["sat 21:00"], [AC, DP, EM]),
    ("en", "NY", "Hockey practice Tuesday night", ["tue 21:00"], [AC, DP]),
    ("en", "LON", "Quiz tomorrow night at the pub", ["+1d 21:00"], [AC, DP]),
    ("en", "LON", "Sunday roast at Gran's, Sunday lunchtime", ["sun 12:00"], [AC, DP]),
    ("en", "LON", "Five-a-side Monday evening", ["mon 19:00"], [AC, DP]),
    ("en", "NY", "The pool opens at 6am tomorrow", [], [NO]),
    ("en", "NY", "Library's open till 8pm on Thursdays", [], [NO]),
    ("en", "NY", "I'm busy tomorrow afternoon, sorry", [], [NO, DP]),
    ("en", "NY", "Are you around Saturday morning?", [], [NO, DP]),
    ("en", "NY", "Need to do laundry tonight", [], [NO, DP]),
    ("en", "NY", "Gotta clean the kitchen tomorrow at 9am", [], [NO]),
    ("en", "NY", "Remember to call the bank at 10 tomorrow", [], [NO]),
    ("en", "NY", "I'll be home by 6 tomorrow", [], [NO]),
    ("en", "NY", "I get off work at 5:30pm on Friday", [], [NO]),
    ("en", "NY", "If it were sunny we'd go hiking Saturday at 9", [], [NO]),
    ("en", "NY", "Tickets for the 8pm show are $25", [], [NO]),
    ("en", "NY", "The flight takes 7 hours", [], [NO]),
    ("en", "NY", "The movie is 2 hours 15 min long", [], [NO]),
    ("en", "NY", "What time did the party end on Saturday?", [], [NP]),
    ("en", "NY", "How was the yoga class this morning at 7?", [], [NP]),
    ("en", "NY", "Did you go to the gym yesterday at 6?", [], [NP]),
    ("en", "NY", "Kids' bedtime is 8pm on school nights", [], [NO]),
    ("en", "NY", "Store hours: Mon-Fri 9am–6pm", [], [NO]),
    ("en", "NY", "The baby naps from 1 to 3 every day", [], [NO]),
    ("en", "NY", "Traffic is awful after 5pm", [], [NO]),
    ("en", "NY", "Sunset is at 7:12pm tomorrow 🌅", [], [NO, EM]),
    ("en", "NY", "The soccer party on Saturday at 2pm got cancelled 😢", [], [NC, EM]),
    ("en", "NY", "Dropped the kids at school at 8:15 🚗", [], [NP, EM]),
    ("en", "NY", "Won't be able to make practice tomorrow at 5", [], [NC]),
    ("en", "NY", "Dentist said the filling takes 40 minutes", [], [NO]),
    ("en", "NY", "Trash pickup is Thursday morning", [], [NO, DP]),
    ("en", "NY", "I'm free after 4 on Friday", [], [NO]),
    ("en", "NY", "Score was 24-17 at halftime", [], [NO]),
    # Russian
    ("ru", "MSK", "Завтра вечером кружок рисования", ["+1d 19:00"], [AC, DP]),
    ("ru", "MSK", "В пятницу вечером корпоратив 🎉", ["fri 19:00"], [AC, DP, EM]),
    ("ru", "MSK", "Послезавтра утром сдаём анализы", ["+2d 08:00"], [AC, DP]),
    ("ru", "MSK", "В субботу днём утренник в садике", ["sat 14:00"], [AC, DP]),
    ("ru", "MSK", "В воскресенье в обед семейный обед у бабушки", ["sun 12:00"], [AC, DP]),
    ("ru", "MSK", "Завтра рано утром рыбалка", ["+1d 07:00"], [AC, DP]),
    ("ru", "MSK", "В четверг ближе к вечеру зайду на маникюр", ["thu 16:00"], [AC, DP]),
    ("ru", "MSK", "Сегодня вечером баня с друзьями", ["+0d 20:00"], [AC, DP]),
    ("ru", "MSK", "В субботу ночью едем на поезде в Питер", ["sat 21:00"], [AC, DP]),
    ("ru", "MSK", "Завтра поздно вечером созвон с Владивостоком", ["+1d 21:00"], [AC, DP]),
    ("ru", "MSK", "Танцы в среду в 7 вечера", ["wed 19:00"], [AC, DP]),
    ("ru", "MSK", "Завтра в 6 утра пробежка в парке 🏃", ["+1d 06:00"], [AC, DP, EM]),
    ("ru", "MSK", "Выпускной у сына 25 июня в 17:00", ["06-25 17:00"], [AC, "month-name"]),
    ("ru", "MSK", "Педсовет в пн в 15:30", ["mon 15:30"], [AC, TY]),
    ("ru", "MSK", "Завтра в 9 утра ТО машины", ["+1d 09:00"], [AC, DP]),
    ("ru", "MSK", "Маникюр зафтра в 12", ["+1d 12:00"], [AC, TY]),
    ("ru", "MSK", "Сёдня в 19:30 хоккей 🏒", ["+0d 19:30"], [AC, TY, EM]),
    ("ru", "MSK", "Щас не могу, давай завтра в 3 созвонимся", ["+1d 15:00"], [TY]),
    ("ru", "MSK", "в пт вечером караоке", ["fri 19:00"], [AC, TY, DP]),
    ("ru", "MSK", "Зубной в чт в 8:40", ["thu 08:40"], [AC, TY]),
    ("ru", "MSK", "Встреча выпускников в субботу с 18 до 23 🥂", ["sat 18:00|23:00"], [AC, "range", EM]),
    ("ru", "MSK", "Бассейн завтра в 7:00 на час", ["+1d 07:00|+60m"], [AC, "duration"]),
    ("ru", "MSK", "Кино в субботу в 20:15🍿", ["sat 20:15"], [AC, EM]),
    ("ru", "MSK", "⏰ Завтра в 10:00 — приём у лора", ["+1d 10:00"], [AC, EM]),
    ("ru", "MSK", "В субботу выезжаем на дачу в 7 утра", ["sat 07:00"], [AC, DP]),
    ("ru", "MSK", "Репетиция оркестра во вторник вечером", ["tue 19:00"], [AC, DP]),
    ("ru", "MSK", "Ёлка у детей 27 декабря в 11:00", ["12-27 11:00"], [AC, "month-name"]),
    ("ru", "MSK", "Через 2 часа вебинар по налогам", ["+120m"], [AC, "relative"]),
    ("ru", "MSK", "Открытый урок у Маши в четверг в 9:15", ["thu 09:15"], [AC]),
    ("ru", "RIGA", "В воскресенье днём пикник на озере", ["sun 14:00"], [AC, DP]),
    ("ru", "RIGA", "Завтра вечером театр", ["+1d 19:00"], [AC, DP]),
    ("ru", "RIGA", "Послезавтра в 11 утра крестины", ["+2d 11:00"], [AC, DP]),
    ("ru", "MSK", "Шахматы завтра в 5", ["+1d 17:00"], [AC]),
    ("ru", "MSK", "Свадьба у Лены 18 июля в 15:00 💍", ["07-18 15:00"], [AC, EM, "month-name"]),
    ("ru", "MSK", "Тренировка по боксу завтра с 19:00 до 20:30", ["+1d 19:00|20:30"], [AC, "range"]),
    ("ru", "MSK", "Мастер-класс по выпечке в воскресенье в 12 дня", ["sun 12:00"], [AC, DP]),
    ("ru", "MSK", "Английский по скайпу завтра в 8 вечера", ["+1d 20:00"], [AC, DP]),
    ("ru", "MSK", "Стрижка у Оли послезавтра в 16:45", ["+2d 16:45"], [AC]),
    ("ru", "MSK", "Собрание жильцов сегодня в 19:00", ["+0d 19:00"], [AC]),
    ("ru", "MSK", "В воскресенье утром крещение племянника", ["sun 08:00"], [AC, DP]),
    ("ru", "MSK", "Поликлиника работает с 8 до 20", [], [NO]),
    ("ru", "MSK", "Магазин у дома закрывается в 23:00", [], [NO]),
    ("ru", "MSK", "Я завтра после обеда занята", [], [NO, DP]),
    ("ru", "MSK", "Ты свободен в субботу вечером?", [], [NO, DP]),
    ("ru", "MSK", "Надо погладить рубашки сегодня вечером", [], [NO, DP]),
    ("ru", "MSK", "Не забыть оплатить интернет завтра в 10", [], [NO]),
    ("ru", "MSK", "Приду домой в 7 вечера", [], [NO]),
    ("ru", "MSK", "Буду на работе до 18:00", [], [NO]),
    ("ru", "MSK", "Если бы не пробки, приехали бы к 9", [], [NO]),
    ("ru", "MSK", "Билеты на концерт по 3000 рублей", [], [NO]),
    ("ru", "MSK", "Наши проиграли 1:2 в субботу", [], [NO]),
    ("ru", "MSK", "Фильм идёт 2 часа 10 минут", [], [NO]),
    ("ru", "MSK", "Во сколько закончилась вечеринка в субботу?", [], [NP]),
    ("ru", "MSK", "Как прошёл твой приём у врача вчера в 5?", [], [NP]),
    ("ru", "MSK", "Ребёнок ложится спать в 21:00", [], [NO]),
    ("ru", "MSK", "Автобус ходит каждые 15 минут", [], [NO]),
    ("ru", "MSK", "Утром был на пробежке в 6:30 🏃", [], [NP, EM]),
    ("ru", "MSK", "Завтрашнюю тренировку в 19:00 отменили 😔", [], [NC, EM]),
    ("ru", "MSK", "Я не успею на йогу в четверг в 8", [], [NC]),
    ("ru", "MSK", "Электричество отключат завтра с 10 до 14", [], [NO]),
    ("ru", "MSK", "Пицца стоит 650, доставка за 40 минут", [], [NO]),
    ("ru", "MSK", "Мусор вынести в 9 вечера", [], [NO]),
    ("ru", "MSK", "Я дома после 19:00, заходи", [], [NO]),
    # Spanish
    ("es", "MAD", "Cena con los primos el sábado por la noche", ["sat 21:00"], [AC, DP]),
    ("es", "MAD", "El viernes por la noche vamos al cine 🍿", ["fri 21:00"], [AC, DP, EM]),
    ("es", "MAD", "Clase de zumba mañana por la tarde", ["+1d 14:00"], [AC, DP]),
    ("es", "MAD", "Hoy en la noche hay cena de empresa", ["+0d 20:00"], [AC, DP]),
    ("es", "MAD", "Mañana a mediodía comida con los del curro", ["+1d 12:00"], [AC, DP]),
    ("es", "MAD", "Pasado mañana temprano salimos de excursión", ["+2d 07:00"], [AC, DP]),
    ("es", "MAD", "El domingo a media mañana misa y vermut", ["sun 10:00"], [AC, DP]),
    ("es", "MAD", "Tutoría con la profe el lunes a última hora de la tarde", ["mon 16:00"], [AC, DP]),
    ("es", "MAD", "Mañana por la noche partido de baloncesto 🏀", ["+1d 21:00"], [AC, DP, EM]),
    ("es", "MAD", "Cumple de Lucía el 4 de abril a las 17:00 🎂", ["04-04 17:00"], [AC, EM, "month-name"]),
    ("es", "MAD", "Revisión del coche el 2/4 a las 9:30", ["04-02 09:30"], [AC, "numeric-date"]),
    ("es", "MAD", "Fisio mñn a las 10", ["+1d 10:00"], [AC, TY]),
    ("es", "MAD", "Pádel el sabado a las 11 😎", ["sat 11:00"], [AC, TY, EM]),
    ("es", "MAD", "q no se te olvide: reunión de la comunidad mañana a las 8 de la tarde", ["+1d 20:00"], [AC, TY]),
    ("es", "MAD", "Ensallo del coro el jueves que viene a las 19:00", ["04-02 19:00"], [AC, TY]),
    ("es", "MAD", "Clase de inglés de 6 a 7 de la tarde el martes", ["tue 18:00|19:00"], [AC, "range"]),
    ("es", "MAD", "Mañana voy al oculista a las 12:15", ["+1d 12:15"], [AC]),
    ("es", "MEX", "Ensayo de la pastorela el viernes en la noche", ["fri 21:00"], [AC, DP]),
    ("es", "MEX", "Carne asada el domingo en la tarde", ["sun 14:00"], [AC, DP]),
    ("es", "MEX", "Hoy en la noche vamos al box 🥊", ["+0d 20:00"], [AC, DP, EM]),
    ("es", "MEX", "Junta con el contador mañana temprano", ["+1d 07:00"], [AC, DP]),
    ("es", "MEX", "Posada en casa de mi tía el 19 de diciembre a las 8 de la noche", ["12-19 20:00"], [AC, "month-name"]),
    ("es", "MEX", "Clases de manejo mañana de 4 a 5", ["+1d 16:00|17:00"], [AC, "range"]),
    ("es", "MEX", "Kermés de la escuela el sábado a partir de las 10", ["sat 10:00"], [AC]),
    ("es", "MEX", "Bautizo de Mateo el domingo a las 12 del día", ["sun 12:00"], [AC]),
    ("es", "MEX", "Consulta con el pediatra mñana 9:30am", ["+1d 09:30"], [AC, TY]),
    ("es", "MEX", "Partido de fut el sab a las 5 ⚽", ["sat 17:00"], [AC, TY, EM]),
    ("es", "MEX", "Noche de películas el viernes a las 8 de la noche 🎬", ["fri 20:00"], [AC, EM]),
    ("es", "MEX", "Manicure hoy a las 6 de la tarde 💅", ["+0d 18:00"], [AC, EM, DP]),
    ("es", "SCL", "Once con la abuela mañana a las 6 de la tarde", ["+1d 18:00"], [AC, DP]),
    ("es", "SCL", "Clase de cueca el lunes en la tarde", ["mon 14:00"], [AC, DP]),
    ("es", "SCL", "Asado el sábado en la noche 🔥", ["sat 21:00"], [AC, DP, EM]),
    ("es", "SCL", "Misa el domingo en la mañana", ["sun 08:00"], [AC, DP]),
    ("es", "SCL", "Reu de apoderados en 2 horas", ["+120m"], [AC, TY, "relative"]),
    ("es", "SCL", "Dentro de tres días a las 11 control con el traumatólogo", ["+3d 11:00"], [AC, "relative"]),
    ("es", "MEX", "Karaoke el jueves por la noche, ¿te apuntas?", ["thu 21:00"], [AC, DP]),
    ("es", "MAD", "Boda de Pablo el 13 de junio a las 18:30 💒", ["06-13 18:30"], [AC, EM, "month-name"]),
    ("es", "MAD", "Taller de cocina mañana de 17:00 a 19:30", ["+1d 17:00|19:30"], [AC, "range"]),
    ("es", "MAD", "Excursión con el cole el martes a las 8 y media", ["tue 08:30"], [AC]),
    ("es", "MAD", "La biblioteca abre de 9 a 21", [], [NO]),
    ("es", "MAD", "El súper cierra a las 22:00 los sábados", [], [NO]),
    ("es", "MAD", "Mañana por la tarde estoy ocupada", [], [NO, DP]),
    ("es", "MEX", "¿Tienes tiempo el viernes en la tarde?", [], [NO, DP]),
    ("es", "MEX", "Tengo que lavar la ropa esta noche", [], [NO, DP]),
    ("es", "MEX", "Acuérdate de sacar la basura a las 8", [], [NO]),
    ("es", "MAD", "Llego a casa a las 7", [], [NO]),
    ("es", "MAD", "Salgo del trabajo a las 18:00", [], [NO]),
    ("es", "MAD", "Si no lloviera, iríamos a la playa el sábado a las 10", [], [NO]),
    ("es", "MEX", "El boleto cuesta 350 pesos", [], [NO]),
    ("es", "MEX", "Quedaron 2 a 1 en el partido", [], [NO]),
    ("es", "MAD", "La película dura dos horas y media", [], [NO]),
    ("es", "MAD", "¿A qué hora terminó la fiesta el sábado?", [], [NP]),
    ("es", "MEX", "¿Cómo te fue en la entrevista de ayer a las 10?", [], [NP]),
    ("es", "MEX", "Los niños se duermen a las 9 de la noche", [], [NO]),
    ("es", "MAD", "Esta mañana a las 7 fui al gimnasio 💪", [], [NP, EM]),
    ("es", "MEX", "Se suspendió la clase de natación de mañana a las 4 😕", [], [NC, EM]),
    ("es", "MAD", "No puedo ir al ensayo del jueves a las 20:00", [], [NC]),
    ("es", "SCL", "Cortan el agua mañana de 9 a 13", [], [NO]),
    ("es", "SCL", "El colectivo pasa cada 20 minutos", [], [NO]),
    ("es", "MEX", "Mañana me toca cocinar a las 2", [], [NO]),
    ("es", "MAD", "Tardé 40 minutos en llegar", [], [NP]),
    ("es", "MAD", "El horario de la farmacia es de 9:30 a 14:00", [], [NO]),
    ("es", "MEX", "Estoy libre el sábado después de las 3", [], [NO]),
    # Portuguese
    ("pt", "SP", "Jantar de aniversário do Léo sábado à noite", ["sat 21:00"], [AC, DP]),
    ("pt", "SP", "Sexta à noite tem show no bar 🎸", ["fri 21:00"], [AC, DP, EM]),
    ("pt", "SP", "Hj à noite pizza na casa da Bia 🍕", ["+0d 20:00"], [AC, DP, TY, EM]),
    ("pt", "SP", "Aula de violão amanhã à tarde", ["+1d 14:00"], [AC, DP]),
    ("pt", "SP", "Culto domingo de manhã", ["sun 08:00"], [AC, DP]),
    ("pt", "SP", "Amanhã no fim da tarde vôlei na praia", ["+1d 16:00"], [AC, DP]),
    ("pt", "SP", "Quinta à noitinha happy hour com o pessoal", ["thu 19:00"], [AC, DP]),
    ("pt", "SP", "Depois de amanhã cedo saímos pra praia", ["+2d 07:00"], [AC, DP]),
    ("pt", "SP", "Churras amanhã ao meio dia 🍖", ["+1d 12:00"], [AC, DP, EM]),
    ("pt", "SP", "Reunião do condomínio hj às 20h", ["+0d 20:00"], [AC, TY]),
    ("pt", "SP", "Consulta na dermato qui às 14h30", ["thu 14:30"], [AC, TY]),
    ("pt", "SP", "Treino funcional amnh 7h", ["+1d 07:00"], [AC, TY]),
    ("pt", "SP", "Manicure sab 10h 💅", ["sat 10:00"], [AC, TY, EM]),
    ("pt", "SP", "Aniversario da Julia sabado as 15h", ["sat 15:00"], [AC, TY]),
    ("pt", "SP", "Formatura da Carol dia 18 de dezembro às 19h 🎓", ["12-18 19:00"], [AC, EM, "month-name"]),
    ("pt", "SP", "Batizado do Pedro no domingo às 10 da manhã", ["sun 10:00"], [AC, DP]),
    ("pt", "SP", "Aula de dança de salão terça das 19h às 20h30", ["tue 19:00|20:30"], [AC, "range"]),
    ("pt", "SP", "Ensaio da banda amanhã às 21h por duas horas", ["+1d 21:00|+120m"], [AC, "duration"]),
    ("pt", "SP", "Vacina da Lulu daqui a 3 dias às 9h", ["+3d 09:00"], [AC, "relative"]),
    ("pt", "SP", "Futsal na quarta às 19h", ["wed 19:00"], [AC]),
    ("pt", "SP", "Chá revelação dia 21/03 às 16h 💙💗", ["03-21 16:00"], [AC, EM, "numeric-date"]),
    ("pt", "SP", "Corrida de rua domingo às 6h30 🏃‍♀️", ["sun 06:30"], [AC, EM]),
    ("pt", "SP", "Quinta de manhã dentista", ["thu 08:00"], [AC, DP]),
    ("pt", "SP", "Sessão de cinema sábado à tarde", ["sat 14:00"], [AC, DP]),
    ("pt", "SP", "Terapia amanhã de noite", ["+1d 21:00"], [AC, DP]),
    ("pt", "SP", "Piquenique no parque domingo ao meio-dia", ["sun 12:00"], [AC, DP]),
    ("pt", "LIS", "Jantar de anos da Inês no sábado à noite", ["sat 21:00"], [AC, DP]),
    ("pt", "LIS", "Domingo à tarde passeio de barco", ["sun 14:00"], [AC, DP]),
    ("pt", "LIS", "Explicação de matemática amanhã às 18h", ["+1d 18:00"], [AC]),
    ("pt", "LIS", "Consulta de pediatria dia 3/11 às 9h15", ["11-03 09:15"], [AC, "numeric-date"]),
    ("pt", "LIS", "Amanhã ao fim da tarde sessão de fisioterapia", ["+1d 16:00"], [AC, DP]),
    ("pt", "LIS", "Magusto da escola a 11 de novembro às 15h 🌰", ["11-11 15:00"], [AC, EM, "month-name"]),
    ("pt", "SP", "Almoço de família domingo 13h", ["sun 13:00"], [AC]),
    ("pt", "SP", "Palestra na faculdade amanhã às 8 da noite", ["+1d 20:00"], [AC, DP]),
    ("pt", "SP", "Hoje à tarde reunião com o síndico", ["+0d 14:00"], [AC, DP]),
    ("pt", "SP", "Encontro do grupo de leitura quinta que vem às 19h30", ["thu 19:30"], [AC]),
    ("pt", "SP", "Show do Lulu Santos dia 28 de março às 21h 🎶", ["03-28 21:00"], [AC, EM, "month-name"]),
    ("pt", "SP", "Yoga amanhã das 7h às 8h ✨", ["+1d 07:00|08:00"], [AC, EM, "range"]),
    ("pt", "SP", "O posto de saúde abre às 7h", [], [NO]),
    ("pt", "SP", "O mercado fecha às 22h no domingo", [], [NO]),
    ("pt", "SP", "Amanhã à tarde tô ocupada", [], [NO, DP, TY]),
    ("pt", "SP", "Vc tá livre sábado de manhã?", [], [NO, DP, TY]),
    ("pt", "SP", "Preciso lavar o carro amanhã de manhã", [], [NO, DP]),
    ("pt", "SP", "Não esquecer de pagar o boleto amanhã às 10h", [], [NO]),
    ("pt", "SP", "Chego em casa às 19h", [], [NO]),
    ("pt", "SP", "Saio do trabalho às 18h amanhã", [], [NO]),
    ("pt", "SP", "Se não chovesse, iríamos à praia sábado às 9h", [], [NO]),
    ("pt", "SP", "O ingresso tá 80 reais", [], [NO]),
    ("pt", "SP", "Deu 2 a 2 o jogo", [], [NO]),
    ("pt", "SP", "O filme tem 2 horas e 20 minutos", [], [NO]),
    ("pt", "SP", "Que horas acabou a festa sábado?", [], [NP]),
    ("pt", "SP", "Como foi a consulta ontem às 15h?", [], [NP]),
    ("pt", "SP", "As crianças dormem às 21h", [], [NO]),
    ("pt", "SP", "Hoje de manhã às 7h fui na academia 💪", [], [NP, EM]),
    ("pt", "SP", "Cancelaram o ensaio de amanhã às 19h 😩", [], [NC, EM]),
    ("pt", "SP", "Não vou conseguir ir no futebol quinta às 20h", [], [NC]),
    ("pt", "LIS", "Vai faltar a água amanhã das 9h às 13h", [], [NO]),
    ("pt", "LIS", "O autocarro passa de 20 em 20 minutos", [], [NO]),
    ("pt", "SP", "Amanhã tenho que fazer faxina às 8h", [], [NO]),
    ("pt", "LIS", "A farmácia está aberta das 9h às 20h", [], [NO]),
    ("pt", "SP", "Demorei 40 minutos pra chegar", [], [NP]),
    ("pt", "SP", "Tô livre sexta depois das 17h", [], [NO, TY]),
]
# A second round, written after the rules the first round prompted and scored once before any
# change for it (its first figure is in docs/PERFORMANCE.md too): other phrasings of the same
# phenomena, and plans that the new rules must not reject (a duty to go somewhere, "free"
# events, outdoor classes, a day-ahead "-amos").
NEW2 = [
    ("en", "NY", "Ballet recital tomorrow night at 7:30 🩰", ["+1d 19:30"], [AC, DP, EM]),
    ("en", "NY", "Family movie night Friday evening 🍿🎬", ["fri 19:00"], [AC, DP, EM]),
    ("en", "NY", "Cookout saturdy afternoon", ["sat 14:00"], [AC, DP, TY]),
    ("en", "NY", "Bible study thursdy 7pm", ["thu 19:00"], [AC, TY]),
    ("en", "NY", "Tax appointment febuary 27 at 11am", ["02-27 11:00"], [AC, TY, "month-name"]),
    ("en", "NY", "Career fair tmorrow 10am-2pm", ["+1d 10:00|14:00"], [AC, TY, "range"]),
    ("en", "NY", "Need to go to the dentist tomorrow at 3pm", ["+1d 15:00"], [AC]),
    ("en", "NY", "Have to take Leo to his swim lesson Saturday at 9am", ["sat 09:00"], [AC]),
    ("en", "NY", "Free outdoor yoga class Sunday at 8am", ["sun 08:00"], [AC]),
    ("en", "NY", "Don't forget the parents' meeting on Thursday at 6pm", ["thu 18:00"], [AC]),
    ("en", "NY", "⏰3:45pm⏰ ortho for Mia tomorrow", ["+1d 15:45"], [AC, EM]),
    ("en", "NY", "Lunch w/ grandma 🥪 Sun 12:30", ["sun 12:30"], [AC, EM]),
    ("en", "NY", "Dance class every Tues? no, just this Tuesday 5pm", ["tue 17:00"], [AC]),
    ("en", "NY", "Our anniversary dinner is Saturday at 8pm 💕", ["sat 20:00"], [AC, EM]),
    ("en", "NY", "Science olympiad practice Monday mid-morning", ["mon 10:00"], [AC, DP]),
    ("en", "NY", "Tomorrow early evening: drinks with the neighbours", ["+1d 18:00"], [AC, DP]),
    ("en", "NY", "Volunteering at the food bank Saturday 9 to 12", ["sat 09:00|12:00"], [AC, "range"]),
    ("en", "NY", "Ugh, I'm stuck at the office till 7 tonight", [], [NO]),
    ("en", "NY", "The clinic is closed on Sunday", [], [NO]),
    ("en", "NY", "Happy hour is 4 to 6 on weekdays", [], [NO]),
    ("en", "NY", "Would've loved to come Friday at 8", [], [NO]),
    ("en", "NY", "Parking costs $12 after 6pm", [], [NO]),
    ("en", "NY", "We lost 0-3 on Sunday 😩", [], [NO, EM]),
    ("en", "NY", "The drive is about 45 minutes", [], [NO]),
    ("en", "NY", "When did the meeting end last night?", [], [NP]),
    ("en", "NY", "Need to vacuum and mop tomorrow morning", [], [NO, DP]),
    ("en", "NY", "Pick up milk at 5", [], [NO]),
    ("en", "NY", "I usually run at 6am", [], [NO]),
    ("en", "NY", "Are you busy Thursday night?", [], [NO, DP]),
    ("ru", "MSK", "Завтра вечером в 8 ужин у родителей 🍲", ["+1d 20:00"], [AC, DP, EM]),
    ("ru", "MSK", "В субботу утром субботник во дворе", ["sat 08:00"], [AC, DP]),
    ("ru", "MSK", "Послезавтра днём экскурсия на завод", ["+2d 14:00"], [AC, DP]),
    ("ru", "MSK", "Во вторник ночью вылет в Сочи ✈️", ["tue 21:00"], [AC, DP, EM]),
    ("ru", "MSK", "Педиатр в понеделник в 10:30", ["mon 10:30"], [AC, TY]),
    ("ru", "MSK", "Свидание в суботу в 19:00 🌹", ["sat 19:00"], [AC, TY, EM]),
    ("ru", "MSK", "Надо сходить к нотариусу завтра в 11", ["+1d 11:00"], [AC]),
    ("ru", "MSK", "Нужно быть на вокзале в пятницу в 7:40", ["fri 07:40"], [AC]),
    ("ru", "MSK", "🎂 ДР у Димы в четверг с 19 до 22", ["thu 19:00|22:00"], [AC, EM, "range"]),
    ("ru", "MSK", "Квест в воскресенье в 16:00, нас шестеро", ["sun 16:00"], [AC]),
    ("ru", "MSK", "Завтра в обед забег на 5 км", ["+1d 12:00"], [AC, DP]),
    ("ru", "MSK", "Гости придут в субботу к 6 вечера", ["sat 18:00"], [AC, DP]),
    ("ru", "MSK", "Утренник в садике 6 марта в 10:00 👧", ["03-06 10:00"], [AC, EM, "month-name"]),
    ("ru", "MSK", "Мы с Олей в субботу днём идём в театр", ["sat 14:00"], [AC, DP]),
    ("ru", "MSK", "Я на совещании до 15:00", [], [NO]),
    ("ru", "MSK", "По субботам бассейн не работает", [], [NO]),
    ("ru", "MSK", "Надо помыть посуду вечером", [], [NO, DP]),
    ("ru", "MSK", "Проезд стоит 60 рублей", [], [NO]),
    ("ru", "MSK", "Было бы здорово встретиться в пятницу в 7", [], [NO]),
    ("ru", "MSK", "Сыграли вничью 2:2", [], [NO]),
    ("ru", "MSK", "Дорога займёт полтора часа", [], [NO]),
    ("ru", "MSK", "Ты во сколько вчера пришёл домой?", [], [NP]),
    ("ru", "MSK", "Я не попаду на собрание в четверг в 18:00", [], [NC]),
    ("ru", "MSK", "Обычно я встаю в 6:30", [], [NO]),
    ("ru", "MSK", "Ты занят завтра вечером?", [], [NO, DP]),
    ("ru", "MSK", "Вчера вечером в 9 смотрели кино 🎬", [], [NP, EM]),
    ("es", "MAD", "Mañana en la noche cena de cumpleaños 🎂", ["+1d 21:00"], [AC, DP, EM]),
    ("es", "MAD", "El sábado a la noche fiesta en casa de Leo", ["sat 21:00"], [AC, DP]),
    ("es", "MAD", "Hoy por la noche hay concierto en la plaza", ["+0d 20:00"], [AC, DP]),
    ("es", "MAD", "Clase de yoga al aire libre el domingo a las 9", ["sun 09:00"], [AC]),
    ("es", "MAD", "Tengo que ir al médico mañana a las 10", ["+1d 10:00"], [AC]),
    ("es", "MAD", "Tengo cita en la peluquería el viernes a las 17:30 💇", ["fri 17:30"], [AC, EM]),
    ("es", "MAD", "Revisión de ojos el miercoles a las 9", ["04-01 09:00"], [AC, TY]),
    ("es", "MAD", "Cena d empresa el vierns a las 21:00", ["fri 21:00"], [AC, TY]),
    ("es", "MAD", "Mañana jugamos al pádel a las 19:00", ["+1d 19:00"], [AC]),
    ("es", "MEX", "Primera comunión de Diego el domingo a mediodía ⛪", ["sun 12:00"], [AC, DP, EM]),
    ("es", "MEX", "Entrenamiento de fútbol el martes en la tarde", ["tue 14:00"], [AC, DP]),
    ("es", "MEX", "Reunión con la maestra mañana a las 8 de la mañana", ["+1d 08:00"], [AC, DP]),
    ("es", "MEX", "Baile de graduación el 12 de junio a las 9 de la noche 💃", ["06-12 21:00"], [AC, EM, "month-name"]),
    ("es", "SCL", "Tocata de la banda el viernes de 22 a 24", ["fri 22:00|00:00"], [AC, "range"]),
    ("es", "MAD", "Estoy en el trabajo hasta las 6", [], [NO]),
    ("es", "MAD", "El museo está cerrado los lunes", [], [NO]),
    ("es", "MAD", "Hay que fregar los platos esta noche", [], [NO, DP]),
    ("es", "MAD", "El menú del día cuesta 12 euros", [], [NO]),
    ("es", "MAD", "Me habría encantado ir el sábado a las 8", [], [NO]),
    ("es", "MEX", "Empataron 1 a 1", [], [NO]),
    ("es", "MEX", "El viaje dura unas 3 horas", [], [NO]),
    ("es", "MEX", "¿A qué hora llegaste anoche?", [], [NP]),
    ("es", "MAD", "No voy a poder ir a la clase de mañana a las 9", [], [NC]),
    ("es", "MAD", "Normalmente salgo a correr a las 7", [], [NO]),
    ("es", "MEX", "¿Estás ocupado mañana en la tarde?", [], [NO, DP]),
    ("es", "MAD", "Ayer por la noche fuimos al cine 🍿", [], [NP, EM]),
    ("pt", "SP", "Amanhã à noite jantar com os sogros 🍷", ["+1d 21:00"], [AC, DP, EM]),
    ("pt", "SP", "Sábado de noite balada com a turma", ["sat 21:00"], [AC, DP]),
    ("pt", "SP", "Hoje de noite tem jogo do Corinthians na casa do Rafa", ["+0d 20:00"], [AC, DP]),
    ("pt", "SP", "Aula de ioga ao ar livre domingo às 8h", ["sun 08:00"], [AC]),
    ("pt", "SP", "Tenho que ir ao médico amanhã às 10h", ["+1d 10:00"], [AC]),
    ("pt", "SP", "Amanhã jogamos bola às 19h", ["+1d 19:00"], [AC]),
    ("pt", "SP", "Consulta no oftalmo sexta as 9h", ["fri 09:00"], [AC, TY]),
    ("pt", "SP", "Reuniao de pais quinta q vem às 19h", ["thu 19:00"], [AC, TY]),
    ("pt", "SP", "Niver da Duda sabádo às 16h 🎈", ["sat 16:00"], [AC, TY, EM]),
    ("pt", "SP", "Missa de domingo às 10h ⛪", ["sun 10:00"], [AC, EM]),
    ("pt", "SP", "Confraternização da firma dia 18 de dezembro às 20h", ["12-18 20:00"], [AC, "month-name"]),
    ("pt", "SP", "Amanhã de tarde dentista às 3", ["+1d 15:00"], [AC, DP]),
    ("pt", "LIS", "Jantar de grupo sexta à noite às 20h30", ["fri 20:30"], [AC, DP]),
    ("pt", "LIS", "Sessão de estudo amanhã ao fim da manhã", ["+1d 10:00"], [AC, DP]),
    ("pt", "SP", "Tô no trabalho até as 18h", [], [NO, TY]),
    ("pt", "SP", "O banco fica fechado no sábado", [], [NO]),
    ("pt", "SP", "Tenho que arrumar a casa hoje à noite", [], [NO, DP]),
    ("pt", "SP", "A corrida de Uber deu 35 reais", [], [NO]),
    ("pt", "SP", "Eu teria ido no sábado às 9h", [], [NO]),
    ("pt", "SP", "Empatamos em 1 x 1", [], [NO]),
    ("pt", "SP", "A viagem leva umas 4 horas", [], [NO]),
    ("pt", "SP", "Que horas você chegou ontem?", [], [NP]),
    ("pt", "SP", "Não vou poder ir na aula de amanhã às 9h", [], [NC]),
    ("pt", "SP", "Geralmente acordo às 6h", [], [NO]),
    ("pt", "SP", "Você tá ocupado amanhã à tarde?", [], [NO, DP]),
    ("pt", "SP", "Ontem à noite fomos no cinema 🍿", [], [NP, EM]),
]

# A third round (written after the second round's rules, scored once before any change for
# it): emoji in more places (for the activity, between the day and the time, glued to words,
# keycap digits), chat spellings of the short day words, evening "now"s, and more negatives.
NEW_REFS.update({
    "NYE": (NY, "2026-10-29 18:10"), "MSKE": (MSK, "2026-09-16 17:40"),
    "MEXE": (MEX, "2026-06-10 18:30"), "SPE": (SP, "2026-06-10 18:30"),
})
NEW3 = [
    ("en", "NY", "🎂 Sat 3pm at Nana's", ["sat 15:00"], [EM]),
    ("en", "NY", "Tomorrow ⏰ 5pm 🏋️ gym with Jess", ["+1d 17:00"], [AC, EM]),
    ("en", "NY", "gym💪tmrw 6am", ["+1d 06:00"], [AC, EM, TY]),
    ("en", "NY", "🦷 appt thurs 9:15am", ["thu 09:15"], [AC, EM, TY]),
    ("en", "NY", "Movie 🎬 Friday 🕘 9pm", ["fri 21:00"], [AC, EM]),
    ("en", "NY", "Brunch sun 11am 🥞☕️", ["sun 11:00"], [AC, EM]),
    ("en", "NY", "🇮🇹 Italian class Monday 6:30pm", ["mon 18:30"], [AC, EM]),
    ("en", "NY", "Soccer 2nite at 7 ⚽", ["+0d 19:00"], [AC, EM, TY]),
    ("en", "NY", "Bday drinks sat nite 🍻", ["sat 21:00"], [AC, EM, TY, DP]),
    ("en", "NY", "Tutor session firday 4pm", ["fri 16:00"], [AC, TY]),
    ("en", "NY", "Vet appt tomorrw 10:30am 🐶", ["+1d 10:30"], [AC, EM, TY]),
    ("en", "NY", "Baseball game on sunday afternoon!!! ⚾", ["sun 14:00"], [AC, EM, DP]),
    ("en", "NYE", "Haunted house tour tonight at 9 👻", ["+0d 21:00"], [AC, EM, DP]),
    ("en", "NYE", "Trick or treating Saturday evening 🎃", ["sat 19:00"], [AC, EM, DP]),
    ("en", "NYE", "Book club tomorrow night", ["+1d 21:00"], [AC, DP]),
    ("en", "NY", "Bring snacks at 4 for the kids 🍪", [], [NO, EM]),
    ("en", "NY", "Doors close at 10pm sharp", [], [NO]),
    ("en", "NY", "I'm off tomorrow after 2 😴", [], [NO, EM]),
    ("en", "NY", "He'll probably call around 6", [], [NO]),
    ("en", "NY", "Had so much fun at the party Saturday night 🎉", [], [NP, EM]),
    ("en", "NY", "The concert was 3 hours long 🎸", [], [NP, EM]),
    ("en", "NY", "Gas is $3.49 a gallon", [], [NO]),
    ("en", "NY", "Game's tied 1-1 at the half", [], [NO]),
    ("en", "NY", "Can't do Friday at 4, sorry 😕", [], [NC, EM]),
    ("en", "NY", "Do the dishes before 9 tonight", [], [NO, DP]),
    ("en", "NY", "What time was the recital on Sunday?", [], [NP]),
    ("ru", "MSK", "🎂 в субботу в 15:00 у бабушки", ["sat 15:00"], [EM]),
    ("ru", "MSK", "Завтра ⏰ 18:30 🏐 волейбол", ["+1d 18:30"], [AC, EM]),
    ("ru", "MSK", "Стоматолог🦷 в чт в 9:00", ["thu 09:00"], [AC, EM]),
    ("ru", "MSK", "Кино 🎬 в пятницу 🕘 в 21:00", ["fri 21:00"], [AC, EM]),
    ("ru", "MSK", "Зватра в 10 утра маникюр 💅", ["+1d 10:00"], [AC, EM, TY]),
    ("ru", "MSK", "Седня в 8 вечера йога 🧘", ["+0d 20:00"], [AC, EM, TY]),
    ("ru", "MSK", "Тренька завтра в 7:30", ["+1d 07:30"], [AC, TY]),
    ("ru", "MSK", "Днюха у Пети в сб в 14:00 🎉", ["sat 14:00"], [AC, EM, TY]),
    ("ru", "MSK", "Созвон в пн в 11 по мск", ["mon 11:00"], [AC, TY]),
    ("ru", "MSKE", "Сегодня вечером в 9 футбол ⚽", ["+0d 21:00"], [AC, EM, DP]),
    ("ru", "MSKE", "Завтра ночью рейс в Стамбул ✈️", ["+1d 21:00"], [AC, EM, DP]),
    ("ru", "MSKE", "В пятницу вечером настолки у Кости 🎲", ["fri 19:00"], [AC, EM, DP]),
    ("ru", "MSK", "Почта работает до 20:00 📮", [], [NO, EM]),
    ("ru", "MSK", "Я освобожусь после 17:00", [], [NO]),
    ("ru", "MSK", "Как прошла тренировка вчера вечером? 💪", [], [NP, EM]),
    ("ru", "MSK", "Концерт длился 3 часа 🎸", [], [NP, EM]),
    ("ru", "MSK", "Бензин по 55 рублей", [], [NO]),
    ("ru", "MSK", "Не смогу в пятницу в 4, прости 😕", [], [NC, EM]),
    ("ru", "MSK", "Нужно постирать вещи до 9 вечера", [], [NO]),
    ("ru", "MSK", "Во сколько был концерт в воскресенье?", [], [NP]),
    ("ru", "MSK", "Счёт 1:1 после первого тайма", [], [NO]),
    ("es", "MAD", "🎂 el sábado a las 17:00 en casa de la abuela", ["sat 17:00"], [EM]),
    ("es", "MAD", "Mañana ⏰ 18:30 🏐 vóley en la playa", ["+1d 18:30"], [AC, EM]),
    ("es", "MAD", "Dentista🦷 el jueves a las 9", ["04-02 09:00"], [AC, EM]),
    ("es", "MAD", "Peli 🎬 el viernes 🕘 a las 21:30", ["fri 21:30"], [AC, EM]),
    ("es", "MAD", "Mñana a las 10 uñas 💅", ["+1d 10:00"], [AC, EM, TY]),
    ("es", "MAD", "Entreno el sabdao a las 10", ["sat 10:00"], [AC, TY]),
    ("es", "MAD", "Cumple de Ana el sáb a las 14h 🎉", ["sat 14:00"], [AC, EM, TY]),
    ("es", "MEXE", "Hoy en la noche carne asada 🔥", ["+0d 20:00"], [AC, EM, DP]),
    ("es", "MEXE", "Mañana en la noche cine con los primos 🍿", ["+1d 21:00"], [AC, EM, DP]),
    ("es", "MEXE", "El viernes en la tarde partido de básquet", ["fri 14:00"], [AC, DP]),
    ("es", "MEX", "Clase de baile hoy a las 7 de la noche 💃", ["+0d 19:00"], [AC, EM, DP]),
    ("es", "MEX", "Junta de vecinos mañana a las 8 pm", ["+1d 20:00"], [AC]),
    ("es", "MAD", "Correos abre a las 8:30 📮", [], [NO, EM]),
    ("es", "MAD", "Salgo de clase a las 14:00", [], [NO]),
    ("es", "MAD", "¿Qué tal la clase de ayer por la tarde? 💪", [], [NP, EM]),
    ("es", "MAD", "El concierto duró 3 horas 🎸", [], [NP, EM]),
    ("es", "MAD", "La gasolina está a 1,60", [], [NO]),
    ("es", "MAD", "No puedo el viernes a las 4, lo siento 😕", [], [NC, EM]),
    ("es", "MAD", "Tengo que planchar antes de las 9 de la noche", [], [NO]),
    ("es", "MAD", "¿A qué hora fue el concierto el domingo?", [], [NP]),
    ("es", "MEX", "Van 1 a 1 al medio tiempo", [], [NO]),
    ("pt", "SP", "🎂 sábado às 17h na casa da vó", ["sat 17:00"], [EM]),
    ("pt", "SP", "Amanhã ⏰ 18h30 🏐 vôlei", ["+1d 18:30"], [AC, EM]),
    ("pt", "SP", "Dentista🦷 quinta às 9h", ["thu 09:00"], [AC, EM]),
    ("pt", "SP", "Cinema 🎬 sexta 🕘 21h30", ["fri 21:30"], [AC, EM]),
    ("pt", "SP", "Amnh às 10h unha 💅", ["+1d 10:00"], [AC, EM, TY]),
    ("pt", "SP", "Treino no sabdao às 10h", ["sat 10:00"], [AC, TY]),
    ("pt", "SP", "Niver do Gui sab às 14h 🎉", ["sat 14:00"], [AC, EM, TY]),
    ("pt", "SPE", "Hj à noite churrasco na laje 🔥", ["+0d 20:00"], [AC, EM, DP, TY]),
    ("pt", "SPE", "Amanhã de noite cinema com a galera 🍿", ["+1d 21:00"], [AC, EM, DP]),
    ("pt", "SPE", "Sexta à tarde jogo do Brasil 🇧🇷", ["fri 14:00"], [AC, EM, DP]),
    ("pt", "SP", "Aula de dança hoje às 7 da noite 💃", ["+0d 19:00"], [AC, EM, DP]),
    ("pt", "SP", "Reunião de condomínio amanhã às 8 pm", ["+1d 20:00"], [AC]),
    ("pt", "SP", "Os Correios abrem às 9h 📮", [], [NO, EM]),
    ("pt", "SP", "Saio da aula às 14h", [], [NO]),
    ("pt", "SP", "E aí, como foi a aula ontem à tarde? 💪", [], [NP, EM]),
    ("pt", "SP", "O show durou 3 horas 🎸", [], [NP, EM]),
    ("pt", "SP", "A gasolina tá 6,20", [], [NO]),
    ("pt", "SP", "Não consigo sexta às 16h, foi mal 😕", [], [NC, EM]),
    ("pt", "SP", "Tenho que passar roupa antes das 21h", [], [NO]),
    ("pt", "SP", "Que horas foi o show no domingo?", [], [NP]),
    ("pt", "SP", "Tá 1 a 1 no intervalo", [], [NO]),
]


# A fourth round (written before any change for it and scored once unchanged; its first figure is
# in docs/PERFORMANCE.md): non-plans that read like plans by their structure — availability ("I'm
# free after 5", "estoy libre", "я свободен", "tô livre"), habits and routines ("usually", "every",
# present-habitual verbs), opening hours and timetables, wishes and hypotheticals without a
# conditional word ("would be nice", "ojalá", "хорошо бы", "quem dera"), "I'll be home", prices,
# ages, addresses, scores, measures and questions that are not proposals — and, next to each kind,
# plans that share its words so a rule for it cannot over-fire ("I'm free after 5, let's meet at
# 6", "coffee tomorrow at 10?", "the shop closes at 9, meet you there at 8:15pm").
NEW4 = [
    # English: not plans
    ("en", "NY", "I'm free after 5 today", [], [NO]),
    ("en", "NY", "I'm available Thursday afternoon if anyone needs me", [], [NO]),
    ("en", "NY", "Free all day Saturday 🙌", [], [NO, EM]),
    ("en", "NY", "I'm off work tomorrow from 2", [], [NO]),
    ("en", "NY", "Anna is free on Friday after 4", [], [NO]),
    ("en", "NY", "My calendar is open Monday morning", [], [NO]),
    ("en", "NY", "I usually go to the gym at 7am", [], [NO]),
    ("en", "NY", "We always have dinner at 8pm", [], [NO]),
    ("en", "NY", "I have choir every Tuesday at 6", [], [NO]),
    ("en", "NY", "The kids go to bed at 8:30pm on school nights", [], [NO]),
    ("en", "NY", "He normally wakes up at 6am", [], [NO]),
    ("en", "NY", "On Sundays we tend to eat lunch at 2", [], [NO]),
    ("en", "NY", "The shop closes at 9 tonight", [], [NO]),
    ("en", "NY", "The pharmacy opens at 8am on Saturday", [], [NO]),
    ("en", "NY", "Museum hours: 10am to 6pm, Tuesday to Sunday", [], [NO]),
    ("en", "NY", "The last train leaves at 11:40pm on weekdays", [], [NO]),
    ("en", "NY", "Buses run every 20 minutes until midnight", [], [NO]),
    ("en", "NY", "The gym is open from 6am to 10pm", [], [NO]),
    ("en", "NY", "Would be nice to grab dinner Friday at 8pm", [], [NO]),
    ("en", "NY", "It'd be great to go hiking on Saturday morning", [], [NO]),
    ("en", "NY", "I wish we could go to the concert tomorrow night", [], [NO]),
    ("en", "NY", "Wouldn't it be lovely to have a picnic tomorrow at noon", [], [NO]),
    ("en", "NY", "Tickets are $15 at the door", [], [NO]),
    ("en", "NY", "She turns 7 on Friday", [], [NO]),
    ("en", "NY", "The flat is at 42 Baker Street, 3rd floor", [], [NO]),
    ("en", "NY", "It's 5 km from the station, about 20 min by bike", [], [NO]),
    ("en", "NY", "The cake needs 45 minutes at 180 degrees", [], [NO]),
    ("en", "NY", "Room 204, second floor", [], [NO]),
    ("en", "NY", "What time does the pharmacy close on Sunday?", [], [NO]),
    ("en", "NY", "What time is it in Tokyo at 3pm here?", [], [NO]),
    ("en", "NY", "Why is the bus always late at 8am?", [], [NO]),
    ("en", "NY", "Traffic is terrible at 5pm on Fridays", [], [NO]),
    ("en", "NY", "Sunset is at 7:10pm this week", [], [NO]),
    ("en", "NY", "I'll be at home tomorrow after 4", [], [NO]),
    ("en", "NY", "Tomorrow afternoon high of 15 degrees", [], [NO]),
    ("en", "NY", "The train ride takes 3 hours 40 minutes", [], [NO]),
    # English: plans next to them
    ("en", "NY", "I'm free after 5, let's meet at 6", ["+0d 18:00"], [AC]),
    ("en", "NY", "Free Thursday afternoon? Coffee at 3?", ["thu 15:00"], [AC]),
    ("en", "NY", "Coffee tomorrow at 10?", ["+1d 10:00"], [AC]),
    ("en", "NY", "Usually I go at 7, but tomorrow let's hit the gym at 6am", ["+1d 06:00"], [AC]),
    ("en", "NY", "The shop closes at 9, so let's meet there at 8:15pm", ["+0d 20:15"], [AC]),
    ("en", "NY", "Would you like to grab dinner Friday at 8pm?", ["fri 20:00"], [AC]),
    ("en", "NY", "Wanna play tennis Saturday at 10?", ["sat 10:00"], [AC]),
    ("en", "NY", "Could we do the call tomorrow at 2pm?", ["+1d 14:00"], [AC]),
    ("en", "NY", "Shall we meet Monday at 9:30am?", ["mon 09:30"], [AC]),
    ("en", "NY", "How about lunch on Friday at 12:30?", ["fri 12:30"], [AC]),
    ("en", "NY", "Every Friday is pizza night, and this Friday it's at 7pm at ours", ["fri 19:00"], [AC]),
    ("en", "NY", "Tickets are $15; the show is Saturday at 8pm", ["sat 20:00"], [AC]),
    ("en", "NY", "Nora turns 7 on Friday, party at 3pm", ["fri 15:00"], [AC]),
    ("en", "NY", "Pharmacy opens at 8, I'll meet you there tomorrow at 8:15am", ["+1d 08:15"], [AC]),
    ("en", "NY", "Book club at 42 Elm St, Thursday 7pm", ["thu 19:00"], [AC]),
    ("en", "NY", "Room 204 for the interview tomorrow at 11am", ["+1d 11:00"], [AC]),
    ("en", "NY", "Dinner at Mario's tonight at 8pm", ["+0d 20:00"], [AC]),
    ("en", "NY", "Let's do brunch Sunday at 11, I'm free all morning", ["sun 11:00"], [AC]),
    ("en", "NY", "Team standup tomorrow 9:15am", ["+1d 09:15"], [AC]),
    ("en", "NY", "Haircut Friday at 4:30pm", ["fri 16:30"], [AC]),
    ("en", "NY", "Meet me at the station Saturday at 10:40am", ["sat 10:40"], [AC]),
    ("en", "NY", "Parents' meeting at school Thursday 6pm, room 12", ["thu 18:00"], [AC]),
    ("en", "NY", "Game night at Sam's Friday 7:30pm, bring $5 for pizza", ["fri 19:30"], [AC]),
    ("en", "NY", "Let's go for a run tomorrow at 7am before work", ["+1d 07:00"], [AC]),
    ("en", "NY", "Family video call Sunday at 5pm", ["sun 17:00"], [AC]),
    ("en", "NY", "Vet appointment for Max on March 12 at 9am", ["03-12 09:00"], [AC, "month-name"]),
    ("en", "NY", "Are we still on for drinks tonight at 7pm?", ["+0d 19:00"], [AC]),
    ("en", "NY", "Movie Saturday at 9pm? I'll get the tickets", ["sat 21:00"], [AC]),
    ("en", "NY", "Cooking class next Tuesday at 6:30pm, $20 each", ["tue 18:30"], [AC]),
    # Russian: not plans
    ("ru", "MSK", "Я свободен после 6", [], [NO]),
    ("ru", "MSK", "Я свободна в четверг после обеда", [], [NO]),
    ("ru", "MSK", "В субботу весь день свободен", [], [NO]),
    ("ru", "MSK", "Маша свободна в пятницу с 4", [], [NO]),
    ("ru", "MSK", "Завтра я дома с утра", [], [NO]),
    ("ru", "MSK", "Обычно я хожу в зал в 7 утра", [], [NO]),
    ("ru", "MSK", "Мы всегда ужинаем в 8 вечера", [], [NO]),
    ("ru", "MSK", "Каждый вторник в 6 у меня хор", [], [NO]),
    ("ru", "MSK", "Дети ложатся спать в 9 вечера", [], [NO]),
    ("ru", "MSK", "По воскресеньям мы обедаем в 2", [], [NO]),
    ("ru", "MSK", "Он обычно встаёт в 6 утра", [], [NO]),
    ("ru", "MSK", "Магазин закрывается в 9 вечера", [], [NO]),
    ("ru", "MSK", "Аптека открывается в 8 утра в субботу", [], [NO]),
    ("ru", "MSK", "Музей работает с 10 до 18, кроме понедельника", [], [NO]),
    ("ru", "MSK", "Последняя электричка уходит в 23:40", [], [NO]),
    ("ru", "MSK", "Автобусы ходят каждые 20 минут до полуночи", [], [NO]),
    ("ru", "MSK", "Спортзал работает с 7 до 22", [], [NO]),
    ("ru", "MSK", "Хорошо бы сходить в кино в пятницу вечером", [], [NO]),
    ("ru", "MSK", "Было бы здорово поужинать завтра в 8 вечера", [], [NO]),
    ("ru", "MSK", "Вот бы в субботу утром поехать на дачу", [], [NO]),
    ("ru", "MSK", "Мечтаю завтра в 10 выспаться", [], [NO]),
    ("ru", "MSK", "Билеты по 500 рублей", [], [NO]),
    ("ru", "MSK", "Ему в пятницу исполняется 7 лет", [], [NO]),
    ("ru", "MSK", "Мы живём на улице Ленина, 15, кв. 8", [], [NO]),
    ("ru", "MSK", "Счёт 3:2 в пользу Спартака", [], [NO]),
    ("ru", "MSK", "До вокзала 5 км, минут 20 на велосипеде", [], [NO]),
    ("ru", "MSK", "Пирог печь 45 минут при 180 градусах", [], [NO]),
    ("ru", "MSK", "Комната 204, второй этаж", [], [NO]),
    ("ru", "MSK", "Во сколько закрывается аптека в воскресенье?", [], [NO]),
    ("ru", "MSK", "Сколько будет времени в Токио, когда у нас 3 часа дня?", [], [NO]),
    ("ru", "MSK", "Почему автобус всегда опаздывает в 8 утра?", [], [NO]),
    ("ru", "MSK", "В пятницу в 5 вечера всегда пробки", [], [NO]),
    ("ru", "MSK", "Закат на этой неделе в 18:10", [], [NO]),
    ("ru", "MSK", "Я буду дома в 6", [], [NO]),
    ("ru", "MSK", "Завтра днём до 15 градусов", [], [NO]),
    ("ru", "MSK", "Поезд идёт 3 часа 40 минут", [], [NO]),
    # Russian: plans next to them
    ("ru", "MSK", "Я свободен после 5, давай встретимся в 6", ["+0d 18:00"], [AC]),
    ("ru", "MSK", "Свободна в четверг? Кофе в 3?", ["thu 15:00"], [AC]),
    ("ru", "MSK", "Кофе завтра в 10?", ["+1d 10:00"], [AC]),
    ("ru", "MSK", "Обычно хожу в 7, но завтра давай в зал в 6 утра", ["+1d 06:00"], [AC]),
    ("ru", "MSK", "Магазин закрывается в 9, давай встретимся там в 20:15", ["+0d 20:15"], [AC]),
    ("ru", "MSK", "Пойдём ужинать в пятницу в 8 вечера?", ["fri 20:00"], [AC]),
    ("ru", "MSK", "Го в теннис в субботу в 10?", ["sat 10:00"], [AC, TY]),
    ("ru", "MSK", "Можем созвониться завтра в 14:00?", ["+1d 14:00"], [AC]),
    ("ru", "MSK", "Встретимся в понедельник в 9:30?", ["mon 09:30"], [AC]),
    ("ru", "MSK", "Как насчёт обеда в пятницу в 12:30?", ["fri 12:30"], [AC]),
    ("ru", "MSK", "Билеты по 500 рублей, спектакль в субботу в 19:00", ["sat 19:00"], [AC]),
    ("ru", "MSK", "Маше в пятницу 7 лет, праздник в 15:00", ["fri 15:00"], [AC]),
    ("ru", "MSK", "Книжный клуб на Ленина, 15, в четверг в 19:00", ["thu 19:00"], [AC]),
    ("ru", "MSK", "Собеседование завтра в 11 утра, кабинет 204", ["+1d 11:00"], [AC]),
    ("ru", "MSK", "Ужин у Марио сегодня в 20:00", ["+0d 20:00"], [AC]),
    ("ru", "MSK", "Бранч в воскресенье в 11, я свободна всё утро", ["sun 11:00"], [AC]),
    ("ru", "MSK", "Планёрка завтра в 9:15", ["+1d 09:15"], [AC]),
    ("ru", "MSK", "Стрижка в пятницу в 16:30", ["fri 16:30"], [AC]),
    ("ru", "MSK", "Встречаемся на вокзале в субботу в 10:40", ["sat 10:40"], [AC]),
    ("ru", "MSK", "Родительское собрание в четверг в 18:00, кабинет 12", ["thu 18:00"], [AC]),
    ("ru", "MSK", "Настолки у Сани в пятницу в 19:30, скидываемся по 300", ["fri 19:30"], [AC]),
    ("ru", "MSK", "Давай пробежимся завтра в 7 утра", ["+1d 07:00"], [AC]),
    ("ru", "MSK", "Созвон с родителями в воскресенье в 17:00", ["sun 17:00"], [AC]),
    ("ru", "MSK", "Ветеринар для Барсика 12 марта в 9 утра", ["03-12 09:00"], [AC, "month-name"]),
    ("ru", "MSK", "Мы ещё идём сегодня в бар в 19:00?", ["+0d 19:00"], [AC]),
    ("ru", "MSK", "Кино в субботу в 21:00? Я возьму билеты", ["sat 21:00"], [AC]),
    ("ru", "MSK", "Кулинарный мастер-класс во вторник в 18:30, 1500 с человека", ["tue 18:30"], [AC]),
    ("ru", "MSK", "Каждую пятницу пицца, а в эту пятницу в 19:00 у нас", ["fri 19:00"], [AC]),
    ("ru", "MSK", "Приём у терапевта завтра в 10:20", ["+1d 10:20"], [AC]),
    # Spanish: not plans
    ("es", "MEX", "Estoy libre el jueves por la tarde", [], [NO]),
    ("es", "MEX", "Estoy libre después de las 5", [], [NO]),
    ("es", "MEX", "Mañana tengo la tarde libre", [], [NO]),
    ("es", "MEX", "Marta está libre el viernes a partir de las 4", [], [NO]),
    ("es", "MEX", "Mañana estaré en casa desde las 3", [], [NO]),
    ("es", "MEX", "Normalmente voy al gimnasio a las 7 de la mañana", [], [NO]),
    ("es", "MEX", "Siempre cenamos a las 9 de la noche", [], [NO]),
    ("es", "MEX", "Todos los martes a las 6 tengo coro", [], [NO]),
    ("es", "MEX", "Los niños se acuestan a las 9 de la noche", [], [NO]),
    ("es", "MEX", "Los domingos solemos comer a las 2", [], [NO]),
    ("es", "MEX", "Él suele levantarse a las 6 de la mañana", [], [NO]),
    ("es", "MEX", "La tienda cierra a las 9 de la noche", [], [NO]),
    ("es", "MEX", "La farmacia abre a las 8 el sábado", [], [NO]),
    ("es", "MEX", "El museo abre de 10 a 18, de martes a domingo", [], [NO]),
    ("es", "MEX", "El último metro sale a las 23:40", [], [NO]),
    ("es", "MEX", "Los autobuses pasan cada 20 minutos hasta medianoche", [], [NO]),
    ("es", "MEX", "El gimnasio está abierto de 7 a 22", [], [NO]),
    ("es", "MEX", "Ojalá pudiéramos ir al cine el viernes por la noche", [], [NO]),
    ("es", "MEX", "Sería genial cenar mañana a las 9 de la noche", [], [NO]),
    ("es", "MEX", "Estaría bien ir a la playa el sábado por la mañana", [], [NO]),
    ("es", "MEX", "Ojalá mañana a las 10 haga sol", [], [NO]),
    ("es", "MEX", "Las entradas cuestan 15 euros", [], [NO]),
    ("es", "MEX", "Lucía cumple 7 años el viernes", [], [NO]),
    ("es", "MEX", "Vivo en la calle Mayor 15, 3º B", [], [NO]),
    ("es", "MEX", "Van 3 a 2 en el minuto 80", [], [NO]),
    ("es", "MEX", "Son 5 km hasta la estación, unos 20 minutos en bici", [], [NO]),
    ("es", "MEX", "El bizcocho necesita 45 minutos a 180 grados", [], [NO]),
    ("es", "MEX", "Habitación 204, segunda planta", [], [NO]),
    ("es", "MEX", "¿A qué hora cierra la farmacia el domingo?", [], [NO]),
    ("es", "MEX", "¿Qué hora es en Tokio cuando aquí son las 3 de la tarde?", [], [NO]),
    ("es", "MEX", "¿Por qué el autobús siempre llega tarde a las 8?", [], [NO]),
    ("es", "MEX", "Los viernes a las 5 de la tarde siempre hay tráfico", [], [NO]),
    ("es", "MEX", "Esta semana el atardecer es a las 19:40", [], [NO]),
    ("es", "MEX", "Estaré en casa a las 6", [], [NO]),
    ("es", "MEX", "Mañana por la tarde máxima de 25 grados", [], [NO]),
    ("es", "MEX", "El tren tarda 3 horas y 40 minutos", [], [NO]),
    # Spanish: plans next to them
    ("es", "MEX", "Estoy libre después de las 5, quedamos a las 6", ["+0d 18:00"], [AC]),
    ("es", "MEX", "¿Libre el jueves por la tarde? ¿Café a las 4?", ["thu 16:00"], [AC]),
    ("es", "MEX", "¿Un café mañana a las 10?", ["+1d 10:00"], [AC]),
    ("es", "MEX", "Normalmente voy a las 7, pero mañana vamos al gimnasio a las 6 de la mañana", ["+1d 06:00"], [AC]),
    ("es", "MEX", "La tienda cierra a las 9, nos vemos allí a las 20:15", ["+0d 20:15"], [AC]),
    ("es", "MEX", "¿Cenamos el viernes a las 9 de la noche?", ["fri 21:00"], [AC]),
    ("es", "MEX", "¿Jugamos al pádel el sábado a las 10?", ["sat 10:00"], [AC]),
    ("es", "MEX", "¿Podemos hacer la llamada mañana a las 14:00?", ["+1d 14:00"], [AC]),
    ("es", "MEX", "¿Nos vemos el lunes a las 9:30?", ["mon 09:30"], [AC]),
    ("es", "MEX", "¿Qué tal comer el viernes a las 14:30?", ["fri 14:30"], [AC]),
    ("es", "MEX", "Las entradas cuestan 15 euros; la función es el sábado a las 20:00", ["sat 20:00"], [AC]),
    ("es", "MEX", "Lucía cumple 7 el viernes, fiesta a las 17:00", ["fri 17:00"], [AC]),
    ("es", "MEX", "Club de lectura en la calle Mayor 15, el jueves a las 19:00", ["thu 19:00"], [AC]),
    ("es", "MEX", "Entrevista mañana a las 11 en la sala 204", ["+1d 11:00"], [AC]),
    ("es", "MEX", "Cena en casa de Mario hoy a las 21:00", ["+0d 21:00"], [AC]),
    ("es", "MEX", "Brunch el domingo a las 11, tengo la mañana libre", ["sun 11:00"], [AC]),
    ("es", "MEX", "Reunión de equipo mañana a las 9:15", ["+1d 09:15"], [AC]),
    ("es", "MEX", "Peluquería el viernes a las 16:30", ["fri 16:30"], [AC]),
    ("es", "MEX", "Nos vemos en la estación el sábado a las 10:40", ["sat 10:40"], [AC]),
    ("es", "MEX", "Reunión de padres el jueves a las 18:00, aula 12", ["thu 18:00"], [AC]),
    ("es", "MEX", "Noche de juegos en casa de Sara el viernes a las 19:30, trae 5 euros", ["fri 19:30"], [AC]),
    ("es", "MEX", "Vamos a correr mañana a las 7 de la mañana", ["+1d 07:00"], [AC]),
    ("es", "MEX", "Videollamada familiar el domingo a las 17:00", ["sun 17:00"], [AC]),
    ("es", "MEX", "Veterinario para Toby el 12 de marzo a las 9", ["03-12 09:00"], [AC, "month-name"]),
    ("es", "MEX", "¿Seguimos con lo de las cervezas hoy a las 19:00?", ["+0d 19:00"], [AC]),
    ("es", "MEX", "¿Peli el sábado a las 22:00? Yo saco las entradas", ["sat 22:00"], [AC]),
    ("es", "MEX", "Clase de cocina el martes a las 18:30, 20 euros por persona", ["tue 18:30"], [AC]),
    ("es", "MEX", "Todos los viernes hay pizza, y este viernes es a las 20:00 en casa", ["fri 20:00"], [AC]),
    ("es", "MEX", "Cita con la dermatóloga mañana a las 10:20", ["+1d 10:20"], [AC]),
    # Portuguese: not plans
    ("pt", "SP", "Estou livre à tarde", [], [NO]),
    ("pt", "SP", "Tô livre depois das 5", [], [NO, TY]),
    ("pt", "SP", "Quinta à tarde estou livre", [], [NO]),
    ("pt", "SP", "A Ana está livre sexta a partir das 16h", [], [NO]),
    ("pt", "SP", "Amanhã vou estar em casa a partir das 15h", [], [NO]),
    ("pt", "SP", "Normalmente vou à academia às 7h", [], [NO]),
    ("pt", "SP", "A gente sempre janta às 20h", [], [NO]),
    ("pt", "SP", "Toda terça às 18h tenho coral", [], [NO]),
    ("pt", "SP", "As crianças dormem às 21h", [], [NO]),
    ("pt", "SP", "Aos domingos costumamos almoçar às 14h", [], [NO]),
    ("pt", "SP", "Ele costuma acordar às 6h", [], [NO]),
    ("pt", "SP", "A loja fecha às 21h", [], [NO]),
    ("pt", "SP", "A farmácia abre às 8h no sábado", [], [NO]),
    ("pt", "SP", "O museu funciona das 10h às 18h, de terça a domingo", [], [NO]),
    ("pt", "SP", "O último metrô sai às 23h40", [], [NO]),
    ("pt", "SP", "Os ônibus passam a cada 20 minutos até meia-noite", [], [NO]),
    ("pt", "SP", "A academia fica aberta das 6h às 22h", [], [NO]),
    ("pt", "SP", "Quem dera a gente pudesse ir ao cinema sexta à noite", [], [NO]),
    ("pt", "SP", "Seria ótimo jantar amanhã às 20h", [], [NO]),
    ("pt", "SP", "Seria bom ir à praia sábado de manhã", [], [NO]),
    ("pt", "SP", "Tomara que amanhã às 10h faça sol", [], [NO]),
    ("pt", "SP", "Os ingressos custam 30 reais", [], [NO]),
    ("pt", "SP", "O Pedro faz 7 anos na sexta", [], [NO]),
    ("pt", "SP", "Moro na Rua Augusta, 15, apto 8", [], [NO]),
    ("pt", "SP", "Tá 3 a 2 aos 40 do segundo tempo", [], [NO]),
    ("pt", "SP", "São 5 km até a estação, uns 20 minutos de bike", [], [NO]),
    ("pt", "SP", "O bolo precisa de 45 minutos a 180 graus", [], [NO]),
    ("pt", "SP", "Sala 204, segundo andar", [], [NO]),
    ("pt", "SP", "Que horas fecha a farmácia no domingo?", [], [NO]),
    ("pt", "SP", "Que horas são em Tóquio quando aqui são 15h?", [], [NO]),
    ("pt", "SP", "Por que o ônibus sempre atrasa às 8h?", [], [NO]),
    ("pt", "SP", "Sexta às 18h o trânsito é sempre horrível", [], [NO]),
    ("pt", "SP", "O pôr do sol é às 18h30 nessa época", [], [NO]),
    ("pt", "SP", "Vou estar em casa às 18h", [], [NO]),
    ("pt", "SP", "Amanhã à tarde máxima de 30 graus", [], [NO]),
    ("pt", "SP", "A viagem de ônibus leva 3 horas e 40 minutos", [], [NO]),
    # Portuguese: plans next to them
    ("pt", "SP", "Tô livre depois das 5, bora se encontrar às 6", ["+0d 18:00"], [AC, TY]),
    ("pt", "SP", "Livre quinta à tarde? Café às 16h?", ["thu 16:00"], [AC]),
    ("pt", "SP", "Um café amanhã às 10h?", ["+1d 10:00"], [AC]),
    ("pt", "SP", "Normalmente vou às 7, mas amanhã vamos à academia às 6h", ["+1d 06:00"], [AC]),
    ("pt", "SP", "A loja fecha às 21h, te encontro lá às 20h15", ["+0d 20:15"], [AC]),
    ("pt", "SP", "Vamos jantar sexta às 20h?", ["fri 20:00"], [AC]),
    ("pt", "SP", "Bora jogar tênis sábado às 10h?", ["sat 10:00"], [AC]),
    ("pt", "SP", "Podemos fazer a call amanhã às 14h?", ["+1d 14:00"], [AC]),
    ("pt", "SP", "A gente se vê segunda às 9h30?", ["mon 09:30"], [AC]),
    ("pt", "SP", "Que tal almoçar sexta às 12h30?", ["fri 12:30"], [AC]),
    ("pt", "SP", "Os ingressos custam 30 reais; a peça é sábado às 20h", ["sat 20:00"], [AC]),
    ("pt", "SP", "O Pedro faz 7 anos na sexta, festa às 15h", ["fri 15:00"], [AC]),
    ("pt", "SP", "Clube do livro na Rua Augusta, 15, quinta às 19h", ["thu 19:00"], [AC]),
    ("pt", "SP", "Entrevista amanhã às 11h na sala 204", ["+1d 11:00"], [AC]),
    ("pt", "SP", "Jantar na casa do Mário hoje às 20h", ["+0d 20:00"], [AC]),
    ("pt", "SP", "Brunch domingo às 11h, tô livre a manhã toda", ["sun 11:00"], [AC]),
    ("pt", "SP", "Reunião de equipe amanhã às 9h15", ["+1d 09:15"], [AC]),
    ("pt", "SP", "Cabeleireiro sexta às 16h30", ["fri 16:30"], [AC]),
    ("pt", "SP", "Te encontro na rodoviária sábado às 10h40", ["sat 10:40"], [AC]),
    ("pt", "SP", "Reunião de pais quinta às 18h, sala 12", ["thu 18:00"], [AC]),
    ("pt", "SP", "Noite de jogos na casa da Bia sexta às 19h30, traz 10 reais", ["fri 19:30"], [AC]),
    ("pt", "SP", "Bora correr amanhã às 7h", ["+1d 07:00"], [AC]),
    ("pt", "SP", "Chamada de vídeo com a família domingo às 17h", ["sun 17:00"], [AC]),
    ("pt", "SP", "Veterinário do Thor dia 12 de março às 9h", ["03-12 09:00"], [AC, "month-name"]),
    ("pt", "SP", "Ainda tá de pé o chopp hoje às 19h?", ["+0d 19:00"], [AC, TY]),
    ("pt", "SP", "Cinema sábado às 21h? Eu compro os ingressos", ["sat 21:00"], [AC]),
    ("pt", "SP", "Aula de culinária terça às 18h30, 50 reais por pessoa", ["tue 18:30"], [AC]),
    ("pt", "SP", "Toda sexta tem pizza, e essa sexta é às 20h lá em casa", ["fri 20:00"], [AC]),
    ("pt", "SP", "Consulta com a dermatologista amanhã às 10h20", ["+1d 10:20"], [AC]),
]


# Round 5 (dev-new5-*, 2026-12-06, written before any change for it): plans phrased near the
# stances' triggers ("free", "every", plural days, "would", wishes that are proposals, typos
# next to stance words, a relative offset plus a date) and, for contrast, the non-plans those
# words usually mean (habits, availability, wishes, hypotheticals, other people's plans
# reported, opening hours), Russian word orders and typo'd negatives among them.
RP = "relative-plus-date"
NEW5 = [
    # English: plans
    ("en", "NY", "Would love to grab lunch Friday at 1?", ["fri 13:00"], [AC]),
    ("en", "NY", "I'd love to catch up over coffee tomorrow at 9:30, does that work?", ["+1d 09:30"], [AC]),
    ("en", "NY", "Would you be free for a quick call Thursday at 4pm?", ["thu 16:00"], [AC]),
    ("en", "NY", "Are you free Saturday? Let's go bowling at 3", ["sat 15:00"], [AC]),
    ("en", "NY", "I'm free on Mondays, so let's start the piano lessons this Monday at 5pm", ["mon 17:00"], [AC]),
    ("en", "NY", "We meet every Thursday, and this week it's pottery at 6:30pm", ["thu 18:30"], [AC]),
    ("en", "NY", "Would it work to move the dentist to Tuesday at 11am?", ["tue 11:00"], [AC]),
    ("en", "NY", "Free for drinks tonight at 8?", ["+0d 20:00"], [AC]),
    ("en", "NY", "in two weeks, on the 18th, the school play starts at 6pm", ["03-18 18:00"], [AC, RP]),
    ("en", "NY", "Next week on the 12th we have the wedding rehearsal at 5pm", ["03-12 17:00"], [AC, RP]),
    ("en", "NY", "In 3 weeks (March 25) the housewarming is at 4pm", ["03-25 16:00"], [AC, RP, "month-name"]),
    ("en", "NY", "In a fortnight, on March 18, graduation at 2pm", ["03-18 14:00"], [AC, RP, "month-name"]),
    ("en", "NY", "apointment w/ the dentist frday at 10am", ["fri 10:00"], [AC, TY]),
    ("en", "NY", "wud love to do dinner tmrw at 7pm", ["+1d 19:00"], [AC, TY]),
    ("en", "NY", "r u free thurs? yoga class at 6pm", ["thu 18:00"], [AC, TY]),
    ("en", "NY", "Every day this week is busy, but Saturday at 11 works for brunch", ["sat 11:00"], [AC]),
    ("en", "NY", "Let's do Fridays from now on, starting this Friday at 4pm with the book club", ["fri 16:00"], [AC]),
    ("en", "NY", "The kids would like to go to the zoo Sunday at 10, see you there", ["sun 10:00"], [AC]),
    ("en", "NY", "Would 3pm tomorrow work for the parents' evening?", ["+1d 15:00"], [AC]),
    ("en", "NY", "Free up your Thursday: team offsite at 9am", ["thu 09:00"], [AC]),
    ("en", "NY", "Yoga on Saturdays is off this month, so let's run Saturday at 8am instead", ["sat 08:00"], [AC]),
    ("en", "NY", "If you're free, lunch Friday at 12:30?", ["fri 12:30"], [AC]),
    ("en", "NY", "Usually we're busy on weekends but this Sunday at 2pm let's do the barbecue", ["sun 14:00"], [AC]),
    # English: not plans
    ("en", "NY", "I'm usually free on Fridays after 3", [], [NO]),
    ("en", "NY", "Every Monday at 7 I do yoga", [], [NO]),
    ("en", "NY", "I would go to the gym at 6 if I had time", [], [NO]),
    ("en", "NY", "If only we could have lunch Friday at 1", [], [NO]),
    ("en", "NY", "Tom said he has a dentist appointment tomorrow at 5", [], [NO]),
    ("en", "NY", "On weekdays I work until 6", [], [NO]),
    ("en", "NY", "Mondays and Wednesdays I'm at the office from 9 to 5", [], [NO]),
    ("en", "NY", "I usualy have lunch at 1", [], [NO, TY]),
    ("en", "NY", "avalable tmrw after 2 if u need me", [], [NO, TY]),
    ("en", "NY", "Would've been nice to see the game Saturday at 3", [], [NO]),
    ("en", "NY", "She says her yoga class is every Thursday at 6", [], [NO]),
    ("en", "NY", "Free every evening except Tuesday", [], [NO]),
    ("en", "NY", "If it weren't raining we'd play tennis tomorrow at 4", [], [NO]),
    ("en", "NY", "My boss usually calls at 9 on Mondays", [], [NO]),
    ("en", "NY", "Would love to visit Rome one day", [], [NO]),
    ("en", "NY", "evry friday at 5 the office empties out", [], [NO, TY]),
    # Russian: plans
    ("ru", "MSK", "Давай пообедаем в пятницу в 13:00?", ["fri 13:00"], [AC]),
    ("ru", "MSK", "Было бы здорово встретиться завтра в 19:00 в кафе — придёшь?", ["+1d 19:00"], [AC]),
    ("ru", "MSK", "Я свободна после 5, давай в 18:00 сходим в кино", ["+0d 18:00"], [AC]),
    ("ru", "MSK", "Ты свободен в четверг? Йога в 18:30", ["thu 18:30"], [AC]),
    ("ru", "MSK", "Каждую субботу у нас бассейн, а в эту субботу в 10 соревнования", ["sat 10:00"], [AC]),
    ("ru", "MSK", "Через две недели, 18 марта, в 17:00 выпускной", ["03-18 17:00"], [AC, RP, "month-name"]),
    ("ru", "MSK", "Через неделю, в среду 11-го, родительское собрание в 18:00", ["03-11 18:00"], [AC, RP]),
    ("ru", "MSK", "Через 3 недели, 25-го, новоселье у Оли в 16:00", ["03-25 16:00"], [AC, RP]),
    ("ru", "MSK", "Хочешь завтра в 12 пойти на каток?", ["+1d 12:00"], [AC]),
    ("ru", "MSK", "Не хочешь поужинать в субботу в 20:00?", ["sat 20:00"], [AC]),
    ("ru", "MSK", "зафтра в 9 стамотолог", ["+1d 09:00"], [AC, TY]),
    ("ru", "MSK", "встреча в пятницу в 15:00, не забуть", ["fri 15:00"], [AC, TY]),
    ("ru", "MSK", "По будням я занят, поэтому давай в субботу в 11 на бранч", ["sat 11:00"], [AC]),
    ("ru", "MSK", "Могли бы созвониться в четверг в 16:00?", ["thu 16:00"], [AC]),
    ("ru", "MSK", "Я бы с радостью сходил на концерт в пятницу в 19:00, бери билеты", ["fri 19:00"], [AC]),
    ("ru", "MSK", "Свободна в понедельник в 10? Записала нас на маникюр", ["mon 10:00"], [AC]),
    ("ru", "MSK", "В эту пятницу в 18:00 репетиция свадьбы", ["fri 18:00"], [AC]),
    ("ru", "MSK", "Послезавтра в 8 утра пробежка в парке", ["+2d 08:00"], [AC]),
    ("ru", "MSK", "Обычно я хожу в 7, но завтра давай в зал в 6 утра", ["+1d 06:00"], [AC]),
    ("ru", "MSK", "Давайте по вторникам, начнём в этот вторник в 19:00 с английского", ["tue 19:00"], [AC]),
    ("ru", "MSK", "Если ты свободна, давай в пятницу в 17:00 на чай", ["fri 17:00"], [AC]),
    # Russian: not plans
    ("ru", "MSK", "Я обычно хожу в зал в 7 утра", [], [NO]),
    ("ru", "MSK", "По будням до 6 я на работе", [], [NO]),
    ("ru", "MSK", "Хотелось бы в субботу съездить на дачу", [], [NO]),
    ("ru", "MSK", "Если бы не работа, я бы пошёл на футбол в среду в 8", [], [NO]),
    ("ru", "MSK", "Маша сказала, что у неё завтра в 15:00 собеседование", [], [NO]),
    ("ru", "MSK", "В четверг после 4 я свободен", [], [NO]),
    ("ru", "MSK", "Свободна я только в пятницу после обеда", [], [NO]),
    ("ru", "MSK", "Каждый вторник в 19:00 у меня английский", [], [NO]),
    ("ru", "MSK", "По субботам мы обедаем у бабушки в 2", [], [NO]),
    ("ru", "MSK", "Хотелось бы как-нибудь сходить в театр вечером", [], [NO]),
    ("ru", "MSK", "Я бы поспал до 10 в воскресенье", [], [NO]),
    ("ru", "MSK", "Аптека работает по будням с 8 до 20", [], [NO]),
    ("ru", "MSK", "абычно ужинаем в 8", [], [NO, TY]),
    ("ru", "MSK", "Я свабодна завтра с 3 до 5, если что", [], [NO, TY]),
    ("ru", "MSK", "Брат говорит, что их поезд в пятницу в 7 утра", [], [NO]),
    ("ru", "MSK", "По выходным я встаю в 9", [], [NO]),
    ("ru", "MSK", "Если бы ты был свободен в пятницу в 6, мы бы сходили в кино", [], [NO]),
    # Spanish: plans
    ("es", "MAD", "¿Te gustaría comer el viernes a la 1?", ["fri 13:00"], [AC]),
    ("es", "MAD", "Me encantaría tomar un café mañana a las 10, ¿te va bien?", ["+1d 10:00"], [AC]),
    ("es", "MAD", "¿Estás libre el sábado? Vamos a los bolos a las 5 de la tarde", ["sat 17:00"], [AC]),
    ("es", "MAD", "Cada lunes tengo yoga, pero este lunes quedamos a las 7 de la tarde para cenar", ["mon 19:00"], [AC]),
    ("es", "MAD", "Dentro de dos semanas, el 9 de abril, la obra del cole a las 18:00", ["04-09 18:00"], [AC, RP, "month-name"]),
    ("es", "MAD", "En una semana, el jueves 2, reunión de padres a las 17:30", ["04-02 17:30"], [AC, RP]),
    ("es", "MAD", "Dentro de tres semanas, el 16, boda de Lucía a las 12:00", ["04-16 12:00"], [AC, RP]),
    ("es", "MAD", "cita con el dentista el bierness a las 10", ["fri 10:00"], [AC, TY]),
    ("es", "MAD", "mañna a las 8 clase de spinning", ["+1d 08:00"], [AC, TY]),
    ("es", "MAD", "Si estás libre, ¿cenamos el sábado a las 21:00?", ["sat 21:00"], [AC]),
    ("es", "MAD", "Entre semana no puedo, pero el domingo a las 11 hacemos el brunch", ["sun 11:00"], [AC]),
    ("es", "MAD", "¿Podríamos mover la llamada al martes a las 16:00?", ["tue 16:00"], [AC]),
    ("es", "MAD", "Los viernes suelo salir tarde, así que quedamos este viernes a las 20:30", ["fri 20:30"], [AC]),
    ("es", "MAD", "Pasado mañana a las 9 de la mañana, revisión del coche", ["+2d 09:00"], [AC]),
    ("es", "MAD", "Me gustaría invitarte a la inauguración el sábado a las 19:00, ¿vienes?", ["sat 19:00"], [AC]),
    ("es", "MAD", "¿Libre el miércoles? Pádel a las 18:00", ["wed 18:00"], [AC]),
    ("es", "MAD", "Todos estamos libres el domingo: excursión a la sierra a las 8 de la mañana", ["sun 08:00"], [AC]),
    ("es", "MEX", "¿Quieres ir al cine el viernes a las 7 de la noche?", ["fri 19:00"], [AC]),
    ("es", "MEX", "Seria genial vernos mañana a las 6 de la tarde en el parque, ¿va?", ["+1d 18:00"], [AC, TY]),
    ("es", "MEX", "Ensayo de la boda el sábado a las 5 de la tarde", ["sat 17:00"], [AC]),
    ("es", "MEX", "Dentro de 2 semanas, el 18 de marzo, graduación a las 10 de la mañana", ["03-18 10:00"], [AC, RP, "month-name"]),
    # Spanish: not plans
    ("es", "MAD", "Normalmente voy al gimnasio a las 7", [], [NO]),
    ("es", "MAD", "Los lunes y miércoles trabajo hasta las 6", [], [NO]),
    ("es", "MAD", "Me gustaría algún día ir a Japón", [], [NO]),
    ("es", "MAD", "Si tuviera tiempo, iría al partido el sábado a las 5", [], [NO]),
    ("es", "MAD", "Ana dice que tiene médico mañana a las 10", [], [NO]),
    ("es", "MAD", "Estoy libre el viernes después de las 4", [], [NO]),
    ("es", "MAD", "Entre semana ceno a las 9", [], [NO]),
    ("es", "MAD", "Ojalá pudiéramos ir a la playa el domingo", [], [NO]),
    ("es", "MAD", "Cada martes a las 7 tengo inglés", [], [NO]),
    ("es", "MAD", "La biblioteca abre de lunes a viernes de 9 a 8", [], [NO]),
    ("es", "MAD", "normalment desayuno a las 8", [], [NO, TY]),
    ("es", "MAD", "Estoy disponble mañana de 3 a 5 por si acaso", [], [NO, TY]),
    ("es", "MAD", "Habría sido genial ir al concierto el sábado a las 9", [], [NO]),
    ("es", "MEX", "Mi hermano dice que sale de viaje el viernes a las 6 de la mañana", [], [NO]),
    ("es", "MEX", "Los domingos comemos en casa de mi abuela a las 3", [], [NO]),
    ("es", "MEX", "Quisiera dormir hasta las 11 el sábado", [], [NO]),
    ("es", "MEX", "Si no lloviera, jugaríamos fútbol mañana a las 5", [], [NO]),
    # Portuguese: plans
    ("pt", "SP", "Bora almoçar sexta à 1 da tarde?", ["fri 13:00"], [AC]),
    ("pt", "SP", "Adoraria tomar um café amanhã às 9h30, topa?", ["+1d 09:30"], [AC]),
    ("pt", "SP", "Tá livre sábado? Vamos no boliche às 15h", ["sat 15:00"], [AC]),
    ("pt", "SP", "Toda terça tem inglês, mas nessa terça a aula é às 19h", ["tue 19:00"], [AC]),
    ("pt", "SP", "Daqui a duas semanas, dia 18, peça da escola às 18h", ["03-18 18:00"], [AC, RP]),
    ("pt", "SP", "Em uma semana, dia 11 de março, reunião de pais às 19h", ["03-11 19:00"], [AC, RP, "month-name"]),
    ("pt", "SP", "Daqui a 3 semanas, no dia 25, chá de casa nova às 16h", ["03-25 16:00"], [AC, RP]),
    ("pt", "SP", "consuta no dentista sesta às 10h", ["fri 10:00"], [AC, TY]),
    ("pt", "SP", "amanha as 8h aula de pilates", ["+1d 08:00"], [AC, TY]),
    ("pt", "SP", "Se você estiver livre, jantamos sábado às 20h?", ["sat 20:00"], [AC]),
    ("pt", "SP", "Durante a semana não dá, mas domingo às 11h a gente faz o brunch", ["sun 11:00"], [AC]),
    ("pt", "SP", "Podemos passar a call pra terça às 16h?", ["tue 16:00"], [AC]),
    ("pt", "SP", "Às sextas eu saio tarde, então vamos marcar nessa sexta às 20h30", ["fri 20:30"], [AC]),
    ("pt", "SP", "Depois de amanhã às 9h revisão do carro", ["+2d 09:00"], [AC]),
    ("pt", "SP", "Queria te convidar pro aniversário da Bia sábado às 19h, vem?", ["sat 19:00"], [AC]),
    ("pt", "SP", "Todo mundo tá livre domingo: trilha às 7h", ["sun 07:00"], [AC]),
    ("pt", "LIS", "Gostava de marcar um jantar na sexta às 20h, dá-te jeito?", ["fri 20:00"], [AC]),
    ("pt", "LIS", "Daqui a duas semanas, a 5 de novembro, ensaio do casamento às 18h", ["11-05 18:00"], [AC, RP, "month-name"]),
    ("pt", "LIS", "Estás livre sábado? Futebol às 10h", ["sat 10:00"], [AC]),
    ("pt", "LIS", "Seria ótimo almoçarmos amanhã às 13h, combinado?", ["+1d 13:00"], [AC]),
    ("pt", "LIS", "Na segunda às 9h30 começa o curso de cerâmica", ["mon 09:30"], [AC]),
    # Portuguese: not plans
    ("pt", "SP", "Normalmente vou à academia às 7h", [], [NO]),
    ("pt", "SP", "De segunda a sexta trabalho até as 18h", [], [NO]),
    ("pt", "SP", "Queria um dia conhecer o Japão", [], [NO]),
    ("pt", "SP", "Se eu tivesse tempo, iria ao jogo sábado às 16h", [], [NO]),
    ("pt", "SP", "A Júlia disse que tem médico amanhã às 10h", [], [NO]),
    ("pt", "SP", "Tô livre sexta depois das 16h", [], [NO]),
    ("pt", "SP", "Durante a semana janto às 21h", [], [NO]),
    ("pt", "SP", "Quem dera a gente pudesse ir à praia domingo", [], [NO]),
    ("pt", "SP", "Toda quarta às 19h tenho inglês", [], [NO]),
    ("pt", "SP", "A padaria abre de segunda a sábado das 6h às 20h", [], [NO]),
    ("pt", "SP", "normamente almoço ao meio-dia", [], [NO, TY]),
    ("pt", "SP", "Tô disponivel amanha das 15h às 17h se precisar", [], [NO, TY]),
    ("pt", "SP", "Teria sido ótimo ir ao show sábado às 21h", [], [NO]),
    ("pt", "LIS", "Aos domingos almoçamos em casa da avó às 13h", [], [NO]),
    ("pt", "LIS", "Se não chovesse, íamos à praia amanhã às 10h", [], [NO]),
    ("pt", "LIS", "O meu irmão diz que o voo dele é sexta às 7h", [], [NO]),
    ("pt", "LIS", "Gostava de dormir até às 11h no sábado", [], [NO]),
]


# Round 6 (dev-new6-*, 2026-12-06, written before any change for it): Russian non-plans in many
# word orders and registers (availability, whereabouts, habits, timetables, wishes, other
# people's plans reported, the past, hypotheticals, questions that propose nothing), chat
# spellings and typos in every language ("2moro", "tmrw", "зафтра", "manana", "amanha", doubled
# and missing letters in day and month names, "@5", "5ish", "часов в 5"), and plans sitting
# next to stance words (a habit, a wish, a report, a refusal, the past) that must be kept.
DL = "negative-deadline"
NEW6 = [
    # English: plans
    ("en", "NY", "dinner 2moro @ 7?", ["+1d 19:00"], [AC, TY]),
    ("en", "NY", "tmrw @5 coffee w/ Sam", ["+1d 17:00"], [AC, TY]),
    ("en", "NY", "band practice wensday @ 6pm", ["wed 18:00"], [AC, TY]),
    ("en", "NY", "movie nite fri 8pm", ["fri 20:00"], [AC, TY]),
    ("en", "NY", "brunch sunday 11ish", ["sun 11:00"], [AC, TY]),
    ("en", "NY", "meetin w/ the landlord tuesdy at 3", ["tue 15:00"], [AC, TY]),
    ("en", "NY", "lets do lunch tomorow at noon", ["+1d 12:00"], [AC, TY]),
    ("en", "NY", "call w/ the bank moday 9:30am", ["mon 09:30"], [AC, TY]),
    ("en", "NY", "Septmber 3 at 10am orientation", ["09-03 10:00"], [AC, TY, "month-name"]),
    ("en", "NY", "b-day party sat @ 4", ["sat 16:00"], [AC, TY]),
    ("en", "NY", "u free 4 coffee thurs @ 10?", ["thu 10:00"], [AC, TY]),
    ("en", "NY", "tennis thrusday 5:30pm", ["thu 17:30"], [AC, TY]),
    ("en", "NY", "Aprill 10th piano recital at 2pm", ["04-10 14:00"], [AC, TY, "month-name"]),
    ("en", "NY", "I usually skip Fridays, but this Friday at 7 I'm coming to the quiz", ["fri 19:00"], [AC]),
    ("en", "NY", "She said yes! Dinner with her parents Saturday at 6pm", ["sat 18:00"], [AC]),
    ("en", "NY", "I wish we had more time, but the review is Thursday at 2pm", ["thu 14:00"], [AC]),
    ("en", "NY", "Would Tuesday at 3 work for the vet?", ["tue 15:00"], [AC]),
    ("en", "NY", "Yesterday got cancelled, so we moved the call to tomorrow at 11am", ["+1d 11:00"], [AC]),
    ("en", "NY", "Not free Friday, how about Saturday at 10 for the hike?", ["sat 10:00"], [AC]),
    # English: not plans
    ("en", "NY", "im usally home by 6", [], [NO, TY]),
    ("en", "NY", "gym evry mornin at 6", [], [NO, TY]),
    ("en", "NY", "was at the dentist yesterdy at 3", [], [NP, TY]),
    ("en", "NY", "the store opens @ 9 on wkdays", [], [NO, TY]),
    ("en", "NY", "if i had a car i'd drive 2 the lake sat @ 9", [], [NO, TY]),
    ("en", "NY", "r u working tmrw at 5?", [], [NO, TY]),
    ("en", "NY", "wish i cud sleep in til 10 2moro", [], [NO, TY]),
    ("en", "NY", "free after 4ish tmrw", [], [NO, TY]),
    ("en", "NY", "My sister says her flight lands Friday at 6", [], [NO]),
    ("en", "NY", "What time does the pharmacy close tomorrow?", [], [NO]),
    ("en", "NY", "We used to play poker on Thursdays at 8", [], [NP]),
    ("en", "NY", "tmrws practice @ 5 is canceled", [], [NC, TY]),
    ("en", "NY", "Buses run every 15 min from 6am", [], [NO]),
    ("en", "NY", "I'd have gone to the game Sat at 3 if I weren't sick", [], [NO]),
    ("en", "NY", "busy til 5 2day, sry", [], [NO, TY]),
    # Russian: plans
    ("ru", "MSK", "зафтра в 7 вечера кино, не опаздывай", ["+1d 19:00"], [AC, TY]),
    ("ru", "MSK", "завтро в 10 созвон с заказчиком", ["+1d 10:00"], [AC, TY]),
    ("ru", "MSK", "седня в 8 вечера го в бар", ["+0d 20:00"], [AC, TY]),
    ("ru", "MSK", "сёдня в 19:00 тренька", ["+0d 19:00"], [AC, TY]),
    ("ru", "MSK", "в суботу в 12 шашлыки у Коли", ["sat 12:00"], [AC, TY]),
    ("ru", "MSK", "в срееду в 15:00 стоматолог", ["wed 15:00"], [AC, TY]),
    ("ru", "MSK", "в четверк в 18:00 репетиция хора", ["thu 18:00"], [AC, TY]),
    ("ru", "MSK", "послезавтр в 9 утра анализы", ["+2d 09:00"], [AC, TY]),
    ("ru", "MSK", "в пн в 10 планёрка", ["mon 10:00"], [AC, TY]),
    ("ru", "MSK", "в чт в 19 йога", ["thu 19:00"], [AC, TY]),
    ("ru", "MSK", "в пятницу ок 6 вечера забираю тебя на дачу", ["fri 18:00"], [AC, TY]),
    ("ru", "MSK", "завтра часов в 5 пьём кофе?", ["+1d 17:00"], [AC]),
    ("ru", "MSK", "15 марта в 14:00 крестины", ["03-15 14:00"], [AC, "month-name"]),
    ("ru", "MSK", "20 апреля в 18:30 выпускной в музыкалке", ["04-20 18:30"], [AC, "month-name"]),
    ("ru", "MSK", "1 мая в 11 утра едем на пикник", ["05-01 11:00"], [AC, "month-name"]),
    ("ru", "MSK", "в васкресенье в 10 утра забег", ["sun 10:00"], [AC, TY]),
    ("ru", "MSK", "Обычно по средам не получается, но в эту среду в 19:00 давай в кино", ["wed 19:00"], [AC]),
    ("ru", "MSK", "Я свободна только в пятницу, так что запись к нотариусу в пятницу в 16:00", ["fri 16:00"], [AC]),
    ("ru", "MSK", "Маша сказала, что придёт, так что собираемся в субботу в 15:00", ["sat 15:00"], [AC]),
    ("ru", "MSK", "Хотела бы пригласить вас на новоселье в субботу в 17:00", ["sat 17:00"], [AC]),
    ("ru", "MSK", "Вчера не успели, поэтому перенесли на завтра в 11:00", ["+1d 11:00"], [AC]),
    ("ru", "MSK", "Вчера договорились: завтра в 9 утра встречаемся у метро", ["+1d 09:00"], [AC]),
    ("ru", "MSK", "В пятницу не могу, давай в субботу в 14:00", ["sat 14:00"], [AC]),
    ("ru", "MSK", "Дома буду к 6, а в 7 идём в бассейн", ["+0d 19:00"], [AC]),
    ("ru", "MSK", "Каждый год ездим к морю, а в этот раз вылет 12 июня в 6:40", ["06-12 06:40"], [AC, "month-name"]),
    ("ru", "MSK", "Ты в четверг в 7 вечера сможешь? Идём на хоккей", ["thu 19:00"], [AC]),
    ("ru", "MSK", "Я бы с удовольствием, давай в понедельник в 18:00 на теннис", ["mon 18:00"], [AC]),
    ("ru", "MSK", "Свободен? Тогда в 16:00 созвон по бюджету", ["+0d 16:00"], [AC]),
    ("ru", "MSK", "Не забудь: в пятницу в 17:00 родительское собрание", ["fri 17:00"], [AC]),
    ("ru", "MSK", "Через неделю, 11 марта, в 10 утра собеседование", ["03-11 10:00"], [AC, RP, "month-name"]),
    ("ru", "MSK", "Завтра после работы, часов в 7, идём на каток", ["+1d 19:00"], [AC]),
    ("ru", "RIGA", "в субботу в 11 утра ярмарка в Старой Риге, пойдёшь?", ["sat 11:00"], [AC]),
    # Russian: not plans
    ("ru", "MSK", "В субботу я весь день дома", [], [NO]),
    ("ru", "MSK", "Завтра после шести я свободна", [], [NO]),
    ("ru", "MSK", "Свободен буду только в четверг после 7", [], [NO]),
    ("ru", "MSK", "Я по понедельникам в 9 на планёрке", [], [NO]),
    ("ru", "MSK", "Обычно в 8 утра я уже на работе", [], [NO]),
    ("ru", "MSK", "У нас каждое утро в 9 летучка", [], [NO]),
    ("ru", "MSK", "Электрички ходят каждые 20 минут с 6 утра", [], [NO]),
    ("ru", "MSK", "Поликлиника работает с 8:00 до 20:00, в субботу до 14:00", [], [NO]),
    ("ru", "MSK", "Мечтаю в субботу поспать до обеда", [], [NO]),
    ("ru", "MSK", "Вот бы в пятницу в 6 уже быть дома", [], [NO]),
    ("ru", "MSK", "Коллега написал, что у него в среду в 11 защита проекта", [], [NO]),
    ("ru", "MSK", "Дима говорил, что улетает в понедельник в 6 утра", [], [NO]),
    ("ru", "MSK", "Вчера в 7 вечера мы были в кино", [], [NP]),
    ("ru", "MSK", "В прошлую пятницу в 3 была планёрка", [], [NP]),
    ("ru", "MSK", "Ездили на дачу в субботу к 9 утра", [], [NP]),
    ("ru", "MSK", "Если бы я не заболел, мы бы в субботу в 2 пошли на каток", [], [NO]),
    ("ru", "MSK", "Будь у меня машина, я бы завтра в 7 поехал на рыбалку", [], [NO]),
    ("ru", "MSK", "Пошёл бы в пятницу в 8 на концерт, да билетов нет", [], [NO]),
    ("ru", "MSK", "Во сколько завтра открывается банк?", [], [NO]),
    ("ru", "MSK", "Ты в четверг в 5 работаешь?", [], [NO]),
    ("ru", "MSK", "Ты во сколько обычно обедаешь?", [], [NO]),
    ("ru", "MSK", "Кто завтра в 9 дежурит?", [], [NO]),
    ("ru", "MSK", "Завтрашняя тренировка в 18:00 отменяется", [], [NC]),
    ("ru", "MSK", "Завтра в 10 я не приду", [], [NO]),
    ("ru", "MSK", "Завтра в 15:00 обещают грозу", [], [NO]),
    ("ru", "MSK", "я абычно в 7 встаю", [], [NO, TY]),
    ("ru", "MSK", "завтра с 2 до 4 свабоден", [], [NO, TY]),
    ("ru", "MSK", "в чатверг после 6 я дома", [], [NO, TY]),
    ("ru", "MSK", "вчира в 8 были в кафе", [], [NP, TY]),
    ("ru", "MSK", "кажду субботу в 9 зарядка", [], [NO, TY]),
    ("ru", "MSK", "Мне бы в воскресенье выспаться до 11", [], [NO]),
    ("ru", "MSK", "Вечерами после 8 я обычно на связи", [], [NO]),
    ("ru", "MSK", "Раньше мы по пятницам в 7 ходили в баню", [], [NP]),
    ("ru", "MSK", "Отчёт нужно сдать до пятницы 18:00", [], [DL]),
    ("ru", "MSK", "Соседи говорят, что воду отключат завтра с 10 до 14", [], [NO]),
    ("ru", "MSK", "По расписанию последний автобус в 23:40", [], [NO]),
    ("ru", "MSK", "Интересно, во сколько завтра стемнеет", [], [NO]),
    ("ru", "RIGA", "Сестра пишет, что у них в субботу в 12 утренник в садике", [], [NO]),
    ("ru", "RIGA", "по субботам в 10 у нас басейн", [], [NO, TY]),
    # Spanish: plans
    ("es", "MAD", "manana a las 5 cafe?", ["+1d 17:00"], [AC, TY]),
    ("es", "MAD", "el bierns a las 8 de la noche cena", ["fri 20:00"], [AC, TY]),
    ("es", "MAD", "nos vemos el sabdo a las 12", ["sat 12:00"], [AC, TY]),
    ("es", "MAD", "q tal el mierkoles a las 6 de la tarde pa la peli", ["wed 18:00"], [AC, TY]),
    ("es", "MAD", "cita medica el lune a las 9:30", ["mon 09:30"], [AC, TY]),
    ("es", "MAD", "partido de futbol el domigo a las 11", ["sun 11:00"], [AC, TY]),
    ("es", "MAD", "reu mñn a ls 10", ["+1d 10:00"], [AC, TY]),
    ("es", "MAD", "clase de baile el juebes a las 7 de la tarde", ["thu 19:00"], [AC, TY]),
    ("es", "MAD", "el 15 de abirl a las 18:00 la boda de Pepe", ["04-15 18:00"], [AC, TY, "month-name"]),
    ("es", "MAD", "Normalmente no salgo entre semana, pero el miércoles a las 8 de la noche vamos al teatro", ["wed 20:00"], [AC]),
    ("es", "MAD", "Me dijo que sí, así que cenamos el sábado a las 9 de la noche", ["sat 21:00"], [AC]),
    ("es", "MAD", "Ojalá no llueva, porque el domingo a las 10 es la excursión", ["sun 10:00"], [AC]),
    ("es", "MAD", "No puedo el viernes, ¿qué tal el sábado a las 11 para el mercado?", ["sat 11:00"], [AC]),
    ("es", "MAD", "Ayer no pudimos, así que la reunión pasa a mañana a las 4 de la tarde", ["+1d 16:00"], [AC]),
    ("es", "MAD", "tngo dentista el martes a las 10 d la mañana", ["tue 10:00"], [AC, TY]),
    ("es", "MEX", "vamos al cine mañana como a las 7 de la noche", ["+1d 19:00"], [AC]),
    ("es", "MEX", "pozole en casa de mi tía el domingo a las 2", ["sun 14:00"], [AC]),
    # Spanish: not plans
    ("es", "MAD", "normalmnte como a las 2", [], [NO, TY]),
    ("es", "MAD", "los sabados abrimos a las 10", [], [NO, TY]),
    ("es", "MAD", "ayer a las 8 fuimos al cine", [], [NP]),
    ("es", "MAD", "manana estoy libre dsd las 4", [], [NO, TY]),
    ("es", "MAD", "¿A qué hora cierra el banco mañana?", [], [NO]),
    ("es", "MAD", "Mi jefe dice q mañana a las 9 tiene junta", [], [NO, TY]),
    ("es", "MAD", "Si tuviéramos coche iríamos a la playa el domingo a las 10", [], [NO]),
    ("es", "MAD", "Todos los jueves a las 7 voy a natación", [], [NO]),
    ("es", "MAD", "El martes pasado a las 6 tuvimos ensayo", [], [NP]),
    ("es", "MAD", "La clase de mañana a las 10 se cancela", [], [NC]),
    ("es", "MAD", "Qué ganas de dormir hasta las 12 el domingo", [], [NO]),
    ("es", "MAD", "Suelo llegar a casa sobre las 7", [], [NO]),
    ("es", "MEX", "¿trabajas mañana a las 5?", [], [NO]),
    ("es", "MEX", "Los domingos el tianguis se pone desde las 8", [], [NO]),
    ("es", "MEX", "mi prima dice que se casa el 20 de junio", [], [NO]),
    ("es", "MAD", "Hay que entregar el informe antes del viernes a las 14:00", [], [DL]),
    # Portuguese: plans
    ("pt", "SP", "amanha as 10 reuniao com o cliente", ["+1d 10:00"], [AC, TY]),
    ("pt", "SP", "sabado as 15h churras na casa do Ze", ["sat 15:00"], [AC, TY]),
    ("pt", "SP", "bora no cinema sexta 20h?", ["fri 20:00"], [AC]),
    ("pt", "SP", "consulta quarta as 9 da manha", ["wed 09:00"], [AC, TY]),
    ("pt", "SP", "aula de violao terca as 18h", ["tue 18:00"], [AC, TY]),
    ("pt", "SP", "dia 20 de marco as 19h formatura da Lu", ["03-20 19:00"], [AC, TY, "month-name"]),
    ("pt", "SP", "domigo 10h missa", ["sun 10:00"], [AC, TY]),
    ("pt", "SP", "vc ta livre qui? churrasco as 19h", ["thu 19:00"], [AC, TY]),
    ("pt", "SP", "segnda as 8h comeca a academia", ["mon 08:00"], [AC, TY]),
    ("pt", "SP", "Normalmente não saio à noite, mas sexta às 21h vamos ao teatro", ["fri 21:00"], [AC]),
    ("pt", "SP", "A Bia disse que vem, então o almoço é domingo às 13h", ["sun 13:00"], [AC]),
    ("pt", "SP", "Queria muito te ver, topa café amanhã às 16h?", ["+1d 16:00"], [AC]),
    ("pt", "SP", "Sexta não dá, que tal sábado às 10h pra trilha?", ["sat 10:00"], [AC]),
    ("pt", "SP", "amanhã lá pelas 5 da tarde a gente passa aí", ["+1d 17:00"], [AC]),
    ("pt", "LIS", "amanha as 18h jantar de anos da Rita", ["+1d 18:00"], [AC, TY]),
    ("pt", "LIS", "sabado as 11h treino de natacao do Tomas", ["sat 11:00"], [AC, TY]),
    ("pt", "LIS", "Ontem não deu, por isso passámos a reunião para segunda às 9h30", ["mon 09:30"], [AC]),
    # Portuguese: not plans
    ("pt", "SP", "normalmente almoco as 12h", [], [NO, TY]),
    ("pt", "SP", "a farmacia abre as 8h de segunda a sexta", [], [NO, TY]),
    ("pt", "SP", "ontem as 20h fomos ao show", [], [NP, TY]),
    ("pt", "SP", "to livre amanha depois das 14h", [], [NO, TY]),
    ("pt", "SP", "meu chefe disse q tem reuniao amanha as 9h", [], [NO, TY]),
    ("pt", "SP", "se eu tivesse grana ia no show sabado", [], [NO, TY]),
    ("pt", "SP", "toda sexta as 18h tem happy hour", [], [NO, TY]),
    ("pt", "SP", "que horas abre o mercado amanha?", [], [NO, TY]),
    ("pt", "SP", "A aula de amanhã às 8h foi cancelada", [], [NC]),
    ("pt", "SP", "Semana passada, na quinta às 19h, teve ensaio", [], [NP]),
    ("pt", "SP", "Como eu queria dormir até as 11h no domingo", [], [NO]),
    ("pt", "LIS", "Às terças saio do trabalho às 17h", [], [NO]),
    ("pt", "LIS", "Estás a trabalhar amanhã às 10h?", [], [NO]),
    ("pt", "LIS", "O comboio para o Porto sai de hora a hora", [], [NO]),
    ("pt", "SP", "Tem que entregar o relatório até sexta às 18h", [], [DL]),
]


# Round 7 (dev-new7-*, 2026-12-07, written before any change for it): English and Portuguese
# non-plans of every kind (availability, habits, timetables, wishes, other people's plans, the
# past, cancelled or postponed without a new time, hypotheticals, questions that propose
# nothing) next to plans that share their words; a bare "at 7" in a social plan, proposals that
# name no activity ("давай в субботу в 14:00"), chat abbreviations ("tmrw", "mñn", "amnh"); and
# longer messages (formal emails, several sentences with one plan among statements).
NEW7 = [
    # English: plans
    ("en", "NY", "drinks with the team friday at 7", ["fri 19:00"], [AC]),
    ("en", "NY", "Sam's birthday thing is Saturday at 8, you coming?", ["sat 20:00"], [AC]),
    ("en", "NY", "bowling tmrw at 7, bring socks", ["+1d 19:00"], [AC, TY]),
    ("en", "NY", "See you Thursday at 6:30 for the book club", ["thu 18:30"], [AC]),
    ("en", "NY", "I'm free after 5 tomorrow, so let's grab a beer at 6", ["+1d 18:00"], [AC]),
    ("en", "NY", "I usually work late on Tuesdays, but let's do dinner next Tuesday at 8", ["tue 20:00"], [AC]),
    ("en", "NY", "Hi all, quick update. The server migration went fine last night and the dashboards are back. Next step: the retro is on Monday at 11am in room 4. Thanks, Dana", ["mon 11:00"], [AC]),
    ("en", "NY", "Dear Mr. Alvarez, Thank you for your email. Our office hours are 9 to 5, Monday to Friday. I would like to propose a meeting on Thursday, March 12 at 2:30 pm to review the contract. Best regards, Helen", ["03-12 14:30"], [AC, "month-name"]),
    ("en", "NY", "The kids have swim practice every Saturday at 9, but this Sunday at 10 we're going to the zoo", ["sun 10:00"], [AC]),
    ("en", "NY", "Her flight lands at 6, so let's pick her up together tomorrow at 5:30pm", ["+1d 17:30"], [AC]),
    ("en", "NY", "The meeting got cancelled yesterday; rescheduled for Friday at 3pm", ["fri 15:00"], [AC]),
    ("en", "NY", "Can we do Thursday at 4 instead?", ["thu 16:00"], []),
    ("en", "NY", "tmrw at 8 pm movie night at mine", ["+1d 20:00"], [AC, TY]),
    ("en", "NY", "Let's meet up sometime Saturday around 2", ["sat 14:00"], []),
    ("en", "NY", "Are you free Friday at 7? Thinking pizza and a movie", ["fri 19:00"], [AC]),
    ("en", "NY", "Would you like to come over for dinner on Sunday at 6?", ["sun 18:00"], [AC]),
    ("en", "NY", "Quick reminder that parent-teacher conferences are tomorrow at 4:15pm", ["+1d 16:15"], [AC]),
    ("en", "NY", "Got your message. I can't do Monday, but Tuesday at 10am works for the call.", ["tue 10:00"], [AC]),
    ("en", "NY", "Our gym opens at 6am, so let's do a workout together tomorrow at 6:30am", ["+1d 06:30"], [AC]),
    # English: not plans
    ("en", "NY", "I'm around tomorrow after 3 if anything comes up", [], [NO]),
    ("en", "NY", "I usually grab coffee at 10 on weekdays", [], [NO]),
    ("en", "NY", "The pharmacy is open till 9 on Fridays", [], [NO]),
    ("en", "NY", "Trains to Boston leave every hour at a quarter past", [], [NO]),
    ("en", "NY", "I wish I could go to the concert Saturday at 8", [], [NO]),
    ("en", "NY", "My brother has a job interview tomorrow at 9", [], [NO]),
    ("en", "NY", "Jen and Mark are having dinner Friday at 7", [], [NO]),
    ("en", "NY", "We had drinks at 7 last Friday", [], [NP]),
    ("en", "NY", "The call on Thursday at 2 is cancelled", [], [NC]),
    ("en", "NY", "Friday's dinner at 8 is postponed, will let you know the new date", [], [NC]),
    ("en", "NY", "If it weren't raining we'd be at the beach at 10 tomorrow", [], [NO]),
    ("en", "NY", "Did you go to the gym at 6 yesterday?", [], [NP]),
    ("en", "NY", "What time is the game on Saturday?", [], [NO]),
    ("en", "NY", "Is the library open on Sunday at 10?", [], [NO]),
    ("en", "NY", "Who's picking up the kids tomorrow at 3?", [], [NO]),
    ("en", "NY", "Hi team, a few notes from today. Sales were up 4% in February. The office will be closed on Monday for maintenance. Payroll goes out on Friday at 5pm as usual. Thanks, Rick", [], [NO]),
    ("en", "NY", "Dear Ms. Kim, I am writing to let you know that I was unable to attend the workshop yesterday at 2 pm due to illness. I apologise for any inconvenience. Kind regards, Paul", [], [NP]),
    ("en", "NY", "tmrw im busy til 6 sry", [], [NO, TY]),
    ("en", "NY", "Used to have piano lessons on Wednesdays at 4", [], [NP]),
    ("en", "NY", "Dinner with the Smiths Saturday at 7 is off, they're sick", [], [NC]),
    ("en", "NY", "I'd love to go skiing on Saturday at 9 but my knee says no", [], [NO]),
    # Portuguese: plans
    ("pt", "SP", "Bora tomar uma cerveja sexta às 7?", ["fri 19:00"], [AC]),
    ("pt", "SP", "amnh às 8 pizza lá em casa", ["+1d 20:00"], [AC, TY]),
    ("pt", "SP", "jantar amnh as 20h?", ["+1d 20:00"], [AC, TY]),
    ("pt", "SP", "Que tal sábado às 15h no parque?", ["sat 15:00"], []),
    ("pt", "SP", "Vamos marcar no sábado às 14h", ["sat 14:00"], []),
    ("pt", "SP", "Estou livre depois das 17h amanhã, então vamos ao cinema às 19h", ["+1d 19:00"], [AC]),
    ("pt", "SP", "Normalmente não vou à academia às sextas, mas nesta sexta às 18h eu vou contigo", ["fri 18:00"], [AC]),
    ("pt", "LIS", "Olá Carla, tudo bem? Ontem a reunião correu bem e o cliente gostou da proposta. Podemos fazer o ponto da situação na segunda às 10h? Abraço, Rui", ["mon 10:00"], [AC]),
    ("pt", "SP", "Prezado Sr. Almeida, agradeço o retorno. Conforme combinado, gostaria de agendar a assinatura do contrato para quinta-feira, dia 12 de março, às 14h30. Atenciosamente, Fernanda", ["03-12 14:30"], [AC, "month-name"]),
    ("pt", "SP", "O treino de ontem foi cancelado, então remarcamos para sábado às 9h", ["sat 09:00"], [AC]),
    ("pt", "LIS", "Aniversário da Bia sábado às 8 da noite, vens?", ["sat 20:00"], [AC]),
    ("pt", "SP", "Churrasco domingo ao meio-dia na casa do Zé", ["sun 12:00"], [AC]),
    ("pt", "SP", "Você pode quinta às 16h? Seria para revisar o orçamento", ["thu 16:00"], [AC]),
    ("pt", "SP", "Podemos almoçar juntos amanhã às 13h?", ["+1d 13:00"], [AC]),
    ("pt", "SP", "Minha mãe chega às 6, então vamos buscá-la juntos amanhã às 17h30", ["+1d 17:30"], [AC]),
    # Portuguese: not plans
    ("pt", "LIS", "Estou disponível amanhã de manhã, se precisares", [], [NO]),
    ("pt", "SP", "Costumo almoçar ao meio-dia", [], [NO]),
    ("pt", "SP", "A farmácia abre às 8h aos sábados", [], [NO]),
    ("pt", "SP", "Os ônibus passam de 20 em 20 minutos a partir das 6h", [], [NO]),
    ("pt", "SP", "Queria muito ir ao show sábado às 21h, mas não tenho ingresso", [], [NO]),
    ("pt", "SP", "O Pedro e a Marta vão jantar fora sexta às 20h", [], [NO]),
    ("pt", "LIS", "O meu pai tem consulta amanhã às 10h", [], [NO]),
    ("pt", "SP", "Ontem às 19h jantamos com os vizinhos", [], [NP]),
    ("pt", "SP", "A reunião de quinta às 15h foi cancelada", [], [NC]),
    ("pt", "SP", "O jogo de sábado às 16h foi adiado, ainda sem nova data", [], [NC]),
    ("pt", "SP", "Se eu tivesse tempo, ia correr amanhã às 7h", [], [NO]),
    ("pt", "SP", "Que horas começa o jogo no domingo?", [], [NO]),
    ("pt", "SP", "Você foi à academia ontem às 18h?", [], [NP]),
    ("pt", "SP", "Quem vai buscar as crianças amanhã às 17h?", [], [NO]),
    ("pt", "SP", "tô ocupado amnh até as 18h", [], [NO, TY]),
    ("pt", "LIS", "Bom dia a todos. O relatório mensal já está na pasta partilhada. Lembro que o escritório fecha às 18h às sextas. Obrigado, Luís", [], [NO]),
    ("pt", "SP", "Prezada Dra. Souza, informo que não pude comparecer à consulta de ontem às 15h por motivo de saúde. Peço desculpas. Atenciosamente, Márcio", [], [NP]),
    ("pt", "SP", "Antigamente jogávamos futebol às quartas às 20h", [], [NP]),
    ("pt", "SP", "Quem me dera estar de férias na segunda às 9h", [], [NO]),
    # Russian
    ("ru", "MSK", "давай в субботу в 14:00", ["sat 14:00"], []),
    ("ru", "MSK", "Давай завтра в 7, посидим в баре", ["+1d 19:00"], [AC]),
    ("ru", "MSK", "Может, в пятницу в 8 у нас? Пиццу закажем", ["fri 20:00"], [AC]),
    ("ru", "MSK", "Добрый день, Ирина! Спасибо за ответ. Наш офис работает с 9 до 18. Предлагаю встретиться в четверг, 12 марта, в 15:00 для обсуждения договора. С уважением, Олег", ["03-12 15:00"], [AC, "month-name"]),
    ("ru", "MSK", "го завтра в 7 в кино", ["+1d 19:00"], [AC, TY]),
    ("ru", "MSK", "Я завтра весь день на связи", [], [NO]),
    ("ru", "MSK", "Обычно я обедаю в 13:00", [], [NO]),
    ("ru", "MSK", "Вчера в 7 сидели в баре", [], [NP]),
    ("ru", "MSK", "Встречу в пятницу в 15:00 отменили, новую дату пока не назначили", [], [NC]),
    ("ru", "MSK", "Если бы не дождь, мы бы завтра в 10 пошли в парк", [], [NO]),
    ("ru", "MSK", "Во сколько завтра начинается матч?", [], [NO]),
    ("ru", "MSK", "Коллеги, напоминаю, что в пятницу бухгалтерия работает до 16:00. Отчёты принимаем как обычно. Спасибо!", [], [NO]),
    # Spanish
    ("es", "MAD", "reu mñn a las 10", ["+1d 10:00"], [AC, TY]),
    ("es", "MAD", "cena mñn a las 9?", ["+1d 21:00"], [AC, TY]),
    ("es", "MAD", "¿Quedamos el sábado a las 12?", ["sat 12:00"], []),
    ("es", "MAD", "Nos vemos el viernes a las 8 para tomar algo", ["fri 20:00"], [AC]),
    ("es", "MAD", "Estimada Sra. López: le agradezco su respuesta. Nuestro horario de atención es de 9 a 14. Le propongo una reunión el jueves 2 de abril a las 11:00 para revisar el presupuesto. Atentamente, Javier", ["04-02 11:00"], [AC, "month-name"]),
    ("es", "MAD", "Mañana estoy libre toda la tarde", [], [NO]),
    ("es", "MAD", "Suelo correr a las 7 por la mañana", [], [NO]),
    ("es", "MAD", "El museo cierra a las 8 los lunes", [], [NO]),
    ("es", "MAD", "Ayer a las 9 fuimos al cine", [], [NP]),
    ("es", "MAD", "La reunión del viernes a las 10 se ha cancelado", [], [NC]),
    ("es", "MAD", "Mi hermana tiene una entrevista mañana a las 9", [], [NO]),
    ("es", "MAD", "¿A qué hora empieza el partido el domingo?", [], [NO]),
    ("es", "MAD", "Si tuviera coche, iría mañana a las 8 a la sierra", [], [NO]),
    ("es", "MAD", "mñn trabajo hasta las 6", [], [NO, TY]),
]



# Round 8 (dev-new8-*, 2026-12-07, written before any change for it): whose plan it is (other
# people's plans reported, negative unless the writer joins or meets them; organisers'
# confirmations and invitations to the reader, positive), times said in words ("half past
# four", "quarter to nine", "в полпятого", "без четверти пять", "a las ocho menos cuarto", "às
# oito e um quarto", "ao meio-dia"), voice-transcribed run-ons without punctuation, chat
# spellings and typos, and plans cancelled or moved (moved with a new time: a plan then;
# postponed or cancelled without one: a cancelled negative). Russian weighted, 40 % negative.
NEW_REFS.update({
    "KYIV": ("Europe/Kyiv", "2026-03-26 11:20"), "BOG": ("America/Bogota", "2026-10-29 09:10"),
})
SPK, RPT, FM, VC, MV = "spoken-time", "reported", "formal", "voice", "moved"
QU, HB, TT, HY = "question", "habit", "timetable", "hypothetical"
NEW8 = [
    # English: plans
    ("en", "NY", "We're going to my sister's recital Friday at 6", ["fri 18:00"], [AC]),
    ("en", "NY", "Sarah's having a barbecue Sunday at 2 and we're going", ["sun 14:00"], [AC]),
    ("en", "NY", "Confirming your onboarding session Tuesday at 10:00 with the HR team", ["tue 10:00"], [AC, FM]),
    ("en", "NY", "Hi Ms. Patel, this is to confirm your appointment with Dr. Reyes on Monday, March 9 at 2:15 pm. Please arrive 10 minutes early.", ["03-09 14:15"], [AC, FM, "month-name"]),
    ("en", "NY", "You're invited to our product launch on Thursday at 5pm, drinks after", ["thu 17:00"], [AC, FM]),
    ("en", "NY", "Reminder: your parent-teacher meeting is scheduled for Tuesday at 4:30 pm", ["tue 16:30"], [AC, FM]),
    ("en", "NY", "lets meet at half past four tomorrow", ["+1d 16:30"], [SPK]),
    ("en", "NY", "Dinner at seven thirty on Saturday?", ["sat 19:30"], [AC, SPK]),
    ("en", "NY", "call with the landlord at quarter to nine tomorrow morning", ["+1d 08:45"], [AC, DP, SPK]),
    ("en", "NY", "Meet you at the station at quarter past six on Friday", ["fri 18:15"], [SPK]),
    ("en", "LON", "Book club's moved to Monday at half past seven in the evening", ["mon 19:30"], [AC, DP, SPK, MV]),
    ("en", "NY", "hey so um tomorrow at ten I have the dentist and then we could grab lunch after if you want", ["+1d 10:00"], [AC, VC]),
    ("en", "NY", "ok so the plan is we meet at the park saturday at eleven and bring the frisbee", ["sat 11:00"], [VC]),
    ("en", "NY", "just checking we're still on for drinks friday at seven my treat", ["fri 19:00"], [AC, VC]),
    ("en", "NY", "dentst appt thrusday @ 3:30", ["thu 15:30"], [AC, TY]),
    ("en", "NY", "piza nite w/ the gang satuday at 8", ["sat 20:00"], [AC, TY]),
    ("en", "NY", "cofee tmrw morning at 9?", ["+1d 09:00"], [AC, TY, DP]),
    ("en", "NY", "The review got pushed to Monday at 11", ["mon 11:00"], [AC, MV]),
    ("en", "NY", "Rain check on tonight, can we do tomorrow at 6 instead?", ["+1d 18:00"], [MV]),
    ("en", "NY", "Tennis is moved from Thursday to Friday, same time, 5pm", ["fri 17:00"], [AC, MV]),
    ("en", "NY", "My mom lands at 3 on Saturday and I'm picking her up at the airport", ["sat 15:00"], [AC]),
    ("en", "NY", "Tom's gig is Friday at 9, we're all going", ["fri 21:00"], [AC]),
    ("en", "NY", "We'll join Anna's birthday dinner on Sunday at 7pm", ["sun 19:00"], [AC]),
    # English: not plans
    ("en", "NY", "My sister has her recital Friday at 6", [], [NO, RPT]),
    ("en", "NY", "Jake's got a job interview on Monday at 9:30", [], [NO, RPT]),
    ("en", "NY", "My parents are flying to Denver Saturday at 7am", [], [NO, RPT]),
    ("en", "NY", "Is your brother's surgery on Thursday at 8?", [], [NO, QU]),
    ("en", "NY", "The meeting tomorrow at half past ten is cancelled", [], [NC, SPK]),
    ("en", "NY", "Friday's dinner at 8 has been postponed until further notice", [], [NC]),
    ("en", "NY", "we were gonna do brunch sunday at 11 but its off now", [], [NC, VC, TY]),
    ("en", "NY", "so yeah the plumber came at quarter past nine yesterday and it took forever", [], [NP, VC, SPK]),
    ("en", "NY", "my boss has a board meeting at half past two tomorrow so she wont be around", [], [NO, RPT, VC, SPK]),
    ("en", "LON", "the kids have swim lessons every tuesday at half four", [], [NO, HB, SPK]),
    ("en", "NY", "The pharmacy closes at half past eight on weekdays", [], [NO, TT, SPK]),
    ("en", "NY", "I'd go to the match Saturday at 3 if I had a ticket", [], [NO, HY]),
    ("en", "NY", "Emma and Josh are meeting for coffee tmrw at 10", [], [NO, RPT, TY]),
    ("en", "NY", "Can't make it Thursday at 7, sorry, something came up", [], [NC]),
    # Russian: plans
    ("ru", "MSK", "Идём на концерт моей сестры в пятницу в 18:00", ["fri 18:00"], [AC]),
    ("ru", "MSK", "Подтверждаем вашу запись к врачу на понедельник, 9 марта, в 11:30", ["03-09 11:30"], [AC, FM, "month-name"]),
    ("ru", "MSK", "Приглашаем вас на презентацию нового продукта в четверг в 15:00", ["thu 15:00"], [AC, FM]),
    ("ru", "MSK", "Уважаемый клиент! Напоминаем, что ваш визит в сервисный центр назначен на завтра на 10:00", ["+1d 10:00"], [AC, FM]),
    ("ru", "MSK", "Встречаемся в полпятого у метро", ["+0d 16:30"], [SPK]),
    ("ru", "MSK", "Давай завтра без четверти пять у входа", ["+1d 16:45"], [SPK]),
    ("ru", "MSK", "Кино в половине седьмого в субботу", ["sat 18:30"], [AC, SPK]),
    ("ru", "MSK", "Созвон в пятницу в полдесятого утра", ["fri 09:30"], [AC, SPK, DP]),
    ("ru", "MSK", "Завтра в четверть восьмого вечера ужин у родителей", ["+1d 19:15"], [AC, SPK, DP]),
    ("ru", "MSK", "В воскресенье в полдень пикник в парке", ["sun 12:00"], [AC]),
    ("ru", "MSK", "Тренировка во вторник без пятнадцати семь вечера", ["tue 18:45"], [AC, SPK, DP]),
    ("ru", "MSK", "Собираемся у Лены в субботу к восьми вечера", ["sat 20:00"], [AC, DP, SPK]),
    ("ru", "MSK", "короче завтра в семь вечера идём в боулинг возьми носки", ["+1d 19:00"], [AC, VC, SPK]),
    ("ru", "MSK", "слушай давай в субботу часа в три встретимся у фонтана а потом погуляем", ["sat 15:00"], [VC, SPK]),
    ("ru", "MSK", "ну в общем мы в пятницу в шесть вечера у Димы собираемся приходи", ["fri 18:00"], [VC, SPK]),
    ("ru", "MSK", "напоминаю что завтра в десять утра у нас планёрка не опаздывайте", ["+1d 10:00"], [AC, VC, SPK]),
    ("ru", "MSK", "завтро в 7 вечера кафе", ["+1d 19:00"], [AC, TY, DP]),
    ("ru", "MSK", "днюха в субботу в 3 часа дня, приходите все", ["sat 15:00"], [AC, TY]),
    ("ru", "MSK", "встеча в пятницу в 14:00", ["fri 14:00"], [AC, TY]),
    ("ru", "MSK", "седня в 5 созвонимся", ["+0d 17:00"], [AC, TY]),
    ("ru", "MSK", "в чтв в 18:30 йога", ["thu 18:30"], [AC, TY]),
    ("ru", "MSK", "Планёрку перенесли на понедельник на 11:00", ["mon 11:00"], [AC, MV]),
    ("ru", "MSK", "Матч отменили, а тренировку перенесли на завтра на 17:00", ["+1d 17:00"], [AC, MV]),
    ("ru", "MSK", "Встречу переносим с четверга на пятницу, в то же время, в 15:00", ["fri 15:00"], [AC, MV]),
    ("ru", "MSK", "Мама прилетает в субботу в 14:00, едем её встречать", ["sat 14:00"], [AC]),
    ("ru", "MSK", "Мы идём на свадьбу к брату в субботу в 16:00", ["sat 16:00"], [AC]),
    ("ru", "MSK", "Ждём вас на дне открытых дверей в воскресенье в 11:00", ["sun 11:00"], [AC, FM]),
    ("ru", "RIGA", "В понедельник в половине девятого утра собрание", ["mon 08:30"], [AC, SPK, DP]),
    ("ru", "RIGA", "Ужин в субботу в полвосьмого", ["sat 19:30"], [AC, SPK]),
    ("ru", "KYIV", "Приходи в пятницу к половине седьмого, будем отмечать", ["fri 18:30"], [AC, SPK]),
    # Russian: not plans
    ("ru", "MSK", "У моей сестры концерт в пятницу в 18:00", [], [NO, RPT]),
    ("ru", "MSK", "У Саши завтра в 9 собеседование", [], [NO, RPT]),
    ("ru", "MSK", "Родители в субботу в 7 утра уезжают на дачу", [], [NO, RPT]),
    ("ru", "MSK", "Коллеги в четверг в 15:00 идут на тимбилдинг, а я в отпуске", [], [NO, RPT]),
    ("ru", "MSK", "Во сколько у брата операция во вторник?", [], [NO, QU]),
    ("ru", "MSK", "Встреча в пятницу в полпятого отменяется", [], [NC, SPK]),
    ("ru", "MSK", "Планёрку в четверг в 10 перенесли, новое время сообщат позже", [], [NC]),
    ("ru", "MSK", "Завтрашний ужин в 7 отменили, все заболели", [], [NC]),
    ("ru", "MSK", "Вчера в половине восьмого были в театре", [], [NP, SPK]),
    ("ru", "MSK", "короче вчера в полшестого ходили к врачу всё нормально", [], [NP, VC, SPK]),
    ("ru", "MSK", "Аптека работает до половины девятого", [], [NO, TT, SPK]),
    ("ru", "MSK", "По субботам в полдень у нас рынок во дворе", [], [NO, HB]),
    ("ru", "MSK", "Лена с Максом завтра в 8 идут в кино", [], [NO, RPT]),
    ("ru", "MSK", "Если бы не работа, я бы в пятницу в 6 пошёл на футбол", [], [NO, HY]),
    ("ru", "MSK", "ну у мамы завтра в десять утра приём у врача она сама доедет", [], [NO, VC, RPT, SPK]),
    ("ru", "MSK", "Дети в четверг в 15:00 едут на экскурсию со школой", [], [NO, RPT]),
    ("ru", "MSK", "Я не смогу в субботу в 3, извини", [], [NC]),
    ("ru", "MSK", "У шефа в понедельник в 11 совещание с инвесторами", [], [NO, RPT]),
    ("ru", "MSK", "Свадьбу 20 июня в 15:00 перенесли на неопределённый срок", [], [NC, "month-name"]),
    ("ru", "MSK", "В пятницу в 7 вечера у соседей новоселье, нас не звали", [], [NO, RPT]),
    # Spanish: plans
    ("es", "MAD", "Vamos al recital de mi hermana el viernes a las 6 de la tarde", ["fri 18:00"], [AC, DP]),
    ("es", "MAD", "Le confirmamos su cita con el dentista el lunes 30 de marzo a las 10:30", ["03-30 10:30"], [AC, FM, "month-name"]),
    ("es", "MAD", "Le invitamos a la presentación del libro el jueves 2 de abril a las 19:00", ["04-02 19:00"], [AC, FM, "month-name"]),
    ("es", "MAD", "Quedamos a las cinco y media en la plaza", ["+0d 17:30"], [SPK]),
    ("es", "MAD", "Mañana a las ocho menos cuarto de la tarde cenamos en casa de Luis", ["+1d 19:45"], [AC, SPK, DP]),
    ("es", "MAD", "El sábado a las once y cuarto partido de pádel", ["sat 11:15"], [AC, SPK]),
    ("es", "MAD", "La reunión es el lunes a las nueve y media de la mañana", ["mon 09:30"], [AC, SPK, DP]),
    ("es", "MAD", "Comemos el domingo a mediodía en casa de la abuela", ["sun 12:00"], [AC]),
    ("es", "MAD", "oye pues mañana a las siete de la tarde vamos al cine con los chicos te apuntas", ["+1d 19:00"], [AC, VC, SPK, DP]),
    ("es", "MAD", "bueno entonces quedamos el viernes a las diez en la puerta del museo vale", ["fri 10:00"], [VC, SPK]),
    ("es", "MAD", "cita con el medico el mierkoles a las 4", ["wed 16:00"], [AC, TY]),
    ("es", "MAD", "cumple de Sara el sabado a las 5 porfa no faltes", ["sat 17:00"], [AC, TY]),
    ("es", "MAD", "kedamos mñn a las 6?", ["+1d 18:00"], [TY]),
    ("es", "MAD", "La clase de yoga se pasa al martes a las 7 de la tarde", ["tue 19:00"], [AC, MV, DP]),
    ("es", "MAD", "Han movido la reunión al viernes a las 12", ["fri 12:00"], [AC, MV]),
    ("es", "MEX", "Mi papá llega el sábado a las 3 y vamos a recogerlo al aeropuerto", ["sat 15:00"], [AC]),
    ("es", "MEX", "Te esperamos en la boda de mi prima el sábado 14 de marzo a las 5 de la tarde", ["03-14 17:00"], [AC, "month-name", DP]),
    ("es", "SCL", "El domingo a las diez y media vamos a misa con la familia", ["sun 10:30"], [AC, SPK]),
    ("es", "BOG", "Confirmamos su reserva para dos personas el sábado a las 8 de la noche", ["sat 20:00"], [AC, FM, DP]),
    # Spanish: not plans
    ("es", "MAD", "Mi hermana tiene su recital el viernes a las 6", [], [NO, RPT]),
    ("es", "MAD", "Mis padres salen de viaje el sábado a las siete de la mañana", [], [NO, RPT, SPK]),
    ("es", "MAD", "Pedro y Lucía van a cenar el viernes a las nueve", [], [NO, RPT, SPK]),
    ("es", "MAD", "¿A qué hora es la operación de tu tío el martes?", [], [NO, QU]),
    ("es", "MAD", "La cena del sábado a las 9 se ha aplazado, ya os diremos la nueva fecha", [], [NC]),
    ("es", "MAD", "Se cancela la clase de mañana a las cinco y media", [], [NC, SPK]),
    ("es", "MAD", "ayer a las ocho y media fuimos al teatro y estuvo genial", [], [NP, VC, SPK]),
    ("es", "MAD", "El banco abre a las ocho y media de lunes a viernes", [], [NO, TT, SPK]),
    ("es", "MAD", "Los martes a las seis y cuarto tengo inglés", [], [NO, HB, SPK]),
    ("es", "MAD", "Si no lloviera iríamos a la playa mañana a las diez", [], [NO, HY, SPK]),
    ("es", "MAD", "mi jefe tiene reunion con los inversores el lunes a las 11", [], [NO, RPT, TY]),
    ("es", "MAD", "No puedo el jueves a las 7, lo siento", [], [NC]),
    ("es", "MAD", "pues nada que mi hermano tiene el examen de conducir mañana a las nueve y está nerviosísimo", [], [NO, VC, RPT, SPK]),
    # Portuguese: plans
    ("pt", "SP", "Vamos ao recital da minha irmã na sexta às 18h", ["fri 18:00"], [AC]),
    ("pt", "LIS", "Confirmamos a sua consulta de fisioterapia na segunda-feira, 26 de outubro, às 9h30", ["10-26 09:30"], [AC, FM, "month-name"]),
    ("pt", "SP", "Convidamos você para o lançamento do livro na quinta às 19h", ["thu 19:00"], [AC, FM]),
    ("pt", "SP", "Te encontro no café às quatro e meia", ["+0d 16:30"], [SPK]),
    ("pt", "SP", "Amanhã às oito e um quarto reunião com o cliente", ["+1d 08:15"], [AC, SPK]),
    ("pt", "SP", "Almoço de família no domingo ao meio-dia", ["sun 12:00"], [AC]),
    ("pt", "SP", "Sábado às nove e meia da noite festa na casa do Léo", ["sat 21:30"], [AC, SPK, DP]),
    ("pt", "LIS", "Jantar na sexta às oito e meia da noite no restaurante do costume", ["fri 20:30"], [AC, SPK, DP]),
    ("pt", "LIS", "Segunda às dez menos um quarto temos a reunião de pais", ["mon 09:45"], [AC, SPK]),
    ("pt", "SP", "então amanhã às sete da noite a gente vai no cinema quer ir junto", ["+1d 19:00"], [AC, VC, SPK, DP]),
    ("pt", "SP", "oi amor só lembrando que sábado às onze a gente tem o chá de bebê da Carol", ["sat 11:00"], [AC, VC, SPK]),
    ("pt", "SP", "churras no sabdo as 13h", ["sat 13:00"], [AC, TY]),
    ("pt", "SP", "consulta c/ dentista amnh as 15h", ["+1d 15:00"], [AC, TY]),
    ("pt", "SP", "reuniao quinta as 10", ["thu 10:00"], [AC, TY]),
    ("pt", "SP", "A reunião foi remarcada para segunda às 14h", ["mon 14:00"], [AC, MV]),
    ("pt", "SP", "O treino passou para sexta às 19h", ["fri 19:00"], [AC, MV]),
    ("pt", "SP", "Meu irmão chega sexta às 17h e vou buscá-lo na rodoviária", ["fri 17:00"], [AC]),
    ("pt", "SP", "Vamos ao casamento do meu primo no sábado às 16h", ["sat 16:00"], [AC]),
    ("pt", "LIS", "Lembramos que a sua reunião com o gestor de conta está marcada para amanhã às 11h", ["+1d 11:00"], [AC, FM]),
    # Portuguese: not plans
    ("pt", "LIS", "A minha irmã tem o recital dela na sexta às 18h", [], [NO, RPT]),
    ("pt", "SP", "O Rui e a Joana vão ao cinema amanhã às 21h", [], [NO, RPT]),
    ("pt", "LIS", "Os meus pais partem para o Algarve no sábado às sete da manhã", [], [NO, RPT, SPK]),
    ("pt", "LIS", "Que horas é a cirurgia da tua avó na terça?", [], [NO, QU]),
    ("pt", "SP", "O jantar de sábado às 20h foi adiado, depois marcamos", [], [NC]),
    ("pt", "SP", "A aula de amanhã às quatro e meia foi cancelada", [], [NC, SPK]),
    ("pt", "SP", "ontem às oito e meia fomos no show e foi incrível", [], [NP, VC, SPK]),
    ("pt", "SP", "A padaria abre às seis e meia todos os dias", [], [NO, TT, SPK]),
    ("pt", "SP", "Às terças às sete e um quarto tenho inglês", [], [NO, HB, SPK]),
    ("pt", "LIS", "Se eu não tivesse que trabalhar ia à praia amanhã às dez", [], [NO, HY, SPK]),
    ("pt", "SP", "meu chefe tem reuniao com a diretoria segunda as 9", [], [NO, RPT, TY]),
    ("pt", "SP", "Não vou conseguir ir sexta às 19h, desculpa", [], [NC]),
    ("pt", "LIS", "pois é a minha mãe tem consulta amanhã às dez e vai sozinha", [], [NO, VC, RPT, SPK]),
]

# Probes written while round 8's rules were made (after its first score), labelled and added
# with the rules they prompted (dev-new8p-*): chat shorthand, thinking aloud, arriving by a time.
DL8 = "negative-deadline"
NEW8_PROBES = [
    ("en", "NY", "dentist fri 3p", ["fri 15:00"], [AC, TY]),
    ("en", "NY", "gym tmrw 6a", ["+1d 06:00"], [AC, TY]),
    ("en", "NY", "so i was thinking we could grab dinner saturday around seven if you're free", ["sat 19:00"], [AC, VC, SPK]),
    ("en", "NY", "be there by 8:30 tomorrow for the school trip", ["+1d 08:30"], [AC]),
    ("en", "NY", "bbq sat arvo at Dave's", ["sat 14:00"], [AC, DP]),
    ("en", "NY", "um yeah can we do the call at like four tomorrow", ["+1d 16:00"], [AC, VC, SPK]),
    ("en", "NY", "Tennis moved from Thursday to Friday at 5pm", ["fri 17:00"], [AC, MV]),
    ("en", "NY", "Team review Friday at 9", ["fri 09:00"], [AC]),
    ("en", "NY", "I was at the dentist at 3 yesterday", [], [NP]),
    ("en", "NY", "Submit the report by 5pm tomorrow", [], [DL8]),
    ("ru", "MSK", "в воскр в 11 бранч", ["sun 11:00"], [AC, TY]),
    ("es", "MAD", "reunion el lunes alas 10", ["mon 10:00"], [AC, TY]),
    ("es", "MAD", "clase el martes 10hs", ["tue 10:00"], [AC, TY]),
    ("pt", "SP", "encontro amanhã 15hrs", ["+1d 15:00"], [TY]),
]
# Round 9 (dev-new9-*, 2026-12-07, written before any change for it): how plans' dates and
# times are written, Spanish and Portuguese first — month-name dates with and without weekdays
# and years ("el sábado 28 de marzo a las 21:30", "sexta, 27 de março, 19h", "on Sat the 7th at
# 7", "14-го в 19:00"), year rollover, ordinals ("dia 1º"), "a las 7 y media de la tarde", "às 21
# horas", "18 h", "19.30", "21 hs", "7pm-9pm", "de 10 a 12 h", "das 9h às 11h", durations ("durante
# dos horas", "por uma hora", "durante 1h30"), a relative offset with the day it lands on
# ("dentro de 15 días, el miércoles 8 de abril", "daqui a uma semana, dia 1", "in a fortnight on
# the 9th"), "mañana por la mañana", "pasado mañana a primera hora", "na semana que vem", "a
# próxima terça", emoji next to times, across the DST changes of both hemispheres (Madrid,
# Canary, Santiago, Lisbon, New York, London, Sydney, Riga) and in zones without DST (Mexico
# City, Bogotá, Buenos Aires, Montevideo, São Paulo, Maputo, Moscow) as controls.
NEW_REFS.update({
    "N9MAD1": (MAD, "2026-03-24 18:05"), "N9MAD2": (MAD, "2026-10-20 09:30"),
    "N9MAD3": (MAD, "2026-12-29 20:00"), "N9CAN": ("Atlantic/Canary", "2026-03-25 12:00"),
    "N9MEX": (MEX, "2026-03-05 10:00"), "N9BOG": ("America/Bogota", "2026-06-16 08:00"),
    "N9SCL1": (SCL, "2026-03-31 19:00"), "N9SCL2": (SCL, "2026-09-01 11:00"),
    "N9BUE": ("America/Argentina/Buenos_Aires", "2026-10-01 15:00"),
    "N9MVD": ("America/Montevideo", "2026-11-10 10:00"),
    "N9LIS1": (LIS, "2026-03-25 10:00"), "N9LIS2": (LIS, "2026-10-21 17:00"),
    "N9SP1": (SP, "2026-04-07 09:00"), "N9SP2": (SP, "2026-12-29 14:00"),
    "N9MAP": ("Africa/Maputo", "2026-08-04 09:00"),
    "N9NY1": (NY, "2026-03-03 12:00"), "N9NY2": (NY, "2026-10-27 12:00"),
    "N9LON": (LON, "2026-03-24 12:00"), "N9SYD1": ("Australia/Sydney", "2026-03-31 10:00"),
    "N9SYD2": ("Australia/Sydney", "2026-09-29 10:00"),
    "N9MSK": (MSK, "2026-03-10 12:00"), "N9RIGA": (RIGA, "2026-10-20 12:00"),
})
MN, ND, RG, DU, RL = "month-name", "numeric-date", "range", "duration", "relative"
TT = "timetable"
NEW9 = [
    # Spanish, Madrid before the EU spring change (Tue 24 Mar)
    ("es", "N9MAD1", "Cena de cumpleaños el sábado 28 de marzo a las 21:30", ["03-28 21:30"], [AC, MN]),
    ("es", "N9MAD1", "El lunes 30 de marzo a las 9 y media de la mañana, dentista", ["03-30 09:30"], [AC, MN]),
    ("es", "N9MAD1", "Quedamos el jueves 2 de abril a las 7 y media de la tarde en la plaza", ["04-02 19:30"], [AC, MN]),
    ("es", "N9MAD1", "Partido de pádel el 3/4 a las 18 h", ["04-03 18:00"], [AC, ND]),
    ("es", "N9MAD1", "Reunión de vecinos el 31-3 a las 19.30", ["03-31 19:30"], [AC, ND]),
    ("es", "N9MAD1", "Comida familiar el domingo 5 de abril, a las 14:00", ["04-05 14:00"], [AC, MN]),
    ("es", "N9MAD1", "Clase de yoga de 10 a 12 h el sábado", ["sat 10:00|12:00"], [AC, RG]),
    ("es", "N9MAD1", "Mañana por la mañana, revisión del coche a las 9", ["+1d 09:00"], [AC, DP]),
    ("es", "N9MAD1", "Pasado mañana a primera hora, a las 8, análisis de sangre", ["+2d 08:00"], [AC, RL]),
    ("es", "N9MAD1", "El finde, sábado 28, barbacoa en casa de Luis a la 1 de la tarde", ["03-28 13:00"], [AC]),
    ("es", "N9MAD1", "Dentro de 15 días, el miércoles 8 de abril, vuelve el club de lectura a las 19 h", ["04-08 19:00"], [AC, RP, MN]),
    ("es", "N9MAD1", "Tutoría con la profe el martes 31 de 17 a 18 h", ["03-31 17:00|18:00"], [AC, RG]),
    ("es", "N9MAD1", "Ensayo del coro el lunes 30 durante dos horas a partir de las 18:00", ["03-30 18:00|+120m"], [AC, DU]),
    ("es", "N9MAD1", "Cine 🎬 el viernes 27 a las 22:15", ["03-27 22:15"], [AC, EM]),
    ("es", "N9MAD1", "🎂 Cumple de Sara: sábado 4 de abril, 17 h", ["04-04 17:00"], [AC, EM, MN]),
    ("es", "N9MAD1", "El museo abre el lunes 30 de marzo de 10 a 14 h", [], [NO, TT]),
    ("es", "N9MAD1", "El 28 de marzo de 2020 empezó el confinamiento", [], [NP]),
    ("es", "N9MAD1", "Si hubiera entradas, iríamos al concierto el sábado 28 de marzo a las 21 h", [], [NO]),
    ("es", "N9MAD1", "Mi hermano tiene examen el 2 de abril a las 9", [], [NO]),
    # Spanish, Madrid before the EU autumn change (Tue 20 Oct)
    ("es", "N9MAD2", "Cena con los del máster el viernes 23 de octubre a las 21 h", ["10-23 21:00"], [AC, MN]),
    ("es", "N9MAD2", "El lunes 26 a las 10:00, entrevista de trabajo", ["10-26 10:00"], [AC]),
    ("es", "N9MAD2", "Excursión a la sierra el domingo 25, salimos a las 8 de la mañana", ["10-25 08:00"], [AC]),
    ("es", "N9MAD2", "Revisión médica el 2 de noviembre a las 8:45", ["11-02 08:45"], [AC, MN]),
    ("es", "N9MAD2", "Teatro el 31/10 a las 20:30 🎭", ["10-31 20:30"], [AC, ND, EM]),
    ("es", "N9MAD2", "Clase de cerámica el jueves 29, de 18:00 a 20:00", ["10-29 18:00|20:00"], [AC, RG]),
    ("es", "N9MAD2", "Dentro de una semana, el martes 27, reunión con el banco a las 12", ["10-27 12:00"], [AC, RP]),
    ("es", "N9MAD2", "La semana que viene, el miércoles 28 a las 17 h, tutoría", ["10-28 17:00"], [AC, RP]),
    ("es", "N9MAD2", "Quedada para correr mañana a las 7 de la mañana", ["+1d 07:00"], [AC]),
    ("es", "N9MAD2", "El próximo lunes a las 11 reunión de equipo por videollamada", ["10-26 11:00"], [AC]),
    ("es", "N9MAD2", "Los domingos de 10 a 14 h hay mercadillo en la plaza", [], [NO, TT]),
    ("es", "N9MAD2", "El 25 de octubre cambia la hora: a las 3 serán las 2", [], [NO, TT]),
    # Spanish, Madrid at the year's end (Tue 29 Dec)
    ("es", "N9MAD3", "Comida de Reyes el 6 de enero a las 14 h", ["01-06 14:00"], [AC, MN]),
    ("es", "N9MAD3", "Nochevieja: cena en casa de mis padres el 31 a las 21:30", ["12-31 21:30"], [AC]),
    ("es", "N9MAD3", "El sábado 2 de enero, rebajas con Marta a las 11", ["01-02 11:00"], [AC, MN]),
    ("es", "N9MAD3", "Vuelta al cole: reunión de padres el jueves 7 de enero a las 17:30", ["01-07 17:30"], [AC, MN]),
    ("es", "N9MAD3", "El 4/1 a las 9:15 cita en la gestoría", ["01-04 09:15"], [AC, ND]),
    ("es", "N9MAD3", "Mañana por la tarde, café con la abuela", ["+1d 14:00"], [AC, DP]),
    ("es", "N9MAD3", "El año pasado el 2 de enero fuimos a esquiar", [], [NP]),
    # Spanish, Canary Islands before the spring change (Wed 25 Mar)
    ("es", "N9CAN", "Surf el domingo 29 de marzo a las 10 🏄", ["03-29 10:00"], [AC, EM, MN]),
    ("es", "N9CAN", "Cena el viernes 27 a las 20.30 en el puerto", ["03-27 20:30"], [AC]),
    ("es", "N9CAN", "Pasado mañana a las 18 h, clase de salsa", ["+2d 18:00"], [AC, RL]),
    ("es", "N9CAN", "Médico el 1/4 a las 8:20", ["04-01 08:20"], [AC, ND]),
    ("es", "N9CAN", "El ferry sale todos los días a las 7 y a las 19 h", [], [NO, TT]),
    # Spanish, Mexico City (no DST; Thu 5 Mar)
    ("es", "N9MEX", "Comida con mis suegros el domingo 8 de marzo a las 2 de la tarde", ["03-08 14:00"], [AC, MN]),
    ("es", "N9MEX", "Junta de padres el martes 10 de marzo a las 7 de la noche", ["03-10 19:00"], [AC, MN]),
    ("es", "N9MEX", "Nos vemos el sábado 14 a las 6 y media de la tarde en Coyoacán", ["03-14 18:30"], [AC]),
    ("es", "N9MEX", "Mañana en la mañana, cita en el SAT a las 9:40", ["+1d 09:40"], [AC, DP]),
    ("es", "N9MEX", "Clase de natación de 4 a 5 de la tarde el lunes", ["mon 16:00|17:00"], [AC, RG]),
    ("es", "N9MEX", "Dentro de dos semanas, el jueves 19, es la fiesta de la oficina a las 8 pm", ["03-19 20:00"], [AC, RP]),
    ("es", "N9MEX", "Boda de Lupita el sábado 21 de marzo, ceremonia a las 17 h 💒", ["03-21 17:00"], [AC, EM, MN]),
    ("es", "N9MEX", "El 16 de marzo no hay clases por el día festivo", [], [NO]),
    # Spanish, Bogotá (no DST; Tue 16 Jun)
    ("es", "N9BOG", "Almuerzo de trabajo el viernes 19 de junio a las 12:30", ["06-19 12:30"], [AC, MN]),
    ("es", "N9BOG", "Cine el sábado a las 7 de la noche 🍿", ["sat 19:00"], [AC, EM]),
    ("es", "N9BOG", "Reunión por Zoom mañana de 3 a 4 de la tarde", ["+1d 15:00|16:00"], [AC, RG]),
    ("es", "N9BOG", "Cita con el odontólogo el 1 de julio a las 10 a. m.", ["07-01 10:00"], [AC, MN]),
    ("es", "N9BOG", "El martes 23 de junio por dos horas, taller de fotografía desde las 2 pm", ["06-23 14:00|+120m"], [AC, DU, MN]),
    ("es", "N9BOG", "Trabajo de lunes a viernes de 8 a 5", [], [NO]),
    # Spanish, Santiago before Chile's autumn change (Tue 31 Mar; Sat 4 Apr 24:00 → 23:00)
    ("es", "N9SCL1", "Asado el domingo 5 de abril a las 13:00", ["04-05 13:00"], [AC, MN]),
    ("es", "N9SCL1", "Once con la familia el sábado 4 a las 6 de la tarde", ["04-04 18:00"], [AC]),
    ("es", "N9SCL1", "Trekking el lunes 6 de abril, partimos a las 7 de la mañana ⛰️", ["04-06 07:00"], [AC, EM, MN]),
    ("es", "N9SCL1", "Clase de guitarra el jueves 2 de 18 a 19.30 h", ["04-02 18:00|19:30"], [AC, RG]),
    ("es", "N9SCL1", "El 5 de abril se atrasa el reloj una hora", [], [NO, TT]),
    # Spanish, Santiago before Chile's spring change (Tue 1 Sep; Sun 6 Sep 00:00 → 01:00)
    ("es", "N9SCL2", "Fonda con los compañeros el viernes 18 de septiembre a las 20 h", ["09-18 20:00"], [AC, MN]),
    ("es", "N9SCL2", "El domingo 6 a las 12, almuerzo donde la tía", ["09-06 12:00"], [AC]),
    ("es", "N9SCL2", "Dentro de 10 días, el viernes 11, presentación del proyecto a las 9:30", ["09-11 09:30"], [AC, RP]),
    # Spanish, Buenos Aires and Montevideo (no DST)
    ("es", "N9BUE", "Cumple de Fede el sábado 3 a las 21 hs", ["10-03 21:00"], [AC]),
    ("es", "N9BUE", "Reunión el lunes 5 a las 18hs en la facultad", ["10-05 18:00"], [AC]),
    ("es", "N9BUE", "Partido de fútbol 5 el martes 6 de octubre de 20 a 21 hs ⚽", ["10-06 20:00|21:00"], [AC, RG, EM, MN]),
    ("es", "N9BUE", "El banco atiende de 10 a 15 hs", [], [NO, TT]),
    ("es", "N9MVD", "Asado el domingo 15 de noviembre al mediodía", ["11-15 12:00"], [AC, MN, DP]),
    ("es", "N9MVD", "Ensayo de murga el jueves 12 a las 21 h durante 1h30", ["11-12 21:00|+90m"], [AC, DU]),
    ("es", "N9MVD", "Ayer a las 8 de la noche fuimos al Solís", [], [NP]),
    # Portuguese, Lisbon before the EU spring change (Wed 25 Mar)
    ("pt", "N9LIS1", "Jantar de anos da Rita no sábado, 28 de março, às 20h", ["03-28 20:00"], [AC, MN]),
    ("pt", "N9LIS1", "Dia 12 de abril às 15h30, batizado do Tomás", ["04-12 15:30"], [AC, MN]),
    ("pt", "N9LIS1", "Sexta, 27 de março, 19h, cinema com a malta", ["03-27 19:00"], [AC, MN]),
    ("pt", "N9LIS1", "Consulta no dentista a 31/3 às 9h15", ["03-31 09:15"], [AC, ND]),
    ("pt", "N9LIS1", "Reunião de condomínio na segunda, dia 30, às 21 horas", ["03-30 21:00"], [AC]),
    ("pt", "N9LIS1", "Aula de dança das 18h às 19h30 na quinta", ["thu 18:00|19:30"], [AC, RG]),
    ("pt", "N9LIS1", "Daqui a uma semana, dia 1, almoço com os avós às 13h", ["04-01 13:00"], [AC, RP]),
    ("pt", "N9LIS1", "Amanhã de manhã vou levar o carro à revisão às 9", ["+1d 09:00"], [AC, DP]),
    ("pt", "N9LIS1", "Depois de amanhã às 19 horas, treino de futebol", ["+2d 19:00"], [AC, RL]),
    ("pt", "N9LIS1", "🎉 Festa surpresa no sábado às 21h30", ["sat 21:30"], [AC, EM]),
    ("pt", "N9LIS1", "Caminhada no domingo, 29, às 9h — durante 3 horas", ["03-29 09:00|+180m"], [AC, DU]),
    ("pt", "N9LIS1", "A loja abre no dia 30 de março às 10h", [], [NO, TT]),
    ("pt", "N9LIS1", "No dia 28 de março de 2019 mudei-me para Lisboa", [], [NP]),
    # Portuguese, Lisbon before the EU autumn change (Wed 21 Oct)
    ("pt", "N9LIS2", "Jantar de turma no sábado, 24 de outubro, às 20h30", ["10-24 20:30"], [AC, MN]),
    ("pt", "N9LIS2", "Segunda, 26 de outubro, 9h, reunião com a equipa de vendas", ["10-26 09:00"], [AC, MN]),
    ("pt", "N9LIS2", "Concerto dos Xutos a 31/10 às 21h30 🎸", ["10-31 21:30"], [AC, ND, EM]),
    ("pt", "N9LIS2", "Na próxima terça às 18h, consulta de nutrição", ["10-27 18:00"], [AC]),
    ("pt", "N9LIS2", "Na quinta da semana que vem, das 10h às 12h, formação", ["w1-thu 10:00|12:00"], [AC, RG]),
    ("pt", "N9LIS2", "Magusto no dia 11 de novembro às 17h", ["11-11 17:00"], [AC, MN]),
    ("pt", "N9LIS2", "Daqui a duas semanas, na quarta, dia 4, apresentação às 14h", ["11-04 14:00"], [AC, RP]),
    ("pt", "N9LIS2", "O relógio atrasa uma hora no domingo às 2h", [], [NO, TT]),
    ("pt", "N9LIS2", "A minha irmã tem exame no dia 28 às 9h", [], [NO]),
    # Portuguese, São Paulo (no DST; Tue 7 Apr and Tue 29 Dec)
    ("pt", "N9SP1", "Churrasco na casa do Léo no sábado, dia 11, às 13h", ["04-11 13:00"], [AC]),
    ("pt", "N9SP1", "Dia 15 de abril às 19h30, aniversário da Carol 🎂", ["04-15 19:30"], [AC, EM, MN]),
    ("pt", "N9SP1", "Sexta-feira, 10 de abril, às 20h: pizza com a galera", ["04-10 20:00"], [AC, MN]),
    ("pt", "N9SP1", "Consulta com o cardiologista quinta às 14h20", ["thu 14:20"], [AC]),
    ("pt", "N9SP1", "Reunião de pais das 9h às 11h no sábado", ["sat 09:00|11:00"], [AC, RG]),
    ("pt", "N9SP1", "A próxima segunda às 8h, início do curso de inglês", ["04-13 08:00"], [AC]),
    ("pt", "N9SP1", "Na semana que vem, na quarta, às 18h, happy hour da firma", ["w1-wed 18:00"], [AC, RP]),
    ("pt", "N9SP1", "Amanhã à tarde, às 3, futebol com os amigos", ["+1d 15:00"], [AC, DP]),
    ("pt", "N9SP1", "Daqui a 10 dias, no dia 17, show do Lulu Santos às 21h", ["04-17 21:00"], [AC, RP]),
    ("pt", "N9SP1", "Corrida no parque sábado às 7h, por uma hora", ["sat 07:00|+60m"], [AC, DU]),
    ("pt", "N9SP1", "O supermercado fecha às 22h aos domingos", [], [NO, TT]),
    ("pt", "N9SP1", "Se eu tivesse folga, ia à praia na sexta às 10h", [], [NO]),
    ("pt", "N9SP1", "Ontem às 21h assistimos ao jogo no bar", [], [NP]),
    ("pt", "N9SP2", "Réveillon na praia dia 31 às 22h 🎆", ["12-31 22:00"], [AC, EM]),
    ("pt", "N9SP2", "Almoço de Ano Novo na casa da vó dia 1º às 13h", ["01-01 13:00"], [AC]),
    ("pt", "N9SP2", "Dia 5 de janeiro às 10h, volta às aulas de natação", ["01-05 10:00"], [AC, MN]),
    ("pt", "N9SP2", "Segunda, 4 de janeiro, às 9h, primeiro dia no emprego novo", ["01-04 09:00"], [AC, MN]),
    ("pt", "N9SP2", "Sábado dia 2 às 16h cinema com a Ju", ["01-02 16:00"], [AC]),
    ("pt", "N9SP2", "Dia 2 de janeiro o banco só abre ao meio-dia", [], [NO, TT]),
    # Portuguese, Maputo (no DST; Tue 4 Aug)
    ("pt", "N9MAP", "Reunião com o cliente na quinta, 6 de agosto, às 10h", ["08-06 10:00"], [AC, MN]),
    ("pt", "N9MAP", "Jantar de despedida sexta às 19h30 na Costa do Sol", ["fri 19:30"], [AC]),
    ("pt", "N9MAP", "Sábado das 8h às 12h, voluntariado na escola", ["sat 08:00|12:00"], [AC, RG]),
    ("pt", "N9MAP", "Dia 15 de agosto às 15 horas, casamento da prima", ["08-15 15:00"], [AC, MN]),
    ("pt", "N9MAP", "Daqui a uma semana, terça, dia 11, exame de condução às 8h30", ["08-11 08:30"], [AC, RP]),
    ("pt", "N9MAP", "Os chapas param de circular às 20h", [], [NO, TT]),
    # English, New York before the US changes (Tue 3 Mar, Tue 27 Oct)
    ("en", "N9NY1", "Dinner at Luca's on Sat the 7th at 7", ["03-07 19:00"], [AC]),
    ("en", "N9NY1", "Dentist on Monday the 9th at 9:30am", ["03-09 09:30"], [AC]),
    ("en", "N9NY1", "Kickoff meeting Tuesday, March 10th, 2026 at 2pm", ["03-10 14:00"], [AC, MN]),
    ("en", "N9NY1", "Book club 7pm-9pm this Thursday", ["thu 19:00|21:00"], [AC, RG]),
    ("en", "N9NY1", "Soccer practice Sunday 3/8 at 10am", ["03-08 10:00"], [AC, ND]),
    ("en", "N9NY1", "In a fortnight on the 17th, the recital's at 6pm", ["03-17 18:00"], [AC, RP]),
    ("en", "N9NY1", "Brunch 🥞 Sat 11:30", ["sat 11:30"], [AC, EM]),
    ("en", "N9NY1", "Haircut tomorrow morning at 8:15", ["+1d 08:15"], [AC, DP]),
    ("en", "N9NY1", "Volunteer shift Saturday from 9 to noon", ["sat 09:00|12:00"], [AC, RG]),
    ("en", "N9NY1", "Clocks go forward on Sunday at 2am", [], [NO, TT]),
    ("en", "N9NY1", "We went to the 7pm show on the 1st", [], [NP]),
    ("en", "N9NY2", "Halloween party Sat the 31st at 8pm 🎃", ["10-31 20:00"], [AC, EM]),
    ("en", "N9NY2", "Parent-teacher conference on Nov 2nd at 4:15", ["11-02 16:15"], [AC, MN]),
    ("en", "N9NY2", "In a fortnight on the 9th we have the vet at 10am", ["11-09 10:00"], [AC, RP]),
    ("en", "N9NY2", "Thanksgiving dinner Thursday, November 26 at 3", ["11-26 15:00"], [AC, MN]),
    ("en", "N9NY2", "Yoga tomorrow 6-7pm", ["+1d 18:00|19:00"], [AC, RG]),
    ("en", "N9NY2", "Movie night Friday 7:30pm for about 2 hours", ["fri 19:30|+120m"], [AC, DU]),
    ("en", "N9NY2", "My sister's flight lands on the 30th at 6pm", [], [NO]),
    ("en", "N9NY2", "I usually run 6-7am on weekdays", [], [NO]),
    # English, London before the UK spring change (Tue 24 Mar)
    ("en", "N9LON", "Pub quiz on Thursday the 26th at 7.30pm", ["03-26 19:30"], [AC]),
    ("en", "N9LON", "Birthday lunch Sunday 29th March at 1pm", ["03-29 13:00"], [AC, MN]),
    ("en", "N9LON", "Dentist 31/3 at 10:40", ["03-31 10:40"], [AC, ND]),
    ("en", "N9LON", "Five-a-side next Monday 6-7pm ⚽", ["03-30 18:00|19:00"], [AC, RG, EM]),
    ("en", "N9LON", "Team lunch in a week on Tue the 31st at 12:30", ["03-31 12:30"], [AC, RP]),
    ("en", "N9LON", "The gym's open 6am-10pm on weekdays", [], [NO, TT]),
    ("en", "N9LON", "The trains run every 15 minutes from 6 to midnight", [], [NO, TT]),
    # English, Sydney before both Australian changes (Tue 31 Mar, Tue 29 Sep)
    ("en", "N9SYD1", "Beach BBQ Saturday 4th April at 12", ["04-04 12:00"], [AC, MN]),
    ("en", "N9SYD1", "Footy training Thursday arvo at 4", ["thu 16:00"], [AC, DP]),
    ("en", "N9SYD1", "Easter lunch at Nan's on Sun the 5th, 1pm 🐣", ["04-05 13:00"], [AC, EM]),
    ("en", "N9SYD1", "Coffee with Jess on Monday 6 April at 9", ["04-06 09:00"], [AC, MN]),
    ("en", "N9SYD2", "Grand final BBQ Saturday 3rd October from 2pm to 6pm", ["10-03 14:00|18:00"], [AC, RG, MN]),
    ("en", "N9SYD2", "Long weekend trip: we leave Mon the 5th at 7am", ["10-05 07:00"], [AC]),
    ("en", "N9SYD2", "Physio in a week, on Tuesday the 6th at 8:30am", ["10-06 08:30"], [AC, RP]),
    ("en", "N9SYD2", "Daylight saving starts this Sunday at 2am", [], [NO, TT]),
    # Russian, Moscow (no DST; Tue 10 Mar) and Riga before the EU autumn change (Tue 20 Oct)
    ("ru", "N9MSK", "Встречаемся 14-го в 19:00 у метро", ["03-14 19:00"], [AC]),
    ("ru", "N9MSK", "Ужин у родителей в субботу, 14 марта, в 18:00", ["03-14 18:00"], [AC, MN]),
    ("ru", "N9MSK", "В четверг 12-го в 10 утра собеседование", ["03-12 10:00"], [AC]),
    ("ru", "N9MSK", "Через две недели, 24 марта, в 15:00 защита диплома", ["03-24 15:00"], [AC, RP, MN]),
    ("ru", "N9MSK", "Кино в пятницу с 19 до 21", ["fri 19:00|21:00"], [AC, RG]),
    ("ru", "N9MSK", "Послезавтра в 8 утра сдача крови", ["+2d 08:00"], [AC, RL]),
    ("ru", "N9MSK", "На следующей неделе в среду в 17:30 родительское собрание", ["w1-wed 17:30"], [AC, RP]),
    ("ru", "N9MSK", "Тренировка завтра в 7 вечера на полтора часа", ["+1d 19:00|+90m"], [AC, DU]),
    ("ru", "N9MSK", "Шашлыки 🔥 в воскресенье в 13:00", ["sun 13:00"], [AC, EM]),
    ("ru", "N9MSK", "Поликлиника работает с 8 до 20", [], [NO, TT]),
    ("ru", "N9MSK", "8 марта в 19:00 мы были в театре", [], [NP]),
    ("ru", "N9RIGA", "В понедельник, 26 октября, в 9:00 планёрка", ["10-26 09:00"], [AC, MN]),
    ("ru", "N9RIGA", "Концерт 31-го в 20:00 🎸", ["10-31 20:00"], [AC, EM]),
    ("ru", "N9RIGA", "Дедлайн по отчёту 23 октября", [], [DL]),
    ("ru", "N9RIGA", "В субботу 24-го с 10 до 12 уборка во дворе", ["10-24 10:00|12:00"], [AC, RG]),
    ("ru", "N9RIGA", "Через неделю, 27-го, в 18:30 встреча выпускников", ["10-27 18:30"], [AC, RP]),
    ("ru", "N9RIGA", "Обычно по субботам в 10 хожу в бассейн", [], [NO]),
    # Second batch, written after probing forms the first batch lacked and still before any
    # change: an hour suffix typed apart ("17 h", "21 hs", "20 hrs", "19 ч"), a dotted time
    # right after the date ("sábado 28/3, 20.30", "Sat 28/3 19.00"), abbreviations with a dot
    # ("sáb.", "dom.", "oct."), a weekday in parentheses after the date, "primero de abril",
    # "1.º", durations "por 2h", "entre 21 y 23 h", "19-00", "a week on Saturday", and
    # lookalikes that use the same shapes (hours worked, travel times, prices).
    ("es", "N9MAD1", "Cumple de Lucas: sábado 4 de abril, 17 h", ["04-04 17:00"], [AC, MN]),
    ("es", "N9MAD1", "Cena de antiguos alumnos el viernes 27 de marzo, 21 h", ["03-27 21:00"], [AC, MN]),
    ("es", "N9MAD1", "Sábado 28 de marzo, 12 h: mercadillo solidario del cole", ["03-28 12:00"], [AC, MN]),
    ("es", "N9MAD1", "La charla de la asociación es el jueves 26, 19 h", ["03-26 19:00"], [AC]),
    ("es", "N9MAD1", "Torneo de pádel el domingo 5 de abril 10 h", ["04-05 10:00"], [AC, MN]),
    ("es", "N9MAD1", "Tapas con los primos el sábado, 13.30", ["sat 13:30"], [AC]),
    ("es", "N9MAD1", "Dentista el jueves 26/3, 9.45", ["03-26 09:45"], [AC, ND]),
    ("es", "N9MAD1", "Reunión de la comunidad el miércoles 1 de abril, 20.00 h", ["04-01 20:00"], [AC, MN]),
    ("es", "N9MAD1", "Cena sáb. 28 a las 21:30 en casa de Ana", ["03-28 21:30"], [AC]),
    ("es", "N9MAD1", "Excursión dom. 5 de abril, salida a las 8", ["04-05 08:00"], [AC, MN]),
    ("es", "N9MAD1", "El día 31 (martes) a las 18 h, tutoría del peque", ["03-31 18:00"], [AC]),
    ("es", "N9MAD1", "Comida el 2 de abril (jueves) a las 14:30", ["04-02 14:30"], [AC, MN]),
    ("es", "N9MAD1", "Bautizo de Mateo el primero de abril a las 12", ["04-01 12:00"], [AC, MN]),
    ("es", "N9MAD1", "Jornada de puertas abiertas el 1.º de abril a las 10 h", ["04-01 10:00"], [AC, MN]),
    ("es", "N9MAD1", "Fiesta en la terraza el sábado entre 21 y 23 h", ["sat 21:00|23:00"], [AC, RG]),
    ("es", "N9MAD1", "Pádel el viernes a las 19 h por 2h", ["fri 19:00|+120m"], [AC, DU]),
    ("es", "N9MAD2", "Cena de la peña el sáb. 24 de oct. a las 21 h", ["10-24 21:00"], [AC, MN]),
    ("es", "N9MAD2", "Concierto en el Price el jueves 22 de octubre, 20.30 h 🎶", ["10-22 20:30"], [AC, MN, EM]),
    ("es", "N9BUE", "Asado en lo de Tincho el sábado 3, 21 hs", ["10-03 21:00"], [AC]),
    ("es", "N9BUE", "Cumple de Vale el domingo 4 de octubre 20 hs 🎈", ["10-04 20:00"], [AC, MN, EM]),
    ("es", "N9MVD", "Reunión de padres el jueves 12 de noviembre, 18 hrs", ["11-12 18:00"], [AC, MN]),
    ("es", "N9MAD1", "Esta semana llevo 40 h trabajadas", [], [NO, "lookalike"]),
    ("es", "N9MAD1", "Son 6 h de viaje en coche hasta Cádiz", [], [NO, "lookalike"]),
    ("es", "N9MAD1", "La entrada cuesta 12.50 y el parking 3.40", [], [NO, "lookalike"]),
    ("pt", "N9LIS1", "Jantar de curso: sábado, 28 de março, 20 h", ["03-28 20:00"], [AC, MN]),
    ("pt", "N9LIS1", "Sábado 28/3, 20.30, jantar em casa da Inês", ["03-28 20:30"], [AC, ND]),
    ("pt", "N9LIS1", "Reunião de pais na quinta, 26 de março, 18.30", ["03-26 18:30"], [AC, MN]),
    ("pt", "N9LIS1", "Almoço de família dom. 29 às 13h", ["03-29 13:00"], [AC]),
    ("pt", "N9LIS1", "Feira do livro sáb. 4 de abril às 11h", ["04-04 11:00"], [AC, MN]),
    ("pt", "N9LIS1", "Jantar no sábado às 20h por 2h", ["sat 20:00|+120m"], [AC, DU]),
    ("pt", "N9LIS1", "Festa da Marta no dia 1.º de abril às 21h", ["04-01 21:00"], [AC, MN]),
    ("pt", "N9LIS1", "Consulta no dia 2 de abril (quinta) às 10h", ["04-02 10:00"], [AC, MN]),
    ("pt", "N9SP1", "Churrasco no sábado, 11 de abril, 13 h", ["04-11 13:00"], [AC, MN]),
    ("pt", "N9SP1", "Aniversário do Caio domingo, 12 de abril, 16 hrs 🎂", ["04-12 16:00"], [AC, MN, EM]),
    ("pt", "N9SP1", "Reunião com o contador qui., 9 de abril, às 15h", ["04-09 15:00"], [AC, MN]),
    ("pt", "N9SP1", "Show no primeiro de maio às 20h", ["05-01 20:00"], [AC, MN]),
    ("pt", "N9SP1", "Vôlei na praia sábado das 8h às 10h, depois açaí", ["sat 08:00|10:00"], [AC, RG]),
    ("pt", "N9MAP", "Casamento do Nelson: sábado, 22 de agosto, 15 h", ["08-22 15:00"], [AC, MN]),
    ("pt", "N9LIS1", "São 3 h de viagem até ao Porto", [], [NO, "lookalike"]),
    ("pt", "N9SP1", "Trabalhei 10 h ontem, estou morto", [], [NP]),
    ("pt", "N9SP1", "O ingresso custa 45.90 na bilheteria", [], [NO, "lookalike"]),
    ("en", "N9LON", "Leaving do Fri 27/3, 18.30, at the Crown", ["03-27 18:30"], [AC, ND]),
    ("en", "N9LON", "Dinner Sat 28/3 19.00 at ours", ["03-28 19:00"], [AC, ND]),
    ("en", "N9LON", "Quiz night a week on Saturday at 7pm", ["04-04 19:00"], [AC, RP]),
    ("en", "N9LON", "Karaoke Saturday week at 8pm 🎤", ["04-04 20:00"], [AC, RP, EM]),
    ("en", "N9LON", "Barbecue the Saturday after next at 2pm", ["04-04 14:00"], [AC, RP]),
    ("en", "N9NY1", "Team dinner two weeks from today at 7pm", ["+14d 19:00"], [AC, RL]),
    ("en", "N9NY1", "Bake sale Sat. Mar. 7 at 10am", ["03-07 10:00"], [AC, MN]),
    ("en", "N9NY1", "Tennis Sunday at 9 for 2h", ["sun 09:00|+120m"], [AC, DU]),
    ("en", "N9NY1", "The drive to Boston is 4 h with traffic", [], [NO, "lookalike"]),
    ("ru", "N9MSK", "Ужин в субботу, 14 марта, 19 ч", ["03-14 19:00"], [AC, MN]),
    ("ru", "N9MSK", "Встреча выпускников в пятницу в 19-00", ["fri 19:00"], [AC]),
    ("ru", "N9MSK", "Собрание 12.03, 18.30, актовый зал", ["03-12 18:30"], [AC, ND]),
    ("ru", "N9MSK", "Корпоратив в сб. 14 марта в 18:00", ["03-14 18:00"], [AC, MN]),
    ("ru", "N9MSK", "Дорога до дачи занимает 3 ч", [], [NO, "lookalike"]),
]


WEEKDAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def new_start(label, now):
    """A START label of NEW (see its comment) → an aware datetime in now's zone."""
    zone = now.tzinfo
    if label.endswith("m") and label.startswith("+"):
        utc = dt.timezone.utc
        return (now.astimezone(utc) + dt.timedelta(minutes=int(label[1:-1]))).astimezone(zone)
    day_text, clock = label.split(" ")
    h, m = (int(x) for x in clock.split(":"))
    today = now.date()
    if day_text.startswith("+"):
        day = today + dt.timedelta(days=int(day_text[1:-1]))
    elif day_text[0] == "w" and day_text[1].isdigit():
        weeks, key = int(day_text[1]), day_text[3:]
        monday = today - dt.timedelta(days=today.weekday())
        day = monday + dt.timedelta(weeks=weeks, days=WEEKDAY_KEYS.index(key))
    elif day_text in WEEKDAY_KEYS:
        delta = (WEEKDAY_KEYS.index(day_text) - today.weekday()) % 7
        day = today + dt.timedelta(days=delta)
        if dt.datetime(day.year, day.month, day.day, h, m, tzinfo=zone) <= now:
            day += dt.timedelta(days=7)
    else:
        month, dom = (int(x) for x in day_text.split("-"))
        day = dt.date(today.year, month, dom)
        if dt.datetime(day.year, day.month, day.day, h, m, tzinfo=zone) <= now:
            day = dt.date(today.year + 1, month, dom)
    return dt.datetime(day.year, day.month, day.day, h, m, tzinfo=zone)


def new_end(label, start):
    if label.startswith("+"):
        return start + dt.timedelta(minutes=int(label[1:-1]))
    h, m = (int(x) for x in label.split(":"))
    end = start.replace(hour=h, minute=m)
    return end if end > start else end + dt.timedelta(days=1)


def new_lines(lines, prefix):
    seen = set()
    counts = {}
    for lang, ref, text, labels, tags in lines:
        assert text not in seen, text
        seen.add(text)
        counts[lang] = counts.get(lang, 0) + 1
        tz, now_text = NEW_REFS[ref]
        zone = zoneinfo.ZoneInfo(tz)
        now = dt.datetime.fromisoformat(now_text).replace(tzinfo=zone)
        events = []
        for label in labels:
            start_text, _, end_text = label.partition("|")
            start = new_start(start_text, now)
            events.append((start, new_end(end_text, start) if end_text else None))
        assert all(s > now for s, _ in events), text
        tags = list(tags)
        if any(s.utcoffset() != now.utcoffset() for s, _ in events):
            tags.append("dst")
        yield {"id": f"{prefix}-{lang}-{counts[lang]:03d}", "part": "dev", "lang": lang,
               "text": text, "now": now.isoformat(), "tz": tz,
               "expect": [{"start": s.isoformat(), "end": e.isoformat() if e else None}
                          for s, e in events], "tags": tags}


def weighted(frames, rng):
    total = sum(w for _, w in frames)
    x = rng.uniform(0, total)
    for frame, w in frames:
        x -= w
        if x <= 0:
            return frame
    return frames[-1][0]


def main():
    rng = random.Random(20261203)
    per_lang, negative_share = 185, 0.31
    seen = set()
    for lang in ("en", "ru", "es", "pt"):
        count = 0
        while count < per_lang:
            tz, now_text = rng.choice(REFS[lang])
            c = Ctx(lang, tz, now_text, rng)
            if rng.random() < negative_share:
                text, tags = weighted(NEGATIVE, rng)(c)
                events = []
            else:
                text, events, tags = weighted(POSITIVE, rng)(c)
                if any(s <= c.now for s, _ in events):
                    continue
                if any(s.utcoffset() != c.now.utcoffset() for s, _ in events):
                    tags = tags + ["dst"]
            if (text, now_text, tz) in seen:
                continue
            seen.add((text, now_text, tz))
            count += 1
            # Offsets from zoneinfo at each wall time: re-attach the zone so DST is computed.
            out = [{"start": s.isoformat(), "end": e.isoformat() if e else None}
                   for s, e in events]
            line = {"id": f"dev-{lang}-{count:03d}", "part": "dev", "lang": lang, "text": text,
                    "now": c.now.isoformat(), "tz": tz, "expect": out, "tags": tags}
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    for line in hand_lines():
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    for line in [*new_lines(NEW, "dev-new"), *new_lines(NEW2, "dev-new2"),
                 *new_lines(NEW3, "dev-new3"), *new_lines(NEW4, "dev-new4"),
                 *new_lines(NEW5, "dev-new5"), *new_lines(NEW6, "dev-new6"),
                 *new_lines(NEW7, "dev-new7"), *new_lines(NEW8, "dev-new8"),
                 *new_lines(NEW8_PROBES, "dev-new8p"), *new_lines(NEW9, "dev-new9")]:
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
