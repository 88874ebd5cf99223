"""German: "nach eigenen Angaben" refers back to a body that has statements of its own, not to a
count or a genitive before it ("Bei der Kasse sank die Zahl der Fälle nach eigenen Angaben ...":
the Kasse) (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return [[s.text for s in c.sources] for c in extract(text, "de", "2026-09-01").claims]


def test_the_body_before_a_count_gives_its_own_statements():
    text = "Bei der Nordkasse sank die Zahl der Krankmeldungen nach eigenen Angaben von 3,8 auf 3,2."
    assert _sources(text) == [["der Nordkasse"], ["der Nordkasse"]]


def test_over_a_bracketed_abbreviation():
    text = (
        "Bei der Westfälischen Ersatzkasse (WEK) sank die Zahl der Fälle je Mitglied "
        "nach eigenen Angaben um 300."
    )
    assert _sources(text) == [["der Westfälischen Ersatzkasse"]]


def test_a_count_is_never_the_one_with_statements():
    text = "Im Mai sank die Zahl der Mitglieder nach eigenen Angaben um 300."
    assert all("Mitglieder" not in m and "Zahl" not in m for ms in _sources(text) for m in ms)


def test_a_body_right_before_stays():
    text = "Seit März wies die Grenzpolizei nach eigenen Angaben 3.000 Menschen zurück."
    assert _sources(text) == [["Grenzpolizei"]]
