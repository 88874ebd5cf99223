"""English: a counted noun the unit table does not know is the unit all the same, in the singular
("23 cameras" -> camera, "212 separate transfers" -> transfer, "hundreds of services" ->
service). Asked last, for figures of no unit whose words after the number name a plural noun.

>>> singular("mortgages"), singular("parties"), singular("branches"), singular("buses")
('mortgage', 'party', 'branch', 'bus')
"""

from __future__ import annotations

from dataclasses import replace

from ..lexicon import DATES, WORDS
from ..text.clauses import clause_start
from .units import EN_FUNCTION

_NOT_COUNTED = frozenset(WORDS["not_counted_heads_en"])
_MIN_LEN = 4
_ES_ENDINGS = ("sses", "shes", "ches", "xes", "zes", "uses")
_NOT_PLURAL = ("ss", "us", "is", "'s")


def singular(word: str) -> str:
    """The singular of a regular English plural."""
    if word.endswith("ies") and len(word) > _MIN_LEN:
        return word[:-3] + "y"
    if word.endswith(_ES_ENDINGS):
        return word[:-2]
    return word[:-1]


def _plural_head(words, start: int, end: int):
    """The first plural noun among words[start:end] (lower case, alphabetic), or None."""
    for w in words[start:end]:
        low = w.lower()
        if low in EN_FUNCTION:
            return None
        if not w.isalpha() or not w[0].islower():
            continue
        if low.endswith("s") and not low.endswith(_NOT_PLURAL) and len(low) >= _MIN_LEN:
            return None if low in _NOT_COUNTED else singular(low)
    return None


def own_plural_noun(ctx, k: int, rc) -> bool:
    """A rule of ``elliptic.UNIT_RULES``: an English count whose words after the number name a
    plural noun takes no other figure's unit ("at 11 depots" after "1,850 drivers"); the noun
    becomes its unit only after the discourse stage (``name_plural_nouns``), which takes a
    figure of no unit as a count of anything."""
    if ctx.lang != "en" or rc.kind != "count" or not rc.subject:
        return False
    return _plural_head(rc.subject.split(), 0, 4) is not None


def changed_plural(ctx, k: int, rc) -> bool:
    """A rule of ``elliptic.UNIT_RULES`` after ``changed_subject``: "journeys rose 3.1% to 92
    million": an English plural noun the unit table does not know, opening the clause of a change
    to the figure, is what it counts (its subject, named as a unit after the discourse stage)."""
    s = ctx.s
    if ctx.lang != "en" or rc.kind != "count" or rc.subject or not rc.i0 or s.lowers[rc.i0 - 1] != "to":
        return False
    a = clause_start(s, rc.num)
    if a >= rc.i0 or s.words[a][0].isdecimal():
        return False
    head = _plural_head([s.words[a].lower()], 0, 1)
    if head is None or _CHANGE_VERBS.isdisjoint(s.lowers[a + 1 : rc.i0]):
        return False
    rc.subject = s.lowers[a]  # lower case: a capital is taken for a name
    return True


_CHANGE_VERBS = frozenset(DATES["change_verbs"])


def name_plural_nouns(text: str, claims) -> list:
    """The English claims, each count of no unit with the plural noun after its number as its
    unit (see the module)."""
    out, named = [], None  # the last claim named here, for a bare figure compared with it
    for c in claims:
        if c.kind == "count" and c.unit is None:
            unit = _plural_head(c.subject.split(), 0, 4) if c.subject else _partitive(text, c.end)
            if unit is None and named is not None and _compared(text, named, c):
                unit = named.unit  # "approved 68,300 mortgages ..., more than the 64,000 expected"
            if unit:
                c = replace(c, unit=unit)
                named = c
        out.append(c)
    return out


def _compared(text: str, before, c) -> bool:
    """Bare figure ``c`` follows ``before`` closely in its sentence, after a word of comparison."""
    between = text[before.end : c.start]
    return before.sentence == c.sentence and len(between) <= _NEAR and any(w in between for w in _THAN)


_NEAR = 60
_THAN = (" than ", " from ", " against ", " compared with ")


def _partitive(text: str, end: int):
    """ "hundreds of services", "dozens of the boats": the plural noun after "of", or None."""
    words = text[end : end + 40].split()
    if len(words) < 2 or words[0] != "of":
        return None
    k = 2 if words[1] == "the" else 1
    return _plural_head(words, k, k + 1)
