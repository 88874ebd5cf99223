"""A matrix of the ways German and English news says what a figure counts (issue #15 point 3,
DESIGN "Rules the answer keys follow"): a harm verb or noun decides the unit; the counted noun
stands after the figure, later in the clause, or in the sentence before; money with its scale
words; percent and percentage points. Short sentences written for this test.

The case names the figure by a piece of its claim text.
"""

import pytest

from tracker.extraction import extract

CASES = [
    # harm verbs and nouns decide
    ("de", "Bei dem Anschlag wurden zwölf Menschen getötet.", "zwölf", "killed"),
    ("en", "Twelve people were killed in the attack.", "Twelve", "killed"),
    ("de", "Bei dem Unglück sind 14 Menschen ums Leben gekommen.", "14", "killed"),
    ("en", "Fourteen people lost their lives in the disaster.", "Fourteen", "killed"),
    ("de", "Bei den Kämpfen sind 600 Soldaten gefallen.", "600", "killed"),
    ("de", "Mindestens 30 Menschen wurden verletzt.", "30", "wounded"),
    ("en", "At least 30 people were injured.", "30", "wounded"),
    ("de", "Drei Menschen werden noch vermisst.", "Drei", "missing"),
    ("en", "Three people are still missing.", "Three", "missing"),
    ("de", "Die Polizei hat 15 Personen festgenommen.", "15", "arrest"),
    ("en", "Police arrested 15 people.", "15", "arrest"),
    ("en", "Fifteen people were arrested.", "Fifteen", "arrest"),
    ("de", "Rund 500 Menschen wurden evakuiert.", "500", "person"),
    ("en", "About 500 people were evacuated.", "500", "person"),
    ("en", "The floods displaced 20,000 people.", "20,000", "person"),
    ("en", "The army reported 1,200 casualties.", "1,200", "casualty"),
    ("de", "Die Armee verlor 1200 Soldaten.", "1200", "casualty"),
    ("en", "The army lost 1,200 soldiers.", "1,200", "casualty"),
    ("de", "Dabei wurden 4000 Soldaten getötet oder verwundet.", "4000", "casualty"),
    ("de", "Bei dem Unfall starben zwei Menschen.", "zwei", "killed"),
    ("en", "Two people died in the crash.", "Two", "killed"),
    ("de", "Es gab 34 Tote.", "34", "killed"),
    ("en", "There were 34 deaths.", "34", "killed"),
    ("de", "Zwölf Menschen erlitten Verletzungen.", "Zwölf", "wounded"),
    ("de", "Das Feuer forderte zwei Todesopfer.", "zwei", "killed"),
    ("de", "Vier Bergleute kamen bei dem Einsturz ums Leben.", "Vier", "killed"),
    # a harm later in the clause
    ("en", "At least 12 people, including three children, died.", "12", "killed"),
    ("en", "Some 300 civilians in the city have been killed.", "300", "killed"),
    ("de", "Mindestens 12 Menschen, darunter drei Kinder, kamen ums Leben.", "12", "killed"),
    # the counted noun in the sentence or the sentence before
    ("de", "Die Zahl der Toten stieg auf 34.", "34", "killed"),
    ("en", "The death toll rose to 34.", "34", "killed"),
    ("de", "Die Zahl der Verletzten stieg auf 50.", "50", "wounded"),
    ("en", "The number of injured rose to 50.", "50", "wounded"),
    ("de", "Die Zahl der Arbeitslosen stieg auf 3,1 Millionen.", "3,1", "person"),
    ("de", "Die Zahl der Unfälle stieg auf 1200.", "1200", "accident"),
    ("en", "The number of accidents rose to 1,200.", "1,200", "accident"),
    ("de", "Die Zahl der Asylanträge sank auf 9000.", "9000", "application"),
    ("en", "The number of asylum applications fell to 9,000.", "9,000", "application"),
    ("de", "Die Polizei zählte mehr Unfälle als im Vorjahr. Insgesamt waren es 1200.", "1200", "accident"),
    (
        "en",
        "Police recorded more accidents than a year before. In all there were 1,200.",
        "1,200",
        "accident",
    ),
    # a bare figure that stands for one named before: the counted noun of the sentences before
    (
        "de",
        "Die Hotels im Land verbuchten im Januar mehr Übernachtungen. "
        "Sie stiegen um vier Prozent auf 3,2 Millionen.",
        "3,2",
        "overnight stay",
    ),
    (
        "de",
        "Die Ämter genehmigten 4.100 Wohnungen. Das waren 12 Prozent weniger. "
        "Im Jahr davor hatte die Zahl noch bei 4.650 gelegen.",
        "4.650",
        "home",
    ),
    ("de", "Im Januar gab es 22 Verkaufstage, ein Jahr zuvor waren es 21.", "21", "day"),
    (
        "en",
        "The number of people waiting for treatment fell in June. It dropped to 7.4 million.",
        "7.4",
        "person",
    ),
    (
        "de",
        "Die Polizei zählte im vergangenen Jahr mehr Verkehrsunfälle. Insgesamt waren es 1.200.",
        "1.200",
        "accident",
    ),
    ("en", "Police recorded more road accidents last year. There were 1,200 in total.", "1,200", "accident"),
    (
        "de",
        "Die Zahl der Arbeitslosen stieg im Januar um 40.000. "
        "Insgesamt waren 3,1 Millionen Menschen ohne Job. Im Vorjahresmonat waren es 2,9 Millionen.",
        "2,9",
        "person",
    ),
    ("en", "Employers added 150,000 jobs in March. Economists had expected 180,000.", "180,000", "job"),
    (
        "en",
        "The economy added 150,000 jobs in March. The figure for February was revised down to 120,000.",
        "120,000",
        "job",
    ),
    (
        "en",
        "Some 420 migrants crossed on Monday. That brings the total this year to 12,300.",
        "12,300",
        "migrant",
    ),
    (
        "de",
        "Am Montag kamen 420 Migranten an. Damit stieg die Gesamtzahl in diesem Jahr auf 12.300.",
        "12.300",
        "migrant",
    ),
    (
        "de",
        "Der Umsatz stieg auf 5,2 Milliarden Euro. Analysten hatten 5 Milliarden erwartet.",
        "5 Milliarden",
        "euro",
    ),
    ("en", "Revenue rose to $5.2 billion. Analysts had expected $5 billion.", "$5 billion", "dollar"),
    ("de", "Bei dem Zugunglück starben 12 Menschen. Mehr als 40 wurden verletzt.", "40", "wounded"),
    ("en", "Twelve people died in the crash and more than 40 were injured.", "40", "wounded"),
    ("de", "Zwölf Menschen starben, mehr als 40 weitere wurden verletzt.", "40", "wounded"),
    ("en", "The storm killed 12 people and injured 40 others.", "40", "wounded"),
    ("de", "Der Sturm tötete 12 Menschen und verletzte 40 weitere.", "40", "wounded"),
    # an unknown noun of its own is not taken for the one before: it is the unit itself
    ("en", "Some 12 vessels took part last year. This year it was three pontoons.", "three", "pontoon"),
    # injuries, a harm after a partitive, a list that goes on
    ("de", "Drei Helfer erlitten leichte Verbrennungen.", "Drei", "wounded"),
    ("de", "Vier Anwohner erlitten Rauchvergiftungen.", "Vier", "wounded"),
    ("en", 'Police said 12 bystanders "suffered injuries" in the blast.', "12", "wounded"),
    ("en", "The ministry said 40 of its troops had been killed.", "40", "killed"),
    ("de", "Die Armee teilte mit, 40 ihrer Soldaten seien getötet worden.", "40", "killed"),
    ("en", "Three of the men were arrested.", "Three", "arrest"),
    (
        "en",
        "The agency counted 400 flu cases this winter. Of these, 120 were reported in November, "
        "180 in December and 100 in January.",
        "100",
        "case",
    ),
    (
        "de",
        "Die Klinik zählte 400 Grippefälle. Davon wurden 120 im November gemeldet, 180 im Dezember.",
        "180",
        "case",
    ),
    ("de", "Zuvor hatte die Rate 2,6 und 2,8 Prozent betragen.", "2,6", "percent"),
    ("de", "Den 300 Kräften der Berufsfeuerwehr halfen Freiwillige.", "300", "firefighter"),
    # the counted noun after the figure
    ("de", "Rund 70 000 Beschäftigte legten die Arbeit nieder.", "70 000", "employee"),
    ("en", "Some 70,000 workers walked out.", "70,000", "worker"),
    ("de", "Der Konzern hat 12.000 Mitarbeiter.", "12.000", "employee"),
    ("en", "The group has 12,000 employees.", "12,000", "employee"),
    ("de", "Die Polizei kontrollierte 1200 Fahrzeuge.", "1200", "vehicle"),
    ("en", "Police checked 1,200 vehicles.", "1,200", "vehicle"),
    ("de", "12.000 Haushalte waren ohne Strom.", "12.000", "household"),
    ("en", "12,000 households were without power.", "12,000", "household"),
    ("en", "Power was cut to 12,000 homes.", "12,000", "home"),
    ("de", "Am Flughafen fielen 120 Flüge aus.", "120", "flight"),
    ("en", "At the airport 120 flights were cancelled.", "120", "flight"),
    ("de", "Das Institut meldete 300 neue Fälle.", "300", "case"),
    ("en", "The agency reported 300 new cases.", "300", "case"),
    ("de", "Die Klinik hat 400 Betten.", "400", "bed"),
    ("en", "The hospital has 400 beds.", "400", "bed"),
    ("de", "1.200 Unternehmen meldeten Insolvenz an.", "1.200", "company"),
    ("en", "1,200 companies filed for insolvency.", "1,200", "company"),
    ("en", "1,200 firms went bust.", "1,200", "company"),
    ("de", "Der Konzern streicht 3.000 Stellen.", "3.000", "job"),
    ("de", "Der Konzern baut 3.000 Arbeitsplätze ab.", "3.000", "job"),
    ("en", "The group will cut 3,000 jobs.", "3,000", "job"),
    ("de", "Mehr als 300 Migranten wurden gerettet.", "300", "migrant"),
    ("en", "More than 300 refugees arrived.", "300", "refugee"),
    ("en", "Around 5,000 protesters marched.", "5,000", "protester"),
    ("de", "Rund 5000 Demonstranten zogen durch die Stadt.", "5000", "protester"),
    ("de", "In der Stadt leben 80.000 Einwohner.", "80.000", "resident"),
    ("en", "The town has 80,000 residents.", "80,000", "resident"),
    ("de", "Es kamen 45.000 Zuschauer.", "45.000", "spectator"),
    ("de", "Die Firma verkaufte 2000 Autos.", "2000", "car"),
    ("de", "Das Hotel zählte 5000 Übernachtungen.", "5000", "overnight stay"),
    ("de", "Die Feuerwehr rückte mit 85 Einsatzkräften aus.", "85", "firefighter"),
    ("de", "Die Feuerwehr war mit 85 Einsatzkräften vor Ort.", "85", "firefighter"),
    ("en", "Some 85 firefighters tackled the blaze.", "85", "firefighter"),
    ("de", "Die Polizei nahm 15 Verdächtige fest.", "15", "arrest"),
    ("de", "Die Beamten nahmen am Abend 15 Männer vorläufig fest.", "15", "arrest"),
    ("de", "15 Verdächtige wurden festgenommen.", "15", "arrest"),
    ("en", "Officers arrested 15 suspects.", "15", "arrest"),
    ("en", "15 suspects were arrested.", "15", "arrest"),
    ("en", "Officers made 15 arrests.", "15", "arrest"),
    ("de", "Die Polizei sucht drei Verdächtige.", "drei", "suspect"),
    ("de", "Rund 12.000 Kunden waren ohne Strom.", "12.000", "customer"),
    ("en", "About 12,000 customers were left without power.", "12,000", "customer"),
    ("de", "Die Bahn zählte 150 Millionen Fahrgäste.", "150", "passenger"),
    ("en", "The railway carried 150 million passengers.", "150", "passenger"),
    ("de", "Das Amt registrierte 9.000 Erstanträge auf Asyl.", "9.000", "application"),
    ("de", "Dem Institut wurden 5.000 Masernfälle übermittelt.", "5.000", "case"),
    ("en", "There were 5,000 measles cases.", "5,000", "case"),
    ("de", "300 Beamte waren im Einsatz.", "300", "police officer"),
    ("en", "300 officers were deployed.", "300", "police officer"),
    ("de", "Die Gewerkschaft rief 5.000 Beschäftigte zum Warnstreik auf.", "5.000", "employee"),
    ("en", "The union called out 5,000 staff.", "5,000", "employee"),
    ("de", "Die Arbeitslosenquote stieg auf 6,3 Prozent.", "6,3", "percent"),
    ("en", "The jobless rate rose to 4.2%.", "4.2", "percent"),
    ("de", "Bei der Razzia wurden 30 Kilogramm Kokain sichergestellt.", "30", "kilogram"),
    ("en", "Police seized 30kg of cocaine.", "30", "kilogram"),
    ("en", "The service handled 3,000 calls.", "3,000", "call"),
    ("de", "Es wurden 400 Wohnungen gebaut.", "400", "home"),
    ("en", "The council approved 400 new homes.", "400", "home"),
    ("de", "Die Schule hat 900 Schüler.", "900", "student"),
    ("en", "The school has 900 pupils.", "900", "student"),
    ("de", "Rund 200 Patienten warten auf eine Operation.", "200", "patient"),
    ("en", "About 200 patients are waiting for surgery.", "200", "patient"),
    # money with its scale word
    ("de", "Der Umsatz stieg auf 5,2 Milliarden Euro.", "5,2", "euro"),
    ("de", "Der Gewinn lag bei 3 Mio. Euro.", "3 Mio", "euro"),
    ("de", "Der Gewinn lag bei 2 Mrd. Euro.", "2 Mrd", "euro"),
    ("de", "Das Land zahlt 40 Millionen Euro.", "40", "euro"),
    ("de", "Das Projekt kostet 800.000 Euro.", "800.000", "euro"),
    ("de", "Die Strafe beträgt 500 €.", "500", "euro"),
    ("en", "Profit rose to €2m.", "€2m", "euro"),
    ("en", "Revenue was £3bn.", "£3bn", "pound"),
    ("en", "Revenue was £3.2 billion.", "£3.2", "pound"),
    ("en", "The fine was 500 pounds.", "500", "pound"),
    ("en", "Sales reached $4.5 billion.", "$4.5", "dollar"),
    ("en", "The company raised $30 million.", "$30", "dollar"),
    ("en", "The bill came to 40 million dollars.", "40", "dollar"),
    ("en", "Sales reached US$4.5bn.", "4.5", "dollar"),
    ("de", "Der Verein nahm 12 Millionen Dollar ein.", "12", "dollar"),
    ("de", "Die Firma verdiente 30 Millionen Pfund.", "30", "pound"),
    # percent and percentage points
    ("de", "Die Quote stieg um 5 Prozent.", "5", "percent"),
    ("de", "Die Quote lag bei 5,3 %.", "5,3", "percent"),
    ("en", "The rate rose 5%.", "5", "percent"),
    ("en", "The rate rose 5 per cent.", "5", "percent"),
    ("en", "The rate rose 5 percent.", "5", "percent"),
    ("de", "Die Quote stieg um 0,3 Prozentpunkte.", "0,3", "percentage point"),
    ("en", "The rate rose 0.3 percentage points.", "0.3", "percentage point"),
    # points beside percentages or in a poll are percentage points
    ("de", "Die SPD kommt auf 22 Prozent und verliert zwei Punkte.", "zwei", "percentage point"),
    ("en", "Labour is on 31%, down two points.", "two", "percentage point"),
    ("de", "Die Partei verliert in der Umfrage zwei Punkte.", "zwei", "percentage point"),
    ("de", "Die Union kommt auf 30 Prozent (+1).", "1", "percentage point"),
    # a bare figure opening its sentence with a verb: the noun of the sentence before (a part of it)
    (
        "en",
        "About 2.4 million patients were waiting for surgery. Some 95,000 had waited over a year.",
        "95,000",
        "patient",
    ),
    (
        "de",
        "Rund 2,4 Millionen Patienten warteten auf eine Operation. Weitere 95.000 mussten länger warten.",
        "95.000",
        "patient",
    ),
    ("en", "In March, 400 homes were sold. And 300 were new builds.", "300", "home"),
    # a bare figure ending its sentence after a verb
    ("de", "Die Stadt will 5.000 neue Wohnungen bauen. Im vergangenen Jahr entstanden 800.", "800", "home"),
    ("en", "The city plans 5,000 new homes. Last year, builders finished 800.", "800", "home"),
    # English "who", "of whom" count people; "The total ... was" stands for the noun before
    ("en", "That is 12% more than the 21,300 who had come a year before.", "21,300", "person"),
    ("en", "Officers detained 120 people, 85 of whom were charged.", "85", "person"),
    (
        "en",
        "Some 900 migrants crossed on Monday. The total for the whole of 2023, a record, was 29,400.",
        "29,400",
        "migrant",
    ),
    # a noun before a bare figure implies what it counts
    ("en", "Unemployment climbed to 1.7 million.", "1.7", "person"),
    ("de", "Die Arbeitslosigkeit stieg auf 2,8 Millionen.", "2,8", "person"),
    ("en", "Payrolls rose by 95,000 last month.", "95,000", "job"),
    ("en", "The NHS waiting list fell to 6.1 million.", "6.1", "patient"),
    ("en", "Border crossings passed 30,000 this year.", "30,000", "person"),
    ("en", "Police put the crowd at 5,000.", "5,000", "person"),
    ("en", "Firefighters were called to 45 incidents.", "45", "operation"),
    ("de", "Die Feuerwehr rückte zu 45 Einsätzen aus.", "45", "operation"),
    # victims of war and attacks are killed and wounded; of a fraud, persons
    ("de", "Der Krieg hat bisher 8.000 zivile Opfer gefordert.", "8.000", "casualty"),
    ("en", "The bombing left 60 victims.", "60", "casualty"),
    ("de", "Der Betrüger hat 35 Opfer um ihr Erspartes gebracht.", "35", "person"),
    ("en", "The fraudster cheated 35 victims.", "35", "person"),
    # counted nouns of news beyond people and harm
    ("de", "Die Polizei zählte 1.150 Wohnungseinbrüche.", "1.150", "burglary"),
    ("en", "Police recorded 1,150 burglaries.", "1,150", "burglary"),
    ("de", "Die Bank schließt 48 Filialen.", "48", "branch"),
    ("en", "The bank will close 48 branches.", "48", "branch"),
    ("de", "Das Land muss 120 Brücken sanieren.", "120", "bridge"),
    ("en", "The state must repair 120 bridges.", "120", "bridge"),
    ("en", "Officers logged 2,300 crimes.", "2,300", "case"),
    ("de", "Im Kreis gab es 310 Unfälle.", "310", "accident"),
    ("en", "There were 310 accidents in the county.", "310", "accident"),
    # births count the children born
    ("de", "Im Klinikum gab es im vergangenen Jahr 650 Geburten.", "650", "child"),
    ("de", "Im Klinikum kamen 650 Neugeborene zur Welt.", "650", "child"),
    ("en", "The hospital recorded 650 births last year.", "650", "child"),
    # people after a total of the harmed: the harm; people a body employs stay people
    ("de", "Die Zahl der bei dem Brand Verletzten stieg auf 31 Menschen.", "31", "wounded"),
    ("de", "Die Zahl der Toten stieg am Abend auf 31 Personen.", "31", "killed"),
    ("en", "The number of injured rose to 31 people.", "31", "wounded"),
    ("en", "The company employs about 1,200 people.", "1,200", "person"),
    ("de", "Der Konzern beschäftigt rund 1.200 Menschen.", "1.200", "person"),
    # a count of times by its verb; an army's advances are attacks
    ("de", "Die Truppen griffen die Stadt in der Nacht 37 Mal an.", "37", "attack"),
    ("en", "The troops attacked the town 37 times overnight.", "37", "attack"),
    ("de", "Die Feuerwehr rückte am Sonntag 90 Mal aus.", "90", "operation"),
    ("de", "Die Armee wehrte 37 Vorstöße ab.", "37", "attack"),
    ("de", "Er hat das Turnier 37 Mal gewonnen.", "37", None),
    # fires, properties, boarding passengers, tonnes per hectare
    ("de", "Die Feuerwehr löschte in der Nacht drei Brände.", "drei", "fire"),
    ("en", "Crews fought 19 fires overnight.", "19", "fire"),
    ("en", "Nearly 650 properties were flooded.", "650", "home"),
    ("de", "Mehr als zehn Millionen Einsteiger zählten die Flughäfen.", "zehn", "passenger"),
    ("en", "Yields averaged 8.3t/ha.", "8.3", "tonne"),
    # "a further", "another" figure without a noun: more of what the figure before counts
    ("en", "About 2,000 homes were destroyed. Another 18,000 were damaged.", "18,000", "home"),
    ("en", "Some 650 homes have flooded and a further 12,000 have been put on alert.", "12,000", "home"),
    ("en", "Two people died and two others escaped unhurt.", "two others", "person"),
    # a figure of a change counts what the change is in ("a 42,000 fall in the number of people")
    ("en", "Figures showed a 3,500 fall in the number of people out of work.", "3,500", "person"),
    ("en", "Police recorded a 300 rise in burglaries last year.", "300", "burglary"),
    ("en", "Prices showed a 3% rise in March.", "3%", "percent"),
    # employment and joblessness totals count people; their rates stay percentages
    ("en", "Employment in the region grew by 12,000 to 1.4 million.", "12,000", "person"),
    ("en", "The jobless total edged up to 95,000.", "95,000", "person"),
    ("en", "Unemployment fell to 4.2% in the spring.", "4.2%", "percent"),
    # a figure alone in brackets after a name counts the sentence's counted subject
    ("de", "Die meisten Anträge kamen aus Syrien (11.277) und der Türkei (7.350).", "7.350", "application"),
    ("en", "Most applications came from Syria (11,277) and Turkey (7,350).", "11,277", "application"),
    (
        "de",
        "Die meisten Übernachtungen entfielen auf Besucher aus Polen (5,6 Millionen).",
        "5,6",
        "overnight stay",
    ),
    ("de", "Das Land zählt 340 Krankenhausstandorte.", "340", "hospital"),
    # among the harmed named after "unter den", "among the": the harm; "eliminated" soldiers are killed
    ("de", "Es gab neun Tote und 37 Verletzte, unter den Verletzten seien vier Kinder.", "vier", "wounded"),
    ("en", "Nine died and 37 were injured; among the injured were four children.", "four", "wounded"),
    ("en", "Up to 450 soldiers were eliminated in the strike, the ministry claimed.", "450", "killed"),
    ("de", "Dabei seien bis zu 450 Soldaten eliminiert worden.", "450", "killed"),
    ("de", "Noch 238 Bewerberinnen und Bewerber sind ohne Ausbildungsplatz.", "238", "person"),
    # people in general who travel on transport (or fly) are passengers
    ("de", "Im ersten Halbjahr stiegen 74,6 Millionen Menschen in Fernzüge.", "74,6", "passenger"),
    ("en", "Some 9.3 million people flew within the country last year.", "9.3", "passenger"),
    ("en", "About 2 million people took part in the protests.", "2 million", "person"),
    ("de", "Die Zahl der Arbeitslosen stieg auf 3 Millionen Menschen.", "3 Millionen", "person"),
    # a share in a list after a percentage with the same preposition
    ("de", "Die Union kommt auf 30 Prozent, die SPD auf 16.", "16", "percent"),
    ("en", "Labour is on 30%, the Conservatives on 24.", "24", "percent"),
    ("de", "Die AfD kommt auf 21 und die SPD auf 16 Prozent.", "21", "percent"),
]


def _pick(claims, figure):
    for claim in claims:
        if figure in claim.text:
            return claim
    raise AssertionError(f"no claim with {figure!r} in {[c.text for c in claims]}")


@pytest.mark.parametrize(("lang", "text", "figure", "unit"), CASES)
def test_unit_form(lang, text, figure, unit):
    claim = _pick(extract(text, lang, "2025-02-20").claims, figure)
    assert claim.unit == unit, (claim.text, claim.unit)
