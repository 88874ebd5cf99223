"""Numbers that are no figure: in names, times, ordinals, phone and list numbers.

``NOT_A_FIGURE`` is an ordered table of named rules. Each rule looks at the number at token
``i`` of sentence ``s`` and answers True (no figure), False (a figure: stop asking) or None (no
opinion: ask the next rule); the first answer counts, and a number no rule answers for is a
figure. The examples of each rule are in its docstring and in
``tests/extraction/test_not_claims.py``. A new rule is a function here and a row in the table.
"""

from __future__ import annotations

from ..claims.units import unit_of_word
from ..lexicon import DATES, WORDS
from .figures import (
    CURRENCY_SYMBOLS,
    HYPHENS,
    MEASURE_NAMES,
    NAME_PREFIXES,
    PERCENT_WORDS,
    TIME_SUFFIXES,
    adjacent,
    result_after,
)
from .numerals import SCALES, SUFFIX_SCALES

_DE_ORDINAL_CONTEXT = frozenset(WORDS["ordinal_context_before_de"])
_MONTH_NAMES = frozenset(DATES["months"]["de"]) | frozenset(DATES["months"]["en"])
_NAME_ENDINGS = tuple(WORDS["name_number_endings"])
_PHONE_WORDS = frozenset(WORDS["phone_words"])
_SYMBOLS_BEFORE = ("#", "/", "+", "№", "§", ":", ".")
_MEASURE_SUFFIXES = ("m", "km", "kg", "t", "mw", "gw", "kwh", "twh", "ha", "cm", "mm")
_REFERENCE_ABBREVIATIONS = ("nr", "no", "art", "abs", "s", "p", "bd", "vol")


def glued_to_letters(s, i: int, lang: str):
    """G7, A380, MH17: letters written onto the number are a name."""
    if i >= 1 and adjacent(s, i - 1, i) and s.words[i - 1][0].isalpha():
        return True
    return None


def model_after_hyphen(s, i: int, lang: str):
    """F-16, Covid-19, Su-34: a name, a hyphen and the number."""
    words = s.words
    if (
        i >= 2
        and words[i - 1] in HYPHENS
        and adjacent(s, i - 1, i)
        and adjacent(s, i - 2, i - 1)
        and words[i - 2][0].isalpha()
    ):
        return True
    return None


def after_symbol(s, i: int, lang: str):
    """#3, 24/7's 7, §5, +49 30 1234: a symbol written onto the number; but "+6,8 %" and a
    poll's "(+4)" are changes, figures (the rule decides either way)."""
    if i >= 1 and s.words[i - 1] in _SYMBOLS_BEFORE and adjacent(s, i - 1, i):
        return not (s.words[i - 1] == "+" and (_percent_after(s, i) or signed_in_brackets(s, i)))
    return None


def _percent_after(s, i: int) -> bool:
    return i + 1 < s.n and s.lowers[i + 1] in PERCENT_WORDS


def signed_in_brackets(s, i: int) -> bool:
    """ "SPD 22 Prozent (+4)", "Labour 31% (-2)": a signed change alone in brackets."""
    words = s.words
    if not (2 <= i < s.n - 1 and words[i - 1] in _SIGNS and words[i - 2] == "("):
        return False
    for k in range(i + 1, min(s.n, i + 7)):  # "(+4 im Vergleich zur Vorwoche)"
        if words[k] == ")":
            return True
        if words[k][0].isdecimal():
            return False
    return False


_SIGNS = frozenset(("+", "-", "−", "±"))


def clock_or_score(s, i: int, lang: str):
    """14:30, 2:1, 24/7: a time, a score or a ratio written with a colon or slash."""
    if (
        i + 2 < s.n
        and s.lowers[i + 1] in (":", "/")
        and adjacent(s, i, i + 1)
        and s.words[i + 2][0].isdecimal()
    ):
        return True
    return None


def goal_minute(s, i: int, lang: str):
    """Müller (41.), Kane (90.+3), Saka (12'): the minute of a goal."""
    words = s.words
    if (
        i >= 1
        and i + 2 < s.n
        and words[i - 1] == "("
        and len(words[i]) <= 3
        and s.lowers[i + 1] in (".", "'", "’")
        and words[i + 2] in (")", "+", "/")
        and adjacent(s, i, i + 1)
    ):
        return True
    return None


def letter_suffix(s, i: int, lang: str):
    """21st, 3pm, 90er, 5G: letters written onto the number that are no scale or unit
    ("5m", "3km" and "3p.m."'s neighbours stay figures or times of their own)."""
    if i + 1 >= s.n or not adjacent(s, i, i + 1):
        return None
    nxt = s.lowers[i + 1]
    if (
        nxt[0].isalpha()
        and nxt not in SUFFIX_SCALES
        and unit_of_word(nxt, lang) is None
        and nxt not in _MEASURE_SUFFIXES
        and not (nxt == "p" and lang == "en" and s.lowers[i + 3 : i + 4] != ["m"])  # 3p, not 3p.m.
    ):
        return True
    return None


def german_ordinal(s, i: int, lang: str):
    """am 3. Tag, der 2. Weltkrieg: a German number with a full stop is an ordinal, unless a
    capitalised word after a preposition makes it a figure ending a sentence ("um 5. Dann")."""
    w = s.words[i]
    if lang != "de" or i + 1 >= s.n or s.lowers[i + 1] != "." or len(w) > 3 or not w.isdecimal():
        return None
    if not adjacent(s, i, i + 1):
        return None
    after = s.words[i + 2] if i + 2 < s.n else ""
    prev = s.lowers[i - 1] if i else ""
    if after and (after[0].islower() or prev in _DE_ORDINAL_CONTEXT or i == 0):
        return True
    if after and after[0].isupper() and i + 3 < s.n and prev not in ("auf", "von", "um", "bei"):
        return True
    return None


def model_name_after(s, i: int, lang: str):
    """737 MAX, 5 GW's counterpart "3 ICE": a short all-caps word after the number names a
    model (not a unit, scale or currency)."""
    if i + 1 >= s.n:
        return None
    nw, nxt = s.words[i + 1], s.lowers[i + 1]
    if (
        nw.isupper()
        and nw.isalpha()
        and 2 <= len(nw) <= 4
        and unit_of_word(nxt, lang) is None
        and not (i + 2 < s.n and s.words[i + 2] in HYPHENS and adjacent(s, i + 1, i + 2))
        and nxt not in SUFFIX_SCALES
        and nxt not in CURRENCY_SYMBOLS
        and nxt not in ("mio", "mrd")
    ):
        return True
    return None


def time_of_day(s, i: int, lang: str):
    """9 Uhr, 3 pm, 7 a.m.: a time of day ("am" is no time suffix in German)."""
    if i + 1 >= s.n:
        return None
    nxt = s.lowers[i + 1]
    if nxt in TIME_SUFFIXES and (nxt != "am" or lang == "en"):
        return True
    if nxt in ("p", "a") and i + 3 < s.n and s.words[i + 2] == "." and s.lowers[i + 3] == "m":
        return True
    return None


def after_name_prefix(s, i: int, lang: str):
    """Boeing 737, Flug 4U 9525's "Flug", Boeing's 737, Nr. 5, Art. 3: a name or reference word
    before the number."""
    if i < 1:
        return None
    w, prev = s.words[i], s.lowers[i - 1]
    if prev in NAME_PREFIXES and (len(prev) > 1 or s.words[i - 1].isupper()) and w.isdecimal():
        return True
    if prev.endswith(("'s", "’s")) and prev[:-2] in NAME_PREFIXES and w.isdecimal():
        return True
    if prev == "." and i >= 2 and s.lowers[i - 2] in _REFERENCE_ABBREVIATIONS:
        return True
    return None


def hour_of_the_day(s, i: int, lang: str):
    """at 7 in the morning: an hour."""
    lowers = s.lowers
    if (
        i + 3 < s.n
        and len(s.words[i]) <= 2
        and lowers[i + 1] == "in"
        and lowers[i + 2] == "the"
        and lowers[i + 3] in ("morning", "afternoon", "evening")
    ):
        return True
    return None


def numbered_name(s, i: int, lang: str):
    """ICE 594, Baltic Shield 26, Panzerbrigade 45: a capitalised name before a short number
    with no unit after it (not "die SPD 22 Prozent", a result, nor "Oktober 23 Ausbrüche")."""
    words, w = s.words, s.words[i]
    if not (
        i >= 1 and w.isdecimal() and len(w) <= 4 and words[i - 1][0].isupper() and words[i - 1][0].isalpha()
    ):
        return None
    before = s.lowers[i - 1]
    if before in MEASURE_NAMES or before in CURRENCY_SYMBOLS or before in _MONTH_NAMES:
        return None
    prev = words[i - 1]
    if prev.isupper() and 2 <= len(prev) <= 4 and not result_after(s, i, lang):
        return True  # "ICE 594"
    if _unit_after(s, i, lang):
        return None
    two_caps = i >= 2 and words[i - 2][:1].isupper() and words[i - 2][0].isalpha() and i - 2 > 0
    return True if two_caps or prev.lower().endswith(_NAME_ENDINGS) else None


def _unit_after(s, i: int, lang: str) -> bool:
    """A scale, a percent or a unit word right after the number at i: "Brigade 45 Prozent"."""
    if i + 1 >= s.n:
        return False
    nxt = s.lowers[i + 1]
    return nxt in SCALES[lang] or nxt in PERCENT_WORDS or (nxt[0].isalpha() and bool(unit_of_word(nxt, lang)))


def second_of_pair(s, i: int, lang: str):
    """925-0, 2-1, A350-1000: the second half of a score or a model number."""
    words = s.words
    if (
        i >= 2
        and words[i - 1] in HYPHENS
        and adjacent(s, i - 1, i)
        and words[i - 2][0].isdecimal()
        and adjacent(s, i - 2, i - 1)
    ):
        return True
    return None


def phone_number(s, i: int, lang: str):
    """Tel. 030 1234, call 0800 ..., "057 700 12 34": a phone word shortly before, a leading
    zero, more than twelve digits, or a run of bare digit groups."""
    words, w = s.words, s.words[i]
    if not _PHONE_WORDS.isdisjoint(s.low_set) and not _PHONE_WORDS.isdisjoint(s.lowers[max(0, i - 6) : i]):
        return True  # (the first test in C: most sentences hold no phone word)
    if not w.isdecimal():
        return None
    if (len(w) >= 3 and w[0] == "0") or len(w) > 12:
        return True
    if i + 1 < s.n and words[i + 1].isdecimal() and not adjacent(s, i, i + 1):
        return True
    if i >= 1 and words[i - 1].isdecimal():
        return True
    return None


def rate_base(s, i: int, lang: str):
    """ "8.4 per 100,000 people", "500 Erkrankungen pro 100.000 Einwohner": the base of a rate, a
    power of ten after "per"/"je"/"pro" and a number shortly before, is no figure (the rate is)."""
    if (
        i >= 2
        and s.lowers[i - 1] in _RATE_WORDS
        and any(w[:1].isdecimal() for w in s.words[max(0, i - 4) : i - 1])
    ):
        digits = "".join(c for c in s.words[i] if c.isdecimal())
        return True if len(digits) >= 3 and digits.strip("0") == "1" and digits[0] == "1" else None
    return None


_RATE_WORDS = frozenset(("per", "je", "pro"))


def list_number(s, i: int, lang: str):
    """ "1. Die Lage", "2) Kosten": list numbering at the start of a line."""
    if i == 0 and s.n > 1 and s.words[1] in (".", ")") and len(s.words[0]) <= 2:
        return True
    return None


# The table, in the order the rules are asked. The rules of the first two groups all need
# the number written onto a neighbour ("A380", "14:30"), so they are only asked when it is.
GLUED_BEFORE = (glued_to_letters, model_after_hyphen, after_symbol)
GLUED_AFTER = (clock_or_score, goal_minute, letter_suffix, german_ordinal)
ANY = (
    model_name_after,
    time_of_day,
    after_name_prefix,
    hour_of_the_day,
    numbered_name,
    second_of_pair,
    phone_number,
    list_number,
    rate_base,
)
NOT_A_FIGURE = GLUED_BEFORE + GLUED_AFTER + ANY


def not_a_figure(s, i: int, lang: str) -> bool:
    """The number at token ``i`` is no figure: the first rule of NOT_A_FIGURE that answers."""
    starts, ends = s.starts, s.ends  # adjacent() inline: asked for every number
    groups = (GLUED_BEFORE,) if i >= 1 and ends[i - 1] == starts[i] else ()
    if i + 1 < s.n and ends[i] == starts[i + 1]:
        groups += (GLUED_AFTER,)
    for group in (*groups, ANY):
        for rule in group:
            verdict = rule(s, i, lang)
            if verdict is not None:
                return verdict
    return False
