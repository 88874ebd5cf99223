"""German: a sentence without figures that calls what the sentence before reported a source's
result ("Das ist das wichtigste Ergebnis, zu dem die Kasse in ihrer Auswertung kommt", "Zu
diesem Schluss kommt das Institut X in einer Studie") gives that source to the figures of the
sentence before that have none, also over a paragraph break (its demonstrative points back),
and opens that source's account for the sentences after it."""

from __future__ import annotations

from bisect import bisect_left

from ._engine import LEXICON
from .bodies_de import names_in
from .naming import named

_OPENERS = frozenset(tuple(x.split()) for x in LEXICON["de"]["result_back_openers"])
_RESULTS = frozenset(LEXICON["de"]["result_nouns"])
_FIRST = frozenset(o[0] for o in _OPENERS)
_VERBS = frozenset(LEXICON["de"]["result_verbs"])
_GENITIVES = frozenset(LEXICON["de"]["result_genitives"])
_OF_AT = 5  # tokens after a genitive article in which the source's name starts
_NOUN_AT = 6  # the words of the sentence's opening in which its result noun stands


def result_closings(art) -> None:
    """Units without figures or sources of their own that call the sentence before a source's
    result take that source as their own and give it to the sentence before's bare figures."""
    if art.lang != "de":
        return
    units, sources = art.units, art.sources
    for k in range(1, len(units)):
        u, prev = units[k], units[k - 1]
        noun = _result_noun(u.s.lowers) if _bare_after_figures(u, prev) else None
        if noun is None:
            continue
        m = _source_after(art, u.s, noun)
        if m is None:
            continue
        u.own = (m,)
        for i in prev.claims:
            if not sources[i]:
                sources[i] = u.own


def _bare_after_figures(u, prev) -> bool:
    """Unit ``u`` has no figures, sources or quotation and follows a sentence with figures."""
    return not (u.claims or u.own or u.quoted or u.headline or prev.headline) and bool(prev.claims)


def _result_noun(lowers):
    """The index of the result noun of a sentence opening "Das ist ... Ergebnis", "Zu diesem
    Ergebnis ...", else None."""
    if len(lowers) < 4 or lowers[0] not in _FIRST or tuple(lowers[:2]) not in _OPENERS:
        return None
    for j in range(2, min(len(lowers), _NOUN_AT + 1)):
        if lowers[j] in _RESULTS:
            return j
    return None


def _source_after(art, s, noun: int):
    """The first source-like name after the result noun, named for what it stands for: in a
    sentence whose verb says who came to the result ("zu dem die Kasse gekommen ist"), or in
    a genitive right after the noun ("Ergebnis der Bilanz des Amts"); else None ("ein gutes
    Ergebnis für die Polizei")."""
    came = not _VERBS.isdisjoint(s.low_set)
    if not came and (noun + 1 >= s.n or s.lowers[noun + 1] not in _GENITIVES):
        return None
    for m in names_in(art.text, s, "de"):
        at = bisect_left(s.starts, m.start)
        if at > noun and (came or at - noun <= _OF_AT):
            m = named(m, art.history, "de", art.text, art.classes)
            return type(m)(m.name, m.kind, m.start, m.end, m.text, s.words[noun], m.role)
    return None
