"""A figure written as a number (digits or words) at a token: its sign, currency, hedge, range
("25.000 bis 30.000", "zwischen 4.000 und 5.000"), open bound ("1,000 or more"), then what it
counts. ``number_claim`` reads it in named steps; the kind rules after the unit
(``KIND_RULES``) are asked in order, each a small function with its examples.
"""

from __future__ import annotations

from ..lexicon import WORDS
from ..numbers.figures import (
    CHANGE_VERBS,
    CURRENCY_SYMBOLS,
    HYPHENS,
    RANGE_WORDS,
    TIME_SUFFIXES,
    adjacent,
    currency_before,
    digit_atom,
    hedge_before,
    word_atom,
)
from ..numbers.not_figures import not_a_figure
from .kinds import KIND_RULES
from .raw import RawClaim
from .units import unit_of_word

_BETWEEN = frozenset(("zwischen", "between", "from", "von"))
_OR_MORE = {
    **{"more": "at_least", "mehr": "at_least"},
    **{"fewer": "at_most", "less": "at_most", "weniger": "at_most"},
}


class _Reading:
    """A number on its way to a figure: ``k`` the first token of sign and currency, ``k2`` of
    the hedge, ``j`` the token after the number (and its range)."""

    __slots__ = (
        "atom",
        "bound",
        "currency",
        "i",
        "j",
        "k",
        "k2",
        "lang",
        "prefix",
        "s",
        "used",
        "value",
        "value_high",
    )

    def __init__(self, s, i: int, lang: str, atom, used):
        self.s, self.i, self.lang, self.atom, self.used = s, i, lang, atom, used
        self.value, self.j, self.k, self.currency = atom.value, atom.end, i, None
        self.bound, self.k2, self.prefix, self.value_high = None, i, "", None


class _NoFigure(Exception):
    """The number is no figure after all ("von 8 bis 18 Uhr", a score 2-1, a phone number)."""


def number_claim(s, i: int, lang: str, atom, used: set):
    """The figure of the number ``atom`` at token ``i``, or None."""
    if atom is None:
        return None
    r = _Reading(s, i, lang, atom, used)
    _sign_and_currency(r)
    _hedge(r)
    try:
        pct_skip = _range(r)
    except _NoFigure:
        return None
    _open_bound(r)
    if pct_skip and r.value_high is None:
        r.j -= 1
    claim = _claim_of(r)
    for rule in KIND_RULES:
        verdict = rule(r, claim)
        if verdict is not None:
            return claim if verdict else None
    return claim


def _sign_and_currency(r) -> None:
    """ "$3bn", "€ 20", "-5", "minus 3" (not "plus or minus 3")."""
    s, i = r.s, r.i
    words, lowers = s.words, s.lowers
    cur = currency_before(s, i)
    if cur:
        r.currency, r.k = cur
    negative = (
        i >= 1
        and r.k == i
        and (
            (words[i - 1] in ("-", "−") and adjacent(s, i - 1, i) and not adjacent(s, i - 2, i - 1))
            or (lowers[i - 1] == "minus" and lowers[max(0, i - 3) : i - 1] != ["plus", "or"])
        )
    )
    if negative:
        # a signed change is keyed by its size ("-0.9%", "Minus 12.000", "(-2)"); a temperature
        # below zero keeps its sign ("-20C", "minus 5 Grad")
        r.value, r.k = (-r.value if _temperature_after(s, r.j) else r.value), i - 1


_TEMPERATURE = frozenset(("c", "°", "°c", "grad", "degrees", "degree", "celsius", "f", "°f"))


def _temperature_after(s, j: int) -> bool:
    return j < s.n and s.lowers[j] in _TEMPERATURE


def _hedge(r) -> None:
    """ "etwa", "more than", "bis zu" before the number; "ein knappes Dutzend" in its words."""
    r.bound, r.k2 = hedge_before(r.s, r.k, r.lang)
    if r.bound is None and r.atom.hedge:
        r.bound = r.atom.hedge
    r.prefix = r.s.lowers[r.k2 - 1] if r.k2 >= 1 else ""


def _range(r) -> bool:
    """ "25.000 bis 30.000", "zwischen 4.000 und 5.000", "10–12", "from 10 to 12", "3% to 5%":
    sets value and value_high; returns whether a unit between the two was skipped."""
    s, lowers, words, n = r.s, r.s.lowers, r.s.words, r.s.n
    j = r.j
    pct_skip = (
        j < n - 2
        and (
            words[j] == "%"
            or (adjacent(s, j - 1, j) and words[j][0].isalpha() and unit_of_word(lowers[j], r.lang))
        )
        and lowers[j + 1] in RANGE_WORDS
        and (words[j + 2][0].isdecimal() or words[j + 2] in ("-", "−"))
    )
    pct_unit = None
    if pct_skip:
        pct_unit = lowers[j]
        r.j = j = j + 1
    if not (j < n and lowers[j] in RANGE_WORDS and _range_word_joins(r, lowers[j]) and j + 1 < n):
        return pct_skip
    m, negative = _second_start(s, j)
    if m < n and m not in r.used:
        second = _second_number(r, j, m)
        second = _same_unit_second(r, second, pct_unit)
        if second is not None:
            if negative:
                second.value = -second.value
            _take_range(r, second, lowers[j])
    return pct_skip


def _range_word_joins(r, conn: str) -> bool:
    """ "und" only after "zwischen"; a hyphen only glued; "oder" only between small numbers;
    not "rise by £109 to £2,293" (a change and the new level) nor "rose from 3 to 5"."""
    s, j, prefix = r.s, r.j, r.prefix
    ok = True
    if conn in ("und", "and"):
        ok = prefix in ("zwischen", "between")
    elif conn in HYPHENS:
        ok = s.words[j] != "-" or (adjacent(s, j - 1, j) and adjacent(s, j, j + 1))
    elif conn in ("oder", "or"):
        ok = not r.atom.word or r.value < 100
    if conn == "to" and prefix == "by":
        ok = False
    if prefix in ("from", "von") and _changed_before(s.lowers, r.k2 - 1):
        ok = False
    return ok


_CHANGE_WORDS = frozenset(WORDS["change_words"]) | CHANGE_VERBS
_CHANGE_REACH = 14


def _changed_before(lowers, k: int) -> bool:
    """A change word before "from" at k: "rose from 3 to 5", "a 14% increase in offences, from
    630 to 719", "upgraded its outlook for GDP from 1.4% to 2%"."""
    return any(lowers[x] in _CHANGE_WORDS for x in range(max(0, k - _CHANGE_REACH), k))


def _second_start(s, j: int):
    """The token the second number of a range starts at (after a currency or a minus)."""
    n, words, lowers = s.n, s.words, s.lowers
    m = j + 1
    if m < n and lowers[m] in CURRENCY_SYMBOLS and m + 1 < n:
        m += 1
    negative = m + 1 < n and words[m] in ("-", "−") and adjacent(s, m, m + 1) and words[m + 1][0].isdecimal()
    return (m + 1 if negative else m), negative


def _second_number(r, j: int, m: int):
    s, lang = r.s, r.lang
    words, lowers, n = s.words, s.lowers, s.n
    if words[m][0].isdecimal() and m + 1 < n and lowers[m + 1] in TIME_SUFFIXES:
        raise _NoFigure  # "von 8 bis 18 Uhr"
    conn = lowers[j]
    second = None
    if conn in HYPHENS and adjacent(s, j - 1, j) and adjacent(s, j, m) and words[m][0].isdecimal():
        second = digit_atom(s, m, lang)
        if second is None or second.value <= r.value or _third_number(s, second):
            raise _NoFigure  # a score (2-1), a model (777-9) or a phone number (720-555-0134)
    elif words[m][0].isdecimal() and not not_a_figure(s, m, lang):
        second = digit_atom(s, m, lang)
    elif words[m][0].isalpha():
        second = word_atom(s, m, lang)
    if second is not None and second.end < n and lowers[second.end] in TIME_SUFFIXES:
        raise _NoFigure  # "von 8 bis 18 Uhr"
    return second


def _third_number(s, second) -> bool:
    e = second.end
    return e + 1 < s.n and s.words[e] in HYPHENS and s.words[e + 1][0].isdecimal()


def _same_unit_second(r, second, pct_unit):
    """ "slipped 3.8% to 9.1 billion euros": a change and a new level, not a range."""
    if pct_unit is None or second is None:
        return second
    s = r.s
    if second.end >= s.n or s.lowers[second.end] != pct_unit or second.scale > 1:
        return None
    return second


def _take_range(r, second, conn: str) -> None:
    v1 = r.value
    if r.atom.scale == 1 and second.scale > 1 and r.value * second.scale <= second.value:
        v1 = r.value * second.scale  # "2 bis 3 Millionen"
    if not (second.value > v1 or (conn in ("bis", "to") and second.value >= v1)):
        return
    r.value, r.value_high, r.j = v1, second.value, second.end
    if r.prefix in _BETWEEN:
        r.k2 -= 1
        if r.bound is None:  # "estimated at between -20C and 30C"
            r.bound, r.k2 = hedge_before(r.s, r.k2, r.lang)


def _open_bound(r) -> None:
    """ "1,900 or so", "1,000 or more workers", "500 oder mehr"."""
    lowers, j, n = r.s.lowers, r.j, r.s.n
    if r.bound is not None or j + 1 >= n:
        return
    if lowers[j] == "or" and lowers[j + 1] == "so":
        r.bound, r.k2, r.j = "about", r.k, j + 2
    elif lowers[j] in ("or", "oder") and lowers[j + 1] in _OR_MORE:
        r.bound, r.k2, r.j = _OR_MORE[lowers[j + 1]], r.k, j + 2


def _claim_of(r):
    s, words = r.s, r.s.words
    # "über" right after a noun means "amounting to": "ein Sparpaket über 48 Millionen Euro"
    if r.bound == "at_least" and s.lowers[r.k2] == "über" and r.k2 >= 2 and words[r.k2 - 1][0].isupper():
        r.bound, r.k2 = None, r.k
    first = r.k2 if (r.bound or r.value_high is not None) else r.k
    claim = RawClaim(first, r.j, r.i, r.value, r.value_high, r.bound or "exact")
    if r.bound is None and r.value_high is not None and r.prefix in _BETWEEN:
        claim.i0 = r.k2
    return claim
