"""Figures of a list that name no noun of their own take the list's noun, named in its heading:

    Einsätze nach Kreisen:          Arrests by force:
    Kreis Nord: 240                 - Northumbria: 41
    Kreis Süd: 310                  - Durham: 28

and "Deaths by region: North 120, South 95, East 60." in one sentence."""

from __future__ import annotations

from .units import unit_of_word

_BULLETS = frozenset("-–—•*·▪► \t")
_MAX_ITEM_TOKENS = 12  # a list line: a short label, a colon, the figure
_MAX_HEADING_TOKENS = 8


def listed_units(states, text: str, lang: str) -> None:
    """Set the unit of a list's bare figures to the noun of the list's heading."""
    heading_unit = None  # the unit of the heading of the list the lines before belong to
    for st in states:
        s = st.sentence
        if not st.figures and heading_unit is None and (not s.n or s.words[-1] != ":"):
            continue  # neither a heading nor a line of a list nor one with figures
        if _heading_line(s, text):
            heading_unit = _heading_noun(s, s.n - 1, lang)
            continue
        if heading_unit is not None and not _item_line(s, text):
            heading_unit = None
        bare = [rc for rc in st.figures if rc.unit is None and rc.kind == "count"]
        if not bare:
            continue
        if heading_unit is not None:
            for rc in bare:
                rc.unit = heading_unit
            continue
        _inline_list(s, bare, lang)


def _own_line(s, text: str) -> bool:
    """The sentence stands on a line of its own (after an optional bullet)."""
    a = text.rfind("\n", 0, s.start) + 1
    b = text.find("\n", s.end)
    b = len(text) if b < 0 else b
    return all(ch in _BULLETS for ch in text[a : s.start]) and not text[s.end : b].strip()


def _heading_line(s, text: str) -> bool:
    """ "Einsätze nach Kreisen:", "Arrests by force:": a short line that ends in a colon."""
    return 2 <= s.n <= _MAX_HEADING_TOKENS and s.words[-1] == ":" and _own_line(s, text)


def _item_line(s, text: str) -> bool:
    """ "Kreis Nord: 240", "- Durham: 28": a short line, a label, a colon, a figure at the end."""
    words = s.words
    if not 3 <= s.n <= _MAX_ITEM_TOKENS or ":" not in words[1:-1] or not _own_line(s, text):
        return False
    last = words[-1] if words[-1] not in (".", ";", ",") else words[-2]
    return last[:1].isdecimal()


def list_item(s, text: str) -> bool:
    """A line of a list: short, on a line of its own, a label and a colon or a bullet before it
    ("Revenue: $2.86 billion, against $2.79 billion expected", "- Gemüse: + 9,2 %")."""
    if not 2 <= s.n <= _MAX_LIST_LINE or not _own_line(s, text):
        return False
    a = text.rfind("\n", 0, s.start) + 1
    return ":" in s.words[1:] or any(ch in "-–—•*·▪►" for ch in text[a : s.start]) or s.words[0] in "-–—•*·"


_MAX_LIST_LINE = 20


def _heading_noun(s, colon: int, lang: str):
    """The unit of the first noun of the heading before the colon with one."""
    for k in range(colon):
        w = s.words[k]
        if not w[:1].isalpha():
            continue
        hit = unit_of_word(s.lowers[k], lang)
        if hit and hit[1] == "count":
            return hit[0]
    return None


_BY = frozenset(("nach", "by", "per", "pro", "je"))


def _inline_list(s, bare, lang: str) -> None:
    """ "Deaths by region: North 120, South 95": "<noun> by <what>:" before the figures."""
    words = s.words
    colon = next((k for k, w in enumerate(words[:_MAX_HEADING_TOKENS]) if w == ":"), None)
    if colon is None or _BY.isdisjoint(s.lowers[:colon]):
        return
    unit = _heading_noun(s, colon, lang)
    if unit is None:
        return
    for rc in bare:
        if rc.i0 > colon:
            rc.unit = unit
