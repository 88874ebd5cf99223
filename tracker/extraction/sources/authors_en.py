"""English: the author an information noun names after it. "a survey by Ipsos": the author
after "by" stands for the noun; "according to data from the Bureau of Labor Statistics": the
body after "from" is the source, named by the whole phrase (the bare noun, "data", "figures",
is no source beside it);
"data from the customs administration compiled by Reuters": who compiled it relays it."""

from __future__ import annotations

from ..text.phrases import is_info_head
from .info import guess_kind, source_label
from .links import by_author
from .mentions import Mention

_FROM_BY = frozenset(("from", "by"))
_BARE = 3  # words of a bare information noun with its qualifiers ("the latest official data")


def authors_after_by(s, linked) -> None:
    """An information noun's source is its author after "by"; a bare one before "from" and a
    linked body is that body's mention, no source of its own."""
    if _FROM_BY.isdisjoint(s.low_set):
        return  # neither an author after "by" nor a body after "from"
    for key, (m, cue) in list(linked.items()):
        body = _from_body(s, m, linked)
        if body is not None:  # one mention of the body: "data from the Bureau of Labor Statistics"
            del linked[id(body)]
            linked[key] = (Mention(m.i0, body.i1, body.name, body.kind, head=body.head), cue)
            _compiler(s, body, cue, linked)
            continue
        if not (is_info_head(s.lowers[m.head]) or is_info_head(s.lowers[m.i1 - 1])):
            continue
        by = by_author(s, "en", m)
        if by:
            label = source_label(s, by[0], by[1], "en")
            linked[key] = (Mention(m.i0, by[1], label, guess_kind(s, by[0], by[1], "en")), cue)


def _from_body(s, m, linked):
    """The linked mention right after a bare information noun and "from" (maybe "the"); the
    noun may stand right after the mention ("the latest weekly surveillance | report from")."""
    j = m.i1 + 1 if m.i1 < s.n and is_info_head(s.lowers[m.i1]) else m.i1
    if not (j > m.i1 or is_info_head(s.lowers[m.head]) or is_info_head(s.lowers[m.i1 - 1])):
        return None
    if m.i1 - m.i0 > _BARE or j >= s.n or s.lowers[j] != "from":
        return None
    if any(w[:1].isupper() for w in s.words[m.i0 : m.i1]):
        return None  # "ONS figures from ...": the noun names its source itself
    return next((x for x, _ in linked.values() if x.i0 in (j + 1, j + 2)), None)


def _compiler(s, body, cue, linked) -> None:
    """ "... from the customs administration compiled by Reuters": the compiler after "by"."""
    if body.i1 + 1 >= s.n or not s.lowers[body.i1].endswith("ed"):
        return
    by = by_author(s, "en", body)
    if by:
        m = Mention(by[0], by[1], source_label(s, by[0], by[1], "en"), guess_kind(s, by[0], by[1], "en"))
        linked[id(m)] = (m, cue)
