"""German: the source before a postposed "zufolge" in the middle of its clause ("Der Umsatz
steigt dem Amt zufolge auf ...", "Das Volumen steigt Kämmerer Wilmsen zufolge auf ..."), where
no clause-opening subject stands before it; and a name coordinated right after a source phrase
("nach Angaben der Vergleichsportale Idealo und Verivox"), which shares its cue."""

from __future__ import annotations

from ..text.phrases import is_info_head
from .cues import ADJ_ENDINGS

_DATIVE = frozenset(("dem", "der", "den", "einem", "einer"))
_REACH = 5  # words of the phrase before "zufolge"


def phrase_before_postposition(s, i: int):
    """(i0, i1) of the phrase ending right before token i ("zufolge"): a determiner, adjectives
    and capitalised nouns ("dem zuständigen Amt", "der Polizei" after "Angaben"), or a name of
    capitalised words alone ("Kämmerer Wilmsen"); None for an information noun without author
    ("Angaben zufolge") or no phrase."""
    k = i - 1
    nouns = 0
    while k >= 0 and i - k <= _REACH:
        w = s.words[k]
        if w[:1].isupper() and w.replace("-", "").isalpha():
            nouns += 1
        elif not (nouns and _adjective(w) and s.lowers[k] not in _DATIVE):
            break
        k -= 1
    if not nouns:
        return None
    if k >= 0 and s.lowers[k] in _DATIVE:
        return k, i  # "dem Amt", also information with its article: "den Ermittlungen zufolge"
    if is_info_head(s.lowers[i - 1]):
        return None
    if not s.words[k + 1][:1].isupper():
        return None  # adjectives without a determiner: no phrase of its own
    return k + 1, i


def _adjective(w: str) -> bool:
    return w.isalpha() and w.islower() and w.endswith(ADJ_ENDINGS)


_AND = frozenset(("und", "sowie"))
_ARTICLES = frozenset(("der", "die", "das", "des", "dem", "den"))
_NAME_WORDS = 3


def coordinated_after(s, b: int, taken):
    """ "Nach Angaben der Vergleichsportale Idealo und Verivox": the span (i0, i1) of a name
    coordinated right after a source phrase that ends at token b, or None."""
    if b + 1 >= s.n or s.lowers[b] not in _AND:
        return None
    j = b + 1 + (s.lowers[b + 1] in _ARTICLES)
    e = j
    while (
        e < s.n
        and e - j < _NAME_WORDS
        and s.words[e][:1].isupper()
        and s.words[e].isalpha()
        and e not in taken
    ):
        e += 1
    if e == j or (e < s.n and s.words[e][:1].isupper()):
        return None
    return j, e
