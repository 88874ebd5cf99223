"""German: a lead's figures and the attribution that opens the sentence after it. "Heftige
Gewitter haben in der Nacht Hunderte Einsätze ausgelöst. Nach Angaben der Feuerwehren liefen
zahlreiche Keller voll": the news of the lead, told without a source, stands on the body whose
account the next sentence opens with ("Nach Angaben der X", "Nach einer Auswertung des X",
"Laut X"): the article names its source right after the news."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION
from ._engine import is_info_head
from .bodies_de import names_in
from .naming import named

_COURTS = tuple(ATTRIBUTION["court_nouns_de"])
_REPORTED_KINDS = frozenset(("count", "money", "percent"))
_INFO_REACH = 4  # words from "nach" to its information noun ("Nach einer aktuellen Auswertung")


def lead_before_opening(art) -> None:
    """The figures without a source of the article's first sentence after its headline take
    the source named in the attribution that opens the next sentence of its paragraph."""
    if art.lang != "de":
        return
    units, sources = art.units, art.sources
    k = next((j for j, u in enumerate(units) if not u.headline), None)
    if k is None or k + 1 >= len(units):
        return
    lead, nxt = units[k], units[k + 1]
    if not lead.claims or lead.own or lead.quoted or nxt.first or not _opens_attribution(nxt.s):
        return
    if any(w.endswith(_COURTS) for w in lead.s.lowers):
        return  # "Das Landgericht hat ... verurteilt. Nach Überzeugung der Kammer ...": the court's deed
    found = sorted(nxt.own, key=lambda x: x.start) or names_in(art.text, nxt.s, "de")
    if not found or found[0].cue == "quote" or found[0].kind == "person":
        return  # a person the next sentence names does not tell the lead's news
    m = named(found[0], art.history, "de", art.text, art.classes)
    for i in lead.claims:
        if not sources[i] and art.claims[i].kind in _REPORTED_KINDS:
            sources[i] = (m,)  # not a measure of the event ("Ein Erdbeben der Stärke 6,4")


def _opens_attribution(s) -> bool:
    """The sentence opens with "laut" or with "nach" and an information noun, before a body
    in the genitive ("Nach Angaben der Feuerwehren", "Nach einer Auswertung des Portals", "Laut
    dem Verband"; not "Nach Angaben von Innungsmeister X": a person)."""
    if s.n < 3:
        return False
    if s.lowers[0] == "laut":
        return s.lowers[1] in _ARTICLES
    return s.lowers[0] == "nach" and any(
        is_info_head(s.lowers[k]) and s.lowers[k + 1] in ("der", "des")
        for k in range(1, min(s.n - 1, 1 + _INFO_REACH))
    )


_ARTICLES = frozenset(("der", "die", "das", "dem", "den", "des"))
