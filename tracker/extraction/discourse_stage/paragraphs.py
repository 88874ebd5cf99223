"""Sentences with their place in the article: paragraph, headline, claims and sources."""

from __future__ import annotations

_FINAL = frozenset(".!?…\"“”»«'’)")
_MAX_HEADLINE = 200


class Unit:
    """One sentence of the article and what the discourse stage knows about it."""

    __slots__ = (
        "claims",
        "first",
        "goes_on",
        "headline",
        "item",
        "other_speaker",
        "own",
        "para",
        "quoted",
        "s",
    )

    def __init__(self, s, para: int, first: bool):
        self.s = s
        self.para = para  # paragraph number (a line of the text)
        self.first = first  # first sentence of its paragraph
        self.headline = False
        self.claims = []  # indices into the claim list
        self.own = ()  # the sources this sentence names itself (SourceMention)
        self.goes_on = False  # says that it continues the account before ("hieß es weiter")
        self.other_speaker = False  # a speaker no source before can be (it ends the account)
        self.quoted = False  # holds (part of) a direct quotation
        self.item = False  # a line of a list a sentence ending with a colon introduced


def layout(text: str, sents) -> list[Unit]:
    """The article's sentences, numbered by paragraph (sentences never cross a line break, so a
    line break between two sentences is a paragraph break; blank lines and the single breaks
    trafilatura keeps for HTML paragraphs alike). The first line is a headline when it is
    short, ends without a full stop and text follows it."""
    units = []
    para = 0
    prev_end = None
    for s in sents:
        first = prev_end is None or "\n" in text[prev_end : s.start]
        if first and prev_end is not None:
            para += 1
        units.append(Unit(s, para, first))
        prev_end = s.end
    if len(units) > 1 and units[1].para == 1:
        head = units[0].s
        line = text[head.start : head.end].rstrip()
        if line and line[-1] not in _FINAL and len(line) <= _MAX_HEADLINE:
            units[0].headline = True
    return units


def same_account_para(units, k: int, j: int) -> bool:
    """Sentences k and j stand in the same paragraph."""
    return units[k].para == units[j].para


def give_back(units, k: int, given, sources, stops, takes=None) -> None:
    """The sentences before unit k in its paragraph, nearest first, up to one that ``stops(v)``
    (that one not included): their claims take ``given`` (those for which ``takes(i)``, if
    given). The passes whose attribution closes a run of figures before it use it."""
    for j in range(k - 1, -1, -1):
        v = units[j]
        if stops(v):
            return
        for i in v.claims:
            if takes is None or takes(i):
                sources[i] = given
        if v.first:
            return
