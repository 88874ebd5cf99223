"""Vehicles others travel in and what a figure is per: "512 migrants crossed in nine boats",
"an average of 52 per boat" (``elliptic.figure_before``: the boats lend no unit to the people)."""

from __future__ import annotations

from ..lexicon import WORDS
from .units import unit_of_word


def carrier(lowers, p) -> bool:
    """ "in nine boats", "auf drei Schiffen", "aboard 14 buses": the vehicles others travel in."""
    return p.unit in _CARRIERS and p.i0 > 0 and lowers[p.i0 - 1] in _CARRIER_PREPS


def per_unit(s, j: int, lang: str):
    """The unit of the noun after "per", "pro", "je" right after a figure ("52 per boat")."""
    if j + 1 < s.n and s.lowers[j] in _PER:
        hit = unit_of_word(s.lowers[j + 1], lang)
        return hit[0] if hit else None
    return None


_CARRIERS = frozenset(WORDS["carrier_units"])
CARRIED = frozenset(WORDS["harmed_people_units"])  # people: those a carrier carries
_CARRIER_PREPS = frozenset(("in", "on", "aboard", "auf", "an", "mit", "into"))
_PER = frozenset(("per", "pro", "je"))
