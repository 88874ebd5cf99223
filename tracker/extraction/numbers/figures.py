"""Numbers in their context: a number with its scale ("1,2 Millionen", "$3bn"), the hedge before
it, and the tests that make a number a name, a time, an ordinal or a phone number instead of a figure.
"""

from __future__ import annotations

from ..claims.units import unit_of_word
from ..lexicon import HEDGE_ENDS, HEDGES, MISC, NUMBERS, UNITS, WORDS
from .numerals import (
    EN_SCALES,
    SCALES,
    SUFFIX_SCALES,
    english_words_value,
    german_word_value,
    is_english_number_word,
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
    "inr": "rupee",
    "₹": "rupee",
    "rs": "rupee",
    "zł": "zloty",
    "pln": "zloty",
}
# currency abbreviations written with a full stop before the amount ("Rs. 5,000", "Fr. 30")
_DOTTED_CURRENCIES = {"rs": "rupee", "fr": "franc"}
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
    """A number as written: value, the token after it, its scale; ``hedge``: a bound its own
    words state ("ein knappes Dutzend": at most)."""

    __slots__ = ("end", "hedge", "scale", "vague", "value", "word")

    def __init__(self, value, end, scale=1, word=False, vague=False, hedge=None):
        self.value, self.end, self.scale, self.word, self.vague = value, end, scale, word, vague
        self.hedge = hedge


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
    if (
        factor == 1e6
        and s.lowers[i + 1] == "m"
        and not (isinstance(v, float) or currency_before(s, i) or _counted_after(s, i + 2, lang))
    ):
        factor, end = 1, i + 1  # "100m" without money nor a counted noun: metres
    return _Atom(_scaled(v, factor), end, factor)


def _counted_after(s, k: int, lang: str) -> bool:
    """ "3m households", "2m people": a counted noun after "m" makes it millions, not metres."""
    if k >= s.n:
        return False
    low = s.lowers[k]
    hit = UNITS[lang].get(low) or UNITS[lang].get(low[:-1]) or UNITS[lang].get(low[:-2])
    return hit is not None and hit[1] == "count"


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


_POINTS = frozenset(("punkt", "zähler"))


def _one_point(s, j: int) -> bool:
    """ "minus ein Punkt", "legt einen Punkt zu" in a sentence about percentages: a poll's point."""
    return s.lowers[j] in _POINTS and ("prozent" in s.text_lower or "%" in s.text_lower)


def word_atom(s, i: int, lang: str):
    """A number in words at token i with its scale: "zwölftausend", "drei Millionen", "ein
    halbes Dutzend", "anderthalb Millionen", "two thousand and five", "one and a half million",
    "half a million"; None for "ein"/"one" alone and a name ("Herr Tausend")."""
    if _surname(s, i):
        return None
    return _german_words(s, i) if lang == "de" else _english_words(s, i)


_TITLES = frozenset(NUMBERS["titles"])


def _surname(s, i: int) -> bool:
    """ "Herr Tausend", "Mrs Hundred": a capitalised number word after a title is a name."""
    return i >= 1 and s.words[i][0].isupper() and s.lowers[i - 1].rstrip(".") in _TITLES


_DE_HALF = frozenset(("halbe", "halbes", "halben"))
# adjectives between "ein" and "Dutzend": "ein knappes Dutzend" (the hedge is read later)
_DOZEN_ADJECTIVES = NUMBERS["de"]["dozen_adjectives"]


def _german_words(s, i: int):
    v = german_word_value(s.lowers[i])
    if v is None:
        return None
    j, hedge = i + 1, None
    if v == 1 and s.lowers[i] != "eins" and j + 1 < s.n and s.lowers[j] in _DE_HALF:
        v, j = 0.5, j + 1  # "eine halbe Million", "ein halbes Dutzend"
    elif v == 1 and j + 1 < s.n and s.lowers[j] in _DOZEN_ADJECTIVES and s.lowers[j + 1] == "dutzend":
        hedge, j = _DOZEN_ADJECTIVES[s.lowers[j]], j + 1  # "ein knappes Dutzend": at most 12
    factor, j = _german_scales(s, j, v)
    if v == 1 and factor == 1 and not (j < s.n and (_one_measure(s.lowers[j]) or _one_point(s, j))):
        return None  # "ein"/"eine" alone is not a figure; "einem Prozent", "einen Meter" are
    if v == 0.5 and factor == 1:
        return None  # "eine halbe Stunde"
    return _Atom(_scaled(v, factor), j, factor, word=True, hedge=hedge)


def _german_scales(s, j: int, v):
    """The scale words after a German number word: "Millionen", "Mrd.", "Dutzend"."""
    factor, n, lowers = 1, s.n, s.lowers
    while j < n and lowers[j] in SCALES["de"]:
        if lowers[j] == "millionen" and v == 1:
            break
        factor *= SCALES["de"][lowers[j]]
        j += 1
        if j < n and s.words[j] == "." and lowers[j - 1] in ("mio", "mrd"):
            j += 1
    return factor, j


_EN_ONE = frozenset(("a", "an"))
_EN_AND_AFTER = frozenset(("hundred", "thousand"))


def _english_words(s, i: int):
    lowers, n = s.lowers, s.n
    low = lowers[i]
    if low == "half" and i + 2 < n and lowers[i + 1] in _EN_ONE and lowers[i + 2] in _EN_HALF_OF:
        scale = EN_SCALES[lowers[i + 2]]
        return _Atom(_scaled(0.5, scale), i + 3, scale if scale >= 1000 else 1, word=True)  # "half a million"
    part = _part_of_scale(s, i)
    if part:
        return part  # "a quarter of a million"
    if low in _EN_ONE:
        if i + 1 >= n or lowers[i + 1] not in EN_SCALES or lowers[i + 1] in ("mn", "bn", "tn"):
            return None
        run, j = ["one"], i + 1  # "a hundred", "a million", "a dozen"
    else:
        run, j = [], i
    j = _english_run(lowers, j, n, run)
    value = None
    while run and value is None:
        value = english_words_value(tuple(run))
        if value is None:
            run.pop()  # "nineteen eighty": the longest start that is one number
            j -= 1
    if value is None and not (j < n and lowers[j] == "dozen" and low in _EN_ONE):
        return None
    return _english_wrapped(s, i, j, value, run)


_PARTS = NUMBERS["en"]["parts_of_scale"]
_EN_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}


def part_of_scale(lowers, i: int, n: int):
    """(numerator, denominator, scale) of "a quarter of a million", "three quarters of a billion"
    at token i, or None."""
    if i + 4 >= n or lowers[i + 2] != "of" or lowers[i + 3] not in _EN_ONE or lowers[i + 4] not in _EN_BIG:
        return None
    num, den = _EN_NUMERATORS.get(lowers[i]), _PARTS.get(lowers[i + 1])
    return (num, den, EN_SCALES[lowers[i + 4]]) if num and den and num < den else None


def _part_of_scale(s, i: int):
    found = part_of_scale(s.lowers, i, s.n)
    if found is None:
        return None
    num, den, scale = found
    return _Atom(_scaled(round(num / den, 6), scale), i + 5, scale, word=True)


def _english_run(lowers, j: int, n: int, run: list) -> int:
    """Adds the number words from j to ``run``: "two thousand and five" (an "and" only after
    hundred or thousand, before another number word); returns the end."""
    while j < n:
        lw = lowers[j]
        if not _run_goes_on(lowers, j, n, run):
            break
        run.append(lw)
        j += 1
    if run and run[-1] == "and":
        run.pop()
        j -= 1
    return j


def _run_goes_on(lowers, j: int, n: int, run) -> bool:
    lw = lowers[j]
    if lw == "and":
        return bool(run) and run[-1] in _EN_AND_AFTER and j + 1 < n and is_english_number_word(lowers[j + 1])
    return is_english_number_word(lw) and (bool(run) or lw not in _EN_BIG_ALONE)


_EN_BIG = frozenset(w for w, v in EN_SCALES.items() if v >= 1000 and w.isalpha() and len(w) > 3)
_EN_HALF_OF = frozenset(("dozen", "hundred", "thousand", "million", "billion", "trillion"))
_EN_BIG_ALONE = frozenset(("hundred", "thousand", "million", "billion", "trillion"))


def _english_wrapped(s, i: int, j: int, value, run):
    """What text2num leaves: "two dozen", "one and a half million", "one" alone."""
    lowers, n = s.lowers, s.n
    if value is None:
        value = 1  # "a dozen"
    if j < n and lowers[j] == "dozen":
        return _Atom(value * 12, j + 1, 1, word=True)
    if (
        j + 3 < n
        and lowers[j] == "and"
        and lowers[j + 1] in _EN_ONE
        and lowers[j + 2] == "half"
        and lowers[j + 3] in _EN_BIG
        and value < 1000
    ):
        scale = EN_SCALES[lowers[j + 3]]
        return _Atom(_scaled(value + 0.5, scale), j + 4, scale, word=True)  # "one and a half million"
    if value == 1 and len(run) == 1:
        return None  # "one" alone: a pronoun as often as a number
    scale = max((EN_SCALES[w] for w in run if w in EN_SCALES and EN_SCALES[w] >= 1000), default=1)
    return _Atom(value, j, scale, word=True)


def currency_before(s, i: int):
    if (
        i >= 2
        and s.lowers[i - 1] == "."
        and s.lowers[i - 2] in _DOTTED_CURRENCIES
        and s.words[i - 2][:1].isupper()
    ):
        return _DOTTED_CURRENCIES[s.lowers[i - 2]], i - 2
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
    # only the lengths of the hedges that end with the word before the number are looked up
    for length in HEDGE_ENDS[lang].get(s.lowers[k - 1], ()) if k else ():
        if k - length < 0 or length > 3:
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
