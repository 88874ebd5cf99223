"""German: a qualified information noun that names no author is no source (issue #14)."""

from tracker.extraction import extract


def _texts(text):
    return [[s.text for s in c.sources] for c in extract(text, "de", "2026-05-04").claims]


def test_findings_so_far_name_no_one():
    # "nach bisherigen Erkenntnissen" qualifies what is known, like "nach ersten Schätzungen"
    assert _texts("Nach bisherigen Erkenntnissen entstand ein Schaden von 90.000 Euro.") == [[]]
    text = "Der Brand brach nach bisherigen Erkenntnissen in einer Scheune aus. 14 Anwohner wurden evakuiert."
    assert _texts(text) == [[]]
    assert _texts("Nach bisherigen Erkenntnissen der Polizei wurden 7 Menschen verletzt.") != [[]]
