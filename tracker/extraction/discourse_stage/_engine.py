"""The one place where the discourse stage reaches into the engine's internals.

Everything else in ``discourse_stage`` works on the public result types (``types.py``) and on
the engine's sentences (start, end and parallel token lists ``words``/``lowers``/``starts``/
``ends``). When the engine's modules move, only these imports change.
"""

from __future__ import annotations

from ..discourse.quotes import speaker_before_colon
from ..lexicon import ATTRIBUTION, DATES, WORDS
from ..lexicon import DISCOURSE as LEXICON
from ..sources.attribution import sentence_attributed
from ..sources.candidates import sentence_mentions
from ..sources.cues import CITING, VERBS, has_cue
from ..sources.info import document_shows
from ..sources.mentions import known_source, source_noun
from ..sources.speakers_en import colon_owner
from ..sources.subjects import acting_subject, planning_subject
from ..text.clauses import positions
from ..text.phrases import is_info_head
from ..types import Claim, Quote, SourceMention, Speaker

__all__ = [
    "CALENDAR_EN",
    "CITING",
    "COUNTING_VERBS",
    "LEXICON",
    "VERBS",
    "WORDS",
    "Claim",
    "Quote",
    "SourceMention",
    "Speaker",
    "acting_subject",
    "is_info_head",
    "known_source",
    "name_spans",
    "positions",
    "sentence_attributions",
    "sentence_names",
    "source_noun",
    "speaker_before_colon",
]

# "recorded", "verzeichnete": the verbs a body or a place counts with (the sources stage's list)
COUNTING_VERBS = frozenset(ATTRIBUTION["counting_verbs"])

# month and day names ("January's 3.1%", "Friday's vote"): no body owns a figure by them
CALENDAR_EN = frozenset(DATES["months"]["en"]) | frozenset(DATES["weekdays"]["en"])


def sentence_attributions(text: str, s, lang: str) -> list[SourceMention]:
    """The sources a sentence names with an attribution cue ("Das teilte die Polizei mit"),
    as public mentions; [] when it has no cue."""
    found = sentence_attributed(s, lang) if has_cue(s, lang) else []
    if not found and lang == "en":
        # "Halvorsen's annual club finance review, released ..., showed", "The council's plans include:"
        found = document_shows(s) or colon_owner(s)
    if not found:  # "Die Landesregierung plant mit kräftig steigenden Ausgaben": its plan follows
        found = [(m, "", "origin") for m in planning_subject(s, lang)]
    out = []
    for m, cue, role in found:
        a, b = s.starts[m.i0], s.ends[m.i1 - 1]
        out.append(SourceMention(m.name, m.kind, a, b, text[a:b], cue, role))
    return out


def sentence_names(text: str, s, lang: str) -> list[SourceMention]:
    """Every source-like name of a sentence (known sources, described bodies, people), cue or
    not, as public mentions: the antecedents a back-reference may point to."""
    return [
        SourceMention(name, kind, a, b, text[a:b], "", "origin")
        for name, kind, a, b in name_spans(text, s, lang)
    ]


def name_spans(text: str, s, lang: str) -> list:
    """(name, kind, start, end) of every source-like name of a sentence (``sentence_names``
    without building mentions); the sentence's mentions depend on it alone: found once."""
    key = ("names", lang)
    spans = s.memo.get(key) if text is s._text else None
    if spans is None:
        spans = [(m.name, m.kind, s.starts[m.i0], s.ends[m.i1 - 1]) for m in sentence_mentions(s, lang)]
        if text is s._text:
            s.memo[key] = spans
    return spans
