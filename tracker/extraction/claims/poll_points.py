"""The points of an English article about a poll: "ahead by 6 points", "a 6-point lead",
"2 points behind", "dropped five points" are percentage points of the vote shares the poll
measures, whatever the sentence says of percentages (the answer keys: a poll's lead, change and
margin of error in points are percentage points). Not a league's "24 points from 14 games",
not an index's "the confidence index fell 3 points", and nothing in an article that names no
poll."""

from __future__ import annotations

from .kinds import league_points

# words that name a poll of voters in English ("a YouGov poll", "the pollster", "mega-poll")
_POLL = frozenset(("poll", "polls", "pollster", "pollsters", "polling", "polled"))
# a sentence with these measures an index or a score of its own in points
_INDEX = frozenset(("index", "indices", "indexes", "ftse", "dow", "nasdaq", "dax", "s&p", "stoxx", "nikkei"))


def names_a_poll(sentences) -> bool:
    """Whether a sentence of the article names a poll ("poll", "pollster", "mega-poll")."""
    for st in sentences:
        for low in st.sentence.low_set:
            if low in _POLL or low.endswith(("-poll", "-polls")):
                return True
    return False


def poll_article_points(sentences, lang: str) -> None:
    """In an English article that names a poll, a figure in points (not a league's, not an
    index's) is in percentage points."""
    if lang != "en":
        return
    pointed = [st for st in sentences if any(rc.unit == "point" for rc in st.figures)]
    if not pointed or not names_a_poll(sentences):
        return
    for st in pointed:
        s = st.sentence
        if not _INDEX.isdisjoint(s.lowers):
            continue
        for rc in st.figures:
            if (
                rc.unit == "point"
                and rc.value is not None
                and abs(rc.value) <= 100
                and not league_points(s.lowers, rc.i1)
            ):
                rc.unit, rc.kind = "percentage point", "percent"
