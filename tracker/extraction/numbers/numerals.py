"""Numbers as written: digits with language-dependent separators, and number words.

>>> parse_numeral("12.000", "de"), parse_numeral("1,2", "de"), parse_numeral("12,000", "en")
(12000, 1.2, 12000)
>>> german_word_value("zwölftausend"), german_word_value("fünfundzwanzig")
(12000, 25)
"""

from __future__ import annotations

from ..lexicon import NUMBERS

_DE, _EN = NUMBERS["de"], NUMBERS["en"]
SUFFIX_SCALES = NUMBERS["suffix_scales"]
SCALES = {"de": _DE["scales"], "en": _EN["scales"]}
VAGUE = {"de": _DE["vague"], "en": _EN["vague"]}

_THIN = "\u202f\u2009"


def parse_numeral(token: str, language: str):
    """Digits with separators -> int/float, or None when the form is not a plain number
    (dates like 03.07.2025, version strings)."""
    s = token
    for ch in _THIN:
        if ch in s:
            parts = s.split(ch)
            if all(len(p) == 3 for p in parts[1:]):
                s = "".join(parts)
            else:
                return None
    if len(s) > 40:
        return None
    dots, commas = s.count("."), s.count(",")
    if not dots and not commas:
        return int(s)
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        thou = "," if dec == "." else "."
        head, _, frac = s.rpartition(dec)
        if head.count(dec) or not _grouped(head, thou):
            return None
        return _num(head.replace(thou, ""), frac)
    sep = "." if dots else ","
    parts = s.split(sep)
    if len(parts) > 2:  # 1.200.000 / 1,200,000: thousands in any language
        return int("".join(parts)) if _grouped(s, sep) else None
    head, frac = parts
    thousands_sep = "." if language == "de" else ","
    if len(frac) == 3 and 1 <= len(head) <= 3 and head != "0":
        if sep == thousands_sep:
            return int(head + frac)
        return _num(head, frac)  # "12.000" in English: a decimal, as the language says
    return _num(head, frac)


def _grouped(s: str, sep: str) -> bool:
    parts = s.split(sep)
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def _num(head: str, frac: str):
    if not frac.strip("0"):
        return int(head)
    return float(f"{head}.{frac}")


# German number words: 0..999 are enumerated once; thousands are split on "tausend".
def _build_german():
    ones = dict(_DE["ones"].items())
    tens = _DE["tens"]
    small = dict(ones)
    unit_words = {
        "ein": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
    }
    for tw, tv in tens.items():
        small[tw] = tv
        for uw, uv in unit_words.items():
            small[f"{uw}und{tw}"] = tv + uv
    below_100 = dict(small)
    for hw, hv in [*list(unit_words.items()), ("", 1)]:
        base = hv * 100
        small[f"{hw}hundert"] = base
        for w, v in below_100.items():
            if v and w not in ("eine", "eins", "null"):
                small[f"{hw}hundert{w}"] = base + v
                small[f"{hw}hundertund{w}"] = base + v
    small.pop("eine", None)
    small["eins"] = 1
    return small


GERMAN_SMALL = _build_german()
GERMAN_FRACTIONS = {
    "eineinhalb": 1.5,
    "anderthalb": 1.5,
    "zweieinhalb": 2.5,
    "dreieinhalb": 3.5,
    "viereinhalb": 4.5,
    "fünfeinhalb": 5.5,
    "halbe": 0.5,
}
for _word, _value in list(GERMAN_SMALL.items()):
    if 1 <= _value <= 99 and _word not in ("eins", "ein"):
        GERMAN_FRACTIONS.setdefault(_word + "einhalb", _value + 0.5)  # siebeneinhalb


def german_word_value(word: str):
    """Value of a German number word (lower case), or None. "ein"/"eine" return 1."""
    v = GERMAN_SMALL.get(word)
    if v is not None:
        return v
    if word in ("eine", "einen", "einem", "einer"):
        return 1
    f = GERMAN_FRACTIONS.get(word)
    if f is not None:
        return f
    if "tausend" in word and len(word) <= 60:
        left, _, right = word.partition("tausend")
        lv = 1 if left in ("", "ein") else GERMAN_SMALL.get(left)
        if not lv:
            return None
        if right.startswith("und"):
            right = right[3:]
        rv = GERMAN_SMALL.get(right, None) if right else 0
        if rv is None:
            return None
        return lv * 1000 + rv
    return None


EN_ONES = _EN["ones"]
EN_TENS = _EN["tens"]
EN_SCALES = _EN["scales"]


def english_word_value(word: str):
    """Value of one English number word or hyphenated pair ("twenty-five"), or None."""
    v = EN_ONES.get(word)
    if v is not None:
        return v
    v = EN_TENS.get(word)
    if v is not None:
        return v
    if "-" in word:
        a, _, b = word.partition("-")
        if a in EN_TENS and b in EN_ONES and 0 < EN_ONES[b] < 10:
            return EN_TENS[a] + EN_ONES[b]
    return None


def combine_english(values):
    """[3, 100, 50, 1000] -> 350000 (standard left-to-right scale folding)."""
    total, current = 0, 0
    for v in values:
        if v == 100:
            current = (current or 1) * 100
        elif v >= 1000:
            total += (current or 1) * v
            current = 0
        else:
            current += v
    return total + current
