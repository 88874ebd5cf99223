"""English: a quotation paragraph goes on speaking for the speaker of the one before it.

    "Our reconnaissance found two buildings in the town," he said.
    "As a result, up to 450 soldiers were eliminated."

A paragraph that is a quotation with no speaker of its own, right after a paragraph that opens
with a quotation whose speaker is named ("he said", "Oduya told the Nine Network"), is that
speaker's, through the same outlets; its figures are theirs unless a source outside the
quotation was given them.
"""

from __future__ import annotations

from ._engine import Quote, SourceMention

_OPENING = '“"'


def chained_quotes(text: str, lang: str, claims, sources, quotes) -> tuple:
    """The quotes with the chained ones given their speaker; ``sources`` (one tuple per claim)
    updated for the figures inside them."""
    if lang != "en" or all(q.speaker is not None for q in quotes):
        return quotes
    out = list(quotes)
    for i in range(1, len(out)):
        q, before = out[i], out[i - 1]
        if q.speaker is None and before.speaker is not None and _next_paragraph(text, before, q):
            out[i] = Quote(q.start, q.end, q.text, before.speaker, before.via)
            _speak(text, claims, sources, out[i])
    return tuple(out)


def _next_paragraph(text: str, before, q) -> bool:
    """``before`` opens its paragraph, ``q`` opens the next one, which it fills."""
    a = text.rfind("\n", 0, before.start) + 1
    if text[a : before.start].strip(_OPENING + " \t"):
        return False
    gap = text[before.end : q.start]
    line_end = text.find("\n", q.end)
    rest = text[q.end : len(text) if line_end < 0 else line_end]
    between = gap.split("\n", 1)[1] if "\n" in gap else "x"  # after the paragraph of ``before``
    return not between.strip(_OPENING + " \t\n") and _only_marks(rest)


def _only_marks(rest: str) -> bool:
    return not rest.strip("”\"'’. \t")


def _speak(text: str, claims, sources, q) -> None:
    sp = q.speaker
    given = [SourceMention(sp.name, "person", sp.start, sp.end, text[sp.start : sp.end], "quote")]
    given += [
        SourceMention(v.name, "news_outlet", v.start, v.end, text[v.start : v.end], "laut", "relay")
        for v in q.via
    ]
    for i, c in enumerate(claims):
        if q.start <= c.start < q.end and all(q.start <= m.start < q.end for m in sources[i]):
            sources[i] = tuple(given)
