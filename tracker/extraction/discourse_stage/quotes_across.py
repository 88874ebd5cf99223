"""Quotations that run over several paragraphs.

News writes a long quotation as paragraphs that each open with a quotation mark and only the
last one closing it:

    “Two people left the flat and crews cleared the block.
    “This was a difficult fire,” the station commander said.

The sentence stages find quotations that close in their own paragraph; this finds the
paragraphs that open a quotation and run to their end unclosed, and gives them the speaker of
the quotation they continue into (the next one that opens a paragraph), if it has one.
"""

from __future__ import annotations

from bisect import bisect_right

from ..text.sentences import offsets_of
from ._engine import Quote, SourceMention, Speaker, speaker_before_colon

_OPENING = '“„"»«'
_COLON_OPENINGS = tuple(": " + ch for ch in _OPENING[:3])  # "said: “Over recent decades ..."
_CLOSING = '”“"«»'
_CLOSING_MARKS = frozenset(_CLOSING)  # "any closing mark in a line" as one set test in C
_MIN_WORDS = 4


def _paragraphs(text: str):
    start = 0
    n = len(text)
    while start < n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        yield start, end
        start = end + 1


def _closes_later(text: str, paras, p: int) -> bool:
    """The paragraphs from ``p`` on open with a quotation mark until one closes it."""
    for a, b in paras[p : p + 20]:
        line = text[a:b].lstrip()
        if not line or line[0] not in _OPENING:
            return False
        if not _CLOSING_MARKS.isdisjoint(line[1:]):
            return True
    return False


def unclosed_quotes(text: str, quotes) -> tuple:
    """The quotes of the text with the unclosed paragraph-long ones added, in text order."""
    if "\n" not in text:
        return quotes
    marks = offsets_of(text, _OPENING)  # only a paragraph that holds one can open a quotation
    if not marks:
        return quotes  # no quotation mark: no paragraph opens a quotation
    covered = [(q.start, q.end) for q in quotes]
    paras = [(a, b) for a, b in _paragraphs(text) if text[a:b].strip()]
    firsts = [a for a, _b in paras]
    found = []
    for p in sorted({bisect_right(firsts, k) - 1 for k in marks}):  # where ``_opening`` may find one
        q = _unclosed_at(text, quotes, covered, paras, p)
        if q is not None:
            found.append(q)
    if not found:
        return quotes
    return tuple(sorted((*quotes, *found), key=lambda q: q.start))


def _opening(line: str):
    """(where the quotation's mark stands in the line, whether a colon introduces it), or None."""
    lead = len(line) - len(line.lstrip())
    if lead >= len(line):
        return None
    if line[lead] in _OPENING:
        return lead, False
    # "..., said: “Over recent decades ..." running to the paragraph's end
    k = max([line.find(colon) for colon in _COLON_OPENINGS])
    return (k + 2, True) if k >= 0 else None


def _unclosed_at(text: str, quotes, covered, paras, p: int):
    """The unclosed quotation that paragraph p opens and that runs to its end, or None."""
    a, b = paras[p]
    opening = _opening(text[a:b])
    if opening is None:
        return None
    lead, colon = opening
    body_start = a + lead + 1
    body = text[body_start:b].rstrip()
    if not _CLOSING_MARKS.isdisjoint(body) or len(body.split()) < _MIN_WORDS:
        return None
    if any(s <= body_start < e for s, e in covered):
        return None
    goes_on = _closes_later(text, paras, p + 1)
    if not goes_on and not colon:
        return None  # a quotation goes on in the next paragraph, or this is a stray mark
    speaker = _speaker_in(quotes, paras[p + 1]) if goes_on else None
    end = body_start + len(body)
    return Quote(body_start, end, text[body_start:end], speaker)


def _speaker_in(quotes, para):
    """The speaker of the first quote with one in paragraph ``para``, or None."""
    for q in quotes:
        if para[0] <= q.start < para[1] + 1 and q.speaker is not None:
            return Speaker(q.speaker.name, q.speaker.start, q.speaker.end)
    return None


def lead_speakers(text: str, lang: str, units, quotes, attributions) -> tuple:
    """Quotations that open a paragraph with no speaker of their own ("“Larkspur gave us eight
    weeks ...") after a paragraph in which a named person speaks ("Chief Inspector Marian
    Doherty ... said the results showed ...") are that person's, and so are the quotation
    paragraphs that follow them (``attributions(s)``: the sources a sentence names)."""
    if not any(q.speaker is None for q in quotes):
        return quotes
    out = list(quotes)
    last = None  # (paragraph, speaker) of the last quotation given its speaker here
    k = 0
    for i, q in enumerate(out):
        while k + 1 < len(units) and units[k + 1].s.start <= q.start:
            k += 1
        para = units[k].para
        if q.speaker is not None:
            continue  # a quotation that names its speaker stands alone (no chain from it)
        if not _opens_paragraph(text, q.start):
            speaker = _before_colon(units[k].s, q.start, lang)  # "X, cabinet member, said: “..."
        elif last is not None and last[0] == para - 1:
            speaker = last[1]
        else:
            speaker = _speaking_person(units, k, para - 1, lang, attributions)
        if speaker is not None:
            out[i] = Quote(q.start, q.end, q.text, speaker, q.via)
            last = (para, speaker)
    return tuple(out)


def speak_inside(text: str, claims, sources, before, after) -> None:
    """The figures inside the quotations that ``lead_speakers`` gave a speaker (``after`` beside
    ``before``) are the speaker's, unless a source outside the quotation was given them."""
    for q0, q in zip(before, after, strict=True):
        if q is q0:
            continue
        sp = q.speaker
        mention = SourceMention(sp.name, "person", sp.start, sp.end, text[sp.start : sp.end], "quote")
        for i, c in enumerate(claims):
            if q.start <= c.start < q.end and all(q.start <= m.start < q.end for m in sources[i]):
                sources[i] = (mention,)


def _before_colon(s, start: int, lang: str):
    """The named speaker (a full name) of "X, cabinet member for finance, said: “...", or None."""
    found = speaker_before_colon(s, start, lang) if s.start <= start < s.end else None
    if found is None or " " not in found[0]:
        return None
    return Speaker(*found)


def _opens_paragraph(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(_OPENING + " \t")


def _speaking_person(units, k: int, para: int, lang: str, attributions):
    """The last person named with a full name who speaks in paragraph ``para`` (units before k)."""
    j = k - 1
    while j >= 0 and units[j].para > para:
        j -= 1
    while j >= 0 and units[j].para == para:
        people = [m for m in attributions(units[j].s) if m.kind == "person" and " " in m.name.strip()]
        if people:
            m = people[-1]
            return Speaker(m.name, m.start, m.end)
        j -= 1
    return None
