"""German: a yearly document's edition year stands between it and the genitive naming its
author ("Gesundheitsreport 2026 der Kasse"); the mention reaches the author (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return [[s.text for s in c.sources] for c in extract(text, "de", "2026-09-01").claims]


def test_the_mention_reaches_the_author_over_the_edition_year():
    text = "Die Ausgaben stiegen um 4 Prozent, wie aus dem Sozialbericht 2026 der Landeskasse hervorgeht."
    assert _sources(text) == [["Sozialbericht 2026 der Landeskasse"]]


def test_a_number_that_is_no_year_is_no_edition():
    text = "Laut dem Bericht 12 der Kommission stieg der Gewinn der Sparkasse um 3 Prozent."
    assert _sources(text)[-1] == ["Bericht"]


def test_a_year_without_a_genitive_after_it_stays_out():
    text = "Laut dem Bericht 2025 stieg der Gewinn der Sparkasse um 3 Prozent."
    assert _sources(text) == [["Bericht"]]
