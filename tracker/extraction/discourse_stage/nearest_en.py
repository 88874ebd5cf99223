"""English: a carried figure's mention is the description of its source nearest before it.

"Norbridge City Council is planning to put up council tax by 4.99% ... ¶ Councillors were told
that ... the authority still had to make hard choices. ¶ The proposed rise ... would add almost
£96 a year": the figure keeps the council as its source, under the words nearest it that stand
for it ("the authority", DESIGN.md: the mention span of the words nearest the claim). The
description is "the" and a noun of the source's class (a body for a body, a role for a person),
standing as a clause's subject in a sentence between the source's own mention and the figure
that names no other source.
"""

from __future__ import annotations

from ._engine import LEXICON, SourceMention
from .nearness import carried_alone, put_under

_CLASSES = {cls: frozenset(words) for cls, words in LEXICON["en"]["back_nouns"].items()}
_OPENERS = frozenset(("that", ",", ";", "and", "but", "while"))


def nearest_descriptions(lang: str, text: str, units, sources) -> None:
    """The carried claims of each sentence take the nearest description of their source in the
    sentences between its mention and them."""
    if lang != "en":
        return
    for k, u, given in carried_alone(units, sources):
        stand = _description_between(text, units, k, given[0])
        if stand is not None:
            put_under(u, sources, given, stand)


def _description_between(text: str, units, k: int, m):
    """The description of ``m`` nearest before sentence k, back to m's own sentence, or None."""
    nouns = _CLASSES.get("person" if m.kind == "person" else "institution", frozenset())
    for j in range(k - 1, -1, -1):
        v = units[j]
        if v.s.end <= m.start:
            return None
        if v.own or v.claims:
            continue  # a sentence with figures or sources of its own: its words are not this one's
        s = v.s
        if nouns.isdisjoint(s.low_set):
            continue  # no noun of the source's class in the sentence
        for h in range(s.n - 2, 0, -1):
            if s.lowers[h] in nouns and s.lowers[h - 1] == "the" and _subject_at(s, h - 1):
                a, b = s.starts[h - 1], s.ends[h]
                return SourceMention(m.name, m.kind, a, b, text[a:b], m.cue, m.role)
    return None


def _subject_at(s, a: int) -> bool:
    """The phrase from a opens a clause and a lower-case verb follows its noun."""
    nxt = s.words[a + 2] if a + 2 < s.n else ""
    return (a == 0 or s.lowers[a - 1] in _OPENERS) and nxt[:1].islower() and nxt.isalpha()
