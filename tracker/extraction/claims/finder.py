"""Figures in a sentence: number, range, hedge, scale, currency, unit and subject.

``find_claims`` walks the tokens of one sentence once; every test is a dict or set lookup.
It returns ``RawClaim`` objects (token indices); the engine adds sources, period and modality.
"""

from __future__ import annotations

import re

from ..lexicon import WORDS, trie_regex
from ..numbers.figures import (
    CHANGE_VERBS,
    CURRENCY_SYMBOLS,
    HYPHENS,
    MEASURE_NAMES,
    MODALS_EN,
    RANGE_WORDS,
    RATIO,
    RATIO_INFINITIVE,
    SMALL_WORD_LIMIT,
    TIME_SUFFIXES,
    adjacent,
    currency_before,
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
from .counted import attach_unit
from .filters import FRAME_BEFORE
from .units import unit_of_word

_EVERY = frozenset(("jeder", "jede", "jedem", "jeden", "jedes"))


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
    words |= _EVERY  # "jeder fünfte"
    for lang in ("de", "en"):
        words |= set(RATIO[lang]) | set(VAGUE[lang])
    words |= set(RATIO_INFINITIVE)
    return frozenset(words)


TRIGGERS = _triggers()


class RawClaim:
    __slots__ = (
        "approximate",
        "bound",
        "hedge_words",
        "i0",
        "i1",
        "kind",
        "num",
        "subject",
        "unit",
        "value",
        "value_high",
    )

    def __init__(
        self, i0, i1, num, value, value_high=None, bound="exact", kind="count", unit=None, subject=""
    ):
        self.i0, self.i1, self.num = i0, i1, num
        self.value, self.value_high = value, value_high
        self.bound, self.approximate = bound, bound != "exact"
        self.kind, self.unit, self.subject = kind, unit, subject
        self.hedge_words = ()


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


_ONE_MEASURE_RE = re.compile(
    r"\bein(?:e|em|en|er|es)?\s(?:prozent|meter|kilo|zentimeter|millimeter|tonne|liter|grad|kilometer|hektar)"
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
    collects the numbers used in names here ("Boeing 737", "ICE 594")."""
    claims = []
    words, lowers, n = s.words, s.lowers, s.n
    ratios = RATIO[lang]
    vague = VAGUE[lang]
    candidates_ = candidates(s) if candidates_ is None else candidates_
    after = 0
    for i in candidates_:
        if i < after or i in used:
            continue
        w, low = words[i], lowers[i]
        c = w[0]
        claim = None
        if c.isdecimal():
            if not not_a_figure(s, i, lang):
                claim = _number_claim(s, i, lang, digit_atom(s, i, lang), used)
            elif (
                names is not None
                and len(w) >= 3  # "Boeing 737", "ICE 594"; "Artikel 5" leaves a bare 5 alone
                and i
                and words[i - 1][0].isupper()
                and words[i - 1][0].isalpha()
            ):
                names.add(w)
        elif c.isalpha():
            if low in _EVERY and i + 1 < n:
                claim = _every_nth_claim(s, i, lang)
                if claim:
                    claims.append(claim)
                    after = claim.i1
                    continue
            if (low in _NUMERATORS and i + 1 < n and lowers[i + 1] in _FRACTIONS) or low in _HALVES:
                claim = _fraction_claim(s, i, lang)
                if claim:
                    claims.append(claim)
                    after = max(claim.i1, i + 1)
                    continue
            if low in ratios or (lang == "en" and low in RATIO_INFINITIVE and _verb_use(s, i, lang)):
                claim = _ratio_claim(s, i, lang, ratios.get(low) or RATIO_INFINITIVE[low])
            elif _times(s, i, lang) is not None:
                v, end = _times(s, i, lang)
                claim = _ratio_claim(s, i, lang, v)
                claim.i1 = end
            elif "-" in low and _hyphen_unit(s, i, lang):
                claim = _hyphen_unit(s, i, lang)
            elif low in vague and not (i and words[i - 1][0].isdecimal()):
                claim = _vague_claim(s, i, lang, vague[low])
            elif (
                low == "tens"
                and lang == "en"
                and i + 2 < n
                and lowers[i + 1] == "of"
                and lowers[i + 2] == "thousands"
            ):
                claim = _vague_claim(s, i, lang, 10000, span=3)
            else:
                atom = word_atom(s, i, lang)
                if atom:
                    claim = _number_claim(s, i, lang, atom, used)
        if claim:
            claims.append(claim)
            after = max(claim.i1, i + 1)
    return claims


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
    bound, k2 = hedge_before(s, i, lang)
    value = round(100 / den, 2)
    if value == int(value):
        value = int(value)
    return RawClaim(k2 if bound else i, end, i, value, bound=bound or "exact", kind="percent", unit="percent")


def _fraction_claim(s, i: int, lang: str):
    """ "ein Viertel", "two thirds", "more than a fifth", "nearly half", "fast die Hälfte": a share,
    in percent. A bare "half" needs a hedge ("half an hour", "the second half" are no figures)."""
    lowers, n = s.lowers, s.n
    if lowers[i] in _HALVES:
        value, end, k = 50, i + 1, i
        if k >= 1 and lowers[k - 1] in ("die", "the"):
            k -= 1
        bound, k2 = hedge_before(s, k, lang)
        if bound is None or (lang == "de" and not s.words[i][0].isupper()):
            return None
    else:
        if lowers[i + 1].startswith("quarter") and i >= 1 and lowers[i - 1] in FRAME_BEFORE:
            return None  # "in the past two quarters": a time span (claims/filters), no share
        den = _FRACTIONS[lowers[i + 1]]
        num = _NUMERATORS[lowers[i]]
        if lang == "en" and (num > 1) != lowers[i + 1].endswith("s"):
            return None  # "a thirds", "two third"
        if lang == "de" and not s.words[i + 1][0].isupper():
            return None
        end = i + 2
        following = [w for w in lowers[end : end + 4] if w not in ("of", "an", "a", "the", "eines", "einer")]
        if (following and following[0] in _NOT_FRACTION_AFTER) or num >= den:
            return None
        bound, k2 = hedge_before(s, i, lang)
        if (
            lang == "en"
            and num == 1
            and bound is None
            and end < n
            and s.words[end][0].isalnum()
            and lowers[end] != "of"
        ):
            return None  # "A third suspect": an ordinal
        value = round(100 * num / den, 2)
        if value == int(value):
            value = int(value)
    claim = RawClaim(
        k2 if bound else i, end, i, value, bound=bound or "exact", kind="percent", unit="percent"
    )
    if lowers[i] in _HALVES:
        claim.i0 = k2
    return claim


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
        v = german_word_value(low[:-3])
        if v and v > 1 and i + 1 < n and s.lowers[i + 1] in ("so", "mehr", "höher", "größer"):
            return v, i + 1
        return None
    if lang == "en" and i + 1 < n and s.lowers[i + 1] == "times":
        v = english_word_value(low) if low[0].isalpha() else None
        if (
            v
            and v > 1
            and (
                i + 2 >= n
                or s.lowers[i + 2] in ("as", "more", "higher", "larger", "bigger", "the", "that", ".", ",")
            )
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


_AGE_HEDGES = frozenset(("jünger", "älter", "younger", "older"))
_TIMES_AFTER = frozenset(("as", "the", "more", "higher", "larger", "bigger", "so", "mehr", "höher", "größer"))
CURRENCY_WORDS = {
    "euro": "euro",
    "€": "euro",
    "dollar": "dollar",
    "$": "dollar",
    "pfund": "pound",
    "£": "pound",
    "euros": "euro",
    "dollars": "dollar",
    "pounds": "pound",
    "eur": "euro",
    "usd": "dollar",
}


def _after_name(s, i: int, j: int) -> bool:
    """ ", 21," right after a capitalised name: an age in English news."""
    return (
        i >= 2
        and s.words[i - 1] == ","
        and s.words[i - 2][:1].isupper()
        and i - 2 > 0
        and (j >= s.n or s.words[j] in (",", ".", ";", ")"))
    )


def _ratio_claim(s, i: int, lang: str, value):
    at = i - 1 if i >= 1 and s.lowers[i - 1] in ("eine", "einer", "a", "an") else i  # "fast eine Verdopplung"
    bound, k = hedge_before(s, at, lang)
    if bound in ("at_least", "at_most", "about") and k < i:
        return RawClaim(k, i + 1, i, value, bound=bound, kind="ratio", unit="factor")
    return RawClaim(i, i + 1, i, value, kind="ratio", unit="factor")


def _vague_claim(s, i: int, lang: str, value, span: int = 1):
    j = i + span
    n = s.n
    if j < n and s.lowers[j] in ("von", "of", "der", "an"):
        j += 1
    claim = RawClaim(i, i + span, i, value, bound="at_least")
    attach_unit(s, claim, j, lang, after_of=j > i + span)
    if (
        s.lowers[i] in ("millionen", "milliarden", "millions", "billions")
        and claim.kind != "money"
        and claim.unit is None
    ):
        return None  # "Millionen" alone is too vague to keep without a counted noun
    return claim


_GAMES = frozenset(("games", "matches", "spielen", "partien", "spiele", "fixtures", "rounds"))


def league_points(lowers, j: int) -> bool:
    """ "23 points from 12 games", "24 Punkte aus 14 Spielen": a league's points, no percentage points."""
    return (
        j + 2 < len(lowers)
        and lowers[j] in ("from", "aus", "in")
        and (
            lowers[j + 1][0].isdecimal()
            or (english_word_value(lowers[j + 1]) or german_word_value(lowers[j + 1]))
        )
        and lowers[j + 2] in _GAMES
    )


_OR_MORE = {
    **{"more": "at_least", "mehr": "at_least"},
    **{"fewer": "at_most", "less": "at_most", "weniger": "at_most"},
}


def _number_claim(s, i: int, lang: str, atom, used: set):
    if atom is None:
        return None
    words, lowers, n = s.words, s.lowers, s.n
    value, j = atom.value, atom.end
    # a bare year-like number is a date unless a noun follows (handled by periods)
    k = i
    currency = None
    cur = currency_before(s, i)
    if cur:
        currency, k = cur
    negative = (
        i >= 1
        and k == i
        and (
            (words[i - 1] in ("-", "−") and adjacent(s, i - 1, i) and not adjacent(s, i - 2, i - 1))
            or (lowers[i - 1] == "minus" and lowers[max(0, i - 3) : i - 1] != ["plus", "or"])
        )
    )
    if negative:
        value, k = -value, i - 1
    bound, k2 = hedge_before(s, k, lang)
    if bound is None and atom.hedge:
        bound = atom.hedge  # "ein knappes Dutzend"
    prefix = lowers[k2 - 1] if k2 >= 1 else ""
    value_high = None
    # ranges: "25.000 bis 30.000", "zwischen 4.000 und 5.000", "10–12", "from 10 to 12"
    pct_skip = (
        j < n - 2
        and (
            words[j] == "%"
            or (adjacent(s, j - 1, j) and words[j][0].isalpha() and unit_of_word(lowers[j], lang))
        )
        and lowers[j + 1] in RANGE_WORDS
        and (words[j + 2][0].isdecimal() or words[j + 2] in ("-", "−"))
    )
    pct_unit = None
    if pct_skip:
        pct_unit = lowers[j]
        j += 1
    if j < n and lowers[j] in RANGE_WORDS:
        conn = lowers[j]
        ok = True
        if conn in ("und", "and"):
            ok = prefix in ("zwischen", "between")
        elif conn in HYPHENS:
            ok = words[j] != "-" or (adjacent(s, j - 1, j) and adjacent(s, j, j + 1))
        elif conn in ("oder", "or"):
            ok = not atom.word or value < 100
        if conn == "to" and prefix == "by":
            ok = False  # "rise by £109 to £2,293": the change and the new level
        if prefix in ("from", "von") and k2 >= 2 and lowers[k2 - 2] in CHANGE_VERBS:
            ok = False
        if ok and j + 1 < n:
            m = j + 1
            if m < n and lowers[m] in CURRENCY_SYMBOLS and m + 1 < n:
                m += 1
            negative = (
                m + 1 < n and words[m] in ("-", "−") and adjacent(s, m, m + 1) and words[m + 1][0].isdecimal()
            )
            if negative:
                m += 1
            if m < n and m not in used:
                second = None
                if words[m][0].isdecimal() and m + 1 < n and lowers[m + 1] in TIME_SUFFIXES:
                    return None  # "von 8 bis 18 Uhr"
                glued = conn in HYPHENS and adjacent(s, j - 1, j) and adjacent(s, j, m)
                if glued and words[m][0].isdecimal():
                    second = digit_atom(s, m, lang)
                    if (
                        second is None
                        or second.value <= value
                        or (
                            second.end + 1 < n
                            and words[second.end] in HYPHENS
                            and words[second.end + 1][0].isdecimal()
                        )
                    ):
                        return None  # a score (2-1), a model (777-9) or a phone number (720-555-0134)
                elif words[m][0].isdecimal() and not not_a_figure(s, m, lang):
                    second = digit_atom(s, m, lang)
                elif words[m][0].isalpha():
                    second = word_atom(s, m, lang)
                if (
                    second is not None
                    and i + 1 < n
                    and lowers[second.end if second.end < n else n - 1] in TIME_SUFFIXES
                    and second.end < n
                ):
                    return None  # "von 8 bis 18 Uhr"
                if (
                    pct_unit is not None
                    and second is not None
                    and (second.end >= n or lowers[second.end] != pct_unit or second.scale > 1)
                ):
                    # "slipped 3.8% to 9.1 billion euros": a change and a new level, not a range
                    second = None
                if second is not None and negative:
                    second.value = -second.value
                if second is not None:
                    v1 = value
                    if atom.scale == 1 and second.scale > 1 and value * second.scale <= second.value:
                        v1 = value * second.scale
                    if second.value > v1 or (conn in ("bis", "to") and second.value >= v1):
                        value, value_high, j = v1, second.value, second.end
                        if prefix in ("zwischen", "between", "from", "von"):
                            k2 -= 1
                            if bound is None:  # "estimated at between -20C and 30C"
                                bound, k2 = hedge_before(s, k2, lang)
    if bound is None and j + 1 < n and lowers[j] == "or" and lowers[j + 1] == "so":
        bound, k2, j = "about", k, j + 2  # "1,900 or so"
    elif bound is None and j + 1 < n and lowers[j] in ("or", "oder") and lowers[j + 1] in _OR_MORE:
        bound, k2, j = _OR_MORE[lowers[j + 1]], k, j + 2  # "1,000 or more workers", "500 oder mehr"
    if pct_skip and value_high is None:
        j -= 1
    # "über" right after a noun means "amounting to": "ein Sparpaket über 48 Millionen Euro"
    if bound == "at_least" and lowers[k2] == "über" and k2 >= 1 and words[k2 - 1][0].isupper() and k2 - 1 > 0:
        bound, k2 = None, k
    claim = RawClaim(
        k2 if (bound or value_high is not None) else k, j, i, value, value_high, bound or "exact"
    )
    if bound is None and value_high is not None and prefix in ("zwischen", "between", "from", "von"):
        claim.i0 = k2
    # the "(34)" after a name is an age
    if (
        i >= 2
        and words[i - 1] == "("
        and j < n
        and words[j] == ")"
        and words[i - 2][:1].isupper()
        and isinstance(value, int)
        and 0 < value < 120
        and not currency
    ):
        claim.kind, claim.unit, claim.i1 = "age", "year", j + 1
        return claim
    if currency:
        claim.kind, claim.unit = "money", currency
        if j < n and (unit_of_word(lowers[j], lang) or (None, None))[1] == "money":
            j += 1
        claim.i1 = j
        return claim
    attach_unit(s, claim, j, lang)
    if (
        lang == "en"
        and claim.kind == "count"
        and claim.unit is None
        and 0 < value < 120
        and _after_name(s, i, j)
    ):
        claim.kind, claim.unit = "age", "year"  # "Joe Grant, 21, was arrested"
    if j + 1 < n and lowers[j] in ("times", "mal") and lowers[j + 1] in _TIMES_AFTER and claim.unit is None:
        claim.kind, claim.unit, claim.i1 = "ratio", "factor", j + 1  # "roughly 1.1 times the size"
    if claim.kind == "count" and claim.unit is None and atom.scale >= 1e6:
        cur = next((CURRENCY_WORDS[w] for w in lowers if w in CURRENCY_WORDS), None)
        if cur:
            claim.kind, claim.unit = "money", cur  # "8,2 Mrd." in a sentence about euros
    if claim.unit == "year" and not _AGE_HEDGES.isdisjoint(lowers[claim.i0 : i]):
        claim.kind = "age"  # "jünger als zehn Jahre"
    if (
        claim.unit == "point"
        and abs(value) < 100
        and ("prozent" in s.text_lower or "%" in s.text_lower or "percent" in s.text_lower)
        and not league_points(lowers, claim.i1)
    ):
        claim.kind, claim.unit = "percent", "percentage point"  # "legt um 2 Punkte zu" in a poll
    if (
        claim.kind == "count"
        and claim.unit is None
        and (
            (i >= 1 and lowers[i - 1] in MEASURE_NAMES)
            or (i >= 2 and lowers[i - 1] == "von" and lowers[i - 2] in MEASURE_NAMES)
            or (j < n and lowers[j] in MEASURE_NAMES)
        )
    ):
        claim.kind = "other"  # "Stärke 6,4", "a magnitude 6.8 earthquake"
    if claim.kind == "count" and atom.word and claim.unit is None and value < SMALL_WORD_LIMIT:
        # "zwei", "three" only count when they count a noun
        nxt = lowers[j] if j < n else ""
        if (
            nxt in ("davon", "of", "von")
            and j + 1 < n
            and lowers[j + 1] in ("them", "us", "those", "these", "ihnen")
        ) or nxt == "davon":
            claim.i1 = j + 1 if nxt == "davon" else j + 2
            return claim
        if (
            nxt in ("of", "der")
            and j + 2 < n
            and lowers[j + 1]
            in ("the", "its", "their", "his", "her", "vergangenen", "letzten", "ihrer", "seiner")
            and (
                words[j + 2][0].isdecimal()
                or (english_word_value(lowers[j + 2]) or german_word_value(lowers[j + 2]))
            )
        ):
            claim.i1 = j + 2  # "three of the five Tests", "drei der vergangenen fünf Duelle"
            return claim
        if (
            lang == "en"
            and claim.subject
            and any(lowers[k].endswith("s") and not lowers[k].endswith("ss") for k in range(j, claim.i1))
        ):
            return claim
        if lang == "de" and claim.subject:
            return claim
        return None
    return claim
