"""Numbers as written: digits with language-dependent separators, and number words.

>>> parse_numeral("12.000", "de"), parse_numeral("1,2", "de"), parse_numeral("12,000", "en")
(12000, 1.2, 12000)
>>> german_word_value("zwölftausend"), german_word_value("einhunderteinunddreißig")
(12000, 131)
>>> english_word_value("eleven-thousand"), german_word_value("dreieinhalb")
(11000, 3.5)
"""

from __future__ import annotations

from functools import lru_cache

from text_to_num import text2num as _t2n

from ..lexicon import NUMBERS

_DE, _EN = NUMBERS["de"], NUMBERS["en"]
SUFFIX_SCALES = NUMBERS["suffix_scales"]
SCALES = {"de": _DE["scales"], "en": _EN["scales"]}
VAGUE = {"de": _DE["vague"], "en": _EN["vague"]}

# thousands marks besides "." and ",": space, no-break space, narrow and thin space, apostrophes
_GROUP_MARKS = " \u00a0\u202f\u2009'’"


def _ungrouped(s: str, mark: str):
    """ "1 414 021 100" -> "1414021100", "1 234,5" -> "1234,5"; None when a group is not three
    digits long."""
    parts = s.split(mark)
    last = parts[-1]
    if not all(len(p) == 3 for p in parts[1:-1]) or not (len(last) == 3 or last[3:4] in (".", ",")):
        return None
    return "".join(parts)


@lru_cache(maxsize=8192)
def parse_numeral(token: str, language: str):
    """Digits with separators -> int/float, or None when the form is not a plain number
    (dates like 03.07.2025, version strings); a pure function of the token: cached."""
    s = token
    for ch in _GROUP_MARKS:
        if ch in s:
            s = _ungrouped(s, ch)
            if s is None:
                return None
    if len(s) > 40:
        return None
    dots, commas = s.count("."), s.count(",")
    if not dots and not commas:
        return int(s)
    if dots and commas:
        return _both_marks(s)
    return _one_mark(s, "." if dots else ",", language)


def _both_marks(s: str):
    """ "1.234,5" / "1,234.5": the last mark is the decimal one, the other groups thousands."""
    dec = "." if s.rfind(".") > s.rfind(",") else ","
    thou = "," if dec == "." else "."
    head, _, frac = s.rpartition(dec)
    if head.count(dec) or not _grouped(head, thou):
        return None
    return _num(head.replace(thou, ""), frac)


def _one_mark(s: str, sep: str, language: str):
    """ "1.200.000" (thousands in any language), "12.000" (thousands in German, a decimal in
    English), "1,5" (a decimal)."""
    parts = s.split(sep)
    if len(parts) > 2:  # 1.200.000 / 1,200,000: thousands in any language
        return int("".join(parts)) if _grouped(s, sep) else None
    head, frac = parts
    thousands_sep = "." if language == "de" else ","
    if len(frac) == 3 and 1 <= len(head) <= 3 and head != "0" and sep == thousands_sep:
        return int(head + frac)
    return _num(head, frac)  # "12.000" in English: a decimal, as the language says


def _grouped(s: str, sep: str) -> bool:
    parts = s.split(sep)
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def _num(head: str, frac: str):
    if not frac.strip("0"):
        return int(head)
    return float(f"{head}.{frac}")


# Number words: values come from text2num (a maintained parser, written in Rust), which reads
# German compounds of any length ("einhunderteinunddreißig") and English numbers of several
# words ("two thousand and five", "eleven-thousand"). What it does not read is wrapped here:
# "anderthalb", "dreieinhalb" (fractions), and bare scale words, which are no number alone.
_DE_ONE = frozenset(("ein", "eine", "einen", "einem", "einer", "eins"))
_DE_SCALE_WORDS = frozenset(w for w, v in _DE["scales"].items() if v >= 1_000_000)
_EN_SCALE_WORDS = frozenset(w for w, v in _EN["scales"].items() if v >= 100)
_HALF_SUFFIX = "einhalb"
GERMAN_HALVES = {"halbe": 0.5, "anderthalb": 1.5}


def _text2num(words: str, language: str):
    try:
        return _t2n(words, language)
    except ValueError:  # not a number: text2num's way of saying so
        return None


@lru_cache(maxsize=8192)
def german_word_value(word: str):
    """Value of one German number word (lower case), or None. "ein"/"eine" return 1; fractions
    ("anderthalb", "dreieinhalb") their value; a scale alone ("Millionen") None."""
    if word in _DE_ONE:
        return 1
    half = GERMAN_HALVES.get(word)
    if half is not None:
        return half
    if word.endswith(_HALF_SUFFIX) and len(word) > len(_HALF_SUFFIX):
        whole = german_word_value(word[: -len(_HALF_SUFFIX)])  # "ein|einhalb", "sieben|einhalb"
        return whole + 0.5 if isinstance(whole, int) and 0 < whole < 1000 else None
    if word in _DE_SCALE_WORDS or len(word) > 80 or not word.isalpha():
        return None
    return _text2num(word, "de")


@lru_cache(maxsize=8192)
def english_word_value(word: str):
    """Value of one English number word, hyphenated or not ("twenty-five", "eleven-thousand"),
    or None; a scale alone ("hundred", "million") is no number."""
    if word in _EN_SCALE_WORDS or not word[:1].isalpha() or len(word) > 80:
        return None
    return _text2num(word, "en")


def english_words_value(words: tuple):
    """Value of a run of English number words ("two thousand and five"), or None."""
    return _text2num(" ".join(words), "en")


def is_english_number_word(word: str) -> bool:
    """A word that may be part of an English number: "seven", "hundred", "eleven-thousand"."""
    if word in EN_WORDS:
        return True
    return "-" in word and all(part in EN_WORDS or part == "and" for part in word.split("-"))


EN_ONES = _EN["ones"]
EN_TENS = _EN["tens"]
EN_SCALES = _EN["scales"]
# the words text2num reads as parts of an English number ("dozen" and "bn" are scales of ours)
EN_WORDS = frozenset(
    (*EN_ONES, *EN_TENS, *(w for w in EN_SCALES if w.isalpha() and len(w) > 3 and w != "dozen"))
)


def german_number_words():
    """The German number words 1..999 as written ("siebenundachtzig", "einhundertdrei"): the
    words a figure may start with (larger ones hold "tausend", or a scale follows)."""
    ones = [w for w, v in _DE["ones"].items() if 0 < v < 10 and w not in ("eine", "eins")]
    below_100 = [w for w, v in _DE["ones"].items() if v] + list(_DE["tens"])
    below_100 += [f"{o}und{t}" for t in _DE["tens"] for o in ones]
    words = set(below_100) | {"null", "hundert", "tausend"}
    for head in [*ones, ""]:
        words.add(f"{head}hundert")
        for rest in below_100:
            if rest not in ("eine", "ein"):
                words.update((f"{head}hundert{rest}", f"{head}hundertund{rest}"))
    words |= {w + _HALF_SUFFIX for w in below_100 if w not in ("eine",)}
    words.add("anderthalb")
    return frozenset(words)
