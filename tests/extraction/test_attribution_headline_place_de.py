"""A headline "X: ..." takes X as the source of its figures only when the body names X as a
source, word for word: a town before the colon is no source because a body of the town's
adjective ("Lindauer Stadtwerke") speaks later (issue #14)."""

from tracker.extraction import extract


def _first(text, lang="de"):
    return [s.text for s in extract(text, lang, "2026-07-01").claims[0].sources]


def test_a_town_before_the_headline_colon_is_no_source():
    text = (
        "Lindau: Zwei Stromausfälle an einem Abend\n\n"
        "In Lindau ist am Dienstag zweimal der Strom ausgefallen. "
        "Nach Angaben der Lindauer Stadtwerke waren rund 900 Haushalte betroffen."
    )
    assert _first(text) == []


def test_a_pollster_before_the_headline_colon_named_in_the_body_is_the_source():
    text = (
        "Insa: Union verliert zwei Punkte\n\n"
        "Die Union kommt in der Umfrage auf 27 Prozent, wie das Institut Insa mitteilte."
    )
    assert _first(text) == ["Insa"]
