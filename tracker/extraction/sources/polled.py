"""Polls in a sentence: the experts or groups a pollster asked are the origin of their expectation
beside the pollster that relays it ("Von LSEG befragte Analysten", "A Reuters poll of economists",
"economists polled by Reuters")."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION, DISCOURSE_DE
from .mentions import ARTICLES, Mention

_POLLED = frozenset(ATTRIBUTION["polled_participles_de"])
_POLLED_BY = frozenset(ATTRIBUTION["polled_by_de"])


def polled_experts(s, mentions, linked) -> None:
    """ "Von LSEG befragte Analysten hatten ... erwartet", "Von dem Unternehmen befragte
    Analysten": the polled experts after the pollster are a source of their own (the pollster
    relays them)."""
    for m in mentions:
        if m.i0 < 2 or s.lowers[m.i0] not in _POLLED or id(m) in linked:
            continue
        if any(x.i1 == m.i0 and _polled_by(s, x.i0) for x in mentions):
            linked[id(m)] = (m, s.lowers[m.i0])


def _polled_by(s, i: int) -> bool:
    """ "von" stands before the pollster at token i, or before its article ("von dem Unternehmen")."""
    k = i - 1 if i > 1 and s.lowers[i - 1] in ARTICLES else i
    return k > 0 and s.lowers[k - 1] in _POLLED_BY


_POLLED_GROUPS = frozenset(ATTRIBUTION["polled_groups"])
POLL_WORDS = frozenset(ATTRIBUTION["poll_words"])
_POLL_REACH = 4  # words between the group and its poll word


def polled_groups(s, linked) -> None:
    """ "A Reuters poll of economists had forecast ...", "Laut einer Umfrage von Bloomberg unter
    Analysten ...", "Economists in a Reuters poll": the polled group is a source of the
    expectation beside its pollster."""
    lowers = s.lowers
    covered = {q for m, _cue in linked.values() for q in range(m.i0, m.i1)}
    for k, low in enumerate(lowers):
        if low not in _POLLED_GROUPS or k in covered:
            continue
        near = lowers[max(0, k - _POLL_REACH) : k + _POLL_REACH + 1]
        if not POLL_WORDS.isdisjoint(near):
            m = Mention(k, k + 1, s.words[k], "expert")
            linked[id(m)] = (m, "polled")


def pollster_after_by(s, mentions, linked) -> None:
    """ "every forecast of economists polled by Reuters, who had pointed to 3.0%": the
    pollster after "polled by" passes the polled group's expectation on."""
    for m in mentions:
        if (
            id(m) not in linked
            and m.i0 >= 2
            and s.lowers[m.i0 - 1] == "by"
            and s.lowers[m.i0 - 2] in POLL_WORDS
        ):
            linked[id(m)] = (m, "polled by")


def polled_origin(chosen) -> list:
    """ "Analysts had on average expected $1.36 billion, according to LSEG data", "Von LSEG
    befragte Analysten": the polled experts are the origin of their expectation and the data
    firm beside them relays it; the experts (as (mention, cue) pairs), or [] when the sources
    are not experts and another body."""
    polled = [c for c in chosen if c[0].name.lower().rsplit(" ", 1)[-1] in _POLLED_GROUPS]
    return polled if polled and len(polled) < len(chosen) else []


_INQUIRIES = tuple(ATTRIBUTION["inquiry_words_de"])
_BODY_ENDS = tuple(DISCOURSE_DE["body_endings"])
_INQUIRY_REACH = 10  # tokens from the inquiry noun to "bei" (over the inquirer and its acronym)
_ASKED_WORDS = 3  # article, number or adjectives between "bei" and the bodies


def inquired_bodies(s, mentions, linked) -> None:
    """ "Das ergab eine Abfrage des epd bei den 16 Kultusministerien": the bodies an inquiry
    asked (after "bei"/"unter", the plural or name of a body) are the origin of its figures,
    beside the inquirer the sentence links."""
    if not linked:
        return
    for k in range(s.n - 2):
        if not s.lowers[k].endswith(_INQUIRIES):
            continue
        for j in range(k + 1, min(s.n - 1, k + _INQUIRY_REACH)):
            if s.words[j] in (",", ";", ":", "."):
                break
            if s.lowers[j] in ("bei", "unter"):
                _add_asked(s, mentions, linked, j + 1)
                break


def _add_asked(s, mentions, linked, a: int) -> None:
    h = a
    while h < s.n and h - a < _ASKED_WORDS and not s.words[h][:1].isupper():
        h += 1
    if h >= s.n or not _body_noun(s.lowers[h]) or any(m.i0 <= h < m.i1 for m, _c in linked.values()):
        return
    m = next((x for x in mentions if x.i0 <= h < x.i1), None) or Mention(h, h + 1, s.words[h], "organisation")
    linked[id(m)] = (m, "polled")


def _body_noun(low: str) -> bool:
    """A body's noun or its plural ("Kultusministerien", "Krankenkassen", "Landesämtern")."""
    forms = [low, low[:-1], low[:-2]]  # "Kassen", "Behörden"
    if low.endswith("ien"):
        forms.append(low[:-3] + "ium")  # "Ministerien"
    if low.rstrip("n").endswith("ämter"):
        forms.append(low.rstrip("n")[:-5] + "amt")  # "Landesämtern"
    return any(f.endswith(_BODY_ENDS) for f in forms)
