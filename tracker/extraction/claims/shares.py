"""Shares: "jeder fünfte Baum", "ein Viertel", "two thirds", "more than a fifth", "nearly half",
"fast die Hälfte" -- figures in percent, and the rules of ``finder.WORD_RULES`` that find them."""

from __future__ import annotations

from ..numbers.figures import hedge_before, part_of_scale
from ..numbers.numerals import english_word_value
from .filters import FRAME_BEFORE
from .raw import RawClaim
from .vague import PASS

EVERY = frozenset(("jeder", "jede", "jedem", "jeden", "jedes"))


def every_nth(s, i: int, lang: str, used):
    """ "jeder fünfte Baum": a share (``_every_nth_claim``)."""
    if s.lowers[i] in EVERY and i + 1 < s.n:
        return _every_nth_claim(s, i, lang) or PASS
    return PASS


def fraction(s, i: int, lang: str, used):
    """ "ein Viertel", "two thirds", "nearly half": a share (``_fraction_claim``)."""
    low, lowers = s.lowers[i], s.lowers
    if (low in _NUMERATORS and i + 1 < s.n and lowers[i + 1] in _FRACTIONS) or low in _HALVES:
        return _fraction_claim(s, i, lang) or PASS
    if "-" in low:
        return _hyphen_fraction(s, i, lang) or PASS
    return PASS


def _hyphen_fraction(s, i: int, lang: str):
    """ "two-thirds", "one-fifth", "three-quarters of the staff": a share, in percent."""
    first, _, rest = s.lowers[i].partition("-")
    num, den = _NUMERATORS.get(first), _FRACTIONS.get(rest)
    if lang != "en" or not num or not den or num >= den or (num > 1) != rest.endswith("s"):
        return None
    if _not_a_share_after(s.lowers, i + 1):
        return None
    return _share(s, i, i + 1, lang, _percent(num, den))


_FRACTIONS = {
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
    "drittel": 3,
    "viertel": 4,
    "fünftel": 5,
    "zehntel": 10,
}
_NUMERATORS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "ein": 1,
    "eine": 1,
    "einem": 1,
    "einer": 1,
    "two": 2,
    "zwei": 2,
    "three": 3,
    "drei": 3,
    "four": 4,
    "vier": 4,
}
_HALVES = frozenset(("half", "hälfte"))
_HALF_OF = frozenset(("dozen", "hundred", "thousand", "million", "billion", "trillion"))
_NOT_FRACTION_AFTER = frozenset(
    ("century", "centuries", "hour", "hours", "mile", "jahrhundert", "jahrhunderts", "stunde", "finals")
)


_NTH = {
    **{"zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7, "siebent": 7},
    **{"acht": 8, "neunt": 9, "zehnt": 10, "zwanzigst": 20, "hundertst": 100},
}


def _every_nth_claim(s, i: int, lang: str):
    """ "jeder fünfte Baum", "etwa jeder dritte Zug", "fast jedem zweiten Projekt": a share, in
    percent."""
    lowers, n = s.lowers, s.n
    nth = lowers[i + 1]
    stem = nth.rstrip("nmrs").rstrip("e") if nth.endswith(("e", "en", "em", "er", "es")) else None
    den = _NTH.get(stem) if stem else None
    if den is None or lang != "de":
        return None
    end = i + 2
    while end < n and end - i < 5 and s.words[end][0].islower() and s.words[end].isalpha():
        end += 1  # adjectives before the noun: "jedem zweiten großen Rüstungsprojekt"
    if end < n and s.words[end][0].isupper() and s.words[end].isalpha():
        end += 1
    else:
        end = i + 2
    return _share(s, i, end, lang, _percent(1, den))


def _fraction_claim(s, i: int, lang: str):
    """ "ein Viertel", "two thirds", "more than a fifth", "nearly half", "fast die Hälfte": a share,
    in percent."""
    if s.lowers[i] in _HALVES:
        return _half_claim(s, i, lang)
    lowers = s.lowers
    if lowers[i + 1].startswith("quarter") and i >= 1 and lowers[i - 1] in FRAME_BEFORE:
        return None  # "in the past two quarters": a time span (claims/filters), no share
    den, num = _FRACTIONS[lowers[i + 1]], _NUMERATORS[lowers[i]]
    if lang == "en" and part_of_scale(lowers, i, s.n):
        return None  # "a quarter of a million": a number (numbers.figures)
    if not _fraction_form(s, i, lang, num) or _not_a_share_after(lowers, i + 2) or num >= den:
        return None
    bound, k2 = hedge_before(s, i, lang)
    if lang == "en" and num == 1 and bound is None and _ordinal_use(s, i + 2):
        return None  # "A third suspect": an ordinal
    return _share(s, i, i + 2, lang, _percent(num, den), (bound, k2))


def _fraction_form(s, i: int, lang: str, num: int) -> bool:
    """ "two thirds", "a third" (not "a thirds", "two third"); German fractions capitalised."""
    if lang == "en":
        return (num > 1) == s.lowers[i + 1].endswith("s")
    return s.words[i + 1][0].isupper()


def _not_a_share_after(lowers, end: int) -> bool:
    """ "a quarter of an hour", "the third century": a time or a place, no share."""
    following = [w for w in lowers[end : end + 4] if w not in ("of", "an", "a", "the", "eines", "einer")]
    return bool(following) and following[0] in _NOT_FRACTION_AFTER


def _ordinal_use(s, end: int) -> bool:
    """ "A third suspect": the fraction word stands before a noun without "of"."""
    return end < s.n and s.words[end][0].isalnum() and s.lowers[end] != "of"


def _share(s, i: int, end: int, lang: str, value, hedge=None) -> RawClaim:
    """The share that starts at token i and ends before `end`, in percent, with the hedge before
    it ("nearly two-thirds", "etwa jeder dritte") when there is one (`hedge`: already read)."""
    bound, k2 = hedge or hedge_before(s, i, lang)
    return RawClaim(k2 if bound else i, end, i, value, bound=bound or "exact", kind="percent", unit="percent")


def _percent(num: int, den: int):
    value = round(100 * num / den, 2)
    return int(value) if value == int(value) else value


def _half_claim(s, i: int, lang: str):
    """ "nearly half", "fast die Hälfte": 50 percent; a bare "half" needs a hedge ("half an
    hour", "the second half" are no figures), "half a million" is a number."""
    lowers, n = s.lowers, s.n
    if lowers[i] == "half" and i + 2 < n and lowers[i + 1] in ("a", "an") and lowers[i + 2] in _HALF_OF:
        return None  # "half a million", "half a dozen": a number (numbers.figures.word_atom)
    k = i - 1 if i >= 1 and lowers[i - 1] in ("die", "the") else i
    bound, k2 = hedge_before(s, k, lang)
    if bound is None or (lang == "de" and not s.words[i][0].isupper()):
        return None
    return RawClaim(k2, i + 1, i, 50, bound=bound, kind="percent", unit="percent")


def one_in_n(s, i: int, lang: str, used):
    """ "one in five adults", "nearly one in every four": a share, in percent (100 / n)."""
    lowers = s.lowers
    if lang != "en" or lowers[i] != "one" or i + 2 >= s.n or lowers[i + 1] != "in":
        return PASS
    k = i + 3 if lowers[i + 2] == "every" and i + 3 < s.n else i + 2
    den = english_word_value(lowers[k]) if lowers[k].isalpha() else _small_digits(lowers[k])
    if not isinstance(den, int) or not 1 < den <= 1000:
        return PASS
    return _share(s, i, k + 1, lang, _percent(1, den))


def _small_digits(low: str):
    return int(low) if low.isdecimal() and len(low) <= 4 else None
