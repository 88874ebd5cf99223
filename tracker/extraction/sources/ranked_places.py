"""Places and ranked subjects that a counting verb's subject may be but that are no source:
"England has recorded 602 cases", "the South West had the lowest rate", "Die höchste
Geburtenziffer meldete Niedersachsen" (what is measured, not who says so)."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION

_PLACES = frozenset(ATTRIBUTION["place_names"])


# "the North East had the highest at 6%"
_PLACE_VERBS = frozenset(ATTRIBUTION["counting_verbs"]) | frozenset(ATTRIBUTION["perfect_auxiliaries_en"])


def drop_places(s, linked) -> None:
    """ "Since October, England has recorded 602 cases", "Bayern verzeichnete 40 Fälle", "the
    South West had the lowest rate at 3%": a place as the subject of a counting verb, or of
    "has"/"had" a figure, is where the counted things happened or what is measured, no source;
    so is any subject ranked by such a verb ("Kestrel Hospitals recorded the highest rate")."""
    for k, (m, cue) in list(linked.items()):
        place = " ".join(w for w in s.lowers[m.i0 : m.i1] if w != "the") in _PLACES
        if (cue in _PLACE_VERBS and (place or ranked(s, m.i1, cue))) or (place and _ranked_de(s, m)):
            del linked[k]


_SUPERLATIVES_DE = tuple(ATTRIBUTION["superlative_stems_de"])
_SUPERLATIVE_ENDS = ("e", "en", "em", "er", "es")


def _ranked_de(s, m) -> bool:
    """ "Die höchste Geburtenziffer meldete Niedersachsen mit 1,41": a German clause of the
    mention that holds a superlative ranks the place it names."""
    a, b = m.i0, m.i1
    while a > 0 and s.words[a - 1] not in _CLAUSE_MARKS:
        a -= 1
    while b < s.n and s.words[b] not in _CLAUSE_MARKS:
        b += 1
    return any(_superlative(s.lowers[j]) and (j == 0 or s.words[j].islower()) for j in range(a, b))


def _superlative(low: str) -> bool:
    """ "höchste", "meisten", "niedrigsten": a superlative by its stem and ending."""
    return low.startswith(_SUPERLATIVES_DE) and any(low.endswith("st" + e) for e in _SUPERLATIVE_ENDS)


_CLAUSE_MARKS = frozenset((",", ";", ":", ".", "!", "?"))


_SUPERLATIVES = frozenset(("best", "worst", "most", "least"))


def ranked(s, k: int, cue: str) -> bool:
    """The cue verb at k is followed by a superlative: "recorded the highest", "had the worst"."""
    if k + 2 >= s.n or s.lowers[k] != cue or s.lowers[k + 1] != "the":
        return False
    w = s.lowers[k + 2]
    return w in _SUPERLATIVES or (w.endswith("est") and len(w) > 5)
