"""What a figure written as a number counts, once its value, range and hedge are read
(``numeric.py``): the rules of ``KIND_RULES``, asked in order, each a small function with its
examples. A rule answers True (keep the claim as it is now), False (no figure) or None (ask the
next rule)."""

from __future__ import annotations

from ..lexicon import WORDS
from ..numbers.figures import MEASURE_NAMES, SMALL_WORD_LIMIT
from ..numbers.numerals import english_word_value, german_word_value
from .counted import attach_unit
from .units import unit_of_word

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


def age_in_brackets(r, claim):
    """ "Anna Weber (34)": an age."""
    s, i, j = r.s, r.i, r.j
    words = s.words
    if (
        i >= 2
        and words[i - 1] == "("
        and j < s.n
        and words[j] == ")"
        and words[i - 2][:1].isupper()
        and isinstance(r.value, int)
        and 0 < r.value < 120
        and not r.currency
    ):
        claim.kind, claim.unit, claim.i1 = "age", "year", j + 1
        return True
    return None


def money_by_symbol(r, claim):
    """ "$3bn", "€ 20 Euro": money in the currency written before it."""
    if not r.currency:
        return None
    j = r.j
    claim.kind, claim.unit = "money", r.currency
    if j < r.s.n and (unit_of_word(r.s.lowers[j], r.lang) or (None, None))[1] == "money":
        j += 1
    claim.i1 = j
    return True


def counted(r, claim):
    """The unit after the figure or the verb that counts it (``counted.attach_unit``)."""
    attach_unit(r.s, claim, r.j, r.lang)
    return None


def age_after_name(r, claim):
    """ "Joe Grant, 21, was arrested": an age in English news."""
    s, i, j = r.s, r.i, r.j
    if not (r.lang == "en" and claim.kind == "count" and claim.unit is None and 0 < r.value < 120):
        return None
    words = s.words
    if i >= 3 and words[i - 1] == "," and words[i - 2][:1].isupper() and (j >= s.n or words[j] in _AGE_CLOSE):
        claim.kind, claim.unit = "age", "year"
    return None


_AGE_CLOSE = frozenset((",", ".", ";", ")"))


def times_as_many(r, claim):
    """ "roughly 1.1 times the size": a ratio."""
    lowers, j = r.s.lowers, r.j
    if (
        j + 1 < r.s.n
        and lowers[j] in ("times", "mal")
        and lowers[j + 1] in _TIMES_AFTER
        and claim.unit is None
    ):
        claim.kind, claim.unit, claim.i1 = "ratio", "factor", j + 1
    return None


def money_in_sentence(r, claim):
    """ "8,2 Mrd." in a sentence about euros: money."""
    if claim.kind == "count" and claim.unit is None and r.atom.scale >= 1e6:
        cur = next((CURRENCY_WORDS[w] for w in r.s.lowers if w in CURRENCY_WORDS), None)
        if cur:
            claim.kind, claim.unit = "money", cur
    return None


def age_by_hedge(r, claim):
    """ "jünger als zehn Jahre": an age."""
    if claim.unit == "year" and not _AGE_HEDGES.isdisjoint(r.s.lowers[claim.i0 : r.i]):
        claim.kind = "age"
    return None


def poll_points(r, claim):
    """ "legt um 2 Punkte zu" in a sentence with percentages: percentage points (not "23 points
    from 12 games")."""
    flat = r.s.text_lower
    if (
        claim.unit == "point"
        and abs(r.value) < 100
        and ("prozent" in flat or "%" in flat or "percent" in flat)
        and not league_points(r.s.lowers, claim.i1)
        and not lead_points(r.s.lowers, claim.i0, claim.i1)
    ):
        claim.kind, claim.unit = "percent", "percentage point"
    return None


def lead_points(lowers, i0: int, i1: int) -> bool:
    """ "Labour's lead narrows to two points", "At two points, the lead is ...", "sechs Punkte vor
    der SPD": the gap between two parties, in points (a share's change is in percentage points)."""
    near = lowers[max(0, i0 - 2 * _LEAD_REACH) : i1 + _LEAD_REACH]
    return not _LEAD_WORDS.isdisjoint(near) or (i1 < len(lowers) and lowers[i1] in _AHEAD)


_LEAD_WORDS = frozenset(WORDS["poll_lead_words"])
_AHEAD = frozenset(("vor", "hinter"))
_LEAD_REACH = 5


def measure_name(r, claim):
    """ "Stärke 6,4", "a magnitude 6.8 earthquake": a measure, kind other."""
    lowers, i, j, n = r.s.lowers, r.i, r.j, r.s.n
    if claim.kind != "count" or claim.unit is not None:
        return None
    if (
        (i >= 1 and lowers[i - 1] in MEASURE_NAMES)
        or (i >= 2 and lowers[i - 1] == "von" and lowers[i - 2] in MEASURE_NAMES)
        or (j < n and lowers[j] in MEASURE_NAMES)
    ):
        claim.kind = "other"
    return None


_OF_PRONOUNS = frozenset(("them", "us", "those", "these", "ihnen"))
_OF_DETERMINERS = frozenset(
    ("the", "its", "their", "his", "her", "vergangenen", "letzten", "ihrer", "seiner")
)


def small_word_counts_a_noun(r, claim):
    """ "zwei", "three" in words only count when they count a noun: "zwei davon", "three of
    them", "three of the five Tests", "drei der vergangenen fünf Duelle", a plural subject."""
    if not (claim.kind == "count" and r.atom.word and claim.unit is None and r.value < SMALL_WORD_LIMIT):
        return None
    s, j = r.s, r.j
    lowers = s.lowers
    if claim.i0 >= 2 and lowers[claim.i0 - 1] in ("the", "den") and lowers[claim.i0 - 2] in _BETWEEN:
        return False  # "the gap between the two fuels": the things just named, no figure
    end = _part_of_end(s, j)
    if end:
        claim.i1 = end  # "zwei davon", "three of them", "drei der vergangenen fünf Duelle"
        return True
    if _total_rises_to(lowers, claim.i0):
        return True  # "Die Zahl der Toten stieg auf sechs", "the death toll rose to seven"
    if _elliptic_part(s, claim.i0, j):
        return True  # "seven more than", "two each", "Of the 11 firefighters, three were"
    if r.lang == "en" and claim.subject:
        return any(lowers[k].endswith("s") and not lowers[k].endswith("ss") for k in range(j, claim.i1))
    return bool(r.lang == "de" and claim.subject)


_BETWEEN = frozenset(("between", "among", "zwischen", "unter"))


def _elliptic_part(s, i0: int, j: int) -> bool:
    """A small number word whose noun a figure before it names: "31 disrupted days,
    seven more than a year earlier", "four in Tayside and two each in Fife", "Of the 11
    firefighters treated, three were taken to hospital"."""
    lowers, n = s.lowers, s.n
    shape = (j < n and lowers[j] in _ELLIPTIC_AFTER) or (
        i0 >= 1 and lowers[i0 - 1] == "," and lowers[0] in ("of", "von") and "," not in lowers[1 : i0 - 1]
    )
    return shape and any(_number_word(s, k) for k in range(i0))


_ELLIPTIC_AFTER = frozenset(("more", "fewer", "each", "mehr", "weniger", "jeweils"))


def _part_of_end(s, j: int) -> int:
    """The end of "davon", "of them", "of the five" after a small number word (j: the token after
    it), or 0."""
    lowers, n = s.lowers, s.n
    nxt = lowers[j] if j < n else ""
    if nxt == "davon":
        return j + 1
    if nxt in ("of", "von") and j + 1 < n and (lowers[j + 1] in _OF_PRONOUNS or _number_word(s, j + 1)):
        return j + 1 if lowers[j + 1] not in _OF_PRONOUNS else j + 2  # "two of five missiles"
    if nxt in ("of", "der") and j + 2 < n and lowers[j + 1] in _OF_DETERMINERS and _number_word(s, j + 2):
        return j + 2
    return 0


_TOTALS = frozenset(("zahl", "anzahl", "gesamtzahl", "totenzahl", "opferzahl", "number", "toll", "total"))
_TO = frozenset(("auf", "to"))


def _total_rises_to(lowers, i0: int) -> bool:
    """ "stieg auf (mindestens) sechs" after "Die Zahl der Toten", "rose to seven" after "the
    death toll": the total named before the figure is what it counts."""
    return i0 >= 1 and lowers[i0 - 1] in _TO and not _TOTALS.isdisjoint(lowers[: i0 - 1])


def _number_word(s, k: int) -> bool:
    low = s.lowers[k]
    return s.words[k][0].isdecimal() or bool(english_word_value(low) or german_word_value(low))


def unit_found(r, claim):
    """A unit other than years and points is final: the rules after this one only look at
    figures without a unit, years ("jünger als zehn Jahre") and points (a poll's)."""
    return True if claim.unit is not None and claim.unit not in _REFINED else None


_REFINED = frozenset(("year", "point"))


KIND_RULES = (
    age_in_brackets,
    money_by_symbol,
    counted,
    unit_found,
    age_after_name,
    times_as_many,
    money_in_sentence,
    age_by_hedge,
    poll_points,
    measure_name,
    small_word_counts_a_noun,
)
