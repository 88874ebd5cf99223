"""German: a quotation introduced by a colon after words that refer to its speaker without a
speech verb ("Nach seiner Rechnung lohnt sich das: „Eine Familie spart 260 Euro ...“", "Der
Experte rechnet vor: „...“"): the figures inside it are that speaker's, the source the
sentence's back-reference resolved to."""

from __future__ import annotations

_OPENING = '„»“"'
_CLOSING = '“”«"'


def colon_quotes(units, sources, claims) -> None:
    """The figures without a source inside a quotation that opens after the colon of a sentence
    whose own source stands before the colon take that source."""
    for u in units:
        if not u.own or ":" not in u.s.low_set:
            continue
        text = u.s._text
        colon = u.s.starts[u.s.words.index(":")]
        before = [m for m in u.own if m.end <= colon and m.cue != "quote"]
        if not before:
            continue
        span = quote_after(text, colon)
        if span is None:
            continue
        a, b = span
        for i, c in enumerate(claims):
            if a < c.start < b and not sources[i]:
                sources[i] = (before[-1],)


def quote_after(text: str, colon: int):
    """(opening mark, closing mark) offsets of a quotation that opens right after the colon at
    ``colon``, or None."""
    a = colon + 1
    while a < len(text) and text[a] == " ":
        a += 1
    if a >= len(text) or text[a] not in _OPENING:
        return None
    b = min((i for i in (text.find(c, a + 1) for c in _CLOSING) if i > 0), default=-1)
    return (a, b) if b > 0 else None
