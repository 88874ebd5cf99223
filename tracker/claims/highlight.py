"""Article text with marks built from character offsets, every text segment escaped.

Spans may overlap or nest in any way: the text is cut at every span boundary and each piece
is wrapped in one <mark> carrying the classes of all spans covering it. No markup from the
text can survive, since only escaped pieces and our own tags are joined.

>>> str(highlight("a <b> c", [Span(2, 5, ("claim",), "c1")]))
'a <mark class="claim" id="c1">&lt;b&gt;</mark> c'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    classes: tuple[str, ...]
    anchor: str = ""  # id given to the first piece of the span, for links (#claim-12)
    title: str = ""
    data: dict = field(default_factory=dict, hash=False, compare=False)


def _escape_text(piece: str) -> str:
    # HTML parsers turn CR and CRLF into LF; a character reference keeps the CR so that
    # offsets computed in the browser match Python's.
    return escape(piece).replace("\r", "&#13;")


def highlight(text: str, spans: list[Span]) -> SafeString:
    """`text` as HTML with `spans` marked; spans outside the text are clipped or dropped."""
    length = len(text)
    spans = [s for s in spans if 0 <= s.start < s.end and s.start < length]
    cuts = {0, length}
    for span in spans:
        cuts.add(span.start)
        cuts.add(min(span.end, length))
    cuts = sorted(cuts)
    starting: dict[int, list[Span]] = {}
    for span in spans:
        starting.setdefault(span.start, []).append(span)
    active: list[Span] = []
    out: list[str] = []
    for left, right in pairwise(cuts):
        active = [s for s in active if s.end > left] + starting.get(left, [])
        piece = _escape_text(text[left:right])
        if not active:
            out.append(piece)
            continue
        classes = []
        for span in active:
            for cls in span.classes:
                if cls not in classes:
                    classes.append(cls)
        attrs = [f'class="{escape(" ".join(classes))}"']
        anchors = [s.anchor for s in active if s.start == left and s.anchor]
        if anchors:
            attrs.append(f'id="{escape(anchors[0])}"')
        titles = [s.title for s in active if s.title]
        if titles:
            attrs.append(f'title="{escape(" · ".join(titles))}"')
        data: dict[str, list[str]] = {}
        for span in active:
            for key, value in span.data.items():
                data.setdefault(key, []).append(str(value))
        for key, values in data.items():
            attrs.append(f'data-{escape(key)}="{escape(" ".join(values))}"')
        out.append(f"<mark {' '.join(attrs)}>{piece}</mark>")
    return mark_safe("".join(out))
