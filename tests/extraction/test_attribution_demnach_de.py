"""German: "demnach" refers to the nearest naming before it, a figure-less sentence naming a
source right before it (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return [[(s.text, s.name) for s in c.sources] for c in extract(text, "de", "2026-11-05").claims]


_LEAD = "Der Umsatz der Brenntal AG stieg auf 2,2 Milliarden Euro, wie Brenntal am Montag mitteilte.\n\n"


def test_demnach_after_a_body_confirming_its_forecast_stands_on_that_naming():
    got = _sources(
        _LEAD
        + "Der Vorstand bestätigte die Prognose. Demnach soll der Gewinn auf 310 Millionen Euro steigen."
    )
    assert [t for t, _ in got[-1]] == ["Vorstand"]


def test_demnach_after_a_sentence_naming_nothing_keeps_the_account():
    got = _sources(
        _LEAD + "Die Lage bleibt angespannt. Demnach soll der Gewinn auf 310 Millionen Euro steigen."
    )
    assert [t for t, _ in got[-1]] == ["Brenntal"]


def test_demnach_after_a_sentence_with_figures_is_left_alone():
    text = (
        "Die Brenntal AG setzte 2,2 Milliarden Euro um, teilte sie mit. "
        "Der Vorstand zahlt 1,10 Euro Dividende. Demnach soll der Gewinn auf 310 Millionen Euro steigen."
    )
    assert "Vorstand" not in [t for t, _ in _sources(text)[-1]]
