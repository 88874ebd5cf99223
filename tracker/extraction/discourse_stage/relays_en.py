"""English: a relay goes on with the origin it cited.

"The deal values the firm at about $41 billion, the newspaper wrote, citing people familiar with
the talks. Holders would get $88 a share, the people said.": the origin named back by "the" and
its head noun ("the people", "the sources", "the officials") in the next sentence still speaks
through the relay that cited it in the sentence before (DESIGN: chains, origin and relay), so
the relay stays beside it.
"""

from __future__ import annotations


def keep_relays(lang: str, text: str, units, sources) -> None:
    """Each figure whose one source is "the" + the head of a cited origin of the sentence before
    takes that origin's relays too."""
    if lang != "en":
        return
    for k in range(1, len(units)):
        u, prev = units[k], units[k - 1]
        if not u.claims or not prev.claims:
            continue
        chains = [sources[i] for i in prev.claims if any(m.role == "relay" for m in sources[i])]
        if not chains:
            continue  # no relay before: nothing to keep
        for i in u.claims:
            if len(sources[i]) != 1 or sources[i][0].role != "origin":
                continue
            relays = _relays_of(text, sources[i][0], chains)
            if relays:
                sources[i] = sources[i] + relays


def _relays_of(text: str, m, chains) -> tuple:
    """The relays of the chain whose origin ``m`` ("the people", or "people" after "the")
    names back, or ()."""
    words = m.text.lower().split()
    if words[:1] != ["the"]:
        words = ["the", *words] if text[max(0, m.start - 4) : m.start].lower() == "the " else []
    if len(words) != 2:
        return ()
    for chain in chains:
        origins = [x for x in chain if x.role == "origin" and x.start < m.start]
        if any(words[1] in x.text.lower().split() for x in origins):
            return tuple(x for x in chain if x.role == "relay")
    return ()
