"""Pounds that weigh: in an English article that counts money in dollars and never in sterling
("$4 million", "200 dollars", no "£", "sterling", "pence"), "31 pounds of heroin", "a
60-pound haul" are pounds of weight, not pounds sterling (a US report weighs in pounds)."""

from __future__ import annotations

_DOLLARS = frozenset(("$", "us$", "dollar", "dollars", "usd"))
_STERLING = frozenset(("£", "sterling", "pence", "gbp", "quid"))


def dollar_article(sentences) -> bool:
    """Whether the article counts money in dollars and never names sterling."""
    dollars = False
    for st in sentences:
        low = st.sentence.low_set
        if not _STERLING.isdisjoint(low) or any(w.startswith("£") for w in low):
            return False
        dollars = dollars or not _DOLLARS.isdisjoint(low) or any(w.startswith("$") for w in low)
    return dollars


def weighed_pounds(sentences, lang: str) -> None:
    """A figure in pounds written without "£" in a dollar article is a weight ("pound weight")."""
    if lang != "en":
        return
    pounds = [st for st in sentences if any(rc.unit == "pound" for rc in st.figures)]
    if not pounds or not dollar_article(sentences):
        return
    for st in pounds:
        words = st.sentence.words
        lowers = st.sentence.lowers
        for rc in st.figures:
            if (
                rc.unit == "pound"
                and _pound_word(lowers[rc.i0 : rc.i1 + 1])
                and not any(w.startswith("£") for w in words[rc.i0 : rc.i1])
            ):
                rc.unit, rc.kind = "pound weight", "other"


def _pound_word(lowers) -> bool:
    """The figure is written with the word ("31 pounds", "a 60-pound haul"), not in pence ("2.14p")."""
    return any(w in ("pound", "pounds") or w.endswith("-pound") for w in lowers)
