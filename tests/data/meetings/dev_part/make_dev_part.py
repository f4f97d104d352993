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
               (2, "pasado mañana por la noche", 19), (1, "mañana al mediodía", 12),
               (2, "pasado mañana por la mañana", 8)],
        "pt": [(1, "amanhã de manhã", 8), (1, "amanhã à tarde", 14),
               (2, "depois de amanhã à noite", 19), (1, "amanhã ao meio-dia", 12),
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


if __name__ == "__main__":
    main()
