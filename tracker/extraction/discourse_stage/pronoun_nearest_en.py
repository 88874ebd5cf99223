"""English: a figure whose speaker is named early in its sentence and spoken for again by a
pronoun and a verb of speech closer to it ("Spokesman Ivan Sorel said the raid was revenge for
the blast, which he said had killed 41 soldiers") stands under the pronoun's words, the words
nearest the claim that attribute it (DESIGN.md: a back-reference's mention is the pronoun; the
source keeps the name)."""

from __future__ import annotations

from itertools import pairwise

from ._engine import VERBS, SourceMention

_CLASSES = {"he": "person", "she": "person", "it": "body", "they": "any"}
_RELATIVES = frozenset(("which", "who", "whom"))  # "..., which he said had killed 63": not "said it expects"
_REACH = 12  # words at most from the pronoun's verb to the figure


def pronoun_nearer(text: str, units, sources, claims) -> None:
    """Each claim whose source stands earlier in its sentence (one name, or a body and its
    speaker side by side: "Defence ministry spokesman Ivan Sorel") takes a fitting speaking
    pronoun between that source and the claim as its mention."""
    for u in units:
        if _RELATIVES.isdisjoint(u.s.low_set):
            continue
        for i in u.claims:
            given = sources[i]
            if not given or any(x.cue == "quote" for x in given) or not _side_by_side(text, given):
                continue
            m = given[-1]
            if not (u.s.start <= given[0].start and m.end <= claims[i].start):
                continue
            k = _speaking_pronoun(u.s, m, claims[i].start)
            if k is not None:
                a, b = u.s.starts[k], u.s.ends[k]
                sources[i] = (SourceMention(m.name, m.kind, a, b, text[a:b], m.cue, m.role),)


def _speaking_pronoun(s, m, end: int):
    """The token of the last pronoun before offset ``end``, after mention ``m``, that opens a
    relative clause with a verb of speech ("which he said") and fits m's class, or None."""
    verbs = VERBS["en"]
    found = None
    for k in range(s.n - 1):
        if s.starts[k] <= m.end:
            continue
        if s.starts[k] >= end:
            break
        cls = _CLASSES.get(s.lowers[k])
        if (
            cls
            and s.lowers[k - 1] in _RELATIVES
            and s.lowers[k + 1] in verbs
            and _fits(cls, m)
            and k + 1 + _REACH >= _token_at(s, end)
        ):
            found = k
    return found


def _side_by_side(text: str, given) -> bool:
    """The mentions follow each other with only spaces between them."""
    return all(not text[a.end : b.start].strip() for a, b in pairwise(given))


def _fits(cls: str, m) -> bool:
    return cls == "any" or (cls == "person") == (m.kind == "person")


def _token_at(s, offset: int) -> int:
    return next((k for k in range(s.n) if s.starts[k] >= offset), s.n)
