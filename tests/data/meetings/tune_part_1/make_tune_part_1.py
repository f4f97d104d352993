#!/usr/bin/env python3
"""First TUNING part of the meeting extractor's labelled corpus, written blind.

The writer never saw the extractor, its tuning corpus or any earlier part's data or script; the
extractor's developers tune on this part after its first score (it is not held out).

Run: python3 make_tune_part_1.py > tune_part_1.jsonl   (--stats prints counts to stderr)

Each case is one line "NOW | ZONE | LABEL | TAGS | TEXT":
- NOW is a reference key (NOWS below, a local wall time in the line's zone), optionally
  "K@HH:MM" for another time of that day.
- ZONE is an alias of ZONES.
- LABEL is "-" for a negative, else events separated by ";", each "DAY HH:MM" or
  "DAY HH:MM-HH:MM" (an end earlier than the start is on the next day). DAY is "+N" (days from
  today), "mon".."sun" (the first such weekday after today; "sat2" the one after it, "sat0"
  today allowed), "MM-DD" (the next such date from today) or "YYYY-MM-DD".
- TAGS are the hand-written tags. A negative carries its kind (past, cancelled, deadline, other;
  written out as negative-<kind>) and maybe a secondary tag (timetable lookalike question habit
  reported availability hypothetical wish). "duration" marks an end given as a length; any other
  end is tagged "range" by the script. "!wd" exempts a positive from the weekday check. The
  script adds "dst" (offset at the event differs from the offset at now), "multi", "emoji",
  "month-name" and "activity" (a positive without a meeting word) itself.

Conventions (those of the earlier parts as their READMEs state them): "tonight" 20:00, "<day>
night" 21:00, "arvo" 14:00; "в обед" 12:00, "с утра" 08:00, "вечером" after a day 19:00; spoken
clock times as said ("half 7" in a pub plan 19:30, "quarter to 4" 15:45 for an afternoon pick-up,
"в полвосьмого" 07:30/19:30 by context, "a las ocho y cuarto" 08:15/20:15 by context, "às nove e
meia" by context); approximate values take the stated value; a departure time is the trip's start;
habits, availability, wishes, hypotheticals, timetables, reported plans of others the writer does
not join, questions asking only for information, going to work, deadlines, past and called-off
plans are negatives; proposals (also as questions), reminders of an event, organisers'
confirmations and invitations are plans; a third person's arrival the writer meets is a plan; a
plan moved in words is a plan at its new time; "next <weekday>" only where that weekday comes
before today's; "this <weekday>" only for a later day of this week; numeric dates only where they
read naturally (en everywhere, M/D in US zones, D/M elsewhere; ru D.M; es only in Spain; pt only
in Portugal); a line gives one time per outing; no label in a DST-skipped or repeated wall time.
Easter 2026 is 5 April, Easter 2027 28 March; Thanksgiving 26 November 2026.
"""
import datetime as dt
import json
import re
import sys
from zoneinfo import ZoneInfo

NOWS = {  # key: (local date, local time, weekday) -- weekday asserted
    "A": ("2026-03-02", "08:40", "Mon"),  # US switch Sun 8 Mar, EU 29 Mar ahead
    "B": ("2026-03-19", "18:05", "Thu"),  # EU 29 Mar ahead; AU/NZ/Chile 5 Apr
    "C": ("2026-03-22", "11:20", "Sun"),  # EU switch next Sunday
    "D": ("2026-03-30", "07:55", "Mon"),  # AU/NZ/Chile 4-5 Apr ahead
    "E": ("2026-07-15", "13:10", "Wed"),  # ordinary July week
    "F": ("2026-09-01", "20:30", "Tue"),  # Chile 6 Sep, NZ 27 Sep, AU 4 Oct ahead
    "G": ("2026-09-25", "16:45", "Fri"),  # NZ Sun 27 Sep, AU 4 Oct ahead
    "H": ("2026-10-17", "10:05", "Sat"),  # EU 25 Oct, US 1 Nov ahead
    "I": ("2026-10-20", "12:35", "Tue"),  # EU Sun 25 Oct ahead
    "J": ("2026-10-28", "21:50", "Wed"),  # US Sun 1 Nov ahead
    "K": ("2026-12-19", "09:15", "Sat"),  # rolls yearless dates into 2027
    "L": ("2027-03-08", "17:25", "Mon"),  # US 14 Mar, EU 28 Mar 2027 ahead
}

ZONES = {
    # en
    "NY": "America/New_York", "CHI": "America/Chicago", "DEN": "America/Denver",
    "LA": "America/Los_Angeles", "PHX": "America/Phoenix", "TOR": "America/Toronto",
    "VAN": "America/Vancouver", "HAL": "America/Halifax", "REG": "America/Regina",
    "LON": "Europe/London", "DUB": "Europe/Dublin", "SYD": "Australia/Sydney",
    "MEL": "Australia/Melbourne", "BNE": "Australia/Brisbane", "PER": "Australia/Perth",
    "HOB": "Australia/Hobart", "ADL": "Australia/Adelaide", "AKL": "Pacific/Auckland",
    "KOL": "Asia/Kolkata", "JNB": "Africa/Johannesburg", "LAG": "Africa/Lagos",
    "NBO": "Africa/Nairobi", "SGP": "Asia/Singapore", "ACC": "Africa/Accra", "MNL": "Asia/Manila",
    # ru
    "MSK": "Europe/Moscow", "MIN": "Europe/Minsk", "RIG": "Europe/Riga", "TLL": "Europe/Tallinn",
    "VNO": "Europe/Vilnius", "KYV": "Europe/Kyiv", "BER": "Europe/Berlin", "PRG": "Europe/Prague",
    "HEL": "Europe/Helsinki", "WAW": "Europe/Warsaw", "YEK": "Asia/Yekaterinburg",
    "NSK": "Asia/Novosibirsk", "VVO": "Asia/Vladivostok", "ALA": "Asia/Almaty",
    "TAS": "Asia/Tashkent", "TBS": "Asia/Tbilisi", "TLV": "Asia/Jerusalem",
    "KGD": "Europe/Kaliningrad", "SAM": "Europe/Samara", "KRS": "Asia/Krasnoyarsk",
    "NIC": "Asia/Nicosia", "SPB": "Europe/Moscow", "NYC": "America/New_York", "BEG": "Europe/Belgrade", "IST": "Europe/Istanbul",
    # es
    "MAD": "Europe/Madrid", "CAN": "Atlantic/Canary", "MEX": "America/Mexico_City",
    "MTY": "America/Monterrey", "TIJ": "America/Tijuana", "BOG": "America/Bogota",
    "LIM": "America/Lima", "BUE": "America/Argentina/Buenos_Aires", "SCL": "America/Santiago",
    "MVD": "America/Montevideo", "ASU": "America/Asuncion", "CCS": "America/Caracas",
    "GUA": "America/Guatemala", "SJO": "America/Costa_Rica", "SDQ": "America/Santo_Domingo",
    "PTY": "America/Panama", "LPZ": "America/La_Paz", "GYE": "America/Guayaquil",
    "MGA": "America/Managua", "TGU": "America/Tegucigalpa", "PUR": "America/Puerto_Rico",
    # pt
    "LIS": "Europe/Lisbon", "AZO": "Atlantic/Azores", "FNC": "Atlantic/Madeira",
    "SAO": "America/Sao_Paulo", "REC": "America/Recife", "FOR": "America/Fortaleza",
    "BEL": "America/Belem", "MAO": "America/Manaus", "CGB": "America/Cuiaba",
    "LUA": "Africa/Luanda", "MPM": "Africa/Maputo", "PRA": "Atlantic/Cape_Verde",
    "BSS": "Africa/Bissau", "PAR": "Europe/Paris", "LUX": "Europe/Luxembourg",
    "GVA": "Europe/Zurich", "BOS": "America/New_York", "TYO": "Asia/Tokyo", "MAC": "Asia/Macau",
    "DIL": "Asia/Dili", "STP": "Africa/Sao_Tome", "RBR": "America/Rio_Branco",
}

CASES = {}  # lang -> text block, filled below

CASES["en"] = r"""
A|NY|sun 10:30|typo|brunch sunday 10:30 at Lula's, i booked for 4 😋 dont be lat
A|NY|+1 19:00|typo|cant do tmrw lunch but dinner tmrw at 7 works, u pick the place
A|LON|sat 19:30||pub quiz saturday, half 7 at the Red Lion, we need a fifth
A|LON|-|other habit|we do the pub quiz every thursday, been going for years
A|CHI|sun 09:00||Reminder: Sunday 9am pancake breakfast at the fire hall, bring cash for the raffle
A|CHI|-|past|pancake breakfast was a hit yesterday, thanks for flipping 🙏
A|LA|sat 08:00-11:00||volunteer beach cleanup Sat 8-11am, we gather at lifeguard tower 3
A|DEN|+2 06:15|voice|ok so wednesday morning I'm thinking we leave for the ski hill at like six fifteen so we beat the traffic up I70 let me know if that works
A|PHX|sun 17:00||sunset hike camelback sunday 5pm? 🌄
A|SYD|sat 08:00||parkrun saturday 8 sharp then coffee at the kiosk after?
A|SYD|-|other habit|i do parkrun most saturdays, rain or shine
A|KOL|fri 18:30||Beta we are coming to your hostel on Friday by 6.30 pm, be ready, we will take you for dinner
A|LAG|sat 14:00||Abeg make una come for my sister's introduction this Saturday by 2pm, Surulere. Food go plenty 😄
A|JNB|-|other timetable|Eskom notice for our suburb: stage 2 tonight 18:00-20:30, charge your phones
A|NY|-|other reported|my brother's going to the knicks game thursday with his work people, not me sadly
A|NY|-|other question|does anyone know what time trader joe's opens on sunday?
A|NY|03-09 16:00|numeric-date|Dentist for Maya moved to 3/9 at 4pm, I'll take her
A|CHI|sat2 13:00||Grandma's 90th!! Saturday the 14th, 1pm at the Elks Lodge. Tell your cousins 🎂
A|TOR|sun 11:00||Skating at Nathan Phillips Sunday 11? Leo wants to try his new skates
A|HAL|sun2 14:00||Curling bonspiel sign-up confirmed: our sheet is Sunday the 15th at 2 pm
A|VAN|wed 19:00|typo|ok so wed 7pm climbing @ the hive?? ill bring extra chalk
A@21:30|LON|+1 07:15||Can you drop me at the station tomorrow at quarter past 7? The car's in the garage
A|DUB|thu 20:00||Trad session at Cobblestone on Thursday, starts around 8, bring the bodhrán
A|DUB|-|other wish|would love to get back to the Cobblestone some night, it's been ages
A|MEL|sat 14:00||footy at the G saturday arvo, tickets sorted, meet under the clock at Flinders
A|AKL|sun 10:00||Kids' touch rugby prizegiving Sunday 10am at the club rooms, whānau welcome
A|SGP|fri 19:30|typo !wd|makan at lau pa sat fri 730? can or not
A|NBO|sat 09:00||Harambee for Wanjiru's school fees, Saturday 9 am at the church hall. Please come
A|NY|-|cancelled|lacrosse practice tonight is called off, field's flooded
A|LA|-|deadline|taxes for the LLC have to be filed by March 16, don't forget the 1099s
A|CHI|-|other lookalike|Bulls won 112-108 last night in OT, what a finish
A|DEN|-|other availability|most afternoons this week I knock off at 4, so shout if you need a hand with the move
A|PHX|-|other hypothetical|if it ever cools down we should totally hike Piestewa at dawn
B|LON|sun2 10:00||car boot sale Sunday 29th, set up 10am, I've got a pitch, come help me sell the baby stuff
B|LON|sat 12:30||lunch at nan's saturday, half 12, she's doing a roast so don't eat before
B|DUB|sun2 15:00|!wd|Going to the Ireland match Sunday the 29th? 3pm kick off, Mick has a spare. Not Saturday, he's away
B|NY|sat 18:00-21:00||Maple sugar shack dinner Sat 6-9pm, we have a table for 8 🍁
B|CHI|-|past|we went to the st paddy's parade on saturday, river was bright green
B|SYD|04-06 09:00||Easter Monday 9am bushwalk, we leave from the Wentworth Falls carpark
B|SYD|04-05 08:30||Easter Sunday egg hunt at Mum's, kick off half 8 before it gets hot 🐣
B|MEL|-|other habit|we always do the easter egg hunt at mum's, kids love it
B|AKL|04-05 15:00||clocks go back that weekend so we've got an extra hour haha. bbq at ours Easter Sunday 3pm
B|AKL|-|other timetable|Reminder: NZ daylight saving ends Sunday 5 April, clocks go back an hour at 3am
B|KOL|sat 11:00|typo|Interview for the PG seat is on saturday 11 am, pls come with me for moral suport
B|LAG|sun 13:00|typo|Bros, naming ceremoney for the baby is Sunday by 1pm. U people shud come early
B|LAG|-|other reported|My oga is travelling to Abuja on Monday for the summit, he said we should hold the fort
B|PER|sat 07:30||Rotto ferry saturday 7:30, don't be late or we're swimming
B|PER|-|other timetable|the Rottnest ferry leaves B Shed at 7:30, 9:30 and 11:30 on weekdays
B|JNB|fri 17:00||Braai at Sipho's on Friday from 5, bring your own meat and a camp chair
B|JNB|-|other question|anyone know if Woolies in Rosebank is open on the public holiday?
B@07:10|HOB|+0 17:45||can you come with me to get Grace from the airport at quarter to 6 today?
B|NY|+1 07:00|voice|hey its me tomorrow morning at 7 we're doing the Shamrock 5K remember so set an alarm and wear something green
B|TOR|+2 09:30||Saturday 9:30 am is the kids' hockey at Moss Park, I'll drive if you bring the timbits
B|LA|sun 10:00|typo|farmers market sun 10?? i need strawberries for the tart n u need to get out of the house
B|VAN|sat 13:00|typo|cherry blosom walk saturday at 1, Queen Elizabeth Park, bring the good camera
B|DEN|-|cancelled|the ski trip on sat is off, chains required and Dave's car has none
B|SGP|-|deadline|Reminder to submit your IPPT booking before 31 Mar or you'll be charged
B|MNL|sat 06:00||Tara na sa Antipolo saturday early, 6am alis tayo from Cubao. Bring jackets
C|LON|sun 11:00||Sunday 29th, 11am run along the canal with Sam, still on? first one on summer time
C|LON|sun 14:00||Sunday the 29th, 2pm: Olivia's christening at St Mary's, reception at the pub after
C|LON|-|other timetable|Don't forget the clocks go forward an hour at 1am next Sunday 29 March
C|DUB|sat 21:00||Saturday night we're all going to Whelan's for Ciara's gig, doors at 9
C|DUB|-|other reported|Mam's going to Lourdes with the parish on Monday, she's delighted
C|NY|thu 18:30|typo|yo thursday 6:30 pickup game at the Y, we need bigs, u in?
C|NY|-|other question|when is the next town hall about the bike lanes?
C|CHI|wed 17:45||Parent teacher conference for Jonah Wed at 5:45 — can you come straight from work?
C|SYD|sun2 10:00||Easter Sunday brunch 10am at the Grounds, booked under Priya
C|SYD|-|past|The Bondi markets were packed yesterday, never again on a Saturday
C|AKL|04-06 08:00||Easter Monday long ride, 8am from the Domain, no-drop pace
C|KOL|sun 08:00||Uncle ji's 60th puja on Sunday the 29th, 8 am sharp, we all have to be there before the pandit comes
C|JNB|sat 06:30||Comrades training run: 32km Saturday, 6:30 start at Emmarentia dam
C|LAG|fri 16:00|typo|pls remind me, friday 4pm im picking Tolu from the airport
C@22:40|NY|+1 08:15||tomorrow 8:15 am carpool, I'm driving, be outside
C|LA|sat 19:00||Saturday at 7 dinner at Jess's new place, she said bring nothing but wine
C|DEN|-|other availability|cabin's free the whole weekend of the 28th if anyone wants it
C|MEL|mon 19:00|typo|choir's back on monday 7pm!!! dont forget ur folder
C|PER|-|other habit|I swim at Cottesloe at 6am every day, you're welcome to join any time
C|NBO|sun 14:00||Ruracio for Kevin and Njeri on Sunday 2pm in Kiambu, we are going as a family
D|SYD|sun 10:00||Easter egg hunt Sunday 10am in the backyard, bring baskets 🐰
D|SYD|-|other timetable|Daylight saving ends this Sunday at 3am, put your clocks back an hour
D|MEL|sat 17:00||bonfire night at the farm Saturday from 5, BYO everything
D|AKL|mon 11:00||Easter Monday 11am: picnic at Cornwall Park, we'll grab the spot by the big tree
D|ADL|sun 09:30||Easter Sunday mass 9:30 at St Francis, then lunch at Nonna's
D|AKL|sun 13:00||Reminder whānau: Sunday 1pm hāngī at the marae for Koro's unveiling, please bring a salad
D|PER|-|other question|anyone know if the Perth Zoo is open on Good Friday?
D|BNE|sat 06:00||sat 6am we're heading up to Noosa for the long weekend, pack the night before
D|LON|thu 18:00||Thursday 6pm we're taking the kids to see the Easter bunny at Kew, I've booked the slot
D|LON|-|other habit|we always go to Kew on Easter weekend, it's a family thing
D|NY|wed 19:30||Seder at Aunt Ruth's Wednesday at 7:30, she said come hungry
D|CHI|-|past|the Cubs home opener was freezing on Thursday, we left in the 6th
D|JNB|fri 09:00||Good Friday service 9am at Rosebank Union, then we drive to Clarens
D|KOL|-|other wish|wish we could all go to Darjeeling this summer like old times
D|LAG|sun 10:00|typo|Easter sunday service 10am, mummy said everybody must wear d same ankara
E|NY|sat 10:00|typo|sat 10am coney island, beach then nathans 🌭 whos comin
E|NY|-|other timetable|The Staten Island Ferry runs every 30 minutes on weekends
E|CHI|fri 18:00-22:00||Block party on our street Friday 6 to 10pm, we're bringing the grill
E|LA|-|other reported|my roommates are driving to Vegas friday but I'm staying, too broke
E|LA|thu 20:30|typo|thurs 8:30 movie at the arclight?? i got the tix thru my work lol
E|DEN|sun 05:30||Sunday we start up Grays Peak at 5:30 to beat the afternoon storms
E|DEN|-|other hypothetical|if the fire ban lifts we could camp at Kenosha Pass some weekend
E|PHX|+1 06:00||tomorrow 6am pickleball at Encanto before it hits 110 🥵
E|TOR|sat 21:00||Saturday night fireworks at Ashbridges Bay, we'll grab a spot by 9
E|TOR|-|past|caribana parade last year was unreal, cant believe it's been a year
E|LON|+1 13:00||Wimbledon's done, so tomorrow 1pm it's just us and a picnic at Primrose Hill
E|LON|-|other question|what time do the gates open for the Hyde Park gig?
E|DUB|sat 15:00||Saturday 3 o'clock we're all heading to Croke Park for the hurling semi, Da has the tickets
E|SYD|sun 11:00|typo|sunday 11 yum cha in haymarket, table for 10 undr Wong
E|MEL|sat 19:00||Sat 7pm AFL at Marvel, dees v saints, I'll grab a pie for you
E|MEL|-|other lookalike|Dees won 12.10 (82) to 9.8 (62), brilliant last quarter
E|AKL|fri 18:00|typo|fri 6pm matariki lantern thing at the waterfront?? kids r keen
E|KOL|sat 16:00||Saturday 4 pm we are going to see the flat in Salt Lake, the broker is meeting us there
E|KOL|-|other availability|I am on leave from 20 to 24 July, so call me anytime then
E|LAG|+1 12:00||Tomorrow by 12 noon I'll be at your shop to collect the fabric, make sure it's ready
E|LAG|-|deadline|NECO registration closes on Friday, make sure Ada has paid
E|JNB|sat 10:00||Mandela Day is Saturday, we're packing food parcels at the church from 10
E|NBO|sun 07:00||Sunday 7am Ngong Hills hike, matatu from Kenyatta Avenue, carry water
E|SGP|sat 19:30||Sat 7.30pm chilli crab at Jumbo, I reserved under Tan
E|ACC|fri 19:00||Friday evening 7pm we go to the outdooring of Kofi's baby, don't forget the envelope
E|MNL|sun 09:00||Sunday 9am we visit Lola in Batangas, alis tayo 9 sharp
F|SYD|sat 14:00|!wd|Father's Day is Sunday but we're doing the barbie for Dad Saturday arvo, 2ish
F|SYD|-|other timetable|Daylight saving starts Sunday 4 October, clocks forward at 2am
F|MEL|10-04 12:00||lunch at the Espy on Sunday 4 October, first summer-time Sunday, 12 noon
F|ADL|10-05 10:00||long weekend Monday 5 Oct: 10am at the Adelaide Hills orchard, I'll bring the esky
F|AKL|09-27 11:00||Sunday 27 Sept 11am: cousin Tama's 21st lunch at the yacht club
F|AKL|-|other reported|Mere's flying to Rarotonga on the 10th for a wedding, lucky thing
F|NY|+6 11:00||Labor Day cookout at the lake house, Monday 11am, bring lawn chairs
F|NY|-|other availability|Im off the whole week after labor day if you need a sitter
F|CHI|sat 19:00|typo|saturday 7pm were doing the architecture boat tour, boat leaves from Michigan Ave bridge
F|LA|-|cancelled|Sat's birthday dinner is cancelled, Carla's got covid
F|LON|thu 18:30||Thursday half 6, parents' evening for Alfie, we both should go this time
F|LON|-|other habit|Tuesdays I do Pilates at half 6 in the church hall
F|DUB|sun 12:00||Sunday, Mick's for 12, roast and then a walk on Dollymount strand
F|KOL|+2 19:00||Thursday 7 pm: housewarming puja at our new flat, aarti and then bhog, do come
F|LAG|fri 17:00|typo|Fri 5pm pls come to my place, we're doing d owambe planning for Kemi's wedding
F|JNB|sat 15:00||Springboks at Ellis Park saturday 3pm, I got us seats in the east stand 🏉
F|JNB|-|other lookalike|Boks won 24-17, that last try was something else
F|PHX|fri 20:00||friday 8pm stargazing at Lost Dutchman, monsoon should be done by then
F|VAN|mon 10:00||Labour Day Monday 10am we're doing the seawall ride, full loop
G|AKL|sun 10:00||Sunday 10am walk up Mt Eden, first morning of daylight saving so it'll be bright
G|AKL|-|other timetable|Daylight saving starts 2am this Sunday, 27 September
G|SYD|sun2 18:00||grand final viewing at ours Sunday the 4th, 6pm? clocks go forward that morning
G|SYD|-|past|the NRL prelim last weekend was dead boring
G|MEL|sat 14:30||Grand final day!! Saturday, come to ours for the 2:30 bounce, BYO
G|PER|sun2 10:00||Sunday 4 Oct, 10am Kings Park wildflowers, before it gets hot
G|BNE|sat 17:00||Riverfire's on Saturday, we're taking the boat out at 5
G|LON|wed 19:30|typo|half 7 wenesday, book club at Ruths, were doing the Sally Rooney
G|LON|-|other wish|I'd love to do the Three Peaks before I turn 50
G|NY|sat 14:00||Saturday 2pm street fair on Atlantic Ave, let's eat our way down
G|NY|-|other question|is the Met open late on fridays still?
G|CHI|+1 07:00|voice|ok tomorrow morning we run the lakefront seven o'clock from Fullerton bring your gels and text me if you're late
G|LA|sun 16:00|typo|sun 4pm beach volleybal at Manhattan, we got the net
G|DEN|-|other hypothetical|if the aspens are still yellow next week we should drive to Kenosha
G|KOL|10-17 18:00||Durga Puja pandal hopping on the 17th, we start from College Square at 6 pm
G|KOL|-|other reported|Papa's going to Puri with his friends after Puja, we're not going
G|LAG|thu 10:00||Oct 1 Independence Day, we're going to the parade at Tafawa Balewa Square, 10am
G|JNB|+3 18:00||Heritage Day was yesterday but Monday 6pm we braai again at Thabo's, he insisted
G|NBO|sat 11:00||Saturday 11am Kibera football tournament final, our boys are playing, come cheer
H|LON|sun2 13:00||Sunday 25th, 1pm roast at the Anchor, extra hour in bed first 😴
H|LON|-|other timetable|Reminder the clocks go back at 2am on 25 October
H|DUB|10-26 11:00||Bank holiday Monday the 26th, 11am we're walking the Howth cliff path, then chowder
H|DUB|-|other habit|Every Halloween we do the bonfire at the green, it's tradition
H|NY|sun3 10:00||NYC Marathon is Sunday Nov 1, we're cheering at mile 8 in Brooklyn from 10am
H|NY|10-31 18:00||Halloween Saturday, trick or treating leaves from our stoop at 6 🎃
H|CHI|fri 20:00|typo|fri 8pm haunted house in Cicero?? im scared but im going
H|LA|sun 09:00||Sunday 9am rose bowl flea market, let's go early
H|TOR|mon 19:00|typo|monday 7pm raptors home opener, dads got the seats!!
H|MEL|sat 11:00||Sat 11am Cox Plate day, we're in the members' for once 🏇
H|SYD|-|other question|what time does the Sculpture by the Sea shuttle start?
H|KOL|-|other lookalike|India 287/6 after 50 overs, chasing should be easy
H|LAG|sun 16:00||Sunday 4pm we go see Mama in Ikorodu, she has been asking for the kids
H|SGP|fri 19:00||dinner at Rekha's on Friday at 7, she's making biryani
I|LON|sun 12:00||Sunday lunch at the Harwood Arms, 12 o'clock, the clocks go back that morning so we get an extra hour
I|LON|-|cancelled|Thursday's football is off, pitch is waterlogged
I|DUB|sat 20:00||Sat 8pm Halloween costume party at Niamh's, theme is 80s
I|NY|sun2 11:00||Sunday Nov 1, 11am brunch after we cheer the marathon, table at Cafe Luxembourg
I|NY|-|deadline|absentee ballot has to be postmarked by Nov 2, mail it
I|CHI|sat 19:00||Sat 7pm Day of the Dead dinner at Carmen's, she's setting up the ofrenda
I|LA|10-31 17:30||Halloween, 5:30, we're taking the kids around the cul de sac, meet at ours
I|TOR|-|past|the leafs lost again last night, why do i bother
I|VAN|sun2 13:00||Sun Nov 1 1pm, pumpkin smash at the farm, the kids want to throw theirs
I|KOL|sat 19:00|typo|pre-Diwali card party at Sharma ji's on saturday 7pm, wear kurta plz
I|KOL|-|other habit|Every Diwali we light the diyas at 6 on the terrace
I|LAG|fri 18:00||Friday 6pm engagement at Eko Hotel, I'll pick you up, dress sharp
I|JNB|-|other availability|the braai area's free on the 31st if anyone wants to book it
I|SYD|sat 09:00|typo|sat 9am swim at bondi icebergs, waters 18 degrees, harden up
I|AKL|10-26 10:00||Labour Day Monday 10am, working bee at the kindy, bring gloves
J|NY|sun 10:00||Marathon Sunday! We're at First Ave and 70th from 10, bring cowbells 🔔
J|NY|-|other timetable|Daylight saving time ends Sunday Nov 1 at 2 am, set your clocks back
J|CHI|sat 18:00|typo|halloween sat, were taking the kids out at 6 then adult time lol
J|LA|mon 19:00||Monday 7pm Dia de los Muertos at Olvera Street, we'll meet by the church
J|DEN|sun 15:00||Sunday at 3 Broncos at Mile High, extra hour of sleep before it, don't be late
J|PHX|sat 19:00||Sat 7pm Halloween at the Garcias', no DST here so it's still 7 for everyone 😂
J|TOR|fri 19:30||Friday 7:30 the Nutcracker auditions for Lily, I'll drive if you do the pickup after
J|HAL|sun 13:00||Sunday 1pm we're driving to Peggy's Cove, clocks go back that morning so we'll be early
J|LON|thu 19:00||Bonfire night's Thursday week, but this Thursday 7pm is Gran's birthday tea
J|LON|11-05 19:30||Fireworks at Alexandra Palace on 5 Nov, half 7, we got tickets
J|KOL|sun 17:00||Sunday 5 pm the para club's Bijoya sammilani, Ma says we must go
J|LAG|sat 12:00|typo|saturday 12 noon d party for Bimpe's graduation, pls come early to help
J|SYD|-|past|Melbourne Cup sweep was fun last year, let's not do it at work again
J|MEL|11-03 12:00||Cup day Tuesday, noon at Flemington, I've got the hats 🎩
J|SGP|-|other question|anyone knows if the Botanic Gardens open on Deepavali?
J|NBO|fri 18:00||Friday 6pm fundraiser dinner for the children's home, we're serving
K|NY|12-24 18:00||Christmas Eve 6pm at Grandpa's, the seven fishes, bring the cannoli
K|NY|-|other habit|we always open one present on christmas eve after dinner
K|CHI|sun 16:00||Sunday 4pm the kids' Christmas recital at St Mary's, we need to be there early
K|LA|12-31 21:00||NYE at the Griffith? no, rooftop at Kim's, 9pm, bring bubbly
K|LA|-|other wish|someday I want to do NYE in Sydney
K|TOR|12-26 08:00|typo|boxing day 8am eaton centre, I need new boots and so do you
K|LON|12-26 11:00||Boxing Day walk up Box Hill, 11 from the car park, then the pub
K|LON|-|other reported|my sister's doing Christmas at her in-laws this year, so it's just us
K|DUB|12-24 10:00||Christmas Eve 10am swim at the Forty Foot, who's brave
K|SYD|12-25 12:00||Chrissy lunch at Mum's, 12, prawns are sorted
K|SYD|-|other timetable|Boxing Day test starts 10:30am on the 26th, gates open 9
K|MEL|12-26 10:30||Boxing Day test at the G, 10:30 first ball, I've got four tickets
K|PER|12-31 20:00||New year's eve we're at Kings Park from 8 with a picnic
K|AKL|01-02 09:00||2 Jan 9am we head up to Matakana for the week, car's packed
K|KOL|12-25 18:00||Christmas evening 6 pm at Park Street, let's see the lights and eat at Flurys
K|LAG|12-31 22:00|typo|crossover service 31st 10pm, then we eat rice at home. dont be late o
K|JNB|+1 10:00||Tomorrow 10am we leave for Durban, the car is packed and the kids are excited
K|JNB|-|other question|anyone know if the N3 is bad on the 2nd of January?
K|NBO|12-25 13:00||Christmas lunch at shosh's in Nyeri, we leave Nairobi early, lunch at 1
L|NY|sun 11:00||Sunday 11am brunch at Buvette, lose an hour that morning so don't be late
L|NY|03-17 17:00||St Patrick's, Wednesday, 5pm at the Dead Rabbit, the whole team
L|NY|-|other timetable|Clocks spring forward this Sunday, March 14, at 2 a.m.
L|CHI|sat 10:00||Saturday 10am river dyeing, we're watching from the Columbus Dr bridge
L|LA|+2 19:00|typo|wed 7pm korean bbq in ktown, im starving already
L|DEN|-|cancelled|the spring break ski trip got postponed, no date yet
L|TOR|fri 18:00||Friday 6pm March break kick-off at the science centre, sleepover
L|LON|sun3 12:30||Sunday 28th, half 12 lunch for Mum at the Swan, it's the first BST Sunday
L|LON|-|other hypothetical|if it's sunny we might do Richmond Park, no promises
L|DUB|03-17 12:00||Paddy's Day parade, Wednesday, we're at O'Connell Street for 12
L|DUB|-|past|the parade last year was freezing, never again without a flask
L|SYD|sat 18:00||Sat 6pm Holi festival at Parramatta Park, colours and food trucks
L|SYD|03-21 10:00|!wd|Palm Sunday is 21 March, church at 10 then brunch? not Saturday, I'm working
L|MEL|-|other reported|Jase is doing the Grand Prix on the weekend with his mates
L|AKL|04-04 10:00||Sunday 4 April, 10am walk up Rangitoto, daylight saving ends that morning
L|KOL|03-22 10:00||Holi is on the 22nd, Monday, we start at 10 at the club, wear old clothes
L|LAG|fri 19:00|typo|Friday by 7 we hav Tobi's send-forth, he's relocating to Canada
L|JNB|sat 09:00||Saturday 9am school fete, Lerato's class is doing the cake stall
L|NBO|sun 08:00||Sunday 8am Ngong road forest walk with the church youth, I'm leading
A@18:05|NY|+0 19:30||omw, be there 7:30 for trivia, save me a seat
A|NY|fri 20:00|voice|so friday night around eight we're doing game night at my place bring snacks and maybe that card game with the cats
A|LON|+1 16:45||Mum, can you come with me to get Alfie from football tomorrow at quarter to 5? Then tea at ours
A|NY|-|other|I'll be home by 6 tonight, put the oven on
A|LA|-|other habit|I take the 6:10 bus to work every morning
A|CHI|wed 18:00|formal|Dear parents, you are cordially invited to the Science Fair on Wednesday, March 4, at 6:00 PM in the school gymnasium.
A|TOR|-|other question|Hey, do you know what time the passport office opens Monday?
B|LON|+1 09:00|formal|Dear Ms Patel, this is to confirm your appointment with Dr Hughes tomorrow at 9:00 am at Riverside Surgery.
B|NY|-|other reported|Jenna said her parents are flying to Florida on the 28th
B|NY|sun 14:00|typo|wanna go 2 the met sunday 2ish? theres a new exhibit
B|CHI|-|other availability|No rush, I'm home all Saturday if you want to drop off the stroller
C|NY|-|other|I need to call the plumber sometime this week
C|LON|-|other lookalike|Spurs lost 3-1, the 2:1 odds were a joke anyway
C|SYD|-|other availability|I'm around all of next week, school holidays start the 4th for us
A|NY|sun 14:00-16:00|typo|sun 2-4 bday party at the trampoline place for Mia, can u drive the twins? ill pick up
A|NY|sat2 19:00-22:00||Saturday the 14th 7 to 10pm the PTA trivia fundraiser in the cafeteria, we have a table
A|CHI|mon 18:00-19:30|typo|mon 6-730 tryouts at the rec center, bring his cleats plz
A|LA|sun 09:00-11:00|duration|Sunday 9am hike at Runyon, about two hours, then açaí
A|DEN|sun 13:00||sunday arvo... lol I've been in Aus too long. sunday 1pm sledding at Ruby Hill
A|LON|03-29 14:00-17:00||Sunday 29 March 2 till 5, Ellie's christening do at the village hall
A|DUB|03-29 13:00|typo|sun 29th 1 oclock roast at ours, clocks go forward so dont be late lol
A|NY|+1 20:00|day-part|tomorrow night drinks at Fanelli's for Sam's promotion, it's on him
A|LA|mon 19:00|voice|hey so monday at seven we said we'd do the pottery class thing remember the one on sunset its paid so no bailing
B|LON|sun2 15:00-17:00||Sunday the 29th, afternoon tea at the Ritz 3 to 5, dress smart 🫖
B|SYD|04-05 11:00-14:00||Easter Sunday 11 till 2, open house at ours, kids' egg hunt at 12
B|MEL|04-06 10:00|typo|easter mon 10am we head to the Dandenongs, puffing billy tix r booked
B|AKL|04-12 09:00-12:00||Sunday 12 April 9-12 working bee at the school garden, a week after the clocks go back
B|NY|+0 20:00|day-part|tonight dinner at Carbone, I got the reservation finally!!
C|LON|sun 19:30||Sunday 29th, half 7 at the Crown for Tom's leaving drinks
C|LON|sun 10:00-12:00|duration|Sunday the 29th we're doing the 10am family swim, two hours booked
C|DUB|mon2 19:00|typo|mon 30th 7pm 5 a side at the astro, were short 1
C|SYD|sun2 14:00|day-part|Easter Sunday arvo at Nan's in Cronulla, she's doing the lamb
C|AKL|sun2 16:00||Easter Sunday 4pm egg hunt at the bach, first one on winter time
D|SYD|sun 17:00-19:00||Sunday 5-7pm tapas at the Rocks for Lou's farewell
D|MEL|sun 14:00|day-part|Easter Sunday arvo at Granny's, she wants everyone there
D|AKL|sun 12:00|typo|sun 12 lunch @ nana's in Ponsonby, 1st day back on winter time
D|ADL|mon 10:00-13:00|duration|Easter Monday 10am we've got the tennis court for 3 hours, bring racquets
F|AKL|09-27 14:00-16:00||Sunday 27 Sept 2-4pm bubs' first birthday at the playcentre
F|SYD|10-04 09:00|typo|sun 4th oct 9am swim at Balmoral, clocks go forward so dont rock up at 8 lol
F|MEL|10-10 19:30||Saturday 10 October half 7, Ted's 40th at the Prince, dress up
F|PER|10-04 10:00||Sunday 4 Oct 10am footy club breakfast, no daylight saving here so no excuses
G|AKL|sun 18:00-21:00||Sunday 6 to 9pm farewell bbq for Hemi at the beach, bring a plate
G|SYD|sun2 08:00|voice|sunday the fourth eight o'clock we're doing the harbour bridge walk mum said she wants to come too so wait for her at milsons point
G|MEL|mon2 19:00|typo|mon 5th 7pm trivia at the local, new quizmaster apparantly
H|LON|sun2 10:00-12:00||Sunday 25th 10 till 12, Halloween pumpkin carving at the library, I've signed the kids up
H|LON|10-31 18:30|typo|halloween sat, trick or treat from half 6, meet at ours
H|DUB|sun2 17:00|day-part|Sunday 25th evening at 5, Gran's 80th at the hotel, we're all going
H|NY|sun3 09:00-12:00||Sunday Nov 1, 9 to noon, volunteer shift at the marathon water station
H|CHI|11-01 15:00|typo|sun nov 1st bears game at 3, tailgate b4 obvs
I|LON|sun 15:00-17:30||Sunday 3 to half 5, kids' bonfire party at the scout hut
I|NY|sun2 14:00|voice|so sunday the first at two we're going to see the marathon runners come through Harlem with the kids bring the cowbell
I|LA|sun2 10:00-13:00||Sun Nov 1, 10am-1pm Día de los Muertos festival at Hollywood Forever, we're going as a family
I|TOR|sun2 17:00|typo|sun nov 1st 5pm potluck at dani's, clocks go back so u get an extra hr to cook
J|NY|sun 12:00-15:00||Sunday noon to 3, Emma's baby shower at my place, you're on the cake
J|CHI|sun 11:00|typo|sunday 11 brunch @ Wildberry, extra hr of sleep finally
J|LA|+1 19:30|typo|tmrw 7:30 the taco truck thing at Grand Park, u coming?
J|DEN|sun 16:00-18:00|duration|Sunday 4pm ice skating at Evergreen Lake for two hours, then cocoa
K|NY|03-14 11:00||Sunday March 14 11am, Lucas's christening, save the date, clocks will have sprung forward
K|LON|03-28 12:00||Sunday 28 March, noon, Nana's 85th lunch at the Swan, first day of BST
K|SYD|04-04 10:00||Sunday 4 April 2027 10am, Jack's engagement brunch, after daylight saving ends
L|NY|sun 13:00-15:00|typo|sun 1-3 bday for Ollie @ the bowling alley, lose an hr that morning so set alarms
L|CHI|sun 10:00||Sunday 10am we're driving to Milwaukee for the museum, it's the day the clocks change so leave on time
L|LON|03-28 14:00-16:00|duration|Sunday 28th 2pm, we've got the tennis court for two hours, clocks go forward that morning
L|DUB|03-28 11:00|typo|sun 28th 11am 5k in the phoenix park, its the day the clocks change
L|TOR|sun 09:00|voice|sunday morning nine o'clock we leave for the sugar bush at Kortright so be up early remember the clocks go forward
A|NY|-|other|gotta be at work by 7 tomorrow, so no late night for me
B|LON|-|past|lovely to see you all at Gran's on Sunday, the trifle was a triumph
C|SYD|-|cancelled|Sunday's harbour cruise is off, the boat failed its inspection, refunds coming
E|CHI|-|deadline|summer camp forms are due Friday at noon, I left them on the fridge
G|LAG|-|other hypothetical|if NEPA brings light we fit watch the match for my place, but who knows
I|KOL|-|other question|bhai what time does the Diwali mela at Maidan start, any idea?
J|MEL|-|other reported|the boys are heading to Flemington for the Cup without me, I'm on call
K|DUB|-|other availability|I'm off from the 23rd till the 4th if anyone wants to call in
L|TOR|-|other lookalike|Leafs up 4-2 after two, Marner with a pair
L|NY|-|other timetable|alternate side parking is suspended on St Patrick's Day, don't move the car
H|SYD|-|past|Sculpture by the Sea last year was the best, the kids loved the giant snail
F|JNB|-|other habit|Every Heritage Day we braai at my uncle's in Soweto, no matter what
"""

CASES["ru"] = r"""
A|MSK|sat 12:00||в субботу в 12 едем в Коломенское на коньках, термос с чаем за мной ☕
A|MSK|-|other habit|по субботам я всегда плаваю в 8 утра, так что утро занято
A|RIG|sun4 11:00||в воскресенье 29-го в 11 идём на каток в Межапарк? уже летнее время будет
A|RIG|-|other timetable|Напоминаю: 29 марта в 3:00 переводим часы на час вперёд
A|BER|03-30 19:00||30 марта в 19:00 родительское собрание в школе, пойдём вместе
A|KYV|sat 10:00|typo|в субботу в 10 субботник во дворе, приходи с перчатками, плз
A|NSK|+1 18:30||завтра в полседьмого вечера забираю маму с вокзала, поедешь со мной?
A|YEK|-|past|вчера на лыжах были, ноги до сих пор болят
A|ALA|fri 19:00||Наурыз ещё не скоро, а в пятницу в 7 вечера плов у Айгерим, она всех зовёт
A|TBS|sun 14:00||В воскресенье в 14:00 хинкальная на Руставели, я забронировал стол
A|TLV|03-28 19:00||В субботу 28-го в семь вечера идём к Марине на новоселье, часы к тому времени уже переведут
A|MIN|-|cancelled|концерт в пятницу отменили, артист заболел
A|PRG|sat2 15:00||14-го в три часа дня экскурсия по Вышеграду, я записала нас двоих
A|HEL|-|other question|не знаешь, во сколько открывается сауна Лёйли по выходным?
A@22:15|MSK|+1 07:30||завтра в полвосьмого выезжаем на дачу, не проспи
A|MSK|-|deadline|декларацию надо подать до 30 апреля, не забудь
B|RIG|sun 13:00||в воскресенье в час обед у бабушки, она печёт пирог
B|RIG|sun2 10:00||в воскресенье 29-го в 10 утра забег в Юрмале, часы уже переведут, не перепутай
B|VNO|sat2 18:00||28 марта в 18:00 день рождения Оли в кафе на Пилес, подарок скинемся
B|TLL|mon2 19:00|typo|в пнд 30го в 7 вечера кафе у ратуши с одногруппниками, приходи
B|KYV|-|other reported|брат в субботу едет во Львов с друзьями, я не еду
B|BER|sun2 12:00||Воскресенье 29-го, 12:00 — бранч у Лены, первое летнее утро
B|WAW|-|past|в воскресенье были на Лазенках, красота
B|TLV|fri 10:00||В пятницу в 10 утра едем на Мёртвое море, заберу вас у подъезда
B|TLV|-|other timetable|В Израиле часы переводят в пятницу 27 марта в 2 часа ночи
B|MSK|sat 11:00|typo|в сб в одиннадцать идем в Третьяковку, билеты купила
B|MSK|-|other availability|я свободна в среду после шести, если что
B|SAM|+1 08:00||завтра с утра едем на рыбалку на Волгу, в восемь у гаража
B|NSK|-|other wish|вот бы летом на Алтай всей компанией
C|BER|sun 11:00||в воскресенье 29-го в 11 идём на блошиный рынок в Мауэрпарк, уже по летнему времени
C|PRG|sat 20:00||в субботу в восемь вечера джаз в Реду, места оставлены
C|HEL|mon 18:00||в понедельник в шесть вечера идём на хоккей, ХИФК играет
C|RIG|-|other timetable|Внимание: в ночь на воскресенье часы переводятся на час вперёд
C|KYV|wed 19:00||в среду в 19:00 пробежка по набережной, присоединяйся
C|MSK|thu 14:30|typo|в чт в полтретьего у меня собес, поедешь со мной для моральной поддержки?
C|MSK|-|other question|кто знает, до скольки работает МФЦ в субботу?
C|TLV|sun 09:00||в воскресенье в девять утра едем в Хайфу, мама ждёт к обеду
C|ALA|-|other habit|каждое воскресенье мы ездим на Медеу, уже традиция
D|MSK|sun 10:00||Пасха у нас 12-го, а в это воскресенье в 10 утра куличи печём у бабушки
D|MSK|04-12 07:00||на Пасху 12 апреля в 7 утра идём в храм святить куличи
D|MIN|-|past|на радуницу в прошлом году ездили к деду, в этом пока не знаем
D|YEK|sat 12:00||в субботу в 12 идём на Плотинку, там ярмарка
D|VVO|sat 14:00||суббота, два часа дня — выходим на катере на Русский остров
D|BER|fri 18:00||Страстная пятница — в шесть вечера служба, потом ужин у нас
D|TLV|-|other reported|соседи едут на Песах в Эйлат, а мы остаёмся
D|NSK|-|cancelled|встречу выпускников перенесли, дату пока не назвали
E|MSK|sat 18:00|typo|в субботу в 6 вечера шашлыки у Сереги на даче, мясо с мя
E|MSK|-|other lookalike|Спартак выиграл 2:1, а счёт 3:0 был бы честнее
E|SPB|fri 23:00||в пятницу в 23:00 смотрим развод мостов с набережной, я знаю место
E|RIG|sun 08:00||в воскресенье в 8 утра едем в Юрмалу, пока пляж пустой
E|TLL|+1 19:00||завтра в семь вечера концерт на Певческом поле, у меня два билета
E|KYV|-|other availability|я в отпуске с 20 по 31 июля, звоните когда угодно
E|PRG|sat 10:00|typo|в сб в 10 идём в поход по Чешскому раю, кто с нами?
E|TAS|+2 07:00||в пятницу в 7 утра едем в Чимган, пока не жарко
E|TBS|-|other hypothetical|если будет не так жарко, можно съездить в Кахетию
E|KGD|sun 11:00||В воскресенье в 11 на Куршскую косу, возьмите ветровки
E|KRS|sat 09:00||в субботу в 9 утра идём на Столбы, встреча у входа
F|MSK|+0 21:00||сегодня в 9 вечера созвонимся насчёт похода? я наберу
F|MSK|-|other|1 сентября — опять в школу, ура/не ура
F|RIG|sat 11:00||в субботу в 11 идём всей семьёй на праздник урожая в Домском саду
F|BER|sun 15:00||воскресенье в три — кофе у Нади, она вернулась из отпуска
F|WAW|-|other question|до скольки работает Старый город в воскресенье?
F|TLV|09-11 20:00||Рош ха-Шана: в пятницу 11 сентября в восемь вечера праздничный ужин у Левиных, нас ждут
F|TLV|-|other timetable|автобусы в Рош ха-Шана не ходят с обеда пятницы
F|NSK|sat 16:00||в субботу в 16:00 день рождения у Вани в батутном центре
F|ALA|-|past|в прошлые выходные ездили на Кольсай, очень рекомендую
G|MSK|sat 13:00|typo|в субботу в час дня едем за грибами, корзины у миня
G|MSK|-|other habit|мы каждую осень ездим за грибами под Тверь
G|HEL|sat 12:00||В субботу в 12 идём на сбор брусники, возьмите сапоги
G|RIG|-|other reported|Лиза говорит, что её родители уезжают в Испанию на зиму
G|PRG|sun 10:00||в воскресенье в 10 утра бег в Стромовке, присоединяйся
G|VNO|-|cancelled|пикник в воскресенье отменяется, обещают дождь
G|MIN|sat 19:00||в субботу в 7 вечера идём в оперу, я взяла билеты в партер
H|RIG|sun2 12:00||25-го в полдень обед у родителей, заодно часы переведём назад 🙂
H|RIG|-|other timetable|в ночь на 25 октября часы переводят на час назад
H|BER|10-25 15:00||25 октября в 15:00 мастер-класс по керамике, я уже оплатила
H|KYV|sat 11:00||в субботу 24-го в 11 идём на ярмарку на Контрактовой, возьми сумки
H|TLL|sun2 18:00||В воскресенье 25-го в шесть вечера — спектакль в Русском театре, первый вечер зимнего времени
H|MSK|mon 19:30||в понедельник в полвосьмого вечера йога в студии, записала нас обеих
H|MSK|-|other availability|я свободен в субботу с утра, если надо помочь с переездом
H|NYC|11-01 11:00||1 ноября в 11 утра смотрим марафон на Бруклинском мосту, часы уже переведут
H|NYC|-|other timetable|Нью-Йорк переходит на зимнее время в воскресенье 1 ноября
H|TLV|-|past|на Суккот были у родственников, устали
I|RIG|sun 14:00||в воскресенье в 14:00 идём на выставку, как раз после перевода часов
I|PRG|sat 19:30||В субботу в полвосьмого вечера ужин у Томаша, он готовит утку
I|BER|-|deadline|продлить визу нужно до 31 октября, не тяни
I|HEL|sun 13:00|typo|вскр в 13 катаемся на велах вокруг залива, погода норм
I|WAW|-|other question|когда у них День всех святых, первого?
I|NIC|sun 10:00||в воскресенье в 10 едем в Троодос, там уже по-зимнему холодно
I|MSK|thu 20:00|typo|в чт в восемь вечера квиз в баре, нас пятеро, нужен шестой, го
I|MSK|-|other hypothetical|если дадут премию, можно было бы махнуть в Питер
I|NSK|sat 12:00||в субботу в 12 идём на хоккей, Сибирь играет
J|NYC|sun 13:00||в воскресенье в час дня едем на Брайтон к тёте, зимнее время уже будет
J|NYC|-|other reported|тётя Люда летит в Москву 5 ноября, провожать не надо
J|MSK|+1 18:45||завтра без четверти семь вечера у подъезда, поедем на концерт
J|MSK|-|other|с понедельника выхожу на новую работу, нервничаю
J|MIN|sat 10:00||в субботу в 10 утра едем на кладбище к деду, потом к бабушке
J|YEK|-|past|в выходные ездили в Арамиль, было холодно
J|KYV|fri 18:00|typo|в пятницу в шесть вечера прагулка по Андреевскому, присоединяйся
J|TBS|sat 17:00||в субботу в пять вечера ужин в Фабрике, Нино угощает
K|MSK|12-31 22:00||31-го в 10 вечера у нас, оливье и бенгальские огни 🎆
K|MSK|-|other habit|каждый Новый год смотрим Иронию судьбы, без этого никак
K|MSK|01-07 10:00||Рождество 7 января, в 10 утра служба, потом к родителям
K|RIG|12-24 18:00||Сочельник, 24-е, в шесть вечера ужин у Инги, она всех зовёт
K|BER|12-26 14:00||26 декабря в два часа дня рождественский рынок в Шарлоттенбурге, идём?
K|PRG|-|other timetable|рынки на Староместской работают до 6 января, с 10 до 22
K|NSK|01-02 11:00|typo|2 января в 11 катаемся на ватрушкох в Заельцовском парке
K|VVO|-|other wish|мечтаю встретить Новый год в Японии
K|ALA|12-27 10:00||27-го в 10 утра Шымбулак, забронировала ски-пасс
K|TLV|+1 20:00||завтра в 8 вечера прощальный ужин у Гольдманов, они переезжают в Хайфу
K|HEL|12-25 16:00||на Рождество в 16:00 сауна и ужин у финских друзей, нас позвали
K|KYV|-|cancelled|поездку в Буковель в январе отменили, не будет снега
L|BER|sun3 11:00||28 марта в 11 утра бранч у Кати, это уже летнее время
L|BER|-|other timetable|Часы переводят 28 марта в два часа ночи
L|RIG|sat 19:00||в субботу в семь вечера — ужин в честь 8 марта, перенесли с сегодня
L|MSK|+0 19:30|typo|сегодня в 19:30 ресторан, мамочек поздравляем с 8 Марта, не опаздывай плз
L|MSK|-|past|вчера катались на лыжах в Сокольниках, снег уже тает
L|TLL|03-21 12:00||21 марта в 12:00 весенняя уборка в саду у родителей, нужны руки
L|PRG|sun2 16:00||в воскресенье 21-го в 4 часа дня ледовое шоу, Аня выступает
L|NYC|sun 15:00||в воскресенье в 3 дня хоккей у Лёвы, часы уже переведут вперёд, имей в виду
L|NYC|-|other question|во сколько теперь будут звонить из Москвы, с разницей в 7 часов?
L|TLV|03-27 20:00||27 марта в 8 вечера юбилей у Лейбовича, часы к тому времени уже переведут
L|MIN|-|other availability|у меня выходные с 12 по 15 марта, можно что-то придумать
L|ALA|03-21 12:00||Наурыз 21 марта, в полдень наурыз-коже у Айжан, нас ждут
L|TAS|03-21 11:00||21 марта в 11 утра сумаляк у соседей, нас позвали
L|KYV|fri 20:00|typo|в птн в восемь вечера квартирник у Миши, он будет играть новое
L|HEL|sat2 10:00||в субботу 20-го в 10 утра лыжный забег, последний в сезоне
A|RIG|03-29 18:00-21:00||29 марта с 18 до 21 день рождения Саши в боулинге, первый день летнего времени
A|BER|sun4 12:00|typo|в вскр 29го в 12 бранч у Оли, не забудь перевести часы))
A|TLV|03-28 11:00-14:00||28 марта с 11 до 14 пикник в парке Яркон, уже по летнему времени
B|RIG|sun2 14:00-16:00|duration|в воскресенье 29-го в два часа дня каток, на два часа, я забронировала
B|KYV|sun2 10:00|typo|в воскр 29го в 10 забег на Трухановом, часы переводим, не проспи плз
B|TLV|sat 20:00||в эту субботу в 8 вечера ужин у Коэнов
C|BER|sun 15:00-18:00||в воскресенье 29-го с трёх до шести кофе и торт у бабушки
C|PRG|sun 10:00|typo|вскр в 10 идём в зоопарк, уже летнее время не забудь
C|HEL|sun 12:00|day-part|в воскресенье в обед едем в Порвоо, Марина зовёт
H|RIG|sun2 11:00-13:00||25 октября с 11 до 13 мастер-класс по выпечке, я записала нас
H|BER|sun2 19:00|typo|в вскр 25го в 7 вечера кино с Мишей, часы назад не забудь
H|KYV|sun2 12:00|day-part|25-го в обед у родителей, мама зовёт всех
H|PRG|10-28 18:00-20:00||28 октября с 6 до 8 вечера концерт в Рудольфинуме, билеты у меня
I|RIG|sun 10:00|typo|в вскр в 10 идём в лес за грибами, часы переведут так что на час больше поспим))
I|HEL|sun 16:00-18:00|duration|в воскресенье в 4 часа сауна на два часа, я сняла на всех
I|NIC|sun 18:00||в воскресенье в 6 вечера ужин в таверне, уже зимнее время
I|NYC|sun2 12:00|typo|в вскр 1го в 12 едем в Бруклин к тёте, часы назад
J|NYC|sun 15:00-17:00||в воскресенье с трёх до пяти детский праздник в центре на Брайтоне
K|BER|03-28 13:00||28 марта в час дня день рождения Фёдора, часы к тому времени переведут
K|NYC|03-14 12:00||14 марта в полдень крестины у Глебовых, уже по летнему времени
L|BER|sun3 15:00|day-part|28-го днём в три у Кати пасхальный стол, первый день летнего времени
L|RIG|sun3 19:00|typo|в вскр 28го в 7 вечера вечеринка у Алины, часы вперёд не забудь
L|NYC|sun 12:00-14:00||в воскресенье с 12 до 2 бранч у Лены в Квинсе, часы уже переведут
L|KYV|sun3 11:00|voice|короче в воскресенье двадцать восьмого в одиннадцать едем к бабушке на дачу часы переведут так что не проспи
A|MSK|+3 19:00|relative|через три дня в 7 вечера идём в Большой, Марина достала билеты
E|NSK|+1 12:00|day-part|завтра в обед забегу к тебе за ключами
G|MSK|+2 20:00|day-part|в воскресенье вечером в 8 созвон с бабушкой по видео, все вместе
"""

CASES["es"] = r"""
A|MAD|sat 21:00||el sábado a las nueve cenamos en casa de Lucía, lleva el postre 🍰
A|MAD|-|other habit|los jueves siempre juego al pádel a las ocho
A|MAD|03-29 12:00|numeric-date|el domingo 29/3 a las 12 vermú en La Latina, ya con el horario de verano
A|CAN|sun4 10:00||el domingo 29 a las diez subimos al Roque Nublo, ya habrán cambiado la hora
A|CAN|-|other timetable|recuerda: el 29 de marzo a la 1 de la madrugada se adelanta la hora en Canarias
A|MEX|sat 17:00||el sábado a las 5 de la tarde es la fiesta de Valentina en el salón, no lleguen tarde 🎉
A|MEX|-|other question|¿a qué hora abren las taquillas del Auditorio el domingo?
A|TIJ|sun 13:00||el domingo a la una comemos tacos en Playas, ya con el cambio de horario
A|TIJ|-|other reported|mi primo cruza a San Diego el viernes para trabajar, yo no voy
A|BOG|fri 19:30|typo|el viernes a las siete y media salsa en Galeria Cafe Libro, se animan?
A|LIM|+1 13:00|typo|mñn almuerzo a la 1 en el cevichero de siempre, q dices?
A|BUE|sat 21:30||el sábado a las nueve y media asado en lo de Martín, llevá el vino
A|BUE|-|past|el asado del domingo estuvo bárbaro, gracias che
A|SCL|04-05 13:00||el domingo 5 de abril almuerzo de Pascua donde la abuela a la una, ya con el horario de invierno
A|SCL|-|other timetable|ojo: el sábado 4 de abril a las 24:00 los relojes se atrasan una hora
A|MVD|sat 17:00||el sábado a las 5 tambores de candombe en el Barrio Sur, nos juntamos en la esquina de Isla de Flores
A|CCS|-|cancelled|el viaje a Mérida del fin de semana se suspendió, no hay pasajes
A|GUA|sun 07:00||el domingo a las 7 salimos para Antigua a ver las alfombras de Cuaresma
A|CHI|sun 12:00|typo|el domingo a las 12 misa en español en St. Pius y luego comemos, ya cambiaron la hora acuérdate
A|MAD|-|deadline|la matrícula del curso hay que pagarla antes del 15 de marzo
B|MAD|sun2 11:00||el domingo 29 a las once ruta en bici por la Casa de Campo, hay que madrugar que cambian la hora
B|MAD|-|other hypothetical|si hace bueno en Semana Santa igual nos vamos a Cádiz
B|CAN|sat2 20:00||el sábado 28 a las 8 de la noche cumpleaños de Yeray en el guachinche, tú vienes
B|MEX|sat 10:00||el sábado a las diez nos vamos a Teotihuacán por el equinoccio, llevo bloqueador
B|MEX|-|other lookalike|quedaron 2-1 América contra Chivas, qué partidazo
B|TIJ|fri 20:00||el viernes a las 8 carne asada en casa de mi tía, todos invitados
B|BOG|+4 09:00||el lunes festivo a las 9 ciclovía por la Séptima, nos vemos en el parque
B|LIM|-|other availability|el viernes estoy libre toda la tarde si quieren hacer algo
B|BUE|+5 19:00||martes 24, feriado: a las siete marcha y después pizza, vamos juntos
B|SCL|sun2 11:00||el domingo 29 a las once paseo al cerro San Cristóbal con los niños
B|SCL|04-05 12:00|!wd|domingo de Pascua 5 de abril, almuerzo a las 12, ya con la hora de invierno; el sábado no puedo
B|MVD|-|other habit|todos los domingos vamos a la feria de Tristán Narvaja
B|ASU|sat 18:00|typo|el sabado a las seis asado en la quinta de los Benítez, lleven terere
B|SDQ|sun 15:00||el domingo a las tres juego de pelota en el Quisqueya, ya tengo las boletas
B|PTY|-|other question|¿el Biomuseo abre el domingo o solo sábado?
B|LA|sat 16:00||el sábado a las cuatro es la quinceañera de Daniela en el salón de Whittier
C|MAD|sun 13:00|typo|el domingo q viene a la 1 comida en casa d mis padres, ya con el cambio de hora
C|MAD|-|other timetable|Esta noche no: el cambio de hora es la madrugada del domingo 29, a las dos serán las tres
C|CAN|thu 20:30||el jueves a las ocho y media concierto en el Alfredo Kraus, tengo dos entradas
C|MEX|sat 09:00||el sábado a las 9 de la mañana vamos a las trajineras de Xochimilco, ya reservé la lancha
C|MEX|-|other reported|mis suegros se van a Acapulco en Semana Santa, nosotros nos quedamos
C|BOG|-|past|la ciclovía del domingo pasado estuvo llenísima
C|LIM|sat 20:00||el sábado a las 8 de la noche peña criolla en Barranco, ¡vamos!
C|SCL|sun2 10:00||el domingo 5 a las 10 misa de Pascua y después almuerzo, el cambio de hora es esa madrugada
C|BUE|-|other wish|ojalá pudiéramos ir a Bariloche este invierno
C|CCS|fri 18:00||el viernes a las 6 nos vemos en el Ávila para bajar juntos
D|MAD|thu 20:00||Jueves Santo a las 8, procesión en Lavapiés, quedamos en la plaza
D|MAD|-|past|la procesión del domingo de Ramos fue preciosa
D|CAN|+1 10:00||mañana a las diez salimos para el sur en guagua, lleva la toalla
D|SCL|sun 13:00||el domingo a la una almuerzo de Pascua donde mi tía, justo después del cambio de hora
D|SCL|-|other timetable|este sábado a medianoche se atrasan los relojes una hora en Chile continental
D|SCL|sat 20:00|typo|el sabado a las 8 once con los primos, al toque después de la misa
D|MEX|fri 11:00||el Viernes Santo a las 11 vamos a ver la representación en Iztapalapa
D|BOG|-|other question|¿hay transporte en Semana Santa hacia Villa de Leyva?
D|GUA|fri 05:00||el viernes a las 5 de la mañana salimos a ver la procesión de Jesús Nazareno
D|MVD|-|other habit|en Semana de Turismo siempre nos vamos a Piriápolis
D|LIM|-|cancelled|la parrillada del sábado se canceló, el Beto se fue de viaje
E|MAD|sat 22:00||el sábado a las diez de la noche verbena en el barrio, vente
E|MAD|-|other availability|en agosto estoy libre del 1 al 15, luego me voy al pueblo
E|CAN|sun 11:00||el domingo a las 11 vamos a Las Canteras con los niños
E|MEX|+1 20:00||mañana a las 8 de la noche lucha libre en la Arena México, ya compré boletos
E|MEX|-|other lookalike|el boleto salió en 1,250 pesos, asiento 14B
E|MTY|sat 07:00|typo|el sabado a las 7 subimos al Cerro de la Silla antes de que caliente
E|BOG|sun 08:00|typo|el dom a las 8 rodada a la Calera, llevar impermeable x si acaso
E|LIM|fri 21:00||el viernes a las 9 de la noche fiesta de cumpleaños de Katy en Miraflores
E|SCL|sat 10:00||el sábado a las diez nos vamos a esquiar a Farellones, paso a buscarte
E|SCL|-|other hypothetical|si nieva harto podríamos ir al Cajón del Maipo
E|BUE|-|past|el lunes fuimos a Tecnópolis con los chicos, un caos
E|MVD|+1 21:00||mañana a las nueve de la noche vamos al Estadio, juega Peñarol
E|SJO|sat 06:00||el sábado a las 6 de la mañana salimos para Manuel Antonio, pura vida 🌴
E|PTY|-|other timetable|el Canal de Panamá atiende visitantes de 8 a 18 todos los días
E|PUR|sun 14:00||el domingo a las 2 vamos a Piñones a comer bacalaítos, nos vemos allá
F|SCL|sun 12:00||el domingo a las 12 almuerzo en casa de la Pía, primer día del horario de verano
F|SCL|-|other timetable|el sábado 5 de septiembre a las 24:00 se adelanta el reloj una hora
F|SCL|09-18 13:00||el 18 a la una nos vamos a la fonda del Parque O'Higgins, a comer empanadas
F|SCL|09-19 16:00|typo|el 19 a las 4 parada militar en la tele en la casa d la tía y después asado
F|MAD|sat 21:30||el sábado a las nueve y media fiesta de fin de verano en la terraza de Marta
F|MAD|-|other|el lunes vuelvo al trabajo, se acabó lo bueno
F|MEX|09-15 23:00||el 15 a las once de la noche damos el grito en el Zócalo, ¡viva México!
F|MEX|-|other habit|cada 15 de septiembre hacemos pozole en casa de la abuela
F|BOG|09-19 15:00||el sábado 19 a las tres Amor y Amistad en la finca, traigan el regalo para el amigo secreto
F|LIM|sun 10:00||el domingo a las diez vamos a Pachacámac en bici, salimos desde la casa
F|BUE|-|other question|¿a qué hora es el partido de la selección el jueves?
F|SDQ|fri 20:00||el viernes a las 8 de la noche merengue en el Malecón, te paso a buscar
F|LA|-|deadline|hay que renovar el DACA antes del 30 de septiembre
F|TIJ|sat 19:00||el sábado a las 7 de la tarde boda de mi prima en Rosarito, ya tengo el traje
G|MAD|sat 11:00||el sábado a las 11 vendimia en la finca de los abuelos en Valdepeñas
G|MAD|-|other wish|qué ganas de volver a Asturias en otoño
G|CAN|sun 12:00|typo|el domingo a las 12 fiesta en el pueblo d la abuela, ponte la ropa de maga
G|MEX|sat 20:00|typo|el sab a las 8 d la noche cena en Polanco x el cumple de Dani
G|MEX|-|other reported|mi hermana va a correr el medio maratón el domingo, yo la voy a ver por la tele
G|SCL|sat 19:00||el sábado a las 7 completos en la casa de la Vale, trae pebre
G|BUE|sun 12:00||el domingo al mediodía picnic en los Bosques de Palermo, ya es primavera
G|BOG|-|other availability|estoy disponible cualquier día después de las 6 esta semana
G|LPZ|sat 09:00||el sábado a las 9 subimos al Chacaltaya, abríguense
G|GYE|+0 19:00||hoy viernes a las 7 encebollado en la Bahía y después al Malecón
H|MAD|sun2 12:00||el domingo 25 a las doce misa y comida por el cumple de la abuela, ese día se atrasa la hora
H|MAD|-|other timetable|la madrugada del 25 de octubre a las tres vuelven a ser las dos
H|CAN|10-25 10:00||el 25 de octubre a las diez excursión a Masca, ya con el horario de invierno
H|MEX|11-01 17:00||el 1 de noviembre a las 5 ponemos la ofrenda en casa de la abuela, traigan cempasúchil
H|MEX|11-02 20:00||el 2 de noviembre en la noche vamos al panteón de Mixquic, salimos a las 8
H|TIJ|sun3 14:00||el domingo 1 de noviembre a las 2 comida en casa de mi mamá, ya con el horario de invierno
H|BOG|-|past|el concierto de Karol G del jueves estuvo brutal
H|LIM|10-18 11:00||mañana a las once procesión del Señor de los Milagros, vamos de morado
H|SCL|-|cancelled|el paseo del sábado a Valparaíso quedó suspendido por el paro
H|NY|sat 18:00||el sábado a las 6 fiesta de Halloween para los niños en el centro comunitario
I|MAD|sun 10:00||el domingo a las diez carrera popular del barrio, ya con la hora cambiada
I|MAD|sat 20:15||el sábado a las ocho y cuarto de la tarde entradas para el teatro, no llegues tarde
I|MAD|-|other question|¿a qué hora cierra el Museo del Prado los domingos?
I|CAN|10-25 19:00||el domingo 25 a las siete de la tarde cena de despedida de Laura, ya con la hora de invierno
I|MEX|10-31 18:00||el sábado 31 a las seis disfraces y dulces con los niños en Coyoacán
I|MEX|-|other habit|siempre vamos a ver el desfile de Día de Muertos, pero este año no sé
I|MTY|thu 21:00|typo|el juevs a las 9 de la noche concierto en el Arena Monterrey, pasamos por ti
I|CHI|sun2 11:00||el domingo 1 de noviembre a las once misa de Todos los Santos, ya con el cambio de hora
I|BUE|-|other lookalike|salió 3 a 1 Boca, el 2-2 del otro partido fue peor
J|MAD|sun 11:00||el domingo 1 a las once vamos al cementerio a llevar flores a los abuelos
J|MEX|+4 16:00||el domingo 1 a las 4 comemos pan de muerto en casa de mi tía
J|TIJ|sun 12:00||el domingo a las doce almuerzo en Ensenada, ya con el horario de invierno de este lado
J|TIJ|-|other timetable|el domingo 1 de noviembre a las 2 se atrasa el reloj una hora en Tijuana
J|GUA|11-01 09:00||el 1 de noviembre a las 9 vamos a Sumpango a ver los barriletes gigantes
J|SCL|-|other availability|el viernes 30 me tomé el día, estoy libre
J|LA|sat 19:00|typo|el sab a las 7 fiesta de día de muertos en el garage de Tony, ven disfrazada
J|NY|-|other reported|mi jefe va a correr la maratón de Nueva York el domingo, qué valiente
K|MAD|12-24 21:00||Nochebuena a las nueve en casa de los abuelos, llevo los turrones
K|MAD|-|other habit|siempre tomamos las uvas en la Puerta del Sol, pero este año en casa
K|MAD|01-05 18:30||el 5 de enero a las seis y media cabalgata de Reyes en la Castellana, los niños van
K|CAN|12-31 23:30|typo|el 31 a las 11 y media en la playa d Las Canteras pa las uvas
K|MEX|12-24 22:00||el 24 a las 10 de la noche cena de Nochebuena en casa de mis suegros
K|MEX|-|past|la posada de ayer estuvo buenísima, rompimos tres piñatas
K|BOG|+1 18:00||mañana a las 6 novena de aguinaldos en donde los vecinos, lleva la guitarra
K|SCL|12-25 13:00||el 25 a la una almuerzo de Navidad en el Cajón del Maipo, mucho calor
K|BUE|12-31 21:00||el 31 a las nueve cena de fin de año en la terraza, vos traés el pan dulce
K|MVD|-|other wish|ojalá pudiéramos pasar Año Nuevo en Punta del Este
K|CCS|12-24 20:00||el 24 a las 8 hallacas y gaitas en casa de mi mamá, trae el pan de jamón
K|PTY|-|cancelled|se canceló la fiesta de la oficina del viernes 
L|MAD|sun3 13:00||el domingo 28 a la una paella en casa de Pepe, ya con el horario de verano
L|MAD|-|other timetable|el cambio de hora es el 28 de marzo, a las 2 serán las 3
L|CAN|sat 11:00|typo|el sabado a las once ruta x el barranco, llevamos bocadillos
L|MEX|03-21 09:00||el 21 de marzo a las 9 vamos a las pirámides con Mateo para el equinoccio
L|TIJ|sun 18:00||el domingo a las 6 de la tarde cena de cumpleaños de Lupita, el reloj se adelanta ese mismo día
L|BOG|-|deadline|la declaración de renta vence el 15 de abril, no lo dejes para el final
L|SCL|04-04 12:00||el domingo 4 de abril almuerzo de fin de verano a las 12, esa madrugada se atrasa la hora
L|BUE|fri 20:30||el viernes a las ocho y media cine en el Gaumont, después pizza en Güerrín
L|NY|sun 15:00||el domingo a las 3 es el bautizo de Jacob en la iglesia de la 116, se adelanta la hora ese día
L|LA|-|other question|¿a qué hora empieza la misa el Domingo de Ramos?
L|ASU|sat 08:00||el sábado a las 8 vamos a San Bernardino a pasar el día en el lago
L|MGA|sat 16:00||el sábado a las 4 de la tarde piñata de Kevin en el parque, lleven a los chavalos
L|TGU|sun 09:00||el domingo a las 9 subimos a La Tigra con los de la iglesia
A|MAD|03-29 12:00-14:00|duration|el domingo 29 a las 12 tenemos la pista de pádel dos horas, ya con el horario de verano
A|CAN|03-29 18:00-21:00||el 29 de marzo de 6 a 9 de la tarde cumple de Aitana en el parque
A|TIJ|sun 10:00|typo|el dom a las 10 desayuno en casa d la tía, ya cambia la hora acuerdate
A|LA|sat2 19:00-23:00||el sábado 14 de 7 a 11 de la noche boda de mi prima en Pico Rivera
B|MAD|sun2 10:00|typo|el dom 29 a las 10 carrera en el Retiro, ojo q cambia la hora
B|SCL|04-05 13:00-16:00||el domingo 5 de abril de una a cuatro almuerzo de Pascua en la casa de la Coti
C|MAD|sun 19:00-21:00||el domingo 29 de siete a nueve cine de verano en el Conde Duque, ya con el nuevo horario
C|CAN|sun 12:00|day-part|el domingo al mediodía paella en casa de Cristo, ya con la hora cambiada
D|SCL|sun 11:00-13:00|duration|el domingo a las 11 tenemos la cancha dos horas, ya con el horario de invierno
F|SCL|sun 13:00|typo|el dom a la 1 almuerzo donde la Jose, ojo q se adelanta la hora
F|SCL|09-13 16:00-19:00||el domingo 13 de 4 a 7 ensayo de cueca para el 18, en el gimnasio del colegio
H|MAD|sun2 11:00-13:00||el domingo 25 de once a una visita guiada al Palacio Real, ya con la hora de invierno
H|CAN|10-25 12:00|typo|el 25 a las 12 almuerzo en Teror, una hora menos aqui q en Madrid como siempre jaja
H|TIJ|sun3 18:00|day-part|el domingo 1 de noviembre en la tarde a las 6 vamos al panteón, ya con el horario de invierno
I|MAD|sun 17:00-19:00|duration|el domingo a las cinco tenemos sala de escape dos horas
I|CHI|sun2 14:00|typo|el dom 1 d noviembre a las 2 altar de muertos en la parroquia, se atrasa la hora
J|TIJ|sun 16:00-18:00||el domingo de 4 a 6 convivio de la oficina en el parque
J|NY|sun 13:00|typo|el domingo a la 1 almuerzo en casa d mi abuela en el Bronx, se atrasa la hora
K|MAD|03-28 13:00||el domingo 28 de marzo a la una comida de cumpleaños de la abuela, ya con horario de verano
K|SCL|04-04 12:00|typo|el dom 4 d abril a las 12 asado de despedida del verano, ese dia se atrasa la hora
L|MAD|sun3 20:00-22:00||el domingo 28 de 8 a 10 de la noche concierto en el Price, ya con el horario de verano
L|NY|sun 11:00|voice|oye el domingo a las once vamos a la misa de la abuela y después almorzamos en el Bronx acuérdate que se adelanta la hora
L|MEX|+2 20:00|relative|pasado mañana a las 8 de la noche cena con los compadres, ya reservé
E|MEX|+3 19:00|relative|en tres días a las 7 de la tarde es la graduación de Sofi, no lo olvides
G|BOG|+1 20:00|day-part|mañana por la noche a las 8 cena en casa de Juanita, lleva vino
"""

CASES["pt"] = r"""
A|LIS|sat 20:30||sábado às oito e meia jantar em casa da Rita, levo o vinho 🍷
A|LIS|-|other habit|às quintas vou sempre ao ginásio às sete
A|LIS|03-29 11:00|numeric-date|domingo 29/3 às 11 passeio em Sintra, já com a hora de verão
A|AZO|sun4 12:00||domingo dia 29 ao meio-dia almoço na casa da avó, nesse dia muda a hora
A|AZO|-|other timetable|Atenção: nos Açores a hora muda no dia 29 de março à meia-noite
A|FNC|sat 15:00||sábado às 3 da tarde levada do Caldeirão Verde, levem impermeável
A|SAO|sat 14:00|typo|sab 14h churras na laje do Paulinho, leva gelo pf
A|SAO|-|other question|alguém sabe que horas abre o Ibirapuera no domingo?
A|SAO|-|past|o show de ontem foi demais, to sem voz
A|REC|sun 16:00|typo|domingo as 4 da tarde praia de Boa Viagem e depois tapioca, bora?
A|FOR|fri 19:00||sexta às 7 da noite forró no Pirata, quem topa? 💃
A|BEL|-|other reported|minha mãe vai pro Círio em outubro com as amigas, eu não
A|MAO|+1 09:00||amanhã às 9 passeio de barco pro encontro das águas, já comprei
A|LUA|sat 10:00||sábado às 10 vamos à Ilha do Mussulo, o barco sai do cais
A|MPM|-|cancelled|a festa de sábado foi cancelada, chove muito
A|BOS|sun 13:00||domingo à uma almoço na casa da tia em Fall River, a hora já terá mudado
A|TYO|sat 18:00||sábado às 6 da tarde churrasco brasileiro em Hamamatsu na casa do Edson
A|LIS|-|deadline|a declaração do IRS da minha mãe tem de seguir até ao fim de junho, trato eu disso
B|LIS|sun2 10:00||domingo dia 29 às 10 corrida na marginal, atenção que a hora muda nessa madrugada
B|LIS|-|other hypothetical|se fizer sol na Páscoa talvez vamos ao Algarve
B|FNC|sat2 20:00||sábado 28 às 8 da noite aniversário do Duarte no Funchal, tu vens
B|SAO|sat 21:00|typo|sabado as 9 da noite niver da Bia no bar da Vila Madalena
B|SAO|-|other lookalike|o Corinthians ganhou de 2 x 1, jogo sofrido
B|REC|-|other availability|to livre sexta à tarde se precisar de ajuda com a mudança
B|CGB|sun 07:00||domingo às 7 da manhã vamos pra Chapada dos Guimarães, passo aí
B|PAR|sun2 12:00||domingo dia 29 ao meio-dia almoço português em Champigny, já na hora de verão
B|LUX|sat 19:00||sábado às 7 da tarde jantar da associação portuguesa, já temos mesa
B|GVA|-|other reported|o meu primo vai a Portugal na Páscoa, eu fico cá
B|BOS|+2 18:00||sábado às seis festa da comunidade na igreja de Santo António em Cambridge
B|PRA|sun 16:00||domingo às 4 da tarde jogo de futebol na praia da Gamboa, traz água
C|LIS|sun 13:00|typo|domingo q vem almoço na casa dos meus pais à 1, ja com a hora mudada
C|LIS|-|other timetable|Não se esqueçam: na noite de sábado para domingo, à 1h passa a ser 2h
C|AZO|sat 21:00||sábado à noite tasca na Ribeira Grande, às 9, quem vem?
C|FNC|thu 19:30||quinta às sete e meia teatro no Baltazar Dias, tenho bilhetes
C|SAO|sat 10:00||sábado às 10 feira da Liberdade e depois pastel, bora
C|SAO|-|other wish|queria tanto ir pra Bahia no feriado
C|BSS|sun 15:00||domingo às três vamos a Bubaque, o barco sai cedo
C|MAO|-|past|o festival de ontem foi incrível
C|LUX|sun 12:00||domingo dia 29 ao meio-dia almoço na casa da tia, já com a hora de verão
D|LIS|fri 10:00||Sexta-feira Santa às 10 procissão em Braga, vamos todos
D|LIS|-|past|a Páscoa do ano passado foi na casa da avó
D|SAO|sun 12:00||domingo de Páscoa almoço na casa da vó ao meio-dia, ovos de chocolate pras crianças 🐣
D|SAO|-|other habit|todo ano a gente faz bacalhau na Sexta-feira Santa
D|REC|sat 20:00||sábado às 8 da noite Paixão de Cristo em Nova Jerusalém, vamos de carro
D|FOR|-|other question|abre o Beach Park no feriado?
D|AZO|+1 09:00||amanhã às 9 vamos ao Pico, o barco é cedo
D|LUA|sun 13:00||domingo à uma almoço de Páscoa na casa da avó em Viana
D|MPM|-|other availability|estou livre de sexta a domingo, feriado prolongado
E|LIS|sat 21:30||sábado às nove e meia arraial em Alfama, sardinhas por minha conta
E|LIS|-|other lookalike|o Benfica ganhou 3-0, e o bilhete custou 45 euros
E|SAO|sat 19:00||sábado às 7 festa julina na escola da Lara, vai de caipira 🌽
E|SAO|-|other|segunda volto pro trabalho, acabou a alegria
E|REC|sun 10:00|typo|dom as 10 praia d Porto de Galinhas, quem vai?
E|MAO|fri 18:00|typo|sexta as 6 da tarde festival na Ponta Negra, vamo junto
E|BEL|+1 12:00||amanhã ao meio-dia almoço no Ver-o-Peso, açaí com peixe frito
E|LUA|-|other reported|a minha irmã vai a Lisboa em agosto, de férias
E|MPM|sat 09:00||sábado às 9 vamos à Ponta do Ouro, levem protetor
E|TYO|sun 13:00||domingo à uma festa junina em Oizumi, leva a família
E|MAC|sat 19:30||sábado às sete e meia jantar macaense na casa da avó, minchi
E|DIL|sun 08:00||domingo às 8 subida ao Cristo Rei, antes do calor
F|LIS|sat 18:00||sábado às 6 da tarde casamento do Tiago em Óbidos, já tenho o fato
F|LIS|-|other|dia 14 as crianças voltam à escola
F|SAO|+6 10:00||segunda, 7 de setembro, às 10 desfile no Anhembi com as crianças
F|SAO|-|other timetable|o metrô funciona em horário de domingo no feriado
F|FOR|sat 17:00||sábado às 5 pôr do sol na Beira-Mar, depois caranguejo
F|BEL|-|other habit|todo outubro a família vai no Círio, sem falta
F|CGB|sun 06:00||domingo às 6 da manhã trilha no Véu de Noiva, leva água
F|BOS|sat 12:00||sábado ao meio-dia festa da paróquia em Fall River, a vó vai
F|PAR|-|other question|o consulado abre no sábado?
F|PRA|fri 20:00|!wd|sexta às 8 da noite morna no Quintal da Música, vamos
G|LIS|sat 10:00|typo|sab as 10 vindimas no Douro, levem botas
G|LIS|-|other wish|adorava fazer o Caminho de Santiago em outubro
G|AZO|sun 11:00||domingo às 11 passeio à Lagoa do Fogo, se não houver nevoeiro
G|SAO|sat 15:00|typo|sab 15h aniversário do Theo no buffet, leva presente
G|SAO|-|other reported|meu chefe vai pra Buenos Aires semana que vem, eu fico
G|SAO|10-04 08:00||dia 4 de outubro às 8 vamos votar juntos, depois café
G|REC|sun 16:00||domingo às 4 maracatu no Marco Zero, bora ver
G|MAO|-|cancelled|o passeio de barco de domingo foi adiado, sem data
G|LUA|sat 19:00||sábado às 19h jantar de aniversário da Joana no Mussulo
H|LIS|sun2 12:00||domingo dia 25 ao meio-dia almoço de família em Setúbal, a hora muda nessa madrugada
H|LIS|-|other timetable|A hora muda a 25 de outubro: às 2h voltam a ser 1h
H|FNC|10-25 15:00||dia 25 às três da tarde passeio no Monte, já com a hora de inverno
H|AZO|sat 20:00||sábado às 8 da noite jantar das festas em Angra, a banda toca
H|SAO|sun 08:00||domingo às 8 corrida no Ibirapuera, 10 km
H|SAO|-|past|a eleição do primeiro turno foi tranquila
H|REC|sat 21:00|typo|sabado as 9 da noite show no Paço do Frevo, bora
H|BOS|11-01 11:00||1 de novembro às 11 missa de Todos os Santos na igreja portuguesa, a hora já terá mudado
H|BOS|-|other timetable|nos EUA a hora muda no domingo 1 de novembro
H|LUX|sun2 13:00||domingo dia 25 à uma almoço na casa do Zé, já com a hora de inverno
I|LIS|sun 11:00||domingo às 11 feira da ladra com a Inês, a hora já mudou nessa noite
I|LIS|-|deadline|o cartão de cidadão caduca a 31 de outubro, trata disso
I|PAR|sun 12:00||domingo ao meio-dia almoço na casa da madrinha em Saint-Denis, já na hora de inverno
I|GVA|sat 18:00||sábado às 6 da tarde castanhas no bairro com a comunidade
I|SAO|sat 20:00|typo|sab as 8 da noite halloween na casa da Duda, vai fantasiada blz
I|SAO|-|other question|o segundo turno é dia 25?
I|FOR|fri 19:00||sexta às 7 caranguejada na Praia do Futuro com o pessoal
I|MPM|-|past|o jogo de domingo foi emocionante
I|LUA|sun 10:00||domingo às 10 missa e depois almoço na casa da tia Fátima
J|LIS|sun 13:00||domingo dia 1 à uma almoço de Todos os Santos na casa da avó, com castanhas
J|LIS|-|other habit|no dia de Todos os Santos vamos sempre ao cemitério de manhã
J|AZO|sat 21:00||sábado às 9 da noite festa de Halloween na escola, vamos levar os miúdos
J|SAO|+4 09:00|!wd|domingo às 9 vamos ao cemitério levar flores pro vô, é Finados na segunda mas vamos antes
J|SAO|-|other reported|minha sogra vai viajar pra Fortaleza no feriado
J|BOS|sun 14:00||domingo às 2 da tarde festa na casa da tia em Somerville, a hora volta uma nessa madrugada
J|BOS|-|other timetable|lembrete: os relógios atrasam uma hora domingo às 2 da manhã
J|REC|sat 16:00||sábado às 4 da tarde aniversário do João no Parque da Jaqueira
J|CGB|-|other availability|segunda é feriado, estou livre o dia todo
K|LIS|12-24 20:00||consoada dia 24 às 8 em casa dos meus sogros, bacalhau com todos
K|LIS|-|other habit|na passagem de ano comemos sempre as passas à meia-noite
K|FNC|12-31 22:30||dia 31 às dez e meia no Funchal para o fogo de artifício, guardamos lugar
K|SAO|12-24 21:00||ceia de Natal dia 24 às 9 da noite na casa da vó
K|SAO|-|past|o amigo secreto da firma foi ontem, ganhei uma caneca
K|REC|12-31 22:00||réveillon dia 31 às 10 da noite em Boa Viagem, de branco
K|SAO|01-01 14:00||dia 1 às 2 da tarde almoço de Ano Novo na casa da minha irmã, lentilha obrigatória
K|MAO|-|cancelled|a viagem pra Parintins no fim do ano foi cancelada
K|LUA|12-25 13:00||dia 25 à uma almoço de Natal na casa da avó, muamba de galinha
K|MPM|12-26 09:00||dia 26 às 9 da manhã vamos para Bilene, praia uns dias
K|TYO|12-31 23:00|typo|dia 31 as 11 da noite contagem regressiva em Shibuya, vamo?
K|PAR|-|other question|os comboios funcionam no dia 25?
L|LIS|sun3 12:00||domingo dia 28 ao meio-dia almoço de aniversário da mãe, já na hora de verão
L|LIS|-|other timetable|A hora de verão começa no dia 28 de março
L|AZO|sat 20:30||sábado às oito e meia jantar com os primos em Ponta Delgada
L|SAO|sat 15:00||sábado às 3 da tarde chá de bebê da Carol, leva fralda
L|SAO|-|other lookalike|a prova durou 2:30 e tirei 9,5
L|REC|-|other availability|estou livre toda a semana depois do carnaval
L|BOS|sun 13:00||domingo à uma almoço na casa da tia em New Bedford, a hora já muda nessa madrugada
L|BOS|-|other reported|o meu primo vai a São Miguel nas férias da Páscoa
L|LUX|sun3 15:00||domingo dia 28 às 3 da tarde festa da Páscoa na comunidade, já na hora de verão
L|FOR|fri 19:00|typo|sxta as 7 luau na Praia de Iracema, leva violão
L|MPM|sat 09:00||sábado às 9 da manhã limpeza da praia da Costa do Sol, voluntários
L|STP|sun 10:00||domingo às 10 passeio à Lagoa Amélia, levem botas
L|RBR|sat 18:00||sábado às 6 festa de aniversário do Kaio, já comprei o bolo
A|LIS|03-29 15:00-18:00||dia 29 de março das 3 às 6 da tarde aniversário do Vicente no parque, já na hora de verão
A|AZO|sun4 13:00|typo|dom 29 à 1 almoço em casa da tia, atenção q a hora muda
A|BOS|sun 14:00-17:00||domingo das 2 às 5 festa de aniversário da Luana no salão da igreja, a hora já mudou
A|FNC|03-29 10:00|typo|dia 29 as 10 caminhada no Pico do Areeiro, ja hora d verao
B|LIS|sun2 12:00-14:00|duration|domingo dia 29 ao meio-dia temos o campo de ténis reservado, duas horas
B|LUX|sun2 11:00|typo|dom 29 as 11 missa portuguesa e dps almoço, a hora muda nessa noite
C|LIS|sun 19:00-22:00||domingo dia 29 das 7 às 10 da noite jantar de anos do pai no restaurante, já na hora de verão
C|PAR|sun 12:00|day-part|domingo dia 29 ao almoço, ao meio-dia, em casa da Céu, já com a hora de verão
F|BOS|11-01 14:00|typo|dom 1 de novembro as 2 festa na casa da madrinha, a hora muda
H|LIS|sun2 15:00-18:00||domingo dia 25 das 3 às 6 magusto da escola, levem castanhas, já na hora de inverno
H|AZO|10-25 12:00|typo|dia 25 ao meio dia almoço de domingo, a hora muda de madrugada
H|PAR|sun2 16:00|day-part|domingo 25 à tarde, às 4, café na casa da Lurdes, já na hora de inverno
H|BOS|sun3 10:00-12:00|duration|domingo dia 1 de novembro às 10 temos a sala da igreja por duas horas para o ensaio do coro
I|LIS|sun 16:00|typo|dom as 4 da tarde castanhas na Graça, ja com a hora d inverno
I|FNC|sun 10:00-13:00||domingo das 10 à 1 feira no Santo da Serra, já na hora de inverno
I|GVA|sun 12:00|typo|dom ao meio dia almoço na casa da Fátima em Genebra, muda a hora
I|BOS|sun2 13:00-15:00||domingo dia 1 de novembro da uma às três almoço da comunidade em Lowell
J|BOS|sun 11:00|voice|então domingo às onze vamos à missa com a vó e depois almoçamos lá em casa não esquece que a hora atrasa
K|LIS|03-28 13:00||domingo 28 de março à uma almoço de Páscoa na casa da avó, já na hora de verão
K|BOS|03-14 12:00|typo|dom 14 de março meio dia batizado da Sofia, a hora ja adiantou
L|LIS|sun3 16:00-19:00||domingo dia 28 das 4 às 7 almoço-ajantarado de Páscoa em casa dos tios, já na hora de verão
L|AZO|03-28 12:00|typo|dom 28 ao meio dia almoço de Páscoa na casa da avó, hora de verão ja
L|PAR|sun3 13:00|voice|então domingo dia 28 à uma almoço de Páscoa em casa da madrinha lembra que a hora muda nessa madrugada
L|BOS|sun 15:00-17:00||domingo das 3 às 5 chá de bebé da Raquel em Fall River, a hora já mudou
A|SAO|+2 20:00|relative|depois de amanhã às 8 da noite pizza na casa do Caio, bora?
E|REC|+3 19:00|relative|daqui a 3 dias às 19h formatura da Duda, não esquece
G|SAO|+1 20:00|day-part|amanhã à noite às 8 jantar japonês na Liberdade com a turma
"""

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WD_WORDS = {
    "en": [r"\bmon(day)?\b", r"\btue(s|sday)?\b", r"\bwed(nesday)?\b", r"\bthu(rs|rsday)?\b",
           r"\bfri(day)?\b", r"\bsat(urday)?\b", r"\bsun(day)?\b"],
    "ru": [r"понедельник", r"вторник", r"\bсред[аеуы]\b", r"четверг", r"пятниц", r"суббот",
           r"воскресень"],
    "es": [r"\blunes\b", r"\bmartes\b", r"mi[eé]rcoles", r"\bjueves\b", r"\bviernes\b",
           r"s[aá]bado", r"\bdomingo"],
    "pt": [r"\bsegunda", r"\bter[cç]a", r"\bquarta", r"\bquinta", r"\bsexta", r"s[aá]bado",
           r"\bdomingo"],
}
MONTHS = {
    "en": r"\b(January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b",
    "ru": r"(январ|феврал|марта|март\b|апрел|\bма[йя]\b|июн|июл|август|сентябр|октябр|ноябр|"
          r"декабр)",
    "es": r"\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
          r"noviembre|diciembre)\b",
    "pt": r"\b(janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|"
          r"dezembro)\b",
}
MEETING_WORD = re.compile(r"meeting|meet-?up|встреч|reuni[oóã]", re.I)
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2764]")
NEG_KINDS = {"past", "cancelled", "deadline", "other"}
SECONDARY = {"timetable", "lookalike", "question", "habit", "reported", "availability",
             "hypothetical", "wish"}
FREE_TAGS = {"typo", "voice", "formal", "day-part", "relative", "relative-plus-date",
             "numeric-date", "duration"}


def resolve_day(spec, today):
    """A day spec relative to today's local date (see the docstring)."""
    if spec.startswith("+"):
        return today + dt.timedelta(days=int(spec[1:]))
    m = re.fullmatch(r"(mon|tue|wed|thu|fri|sat|sun)(\d?)", spec)
    if m:
        want = WEEKDAYS.index(m.group(1))
        n = int(m.group(2) or 1)
        ahead = (want - today.weekday()) % 7
        if n == 0:
            return today + dt.timedelta(days=ahead)
        if ahead == 0:
            ahead = 7
        return today + dt.timedelta(days=ahead + 7 * (n - 1))
    if re.fullmatch(r"\d\d-\d\d", spec):
        d = dt.date(today.year, int(spec[:2]), int(spec[3:]))
        return d if d >= today else dt.date(today.year + 1, d.month, d.day)
    return dt.date.fromisoformat(spec)


def wall(d, hhmm, zone):
    """An aware local time, refusing wall times DST skips or repeats."""
    h, m = map(int, hhmm.split(":"))
    naive = dt.datetime(d.year, d.month, d.day, h, m)
    a = naive.replace(tzinfo=zone, fold=0)
    b = naive.replace(tzinfo=zone, fold=1)
    assert a.utcoffset() == b.utcoffset(), f"repeated/skipped wall time {naive} {zone}"
    back = a.astimezone(dt.timezone.utc).astimezone(zone).replace(tzinfo=None)
    assert back == naive, f"skipped wall time {naive} {zone}"
    return a


def iso(t):
    return t.isoformat(timespec="seconds")


ERRS = []


def build():
    rows, stats, texts = [], [], set()
    for lang in ("en", "ru", "es", "pt"):
        n = 0
        for raw in CASES[lang].strip().splitlines():
            nowk, zk, label, tags, text = (x.strip() for x in raw.split("|", 4))
            zone = ZONES[zk]
            tz = ZoneInfo(zone)
            key, _, at = nowk.partition("@")
            day_s, time_s, wd = NOWS[key]
            today = dt.date.fromisoformat(day_s)
            assert today.strftime("%a") == wd, key
            now = wall(today, at or time_s, tz)
            tags = tags.split()
            exempt = "!wd" in tags
            tags = [t for t in tags if t != "!wd"]
            out_tags, events = [], []
            if label == "-":
                kinds = [t for t in tags if t in NEG_KINDS]
                assert len(kinds) == 1, raw
                for t in tags:
                    assert t in NEG_KINDS or t in SECONDARY or t in FREE_TAGS, (t, raw)
                    out_tags.append("negative-" + t if t in NEG_KINDS else t)
            else:
                for t in tags:
                    assert t in FREE_TAGS, (t, raw)
                out_tags += tags
                for ev in label.split(";"):
                    day, span = ev.split()
                    d = resolve_day(day, today)
                    s_, _, e_ = span.partition("-")
                    start = wall(d, s_, tz)
                    end = None
                    if e_:
                        ed = d if e_ > s_ else d + dt.timedelta(days=1)
                        end = wall(ed, e_, tz)
                        assert end > start, raw
                    assert start > now, raw
                    assert start - now < dt.timedelta(days=366), raw
                    events.append((start, end))
                if len(events) > 1:
                    out_tags.append("multi")
                if any(e for _, e in events) and "duration" not in out_tags:
                    out_tags.append("range")
                if "duration" in out_tags:
                    assert any(e for _, e in events), raw
                if any(s.utcoffset() != now.utcoffset() for s, _ in events):
                    out_tags.append("dst")
                if not MEETING_WORD.search(text):
                    out_tags.append("activity")
                if not exempt:
                    low = text.lower()
                    for i, pat in enumerate(WD_WORDS[lang]):
                        if re.search(pat, low):
                            if i not in {s.weekday() for s, _ in events}:
                                ERRS.append(("weekday", raw))
            if re.search(MONTHS[lang], text if lang == "en" else text.lower()):
                out_tags.append("month-name")
            if EMOJI.search(text):
                out_tags.append("emoji")
            fold = " ".join(text.lower().split())
            assert fold not in texts, ("duplicate text", raw)
            texts.add(fold)
            n += 1
            rows.append({
                "id": f"tune1-{lang}-{n:03d}", "part": "tune1", "lang": lang, "text": text,
                "now": iso(now), "tz": zone,
                "expect": [{"start": iso(s), "end": iso(e) if e else None} for s, e in events],
                "tags": out_tags,
            })
    return rows


def print_stats(rows):
    from collections import Counter
    for lang in ("en", "ru", "es", "pt"):
        mine = [r for r in rows if r["lang"] == lang]
        neg = [r for r in mine if not r["expect"]]
        pos = [r for r in mine if r["expect"]]
        dst = [r for r in pos if "dst" in r["tags"]]
        tagc = Counter(t for r in mine for t in r["tags"])
        print(f"{lang}: {len(mine)} lines, negatives {len(neg)} ({100*len(neg)/len(mine):.1f} %), "
              f"dst {len(dst)}/{len(pos)} ({100*len(dst)/max(1,len(pos)):.1f} %)", file=sys.stderr)
        print("   ", dict(sorted(tagc.items())), file=sys.stderr)
    pos = [r for r in rows if r["expect"]]
    print(f"all: {len(rows)} lines, {sum(len(r['expect']) for r in rows)} events, "
          f"{sum(1 for r in rows for e in r['expect'] if e['end'])} with an end, dst "
          f"{sum('dst' in r['tags'] for r in pos)}/{len(pos)}, zones "
          f"{len({r['tz'] for r in rows})}, pairs {len({(r['now'], r['tz']) for r in rows})}",
          file=sys.stderr)


if __name__ == "__main__":
    ROWS = build()
    for e in ERRS:
        print(*e, file=sys.stderr)
    assert not ERRS
    ids = [r["id"] for r in ROWS]
    assert len(ids) == len(set(ids))
    for r in ROWS:
        print(json.dumps(r, ensure_ascii=False))
    if "--stats" in sys.argv:
        print_stats(ROWS)
