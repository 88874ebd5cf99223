"""German reported speech: a figure in the Konjunktiv ("Der Strom sei ... ausgefallen", "Bis zu
1,7 Millionen seien bedroht") keeps the speaker of the sentences before, until the account
ends."""

from __future__ import annotations

import re

from ..lexicon import ATTRIBUTION
from ..sources.attribution import sentence_attributed
from ..sources.cues import has_cue
from ..state import Attribution, QuoteSource
from .quotes import PRONOUNS

# German indirect speech: Konjunktiv I, or hearsay "soll(en) ... haben/sein" ("sollen ... gezahlt haben")
_KONJUNKTIV_FORMS = (
    *("sei", "seien", "habe", "hätten", "hätte", "werde", "würden", "könne", "müsse", "solle", "gebe"),
    *("liege", "lägen", "entspreche", "drohe", "stehe", "gehe", "komme", "bleibe", "fehle", "reiche"),
    *("betrage", "steige", "sinke", "wachse", "erhalte", "brauche", "plane", "rechne", "erwarte"),
    *("wolle", "dürfe", "bestehe", "verfüge", "arbeite", "lebe", "trage"),
)
_SOLL_FORMS = ("soll", "sollen", "sollte", "sollten")
KONJUNKTIV_RE = re.compile(
    r"\b(?:" + "|".join(_KONJUNKTIV_FORMS) + r")\b"
    r"|\bsoll(?:en|te|ten)?\b[^.;:]{0,200}?\b(?:haben|sein|worden)\b"
)
# a match stands between word boundaries: one of these forms is a token of the sentence, or a
# part of a token joined by a hyphen or an apostrophe ("sei-", "habe’s")
_KONJUNKTIV_TOKENS = frozenset(_KONJUNKTIV_FORMS + _SOLL_FORMS)


_DEMNACH_RE = re.compile(r"\b(?:demnach|demzufolge|zufolge)\b")


_KONJUNKTIV_AUX = frozenset(ATTRIBUTION["konjunktiv_aux"])


def _reported_subject(s, m) -> bool:
    """The mention is the subject of a Konjunktiv clause: "Das Landeskriminalamt habe 40 Fälle
    ermittelt" reports what the speaker says the office found."""
    return m.i1 < s.n and s.lowers[m.i1] in _KONJUNKTIV_AUX


def continue_reported_speech(states, quotes, lang: str, text: str) -> None:
    """German indirect speech ("Der Strom sei ... ausgefallen") keeps the previous speaker."""
    if lang != "de":
        return
    carry = None
    qi = 0
    prev = None
    for st in states:
        s, raw, sources = st.sentence, st.figures, st.sources
        real = _own_attributions(st, carry, text)
        if real:
            carry = real
            prev = s
            continue
        while qi < len(quotes) and quotes[qi].close < s.start:
            qi += 1
        q = _quote_ending_in(quotes, qi, s)
        named = _new_speaker(s, lang) if q is None and not raw and carry is not None else None
        if named:
            carry = named
            prev = s
            continue
        if q is not None and q.speaker:
            carry = [QuoteSource(q)]
            continue
        if carry is None and raw and not sources and prev is not None:
            carry = _speaker_before(text, s, prev, lang)
        prev = s
        carry = _after(carry, st, text)


def _new_speaker(s, lang: str):
    """ "Die Kundgebung sei friedlich verlaufen, sagte ein Polizeisprecher": a sentence without
    figures that names a new speaker with its cue."""
    if not has_cue(s, lang):
        return None
    return [Attribution(m, cue, role, s) for m, cue, role in sentence_attributed(s, lang)]


def _speaker_before(text: str, s, prev, lang: str):
    """ "nach Einschätzung des WFP droht eine Hungersnot. Bis zu 1,7 Millionen seien bedroht.":
    a reported sentence without a source of its own takes the attribution of the one before."""
    if not (has_cue(prev, lang) and _reported(text, s)):
        return None
    return [Attribution(m, cue, role, prev) for m, cue, role in sentence_attributed(prev, lang)] or None


def _reported(text: str, s) -> bool:
    return might_be_reported(s) and KONJUNKTIV_RE.search(text, s.start, s.end) is not None


def might_be_reported(s) -> bool:
    """A cheap necessary condition of a ``KONJUNKTIV_RE`` match in sentence ``s``: a Konjunktiv
    or "soll" form among its tokens, or a token joined by a hyphen or an apostrophe (one set
    test in C instead of a regex tried at every position of most sentences)."""
    low = s.text_lower  # the joiners tested one by one: no generator per sentence
    return not _KONJUNKTIV_TOKENS.isdisjoint(s.words) or "-" in low or "'" in low or "’" in low


def _own_attributions(st, carry, text: str):
    """The sentence's own attributions; none when, in reported speech, they are only the
    subjects of what the speaker reports ("Die Bundespolizei habe zudem 1.150 Schleuser
    festgenommen": the subject is what is reported, not who reports it)."""
    s, sources = st.sentence, st.sources
    real = [x for x in sources if isinstance(x, Attribution)]
    if (
        real
        and carry
        and st.figures
        and all(x.cue == "" or _reported_subject(s, x.mention) for x in real)
        and _reported(text, s)
    ):
        sources[:] = [x for x in sources if not isinstance(x, Attribution)]
        return []
    return real


def _after(carry, st, text: str):
    """The speaker carried past sentence ``st``: a Konjunktiv sentence takes it (its figures
    too); "Das Boot war demnach ..." keeps it; anything else ends it."""
    if not carry:
        return None
    s = st.sentence
    if _reported(text, s):
        if st.figures:
            st.sources.extend(carry)
        return carry
    if not st.figures and _DEMNACH_RE.search(text, s.start, s.end):
        return carry  # "Das Boot war demnach ...": still the same account
    return None


def _quote_ending_in(quotes, qi: int, s):
    """A quote with a named speaker closing inside sentence ``s`` (quotes[qi:] close after its start)."""
    while qi < len(quotes) and quotes[qi].close <= s.end + 1:
        q = quotes[qi]
        if q.speaker and q.speaker[0].lower() not in PRONOUNS:
            return q
        qi += 1
    return None
