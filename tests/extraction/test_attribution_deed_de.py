"""German: a sentence whose body subject does the counted thing ("Das Amtsgericht hat vier
Angeklagte verurteilt") is the body's deed; the next sentence's "wie ein Sprecher mitteilte"
reports its own figures, not that deed (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return [[s.text for s in c.sources] for c in extract(text, "de", "2026-03-12").claims]


def test_a_verdict_is_not_given_the_next_sentences_spokesman():
    text = (
        "Das Amtsgericht Nordheim hat vier Angeklagte wegen Steuerhinterziehung zu Bewährungsstrafen "
        "verurteilt. Der Haupttäter muss zudem 80.000 Euro zahlen, wie ein Gerichtssprecher mitteilte."
    )
    got = _sources(text)
    assert got[0] == [] and got[-1] == ["Gerichtssprecher"]


def test_a_company_cutting_jobs_is_not_given_the_next_sentences_source():
    text = (
        "Der Konzern streicht bis 2028 rund 2.400 Stellen. "
        "Betroffen seien vor allem 900 Verwaltungsjobs, sagte eine Sprecherin."
    )
    assert _sources(text)[0] == []


def test_a_plain_figure_still_takes_the_closing_source():
    text = (
        "Im ersten Halbjahr gingen 2.400 Anzeigen ein. "
        "Im Vorjahr waren es 1.900 gewesen, wie ein Sprecher der Behörde mitteilte."
    )
    assert _sources(text)[0] != []
