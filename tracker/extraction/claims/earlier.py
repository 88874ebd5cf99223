"""Units of bare figures that ``elliptic.py`` left without one, from what they stand for:

- a share in a list after a percentage with the same preposition ("Die Union kommt auf 30
  Prozent, die SPD auf 16", "Labour is on 30%, the Conservatives on 24");
- a figure that says it stands for another ("ein Jahr zuvor waren es 21" after "22
  Verkaufstage", "insgesamt waren es 1.200", "It dropped to 7.4 million", "die Zahl lag bei
  4.650") takes the counted noun of the sentences before it in the paragraph: "die Zahl der X",
  "the number of X", a counted figure, or "mehr X" / "more X".

The words are in ``lexicon/words.json`` ("referent_words", "referent_pronouns", "referent_pairs",
"more_words").
"""

from __future__ import annotations

import itertools

from ..lexicon import WORDS
from ..numbers.numerals import SCALES
from ..text.clauses import clause_start
from .elliptic import BARE_AFTER
from .filters import TIME_UNITS
from .referents import number_of_unit
from .units import unit_of_word

_REFERENT_WORDS = frozenset(WORDS["referent_words"])
_PRONOUNS = frozenset(WORDS["referent_pronouns"])
_PRONOUN_REACH = 3  # "Sie hätten ...", "A year earlier it stood at": among the clause's first words
_REFERENT_PAIRS = frozenset(tuple(p) for p in WORDS["referent_pairs"])
_MORE = frozenset(WORDS["more_words"])
_PREPS = frozenset(("auf", "bei", "mit", "on", "at", "with"))
_NOT_NOUNS = frozenset(("mal", "times", "s", "m", "k"))  # "168,9 Millionen Mal"
_LIST_GAP = 6
# a verb after an English figure, no noun of its own: "149 were reported"
_EN_VERBS = frozenset(
    ("were", "was", "are", "is", "have", "has", "had", "will", "would", "could", "remain", "so")
)
_LIST_JOINS = frozenset((",", "and", "und", "sowie"))  # tokens from the percentage to the bare share after it


def earlier_units(s, raw, lang: str, history) -> None:
    """``history``: (sentence, figures) of the sentences before in the paragraph, nearest last."""
    taken = set()  # the figures given a unit here: "149 in December, 271 in January" goes on
    for k, rc in enumerate(raw):
        if rc.unit is not None and k - 1 in taken and raw[k - 1].unit == rc.unit:
            taken.add(k)  # the list goes on: "149 in December, 271 in January and 103 in February"
        if rc.unit is not None or rc.kind != "count" or rc.value is None or rc.value_high is not None:
            continue
        ref = _reference(s, raw, k, lang, history, taken)
        if ref is not None:
            rc.unit, rc.kind = ref
            taken.add(k)


def _reference(s, raw, k: int, lang: str, history, taken):
    """(unit, kind) the bare figure ``raw[k]`` takes, or None."""
    rc = raw[k]
    if _who_after(s, rc, lang):
        return "person", "count"  # "the 33,240 who had arrived", "158 of whom"
    if _own_word(s, rc, lang):
        return None
    ref = (
        _percent_before(s.lowers, raw, k) or _listed_after(s.lowers, raw, k, taken) or _pair(s.lowers, raw, k)
    )
    if ref is None and _stands_for(s, rc):
        ref = _in_sentence(s, raw, k) or _in_history(history, rc, lang)
    elif ref is None and (_subject(s, rc, lang) or _sentence_end(s, rc)):
        ref = _in_history(history, rc, lang, _SUBSET)  # "Some 148,000 had waited more than a year"
    return ref or _implied(s.lowers, rc, lang)  # "Unemployment rose to 1.6 million"


def _own_word(s, rc, lang: str) -> bool:
    """A noun of its own after the figure ("1.200 Einbrüche", "1,200 burglaries"): no bare
    figure (a German verb after it is no noun: "bei 4.650 gelegen")."""
    inside = s.lowers[rc.num + 1 : rc.i1]  # "three corvettes": an unknown noun of its own
    if any(w.isalpha() and w not in _NOT_NOUNS and w not in SCALES[lang] for w in inside):
        return True
    j = rc.i1
    if j >= s.n or s.lowers[j] in BARE_AFTER:
        return False
    word = s.words[j]
    if lang == "de":
        return word[:1].isupper()
    return word[:1].isalnum() and s.lowers[j] not in _EN_VERBS and not s.lowers[j].endswith("ed")


def _percent_before(lowers, raw, k: int):
    """ "auf 30 Prozent, die SPD auf 16": the percentage before, after the same preposition."""
    rc = raw[k]
    prep = lowers[rc.i0 - 1] if rc.i0 else ""
    if prep not in _PREPS or rc.value > 100:
        return None
    for p in reversed(raw[:k]):
        if rc.i0 - p.i1 > _LIST_GAP or not p.i0 or lowers[p.i0 - 1] != prep:
            return None
        if p.kind == "percent" and p.unit == "percent":
            return p.unit, p.kind
        if p.unit is not None:
            return None
        rc = p
    return None


def _pair(lowers, raw, k: int):
    """ "2,6 und 2,8 Prozent", "5 or 6 per cent": a bare figure joined to the next one takes its
    unit."""
    rc = raw[k]
    if k + 1 >= len(raw) or rc.i1 >= len(lowers) or lowers[rc.i1] not in _PAIR_JOINS:
        return None
    nxt = raw[k + 1]
    return (nxt.unit, nxt.kind) if nxt.unit is not None and nxt.i0 == rc.i1 + 1 else None


_PAIR_JOINS = frozenset(("und", "and", "oder", "or", "bzw", "beziehungsweise"))


def _listed_after(lowers, raw, k: int, taken):
    """ "Of these, 149 were reported in December, 271 in January and 103 in February": a bare
    figure in a list after one this pass gave a unit takes it too."""
    if not k or k - 1 not in taken:
        return None
    p, rc = raw[k - 1], raw[k]
    between = lowers[p.i1 : rc.i0]
    if len(between) > _LIST_GAP or not _LIST_JOINS.intersection(between):
        return None
    return p.unit, p.kind


def _stands_for(s, rc) -> bool:
    """The figure stands for one named before: "waren es 21", "it stood at", "die Zahl ... bei",
    "insgesamt waren es", "Sie stiegen ... auf" (a word of "referent_words" or a pair of
    "referent_pairs" in its clause before it)."""
    lowers = s.lowers
    a = clause_start(s, rc.i0)
    before = lowers[a : rc.i0]
    if not _REFERENT_WORDS.isdisjoint(before) or not _PRONOUNS.isdisjoint(before[:_PRONOUN_REACH]):
        return True
    if not _PRONOUNS.isdisjoint(lowers[: min(rc.i0, _PRONOUN_REACH)]):
        return True  # "Of these, 149 were reported in December"
    if not _REFERENT_WORDS.isdisjoint(lowers[: min(rc.i0, _PRONOUN_REACH)]):
        return True  # "The total for the whole of 2022, the record year, was 45,774"
    return any((x, y) in _REFERENT_PAIRS for x, y in itertools.pairwise(before))


def _subject(s, rc, lang: str) -> bool:
    """A bare figure opening its sentence, a verb after it: "Some 148,000 had waited more than a
    year", "Weitere 300 mussten warten" (what it counts is named in the sentences before)."""
    if rc.i0 > 1 or (rc.i0 == 1 and s.lowers[0] not in _OPENING_JOINS) or rc.i1 >= s.n:
        return False
    nxt = s.lowers[rc.i1]
    if lang == "en":
        return nxt in _EN_VERBS and nxt != "so"
    return nxt in _DE_VERBS


def _sentence_end(s, rc) -> bool:
    """A bare figure that ends its sentence after a verb: "Im vergangenen Jahr entstanden 800.",
    "Last year, the city built 800." (what it counts is named in the sentences before)."""
    before = s.words[rc.i0 - 1] if rc.i0 >= 2 else ""
    return rc.i1 >= s.n - 1 and before[:1].islower() and before not in _NOT_VERBS  # not "am 12."


_NOT_VERBS = frozenset(("am", "im", "vom", "zum", "bis", "an", "the", "on", "of", "in"))  # a date, an ordinal


_OPENING_JOINS = frozenset(("and", "but", "another", "further", "und", "aber", "doch", "weitere", "andere"))


def _who_after(s, rc, lang: str) -> bool:
    """ "the 33,240 who had arrived", "158 of whom": English counts people with "who"."""
    j = rc.i1
    return lang == "en" and j < s.n and (s.lowers[j] == "who" or tuple(s.lowers[j : j + 2]) == ("of", "whom"))


_DE_VERBS = frozenset(WORDS["subject_verbs_de"])
_SUBSET = 0.01  # "About 3.1 million patients ... Some 148,000 had waited": a part of them


def _implied(lowers, rc, lang: str):
    """A noun before the bare figure that implies what it counts: "Unemployment rose to 1.6
    million" (people), "Payrolls grew by 140,000" (jobs), "Die Arbeitslosigkeit stieg auf 2,9
    Millionen"."""
    for w in lowers[: rc.i0]:
        unit = _IMPLIED[lang].get(w)
        if unit is not None:
            return unit, "count"
    return None


_IMPLIED = {lang: dict(pairs) for lang, pairs in WORDS["implied_counts"].items()}


def _in_sentence(s, raw, k: int):
    """ "22 Verkaufstage, ein Jahr zuvor waren es 21": the counted figure before it in the
    sentence, of the same order (days too)."""
    rc = raw[k]
    for p in reversed(raw[:k]):
        if p.unit is not None and p.kind in ("count", "other") and _same_order(rc.value, p.value):
            return p.unit, p.kind
    return None


def _in_history(history, rc, lang: str, low=0.1):
    """The counted noun of the nearest sentence before that names one (a figure of the same
    order, or down to ``low`` times it)."""
    for s, figures in reversed(history):
        found = number_of_unit(s, lang)
        if found and found[1][0] not in TIME_UNITS:
            return found[1]
        for p in reversed(figures):
            if p.kind == "count" and p.unit is not None and p.unit not in TIME_UNITS:
                return (p.unit, p.kind) if _same_order(rc.value, p.value, low) else None
        more = _more_noun(s, lang)
        if more:
            return more
    return None


def _more_noun(s, lang: str):
    """ "mehr Übernachtungen", "fewer road accidents": the noun a comparison counts."""
    lowers, words = s.lowers, s.words
    for k in range(s.n - 1):
        if lowers[k] in _MORE:
            found = None  # the last word of "more road accidents"; German "mehr ausländische
            for j in range(k + 1, min(s.n, k + 4)):  # Gäste", not "mehr Übernachtungen der Gäste"
                if not words[j].isalpha():
                    break
                hit = unit_of_word(lowers[j], lang)
                found = hit if hit and hit[1] == "count" else found
                if found and lang == "de":
                    break
            if found:
                return found
    return None


def _same_order(a, b, low=0.1) -> bool:
    return a is not None and b is not None and b > 0 and low <= a / b <= 10
