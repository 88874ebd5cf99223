"""German: a quotation after a colon whose clause names, without a speech verb, a person the text
introduced before by the surname alone ("Nach dem Rekord fiel Berger die Prognose leicht:
„Wir knacken die 300 Millionen.“", "Berger blieb gelassen: „...“"): that person speaks the
quotation, and its figures without a source are theirs. Not a name after a preposition ("Der
Anwalt von Berger sagte: ...": someone else speaks of them)."""

from __future__ import annotations

from ..lexicon import WORDS
from ._engine import SourceMention
from .colon_quote_de import quote_after

_FUNCTION = frozenset(WORDS["function_words_de"])
_CLAUSE = frozenset((",", ";", "(", ")", "–", "—"))


def surname_speakers(art) -> None:
    """The figures without a source inside a quotation after a colon take the person whose
    surname, known from a person named before, stands in the clause before the colon."""
    for u in art.units:
        if not u.claims or ":" not in u.s.low_set or u.own:
            continue
        s = u.s
        colon = s.words.index(":")
        span = quote_after(art.text, s.starts[colon])
        open_claims = [
            i for i in u.claims if not art.sources[i] and span and span[0] < art.claims[i].start < span[1]
        ]
        if not open_claims:
            continue
        m = _named_person(art, s, colon)
        if m is not None:
            for i in open_claims:
                art.sources[i] = (m,)


def _named_person(art, s, colon: int):
    """A person of the history before sentence ``s`` named by the surname in the clause before
    the colon, as a mention of that word, or None."""
    people = {m.name.split()[-1]: m for start, m in art.history if start < s.start and m.kind == "person"}
    if not people:
        return None
    k = colon - 1
    while k >= 0 and s.words[k] not in _CLAUSE:
        w = s.words[k]
        if w in people and (k == 0 or s.lowers[k - 1] not in _FUNCTION):
            a, b = s.starts[k], s.ends[k]
            return SourceMention(people[w].name, "person", a, b, art.text[a:b], "quote", "origin")
        k -= 1
    return None
