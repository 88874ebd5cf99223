"""English: "by its reckoning", "by their count" in a sentence whose figures carry the source
of an account before it: the possessive stands for that source nearest the figures (DESIGN:
the mention span of the words nearest the claim), as "by Oxfam's count" names it in its own
sentence."""

from __future__ import annotations

from ._engine import ATTRIBUTION, SourceMention

_RECKONINGS = frozenset(ATTRIBUTION["reckoning_nouns_en"])
_OWN = frozenset(ATTRIBUTION["self_words"])
_POSSESSIVES = frozenset(("its", "their"))


def by_its_reckoning(units, sources) -> None:
    """Each carried body's figures in a sentence with "by its (own) reckoning" take the
    possessive as their mention."""
    for u in units:
        if not u.claims or u.own or _POSSESSIVES.isdisjoint(u.s.low_set):
            continue
        k = _possessive(u.s.lowers)
        if k is None:
            continue
        for i in u.claims:
            given = sources[i]
            if len(given) == 1 and given[0].kind != "person" and given[0].start < u.s.start:
                m, a, b = given[0], u.s.starts[k], u.s.ends[k]
                sources[i] = (SourceMention(m.name, m.kind, a, b, u.s.words[k], "by", m.role),)


def _possessive(lowers):
    """The index of "its"/"their" in "by its (own) reckoning", or None."""
    for k in range(1, len(lowers) - 1):
        if lowers[k - 1] == "by" and lowers[k] in _POSSESSIVES:
            r = k + 2 if lowers[k + 1] in _OWN else k + 1
            if r < len(lowers) and lowers[r] in _RECKONINGS:
                return k
    return None
