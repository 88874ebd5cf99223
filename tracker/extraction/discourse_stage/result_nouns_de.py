"""German: an organisation presenting its own result by a noun of it ("hat der FC Hallenberg
ein Minus von 3,8 Millionen Euro gemacht", "dass der Klub einen Verlust von 3,8 Millionen Euro
verbuchen musste", "Die Brenner AG hat einen Gewinn von 12 Millionen Euro erzielt"): the subject
of the clause that holds the result noun and its figure is the figure's source (DESIGN: a body
presenting its own figure). A description ("der Klub") is named as the organisation the
sentences before named."""

from __future__ import annotations

from bisect import bisect_left

from ..lexicon import DISCOURSE_DE
from ._engine import LEXICON, SourceMention
from .backrefs import noun_class

_RESULTS = frozenset(DISCOURSE_DE["result_nouns"])
_CLUBS = frozenset(DISCOURSE_DE["club_prefixes"])
_SUFFIXES = frozenset(LEXICON["corporate_suffixes"])
_HEADS = (*LEXICON["de"]["company_descriptors"], "klub", "club", "verein")
_ARTICLES = frozenset(("der", "die", "das", "sein", "ihr"))  # "Sein Verein verbuchte einen Verlust"
_CLAUSE = frozenset((",", ";", ":", "–", "(", ")"))
_INDEFINITE = frozenset(("ein", "eine", "einen", "einem", "einer"))
_NAME_WORDS = 4
_PRONOUNS = frozenset(("er", "es"))  # masculine or neuter: "der Klub", "das Unternehmen"


def result_noun_subject(art, u, organisations) -> list:
    """[the subject as a source] given to the claims after a result noun without a source in
    the sentence; [] when the sentence has none. ``organisations()``: those named before."""
    s, out = u.s, []
    for i in u.claims:
        if any(s.start <= m.start < s.end for m in art.sources[i]):
            continue
        k = bisect_left(s.starts, art.claims[i].start)
        noun = _result_noun_before(s, k)
        if noun is None:
            continue
        m = _subject(art.text, s, noun, lambda: _club_before(art.units, u) or organisations())
        if m is None and out and _pronoun_subject(s, noun):
            m = out[0]  # "..., nachdem er ein Jahr zuvor ein Minus von ... ausgewiesen hatte"
        if m is not None:
            art.sources[i] = (m,)
            out.append(m)
    return out[:1]


def _result_noun_before(s, k: int):
    """The token of "Minus" in "ein Minus von <figure>" (k the figure's first token), or None."""
    j = k - 1
    if j < 2 or s.lowers[j] != "von":
        return None
    if s.lowers[j - 1] in _RESULTS and s.lowers[j - 2] in _INDEFINITE:
        return j - 1
    return None


def _subject(text: str, s, noun: int, organisations):
    """The organisation that is the subject of the clause before the result noun, or None."""
    a = noun - 1
    while a > 0 and s.words[a - 1] not in _CLAUSE:
        a -= 1
    for k in range(a, noun - 2):
        if s.lowers[k] not in _ARTICLES or not s.words[k + 1][:1].isupper():
            continue
        b = _name_end(s, k + 1, noun)
        if b is not None:
            start, end = s.starts[k], s.ends[b - 1]
            name = " ".join(s.words[k + 1 : b])
            return SourceMention(name, "organisation", start, end, text[start:end], "", "origin")
        low = s.lowers[k + 1]
        if low.endswith(_HEADS) and noun_class(low, "de") == "institution":
            named = organisations()
            start, end = s.starts[k], s.ends[k + 1]
            name = named.name if named is not None else s.words[k + 1]
            return SourceMention(name, "organisation", start, end, text[start:end], "", "origin")
    return None


def _pronoun_subject(s, noun: int) -> bool:
    """The clause before the result noun has a personal pronoun for the organisation the
    sentence named before it ("nachdem er ... ein Minus von")."""
    a = noun - 1
    while a > 0 and s.words[a - 1] not in _CLAUSE:
        a -= 1
    return any(s.lowers[k] in _PRONOUNS for k in range(a, noun))


def _name_end(s, k: int, stop: int):
    """The end of a club's or company's name at token k ("FC Viktoria Hallenberg", "Brenner
    AG"), or None."""
    e = k
    while e < stop and e - k < _NAME_WORDS and s.words[e][:1].isupper():
        e += 1
    if e == k:
        return None
    if s.lowers[k] in _CLUBS and e > k + 1:
        return e
    if s.words[e - 1] in _SUFFIXES and e > k + 1:
        return e
    return None


_CLUB_BACK = 3  # sentences before searched for a club's name ("des SC Weserau")


def _club_before(units, u):
    """A club named in the sentences just before ``u`` ("der Finanzvorstand des SC Weserau"),
    as an organisation mention, or None: what "Sein Verein", "der Klub" stand for."""
    k = units.index(u)
    for v in reversed(units[max(0, k - _CLUB_BACK) : k]):
        s = v.s
        for j in range(s.n - 1, -1, -1):
            if s.lowers[j] in _CLUBS:
                e = _name_end(s, j, s.n)
                if e is not None:
                    a, b = s.starts[j], s.ends[e - 1]
                    return SourceMention(
                        " ".join(s.words[j:e]), "organisation", a, b, s._text[a:b], "", "origin"
                    )
    return None
