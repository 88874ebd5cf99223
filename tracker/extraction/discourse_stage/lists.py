"""Lists and tables: a sentence that ends with a colon ("Das Landesamt nannte folgende Zahlen:",
"The council said:") introduces the lines after it ("- Kreis Nord: 240 Einsätze", "Alder 12",
"Nahrungsmittel: + 3,1 %"); every figure of those lines is the introducing account's (DESIGN:
a body presenting its release is the source of every figure of it). A line is an item when it
opens with a bullet (all its sentences then), or is a paragraph of one short sentence that
ends without a full stop; the list ends at the first line that is none."""

from __future__ import annotations

_BULLETS = frozenset("-–—•*·▪►→+")
_FINAL = frozenset(".!?")
_ITEM_WORDS = 14  # words of an item line without a bullet ("Stadt Lindau: 930 Plätze")
_INTRO_BACK = 3  # sentences of the intro's paragraph searched for the account it continues


def item_lines(text: str, units, lang: str = "de") -> list[bool]:
    """Per unit: a line of a list that a sentence ending with a colon introduces (in English
    not a crosshead)."""
    out = [False] * len(units)
    for k in range(1, len(units)):
        u = units[k]
        if u.headline and lang == "en":
            continue  # a crosshead ("– Delayed discharge") titles the paragraphs after it
        if not u.first:  # a bulleted line's later sentences are of its item ("- 44% back it. In May, 45%.")
            out[k] = out[k - 1] and _bulleted(text, units, k - 1)
            continue
        alone = k + 1 == len(units) or units[k + 1].first
        if not (_item_like(text, u.s) if alone else _bulleted(text, units, k)):
            continue
        prev = units[k - 1]
        out[k] = out[k - 1] or (not prev.headline and bool(prev.s.words) and prev.s.words[-1] == ":")
    return out


def _bulleted(text: str, units, k: int) -> bool:
    """The line (paragraph) of unit k opens with a bullet."""
    while not units[k].first:
        k -= 1
    line = text[units[k].s.start : units[k].s.end].lstrip()
    return bool(line) and line[0] in _BULLETS


def mark_items(units, items) -> None:
    """Flags the list lines among the units (an account ends with its list)."""
    for u, item in zip(units, items, strict=True):
        u.item = item


def _item_like(text: str, s) -> bool:
    """A bulleted line, or a short one that ends without a full stop."""
    line = text[s.start : s.end].strip()
    if not line:
        return False
    if line[0] in _BULLETS:
        return True
    return line[-1] not in _FINAL and s.n <= _ITEM_WORDS


def give_items(units, sources, claims, items) -> None:
    """The figures of a list's lines take the sources of the sentence that introduced it (or
    of the account its paragraph gave) unless they have a source of their own outside the
    item's label ("Kreis Nord:" names what is counted, not who counts)."""
    given = ()
    for k, u in enumerate(units):
        if not items[k]:
            continue
        if not items[k - 1]:
            given = _intro_sources(units, k - 1, sources)
        if not given:
            continue
        for i in u.claims:
            if not sources[i] or all(_in_label(m, u.s, claims[i]) for m in sources[i]):
                sources[i] = given


def _in_label(m, s, c) -> bool:
    """The mention stands in the item's own line, before its figure."""
    return s.start <= m.start and m.end <= c.start


def _intro_sources(units, j: int, sources) -> tuple:
    """The sources the introducing sentence names, else those of the nearest figure with a
    source, or the nearest sentence naming a source, before it in its paragraph."""
    for jj in range(j, max(-1, j - _INTRO_BACK - 1), -1):
        v = units[jj]
        if v.headline:
            return ()
        own = tuple(m for m in v.own if m.cue != "quote")
        if own:
            return own
        for i in reversed(v.claims):
            if sources[i]:
                return sources[i]
        if v.first:
            return ()
    return ()
