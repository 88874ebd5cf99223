"""English: a figure whose noun a relative clause of speech follows ("crews searched the more
than 1,400 homes that regional authorities said had collapsed") comes from that clause's
speaker alone, and the speaker of that clause is no source of the sentence's figures before it
("Officials expect the toll to rise by 50 as crews search ..."): each figure keeps the source of
its own clause (DESIGN: a source of one clause is not given to a figure of another)."""

from __future__ import annotations

from bisect import bisect_left

from ._engine import VERBS

_RELATIVES = frozenset(("that", "which"))
_NOUN_WORDS = 3  # tokens at most from a figure's end to the relative pronoun ("buildings that")


def own_clause_sources(lang: str, units, sources, claims) -> None:
    """Split a sentence's two or more sources between its figures by a relative clause of speech."""
    if lang != "en":
        return
    for u in units:
        if len(u.claims) < 2 or _RELATIVES.isdisjoint(u.s.low_set):
            continue
        given = sources[u.claims[0]]
        if len(given) < 2 or any(sources[i] != given for i in u.claims):
            continue
        for m in given:
            rel = _relative_before(u.s, m)
            if rel is not None:
                _split(u, sources, claims, m, rel)
                break


def _relative_before(s, m):
    """The token of "that"/"which" right before mention m when a verb of speech follows m."""
    k = bisect_left(s.starts, m.start)
    e = bisect_left(s.starts, m.end)
    if k < 1 or e >= s.n or s.lowers[k - 1] not in _RELATIVES or s.lowers[e] not in VERBS["en"]:
        return None
    return k - 1


def _split(u, sources, claims, m, rel: int) -> None:
    s = u.s
    ends = {i: bisect_left(s.starts, claims[i].end) for i in u.claims}
    owner = [i for i in u.claims if 0 <= rel - ends[i] <= _NOUN_WORDS]
    if len(owner) != 1:
        return
    for i in u.claims:
        if i == owner[0]:
            sources[i] = (m,)
        elif ends[i] <= rel:
            sources[i] = tuple(x for x in sources[i] if x is not m)
