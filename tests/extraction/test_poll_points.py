"""claims/poll_points.py: an English article that names a poll gives its points in percentage
points (a lead, a gap, a change), not a league's points nor an index's. Own sentences."""

from tracker.extraction import extract


def units(text):
    return [(c.text, c.unit) for c in extract(text, "en", "2026-03-02").claims]


POLL_ARTICLE = (
    "Greens move ahead in new Tallow poll\n\n"
    "The Greens now lead the Centre Party by 7 points, the pollster found.\n\n"
    "The party's leader has a 12-point advantage on trust and trails only 3 points behind on economy."
)


def test_points_of_a_lead_in_a_poll_article_are_percentage_points():
    got = units(POLL_ARTICLE)
    assert ("7 points", "percentage point") in got
    assert [u for t, u in got if "point" in t] == ["percentage point"] * 3


def test_no_poll_named_points_stay_points():
    text = "Rovers lead the table by 7 points.\n\nThey trail Town by 3 points on goals scored."
    assert [u for _, u in units(text)] == ["point", "point"]


def test_league_points_and_index_points_in_a_poll_article_stay_points():
    text = (
        "Poll finds fans back the manager\n\n"
        "Rovers have 31 points from 14 games.\n\n"
        "The confidence index fell 4 points in February."
    )
    got = dict(units(text))
    assert got.get("31 points") == "point"
    assert got.get("4 points") == "point"
