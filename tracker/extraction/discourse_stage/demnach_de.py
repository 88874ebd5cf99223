"""German: "demnach" refers to the nearest naming before it. "Der Vorstand bestätigte die
Prognose. Demnach soll der Umsatz ... liegen": when the sentence before names a source and has no
figures of its own, the figures of the "demnach" sentence (and the sentences of its account after
it in the paragraph) stand on that naming, not on a source the sentence stages took from further
back ("..., wie Vantrix weiter mitteilte. ¶ Der Vorstand ...")."""

from __future__ import annotations

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


def _replace(units, k: int, sources, old, new) -> None:
    """The claims of unit k, and of the units after it in its paragraph up to one naming its own
    source, that have the sources ``old`` take ``new``."""
    j = k
    while j < len(units) and (j == k or not (units[j].first or units[j].own)):
        for i in units[j].claims:
            if sources[i] == old:
                sources[i] = (new,)
        j += 1
