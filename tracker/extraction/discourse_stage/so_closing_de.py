"""German: a sentence closed by "so X" or "so X weiter" ("Der Umsatz sei gestiegen, so der
Manager weiter.", "„...“, so Brandes weiter.") is X's statement as a whole, the figures before
a colon and its quotation included; so are the figures after ", so X weiter:" ("Deutlicher sank
die Zahl, so das Magazin weiter: von 187.000 auf 104.000"). Its figures without a source of
their own sentence take X (also where a source was carried to them), under the name X stands
for: a surname or a role ("der Manager") for the person named so before, the outlet named
before for "das Magazin"."""

from __future__ import annotations

from ..lexicon import DISCOURSE_DE
from . import backrefs
from ._engine import LEXICON, SourceMention, sentence_attributions, sentence_names
from .bodies import other_body
from .signals import background

_DETS = frozenset(LEXICON["de"]["determiners"])
_FURTHER = frozenset(LEXICON["de"]["further_words"])
_BEFORE_SO = frozenset((",", "“", "”", '"', "«", "»"))
_NAME_WORDS = 4  # words of X
_OUTLET_NOUNS = tuple(DISCOURSE_DE["outlet_nouns"])
_MEDIA = frozenset(("news_outlet", "news_agency", "state_media"))


def close_with_so(units, sources, claims) -> None:
    """The claims of each sentence closed by "so X (weiter)" take X."""
    for k, u in enumerate(units):
        if not u.claims or u.headline:
            continue
        x = _so_speaker(u.s)
        if x is None:
            continue
        stand = _mention(u.s, x, _people_before(units, sources, k), lambda k=k: _names_before(units, k))
        for i in u.claims:
            own = any(u.s.start <= m.start < u.s.end for m in sources[i])
            if not own and not stand.start <= claims[i].start < stand.end:  # before X, or after its colon
                sources[i] = _with_stand(sources[i], stand)
        if not u.quoted:  # "„...“, so X.": the quotation's words are over
            _goes_on(units, k, sources, stand)


def _goes_on(units, k: int, sources, stand) -> None:
    """X's account goes on over the sentences after it in its paragraph whose figures have no
    source ("..., so Lorenzen weiter. Dazu soll die Kapazität um 4.500 Plätze wachsen."), up to
    one naming a source or opening with a body, quoting or stepping into background."""
    for v in units[k + 1 :]:
        if v.first or v.own or v.quoted or v.headline or background(v, "de"):
            return
        if other_body(v.s._text, "de", v.s, (stand,)) or backrefs.subject_description(v.s._text, v.s, "de"):
            return  # "Das Unternehmen beschäftigt ...": another body's sentence
        if any(sources[i] for i in v.claims):
            return
        for i in v.claims:
            sources[i] = (stand,)


def _with_stand(carried, stand) -> tuple:
    """X's words in place of X where the account carried to the claim holds X (its origin
    beside it stays: "unter Berufung auf Zahlen der Behörde ... so das Magazin weiter"), else X."""
    if any(m.name == stand.name for m in carried):
        return tuple(
            SourceMention(m.name, m.kind, stand.start, stand.end, stand.text, "so", m.role)
            if m.name == stand.name
            else m
            for m in carried
        )
    return (stand,)


def _so_speaker(s):
    """Token span (a, b) of X in a sentence that ends ", so X (weiter).", or where ", so X
    (weiter):" opens the figures after the colon, or None."""
    if "so" not in s.low_set:
        return None
    n = s.n
    ends = [n - 1 if n and s.words[-1] in (".", "!") else n]
    ends += [k for k in range(n) if s.words[k] == ":"]
    for end in ends:
        x = _so_before(s, end)
        if x is not None:
            return x
    return None


def _so_before(s, end: int):
    """Token span (a, b) of X in ", so X (weiter)" right before token ``end``, or None."""
    words = s.words
    if end and s.lowers[end - 1] in _FURTHER:
        end -= 1
    for so in range(end - 2, max(0, end - _NAME_WORDS - 2), -1):
        if s.lowers[so] == "so" and so and words[so - 1] in _BEFORE_SO:
            a = so + 1
            if all(w.isalpha() or w == "-" for w in words[a:end]) and _is_speaker(s, a, end):
                return a, end
            return None
    return None


def _is_speaker(s, a: int, b: int) -> bool:
    """A determiner and a noun ("der Manager") or capitalised words ("Brandes")."""
    words = s.words
    if s.lowers[a] in _DETS:
        return b - a >= 2 and all(w[:1].isupper() for w in words[a + 1 : b])
    return all(w[:1].isupper() for w in words[a:b])


def _people_before(units, sources, k: int) -> list:
    """The sources named before sentence k, latest first."""
    seen = []
    for j in range(k - 1, -1, -1):
        seen.extend(reversed(units[j].own))
        for i in units[j].claims:
            seen.extend(sources[i])
    return seen


def _names_before(units, k: int) -> list:
    """The people the sentences before sentence k name, latest first (a speaker without a
    figure of their own: "Der Vorsitzende X sprach von einem Neuanfang")."""
    out = []
    for j in range(k - 1, max(-1, k - _BACK - 1), -1):
        s = units[j].s
        named = sentence_names(s._text, s, "de") or sentence_attributions(s._text, s, "de")
        out.extend(reversed(named))
    return out


_BACK = 12  # sentences searched for the person a surname stands for


def _mention(s, x, before, named) -> SourceMention:
    a, b = x
    text = s._text
    start, end = s.starts[a], s.ends[b - 1]
    words = s.lowers[a:b]
    name, kind = text[start:end], "person"
    if words[0] in _DETS:
        cls = backrefs.noun_class(words[-1], "de")
        kind = "person" if cls == "person" else "organisation"
        name = " ".join(s.words[a + 1 : b])
        found = next((m for m in before if cls is not None and backrefs.fits(cls, m)), None)
        if cls is None and words[-1].endswith(_OUTLET_NOUNS):  # "so das Magazin": the outlet before
            found = next((m for m in before if m.kind in _MEDIA), None)
    else:
        surname = [s.words[b - 1]]
        found = next((m for m in before if m.name.split()[-1:] == surname), None)
        if found is None and b - a == 1:
            found = next((m for m in named() if m.name.split()[-1:] == surname), None)
    if found is not None:
        name, kind = found.name, found.kind
    return SourceMention(name, kind, start, end, text[start:end], "so", "origin")
