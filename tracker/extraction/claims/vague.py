"""Vague amounts: "Tausende", "dozens of", "tens of thousands", "several hundred", "a few
thousand", "a couple of hundred", "mehrere hundert". Each takes the lower bound of its order
(DESIGN: "Hunderte" is at least 100) with the bound ``at_least``; the words are in
``lexicon/numbers.json`` ("vague", "vague_quantifiers", "vague_orders", and "vague_alone" for
amounts without an order, empty for now: the answer keys keep "a handful" neutral)."""

from __future__ import annotations

from ..lexicon import NUMBERS
from ..numbers.numerals import VAGUE
from .counted import attach_unit
from .raw import RawClaim

PASS = object()  # a rule's answer "not mine: ask the next rule"


def _phrases(name: str):
    return {lang: {tuple(k.split()): v for k, v in NUMBERS[lang][name].items()} for lang in ("de", "en")}


_QUANTIFIERS = _phrases("vague_quantifiers")
_ALONE = _phrases("vague_alone")
# the first words of the phrases: they may start a figure
FIRST_WORDS = frozenset(p[0] for table in (_QUANTIFIERS, _ALONE) for lang in table for p in table[lang])
_ORDERS = {lang: NUMBERS[lang]["vague_orders"] for lang in ("de", "en")}
_OF = frozenset(("von", "of", "der", "an"))
_TOO_VAGUE = frozenset(("millionen", "milliarden", "millions", "billions"))


def vague_claim(s, i: int, lang: str, value, span: int = 1):
    """The vague amount of tokens [i, i + span) and what it counts ("Tausende Menschen",
    "thousands of people"); "Millionen" alone is too vague without a counted noun."""
    j = i + span
    if j < s.n and s.lowers[j] in _OF:
        j += 1
    claim = RawClaim(i, i + span, i, value, bound="at_least")
    attach_unit(s, claim, j, lang, after_of=j > i + span)
    if s.lowers[i] in _TOO_VAGUE and claim.kind != "money" and claim.unit is None:
        return None
    return claim


def vague_word(s, i: int, lang: str, used):
    """ "Tausende", "dozens", "tens of thousands", "hundreds of thousands" (not "3 Millionen": a
    scale)."""
    low, vague = s.lowers[i], VAGUE[lang]
    if (low == "tens" or low in vague) and lang == "en" and _of_large(s, i, vague):
        factor = 10 if low == "tens" else vague[low]
        return vague_claim(s, i, lang, factor * vague[s.lowers[i + 2]], span=3)
    if low in vague and not (i and s.words[i - 1][0].isdecimal()):
        return vague_claim(s, i, lang, vague[low])
    return PASS


def _of_large(s, i: int, vague) -> bool:
    """ "tens of thousands", "hundreds of millions": "of" and a vague order of a thousand or more."""
    return i + 2 < s.n and s.lowers[i + 1] == "of" and vague.get(s.lowers[i + 2], 0) >= 1000


def vague_phrase(s, i: int, lang: str, used):
    """ "several hundred", "a few thousand", "a couple of hundred", "mehrere hundert", "einige
    Tausend": a quantifier before an order; then the amounts of "vague_alone"."""
    lowers, n = s.lowers, s.n
    if lowers[i] not in FIRST_WORDS:
        return PASS
    for phrase, factor in _QUANTIFIERS[lang].items():
        j = i + len(phrase)
        if j < n and tuple(lowers[i:j]) == phrase and lowers[j] in _ORDERS[lang]:
            return vague_claim(s, i, lang, factor * _ORDERS[lang][lowers[j]], span=j + 1 - i)
    for phrase, value in _ALONE[lang].items():
        j = i + len(phrase)
        if tuple(lowers[i:j]) == phrase:
            return vague_claim(s, i, lang, value, span=len(phrase))
    return PASS
