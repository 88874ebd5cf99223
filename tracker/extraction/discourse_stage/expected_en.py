"""English: a figure that someone expected is theirs, not the sentence's source.

"... rose by 84,000, below the 120,000 increase economists had expected, the ONS figures
showed", "below the 63 cents analysts had pencilled in", "more than the £9bn the chancellor has
set aside", "more than the 64,000 expected in a Reuters poll": the words right after such a
figure say whose it is, in a clause of their own without "that" (a subject and its verb) or
after "expected in", "forecast by". That subject or poll is the figure's only source.
"""

from __future__ import annotations

from bisect import bisect_left

from ..lexicon import ATTRIBUTION, WORDS
from ._engine import SourceMention, sentence_names, source_noun

_AUX = frozenset(ATTRIBUTION["finite_auxiliaries_en"])
_PAST = frozenset(ATTRIBUTION["past_forms_en"])
_EXPECTING = frozenset(ATTRIBUTION["expectation_participles_en"])
_ARTICLES = frozenset(("the", "a", "an"))
_FUNCTION = frozenset(WORDS["function_words_en"])
_SKIP = 2  # lower-case modifiers before the subject's noun ("most economists")


def expected_by(lang: str, text: str, units, sources, claims) -> None:
    """The claims followed by whose expectation they are take that source alone."""
    if lang != "en":
        return
    for u in units:
        s = u.s
        if not u.claims or ("the" not in s.low_set and _EXPECTING.isdisjoint(s.low_set)):
            continue  # neither "expected by/in" nor "the ... economists had expected" after a figure
        owned = {}
        for i in u.claims:
            found = _after(text, s, claims[i])
            if found is not None:
                sources[i] = owned[i] = (found,)
        if owned:  # the expecting source is no source of the sentence's other figures
            _drop_from_others(u, sources, owned)


def _drop_from_others(u, sources, owned) -> None:
    spans = [(m.start, m.end) for given in owned.values() for m in given]
    for i in u.claims:
        if i in owned:
            continue
        kept = tuple(m for m in sources[i] if not any(a < m.end and m.start < b for a, b in spans))
        if kept:
            sources[i] = kept


def _after(text: str, s, c):
    """The source the words right after claim ``c`` give it, or None; the claim's last word
    may be the first of them ("the 120,000 increase economists had expected", "the 64,000
    expected in a Reuters poll" read as one figure)."""
    first = bisect_left(s.starts, c.start)  # the claim's first token
    after = bisect_left(s.starts, c.end)  # the first token after it
    last = after - 1 if after - 1 > first + 1 or s.lowers[after - 1] in _EXPECTING else None
    definite = "the" in s.lowers[max(0, first - 1) : first + 1]  # "the 63 cents", "the £9bn"
    for t in (after, last):
        found = _whose(text, s, t, definite) if t is not None and t < s.n else None
        if found is not None:
            return found
    return None


def _whose(text: str, s, t: int, definite: bool):
    if s.lowers[t] in _EXPECTING and t + 2 < s.n and s.lowers[t + 1] in ("in", "by"):
        for m in sentence_names(text, s, "en"):
            if s.starts[t + 2] <= m.start <= s.ends[min(t + 4, s.n - 1)]:
                return SourceMention(m.name, m.kind, m.start, m.end, m.text, s.lowers[t], "origin")
        return None
    return _relative_subject(text, s, t) if definite else None


def _relative_subject(text: str, s, t: int):
    """ "economists had expected", "the chancellor has set aside": a source noun phrase, maybe an
    auxiliary, and a past form right after the figure."""
    a = t + 1 if s.lowers[t] in _ARTICLES else t
    h = a
    while h < s.n and h - a <= _SKIP and source_noun(s, h, "en") is None:
        if not (s.words[h].isalpha() and s.words[h][0].islower()) or s.lowers[h] in _FUNCTION:
            return None  # "two members of staff were hurt": no subject of its own
        h += 1
    if h >= s.n or source_noun(s, h, "en") is None:
        return None
    v = h + 2 if h + 2 < s.n and s.lowers[h + 1] in _AUX else h + 1
    if v >= s.n or not (s.lowers[v].endswith("ed") or s.lowers[v] in _PAST):
        return None
    start, end = s.starts[t], s.ends[h]
    name, kind = source_noun(s, h, "en")
    return SourceMention(name, kind, start, end, text[start:end], s.lowers[v], "origin")
