"""German: "demnach" refers to the nearest naming before it. "Der Vorstand bestätigte die
Prognose. Demnach soll der Umsatz ... liegen": when the sentence before names a source and has no
figures of its own, the figures of the "demnach" sentence (and the sentences of its account after
it in the paragraph) stand on that naming, not on a source the sentence stages took from further
back ("..., wie Vantrix weiter mitteilte. ¶ Der Vorstand ...")."""

from __future__ import annotations

from ._engine import LEXICON, is_info_head
from .bodies_de import names_in
from .naming import named
from .signals import says_it_goes_on


def nearest_demnach(art) -> None:
    """The figures of a German "demnach" sentence whose sources stand before the figure-less
    sentence before it, which names a source, take that naming."""
    if art.lang != "de":
        return
    units, sources = art.units, art.sources
    for k, u in enumerate(units):
        if not u.claims or u.first or u.own or not says_it_goes_on(u, "de"):
            continue
        prev = units[k - 1]
        old = sources[u.claims[0]]
        if prev.claims or prev.quoted or not old or any(m.start >= prev.s.start for m in old):
            continue
        found = names_in(art.text, prev.s, "de")
        if found:
            _replace(units, k, sources, old, named(found[-1], art.history, "de", art.text, art.classes))


_AFTER_NAMING = frozenset(LEXICON["de"]["openers_after_naming"])


def danach_after_naming(art) -> None:
    """ "Das geht aus aktuellen Zahlen des Bamf hervor. Danach stellten 71.204 Menschen ...":
    a sentence opened by "Danach" right after a figure-less sentence of its paragraph that names
    a source beside an information noun reports from it ("according to it", not "afterwards"):
    its figures without a source take that naming."""
    if art.lang != "de":
        return
    units, sources = art.units, art.sources
    for k, u in enumerate(units):
        if not u.claims or u.first or u.own or not u.s.n or u.s.lowers[0] not in _AFTER_NAMING:
            continue
        prev = units[k - 1]
        if prev.claims or prev.quoted or not any(is_info_head(w) for w in prev.s.lowers):
            continue
        found = names_in(art.text, prev.s, "de")
        if found:
            new = named(found[-1], art.history, "de", art.text, art.classes)
            for i in u.claims:
                if not sources[i]:
                    sources[i] = (new,)


def _replace(units, k: int, sources, old, new) -> None:
    """The claims of unit k, and of the units after it in its paragraph up to one naming its own
    source, that have the sources ``old`` take ``new``."""
    j = k
    while j < len(units) and (j == k or not (units[j].first or units[j].own)):
        for i in units[j].claims:
            if sources[i] == old:
                sources[i] = (new,)
        j += 1


_RECKONING = frozenset(LEXICON["de"]["demnach_reckoning_verbs"])


def reported_reckoners(art) -> None:
    """ "Der Kämmerer stellte den Entwurf vor. Demnach rechnet die Verwaltung mit ...": a body
    that reckons or expects in a "demnach" sentence is what the sentence before reports, not a
    source of its own: the sentence's figures take the naming of the sentence before in its
    paragraph (the source of its figures, else the name it gives)."""
    if art.lang != "de":
        return
    units, sources = art.units, art.sources
    for k, u in enumerate(units):
        before = _naming_before(art, units[k - 1]) if _reckoned(u) else None
        if before is None:
            continue
        own, u.own = u.own, (before,)
        for i in u.claims:
            if sources[i] == own or not sources[i]:
                sources[i] = u.own


def _reckoned(u) -> bool:
    """Unit ``u`` (not opening its paragraph, with figures) says it goes on ("demnach"), and its
    sources are all its own reckoning subjects ("rechnet die Verwaltung"; a planning subject
    found without a cue, "plant der Kämmerer Ausgaben von ...", beside a reckoning verb)."""
    if not u.own or not u.claims or u.first or not says_it_goes_on(u, "de"):
        return False
    reckons = not _RECKONING.isdisjoint(u.s.low_set)
    return all(
        (m.cue.lower() in _RECKONING or (reckons and not m.cue)) and u.s.start <= m.start < u.s.end
        for m in u.own
    )


def _naming_before(art, prev):
    """The source of the last figure of sentence ``prev`` with one, else the last name it gives
    (named for what it stands for), else None."""
    for i in reversed(prev.claims):
        if art.sources[i]:
            return art.sources[i][0]
    found = [] if prev.quoted else names_in(art.text, prev.s, "de")
    return named(found[-1], art.history, "de", art.text, art.classes) if found else None
