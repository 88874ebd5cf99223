"""Numbers in their context: a number with its scale ("1,2 Millionen", "$3bn"), the hedge before
it, and the tests that make a number a name, a time, an ordinal or a phone number instead of a figure.
"""

from __future__ import annotations

from ..claims.units import unit_of_word
from ..lexicon import HEDGES, MISC, NUMBERS, UNITS, WORDS
from .numerals import (
    EN_SCALES,
    SCALES,
    SUFFIX_SCALES,
    combine_english,
    english_word_value,
    german_word_value,
    parse_numeral,
)

CURRENCY_SYMBOLS = {
    "$": "dollar",
    "€": "euro",
    "£": "pound",
    "¥": "yen",
    "₽": "rouble",
    "₴": "hryvnia",
    "usd": "dollar",
    "eur": "euro",
    "gbp": "pound",
    "chf": "franc",
    "us$": "dollar",
}
NAME_PREFIXES = frozenset(MISC["name_prefixes"])
TIME_SUFFIXES = frozenset(MISC["time_suffixes"])
ORDINAL_SUFFIXES = frozenset(MISC["ordinal_suffixes"])
RANGE_WORDS = frozenset(("bis", "to", "–", "—", "-", "und", "and", "oder", "or", "through"))
HYPHENS = frozenset(("-", "–", "—"))
AGE_BEFORE = frozenset(("ab", "mit", "aged", "age", "ages", "alter", "alters"))
AGE_AFTER = frozenset(
    (
        "alt",
        "alte",
        "alten",
        "alter",
        "altes",
        "old",
        "jung",
        "junge",
        "jungen",
        "älter",
        "jünger",
        "older",
        "younger",
    )
)
CHANGE_VERBS = frozenset(WORDS["change_verbs"])
SMALL_WORD_LIMIT = 100
MEASURE_NAMES = frozenset(("stärke", "magnitude", "windstärke", "stufe", "level", "category", "kategorie"))
RATIO = {}
for _lang in ("de", "en"):
    _table = NUMBERS[_lang]["ratio"]
    _endings = NUMBERS[_lang]["ratio_endings"]
    for _stem, _v in _table.items():
        for _e in _endings or [""]:
            RATIO.setdefault(_lang, {})[_stem + _e] = _v
RATIO["de"].update({"verdoppeln": 2, "verdopplung": 2, "verdoppelung": 2, "halbieren": 0.5})
RATIO_INFINITIVE = NUMBERS["en"]["ratio_infinitive"]
MODALS_EN = frozenset(["to", "will", "would", "could", "may", "might", "can", "should", "must"])
CENTS = {
    "cent": "euro",
    "cents": "dollar",
    "pence": "pound",
    "rappen": "franc",
    "kopeken": "rouble",
    "kopecks": "rouble",
}
PERCENT_WORDS = {
    "%": "percent",
    "prozent": "percent",
    "percent": "percent",
    "pct": "percent",
    "prozentpunkte": "percentage point",
    "prozentpunkten": "percentage point",
    "prozentpunkt": "percentage point",
}


class _Atom:
    __slots__ = ("end", "scale", "vague", "value", "word")

    def __init__(self, value, end, scale=1, word=False, vague=False):
        self.value, self.end, self.scale, self.word, self.vague = value, end, scale, word, vague


def adjacent(s, a: int, b: int) -> bool:
    return 0 <= a < b < s.n and s.ends[a] == s.starts[b]


def _scale_after(s, j: int, lang: str):
    """A scale word at j ("Millionen", "Mrd.", "million", "bn") -> (factor, end)."""
    if j >= s.n:
        return 1, j
    low = s.lowers[j]
    factor = SCALES[lang].get(low) or SCALES["de" if lang == "en" else "en"].get(low)
    if low in ("hundert", "hundred", "dutzend", "dozen"):
        factor = None
    if not factor:
        if adjacent(s, j - 1, j) and low in SUFFIX_SCALES:
            factor = SUFFIX_SCALES[low]
        else:
            return 1, j
    end = j + 1
    if (
        end < s.n
        and s.words[end] == "."
        and adjacent(s, j, end)
        and low in ("mio", "mrd", "bio", "tsd")  # "2,5 Mrd. Euro"; "$3bn." ends a sentence
    ):
        end += 1
    return factor, end


def digit_atom(s, i: int, lang: str):
    v = parse_numeral(s.words[i], lang)
    if v is None:
        return None
    factor, end = _scale_after(s, i + 1, lang)
    if factor == 1e6 and s.lowers[i + 1] == "m" and not (isinstance(v, float) or currency_before(s, i)):
        factor, end = 1, i + 1  # "100m" without money: metres
    return _Atom(_scaled(v, factor), end, factor)


def _scaled(v, factor):
    """1,2 x 1.000.000 without float noise: 1200000, not 1200000.0000000002."""
    x = v * factor
    if isinstance(x, float):
        r = round(x)
        if abs(x - r) < 1e-6 * max(1.0, abs(x)) and (factor > 1 or x == r):
            return int(r)
        return round(x, 6)
    return x


_TIME = frozenset(("hour", "minute", "second", "day", "week", "month", "year", "quarter"))


def _one_measure(low: str) -> bool:
    """A measure after "ein"/"einem": "einem Prozent", "ein Prozentpunkt", "bis zu einem Meter"."""
    if low in PERCENT_WORDS or low.startswith("prozentpunkt"):
        return True
    hit = UNITS["de"].get(low)  # the unit word itself: "einen Foulelfmeter" is no metre
    return hit is not None and hit[1] == "other" and hit[0] not in _TIME


def word_atom(s, i: int, lang: str):
    low = s.lowers[i]
    n = s.n
    if lang == "de":
        v = german_word_value(low)
        if v is None:
            return None
        j = i + 1
        factor = 1
        while j < n and s.lowers[j] in SCALES["de"]:
            f = SCALES["de"][s.lowers[j]]
            if s.lowers[j] == "millionen" and v == 1:
                break
            factor *= f
            j += 1
            if j < n and s.words[j] == "." and s.lowers[j - 1] in ("mio", "mrd"):
                j += 1
        if v == 1 and factor == 1 and not (j < n and _one_measure(s.lowers[j])):
            return None  # "ein"/"eine" alone is not a figure; "einem Prozent", "einen Meter" are
        return _Atom(_scaled(v, factor), j, factor, word=True)
    values, j = [], i
    if low in ("a", "an") and i + 1 < n and s.lowers[i + 1] in EN_SCALES:
        values.append(1)
        j = i + 1
    while j < n:
        lw = s.lowers[j]
        wv = english_word_value(lw)
        if wv is not None:
            values.append(wv)
        elif lw in EN_SCALES and lw not in ("mn", "bn", "tn") and values:
            values.append(EN_SCALES[lw] if lw != "dozen" else -12)
        elif (
            lw == "and"
            and values
            and values[-1] in (100, 1000)
            and j + 1 < n
            and english_word_value(s.lowers[j + 1])
        ):
            pass
        else:
            break
        j += 1
    if not values:
        return None
    _total, current = 0, 0
    plain = []
    for v in values:
        if v == -12:
            current = (current or 1) * 12
        else:
            plain.append(v)
    value = combine_english(plain) if plain else 0
    if -12 in values:
        value = (combine_english(plain) or 1) * 12 if plain else 12
    if value == 1 and len(values) == 1:
        return None  # "one" alone
    scale = 1
    for v in values:
        if v >= 1000:
            scale = v
    return _Atom(value, j, scale, word=True)


def currency_before(s, i: int):
    if i >= 1:
        cur = CURRENCY_SYMBOLS.get(s.lowers[i - 1])
        if cur:
            k = i - 1
            if k >= 1 and s.lowers[k - 1] in ("us", "a", "c", "hk") and adjacent(s, k - 1, k):
                k -= 1
            return cur, k
    return None


_MOVED_UP = frozenset(
    (
        *("ticked", "went", "moved", "shot", "climbed", "edged", "crept", "jumped", "crawled", "inched"),
        *("revised", "ramped", "stepped", "scaled", "built", "picked", "rounded", "bumped", "go", "goes"),
    )
)


def hedge_before(s, k: int, lang: str):
    table = HEDGES[lang]
    for length in (3, 2, 1):
        if k - length < 0:
            continue
        key = tuple(s.lowers[k - length : k])
        if key in table:
            if key == ("up", "to") and k >= 3 and s.lowers[k - 3] in _MOVED_UP:
                return None, k  # "ticked up to 4.2%": a move to a level, no "at most"
            return table[key], k - length
    if lang == "de" and k >= 2 and s.lowers[k - 1] == "." and s.lowers[k - 2] == "ca":
        return "about", k - 2
    return None, k


_RESULT_UNITS = frozenset(("seat", "vote", "point", "percentage point"))


def result_after(s, i: int, lang: str) -> bool:
    """ "die SPD 22 Prozent", "the SNP 9 seats": a party's result, not a name like ICE 594."""
    if i + 1 >= s.n:
        return False
    nxt = s.lowers[i + 1]
    if nxt in PERCENT_WORDS or nxt in SCALES[lang]:
        return True
    unit = unit_of_word(nxt, lang) if nxt[0].isalpha() else None
    return unit is not None and unit[0] in _RESULT_UNITS
