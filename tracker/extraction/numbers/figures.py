"""Numbers in their context: a number with its scale ("1,2 Millionen", "$3bn"), the hedge before
it, and the tests that make a number a name, a time, an ordinal or a phone number instead of a figure.
"""

from __future__ import annotations

from ..claims.units import unit_of_word
from ..lexicon import DATES, HEDGES, MISC, NUMBERS, UNITS, WORDS
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
_DE_ORDINAL_CONTEXT = frozenset(WORDS["ordinal_context_before_de"])
SMALL_WORD_LIMIT = 100
_MONTH_NAMES = frozenset(DATES["months"]["de"]) | frozenset(DATES["months"]["en"])
MEASURE_NAMES = frozenset(("stärke", "magnitude", "windstärke", "stufe", "level", "category", "kategorie"))
_NAME_ENDINGS = tuple(WORDS["name_number_endings"])
_PHONE_WORDS = frozenset(WORDS["phone_words"])
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


def _result_after(s, i: int, lang: str) -> bool:
    """ "die SPD 22 Prozent", "the SNP 9 seats": a party's result, not a name like ICE 594."""
    if i + 1 >= s.n:
        return False
    nxt = s.lowers[i + 1]
    if nxt in PERCENT_WORDS or nxt in SCALES[lang]:
        return True
    unit = unit_of_word(nxt, lang) if nxt[0].isalpha() else None
    return unit is not None and unit[0] in _RESULT_UNITS


def not_a_figure(s, i: int, lang: str) -> bool:
    """Numbers in names, times, ordinals, phone and list numbers."""
    words, lowers, n = s.words, s.lowers, s.n
    w = words[i]
    if i >= 1 and adjacent(s, i - 1, i):
        prev = words[i - 1]
        if prev[0].isalpha():
            return True  # G7, A380, MH17
        if prev in HYPHENS and i >= 2 and adjacent(s, i - 2, i - 1) and words[i - 2][0].isalpha():
            return True  # F-16, Covid-19, Su-34
        if prev in ("#", "/", "+", "№", "§", ":", "."):
            # "+6,8 %" is a change, "+49 30 1234" a phone number
            return not (prev == "+" and i + 1 < n and lowers[i + 1] in PERCENT_WORDS)
    if i + 1 < n:
        nxt = lowers[i + 1]
        if adjacent(s, i, i + 1):
            if nxt in (":", "/") and i + 2 < n and words[i + 2][0].isdecimal():
                return True  # 14:30, 2:1, 24/7
            if (
                nxt in (".", "'", "’")
                and i >= 1
                and words[i - 1] == "("
                and len(w) <= 3
                and i + 2 < n
                and words[i + 2] in (")", "+", "/")
            ):
                return True  # the minute of a goal: Müller (41.), Kane (90.+3), Saka (12')
            if (
                nxt[0].isalpha()
                and nxt not in SUFFIX_SCALES
                and unit_of_word(nxt, lang) is None
                and nxt not in ("m", "km", "kg", "t", "mw", "gw", "kwh", "twh", "ha", "cm", "mm")
                and not (nxt == "p" and lang == "en" and lowers[i + 3 : i + 4] != ["m"])  # 3p, not 3p.m.
            ):
                return True  # 21st, 3pm, 90er, 5G
            if nxt == "." and lang == "de" and len(w) <= 3 and w.isdecimal():
                after = words[i + 2] if i + 2 < n else ""
                prev = lowers[i - 1] if i else ""
                if after and (after[0].islower() or prev in _DE_ORDINAL_CONTEXT or i == 0):
                    return True  # am 3. Tag, der 2. Weltkrieg
                if after and after[0].isupper() and i + 3 < n and prev not in ("auf", "von", "um", "bei"):
                    return True
        nw = words[i + 1]
        if (
            nw.isupper()
            and nw.isalpha()
            and 2 <= len(nw) <= 4
            and unit_of_word(nxt, lang) is None
            and not (i + 2 < n and words[i + 2] in HYPHENS and adjacent(s, i + 1, i + 2))
            and nxt not in SUFFIX_SCALES
            and nxt not in CURRENCY_SYMBOLS
            and nxt not in ("mio", "mrd")
        ):
            return True  # 737 MAX
        if nxt in TIME_SUFFIXES and (nxt != "am" or lang == "en"):
            return True
        if nxt in ("p", "a") and i + 3 < n and words[i + 2] == "." and lowers[i + 3] == "m":
            return True
    if i >= 1:
        prev = lowers[i - 1]
        if prev in NAME_PREFIXES and (len(prev) > 1 or words[i - 1].isupper()) and w.isdecimal():
            return True
        if prev.endswith(("'s", "’s")) and prev[:-2] in NAME_PREFIXES and w.isdecimal():
            return True  # "Boeing's 737"
        if prev == "." and i >= 2 and lowers[i - 2] in ("nr", "no", "art", "abs", "s", "p", "bd", "vol"):
            return True
    if (
        i + 3 < n
        and len(w) <= 2
        and lowers[i + 1] == "in"
        and lowers[i + 2] == "the"
        and lowers[i + 3] in ("morning", "afternoon", "evening")
    ):
        return True  # "at 7 in the morning"
    if (
        i >= 1
        and w.isdecimal()
        and len(w) <= 4
        and words[i - 1][0].isupper()
        and words[i - 1][0].isalpha()
        and lowers[i - 1] not in MEASURE_NAMES
        and lowers[i - 1] not in CURRENCY_SYMBOLS
        and lowers[i - 1] not in _MONTH_NAMES  # "seit Anfang Oktober 23 Ausbrüche"
    ):
        prev = words[i - 1]
        nxt_unit = i + 1 < n and (
            lowers[i + 1] in SCALES[lang]
            or lowers[i + 1] in PERCENT_WORDS
            or (lowers[i + 1][0].isalpha() and unit_of_word(lowers[i + 1], lang))
        )
        two_caps = i >= 2 and words[i - 2][:1].isupper() and words[i - 2][0].isalpha() and i - 2 > 0
        if (
            (prev.isupper() and 2 <= len(prev) <= 4 and not _result_after(s, i, lang))
            or (two_caps and not nxt_unit)
            or (not nxt_unit and prev.lower().endswith(_NAME_ENDINGS))
        ):
            return True  # ICE 594, Baltic Shield 26, Panzerbrigade 45
    if (
        i >= 2
        and words[i - 1] in HYPHENS
        and adjacent(s, i - 1, i)
        and words[i - 2][0].isdecimal()
        and adjacent(s, i - 2, i - 1)
    ):
        return True  # the second half of 925-0, 2-1, A350-1000
    if not _PHONE_WORDS.isdisjoint(lowers[max(0, i - 6) : i]):
        return True
    if w.isdecimal() and len(w) >= 3 and w[0] == "0":
        return True  # phone and area codes
    if w.isdecimal() and len(w) > 12:
        return True
    # runs of bare digit groups ("057 700 12 34"): phone numbers
    if w.isdecimal() and i + 1 < n and words[i + 1].isdecimal() and not adjacent(s, i, i + 1):
        return True
    if w.isdecimal() and i >= 1 and words[i - 1].isdecimal():
        return True
    # list numbering at the start of a line
    return i == 0 and i + 1 < n and words[i + 1] in (".", ")") and len(w) <= 2
