"""German: a phrase before a cue verb that cannot speak, so is no source: an adverbial opened by
a preposition ("Aufs Jahr gerechnet belaufe sich ..."), a measure ("Die Geburtenziffer gibt an"),
a bare noun asking a price ("Vermieter verlangten 16 Euro"), and, for a verb that needs a speaker
("erinnerte"), a phrase without a speaker's noun ("Das Foto erinnerte viele an ..."); a phrase
before the verb whose subject, a source, follows it ("Die Fehlertoleranz gab Forsa mit ... an");
a count or genitive, which has no statements of its own ("die Zahl der Fälle nach eigenen
Angaben"); the subject of a clause a comment reports ("X haben ... angekündigt, wie Y
mitteilte")."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION, WORDS
from .cues import VERBS
from .mentions import source_noun

_ADVERBIAL_OPENERS = frozenset(ATTRIBUTION["adverbial_openers_de"])
_SPEAKER_ONLY = frozenset(ATTRIBUTION["speaker_only_verbs_de"])
_MEASURES = tuple(ATTRIBUTION["measure_heads_de"])
_PRICE_VERBS = frozenset(ATTRIBUTION["price_verbs_de"])
_ARTICLES = frozenset(("der", "die", "das", "den", "dem"))
_COUNTS = frozenset(WORDS["referent_words"])


def not_speaking_de(s, cue, span, mentions=()) -> bool:
    """The German phrase ``span`` before cue verb ``cue`` is no speaker: a sentence's first
    phrase opened by a preposition is an adverbial, not the subject of the verb after it; a verb
    that needs a speaker has none in a phrase without a speaker's noun."""
    if span[0] == 0 and s.lowers[0] in _ADVERBIAL_OPENERS:
        return True
    if s.words[span[1] - 1][:1].isupper() and s.lowers[span[1] - 1].endswith(_MEASURES):
        return True  # "Die Geburtenziffer gibt an, wie viele ...": a measure, no speaker
    if asks_a_price(cue, span):
        return True
    if cue.text in _SPEAKER_ONLY and source_noun(s, span[1] - 1, "de") is None:
        return True
    return object_before_speaker(s, cue, span, mentions) or reported_by_comment(s, cue, span, mentions)


def reported_by_comment(s, cue, span, mentions) -> bool:
    """ "Zahlreiche Versorger haben ... angekündigt, wie das Portal X mitteilte": a comment
    right after the participle that closes the clause names who reports the whole clause; the
    subject is what is reported, no source of its own."""
    k = cue.i1
    if span[1] == cue.i0 or k + 2 >= s.n or s.words[k] != "," or s.lowers[k + 1] != "wie":
        return False
    if not (s.lowers[k + 2] in _ARTICLES or s.words[k + 2][:1].isupper()):
        return False  # "..., wie schon im Vorjahr": a comparison
    e = k + 2
    while e < s.n and s.words[e].isalnum():
        e += 1
    return not VERBS["de"].isdisjoint(s.lowers[k + 3 : e])


def asks_a_price(cue, span) -> bool:
    """ "In Berlin verlangten Vermieter im Mittel 16 Euro": a plural price verb whose subject is
    one word, a kind of sellers (no person's name: the verb is plural), names what is charged."""
    return cue.text in _PRICE_VERBS and span[1] - span[0] == 1


def object_before_speaker(s, cue, span, mentions) -> bool:
    """German word order puts the object first when the subject follows the verb: "Die
    Fehlertoleranz gab Forsa mit 2,5 Punkten an", "Die Wahlbeteiligung bezifferte die Stadt auf
    48 Prozent". A phrase right before the cue verb without a speaker's noun is then its object,
    not a source; a source named before the verb ("Der Verband gab ... an") stays."""
    if span[1] != cue.i0 or source_noun(s, span[1] - 1, "de") is not None:
        return False
    after = cue.i1 + (cue.i1 < s.n and s.lowers[cue.i1] in _ARTICLES)
    return any(m.i0 == after and m.i0 >= cue.i1 for m in mentions)


def no_statements_de(s, span) -> bool:
    """The German phrase ``span`` is no body with statements of its own: a count or measure
    ("die Zahl der Krankmeldungen", "Die Quote") or a genitive after a noun ("der
    Krankmeldungen" in "Zahl der Krankmeldungen")."""
    a, b = span
    if a > 1 and s.words[a - 1][:1].isupper() and s.words[a - 1].isalpha():
        return True
    return s.lowers[b - 1] in _COUNTS or any(
        s.lowers[k] in _COUNTS or s.lowers[k].endswith(_MEASURES) for k in range(a, min(b, a + 2))
    )
