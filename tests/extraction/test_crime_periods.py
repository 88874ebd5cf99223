"""A court report's sums of the crimes are of the spans of the offences it names, not of the day
of the verdict (issue 15i). Sentences written for these tests."""

from tracker.extraction import extract

_REPORT = (
    "Das Amtsgericht Feldheim hat am Donnerstag zwei Brüder wegen Betrugs verurteilt.\n\n"
    "Angeklagt waren sie wegen Abrechnungsbetrugs, begangen zwischen Mai 2020 und April 2022. Hinzu "
    "kamen Diebstähle aus Baumärkten zwischen Juni 2022 und Juli 2024.\n\n"
    "Der Schaden für die Krankenkasse beläuft sich auf rund 2,3 Millionen Euro.\n\n"
    "Aus den Baumärkten verschwanden Werkzeuge im Wert von 410.000 Euro.\n\n"
    "Zudem müssen beide eine Geldstrafe von 9.000 Euro zahlen."
)


def _whens(text, lang, published):
    return {c.text: (str(c.when.start), str(c.when.end)) for c in extract(text, lang, published).claims}


def test_sums_of_the_crimes_take_the_span_their_paragraph_tells_of():
    whens = _whens(_REPORT, "de", "2026-03-06")
    assert whens["rund 2,3 Millionen Euro"] == ("2020-05-01", "2022-04-30")
    assert whens["410.000 Euro"] == ("2022-06-01", "2024-07-31")


def test_what_the_court_orders_is_of_the_day_of_the_verdict():
    assert _whens(_REPORT, "de", "2026-03-06")["9.000 Euro"] == ("2026-03-05", "2026-03-05")
    text = (
        "A former mayor was jailed on Tuesday for fraud committed between May 2019 and June 2022.\n\n"
        "The judge ordered him to pay £84,000 in compensation."
    )
    assert _whens(text, "en", "2026-03-06")["£84,000"] == ("2026-03-03", "2026-03-03")
