#!/usr/bin/env python3
"""Meeting extraction: second TUNING part (tune2), written blind.

Scored once untouched, then tuned on.  Written from scratch by a helper session that never saw
the extractor's code nor any earlier part's data or script (see README.md).

Usage: python3 make_tune_part_2.py > tune_part_2.jsonl     (--stats: counts to stderr)

Case format, one per line:  NOW|ZONE|TEXT|EVENTS|TAGS
- NOW is a key of NOWS: a local wall time, read in ZONE (so "now" is the same wall time in
  every zone; its offset comes from zoneinfo).
- EVENTS: ";"-separated, in text order (= time order, asserted).  Each is "DAY HH:MM[END]":
  DAY "0" today, "+N" N days on, "mon".."sun" the first such day AFTER today, "sat2" the one
  a week later, "MM-DD" the next such date, "YYYY-MM-DD"; "@+M" is now + M minutes (no DST
  in between, asserted by start > now and the plain-clock check).  END "-HH:MM" a stated end
  (next day if not after the start) -> tag range; "/MIN" a stated length -> tag duration.
  Empty EVENTS = negative; then TAGS begins with its single kind (past, cancelled, deadline,
  other) and may carry secondary tags (timetable, reported, hypothetical, question, habit,
  availability, wish, lookalike).  Positives get "activity".
- A "^" at the end of TEXT (not written out) exempts the line from the weekday check (it names
  another weekday on purpose).
Derived by the script: dst (an event's UTC offset differs from now's), multi, range,
duration, numeric-date, month-name, emoji.

Conventions (those of the earlier parts' READMEs, unchanged): habits, availability, wishes,
hypotheticals, questions asking only for information, timetables (opening hours, clock-change
notices, school/transport/utility schedules, load shedding, store hours) and other people's
plans the writer does not join (tag reported) are negatives; proposals (also as questions),
reminders, invitations and confirmations are plans; a plan moved in words is a plan at its new
time, one called off or postponed without a date is negative-cancelled; a departure time is a
trip's start; one time per outing; "tonight" without a clock time 20:00 (nearly every line
gives a clock time); approximate times take the stated value; a stated end is a range, a
stated length a duration (end = start + length); "this <weekday>" only for a later day of
this week; "next <weekday>" avoided where it could mean two different days; "a week on
Friday" = the Friday after next (the "fri2" day), used only where it reads one way; "in N
days" = today + N; bare hours only where the context fixes am/pm; a flight is labelled in the
zone it leaves from; numeric dates only where they read naturally (D/M in en outside the US,
M/D in US zones, D.MM in ru) and equal to a labelled date; voice run-ons (tag voice) are
long unpunctuated lines as a phone's dictation writes them.
"""
import json, re, sys
from datetime import datetime, timedelta, date
from zoneinfo import ZoneInfo

NOWS = {  # key: local wall time (weekday asserted)
    "M5": ("2026-03-05T19:10", "thu"),   # US/Canada + Cuba switch Sun 8 Mar (Cuba has no autumn switch in this tzdata); EU 29 Mar ahead
    "M25": ("2026-03-25T20:30", "wed"),  # EU 29 Mar; Israel 27 Mar; AU/NZ/Chile 4-5 Apr
    "O2": ("2026-10-02T18:15", "fri"),   # AU switch Sun 4 Oct; EU 25 Oct ahead
    "O21": ("2026-10-21T21:05", "wed"),  # EU/Israel 25 Oct; US/Canada 1 Nov
    "O29": ("2026-10-29T17:45", "thu"),  # US/Canada 1 Nov; EU already switched (control)
    "A10": ("2026-08-10T12:20", "mon"),  # ordinary week (controls)
    "J3": ("2026-06-03T08:50", "wed"),   # ordinary week (controls)
    "D1": ("2026-12-01T22:05", "tue"),   # ordinary; yearless dates roll into 2027
}
WD = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
CASES = {}
CASES["en"] = """
M5|America/New_York|yo we still on for brunch sunday? 11ish at Lucy's diner|sun 11:00|
M5|America/Chicago|dentist moved to monday 8:40am ugh|mon 08:40|
M5|America/Los_Angeles|cant do tmrw, how bout tuesday 6-8pm for the study group|tue 18:00-20:00|typo
M5|America/Denver|ski day saturday!! leaving at 6am sharp from my place ⛷️|sat 06:00|
M5|America/Toronto|hockey practice moved, it's sunday 7:15 to 8:30 am now|sun 07:15-08:30|
M5|America/New_York|lunch w/ Priya in 10 days? she said the 15th works, 12:30 at that ramen spot|+10 12:30|typo,relative-plus-date
M5|America/Phoenix|pickleball tmrw 7am at the rec center, bring water its gonna be warm|+1 07:00|typo
M5|Europe/London|right, pub quiz a week on Friday, 8pm start at the Crown, I've put us down as a team of 5|fri2 20:00|
M5|Europe/London|mum's booked the table for Mothering Sunday, 1pm at the Harvester 🙄|sun2 13:00|
M5|Europe/London|tenancy viewing tomorrow 11:15, agent's meeting us outside|+1 11:15|
M5|Asia/Manila|Mam, makeup trial for the debut is sat 3pm-5pm, see u!|sat 15:00-17:00|typo
M5|America/New_York|coffee thu 12th 9:30? then lunch w/ the Ohio team fri 13th 1pm|03-12 09:30;03-13 13:00|typo
M5|America/Chicago|volunteering at the food bank saturday 9 to noon, carpool?|sat 09:00-12:00|
M5|America/New_York|hey so I talked to Dana and we're gonna do the dinner thing on Sunday at like 7 at her place so just bring wine or whatever and let me know if you need a ride|sun 19:00|voice
M25|Europe/London|clocks go forward sunday so dont be late lol, 5 a side is 10am sunday at the Powerleague|sun 10:00|typo
M25|Europe/Dublin|grand so, coffee Monday morning at half 10 in the usual place|mon 10:30|
M25|Europe/London|parents evening is thurs 2nd april 4:40-4:50pm with Mr Okafor|04-02 16:40-16:50|
M25|Australia/Sydney|first arvo training after the clocks go back is Tuesday the 7th, 4:30 at the oval|04-07 16:30|
M25|Australia/Melbourne|brunch in 12 days? Monday the 6th is Easter Monday so we're all off, 10:30 at Hardware Lane|+12 10:30|relative-plus-date
M25|Pacific/Auckland|sailing saturday from 8am till 2pm, meet at the marina|sat 08:00-14:00|
M25|America/New_York|spring break road trip: we head out saturday 7am, pick u up first|sat 07:00|typo
M25|Australia/Sydney|easter sunday lunch at nan's, 12:30, you're on dessert duty|04-05 12:30|
M25|Pacific/Auckland|quiz night Wednesday the 8th, 7:30pm at the Kingslander|04-08 19:30|
M25|Europe/London|gym sat 10-11:30 then brunch sun at 12 with the girls|sat 10:00-11:30;sun 12:00|
M25|Europe/London|can we do the call 2-2:45pm tomorrow instead?|+1 14:00-14:45|
M25|Australia/Sydney|school disco thurs 9th 6-8pm, pls volunteer if u can|04-09 18:00-20:00|typo
M25|Europe/London|hiya just to say the dentist rang and they've moved my appointment to Tuesday at 9 15 in the morning so I can't do the school run can you do it|tue 09:15|voice,day-part
M25|Australia/Melbourne|hey it's me just confirming the physio on Thursday the 9th at 10 past 4 in the afternoon and I'll need a lift there|04-09 16:10|voice,day-part
O2|Australia/Sydney|footy finals party at ours sunday from 6pm!! bring snags 🏉|sun 18:00|
O2|Australia/Adelaide|clocks go forward this weekend fyi — still on for the 9am pilates monday?|mon 09:00|
O2|Australia/Melbourne|reminder: team offsite tues 9 till 3 at the Docklands office|tue 09:00-15:00|
O2|Australia/Brisbane|meet u at the ferry terminal in 20 mins|@+20|relative,typo
O2|Australia/Perth|brekkie tmrw 8:30? the cafe on the foreshore|+1 08:30|typo
O2|Asia/Kolkata|Hi all, the society meeting is on Sunday 11 am in the clubhouse, please attend|sun 11:00|formal
O2|Africa/Johannesburg|braai at Sipho's on Saturday, from 1pm till late|sat 13:00|
O2|Asia/Singapore|Dear Mr Tan, this is to confirm your appointment on Tuesday 6 October, 2:30pm to 3pm at our Orchard clinic|10-06 14:30-15:00|formal
O2|Europe/London|Fancy a curry a week on Saturday? the 10th, 7:30pm at Dishoom|sat2 19:30|
O2|Australia/Hobart|bushwalk tmrw 8am from the car park at the bottom of kunanyi|+1 08:00|typo
O2|Australia/Hobart|mon 5th: school pickup 3:10pm then swim lessons 4-4:45|mon 15:10;mon 16:00-16:45|
O2|Australia/Sydney|working bee at the school sunday 8-11am, bring gloves|sun 08:00-11:00|
O2|Australia/Sydney|mate I'm driving so can't type but yeah meet at the gate at half one on sunday for the footy and I'll have your ticket|sun 13:30|voice
O2|Europe/Dublin|right so Aoife's christening is on Sunday the 25th at 12 in St Mary's and then the hotel after so keep the day free|10-25 12:00|voice
O21|Europe/London|clocks go back sat night so we get an extra hour in bed before parkrun at 9 sunday 😴^|sun 09:00|
O21|America/New_York|halloween party sat the 31st, 8pm, costumes mandatory 🎃|10-31 20:00|
O21|America/Chicago|thanksgiving at grandma's, dinner's at 2pm on the dot|11-26 14:00|
O21|Europe/London|right so: MOT thursday 9am, then I've got the dentist monday 8:20am|thu 09:00;mon 08:20|
O21|Pacific/Auckland|hey we're doing drinks for Hemi's farewell thurs 5:30pm at the Brew on Quay|thu 17:30|
O21|America/New_York|in 12 days: the 2nd, my final exam 9-11am ugh|+12 09:00-11:00|relative-plus-date
O21|America/Chicago|vet for Biscuit friday at 10:40am, then I'm free|fri 10:40|
O21|Africa/Nairobi|the harambee is saturday 2pm at the church grounds, karibu|sat 14:00|
O21|America/New_York|first aid course is monday nov 2nd 9am to 4pm, lunch provided|11-02 09:00-16:00|
O21|America/Chicago|ok so the plan for next week is we fly out monday the 2nd at 6 40 in the morning out of O'Hare ugh so early|11-02 06:40|voice,day-part
O29|America/New_York|moving the 1:1 to monday 3-3:30pm since daylight saving ends sunday and our london folks shift^|mon 15:00-15:30|
O29|America/Los_Angeles|election night watch party tuesday at mine from 7pm, pizza on me|tue 19:00|
O29|America/Denver|ok let's do the hike in 9 days, the 7th, trailhead 8am|+9 08:00|relative-plus-date
O29|America/Toronto|parent teacher interview thu nov 12 6:10pm, it's a 10 min slot|11-12 18:10/10|
O29|America/Chicago|book club moved to the 5th, 7-9pm at Ana's|11-05 19:00-21:00|
O29|America/Los_Angeles|flight to Austin monday 6:55am out of LAX, ride to the airport pls?|mon 06:55|typo
O29|America/Toronto|we're doing the Santa Claus parade on the 15th, meet at Yonge & Bloor 11:30am|11-15 11:30|
O29|America/Chicago|movie marathon sunday 1-6pm at mine, bring snacks|sun 13:00-18:00|
O29|America/New_York|so the plan is trick or treating saturday starting at 5 30 with the kids from the block and then back to ours for pizza|sat 17:30|voice
A10|Europe/London|bank hol bbq at ours 2pm on the 31st, bring a chair|08-31 14:00|
A10|America/New_York|dinner thursday 7:30pm at Carbone, I got the res!!|thu 19:30|
A10|Asia/Singapore|team lunch friday 12:30 at Maxwell, my treat|fri 12:30|
A10|Asia/Manila|Sir, meeting with the contractor tomorrow 10am at site, confirmed po|+1 10:00|
A10|Australia/Sydney|dinner wednesday 6pm at the pub? my shout|wed 18:00|
A10|America/Denver|yo let's grab tacos in 30 mins|@+30|relative
A10|Asia/Kolkata|lunch at nani's this sunday, we'll come by 11am|sun 11:00|
A10|Europe/Dublin|the hike starts in 10 days, bus to Killarney at 8am on the 20th|+10 08:00|relative-plus-date
A10|Africa/Johannesburg|workshop thursday 08:30–12:30 at the Sandton office|thu 08:30-12:30|
A10|Europe/London|escape room friday 6:15pm, it's an hour|fri 18:15/60|
A10|Asia/Kolkata|hello beta we will be reaching your place on Saturday around 5 in the evening so please keep the house open and tell Raju also|sat 17:00|voice,day-part
A10|Europe/London|just leaving now traffic is mental but I'll see you at the restaurant in about 40 minutes save me a seat|@+40|voice,relative
J3|America/Chicago|cubs game saturday 1:20pm first pitch, I've got the tix|sat 13:20|typo
J3|Europe/London|sorry can't do tonight, tomorrow 6ish for a drink instead?|+1 18:00|
J3|Africa/Lagos|Our introduction ceremony is this Saturday by 11am, Ikeja. Pls come|sat 11:00|typo
J3|Africa/Nairobi|matatu to Naivasha tomorrow, we leave town 7am|+1 07:00|
J3|Asia/Kolkata|in 10 days we have the offsite — 13th, 9:30am reporting at the Bangalore office|+10 09:30|relative-plus-date
J3|Africa/Johannesburg|Hi Ma'am, the parent meeting for Grade 4 is Thursday 14:00-15:00 in the hall|thu 14:00-15:00|formal
J3|America/New_York|happy hour tmrw 5-7pm at the rooftop, first round on marketing|+1 17:00-19:00|typo
J3|Australia/Melbourne|meet at gate 3 at 7:30 friday night for the footy|fri 19:30|
J3|Asia/Manila|badminton tonight 8 to 10 at the court po|0 20:00-22:00|
J3|America/Los_Angeles|mock interview tmrw, 45 mins from 10am|+1 10:00/45|typo
J3|America/Los_Angeles|yeah so the interview is tomorrow at 2 30 in the afternoon on zoom and it's supposed to be an hour so I'll call you after|+1 14:30/60|voice,day-part
J3|Asia/Singapore|ok noted boss the client call is moved to Friday 4pm to 5pm because their CFO is travelling I'll send the new invite|fri 16:00-17:00|voice
D1|America/New_York|secret santa swap fri the 18th 5:30pm in the break room 🎁|12-18 17:30|
D1|Europe/London|xmas do is thurs 17th 7pm at the Ivy|12-17 19:00|
D1|Australia/Sydney|carols by candlelight at the park saturday the 12th, 7:30pm|12-12 19:30|
D1|America/Los_Angeles|in two weeks, the 15th, holiday potluck 12-2 in the big conf room|12-15 12:00-14:00|relative-plus-date
D1|Asia/Kolkata|sangeet is on the 12th 7pm onwards, don't you dare miss it|12-12 19:00|
D1|Africa/Lagos|the carol service is sunday 6th by 5pm, church hall|sun 17:00|
D1|America/New_York|office party thursday 4-7pm in the lobby|thu 16:00-19:00|
D1|Africa/Johannesburg|hi guys so for the year end function it's on the 11th at 6 in the evening at the Radisson and then we're all going to the club after so dress nice|12-11 18:00|voice,day-part
M5|America/New_York|Daylight saving time begins Sunday at 2am, set your clocks forward one hour||other,timetable
M5|America/Chicago|Store hours this weekend: Sat 9am–9pm, Sun 10am–6pm. See you soon!||other,timetable
M25|Europe/London|British Summer Time starts this Sunday at 1am, clocks go forward an hour||other,timetable
O2|Australia/Sydney|NSW reminder: daylight saving starts 2am Sunday 4 October, clocks forward to 3am||other,timetable
A10|Africa/Johannesburg|Eskom: stage 2 load shedding tonight 18:00-20:30 for our area, block 4 again||other,timetable
J3|Africa/Lagos|NEPA schedule says light from 6pm to 12 midnight in our street this week, lol we'll see||other,timetable
O21|Europe/Dublin|Irish Rail note: winter hours kick in once we fall back this weekend, Luas on reduced Sunday service||other,timetable
A10|America/Los_Angeles|heads up the library is closed on labor day, open tues 10-8||other,timetable
D1|Europe/London|Last posting dates for Christmas: 2nd class Thursday 17th December, 1st class Friday 18th||deadline,timetable
J3|Asia/Kolkata|Water supply in our sector will be 6 to 8 am only till Sunday due to pipeline work||other,timetable
O29|America/Toronto|TTC: Line 1 closed between Union and St Clair West this Saturday and Sunday, shuttle buses run||other,timetable
M5|Australia/Melbourne|school holidays start on the 3rd of April and term 2 starts on the 20th||other,timetable
A10|Asia/Singapore|gym's new hours are 6am to 11pm weekdays, 8 to 8 on weekends||other,timetable
O2|Europe/London|Tesco's open 8 till 10 tonight and 10 to 4 on sunday||other,timetable
J3|America/Phoenix|APS will cut power 8am-noon Thursday for line maintenance on our street||other,timetable
D1|America/Chicago|trash pickup moves to Saturday the week of Christmas fyi||other,timetable
M25|Asia/Manila|Holy Week schedule: offices closed Thursday and Friday, malls open 10am to 7pm||other,timetable
O21|Pacific/Auckland|bus timetable changes from monday — the 7:05 becomes a 7:12||other,timetable
O2|Australia/Sydney|just a heads up the clocks go forward on Sunday morning so the bakery will open at 7 like normal but it'll feel like 6 so don't be grumpy||other,timetable,voice
M5|America/New_York|my sister's going to a concert saturday at 8, lucky her||other,reported
A10|Europe/London|Tom and Jess are off to Ibiza on friday, flight at 6am, jealous||other,reported
O2|Australia/Sydney|the boys are doing a golf day sunday at 7 but i'm not going, knee's wrecked||other,reported
J3|America/Chicago|my boss has a board meeting tmrw 9-11 so she's offline, ping me instead||other,reported,typo
O21|Europe/London|Dad's got his hospital appointment Thursday at 2, Mum's taking him||other,reported
D1|Africa/Johannesburg|Thabo and his mates are doing a training run Saturday 5am, rather them than me||other,reported
O29|America/Denver|my roommate has a date friday at 8 and is freaking out lol||other,reported
M25|Asia/Kolkata|Papa has a zoom with the bank at 11 tomorrow, so keep the wifi free for him||other,reported
A10|Asia/Singapore|hubby has a work dinner on Thursday 7.30pm so it's just me and the kids||other,reported
O2|Europe/Dublin|the neighbours are having a party saturday night from 9, earplugs ready||other,reported
A10|America/Chicago|so my mom's flying in on Thursday but my brother's picking her up from the airport at like 4 so I don't have to do anything which is great||other,reported,voice
M5|America/Los_Angeles|if it doesn't rain we could maybe hike sunday morning but honestly who knows||other,hypothetical
O21|Europe/London|if the train strike goes ahead I'd have to work from home wednesday||other,hypothetical
A10|Australia/Perth|if I win the lotto I'm flying us all to Bali next week haha||other,hypothetical
J3|America/New_York|if they offer me the job I'd start on the 15th||other,hypothetical
D1|Asia/Manila|if my leave gets approved we might go home to Cebu on the 20th||other,hypothetical
J3|Europe/London|I was thinking if the weather holds maybe we could do a picnic at the weekend but I dunno let's see how it goes||other,hypothetical,voice
M5|America/Chicago|anyone know if the Secretary of State branch on Halsted does weekend hours?||other,question
O2|Australia/Melbourne|does anyone know if the clocks go forward this sunday or next?||other,question
A10|Europe/London|what time's the last train back from Brighton on a sunday?||other,question
J3|Asia/Kolkata|what are the timings for the passport office on Saturday?||other,question
O29|America/New_York|when does daylight saving end again? this sunday?||other,question
M5|America/New_York|I run every tuesday and thursday at 6am, it's my therapy||other,habit
A10|Africa/Nairobi|we always have chai at 4 on sundays at my aunt's||other,habit
O21|Australia/Sydney|I do pilates mondays at 7 and swim on wednesdays||other,habit
J3|Europe/London|the kids have swimming every saturday 9am, it's relentless||other,habit
D1|America/Chicago|we usually do church at 10 then brunch||other,habit
D1|America/New_York|yeah I usually go to the gym at 6 before work on mondays and wednesdays so I'm pretty wiped by the evening||other,habit,voice
M5|Europe/London|I'm free most evenings next week except wednesday||other,availability
O2|America/New_York|I can do any time after 3 next friday if that helps||other,availability
A10|Asia/Singapore|my calendar's open thurs afternoon if anyone needs me||other,availability
J3|Australia/Brisbane|I'm around all weekend, just let me know||other,availability
M25|Europe/London|would love to get down to Cornwall at some point this spring||other,wish
O2|America/Los_Angeles|we should really get dinner sometime, it's been ages||other,wish
D1|Australia/Perth|one day I'm gonna do the Rottnest swim||other,wish
M5|America/Chicago|Bulls lost 98-104 smh||other,lookalike
O21|Europe/London|Arsenal 2-1 up at half time!!||other,lookalike
A10|Asia/Kolkata|India 287/6 after 45 overs, what a knock||other,lookalike
J3|America/New_York|my apartment is 4B, buzzer code 2150||other,lookalike
O2|Australia/Melbourne|Pies 12.8 (80) to 9.10 (64) at three quarter time||other,lookalike
D1|Africa/Lagos|my pin is not 1234 before you ask 😂||other,lookalike
M5|America/New_York|great seeing everyone at brunch on sunday!||past
O21|Europe/London|that meeting at 3 yesterday was so pointless||past
A10|Australia/Sydney|footy on saturday was epic, cheers for the lift||past
J3|Asia/Singapore|missed the 8am call this morning, overslept 😭||past
D1|America/Chicago|thanksgiving was chaos but fun, pie at 9pm was a mistake||past
M5|America/Los_Angeles|hey gonna have to cancel saturday, kid's sick, sorry!!||cancelled
A10|Europe/London|tomorrow's 10am is off, client pulled out||cancelled
O2|Australia/Adelaide|bbq on sunday's cancelled, rain all day apparently||cancelled
J3|America/New_York|let's push the sync, I'll find a new time next week||cancelled
D1|Europe/Dublin|the christmas drinks on friday are called off, half the office has flu||cancelled
M25|America/Chicago|taxes due april 15 don't forget||deadline
O2|Asia/Kolkata|ITR filing last date is 31st October, don't miss it||deadline
A10|Europe/London|report needs to be in by friday 5pm||deadline
J3|America/Los_Angeles|rsvp by the 10th for Maya's wedding||deadline
O21|America/New_York|back to the office full time from monday, rip||other
M5|Europe/London|not going to Sam's thing on saturday, I'm wiped||other
A10|Africa/Johannesburg|kids go back to school on wednesday finally||other
D1|Australia/Sydney|not sure if we're doing anything for NYE yet||other
"""
CASES["ru"] = """
M25|Europe/Riga|в воскресенье в 11 бранч у Лены, не опаздывай, часы переводят!|sun 11:00|
M25|Europe/Berlin|встреча с арендодателем в понедельник в 9:30, я договорилась|mon 09:30|
M25|Asia/Jerusalem|в пятницу в 10 утра идём на рынок Кармель, ты с нами?|fri 10:00|day-part
M25|Europe/Kaliningrad|завтра в 18 созвон с Питером|+1 18:00|
M25|Europe/Vilnius|в субботу в 9 выезжаем в Тракай, а в воскресенье в 18 ужин у Оли|sat 09:00;sun 18:00|
M25|Europe/Tallinn|в понедельник с 10 до 11:30 собеседование, держите кулаки|mon 10:00-11:30|
M25|Europe/Riga|короче в воскресенье в два часа дня встречаемся у вокзала и едем к бабушке на дачу возьми куртку там холодно|sun 14:00|voice,day-part
O21|Europe/Kyiv|давай в субботу с 12 до 14 погуляем в парке|sat 12:00-14:00|
O21|Europe/Chisinau|в понедельник созвон в 10:00, ссылку скину|mon 10:00|
O21|America/New_York|родительское собрание 3 ноября в 18:30, приходите оба|11-03 18:30|
O21|Europe/Riga|стрижку в четверг перенесли на пятницу в 16:00^|fri 16:00|
O21|Asia/Jerusalem|в понедельник в 8:30 врач, отвезёшь меня?|mon 08:30|
O21|Europe/Warsaw|в эту субботу в 10 едем на рынок, в воскресенье в 13 обед у родителей|sat 10:00;sun 13:00|
O21|Europe/Berlin|в воскресенье с 15 до 17 экскурсия по Шпрее, билеты у меня|sun 15:00-17:00|
O21|Europe/Kyiv|слушай я записала нас к нотариусу на вторник на десять утра так что отпросись с работы пожалуйста|tue 10:00|voice,day-part
O29|Europe/Moscow|встречаемся у метро через 15 минут|@+15|relative
O29|America/Toronto|в воскресенье в 12 бранч у Кати, в ночь на воскресенье часы переводят, не проспи|sun 12:00|
A10|Europe/Moscow|завтра в 19:00 тренировка, не забудь форму|+1 19:00|
A10|Europe/Moscow|через 10 дней, 20-го, едем на дачу, выезжаем в 8 утра|+10 08:00|day-part,relative-plus-date
A10|Asia/Almaty|в среду в 7 утра едем на Медеу, бери кроссовки|wed 07:00|day-part
A10|Asia/Tbilisi|в пятницу в 21:00 ужин в «Барбарестане», я забронировал|fri 21:00|
A10|Europe/Moscow|в субботу массаж в 11, сеанс на час|sat 11:00/60|
A10|Europe/Moscow|ну давай тогда в четверг в семь вечера у фонтана и оттуда пойдём в кафе|thu 19:00|voice,day-part
J3|Asia/Novosibirsk|в пятницу с 18 до 20 шашлыки во дворе, приходи|fri 18:00-20:00|
J3|Europe/Moscow|сёдня в 8 вечера кино, билеты купил 🍿|0 20:00|typo,day-part
J3|Europe/Prague|через 12 дней, 15-го, свадьба у Тани, сбор в 14:00|+12 14:00|relative-plus-date
D1|Europe/Moscow|корпоратив 18.12 в 19:00 в «Пушкине»|12-18 19:00|
D1|Europe/Minsk|в субботу, 5-го, с 11 до 13 утренник в садике|sat 11:00-13:00|
D1|Europe/Moscow|в четверг, 3-го, в 12:00 защита диплома, приходи поддержать|thu 12:00|
D1|Europe/Moscow|в пятницу с 19 до 23 квиз в баре, команда из шести|fri 19:00-23:00|
D1|Europe/Moscow|мам привет мы приедем в субботу к обеду часам к двум так что ничего не готовь сильно|sat 14:00|voice
M5|Europe/Moscow|Восьмое марта отмечаем в воскресенье в 15:00 у мамы|sun 15:00|
M5|America/New_York|в понедельник в 9 утра собеседование в Манхэттене, держи кулачки|mon 09:00|day-part
M5|Asia/Jerusalem|в субботу в 20:00 у Миши посиделки, приходи|sat 20:00|
M5|Asia/Vladivostok|в субботу в 6 утра на рыбалку, заеду за тобой|sat 06:00|day-part
O2|Europe/Berlin|через неделю в субботу, 10-го, идём на концерт, начало в 20:00|sat2 20:00|relative-plus-date
O2|Asia/Yekaterinburg|завтра с 10 до 12 у меня стоматолог, потом свободна|+1 10:00-12:00|
O2|Europe/Helsinki|в понедельник с 9 до 17 семинар, буду без связи|mon 09:00-17:00|
O2|Europe/Berlin|короче встреча с клиентом перенеслась на понедельник с трёх до пяти приходи пораньше подготовимся|mon 15:00-17:00|voice
M25|Europe/Berlin|в ночь на воскресенье переводим часы на час вперёд||other,timetable
O21|Europe/Chisinau|Внимание: в воскресенье 25 октября в 04:00 часы переводятся на час назад||other,timetable
A10|Europe/Moscow|Наша поликлиника теперь принимает по будням с 7:30 до 19:30, по субботам до обеда||other,timetable
J3|Asia/Novosibirsk|график отключения света: завтра с 10 до 16 по нашей улице||other,timetable
D1|Europe/Moscow|Магазин 31 декабря работает до 18:00, 1 января выходной||other,timetable
O2|Europe/Moscow|расписание электричек меняется с понедельника, первая в 5:12||other,timetable
J3|Europe/Moscow|Звонок на первый урок в 8:30, вторая смена с 14:00||other,timetable
M5|Europe/Kyiv|Графики отключений на завтра: 3 очередь с 12:00 до 16:00||other,timetable
A10|Europe/Moscow|у нас в подъезде написали что горячую воду отключат с 14 по 28 августа так что буду мыться у тебя||other,timetable,voice
A10|Europe/Moscow|брат в субботу летит в Турцию в 6 утра, везёт его папа||other,reported
O2|Asia/Almaty|у Айгерим свадьба в субботу, но нас не звали 😅||other,reported
M25|Europe/Riga|коллеги идут в боулинг в пятницу в 19, я пас||other,reported
D1|Asia/Jerusalem|дети в четверг идут на экскурсию с классом к 9||other,reported
O21|Europe/Riga|муж в субботу едет с друзьями на рыбалку в пять утра а я сплю до обеда||other,reported,voice
O21|Europe/Moscow|если завтра не будет дождя, можно было бы съездить за грибами||other,hypothetical
J3|Europe/Berlin|если билеты подешевеют, полетим в Москву в июле||other,hypothetical
M25|Europe/Moscow|я вот думаю если отпуск дадут может в мае махнём в Сочи но это пока не точно||other,hypothetical,voice
A10|Europe/Moscow|не подскажете, паспортный стол на Ленина по субботам до скольки?||other,question
M25|Asia/Jerusalem|когда тут переводят часы, в эту пятницу?||other,question
O2|Europe/Moscow|по вторникам и четвергам в 19 у меня йога||other,habit
D1|Asia/Yekaterinburg|мы всегда по воскресеньям обедаем у бабушки||other,habit
J3|Europe/Moscow|я свободна в четверг после 16, если что||other,availability
O29|Europe/Riga|на следующей неделе могу в любой день кроме среды||other,availability
A10|Europe/Moscow|хочу когда-нибудь на Байкал зимой||other,wish
O21|Europe/Moscow|Спартак – ЦСКА 2:1, наконец-то||other,lookalike
M5|Europe/Moscow|код домофона 45К7821, кв. 112||other,lookalike
A10|Europe/Moscow|вчера в 18 было собрание, ничего нового||past
O29|Europe/Kyiv|в субботу было классно, спасибо за вечер||past
M25|Europe/Berlin|встречу в пятницу отменили, шеф заболел||cancelled
D1|Europe/Moscow|ёлку в субботу переносим, новую дату скажу позже||cancelled
O21|Europe/Moscow|квартальную отчётность надо закинуть в облако не позже пятницы, 18:00 крайний срок||deadline
J3|Europe/Moscow|заявление подать до 15 июня||deadline
A10|Europe/Moscow|с понедельника снова на работу, эх||other
O2|Asia/Tbilisi|я в субботу не пойду, устала||other
"""
CASES["es"] = """
M25|Europe/Madrid|el domingo a las 12 vermut en casa de Lucía, ¿te apuntas?|sun 12:00|
M25|Europe/Madrid|quedamos el lunes de 10 a 12 para preparar la presentación|mon 10:00-12:00|
M25|America/Santiago|ya po, el domingo 5 almorzamos donde mi mamá a las 2 de la tarde|04-05 14:00|day-part
M25|America/Santiago|mañana a las 19:00 pichanga en la cancha de siempre|+1 19:00|
M25|America/Bogota|el jueves 2 de abril viajamos a Cartagena, el vuelo sale a las 6:40 am|04-02 06:40|
M25|Europe/Madrid|el jueves 2 y el viernes 3 son festivos; salimos hacia Cádiz el miércoles 1 a las 16:00^|04-01 16:00|
M25|Europe/Madrid|el martes de 17:00 a 18:30 tutoría con la profe de Lucas|tue 17:00-18:30|
M25|Europe/Madrid|oye que al final la cena con los de la uni es el sábado a las nueve y media de la noche en el italiano de siempre así que avisa a Carlos|sat 21:30|voice,day-part
M5|America/Havana|el domingo a las 4 de la tarde es el cumple de Yunior en el Vedado, ven|sun 16:00|day-part
M5|America/Mexico_City|nos vemos el sábado de 5 a 7 de la tarde en el café de Coyoacán|sat 17:00-19:00|day-part
M5|America/Los_Angeles|la junta de padres es el martes a las 6:30 pm en la escuela|tue 18:30|
M5|Europe/Madrid|dentro de 25 días, el lunes 30, empiezo el curso a las 9 de la mañana en la academia|+25 09:00|relative-plus-date,day-part
M5|America/Santiago|ya po el domingo a las once de la mañana nos juntamos en el cerro para subir caminando lleva agua y bloqueador|sun 11:00|voice,day-part
O2|America/Bogota|parce, el sábado a las 3 de la tarde partido en la cancha del barrio|sat 15:00|day-part
O2|America/Argentina/Buenos_Aires|che, ¿asado el domingo a las 13? lo hacemos en lo de Fede|sun 13:00|
O2|Europe/Madrid|dentro de 10 días, el lunes 12, es el Pilar y vamos a Zaragoza, salimos a las 8 de la mañana|+10 08:00|relative-plus-date,day-part
O2|America/Santiago|el lunes de 9 a 13 tengo examen de grado 😬|mon 09:00-13:00|
O2|America/Mexico_City|el jueves 8 a las 11 de la mañana tengo cita en el SAT|10-08 11:00|day-part
O2|America/Argentina/Buenos_Aires|che mirá el turno con la dermatóloga me lo dieron para el martes a las cuatro y cuarto de la tarde así que no puedo buscar a los chicos|tue 16:15|voice,day-part
O21|Europe/Madrid|cena del equipo el jueves a las 21:30 en La Tagliatella|thu 21:30|
O21|Atlantic/Canary|el domingo de 11 a 14 hacemos limpieza de playa en Las Canteras|sun 11:00-14:00|
O21|Europe/Madrid|en dos semanas, el miércoles 4, tengo la ITV a las 9:15|11-04 09:15|relative-plus-date
O21|Europe/Madrid|el lunes de 9 a 14 curso de prevención en la ofi|mon 09:00-14:00|typo
O29|America/Havana|el lunes a las 9 de la mañana tengo turno en el consulado, acompáñame|mon 09:00|day-part
O29|America/Tijuana|el domingo a las 10 de la mañana cruzamos a San Diego, nos vemos en la garita|sun 10:00|day-part
O29|America/Mexico_City|Día de Muertos: el lunes 2 a las 17:00 ponemos la ofrenda en casa de la abuela|11-02 17:00|
O29|Europe/Madrid|el sábado a las 22 fiesta de Halloween en casa de Pablo 🎃|sat 22:00|
O29|America/Havana|el martes de 2 a 4 de la tarde reunión en el consultorio con la doctora|tue 14:00-16:00|day-part
O29|America/Havana|mira mi amor que el domingo vamos para casa de tu mamá a las dos de la tarde que ella va a hacer congrí y lechón|sun 14:00|voice,day-part
A10|America/Lima|mañana a las 8 de la noche lonche en la casa de mi tía|+1 20:00|day-part
A10|Europe/Madrid|el viernes de 19 a 21 clase de prueba de salsa, ¿vienes?|fri 19:00-21:00|
A10|America/Caracas|chamo, ¿nos vemos en 20 minutos en la panadería?|@+20|relative
A10|America/Mexico_City|¿vamos al cine hoy a las 7 de la noche?|0 19:00|day-part
A10|America/Bogota|el sábado hay clase de yoga de 8 a 9:30 am en el parque, ¿vamos?|sat 08:00-09:30|
A10|America/Bogota|hola mami le cuento que el viernes llego a Medellín a las tres de la tarde entonces me recoge en el aeropuerto porfa|fri 15:00|voice,day-part,typo
J3|America/Bogota|reunión con el contador el jueves a las 10 am|thu 10:00|
J3|Europe/Madrid|la boda de Marta es el 20 de junio a las 12:30 en la iglesia|06-20 12:30|
J3|America/Lima|mañana de 7 a 9 de la noche hay junta de vecinos, vamos juntos|+1 19:00-21:00|day-part
D1|America/Argentina/Buenos_Aires|el viernes 11 a las 20 cena de fin de año de la ofi|12-11 20:00|typo
D1|America/Santiago|el sábado 12 de 10 a 13 vamos a la feria navideña|12-12 10:00-13:00|
D1|America/Mexico_City|la posada es el 16 a las 8 de la noche en casa de mis tíos|12-16 20:00|day-part
D1|Europe/Madrid|el sábado 19 a las 14:00 comida de Navidad con los primos|12-19 14:00|
D1|America/Mexico_City|qué onda wey el sábado hay carne asada en casa de mi compa desde las dos de la tarde y se va a poner buena caile|sat 14:00|voice,day-part,typo
M25|Europe/Madrid|Recuerda: esta madrugada del domingo a las 2 serán las 3, cambio de hora||other,timetable
M25|America/Santiago|Ojo, que la noche del sábado 4 al domingo 5 de abril se atrasan los relojes a las 24 h en Chile continental||other,timetable
O21|Atlantic/Canary|En Canarias el domingo a las 2 de la madrugada volverá a ser la 1||other,timetable
A10|America/Mexico_City|El banco abre de 9 a 16 h de lunes a viernes y los sábados de 9 a 14||other,timetable
J3|America/Bogota|Pico y placa mañana para placas terminadas en 3 y 4 de 6 a 9 y de 17 a 20||other,timetable
O2|America/Argentina/Buenos_Aires|El subte línea B funciona de 5:30 a 23:30 los días hábiles||other,timetable
D1|Europe/Madrid|Aviso de la ferretería: Nochebuena y Nochevieja cerramos a mediodía, el resto de diciembre horario normal||other,timetable
O29|America/Havana|Horario de apagones en el circuito 8: mañana de 10 a 14 y de 18 a 22||other,timetable
M5|America/Lima|La farmacia de la esquina ahora atiende las 24 horas||other,timetable
A10|Europe/Madrid|te cuento que el Mercadona de aquí abre de nueve a nueve y media de la noche todos los días menos el domingo||other,timetable,voice
A10|Europe/Madrid|mi hermana tiene entrevista el jueves a las 10, crucemos los dedos||other,reported
O2|America/Bogota|los muchachos van a jugar tejo el sábado a las 4 pero yo trabajo||other,reported
D1|America/Santiago|mis papás viajan a La Serena el viernes a las 7, los lleva mi tío||other,reported
M25|America/Mexico_City|mi jefe tiene junta con el director mañana a las 9, va a estar de malas||other,reported
O21|Europe/Madrid|tía que mi hermano se casa el sábado en Sevilla pero yo no voy porque tengo guardia así que me quedo||other,reported,voice
O21|America/Argentina/Buenos_Aires|si gana Boca el domingo capaz vamos al Obelisco||other,hypothetical
J3|Europe/Madrid|si me dan las vacaciones en agosto, igual nos vamos a Asturias||other,hypothetical
J3|America/Lima|bueno si es que me pagan a tiempo de repente nos vamos a Cusco en julio pero nada seguro todavía||other,hypothetical,voice
A10|America/Lima|¿a qué hora cierra el Jockey Plaza los domingos?||other,question
M25|Europe/Madrid|¿el cambio de hora es este domingo o el que viene?||other,question
O2|America/Mexico_City|todos los martes a las 7 voy a natación||other,habit
D1|America/Bogota|los domingos siempre almorzamos donde la abuela||other,habit
J3|America/Santiago|yo puedo cualquier día después de las 6, menos el viernes||other,availability
A10|Europe/Madrid|esta semana tengo libre el miércoles por la tarde||other,availability
O29|America/Mexico_City|ojalá algún día podamos ir a Oaxaca juntos||other,wish
O21|Europe/Madrid|¡el Madrid ganó 3-1!||other,lookalike
M5|America/Argentina/Buenos_Aires|Av. Corrientes 1234, 5° B, timbre 12||other,lookalike
A10|America/Bogota|ayer a las 8 fue la reunión y nadie llegó||past
O29|Europe/Madrid|el sábado lo pasamos genial en la fiesta||past
M25|America/Mexico_City|se cancela la junta del viernes, luego les aviso||cancelled
D1|Europe/Madrid|lo del sábado se suspende, mi madre está mala||cancelled
O2|America/Santiago|hay que pagar la patente antes del 31||deadline
J3|Europe/Madrid|el plazo de la matrícula termina el viernes a las 14:00||deadline
A10|America/Mexico_City|el lunes regreso a la oficina, qué flojera||other
O21|America/Lima|no sé si al final vamos a la fiesta del sábado||other
"""
CASES["pt"] = """
M25|Europe/Lisbon|domingo às 13h almoço em casa da avó, não te esqueças que a hora muda|sun 13:00|
M25|Atlantic/Azores|segunda às 9h reunião na câmara de Ponta Delgada|mon 09:00|
M25|America/Sao_Paulo|sábado das 14h às 16h festinha da Bia no buffet|sat 14:00-16:00|
M25|America/Sao_Paulo|reunião de condomínio amanhã das 19h às 21h, salão de festas|+1 19:00-21:00|
M25|Europe/Lisbon|quinta 2 às 18h saímos para o Algarve, volta no domingo^|04-02 18:00|
M25|Europe/Lisbon|segunda das 9h às 13h formação no Porto|mon 09:00-13:00|
M25|America/Sao_Paulo|oi amiga então a gente combinou o chá de bebê da Carol pro sábado às três da tarde na casa da mãe dela leva alguma coisa doce tá|sat 15:00|voice,day-part
M5|America/New_York|domingo às 11h missa e depois almoço na casa da tia em Newark|sun 11:00|
M5|Europe/Lisbon|daqui a três semanas, quinta 26, apresentação da tese às 14h30|03-26 14:30|relative-plus-date
M5|America/Fortaleza|partiu praia em 30 min? passo aí|@+30|relative,typo
O2|America/Sao_Paulo|bora num barzinho hj às 20h? 🍻|0 20:00|typo
O2|Europe/Lisbon|daqui a 10 dias, segunda 12, tenho consulta às 10h30 no Santa Maria|+10 10:30|relative-plus-date
O2|America/Bahia|domingo às 10h praia em Itapuã, levo o isopor|sun 10:00|
O2|Atlantic/Azores|sábado 24 às 21h festa na freguesia, já estás convidado|10-24 21:00|
O2|America/Sao_Paulo|cara a reunião do projeto ficou pra segunda das duas às quatro da tarde não esquece de levar o notebook|mon 14:00-16:00|voice,day-part
O21|Europe/Lisbon|jantar de aniversário da Rita na sexta às 20h30 em Alfama|fri 20:30|
O21|Atlantic/Madeira|sábado das 9h às 12h caminhada na levada do Caldeirão Verde|sat 09:00-12:00|
O21|Europe/London|domingo às 15h churrasco na casa do Zé em Stockwell|sun 15:00|
O21|America/Sao_Paulo|em 15 dias, no dia 5, tem a prova do Detran às 9h|+15 09:00|relative-plus-date
O21|Europe/Lisbon|terça das 18h às 19h30 aula experimental de pilates|tue 18:00-19:30|
O21|Europe/Lisbon|olha já marquei a revisão do carro para terça às nove da manhã na oficina do senhor Armando podes ir lá buscar-me|tue 09:00|voice,day-part
O29|America/New_York|segunda às 8h consulta no dentista em Framingham|mon 08:00|
O29|America/Sao_Paulo|segunda 2 é feriado de Finados; a gente viaja pra Santos no sábado às 7h^|sat 07:00|
O29|Europe/Lisbon|sábado às 22h festa de Halloween na casa da Inês|sat 22:00|
O29|America/New_York|sábado das 10h às 14h mudança do Léo, preciso de ajuda|sat 10:00-14:00|
O29|America/New_York|então amor no domingo o culto é às dez da manhã e depois a gente almoça com a irmã Cida|sun 10:00|voice,day-part
A10|America/Recife|amanhã às 17h a gente se encontra no Paço do Frevo|+1 17:00|
A10|America/Manaus|quinta das 8h às 12h mutirão no bairro, vamos juntos?|thu 08:00-12:00|
A10|Europe/Lisbon|vamos às sardinhas sexta às 21h? no Bairro Alto|fri 21:00|
A10|America/Sao_Paulo|reunião com o cliente amanhã às 15h, dura uma hora e meia|+1 15:00/90|
A10|America/Recife|mainha tô chegando no sábado às seis da tarde no aeroporto pode pedir pro painho me buscar|sat 18:00|voice,day-part,typo
J3|Africa/Luanda|sábado às 16h casamento do primo na Ilha, não faltes|sat 16:00|
J3|Africa/Maputo|amanhã às 7h30 saímos para a Costa do Sol|+1 07:30|
J3|America/Sao_Paulo|festa junina da escola sábado 13 das 14h às 18h|06-13 14:00-18:00|
J3|Europe/Lisbon|Santos Populares: sexta 12 jantamos em Alfama às 20h|06-12 20:00|
D1|America/Sao_Paulo|amigo secreto da firma dia 18 às 19h, no restaurante do lado|12-18 19:00|
D1|Europe/Lisbon|jantar de Natal da empresa quinta 17 às 20h|12-17 20:00|
D1|Africa/Luanda|sexta às 18h reunião de pais no colégio|fri 18:00|
D1|America/Sao_Paulo|consulta sexta às 14h, dura umas duas horas|fri 14:00/120|
D1|Africa/Maputo|mano no sábado às duas da tarde vamos jogar futebol no campo do bairro traz a bola|sat 14:00|voice,day-part
M25|Europe/Lisbon|Atenção: no domingo à 1h os relógios adiantam para as 2h||other,timetable
M25|Atlantic/Azores|Nos Açores a hora muda à meia-noite de sábado para domingo||other,timetable
O21|Europe/Lisbon|A hora muda este domingo: às 2h voltam a ser 1h||other,timetable
A10|America/Sao_Paulo|O Poupatempo funciona de segunda a sexta das 7h às 19h e sábado das 7h às 13h||other,timetable
J3|Africa/Maputo|EDM: corte de energia amanhã das 8h às 15h no bairro da Sommerschield||other,timetable
O2|America/Sao_Paulo|rodízio: placa final 5 e 6 não pode circular segunda das 7h às 10h||other,timetable
D1|Europe/Lisbon|Horário de Natal: dia 24 fechamos às 16h, dia 25 encerrado||other,timetable
O29|America/Manaus|a balsa para o Careiro sai de hora em hora das 6h às 18h||other,timetable
A10|America/Sao_Paulo|a padaria aqui da rua agora abre às seis da manhã e fecha às oito da noite de segunda a sábado||other,timetable,voice
A10|America/Sao_Paulo|meu irmão tem entrevista na quinta às 10h, torce aí||other,reported
O2|Europe/Lisbon|os meus pais vão a Fátima no domingo de manhã com o grupo da paróquia||other,reported
D1|Africa/Luanda|o chefe viaja para Lisboa na sexta às 23h, ficamos sossegados||other,reported
M25|America/Recife|a galera vai pro show sábado às 22h mas eu tô sem grana||other,reported,typo
M5|America/Sao_Paulo|meu marido vai pro jogo do Corinthians no domingo às quatro com os amigos e eu vou ficar em casa com as crianças||other,reported,voice
O21|America/Sao_Paulo|se der tempo, talvez a gente passe aí no feriado||other,hypothetical
J3|Europe/Lisbon|se conseguir folga, ia contigo ao Porto em julho||other,hypothetical
J3|Europe/Lisbon|se calhar se o tempo ajudar ainda vamos à praia no fim de semana mas logo se vê não prometo nada||other,hypothetical,voice
A10|Europe/Lisbon|a que horas fecha a Loja do Cidadão ao sábado?||other,question
M25|America/New_York|gente, a hora mudou mesmo no domingo passado?||other,question
O2|America/Sao_Paulo|toda terça e quinta às 6h eu corro no Ibirapuera||other,habit
D1|Europe/Lisbon|ao domingo almoçamos sempre em casa da sogra||other,habit
J3|America/Sao_Paulo|tô livre quinta depois das 18h, se precisar||other,availability,typo
O29|Europe/Lisbon|para a semana posso em qualquer dia menos quarta||other,availability
A10|America/Fortaleza|um dia quero muito conhecer Fernando de Noronha||other,wish
O21|America/Sao_Paulo|Flamengo 2 x 1 Palmeiras, que jogo!||other,lookalike
M5|Europe/Lisbon|Rua Augusta 123, 2.º esq., código da porta 4471||other,lookalike
A10|America/Sao_Paulo|ontem às 20h foi a reunião e ninguém apareceu||past
O29|Europe/Lisbon|o jantar de sábado foi ótimo, obrigada!||past
M25|America/Sao_Paulo|a reunião de sexta foi cancelada, depois remarcamos||cancelled
D1|Europe/Lisbon|o jantar de sábado fica adiado, depois combinamos||cancelled
O2|America/Sao_Paulo|o boleto vence dia 10, não esquece||deadline
J3|Africa/Luanda|a candidatura tem de ser entregue até sexta às 15h||deadline
A10|America/Sao_Paulo|segunda volto pro trabalho, que preguiça||other,typo
O21|Europe/Lisbon|não sei se vamos ao jantar de sábado||other
"""

# Added after the first commit (more positives, mostly crossing a clock change).
CASES["en"] += """
M5|America/Los_Angeles|dinner at the thai place sun 6:30pm? my treat for ur bday|sun 18:30|typo
M5|America/Chicago|got tix for the Bulls on the 17th, tip off 7pm|03-17 19:00|
M5|America/Toronto|leafs game sat 7pm at ours, bring chips|sat 19:00|
M5|Europe/London|viewing on the flat in Peckham monday 6-6:30pm, come with?|mon 18:00-18:30|
M5|Europe/London|leaving do for Raj is on the 26th, drinks from 5:30pm at the Lamb|03-26 17:30|
M5|Europe/Dublin|match in Croke Park sunday week at half 3, I've the tickets|sun2 15:30|
M25|America/Chicago|ok dinner fri 7:30pm at the steakhouse on Rush st, res under Kim|fri 19:30|
M25|Europe/London|Ella's party sunday 2-4pm at the soft play, I'll drive|sun 14:00-16:00|
M25|Europe/London|right lads, 5 a side moved to tuesday 8pm same pitch|tue 20:00|
M25|Australia/Adelaide|drinks at the Exeter in 10 days, Sat the 4th, from 4pm|+10 16:00|relative-plus-date
M25|Australia/Sydney|Easter Monday beach day? meet at Bronte 9am on the 6th|04-06 09:00|
M25|Pacific/Auckland|uni open day is sat the 11th 10am-2pm, u keen?|04-11 10:00-14:00|typo
M25|Europe/Dublin|Mass at 11 on Easter Sunday then the dinner at Granny's|04-05 11:00|
M25|America/Los_Angeles|hey babe just so you know the plumber is coming Friday between 8 and 10 in the morning so can you be home for that|fri 08:00-10:00|voice,day-part
O2|Australia/Sydney|long weekend — monday's a public holiday so brunch at 10am at Bills?|mon 10:00|
O2|Australia/Melbourne|tuesday 13th 6-7:30pm is the info night at the school|10-13 18:00-19:30|
O2|Australia/Adelaide|can u do thursday 8th at 5pm? need a hand moving the couch|10-08 17:00|typo
O2|Europe/London|dentist on the 27th at 8:45am, just booked it|10-27 08:45|
O2|America/New_York|kickoff call monday 10-10:30am w the Boston team|mon 10:00-10:30|typo
O2|America/Los_Angeles|dinner on the 6th of November, 7pm at Bestia, booked|11-06 19:00|
O21|Europe/London|be at ours 8:30am tuesday for legoland, half term chaos incoming|tue 08:30|
O21|Europe/Dublin|Halloween bonfire saturday week in the field behind Kav's, from 7 in the evening|sat2 19:00|day-part
O21|America/Denver|moving help saturday 9am-1pm? pizza and beer after|sat 09:00-13:00|
O21|America/New_York|brunch on election day, tuesday the 3rd, 11am at Jack's?|11-03 11:00|
O21|Australia/Sydney|sat 31st halloween drinks 5pm at the Ivy rooftop|10-31 17:00|
O21|Asia/Singapore|deepavali open house at my place sunday the 8th from 12 noon|11-08 12:00|
O21|Europe/London|so basically the plan is we'll meet at Euston on Saturday at quarter to ten and get the train up to Manchester for the match so don't be late|sat 09:45|voice
O29|America/Chicago|friendsgiving sat the 21st 5pm at Jo's, I'm bringing mac n cheese|11-21 17:00|
O29|America/Los_Angeles|lunch tmrw 12:15 at sweetgreen?|+1 12:15|typo
O29|America/Toronto|first swim lesson is tuesday the 10th, 5:30-6pm|11-10 17:30-18:00|
O29|Europe/London|bonfire night at the park thursday the 5th, fireworks 7:30pm|11-05 19:30|
O29|America/Phoenix|call w/ the NY team moved to monday 9-9:45am our time|mon 09:00-09:45|typo
A10|America/Chicago|pool party sat 2-6pm at the Hendersons', bring a towel|sat 14:00-18:00|
A10|Europe/London|fancy the cinema tonight? 8:15pm showing at the Picturehouse|0 20:15|
A10|Australia/Melbourne|trivia at the local thurs 7:30pm, we need a 6th|thu 19:30|
A10|Africa/Lagos|Reminder: owambe on Saturday, 12 noon prompt at the events centre|sat 12:00|
A10|Asia/Kolkata|Sir, demo with the client rescheduled to Wednesday 3 to 4 pm|wed 15:00-16:00|formal
A10|Australia/Sydney|yeah nah can't do tonight but tomorrow works so let's say seven at the Lord Nelson and I'll shout the first round|+1 19:00|voice
J3|America/New_York|graduation's on the 14th at 10am, mom's saving u a seat|06-14 10:00|typo
J3|Europe/Dublin|sea swim at the Forty Foot tomorrow 7am, you in?|+1 07:00|
J3|Australia/Sydney|winter solstice swim sunday 21st 7am at Bondi 🥶|06-21 07:00|
J3|Africa/Johannesburg|Youth Day braai on the 16th at ours from 12 noon|06-16 12:00|
D1|America/Chicago|ugly sweater party sat the 12th 8pm 🎄|12-12 20:00|
D1|Europe/London|panto on the 19th, 2:30pm matinee, I got 4 tickets|12-19 14:30|
D1|Pacific/Auckland|bach weekend: we leave friday 4pm from mine|fri 16:00|
D1|Australia/Melbourne|boxing day test, meet at the G 10am on the 26th|12-26 10:00|
D1|Asia/Manila|barkada christmas party on the 19th, 6pm at Tita Nena's|12-19 18:00|
"""
CASES["ru"] += """
M25|Europe/Riga|во вторник с 18 до 19:30 родительское собрание, пойду я|tue 18:00-19:30|
M25|Europe/Prague|через 10 дней, 4-го, едем в Вену, поезд в 7:40|+10 07:40|relative-plus-date
M25|Asia/Jerusalem|в воскресенье в 9 утра у меня анализы, отвезёшь?|sun 09:00|day-part
M25|Europe/Warsaw|пасхальный завтрак в воскресенье 5-го в 10 у тёти|04-05 10:00|
M25|Europe/Berlin|алло да я записал тебя к врачу на понедельник на без пятнадцати девять утра не опаздывай там строго|mon 08:45|voice,day-part
O21|Europe/Vilnius|в понедельник с 9 до 12 у нас аудит, все на месте|mon 09:00-12:00|
O21|Europe/Berlin|через неделю в среду, 28-го, в 19:00 ужин у Кати|wed 19:00|relative-plus-date
O21|Europe/Helsinki|в субботу в 13:00 баня у Пекки, бери полотенце|sat 13:00|
O21|America/New_York|в четверг 5 ноября в 19:00 концерт в Бруклине|11-05 19:00|
O21|Europe/Chisinau|ну короче в субботу в шесть вечера собираемся у Вити на день рождения скинемся на подарок по двести лей|sat 18:00|voice,day-part
O2|Europe/Riga|в воскресенье 25-го в 11 крестины у Маши|10-25 11:00|
O2|Asia/Jerusalem|в понедельник 26-го в 10 утра собеседование в Тель-Авиве|10-26 10:00|day-part
O29|America/Toronto|в понедельник с 8 до 9 утра созвон с Москвой|mon 08:00-09:00|day-part
A10|Europe/Moscow|в четверг в 20:00 футбол на коробке, нас восемь|thu 20:00|
J3|Europe/Moscow|сегодня в 18:30 у подъезда, поедем на дачу|0 18:30|
D1|Europe/Kyiv|в среду в 10 встреча в ЦНАПе, я записалась|wed 10:00|
M5|Europe/Berlin|через три недели, в четверг 26-го, в 18:00 презентация проекта|03-26 18:00|relative-plus-date
"""
CASES["es"] += """
M25|Europe/Madrid|el jueves 2 vamos a ver la procesión a las 21:00 en la Macarena|04-02 21:00|
M25|Europe/Madrid|el sábado 4 de 10 a 13 mercadillo solidario en el cole|04-04 10:00-13:00|
M25|America/Santiago|el lunes 6 a las 8:30 tengo hora al dentista|04-06 08:30|
M25|America/Santiago|el domingo 12 de abril a las 13:00 almuerzo familiar en Viña|04-12 13:00|
M25|Europe/Madrid|mira te digo que el lunes a las nueve de la mañana tenemos la cita del notario en la calle Serrano así que pide el día|mon 09:00|voice,day-part
M5|America/Havana|el martes 10 a las 3 de la tarde reunión en la escuela de la niña|03-10 15:00|day-part
M5|America/Los_Angeles|el sábado 14 de 6 a 9 de la noche es la quinceañera de mi sobrina|03-14 18:00-21:00|day-part
M5|America/Tijuana|el lunes a las 8 de la mañana cita en el consulado americano|mon 08:00|day-part
O21|Europe/Madrid|el martes de 16:00 a 17:30 reunión de la comunidad de vecinos|tue 16:00-17:30|
O21|Atlantic/Canary|el viernes a las 20:30 concierto en el Auditorio Alfredo Kraus|fri 20:30|
O21|Europe/Madrid|el domingo 1 a las 12 vamos al cementerio con la abuela por Todos los Santos|11-01 12:00|
O21|America/Los_Angeles|el domingo 8 de noviembre a las 11 de la mañana brunch en Pasadena|11-08 11:00|day-part
O29|America/Tijuana|el martes de 4 a 6 de la tarde taller en la casa de la cultura|tue 16:00-18:00|day-part
O29|America/Los_Angeles|el viernes 6 a las 7 de la noche cena en casa de mi suegra|11-06 19:00|day-part
O29|America/Los_Angeles|oye mija el domingo a las diez de la mañana vamos a misa y luego a comer menudo con tu tía así que levántate temprano|sun 10:00|voice,day-part
O2|America/Santiago|el sábado de 10 a 12 hay feria en el colegio, vamos con los niños|sat 10:00-12:00|
O2|Europe/Madrid|el sábado 31 a las 21:00 cena de Halloween en casa de Irene|10-31 21:00|
O2|Atlantic/Canary|el jueves 29 a las 19 clase de surf en El Confital|10-29 19:00|
A10|America/Mexico_City|el sábado de 4 a 6 de la tarde fiesta infantil en el salón|sat 16:00-18:00|day-part
"""
CASES["pt"] += """
M25|Europe/Lisbon|sábado 4 às 10h feira da ladra com a Joana|04-04 10:00|
M25|Europe/Lisbon|terça das 14h às 16h reunião na junta de freguesia|tue 14:00-16:00|
M25|Atlantic/Madeira|domingo de Páscoa, dia 5, almoço às 13h em casa dos sogros|04-05 13:00|
M25|Atlantic/Azores|quinta 2 às 19h ensaio da filarmónica|04-02 19:00|
M25|Europe/Lisbon|olha a reunião com a professora da Matilde ficou para segunda às cinco e meia da tarde na escola vens comigo|mon 17:30|voice,day-part
M5|America/New_York|sábado 14 das 19h às 23h festa da comunidade em Newark|03-14 19:00-23:00|
M5|Europe/Lisbon|segunda 30 às 9h exame de condução, estou nervosa|03-30 09:00|
O21|Europe/Lisbon|quarta 28 às 21h jogo do Benfica na casa do Tiago|10-28 21:00|
O21|Europe/Lisbon|domingo 1 de novembro às 11h vamos ao cemitério com a avó|11-01 11:00|
O21|Atlantic/Azores|segunda das 9h às 12h30 formação na escola|mon 09:00-12:30|
O21|Europe/London|sexta às 19h jantar brasileiro em Willesden, bora?|fri 19:00|
O21|Europe/Lisbon|pá então ficou combinado sábado à uma da tarde almoçamos no Ramiro e depois vamos ver o jogo|sat 13:00|voice,day-part
O29|America/New_York|terça 3 das 18h às 20h reunião na igreja em Framingham|11-03 18:00-20:00|
O29|America/New_York|domingo 8 às 15h aniversário do Pedrinho no salão|11-08 15:00|
O2|Europe/Lisbon|sábado 31 às 21h festa do Dia das Bruxas na casa do Rui|10-31 21:00|
O2|Atlantic/Madeira|segunda 26 às 8h30 consulta no hospital do Funchal|10-26 08:30|
A10|America/Sao_Paulo|quinta das 19h às 22h happy hour da firma na Vila Madalena|thu 19:00-22:00|
J3|America/Recife|arraiá do condomínio sábado das 16h às 20h|sat 16:00-20:00|
D1|America/Sao_Paulo|confraternização da turma sábado 12 às 13h, churrascaria|12-12 13:00|
"""

KINDS = {"past", "cancelled", "deadline", "other"}
SECONDARY = {"timetable", "reported", "hypothetical", "question", "habit", "availability",
             "wish", "lookalike"}
LINE_TAGS = {"typo", "voice", "day-part", "relative", "relative-plus-date", "formal"}
WEEKDAY_RE = {
    "en": [("mon", r"\bmon(day)?\b"), ("tue", r"\btues?(day)?\b"), ("wed", r"\bwed(s|nesday)?\b"),
           ("thu", r"\bthu(rs)?(day)?\b"), ("fri", r"\bfri(day)?\b"), ("sat", r"\bsat(urday)?\b"),
           ("sun", r"\bsun(day)?\b")],
    "ru": [("mon", r"понедельник"), ("tue", r"вторник"), ("wed", r"\bсред[аеуы]"),
           ("thu", r"четверг"), ("fri", r"пятниц"), ("sat", r"суббот"), ("sun", r"воскресен")],
    "es": [("mon", r"\blunes\b"), ("tue", r"\bmartes\b"), ("wed", r"miércoles"),
           ("thu", r"\bjueves\b"), ("fri", r"\bviernes\b"), ("sat", r"sábado"), ("sun", r"\bdomingo")],
    "pt": [("mon", r"\bsegunda\b"), ("tue", r"\bterça\b"), ("wed", r"\bquarta\b"),
           ("thu", r"\bquinta\b"), ("fri", r"\bsexta\b"), ("sat", r"sábado"), ("sun", r"\bdomingo")],
}
MONTH_RE = {
    "en": r"(?i:\b(january|february|march|april|june|july|august|september|october|november|"
          r"december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\b)|\bMay\b",
    "ru": r"(?i:январ|феврал|\bмарт|апрел|\bма[яй]\b|\bиюн|\bиюл|август|сентябр|октябр|ноябр|декабр)",
    "es": r"(?i:\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
          r"noviembre|diciembre)\b)",
    "pt": r"(?i:\b(janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|"
          r"novembro|dezembro)\b)",
}
NUMDATE_RE = r"(?<![\d:.,])(\d{1,2})[./](\d{1,2})(?![\d:.,])"


def wall(d, hm, zone):
    """A wall time in zone; asserts it is neither skipped nor repeated by a clock change."""
    h, m = map(int, hm.split(":"))
    dt = datetime(d.year, d.month, d.day, h, m, tzinfo=zone)
    a, b = dt.replace(fold=0), dt.replace(fold=1)
    assert a.utcoffset() == b.utcoffset(), ("ambiguous or skipped wall time", dt)
    back = a.astimezone(timezone_utc).astimezone(zone)
    assert back.replace(tzinfo=None) == a.replace(tzinfo=None), ("skipped wall time", dt)
    return a


from datetime import timezone as _tz
timezone_utc = _tz.utc


def resolve_day(spec, today):
    if spec == "0":
        return today
    if spec.startswith("+"):
        return today + timedelta(days=int(spec[1:]))
    m = re.fullmatch(r"(mon|tue|wed|thu|fri|sat|sun)(2?)", spec)
    if m:
        k = (WD.index(m.group(1)) - today.weekday()) % 7 or 7
        return today + timedelta(days=k + (7 if m.group(2) else 0))
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", spec)
    if m:
        return date(*map(int, m.groups()))
    m = re.fullmatch(r"(\d\d)-(\d\d)", spec)
    assert m, spec
    mo, dd = map(int, m.groups())
    d = date(today.year, mo, dd)
    if d < today:
        d = date(today.year + 1, mo, dd)
    return d


def build():
    out, seen = [], set()
    for lang in ("en", "ru", "es", "pt"):
        n = 0
        for raw in [l for l in CASES[lang].split("\n") if l.strip()]:
            nowkey, zname, text, evs, tags = raw.split("|")
            zone = ZoneInfo(zname)
            exempt = text.endswith("^")
            if exempt:
                text = text[:-1]
            assert text not in seen, text
            seen.add(text)
            nwall, nwd = NOWS[nowkey]
            nd = datetime.fromisoformat(nwall)
            now = wall(nd.date(), nd.strftime("%H:%M"), zone)
            assert WD[now.weekday()] == nwd, nowkey
            tags = [t for t in tags.split(",") if t]
            events = []
            for ev in [e for e in evs.split(";") if e]:
                day, _, tm = ev.partition(" ")
                if day.startswith("@+"):
                    st = (now.astimezone(timezone_utc) + timedelta(minutes=int(day[2:]))).astimezone(zone)
                    assert st.utcoffset() == now.utcoffset()
                    st = st.replace(second=0, microsecond=0)
                    tm = ""
                if tm:
                    m = re.fullmatch(r"(\d\d:\d\d)(?:-(\d\d:\d\d)|/(\d+))?", tm)
                    assert m, ev
                    d = resolve_day(day, now.date())
                    st = wall(d, m.group(1), zone)
                    en = None
                    if m.group(2):
                        en = wall(d, m.group(2), zone)
                        if en <= st:
                            en = wall(d + timedelta(days=1), m.group(2), zone)
                        tags.append("range")
                    elif m.group(3):
                        en = (st.astimezone(timezone_utc) + timedelta(minutes=int(m.group(3)))).astimezone(zone)
                        tags.append("duration")
                else:
                    en = None
                assert st > now, (text, st)
                assert st - now < timedelta(days=365), text
                if en is not None:
                    assert en > st
                events.append((st, en))
            for a, b in zip(events, events[1:]):
                assert a[0] < b[0], ("order", text)
            if events:
                assert not (set(tags) & (KINDS | SECONDARY)), text
                assert set(tags) <= LINE_TAGS | {"range", "duration"}, (text, tags)
                base = ["activity"]
                if any(e[0].utcoffset() != now.utcoffset() for e in events):
                    tags.append("dst")
                if len(events) > 1:
                    tags.append("multi")
                wds = {WD[e[0].weekday()] for e in events}
                if not exempt:
                    for k, rx in WEEKDAY_RE[lang]:
                        if re.search(rx, text, re.I):
                            assert k in wds, ("weekday", text, k, wds)
                for mm in re.finditer(NUMDATE_RE, text):
                    a, b = int(mm.group(1)), int(mm.group(2))
                    us = zname.startswith("America/") and lang == "en"
                    dm = (b, a) if us else (a, b)
                    assert any((e[0].day, e[0].month) == dm for e in events), text
                    tags.append("numeric-date")
            else:
                assert tags and tags[0] in KINDS and not (set(tags[1:]) & KINDS), text
                assert set(tags[1:]) <= SECONDARY | LINE_TAGS, (text, tags)
                # The kind is written short in the table and tagged as the other parts tag it.
                tags = ["negative-" + tags[0]] + tags[1:]
                base = []
            if re.search(MONTH_RE[lang], text):
                tags.append("month-name")
            if any(ord(c) >= 0x2600 and c not in "\u2019" for c in text):
                tags.append("emoji")
            alltags = []
            for t in base + tags:
                if t not in alltags:
                    alltags.append(t)
            n += 1
            out.append({"id": "tune2-%s-%03d" % (lang, n), "part": "tune2", "lang": lang,
                        "text": text, "now": now.isoformat(), "tz": zname,
                        "expect": [{"start": s.isoformat(), "end": e.isoformat() if e else None}
                                   for s, e in events],
                        "tags": alltags})
    return out


def stats(rows):
    w = sys.stderr.write
    tot = {}
    for lang in ("en", "ru", "es", "pt", None):
        rs = [r for r in rows if lang is None or r["lang"] == lang]
        pos = [r for r in rs if r["expect"]]
        neg = [r for r in rs if not r["expect"]]
        ev = sum(len(r["expect"]) for r in pos)
        ends = sum(1 for r in pos for e in r["expect"] if e["end"])
        w("%s: %d lines, %d neg (%.1f %%), %d pos, %d events, %d with end, dst %d/%d (%.1f %%), "
          "voice %d, month-name %d/%d pos (%.1f %%)\n" % (
              lang or "all", len(rs), len(neg), 100.0 * len(neg) / len(rs), len(pos), ev, ends,
              sum("dst" in r["tags"] for r in pos), len(pos),
              100.0 * sum("dst" in r["tags"] for r in pos) / len(pos),
              sum("voice" in r["tags"] for r in rs),
              sum("month-name" in r["tags"] for r in pos), len(pos),
              100.0 * sum("month-name" in r["tags"] for r in pos) / len(pos)))
    cnt = {}
    for r in rows:
        for t in r["tags"]:
            cnt.setdefault(t, {}).setdefault(r["lang"], 0)
            cnt[t][r["lang"]] += 1
    for t in sorted(cnt, key=lambda t: -sum(cnt[t].values())):
        w("  %s %d (%s)\n" % (t, sum(cnt[t].values()),
                              "/".join(str(cnt[t].get(l, 0)) for l in ("en", "ru", "es", "pt"))))
    w("zones: %d, (now,zone) pairs: %d\n" % (len({r["tz"] for r in rows}),
                                              len({(r["now"], r["tz"]) for r in rows})))


if __name__ == "__main__":
    rows = build()
    for r in rows:
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        stats(rows)
