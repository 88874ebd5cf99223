"""German: a source carried to a figure stands on the latest words that named it before the
figure (DESIGN: the mention nearest the claim): "berichtet das Nachrichtenmagazin „Stern“ ...
so das Magazin weiter: von 187.240 auf 104.611. ... 6.432 Asylsuchende" takes "das Magazin"."""

from __future__ import annotations

from ._engine import SourceMention


def latest_mentions(art) -> None:
    """Each carried source of a German claim moves to the latest mention of the same source with
    the same role that an earlier claim holds between it and the claim's sentence."""
    if art.lang != "de":
        return
    seen = {}  # (name, role) -> the latest mention given to a claim so far, in text order
    claims, sources = art.claims, art.sources
    for i in sorted([i for i in range(len(claims)) if sources[i]], key=lambda i: claims[i].start):
        start = claims[i].sentence[0]
        new = tuple([_latest(x, seen, start) for x in sources[i]])
        if any(a is not b for a, b in zip(new, sources[i], strict=True)):
            sources[i] = new
        for x in new:
            key = (x.name, x.role)
            if key not in seen or seen[key].start < x.start:
                seen[key] = x


def _latest(x: SourceMention, seen, start: int) -> SourceMention:
    y = seen.get((x.name, x.role))
    return y if y is not None and x.start < y.start < start else x
