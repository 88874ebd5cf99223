"""German sentences that state a body's own size, its staff or the people insured with it ("Das
Unternehmen beschäftigt weltweit 12.000 Mitarbeiter", "Bei der Kasse sind 4 Millionen Menschen
versichert"): the writer's background, no figure of the account before (as "Die Kasse hat 1,6
Millionen Versicherte", opening_description_de.py)."""

from __future__ import annotations

from ..lexicon import DISCOURSE_DE

_VERBS = frozenset(DISCOURSE_DE["size_verbs"])
_LOWER_VERBS = frozenset(v.lower() for v in _VERBS)


def states_own_size(s) -> bool:
    """Sentence ``s`` has a verb of a body's size, written in lower case ("beschäftigt",
    "versichert"; not the noun "Beschäftigte")."""
    if _LOWER_VERBS.isdisjoint(s.low_set):
        return False  # the cheap test first: most sentences hold none of the words
    return not _VERBS.isdisjoint(s.words)
