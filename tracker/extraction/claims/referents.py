"""What a figure without a unit refers to: the figure it is compared with, the subject of the
change it ends ("measles cases rose ... to about 10.3 million"), the noun of "die Zahl der Toten",
the percentage a list of figures shares ("die AfD auf 21 und die SPD auf 16 Prozent")."""

from __future__ import annotations

from ..lexicon import WORDS
from ..sources.mentions import source_noun
from ..text.clauses import clause_start
from .units import harm_unit, unit_of_word

_NUMBER_OF = frozenset((("zahl", "der"), ("zahl", "des"), ("number", "of"), ("anzahl", "der")))
# "a 14% increase in homicides, from 630 to 719": the noun of the change is counted
_CHANGE_NOUNS = frozenset(("increase", "increases", "rise", "rises", "fall", "drop", "jump", "decline"))
_HARMED = frozenset(("person", "civilian", "child", "soldier", "resident", "migrant", "passenger"))


_COMPARED = frozenset(("compared", "verglichen", "than", "als", "statt", "gegenüber", "versus"))


def compared(lowers, a: int, b: int) -> bool:
    return not _COMPARED.isdisjoint(lowers[a:b])


def age_after_name(s, rc) -> bool:
    words, k = s.words, rc.num
    return (
        rc.i0 == k == rc.i1 - 1
        and rc.value_high is None
        and isinstance(rc.value, int)
        and 0 < rc.value <= 110
        and k >= 2
        and words[k - 1] == ","
        and words[k - 2][0].isupper()
        and words[k - 2].isalpha()
        and k + 1 < s.n
        and words[k + 1] in (",", ")")
    )


def list_goes_on(lowers, i: int, after: int, joins) -> bool:
    """ "aged 19, 23 and 31": a join word at i, or a comma the list goes on after."""
    return lowers[i] in joins or (lowers[i] == "," and after < len(lowers) and lowers[after] in ("and", ","))


_AGE_SUPERLATIVES = frozenset(WORDS["age_superlatives"])
_AGE_GAP = 5  # "the oldest of the victims was 86", "der jüngste Fahrer war 17"


def superlative_age(s, rc) -> bool:
    """ "The oldest of them was 86", "das älteste 94": a bare figure a few words after "oldest",
    "youngest", "älteste", "jüngste" with no figure or clause break between is an age."""
    k = rc.num
    if not (rc.i0 == k == rc.i1 - 1 and rc.value_high is None and isinstance(rc.value, int)):
        return False
    if not 0 < rc.value <= 120:
        return False
    if k + 1 < s.n and s.words[k + 1][:1].isalpha() and s.lowers[k + 1] not in ("and", "und", "or", "oder"):
        return False  # "the oldest of 12 buildings": a figure with a noun
    for i in range(k - 1, max(-1, k - 1 - _AGE_GAP), -1):
        low = s.lowers[i]
        if low in _AGE_SUPERLATIVES:
            return True
        if not (low.isalpha() or low == ","):
            return False
    return False


HARM_UNITS = frozenset(("killed", "wounded", "casualty", "missing", "arrest"))


def other_verb(lowers, a: int, b: int) -> bool:
    """A verb of its own between two figures: "killed nearly 200 people and affected more than
    five million" (the second is not killed)."""
    return any(
        (low.endswith("ed") and len(low) > 4) or (low.startswith("ge") and low.endswith("t") and len(low) > 5)
        for low in lowers[a:b]
    )


_PARALLEL_PREPS = frozenset(("auf", "um", "bei", "mit", "on", "at", "by", "with"))


def parallel_percent(lowers, raw, k: int):
    """The percentage a list of bare figures shares when each stands after the same preposition:
    "die AfD auf 21 und die SPD auf 16 Prozent", "Labour on 28, the Tories on 22 and Reform on
    18 percent", "die Preise um 3, die Löhne um 5 Prozent"."""
    prev = raw[k]
    prep = lowers[prev.i0 - 1] if prev.i0 else ""
    if prep not in _PARALLEL_PREPS:
        return None
    for p in raw[k + 1 :]:
        if p.num - prev.i1 > 5 or lowers[p.i0 - 1] != prep or p.value_high is not None:
            return None
        if p.kind == "percent":
            return p
        if p.unit is not None:
            return None
        prev = p
    return None


class _Unit:
    __slots__ = ("kind", "unit")

    def __init__(self, unit, kind):
        self.unit, self.kind = unit, kind


def subject_unit(s, rc, raw, lang: str):
    """The counted noun of the clause before a figure that a change verb leads to ("total Russian
    losses … at over 1 million", "measles cases rose by 20% … to about 10.3 million")."""
    a = clause_start(s, rc.num)
    inside = set()
    for p in raw:
        inside.update(range(p.i0, p.i1))
    for h in range(rc.i0 - 1, a - 1, -1):
        if h in inside or not s.words[h][0].isalpha():
            continue
        if lang == "de" and not s.words[h][0].isupper():
            continue
        if (s.lowers[h], s.lowers[h + 1] if h + 1 < s.n else "") in _NUMBER_OF:
            return None  # "the number of marchers at 62,000": an unknown noun, not the subject's
        hit = unit_of_word(s.lowers[h], lang)
        if hit and hit[1] == "count" and source_noun(s, h, lang) is None:
            return _Unit(hit[0], "count")  # "Police put ... at 62,000" counts no police
    return None


def number_of_unit(s, lang: str):
    """ "Die Zahl der Klinikbetten", "the number of measles cases", "an increase in homicides"
    -> (token, (unit, kind))."""
    flat = s.text_lower
    if "toll" in flat or "todesopfer" in flat or "totenzahl" in flat:
        found = _death_toll(s.lowers)  # "the death toll rose to 52", "Die Zahl der Todesopfer stieg"
        if found:
            return found
    lowers = s.lowers
    change = " in " in flat and not _CHANGE_NOUNS.isdisjoint(s.low_set)
    if "zahl" not in flat and "number" not in flat and not change:
        return ()
    for k in range(s.n - 2):
        if (lowers[k], lowers[k + 1]) in _NUMBER_OF or (lowers[k + 1] == "in" and lowers[k] in _CHANGE_NOUNS):
            hit = _counted_after(s, k + 2, lang)
            if hit:
                return k, hit
    return ()


def _death_toll(lowers):
    """ "the death toll", "Todesopfer", "Totenzahl" -> (token, ("killed", "count")), or None."""
    for k, low in enumerate(lowers):
        if low in _TOLLS and (low[0] != "t" or lowers[k - 1 : k] == ["death"] or low == "totenzahl"):
            return k, ("killed", "count")
    return None


def _counted_after(s, start: int, lang: str):
    """The (unit, kind) of the noun counted in the words from ``start`` ("der getöteten Radfahrer",
    "of people killed", "of measles cases"), or None."""
    n = s.n
    in_phrase = False  # "der bei dem Angriff Verletzten": the noun of a phrase before the head
    for h in range(start, min(n, start + _COUNTED_REACH)):
        w = s.words[h]
        if not w[0].isalpha():
            break
        if lang == "de" and not w[0].isupper():
            harm = harm_unit(s, h, lang)  # "die Zahl der getöteten Radfahrer"
            if harm:
                return harm[0], "count"
            in_phrase = in_phrase or s.lowers[h] in _PREPOSITIONS_DE
            continue
        if in_phrase:
            in_phrase = False
            continue
        hit = _noun_unit(s, h, lang)
        if hit:
            return hit
        if lang == "de":
            break
    return None


_COUNTED_REACH = 6
_PREPOSITIONS_DE = frozenset(("bei", "im", "in", "nach", "durch", "seit", "mit", "vom", "beim"))


def _noun_unit(s, h: int, lang: str):
    """The (unit, kind) of the noun at h; "people killed": the harm after it decides."""
    hit = unit_of_word(s.lowers[h], lang) or (harm_unit(s, h, lang) or (None,))[0]
    if hit and not isinstance(hit, str) and h + 1 < s.n and hit[0] in _HARMED:
        harm = harm_unit(s, h + 1, lang)  # "the number of people killed": killed
        hit = harm[0] if harm else hit
    if isinstance(hit, str):
        hit = (hit, "count")
    return hit or None


_TOLLS = frozenset(("toll", "tolls", "todesopfer", "totenzahl", "opferzahl"))


def whole_before(s, raw, k: int):
    """ "Of the 63 confirmed cases, 37 are in the capital", "Von den 120 Beschäftigten sind 80 in
    Teilzeit": the whole a part is counted from, fronted before the comma that opens the part's
    clause; else None."""
    rc = raw[k]
    if not (k and rc.i0 >= 2 and s.words[rc.i0 - 1] == ","):
        return None
    ref = raw[k - 1]
    lowers = s.lowers
    opener = lowers[ref.i0 - 2] if ref.i0 >= 2 and lowers[ref.i0 - 1] in _WHOLE_ARTICLES else ""
    if opener not in _WHOLE_OPENERS or ref.unit is None or ref.kind != "count" or ref.i1 > rc.i0 - 1:
        return None
    return ref if "," not in s.words[ref.i1 : rc.i0 - 1] else None


_WHOLE_ARTICLES = frozenset(("the", "those", "these", "den", "diesen"))
_WHOLE_OPENERS = frozenset(("of", "von", "unter"))


def item_before(s, raw, k: int, nxt: str):
    """ "1.802 Menschen aus Syrien, 1.377 aus Afghanistan": the item before in a list whose items
    repeat its preposition (``nxt``: the word after the figure at k); else None."""
    if not (k and nxt in _ITEM_PREPOSITIONS and s.lowers[raw[k].i0 - 1] in _ITEM_JOINS):
        return None
    p = raw[k - 1]
    return p if p.unit is not None and p.i1 < s.n and s.lowers[p.i1] == nxt else None


_ITEM_PREPOSITIONS = frozenset(("aus", "from", "in", "im", "bei", "at"))
_ITEM_JOINS = frozenset((",", "und", "and", "sowie", "oder", "or"))
