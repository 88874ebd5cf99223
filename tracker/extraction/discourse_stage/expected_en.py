"""English: a figure that someone expected is theirs, not the sentence's source.

"... rose by 84,000, below the 120,000 increase economists had expected, the ONS figures
showed", "below the 63 cents analysts had pencilled in", "more than the £9bn the chancellor has
set aside", "more than the 64,000 expected in a Reuters poll": the words right after such a
figure say whose it is, in a clause of their own without "that" (a subject and its verb) or
after "expected in", "forecast by". That subject or poll is the figure's only source. So is
the subject of a relative clause opened by "that"/"which" right after such a figure, whose verb
tells (a past form or a present cue verb: "the more than 3,200 buildings that authorities said
had been destroyed", "the 70% level that UEFA recommends"); it reaches no other figure of the
sentence.
"""

from __future__ import annotations

from bisect import bisect_left

from ..lexicon import ATTRIBUTION, WORDS
from ._engine import LEXICON, SourceMention, sentence_names, source_noun

_AUX = frozenset(ATTRIBUTION["finite_auxiliaries_en"])
_PAST = frozenset(ATTRIBUTION["past_forms_en"])
_SAID = frozenset(ATTRIBUTION["speech_verbs_past"])
_EXPECTING = frozenset(ATTRIBUTION["expectation_participles_en"])
_ARTICLES = frozenset(("the", "a", "an"))
_RELATIVES = frozenset(LEXICON["en"]["figure_relatives"])  # "the 70% level that UEFA recommends"
_PRESENT_CUES = frozenset(LEXICON["en"]["relative_present_cues"])
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
    """The owners leave the other figures, unless none is left them; an owner named in a
    relative clause ("the 70% level that UEFA recommends") leaves them even then."""
    spans = [(m.start, m.end) for given in owned.values() for m in given]
    relative = [(m.start, m.end) for given in owned.values() for m in given if _in_relative(u.s, m)]
    for i in u.claims:
        if i in owned:
            continue
        kept = tuple(m for m in sources[i] if not any(a < m.end and m.start < b for a, b in spans))
        if kept or all(any(a < m.end and m.start < b for a, b in relative) for m in sources[i]):
            sources[i] = kept


def _in_relative(s, m) -> bool:
    k = bisect_left(s.starts, m.start)
    return any(s.lowers[j] in _RELATIVES for j in range(max(0, k - 2), k))


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
    auxiliary, and a past form right after the figure; or "that"/"which" before them."""
    r = _relative_at(s, t)
    if r is not None:
        return _that_subject(text, s, r + 1)
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


def _relative_at(s, t: int):
    """Where "that"/"which" stands at token t or after one lower-case noun of the figure ("the
    70% level that"), with words after it; else None."""
    for r in (t, t + 1):
        if r + 1 >= s.n:
            return None
        if s.lowers[r] in _RELATIVES:
            return r
        if not (s.words[r].isalpha() and s.words[r].islower()):
            return None
    return None


def _that_subject(text: str, s, t: int):
    """ "that Peruvian authorities said", "which UEFA recommends": a name or a source noun phrase
    (maybe after an article and a modifier) and a telling verb right after it."""
    a = t + 1 if s.lowers[t] in _ARTICLES else t
    for m in sentence_names(text, s, "en"):
        if m.start == s.starts[a]:
            v = bisect_left(s.starts, m.end)
            return _told(s, v, m.name, m.kind, (m.start, m.end), text)
    h = a + 1 if a + 1 < s.n and source_noun(s, a, "en") is None else a
    found = source_noun(s, h, "en") if h < s.n else None
    if found is None:
        return None
    return _told(s, h + 1, found[0], found[1], (s.starts[a], s.ends[h]), text)


def _told(s, v: int, name, kind, span, text: str):
    if v < s.n and s.lowers[v] in _AUX:
        v += 1
    w = s.lowers[v] if v < s.n else ""
    if not (w.endswith("ed") or w in _PAST or w in _SAID or w in _PRESENT_CUES):
        return None
    return SourceMention(name, kind, span[0], span[1], text[span[0] : span[1]], s.lowers[v], "origin")
