"""A headline colon: "WHO: 9.000 Fälle ...", "Insa: Union fällt auf 27 Prozent" — the words before
the colon name the source of the headline's figures when they are a known source, an acronym or a
source the body names; a topic ("Pflegenotstand: ...") or a label ("Exklusiv:") is none."""

from __future__ import annotations

from ._engine import LEXICON, SourceMention, known_source, source_noun

_LABELS = {lang: frozenset(LEXICON[lang]["headline_labels"]) for lang in ("de", "en")}


def headline_colon(text: str, lang: str, units, sources, claims) -> None:
    """ "WHO: 9.000 Fälle ...", "Insa: Union fällt auf 27 Prozent": the words before a headline
    colon name the source of the headline's figures."""
    u = units[0]
    if not u.headline or not u.claims:
        return
    s = u.s
    k = _label_colon(s, lang)
    if k is None:
        return
    a, b = s.starts[0], s.ends[k - 1]
    name = text[a:b]
    known = known_source(name)
    described = lang == "en" and s.words[k - 1][0].islower()  # "Louisiana sheriff: ..."
    named = described or (name.isupper() and len(name) > 1) or _named_in_body(name, units)
    if known is None and not named:
        return  # "Pflegenotstand: ...": a topic, not a source
    mention = SourceMention(
        known[0] if known else name, known[1] if known else "organisation", a, b, name, ":"
    )
    for i in u.claims:
        if not sources[i] and s.starts[k] < claims[i].start:
            sources[i] = (mention,)
    u.own = (mention,)


def _label_colon(s, lang: str):
    """Where the colon stands after one to four capitalised words that open the headline and
    are no label ("Exklusiv:"), or None."""
    try:
        k = s.words.index(":")
    except ValueError:
        return None
    if not 1 <= k <= 4:
        return None
    words = s.words[:k]
    if not words[0][0].isupper() or " ".join(s.lowers[:k]) in _LABELS[lang]:
        return None
    # English: a body's or role's noun may close the words ("Louisiana sheriff:", "Kent police:")
    last = k - 1 if lang == "en" and k > 1 and source_noun(s, k - 1, lang) is not None else k
    if any(not w[0].isupper() and not w.isupper() for w in words[:last] if w.isalpha()):
        return None
    if any(w.lower() in _LABELS[lang] for w in words):
        return None
    return k


def _named_in_body(name: str, units) -> bool:
    """The body names ``name`` as a source ("Insa: ..." and "des Instituts Insa"; not "Magdeburger")."""
    return any(m.name == name or name in m.text.split() for u in units[1:] for m in u.own)


_DASHES = (" – ", " - ", " — ")
_DASH_WORDS = 5  # words of the source after a headline's closing dash


def headline_dash(text: str, lang: str, units, sources, claims) -> None:
    """English: "More than 4,300 killed in the siege – regional health minister": the words after
    a headline's last dash name the source of the figures before it when they are a known
    source, end in a body's or role's noun or are a source the body names."""
    u = units[0] if units else None
    if lang != "en" or u is None or not u.headline or not u.claims:
        return
    s = u.s
    line = text[s.start : s.end].rstrip(" .")
    cut = max(line.rfind(d) for d in _DASHES)
    if cut < 0:
        return
    a = s.start + cut + 3
    name = text[a : s.start + len(line)].strip()
    k = next((j for j in range(s.n) if s.starts[j] >= a), None)
    if not name or k is None or s.n - k > _DASH_WORDS or any(w[:1].isdigit() for w in s.words[k:]):
        return
    known = known_source(name)
    noun = source_noun(s, s.n - 1, lang)
    if known is None and noun is None and not _named_in_body(name, units):
        return
    a = s.starts[k]
    kind = known[1] if known else noun[1] if noun else "organisation"
    mention = SourceMention(known[0] if known else name, kind, a, a + len(name), name, "–")
    for i in u.claims:
        if not sources[i] and claims[i].end <= a:
            sources[i] = (mention,)
    u.own = (mention,)
