"""German: an information noun that names its source back without naming the source itself.

"Nach seinen Zahlen", "Deren Angaben zufolge", "laut ihrer Zählung": a possessive before an
information noun it agrees with, after "nach"/"laut" or before "zufolge". "laut Mitteilung",
"Dem Bericht zufolge", "Aus den Zahlen geht hervor": an information noun with a definite article
or none, whose owner no word after it names. Each stands for the source named before it (issue
#14; DESIGN.md: the mention span of the words nearest the claim).
"""

from __future__ import annotations

from ..lexicon import DISCOURSE_DE
from ._engine import LEXICON, is_info_head, positions

_INFO = LEXICON["de"]["possessive_info_cues"]
_PAIRS = frozenset(
    [(p, n) for p in _INFO["plural_possessives"] for n in _INFO["plural_nouns"]]
    + [(p, n) for p in _INFO["singular_possessives"] for n in _INFO["singular_nouns"]]
)
POSSESSIVES = frozenset(p for p, _ in _PAIRS)  # "seinen", "deren", "ihrer"
_BEFORE = frozenset(_INFO["before"])  # "nach", "laut"
_CLOSING = frozenset(_INFO["after"])  # "zufolge"

_BARE = DISCOURSE_DE["ownerless_namings"]
_LAUT = frozenset(_BARE["bare_openers"])  # "laut Mitteilung"
_ARTICLES = frozenset(_BARE["definite_articles"])
_AFTER = frozenset(_BARE["after"])  # "Dem Bericht zufolge"
_FROM = frozenset(_BARE["from_openers"])  # "Aus den Zahlen geht hervor"
_EMERGES = frozenset(_BARE["emerging_verbs"])
_OWNER = frozenset(_BARE["owner_words"])  # "laut Mitteilung des Konzerns": a naming of its own
OPENERS = _LAUT | _ARTICLES  # the words ownerless() looks for first


def possessive_info(s):
    """(first, last) tokens of a possessive before an information noun it agrees with, after
    "nach"/"laut" or before "zufolge", or None."""
    lowers = s.lowers
    for k in positions(lowers, POSSESSIVES.intersection(s.low_set)):
        if k + 1 >= s.n or (lowers[k], lowers[k + 1]) not in _PAIRS:
            continue
        if k and lowers[k - 1] in _BEFORE:
            return k - 1, k + 1
        if k + 2 < s.n and lowers[k + 2] in _CLOSING:
            return k, k + 2
    return None


def ownerless(s):
    """(first, last) tokens of an information noun naming no owner that stands for the source
    before: "laut Mitteilung", "Dem Bericht zufolge", "Aus den Zahlen (geht hervor)", or None."""
    lowers, n = s.lowers, s.n
    for k in positions(lowers, OPENERS.intersection(s.low_set)):
        low = lowers[k]
        if low in _LAUT and _info_noun(s, k + 1) and not _owned(s, k + 2):
            return k, k + 1
        if low not in _ARTICLES or not _info_noun(s, k + 1):
            continue
        if k + 2 < n and lowers[k + 2] in _AFTER:
            return k, k + 2
        if k and lowers[k - 1] in _FROM and not _owned(s, k + 2) and not _EMERGES.isdisjoint(s.low_set):
            return k - 1, k + 1
    return None


def _info_noun(s, k: int) -> bool:
    return k < s.n and s.words[k][:1].isupper() and is_info_head(s.lowers[k])


def _owned(s, k: int) -> bool:
    """The words at k name the noun's owner ("des Konzerns", "von Destatis", "der Stadt")."""
    return k < s.n and (s.lowers[k] in _OWNER or s.words[k][:1].isupper())
