"""Figures in a sentence: number, range, hedge, scale, currency, unit and subject.

``find_claims`` walks the tokens of one sentence once; every test is a dict or set lookup.
It returns ``RawClaim`` objects (token indices); the engine adds sources, period and modality.
"""

from __future__ import annotations

import re

from ..lexicon import WORDS, trie_regex
from ..numbers.figures import (
    MODALS_EN,
    RATIO,
    RATIO_INFINITIVE,
    digit_atom,
    hedge_before,
    word_atom,
)
from ..numbers.not_figures import not_a_figure
from ..numbers.numerals import (
    EN_ONES,
    EN_SCALES,
    EN_TENS,
    VAGUE,
    english_word_value,
    german_number_words,
    german_word_value,
)
from .numeric import number_claim
from .raw import RawClaim
from .shares import EVERY, every_nth, fraction, one_in_n
from .units import unit_of_word
from .vague import FIRST_WORDS, PASS, vague_phrase, vague_word


def _triggers():
    words = set(german_number_words()) | set(EN_ONES) | set(EN_TENS) | set(EN_SCALES)
    words |= {
        "a",
        "an",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "tens",
        "half",
        "hälfte",
        "doppelt",
        "twice",
    }
    words |= EVERY  # "jeder fünfte"
    words |= FIRST_WORDS  # "several hundred", "mehrere tausend", "a handful"
    for lang in ("de", "en"):
        words |= set(RATIO[lang]) | set(VAGUE[lang])
    words |= set(RATIO_INFINITIVE)
    return frozenset(words)


TRIGGERS = _triggers()


_DIGITS = frozenset("0123456789")


# German number-word roots (compounds start with one), English number words, multiplicative verbs:
# a sentence without any of them, a scale word or a digit holds no figure
_ROOTS = WORDS["number_roots"]
_ANYWHERE = tuple(WORDS["figure_words_anywhere"])


# every root must start a word: "zweihundert", "Zehntausende", "eine Million", "Milliarden"
_ROOT_TRIE = trie_regex(set(_ROOTS) | set(_ANYWHERE) | {"abertausend", "doppelt", "twice", "jede"})
# three searches that the regex engine runs fast: a digit (a character class), a root at the start,
# a root after a non-word character (the class first lets the engine skip ahead to candidates)
_DIGIT_RE = re.compile(r"\d")
_ROOT_AT_START_RE = re.compile(_ROOT_TRIE)
_ROOT_AFTER_RE = re.compile(r"[^\w]" + _ROOT_TRIE)


def might_hold_figures(low_text: str, start: int, end: int) -> bool:
    """Cheap test on the lower-cased text of a sentence: is there a digit, or a number word at
    the start of a word (as ``\\d|\\b<roots>``), or "ein" before a measure ("einem Prozent")?"""
    return (
        _DIGIT_RE.search(low_text, start, end) is not None
        or _ROOT_AT_START_RE.match(low_text, start, end) is not None
        or _ROOT_AFTER_RE.search(low_text, start, end) is not None
        or _ONE_MEASURE_RE.search(low_text, start, end) is not None
    )


# the literal first and the word boundary looked back at: the regex engine then skips ahead to
# "ein" instead of trying every position (the same matches, five times faster)
_ONE_MEASURE_RE = re.compile(
    r"ein(?<=\bein)(?:e|em|en|er|es)?\s(?:prozent|meter|kilo|zentimeter|millimeter|tonne|liter|grad|kilometer|hektar)"
)


def candidates(s, marked=None):
    """Tokens that may start a figure: digits and number, vague and ratio words (one quick pass;
    most tokens are neither). ``marked``: a superset of those from an earlier pass."""
    trig = TRIGGERS
    if marked is None:
        found = [k for k, low in enumerate(s.lowers) if low in trig or low[0] in _DIGITS]
    else:
        lowers = s.lowers
        found = [k for k in marked if lowers[k] in trig or lowers[k][0] in _DIGITS]
    flat = s.text_lower
    if "tausend" in flat or "mal " in flat or "-" in flat:
        extra = [
            k
            for k, low in enumerate(s.lowers)
            if "tausend" in low or low.endswith("mal") or ("-" in low and low.partition("-")[0] in trig)
        ]
        if extra:
            found = sorted(set(found).union(extra))
    return found


def find_claims(s, lang: str, used: set, candidates_=None, names=None):
    """Claims of one sentence; ``used`` holds token indices taken by dates. ``names``, a set,
    collects the numbers used in names here ("Boeing 737", "ICE 594"). A number in digits is
    read by ``numeric.number_claim``; a word by the first rule of ``WORD_RULES`` that applies."""
    claims = []
    candidates_ = candidates(s) if candidates_ is None else candidates_
    after = 0
    for i in candidates_:
        if i < after or i in used:
            continue
        c = s.words[i][0]
        claim = None
        if c.isdecimal():
            claim = _digit_claim(s, i, lang, used, names)
        elif c.isalpha():
            for rule in WORD_RULES:
                claim = rule(s, i, lang, used)
                if claim is not PASS:
                    break
            else:
                claim = None
        if claim:
            if claims and _joins_term(s, claims[-1], claim):
                _join_term(claims[-1], claim)  # "fünf Jahre und drei Monate": one term of 5.25 years
            else:
                claims.append(claim)
            after = max(claim.i1, i + 1)
    return claims


_TERM_PARTS = {("year", "month"): 12, ("month", "week"): 52 / 12, ("hour", "minute"): 60}


def _joins_term(s, a, b) -> bool:
    """ "five years and four months", "zwölf Jahre und sechs Monate": a term in two units."""
    return (
        (a.unit, b.unit) in _TERM_PARTS
        and b.i0 == a.i1 + 1
        and s.lowers[a.i1] in ("and", "und")
        and a.value_high is None
        and b.value_high is None
        and b.bound == "exact"
    )


def _join_term(a, b) -> None:
    a.value = a.value + b.value / _TERM_PARTS[(a.unit, b.unit)]
    a.i1 = b.i1


def _digit_claim(s, i: int, lang: str, used: set, names):
    if not not_a_figure(s, i, lang):
        return number_claim(s, i, lang, digit_atom(s, i, lang), used)
    w, words = s.words[i], s.words
    # "Boeing 737", "ICE 594"; "Artikel 5" leaves a bare 5 alone
    if names is not None and len(w) >= 3 and i and words[i - 1][0].isupper() and words[i - 1][0].isalpha():
        names.add(w)
    return None


# --- words that start a figure: each rule answers PASS (not mine: ask the next) or the claim
# (None: no figure)


def ratio_word(s, i: int, lang: str, used):
    """ "verdoppelt", "could triple": a ratio."""
    low = s.lowers[i]
    ratios = RATIO[lang]
    if low in ratios or (lang == "en" and low in RATIO_INFINITIVE and _verb_use(s, i, lang)):
        return _ratio_claim(s, i, lang, ratios.get(low) or RATIO_INFINITIVE[low])
    return PASS


def times_word(s, i: int, lang: str, used):
    """ "dreimal so viele", "five times as many": a ratio."""
    found = _times(s, i, lang)
    if found is None:
        return PASS
    claim = _ratio_claim(s, i, lang, found[0])
    claim.i1 = found[1]
    return claim


def hyphen_unit(s, i: int, lang: str, used):
    """ "six-hour debate", "a two-year contract"."""
    if "-" in s.lowers[i]:
        return _hyphen_unit(s, i, lang) or PASS
    return PASS


def number_words(s, i: int, lang: str, used):
    """ "zwölftausend", "three million", "ein halbes Dutzend" (``numbers.figures.word_atom``)."""
    atom = word_atom(s, i, lang)
    return number_claim(s, i, lang, atom, used) if atom else None


WORD_RULES = (
    every_nth,
    fraction,
    one_in_n,
    ratio_word,
    times_word,
    hyphen_unit,
    vague_word,
    vague_phrase,
    number_words,
)


def _verb_use(s, i: int, lang: str) -> bool:
    """ "could double", "more than triple the average": the word is a verb or a multiplier."""
    prev = s.lowers[i - 1] if i else ""
    nxt = s.lowers[i + 1] if i + 1 < s.n else ""
    return (
        prev in MODALS_EN
        or prev in ("than", "nearly", "almost", "roughly", "or", "even", "and")
        or nxt in ("the", "its", "their", "in", "by", "that")
    )


_AS_MANY = frozenset(("viele", "hoch", "groß", "many", "much", "high", "large", "likely"))


# "five times as many", "three times greater", "two times less"; any "-er than" too
_TIMES_AFTER = frozenset(
    (
        "as",
        "more",
        "less",
        "fewer",
        "higher",
        "lower",
        "larger",
        "bigger",
        "greater",
        "smaller",
        "worse",
        "better",
        "the",
        "that",
        ".",
        ",",
    )
)


def _times(s, i: int, lang: str):
    """ "dreimal so viele", "five times as many", "at least five times" -> (factor, end)."""
    low = s.lowers[i]
    n = s.n
    if (
        low in ("doppelt", "twice")
        and i + 2 < n
        and s.lowers[i + 1] in ("so", "as")
        and s.lowers[i + 2] in _AS_MANY
    ):
        return 2, i + 3  # "doppelt so viele", "twice as many"
    if lang == "de" and low.endswith("mal") and len(low) > 3:
        return _german_times(s, i, low)
    if lang == "en" and i + 1 < n and s.lowers[i + 1] == "times":
        return _english_times(s, i, low)
    return None


def _german_times(s, i: int, low: str):
    """ "dreimal so viele", "zehnmal mehr": the factor before "so", "mehr", "höher"."""
    v = german_word_value(low[:-3])
    if v and v > 1 and i + 1 < s.n and s.lowers[i + 1] in ("so", "mehr", "höher", "größer"):
        return v, i + 1
    return None


def _english_times(s, i: int, low: str):
    """ "five times as many", "five times higher than": token i is the factor before "times"."""
    v = english_word_value(low) if low[0].isalpha() else None
    if not v or v <= 1:
        return None
    n = s.n
    if (
        i + 2 >= n
        or s.lowers[i + 2] in _TIMES_AFTER
        or (s.lowers[i + 2].endswith("er") and i + 3 < n and s.lowers[i + 3] == "than")
    ):
        return v, i + 2
    return None


def _hyphen_unit(s, i: int, lang: str):
    """ "six-hour debate", "a two-year contract": a number word glued to a unit."""
    low = s.lowers[i]
    first, _, rest = low.partition("-")
    v = english_word_value(first) if lang == "en" else german_word_value(first)
    if not v or (v == 1 and first in ("a", "an", "ein", "eine")):
        return None
    if rest.startswith("year-old") or rest.startswith("jährig"):
        return RawClaim(i, i + 1, i, v, kind="age", unit="year")
    hit = unit_of_word(rest.split("-")[0], lang)
    if hit and hit[1] == "other":
        return RawClaim(i, i + 1, i, v, kind="other", unit=hit[0])
    return None


def _ratio_claim(s, i: int, lang: str, value):
    at = i - 1 if i >= 1 and s.lowers[i - 1] in ("eine", "einer", "a", "an") else i  # "fast eine Verdopplung"
    bound, k = hedge_before(s, at, lang)
    if bound in ("at_least", "at_most", "about") and k < i:
        return RawClaim(k, i + 1, i, value, bound=bound, kind="ratio", unit="factor")
    return RawClaim(i, i + 1, i, value, kind="ratio", unit="factor")
