"""English: a closing attribution whose sentence goes on about the thing the sentence before
counted, under a pronoun, covers that sentence too, over a paragraph break:

    The list held an estimated 6.21 million patients at the end of the month.

    Counted as treatments rather than people, it shrank to 7.39 million from 7.46 million a
    month earlier, according to NHS England.

"it" is the list of the sentence before: the figures of both come from the same release.
Within a paragraph the closing rule (``closing.py``) already gives a run of sentences its
closing source; this reaches the one sentence right before across the break.
"""

from __future__ import annotations

from bisect import bisect_left

_PRONOUNS = frozenset(("it", "they"))


def close_over_pronoun(units, sources, claims) -> None:
    """The figures without a source of the sentence right before a sentence whose subject is
    "it" or "they" (opening it or its main clause after a comma) and whose figures all have the
    sources it names itself take them."""
    for k in range(1, len(units)):
        u, before = units[k], units[k - 1]
        if not _bare_before(u, before, sources) or not _pronoun_subject(u, claims):
            continue
        given = sources[u.claims[0]]
        if given and all(sources[i] == given for i in u.claims) and _own(u, given):
            for i in before.claims:
                sources[i] = given


def _bare_before(u, before, sources) -> bool:
    """Sentence ``u`` opens a paragraph with figures and sources of its own; the sentence
    ``before`` has figures, no source, and is no headline or quotation."""
    if not (u.first and u.own and u.claims and before.claims):
        return False
    return not (before.own or before.headline or before.quoted or any(sources[i] for i in before.claims))


def _pronoun_subject(u, claims) -> bool:
    """ "it"/"they" opens the sentence or stands after its opening phrase's comma, before its
    first figure."""
    s = u.s
    first = min(bisect_left(s.starts, claims[i].start) for i in u.claims)
    return any(s.lowers[k] in _PRONOUNS and (k == 0 or s.words[k - 1] == ",") for k in range(min(first, s.n)))


def _own(u, given) -> bool:
    """The sources stand in the sentence itself (its own attribution, not a carried one)."""
    return all(u.s.start <= m.start < u.s.end for m in given)
