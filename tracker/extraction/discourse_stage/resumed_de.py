"""German: a paragraph whose first figures are in reported speech (Konjunktiv: "Bei Weizen liege
der Ertrag bei 7,4 Tonnen"; "Als Gründe nannte der Konzern ... Die Absatzmengen seien um 4 Prozent
gesunken") with no source of its own and no account going on into it resumes the account
of the source named last before it ("Der Verband macht sich für ... stark. ¶ Der Ertrag ... ¶
Bei Weizen liege ..."): its figures, and those of the sentences of its paragraph after it, take
that naming. Only a source that gave figures before in the article is resumed."""

from __future__ import annotations

from .accounts import WINDOW
from .bodies_de import names_in
from .naming import named
from .reported_open import opens_reported
from .signals import background

_BACK = 6  # sentences before the paragraph searched for the naming


def resumed_reports(art) -> None:
    """The figures of a German paragraph opening in Konjunktiv without a source take the
    latest naming before it of a source that spoke before."""
    if art.lang != "de":
        return
    units, sources = art.units, art.sources
    for k, u in enumerate(units):
        if not u.claims or u.headline or not _opens_figures(units, k) or any(sources[i] for i in u.claims):
            continue
        if not opens_reported(u, "de"):
            continue
        m = _naming_before(art, k)
        if m is None:
            continue
        j = k
        while j < len(units) and (j == k or not _ends(units[j])):
            for i in units[j].claims:
                if not sources[i]:
                    sources[i] = (m,)
            j += 1


def _opens_figures(units, k: int) -> bool:
    """Unit k holds the first figures of its paragraph, after sentences that name no source
    ("Als Gründe nannte der Konzern die schwache Nachfrage. Die Absatzmengen seien ...")."""
    j = k
    while not units[j].first:
        j -= 1
        if units[j].claims or units[j].own or units[j].quoted:
            return False
    return True


def _ends(v) -> bool:
    return v.first or bool(v.own) or v.quoted or v.other_speaker or background(v, "de")


def _naming_before(art, k: int):
    """The latest source-like naming in the sentences before unit k (within ``WINDOW``
    characters), named for what it stands for, when that source gave figures before."""
    units, text = art.units, art.text
    start = units[k].s.start
    spoke = {m.name for i, c in enumerate(art.claims) if c.start < start for m in art.sources[i]}
    for j in range(k - 1, max(-1, k - _BACK - 1), -1):
        v = units[j]
        if start - v.s.end > WINDOW or v.headline:
            return None
        if v.quoted:
            continue
        found = names_in(text, v.s, "de")
        if found:
            m = named(found[-1], art.history, "de", text, art.classes)
            return m if m.name in spoke else None
    return None
