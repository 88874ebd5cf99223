"""time/when._as_of through claim periods: a closing "as of <time>" / "(Stand: ...)" dates every
figure before it in its sentence, in whatever clause. Own sentences."""

from tracker.extraction import extract


def whens(text, lang, pub="2026-03-02"):  # a Monday
    return {c.text: c.when.start.isoformat() for c in extract(text, lang, pub).claims if c.when}


def test_as_of_dates_both_clauses():
    text = (
        "Storm\n\nThe storm struck on Saturday night.\n\n"
        "Northline reports 52,400 outages and Coastal Power reports 1,870, as of 9 a.m. on Monday."
    )
    got = whens(text, "en")
    assert got["52,400 outages"] == got["1,870"] == "2026-03-02"


def test_stand_dates_both_clauses():
    text = (
        "Sturm\n\nDer Sturm traf die Küste am Samstag.\n\n"
        "Der Versorger meldete 12.000 gestörte Anschlüsse, der Nachbar 3.100 (Stand: Montagmittag)."
    )
    got = whens(text, "de")
    assert got["3.100"] == "2026-03-02"
    assert got["12.000 gestörte Anschlüsse"] == "2026-03-02"
