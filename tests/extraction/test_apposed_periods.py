"""time/owner.py: a figure set off by commas after another as the same amount in another measure
("$95 million, or 40 cents a share,") shares that figure's period of comparison. Own sentences."""

from tracker.extraction import extract


def whens(text, pub="2026-05-06"):
    return [
        (c.text, c.when.start.isoformat() if c.when and c.when.start else None)
        for c in extract(text, "en", pub).claims
    ]


def test_the_apposed_figure_takes_the_year_ago_period_of_its_figure():
    text = (
        "Results\n\nTarnwell Inc earned $130 million, or 52 cents a share, in its fiscal second quarter "
        "ended March 31, against $95 million, or 40 cents a share, in the prior-year quarter."
    )
    got = dict(whens(text))
    assert got["$130 million"] == got["52 cents"] == "2026-01-01"
    assert got["$95 million"] == got["40 cents"] == "2025-01-01"


def test_a_base_with_its_apposed_figure_after_from():
    text = (
        "Results\n\nFor the quarter ended March 31, profit rose to $2.1 billion, or 88 cents a share, "
        "from $1.7 billion, or 71 cents a share, in the same quarter one year earlier."
    )
    got = dict(whens(text))
    assert got["88 cents"] == "2026-01-01"
    assert got["71 cents"] == "2025-01-01"


def test_no_apposition_without_or():
    text = (
        "Results\n\nTarnwell earned $130 million in the quarter ended March 31, against "
        "$95 million in the prior-year quarter, and 40 stores opened."
    )
    got = dict(whens(text))
    assert got["$95 million"] == "2025-01-01"
    assert got["40 stores"] != "2025-01-01"
