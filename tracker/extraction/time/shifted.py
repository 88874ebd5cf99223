"""A period named by a modifier and a period noun, counted from the publication date ("last
week", "next season", "so far this year"); ``rules.modified_period`` finds the words."""

from __future__ import annotations

from ..lexicon import DATES
from .dates import shift


def shifted(f, noun: str, step: int):
    """The period a modifier's step names from the publication date ("last week", "next season")."""
    # "vergangene Woche", "last week" on a Sunday: the week ending that day
    r = shift(f.pub, noun, step + (noun == "week" and step == -1 and f.pub.weekday() == 6))
    if noun == "season" and step == 1 and _past_season(f.anchor, f.pub):
        a = f.anchor  # "earned €1.21 billion in the 2024-25 season ... next season": 2025-26
        r = a.start.replace(year=a.start.year + 1), a.end.replace(year=a.end.year + 1)
    if r and noun in ("year", "month") and not step and _so_far(f.s.text_lower):
        r = r[0], f.pub  # "so far this year", "in diesem Jahr bislang": up to the publication date
    return r


_SO_FAR = tuple(DATES["so_far"])


def _so_far(flat: str) -> bool:
    return any(w in flat for w in _SO_FAR)


def _past_season(a, pub) -> bool:
    """The period named before is a season (about a year from July or August) over by ``pub``."""
    if a is None or a.start is None or a.end is None or a.end >= pub:
        return False
    return 360 <= (a.end - a.start).days <= 366 and a.start.month in (7, 8)
