"""A matrix of the ways German and English news names the period of a figure (issue #15 point 4,
DESIGN "Rules the answer keys follow"): each form in both languages, in a short sentence written
for this test, with the period the figure gets against a publication date.

The case names the figure by a piece of its claim text; the period is (start, end) inclusive.
"""

import pytest

from tracker.extraction import extract

# a Thursday in February: January lies just behind, March ahead
FEB = "2025-02-20"
# a day in May, for fiscal years ending in March
MAY = "2025-05-20"
# a day in April, for calendar weeks
APR = "2025-04-10"

CASES = [
    # months with a year
    ("de", "Im Januar 2024 wurden 300 Fälle gemeldet.", "300", FEB, "2024-01-01", "2024-01-31"),
    ("en", "In January 2024, 300 cases were reported.", "300", FEB, "2024-01-01", "2024-01-31"),
    ("de", "Im März 2023 lag die Quote bei 5,1 Prozent.", "5,1", FEB, "2023-03-01", "2023-03-31"),
    ("en", "The rate stood at 5.1% in March 2023.", "5.1", FEB, "2023-03-01", "2023-03-31"),
    # months without a year, past tense: behind the publication date
    ("de", "Im Dezember wurden 300 Fälle gemeldet.", "300", FEB, "2024-12-01", "2024-12-31"),
    ("en", "In December, 300 cases were reported.", "300", FEB, "2024-12-01", "2024-12-31"),
    ("de", "Im Januar stieg die Zahl der Arbeitslosen um 40.000.", "40.000", FEB, "2025-01-01", "2025-01-31"),
    ("en", "Unemployment rose by 40,000 in January.", "40,000", FEB, "2025-01-01", "2025-01-31"),
    ("de", "Im Oktober hatte die Stadt 1200 Anträge gezählt.", "1200", FEB, "2024-10-01", "2024-10-31"),
    ("en", "In October the city had counted 1,200 applications.", "1,200", FEB, "2024-10-01", "2024-10-31"),
    # months without a year, present tense: statistics of the month just ended, or one ahead
    ("de", "Im Januar liegt die Quote bei 6,4 Prozent.", "6,4", FEB, "2025-01-01", "2025-01-31"),
    ("en", "In January the rate is 6.4%, the office says.", "6.4", FEB, "2025-01-01", "2025-01-31"),
    ("de", "Im Mai sollen 300 neue Stellen entstehen.", "300", FEB, "2025-05-01", "2025-05-31"),
    ("en", "In May, 300 new jobs will be created.", "300", FEB, "2025-05-01", "2025-05-31"),
    ("en", "In May, 300 new jobs were created.", "300", FEB, "2024-05-01", "2024-05-31"),
    ("en", "On Friday, 300 workers will strike.", "300", FEB, "2025-02-21", "2025-02-21"),
    # relative to the period named before
    (
        "de",
        "Im Januar 2025 wurden 300 Fälle gemeldet. Im Vorjahresmonat waren es 250.",
        "250",
        FEB,
        "2024-01-01",
        "2024-01-31",
    ),
    (
        "de",
        "Im Januar wurden 300 Fälle gemeldet, 20 mehr als im Vormonat.",
        "20",
        FEB,
        "2025-01-01",
        "2025-01-31",
    ),
    (
        "de",
        "Im Januar wurden 300 Fälle gemeldet. Im Vormonat waren es 280.",
        "280",
        FEB,
        "2024-12-01",
        "2024-12-31",
    ),
    (
        "de",
        "Im dritten Quartal 2024 stieg der Umsatz auf 5 Millionen Euro. "
        "Im Vorjahresquartal waren es 4 Millionen Euro.",
        "4 Millionen",
        FEB,
        "2023-07-01",
        "2023-09-30",
    ),
    (
        "de",
        "In den ersten neun Monaten 2024 kamen 800 Besucher. Im Vorjahreszeitraum waren es 700 Besucher.",
        "700",
        FEB,
        "2023-01-01",
        "2023-09-30",
    ),
    (
        "en",
        "Sales were $5 billion in the third quarter of 2024, up from $4 billion a year earlier.",
        "$4 billion",
        FEB,
        "2023-07-01",
        "2023-09-30",
    ),
    (
        "en",
        "In the first half of 2024, profit was £300m, against £250m in the same period last year.",
        "£250m",
        FEB,
        "2023-01-01",
        "2023-06-30",
    ),
    (
        "en",
        "In January, 300 cases were reported, up from 250 a month earlier.",
        "250",
        FEB,
        "2024-12-01",
        "2024-12-31",
    ),
    (
        "en",
        "Prices rose 2.1% in January. In the previous month they had risen 1.9%.",
        "1.9",
        FEB,
        "2024-12-01",
        "2024-12-31",
    ),
    (
        "de",
        "Im Januar 2025 wurden 300 Fälle gemeldet, im Vorjahresmonat 250.",
        "250",
        FEB,
        "2024-01-01",
        "2024-01-31",
    ),
    (
        "en",
        "Sales rose to 300 in January 2025 from 250 a year earlier.",
        "250",
        FEB,
        "2024-01-01",
        "2024-01-31",
    ),
    (
        "en",
        "Sales rose to 300 in January 2025, compared with 250 in the same month last year.",
        "250",
        FEB,
        "2024-01-01",
        "2024-01-31",
    ),
    # quarters
    ("de", "Im dritten Quartal stieg der Umsatz um 5 Prozent.", "5 Prozent", FEB, "2024-07-01", "2024-09-30"),
    ("en", "In the third quarter, sales rose 5%.", "5%", FEB, "2024-07-01", "2024-09-30"),
    (
        "de",
        "Im ersten Quartal 2025 sank der Gewinn um 3 Prozent.",
        "3 Prozent",
        MAY,
        "2025-01-01",
        "2025-03-31",
    ),
    ("en", "Q3 revenue rose 5% to $2 billion.", "5%", FEB, "2024-07-01", "2024-09-30"),
    ("en", "In the three months to September, 300 jobs were lost.", "300", FEB, "2024-07-01", "2024-09-30"),
    ("en", "Output fell 0.4% in the three months to December.", "0.4", FEB, "2024-10-01", "2024-12-31"),
    # half-years
    ("de", "Im ersten Halbjahr wurden 300 Anträge gestellt.", "300", FEB, "2024-01-01", "2024-06-30"),
    ("de", "Im zweiten Halbjahr 2024 sank die Zahl um 12 Prozent.", "12", FEB, "2024-07-01", "2024-12-31"),
    ("en", "In the first half, profit rose 12%.", "12%", FEB, "2024-01-01", "2024-06-30"),
    ("en", "Revenue grew 8% in the second half of 2024.", "8%", FEB, "2024-07-01", "2024-12-31"),
    # the first nine months, up to the end of a month, from a month to another
    ("de", "In den ersten neun Monaten wurden 300 Fälle gezählt.", "300", FEB, "2024-01-01", "2024-09-30"),
    ("en", "In the first nine months, 300 cases were counted.", "300", FEB, "2024-01-01", "2024-09-30"),
    ("de", "Bis Ende September wurden 300 Fälle gezählt.", "300", FEB, "2024-01-01", "2024-09-30"),
    ("en", "By the end of September, 300 cases had been counted.", "300", FEB, "2024-01-01", "2024-09-30"),
    ("de", "Von Januar bis September wurden 300 Fälle gezählt.", "300", FEB, "2024-01-01", "2024-09-30"),
    ("en", "From January to September, 300 cases were counted.", "300", FEB, "2024-01-01", "2024-09-30"),
    ("en", "Between January and September, 300 cases were counted.", "300", FEB, "2024-01-01", "2024-09-30"),
    ("de", "Zwischen Januar und März 2024 wurden 300 Fälle gezählt.", "300", FEB, "2024-01-01", "2024-03-31"),
    ("en", "In the year to June, crime rose 9%.", "9%", FEB, "2023-07-01", "2024-06-30"),
    ("en", "Prices rose 3% in the 12 months to January.", "3%", FEB, "2024-02-01", "2025-01-31"),
    # since the start of the year
    ("de", "Seit Jahresbeginn wurden 300 Fälle gezählt.", "300", FEB, "2025-01-01", "2025-02-20"),
    ("en", "So far this year, 300 cases have been counted.", "300", FEB, "2025-01-01", "2025-02-20"),
    (
        "en",
        "Since the start of the year, 300 cases have been counted.",
        "300",
        FEB,
        "2025-01-01",
        "2025-02-20",
    ),
    # seasons
    ("de", "In der Saison 2015/16 kamen 400 Zuschauer.", "400", FEB, "2015-07-01", "2016-06-30"),
    ("en", "In the 2015/16 season, 400 fans came.", "400", FEB, "2015-07-01", "2016-06-30"),
    (
        "de",
        "In der Spielzeit 2023/24 verkaufte der Verein 9000 Dauerkarten.",
        "9000",
        FEB,
        "2023-07-01",
        "2024-06-30",
    ),
    # fiscal years a company names
    (
        "en",
        "In the fiscal year ending March 2025, revenue rose 5%.",
        "5%",
        MAY,
        "2024-04-01",
        "2025-03-31",
    ),
    (
        "en",
        "In the financial year to March, revenue rose 5%.",
        "5%",
        MAY,
        "2024-04-01",
        "2025-03-31",
    ),
    (
        "de",
        "Im Geschäftsjahr 2023/24 verdiente die Firma 5 Millionen Euro.",
        "5 Millionen",
        FEB,
        "2023-04-01",
        "2024-03-31",
    ),
    (
        "en",
        "In the fiscal year that ended in March, revenue rose 5%.",
        "5%",
        MAY,
        "2024-04-01",
        "2025-03-31",
    ),
    ("en", "In the quarter that ended in March, revenue rose 5%.", "5%", MAY, "2025-01-01", "2025-03-31"),
    (
        "de",
        "Im Geschäftsjahr 2023/24, das Ende September endete, stieg der Umsatz um 5 Prozent.",
        "5 Prozent",
        FEB,
        "2023-10-01",
        "2024-09-30",
    ),
    (
        "de",
        "Im Geschäftsjahr 2023/24, das am 30. September endete, stieg der Umsatz um 5 Prozent.",
        "5 Prozent",
        FEB,
        "2023-10-01",
        "2024-09-30",
    ),
    # another figure between them: the month is that figure's own
    (
        "de",
        "In der Saison 2023/24 kamen 400 Zuschauer, bis Ende September 300.",
        "400",
        FEB,
        "2023-07-01",
        "2024-06-30",
    ),
    (
        "en",
        "In the 2023/24 fiscal year, which ended in September, revenue rose 5%.",
        "5%",
        FEB,
        "2023-10-01",
        "2024-09-30",
    ),
    # calendar weeks
    ("de", "In der 12. Kalenderwoche wurden 300 Fälle gemeldet.", "300", APR, "2025-03-17", "2025-03-23"),
    ("de", "In KW 12 wurden 300 Fälle gemeldet.", "300", APR, "2025-03-17", "2025-03-23"),
    ("en", "In week 12, 300 flu cases were reported.", "300", APR, "2025-03-17", "2025-03-23"),
    ("en", "In week 12 of 2024, 300 flu cases were reported.", "300", APR, "2024-03-18", "2024-03-24"),
    ("en", "Last week, 300 flu cases were reported.", "300", APR, "2025-03-31", "2025-04-06"),
    # last year, a year
    ("de", "Im vergangenen Jahr wurden 300 Fälle gezählt.", "300", FEB, "2024-01-01", "2024-12-31"),
    ("de", "Im Vorjahr wurden 300 Fälle gezählt.", "300", FEB, "2024-01-01", "2024-12-31"),
    ("en", "Last year, 300 cases were counted.", "300", FEB, "2024-01-01", "2024-12-31"),
    ("de", "2024 wurden 300 Fälle gezählt.", "300", FEB, "2024-01-01", "2024-12-31"),
    ("en", "In 2024, 300 cases were counted.", "300", FEB, "2024-01-01", "2024-12-31"),
    ("de", "Im Jahr 2023 wurden 300 Fälle gezählt.", "300", FEB, "2023-01-01", "2023-12-31"),
    # the end of a year, a reference day
    # "Ende 2024" is the year's last months (a key's last day or December lies in them)
    ("de", "Ende 2024 lebten 300 Menschen in dem Dorf.", "300", FEB, "2024-09-01", "2024-12-31"),
    ("en", "At the end of 2024, 300 people lived in the village.", "300", FEB, "2024-09-01", "2024-12-31"),
    ("de", "Zum Stichtag 30. Juni lebten 300 Menschen in dem Dorf.", "300", FEB, "2024-06-30", "2024-06-30"),
    ("en", "As of June 30, 300 people lived in the village.", "300", FEB, "2024-06-30", "2024-06-30"),
    ("de", "Am 31. Dezember 2024 waren 300 Menschen arbeitslos.", "300", FEB, "2024-12-31", "2024-12-31"),
    # a part of the year before, one period
    ("de", "Im Dezember des Vorjahres wurden 300 Fälle gezählt.", "300", FEB, "2024-12-01", "2024-12-31"),
    (
        "en",
        "In December of the previous year, 300 cases were counted.",
        "300",
        FEB,
        "2024-12-01",
        "2024-12-31",
    ),
    (
        "de",
        "Im dritten Quartal des Vorjahres wurden 300 Fälle gezählt.",
        "300",
        FEB,
        "2024-07-01",
        "2024-09-30",
    ),
    (
        "de",
        "Im Januar 2025 wurden 300 Fälle gemeldet, nach 250 im Januar des Vorjahres.",
        "250",
        FEB,
        "2024-01-01",
        "2024-01-31",
    ),
    (
        "de",
        "Im Januar 2024 wurden 300 Fälle gemeldet. Im Dezember des Vorjahres waren es 250.",
        "250",
        FEB,
        "2023-12-01",
        "2023-12-31",
    ),
    # a comparison with its own period: a later period of the clause is the figure's
    (
        "de",
        "Gegenüber dem Vormonat stieg die Zahl im Januar um 14.000.",
        "14.000",
        FEB,
        "2025-01-01",
        "2025-01-31",
    ),
    (
        "en",
        "Compared with the previous month, unemployment rose by 14,000 in January.",
        "14,000",
        FEB,
        "2025-01-01",
        "2025-01-31",
    ),
    # a base of comparison right before a change is nobody's period: the one named before is
    (
        "de",
        "Die Preise stiegen im Januar um 2,5 Prozent. "
        "Mieten verteuerten sich gegenüber dem Vorjahresmonat um 3 Prozent.",
        "3 Prozent",
        FEB,
        "2025-01-01",
        "2025-01-31",
    ),
    # two months listed, no range
    ("de", "Im Mai und April lag die Rate bei 2 Prozent.", "2", "2026-06-02", "2026-04-01", "2026-04-30"),
    (
        "de",
        "Im April und März hatte die Rate noch 2,6 Prozent betragen.",
        "2,6",
        "2026-06-02",
        "2026-03-01",
        "2026-03-31",
    ),
    # months and figures listed in the same order
    (
        "de",
        "Im Februar und Januar hatte die Quote 4,1 und 4,4 Prozent betragen.",
        "4,1",
        "2026-04-02",
        "2026-02-01",
        "2026-02-28",
    ),
    (
        "de",
        "Im Februar und Januar hatte die Quote 4,1 und 4,4 Prozent betragen.",
        "4,4",
        "2026-04-02",
        "2026-01-01",
        "2026-01-31",
    ),
    (
        "en",
        "In February and January the rate had been 4.1% and 4.4%.",
        "4.1",
        "2026-04-02",
        "2026-02-01",
        "2026-02-28",
    ),
    (
        "en",
        "In February and January the rate had been 4.1% and 4.4%.",
        "4.4",
        "2026-04-02",
        "2026-01-01",
        "2026-01-31",
    ),
    (
        "de",
        "Im ersten und zweiten Quartal 2025 war der Absatz um 3 beziehungsweise 5 Prozent gesunken.",
        "3",
        "2025-11-13",
        "2025-01-01",
        "2025-03-31",
    ),
    (
        "de",
        "Im ersten und zweiten Quartal 2025 war der Absatz um 3 beziehungsweise 5 Prozent gesunken.",
        "5",
        "2025-11-13",
        "2025-04-01",
        "2025-06-30",
    ),
    # two months and one figure: the months together
    (
        "de",
        "Im Januar und Februar wurden 300 Fälle gemeldet.",
        "300",
        "2025-11-13",
        "2025-01-01",
        "2025-02-28",
    ),
    # a value before ("nach ... im Februar", "after ... in February") is no anchor of what follows
    (
        "de",
        "Die Mieten stiegen im März 2026 um 3 Prozent, nach 2,5 Prozent im Februar. "
        "Strom kostete 1,2 Prozent mehr als im Vorjahresmonat.",
        "1,2",
        "2026-04-02",
        "2026-03-01",
        "2026-03-31",
    ),
    (
        "en",
        "Rents rose 3% in March 2026, after 2.5% in February. "
        "Power cost 1.2% more than in the same month a year earlier.",
        "1.2",
        "2026-04-02",
        "2026-03-01",
        "2026-03-31",
    ),
    (
        "en",
        "Prices rose to 2.9% in March 2026 from 2.6% in February. "
        "Rents were 4.1% higher than a year earlier.",
        "4.1",
        "2026-04-02",
        "2026-03-01",
        "2026-03-31",
    ),
    (
        "en",
        "Prices rose 2.9% in March 2026. Core prices rose to 3.1% from February's 3.0%. "
        "Rents were 4.1% higher than a year earlier.",
        "4.1",
        "2026-04-02",
        "2026-03-01",
        "2026-03-31",
    ),
    # quarters and half-years in other words
    ("de", "Im Schlussquartal stieg der Umsatz um 5 Prozent.", "5", FEB, "2024-10-01", "2024-12-31"),
    ("en", "In the final quarter, sales rose 5%.", "5", FEB, "2024-10-01", "2024-12-31"),
    ("en", "In the July-September quarter, sales rose 5%.", "5", "2025-11-20", "2025-07-01", "2025-09-30"),
    ("en", "In the September quarter, sales rose 5%.", "5", "2025-11-20", "2025-07-01", "2025-09-30"),
    ("en", "In the half-year to June, sales rose 5%.", "5", "2025-08-20", "2025-01-01", "2025-06-30"),
    (
        "de",
        "Von Januar bis einschließlich Juni wurden 300 Fälle gemeldet.",
        "300",
        "2025-08-20",
        "2025-01-01",
        "2025-06-30",
    ),
    (
        "de",
        "Im Zeitraum Januar-Juni wurden 300 Fälle gemeldet.",
        "300",
        "2025-08-20",
        "2025-01-01",
        "2025-06-30",
    ),
    # a full year and the end of a year without their year: the one that is over
    ("en", "For the full year, revenue rose 5%.", "5", FEB, "2024-01-01", "2024-12-31"),
    ("en", "Full-year revenue rose 5% to $3 billion.", "5%", FEB, "2024-01-01", "2024-12-31"),
    (
        "de",
        "Für das Gesamtjahr rechnet die Firma mit 5 Prozent mehr Umsatz.",
        "5",
        FEB,
        "2025-01-01",
        "2025-12-31",
    ),
    ("de", "Zum Jahresende waren 300 Menschen arbeitslos.", "300", FEB, "2024-12-31", "2024-12-31"),
    ("de", "Ende des Jahres waren 300 Menschen arbeitslos.", "300", FEB, "2024-12-31", "2024-12-31"),
    ("en", "At the end of the year, 300 people were jobless.", "300", FEB, "2024-12-31", "2024-12-31"),
    ("de", "Bis zum Jahresende sollen 300 Stellen entstehen.", "300", FEB, "2025-12-31", "2025-12-31"),
    # datelines date the report, not the figures of the body
    (
        "de",
        "Wiesbaden (dpa) - Im Januar wurden 300 Fälle gemeldet.",
        "300",
        FEB,
        "2025-01-01",
        "2025-01-31",
    ),
    (
        "en",
        "WASHINGTON, Feb 19 (Reuters) - Retail sales rose 0.5% in January.",
        "0.5",
        FEB,
        "2025-01-01",
        "2025-01-31",
    ),
    (
        "en",
        "LONDON, Feb 19 (Reuters) - Inflation rose to 3% in January, the ONS said.",
        "3%",
        FEB,
        "2025-01-01",
        "2025-01-31",
    ),
    # the season, the quarter before the one named
    (
        "de",
        "In der Saison 2024/25 kamen 900 Fans pro Spiel, nach 850 in der Vorsaison.",
        "850",
        FEB,
        "2023-07-01",
        "2024-06-30",
    ),
    (
        "de",
        "Im dritten Quartal 2024 verkaufte die Firma 900 Autos, nach 850 im Vorquartal.",
        "850",
        FEB,
        "2024-04-01",
        "2024-06-30",
    ),
    ("de", "In der Vorsaison kamen 850 Fans pro Spiel.", "850", FEB, "2023-07-01", "2024-06-30"),
    # a base of comparison with its own figure in a "when" clause
    (
        "de",
        "Gegenüber 2022, als 640 Anträge eingingen, stieg die Zahl um 12 Prozent.",
        "640",
        FEB,
        "2022-01-01",
        "2022-12-31",
    ),
    (
        "en",
        "Compared with 2022, when 640 claims were filed, the number rose 12%.",
        "640",
        FEB,
        "2022-01-01",
        "2022-12-31",
    ),
    (
        "en",
        "Compared with the 2022/23 season, when 640 fans came, crowds grew 12%.",
        "640",
        FEB,
        "2022-07-01",
        "2023-06-30",
    ),
    # the figure a year's result started from: the year before; a forecast's revision: the same year
    (
        "en",
        "Net profit rose 8% to £1.3 billion in the year to March 31 from £1.2 billion.",
        "£1.2 billion",
        MAY,
        "2023-04-01",
        "2024-03-31",
    ),
    (
        "en",
        "In 2024, revenue grew to $6 billion from $5.1 billion.",
        "$5.1",
        MAY,
        "2023-01-01",
        "2023-12-31",
    ),
    (
        "de",
        "Im Geschäftsjahr 2024 stieg der Umsatz auf 6 Milliarden Euro von 5,1 Milliarden Euro.",
        "5,1",
        MAY,
        "2023-01-01",
        "2023-12-31",
    ),
    (
        "en",
        "Pre-tax losses narrowed to £90 million from £140 million a year earlier in the 2023/24 season.",
        "£140",
        MAY,
        "2022-07-01",
        "2023-06-30",
    ),
    ("en", "The bank cut its forecast for 2026 to 1.1% from 1.4%.", "1.4", MAY, "2026-01-01", "2026-12-31"),
    (
        "de",
        "Im Jahr 2024 stieg die Zahl der Diebstähle auf 3.400, ein Plus von 6 Prozent.",
        "6 Prozent",
        MAY,
        "2024-01-01",
        "2024-12-31",
    ),
    # a season in a forecast: the one under way, else the next
    (
        "de",
        "Der Verband rechnet für die Sommersaison mit 25 Millionen Gästen.",
        "25",
        "2026-06-10",
        "2026-05-01",
        "2026-10-31",
    ),
    (
        "de",
        "Der Verband rechnet für die Sommersaison mit 25 Millionen Gästen.",
        "25",
        "2026-02-10",
        "2026-05-01",
        "2026-10-31",
    ),
    # "das Niveau des Vorjahres", "the level of a year earlier": a base, the figure is the period's
    (
        "de",
        "Im ersten Halbjahr 2026 kamen 40 Millionen Gäste. "
        "Insgesamt erreichten die Hotels mit 200 Millionen Übernachtungen etwa das Niveau des Vorjahres.",
        "200",
        "2026-08-21",
        "2026-01-01",
        "2026-06-30",
    ),
    (
        "en",
        "In the first half of 2026, hotels had 40 million guests. "
        "With 200 million nights, they matched the level of a year earlier.",
        "200",
        "2026-08-21",
        "2026-01-01",
        "2026-06-30",
    ),
    (
        "de",
        "Im Mai 2026 kamen 3 Millionen Gäste. "
        "Vom Vorkrisenniveau des Mais 2019 war die Zahl noch 2,5 Prozent entfernt.",
        "2,5",
        "2026-07-10",
        "2026-05-01",
        "2026-05-31",
    ),
    # the whole year before a running total
    (
        "de",
        "Seit Jahresbeginn wurden 87 Fälle gemeldet. Im gesamten Vorjahr waren es 112.",
        "112",
        "2026-08-27",
        "2025-01-01",
        "2025-12-31",
    ),
    (
        "de",
        "Seit Jahresbeginn wurden 87 Fälle gemeldet, nach 112 im gesamten Vorjahr.",
        "112",
        "2026-08-27",
        "2025-01-01",
        "2025-12-31",
    ),
    # since an event dated by its month: from that month to the publication day
    (
        "de",
        "Seit der Einführung der Kontrollen im Mai wurden 9.000 Menschen abgewiesen.",
        "9.000",
        FEB,
        "2024-05-01",
        FEB,
    ),
    (
        "en",
        "Since its launch in March, the app has been downloaded 900,000 times.",
        "900,000",
        "2025-06-10",
        "2025-03-01",
        "2025-06-10",
    ),
    (
        "de",
        "Seit Beginn des Krieges im Februar 2022 wurden 9.000 Gebäude zerstört.",
        "9.000",
        FEB,
        "2022-02-01",
        FEB,
    ),
    (
        "en",
        "Since the start of the war in February 2022, 9,000 buildings have been destroyed.",
        "9,000",
        FEB,
        "2022-02-01",
        FEB,
    ),
    # a present state: the publication day
    ("de", "Derzeit sind in der Stadt 450 Wohnungen frei.", "450", FEB, FEB, FEB),
    ("de", "Aktuell zählt der Verein 1.250 Mitglieder.", "1.250", FEB, FEB, FEB),
    ("en", "The city currently has 450 empty flats.", "450", FEB, FEB, FEB),
    ("en", "The club now has 1,250 members.", "1,250", FEB, FEB, FEB),
    ("de", "Stand heute sind 450 Wohnungen frei.", "450", FEB, FEB, FEB),
    ("en", "At present, 450 flats stand empty.", "450", FEB, FEB, FEB),
    # running totals of the year: January to the publication day
    ("en", "In the year to date, 620 cases have been counted.", "620", FEB, "2025-01-01", FEB),
    ("en", "Year-to-date sales are up 7%.", "7%", FEB, "2025-01-01", FEB),
    ("en", "The year so far has brought 620 complaints.", "620", FEB, "2025-01-01", FEB),
    ("de", "Bislang wurden in diesem Jahr 620 Fälle gezählt.", "620", FEB, "2025-01-01", FEB),
    ("en", "So far this year, 620 cases have been counted.", "620", FEB, "2025-01-01", FEB),
    # a whole year, a half-year, a day of record
    ("de", "Im Gesamtjahr 2024 stieg der Absatz um 6 Prozent.", "6", FEB, "2024-01-01", "2024-12-31"),
    ("de", "Im ersten Halbjahr wuchs der Absatz um 6 Prozent.", "6", FEB, "2024-01-01", "2024-06-30"),
    ("de", "Stand: 31. Dezember waren 620 Menschen gemeldet.", "620", FEB, "2024-12-31", "2024-12-31"),
    ("en", "As of 31 December, 620 people were registered.", "620", FEB, "2024-12-31", "2024-12-31"),
    # forecasts and targets: the year ahead, the target year
    ("de", "Bis 2030 sollen 900 Ladesäulen gebaut werden.", "900", FEB, "2030-01-01", "2030-12-31"),
    ("en", "By 2030, 900 charging points are to be built.", "900", FEB, "2030-01-01", "2030-12-31"),
    ("en", "Next year, 900 charging points will be built.", "900", FEB, "2026-01-01", "2026-12-31"),
    ("de", "Im kommenden Jahr sollen 900 Ladesäulen entstehen.", "900", FEB, "2026-01-01", "2026-12-31"),
    (
        "de",
        "Für das nächste Jahr erwartet die Firma 4 Prozent mehr Umsatz.",
        "4",
        FEB,
        "2026-01-01",
        "2026-12-31",
    ),
    ("en", "The firm expects sales to grow 4% next year.", "4%", FEB, "2026-01-01", "2026-12-31"),
    # "now" of a forecast: the period ahead the sentence names
    ("en", "The cap is now expected to fall by £60 from 1 October.", "£60", MAY, "2025-10-01", "2025-10-01"),
    (
        "de",
        "Die Gebühr wird jetzt voraussichtlich ab 1. September um 40 Cent steigen.",
        "40",
        MAY,
        "2025-09-01",
        "2025-09-01",
    ),
    # the article's reporting period: a forecast in the lead gives way to the results after it
    (
        "en",
        "Grocer lifts dividend\n\nThe grocer expects profit of about £900m in the year to February 2026.\n\n"
        "Profit rose 5% to £850m in the year to February 28.\n\n"
        "It raised its dividend to 12.1 pence a share.",
        "12.1",
        MAY,
        "2024-03-01",
        "2025-02-28",
    ),
    (
        "de",
        "Händler erhöht Dividende\n\nDer Händler erwartet für das Geschäftsjahr 2025/26 einen Gewinn von "
        "rund 900 Millionen Euro.\n\nIm Geschäftsjahr 2024/25 stieg der Gewinn um 5 Prozent "
        "auf 850 Millionen Euro.\n\nDie Dividende wurde auf 1,20 Euro je Aktie erhöht.",
        "1,20",
        MAY,
        "2024-04-01",
        "2025-03-31",
    ),
    # ... and so does a lead of durations ("Seit fünf Jahren"): the season after it is the article's
    (
        "de",
        "Verein meldet Rekord\n\nSeit fünf Jahren wächst der Verein nun stetig. In der Saison 2023/24 "
        "erlöste er 80 Millionen Euro.\n\nNur 12 der 20 Abteilungen schrieben schwarze Zahlen.",
        "12",
        FEB,
        "2023-07-01",
        "2024-06-30",
    ),
    (
        "en",
        "Club reports record\n\nFor five years now the club has grown steadily. "
        "In the 2023/24 season it took in £80m.\n\nOnly 12 of its 20 teams made a profit.",
        "12",
        FEB,
        "2023-07-01",
        "2024-06-30",
    ),
    # the day a release is dated, in a lead without figures, carries on to no figure: the half-year does
    (
        "en",
        "Retailer profit rises\n\nNorvik said on Tuesday its profit rose in the first half of the year. "
        "Sales grew 4% to £2.1bn.",
        "£2.1bn",
        "2025-09-20",
        "2025-01-01",
        "2025-06-30",
    ),
    (
        "de",
        "Händler verdient mehr\n\nKessler teilte am Dienstag mit, im ersten Halbjahr mehr verdient zu haben. "
        "Der Umsatz stieg um 4 Prozent auf 2,1 Milliarden Euro.",
        "2,1",
        "2025-09-20",
        "2025-01-01",
        "2025-06-30",
    ),
    # a level of a year or an average of years is a base: it dates neither its sentence's
    # figures nor the next ones, nor is it what "Vorjahr" is relative to
    (
        "de",
        "Im Jahr 2024 flogen 100 Millionen Passagiere. Das Niveau von 2019 wurde um 8 Prozent verfehlt. "
        "Ins Inland flogen 9,3 Millionen Menschen.",
        "9,3",
        FEB,
        "2024-01-01",
        "2024-12-31",
    ),
    (
        "en",
        "In 2024, 100 million passengers flew. The level of 2019 was missed by 8%. "
        "Some 9.3 million passengers flew within the country.",
        "9.3",
        FEB,
        "2024-01-01",
        "2024-12-31",
    ),
    (
        "de",
        "Der Ertrag entspricht mit 6,8 Tonnen dem Mittel der Jahre 2019 bis 2023. "
        "Bei Weizen lag er bei 7,4 Tonnen (Vorjahr: 7,7 Tonnen).",
        "7,7",
        "2024-08-20",
        "2023-01-01",
        "2023-12-31",
    ),
    (
        "en",
        "At 6.8 tonnes the yield matches the average of the years 2019 to 2023.",
        "6.8",
        "2024-08-20",
        "2024-08-20",
        "2024-08-20",
    ),
    # a weekday after "before", "by" in a sentence of what lies ahead is ahead
    ("en", "About 40mm of rain is likely before Sunday.", "40mm", FEB, "2025-02-23", "2025-02-23"),
    # "a year earlier" is relative to the period named before, not to another figure's base after it
    (
        "en",
        "House prices rose 0.4% in February.\n\n"
        "Prices were 3.1% higher than a year earlier, up from an annual rise of 2.7% in January.",
        "3.1%",
        "2025-03-05",
        "2025-02-01",
        "2025-02-28",
    ),
    # a month after a previous value ("after a 0.1% dip in January") is that value's
    (
        "en",
        "House prices rose in February.\n\nThe index rose 0.4% on the month after a 0.1% dip in January.",
        "0.4%",
        "2025-03-05",
        "2025-02-01",
        "2025-02-28",
    ),
    (
        "de",
        "Die Hauspreise stiegen im Februar.\n\n"
        "Der Index stieg um 0,4 Prozent nach einem Rückgang um 0,1 Prozent im Januar.",
        "0,4",
        "2025-03-05",
        "2025-02-01",
        "2025-02-28",
    ),
    # ... nor does it carry on: "up from an annual increase of 2.7% in January. The average ..."
    (
        "en",
        "House prices rose 0.4% in February.\n\n"
        "Prices were 3.1% higher, up from an annual increase of 2.7% in January. "
        "The average price was £276,450.",
        "£276,450",
        "2025-03-05",
        "2025-02-01",
        "2025-02-28",
    ),
    # a forecast made before ("had on average forecast") is of the article's period
    (
        "en",
        "House prices rose 0.4% in February.\n\nEconomists had on average forecast a rise of 0.1%.",
        "0.1%",
        "2025-03-05",
        "2025-02-01",
        "2025-02-28",
    ),
    # "the weakest since 2021-22" is a record's base: "on the previous year" after it is relative
    # to the article's year, and a change on the previous year is of the year after it
    (
        "en",
        "Rail journeys rose 1.1% in 2024-25.\n\nGrowth was the weakest since 2021-22, when journeys rose "
        "by 0.6%.\n\nRevenue reached £12.9bn, up 3.8% on the previous year.",
        "3.8%",
        "2025-06-04",
        "2024-04-01",
        "2025-03-31",
    ),
    (
        "de",
        "Im Jahr 2024 stiegen die Fahrgastzahlen um 1,1 Prozent.\n\nDas war der schwächste Zuwachs seit "
        "2021, als sie um 0,6 Prozent zulegten.\n\nDie Erlöse stiegen um 3,8 Prozent gegenüber dem Vorjahr.",
        "3,8",
        "2025-06-04",
        "2024-01-01",
        "2024-12-31",
    ),
    # "last week" on a Sunday: the week ending that day; "a week ago" stays seven days back
    (
        "de",
        "In der vergangenen Woche wurden 40 Menschen festgenommen.",
        "40",
        "2025-02-23",
        "2025-02-17",
        "2025-02-23",
    ),
    ("en", "Police made 40 arrests last week.", "40", "2025-02-23", "2025-02-17", "2025-02-23"),
    ("en", "Police made 40 arrests last week.", "40", FEB, "2025-02-10", "2025-02-16"),
    # "von August auf September": the change's month is September, and it carries on
    (
        "de",
        "Von August auf September sank die Zahl der Arbeitslosen um 318. "
        "Gegenüber dem Vorjahresmonat sind es 1.247 mehr.",
        "1.247",
        "2025-10-01",
        "2025-09-01",
        "2025-09-30",
    ),
    # "von 187.240 Ende September 2024 auf 104.611": the month is the base's, not the new value's
    (
        "de",
        "Bis Ende September gingen 71.482 Anträge ein. Die Zahl der offenen Verfahren sank von 187.240 Ende "
        "September 2024 auf 104.611.",
        "104.611",
        "2025-10-12",
        "2025-01-01",
        "2025-09-30",
    ),
    # a period right after a figure through "at the same point", "zum gleichen Zeitpunkt" or a
    # participle ("gathered last year") is that figure's, whatever else the sentence names
    (
        "en",
        "Output is expected to fall below 11m tonnes for 2026-27, "
        "far below the 13.9m tonnes gathered last year.",
        "13.9m",
        "2026-08-20",
        "2025-01-01",
        "2025-12-31",
    ),
    (
        "en",
        "Some 62% of the area had been cut by 12 August, compared with 48% at the same point last year.",
        "48%",
        "2026-08-20",
        "2025-01-01",
        "2025-12-31",
    ),
    (
        "de",
        "Bis zum 12. August waren 62 Prozent der Fläche gedroschen, nach 48 Prozent zum gleichen Zeitpunkt "
        "des Vorjahres.",
        "48",
        "2026-08-20",
        "2025-01-01",
        "2025-12-31",
    ),
    # "(Vorjahr: 11.277)" is the bracket's figure's period, not the lead figure's nor the article's
    ("de", "Die Zahl der Anträge sank auf 9.000 (Vorjahr: 11.277).", "9.000", FEB, FEB, FEB),
    # a reporting week "bis zum", "to" a day: the seven days, and the article's period after it
    (
        "de",
        "Grippewelle flaut ab\n\nIn der Woche bis zum 10. Mai wurden 6.100 Grippefälle gemeldet, teilte das "
        "Institut am Mittwoch mit.\n\n320 Patienten mussten ins Krankenhaus.",
        "320",
        "2025-05-21",
        "2025-05-04",
        "2025-05-10",
    ),
    (
        "en",
        "Flu cases fall\n\nThere were 6,100 flu cases in the week to 10 May, the agency said on Wednesday."
        "\n\nSome 320 patients were admitted to hospital.",
        "320",
        "2025-05-21",
        "2025-05-04",
        "2025-05-10",
    ),
    # a quarter named once with the day of the release: the quarter is the article's period
    (
        "en",
        "Norvik profit rises\n\nNorvik reported third-quarter revenue of $2bn on Thursday.\n\n"
        "Net profit was $300m.",
        "$300m",
        "2025-10-20",
        "2025-07-01",
        "2025-09-30",
    ),
    (
        "de",
        "Norvik verdient mehr\n\nNorvik meldete am Donnerstag für das dritte Quartal einen Umsatz von "
        "2 Milliarden Euro.\n\nDer Nettogewinn lag bei 300 Millionen Euro.",
        "300",
        "2025-10-20",
        "2025-07-01",
        "2025-09-30",
    ),
    # a court report: the counted offences are of the span of the crimes, not the verdict's day
    (
        "de",
        "Betrug mit Hilfen\n\nDas Landgericht hat am Dienstag einen Mann zu vier Jahren Haft verurteilt. Er "
        "hatte zwischen März 2020 und Oktober 2021 Soforthilfen beantragt.\n\n"
        "In 38 Fällen zahlte das Land aus.",
        "38",
        "2025-05-20",
        "2020-03-01",
        "2021-10-31",
    ),
    (
        "en",
        "Fraudster jailed\n\nA man was jailed for six years by a court on Tuesday. Between March 2020 and "
        "October 2021 he made false claims for grants.\n\nHe admitted 38 offences of fraud.",
        "38",
        "2025-05-20",
        "2020-03-01",
        "2021-10-31",
    ),
    # "until the autumn" in a sentence about the past ends something else: no figure's period,
    # nor the article's; "Bis zum 5. Oktober" is a running total and stays
    (
        "en",
        "Nurses miss strike threshold\n\nThe union had asked for a mandate for action until the autumn in a "
        "ballot of 32,000 members, which closed on 6 February.\n\nTurnout was 46.2%.",
        "32,000",
        "2026-02-10",
        "2026-02-06",
        "2026-02-06",
    ),
    (
        "de",
        "Bis zum 5. Oktober stellte die Bundespolizei 28.930 unerlaubte Einreisen fest.",
        "28.930",
        "2026-10-12",
        "2026-10-05",
        "2026-10-05",
    ),
    # "this quarter" in a sentence about the past, in the report of the quarter just ended
    (
        "en",
        "Norvik profit rises\n\nNorvik earned $1.9bn in the second quarter, it said on Thursday.\n\n"
        '"Every division beat its plan this quarter, and revenue grew 12%," the finance chief said.',
        "12%",
        "2025-07-24",
        "2025-04-01",
        "2025-06-30",
    ),
    (
        "de",
        "Norvik verdient mehr\n\nNorvik verdiente im zweiten Quartal 1,9 Milliarden Euro, teilte der Konzern "
        "am Donnerstag mit.\n\nIn diesem Quartal stieg der Umsatz um 12 Prozent, sagte der Finanzchef.",
        "12",
        "2025-07-24",
        "2025-04-01",
        "2025-06-30",
    ),
    # "now" in the report of a financial year or a season is of the accounts reported
    (
        "en",
        "Club posts loss\n\nThe club made a loss of £8m in the year to June 2025.\n\n"
        "It now spends 110% of turnover on wages, a figure that will worry the league.",
        "110%",
        "2026-03-10",
        "2024-07-01",
        "2025-06-30",
    ),
    (
        "de",
        "Verein macht Verlust\n\nDer Verein hat in der Saison 2024/25 einen Verlust von 8 Millionen Euro "
        "gemacht.\n\nNun gibt er 110 Prozent seines Umsatzes für Gehälter aus.",
        "110",
        "2026-03-10",
        "2024-07-01",
        "2025-06-30",
    ),
    # "a fall of 0.7 points on October to December 2024": a base after "on" and a figure; the change
    # is of the period a year on; "rose 6% on March 12" keeps its day
    (
        "en",
        "Some 86.4% of trains arrived on time in the quarter to December, a fall of 0.7 percentage points "
        "on October to December 2023.",
        "0.7",
        "2025-02-20",
        "2024-10-01",
        "2024-12-31",
    ),
    ("en", "Shares rose 6% on February 12.", "6%", FEB, "2025-02-12", "2025-02-12"),
    # "4% on the 2,802 recorded in August": the month is the base figure's, not the change's
    (
        "en",
        "Waits fall\n\nThe number waiting rose to 2,914 in September.\n\n"
        "That was an increase of 4% on the 2,802 recorded in August.",
        "4%",
        "2025-10-20",
        "2025-09-01",
        "2025-09-30",
    ),
    ("en", "Their share of the market has tripled since 2022 to 6%.", "6%", FEB, "2022-01-01", FEB),
    # "mussten ... behandelt werden" is a passive in the past, no look forward: the week reported
    (
        "de",
        "Grippewelle erreicht Höhepunkt\n\nDas RKI meldete für die vergangene Woche 48.300 Fälle.\n\n"
        "Nach Angaben der Ämter mussten 6.100 Erkrankte im Krankenhaus behandelt werden.",
        "6.100",
        "2025-02-18",
        "2025-02-10",
        "2025-02-16",
    ),
    # since a weekday: up to the publication day
    ("en", "More than 40 people have died since Sunday.", "40", FEB, "2025-02-16", FEB),
    ("de", "Seit Montag sind 40 Menschen gestorben.", "40", FEB, "2025-02-17", FEB),
    # "last fall", "this fall" (American autumn); "the fall in prices" no season
    ("en", "Enrollment dropped by 8% last fall.", "8%", FEB, "2024-09-01", "2024-11-30"),
    ("en", "The fall in prices was 8%, the bank said on Monday.", "8%", FEB, "2025-02-17", "2025-02-17"),
    # a weekday for news of a day
    ("de", "Am Montag wurden drei Menschen verletzt.", "drei", FEB, "2025-02-17", "2025-02-17"),
    ("en", "On Monday, three people were injured.", "three", FEB, "2025-02-17", "2025-02-17"),
]


def _pick(claims, figure):
    for claim in claims:
        if figure in claim.text:
            return claim
    raise AssertionError(f"no claim with {figure!r} in {[c.text for c in claims]}")


@pytest.mark.parametrize(("lang", "text", "figure", "published", "start", "end"), CASES)
def test_period_form(lang, text, figure, published, start, end):
    claim = _pick(extract(text, lang, published).claims, figure)
    assert claim.when is not None, text
    assert (str(claim.when.start), str(claim.when.end)) == (start, end)
