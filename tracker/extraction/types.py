"""Frozen result types of the extraction engine.

The frozen classes set their fields through ``__dict__`` in an ``__init__`` of their own
(the generated frozen ``__init__`` calls ``object.__setattr__`` once per field, twice as slow).

Every span is a pair of Python ``str`` offsets into the text given to ``extract()``;
``text[start:end]`` is always the ``text`` field of the object.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

Number = int | float


def _json_number(value: float | None) -> Number | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return int(value)
    return value


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SourceMention:
    """Who a claim is attributed to, as written (``text``) and as known (``name``, ``kind``)."""

    name: str
    kind: str  # state_media, news_outlet, news_agency, intelligence, government, ...
    start: int
    end: int
    text: str
    cue: str = ""  # "laut", "according to", "sagte", ...
    role: str = "origin"  # origin (who knows) or relay (who passed it on)

    def __init__(self, name, kind, start, end, text, cue="", role="origin"):
        self.__dict__.update(
            {"name": name, "kind": kind, "start": start, "end": end, "text": text, "cue": cue, "role": role}
        )

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "cue": self.cue,
            "role": self.role,
        }


@dataclass(frozen=True)
class Period:
    """The time a figure refers to; ``start``/``end`` are inclusive dates (``start`` may be
    None for open periods such as "seit Kriegsbeginn")."""

    start: dt.date | None
    end: dt.date | None
    text: str
    span_start: int = -1
    span_end: int = -1

    def __init__(self, start, end, text, span_start=-1, span_end=-1):
        self.__dict__.update(
            {"start": start, "end": end, "text": text, "span_start": span_start, "span_end": span_end}
        )

    def to_dict(self) -> dict:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "text": self.text,
        }


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    text: str
    kind: str  # count, money, percent, age, ratio, other
    value: float
    value_high: float | None
    approximate: bool
    bound: str  # exact, about, at_least, at_most
    unit: str | None
    subject: str
    modality: str  # asserted, estimated, reported, speculative, planned
    sources: tuple[SourceMention, ...]
    when: Period | None
    sentence: tuple[int, int]

    def __init__(
        self,
        start,
        end,
        text,
        kind,
        value,
        value_high,
        approximate,
        bound,
        unit,
        subject,
        modality,
        sources,
        when,
        sentence,
    ):
        self.__dict__.update(
            {
                "start": start,
                "end": end,
                "text": text,
                "kind": kind,
                "value": value,
                "value_high": value_high,
                "approximate": approximate,
                "bound": bound,
                "unit": unit,
                "subject": subject,
                "modality": modality,
                "sources": sources,
                "when": when,
                "sentence": sentence,
            }
        )

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "value": _json_number(self.value),
            "value_high": _json_number(self.value_high),
            "approximate": self.approximate,
            "bound": self.bound,
            "unit": self.unit,
            "subject": self.subject,
            "modality": self.modality,
            "sources": [s.to_dict() for s in self.sources],
            "when": self.when.to_dict() if self.when else None,
            "sentence": {"start": self.sentence[0], "end": self.sentence[1]},
        }


@dataclass(frozen=True)
class Speaker:
    name: str
    start: int
    end: int

    def __init__(self, name, start, end):
        self.__dict__.update({"name": name, "start": start, "end": end})

    def to_dict(self) -> dict:
        return {"name": self.name, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: Speaker | None
    via: tuple[Speaker, ...] = ()

    def __init__(self, start, end, text, speaker, via=()):
        self.__dict__.update({"start": start, "end": end, "text": text, "speaker": speaker, "via": via})

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "via": [v.to_dict() for v in self.via],
        }


@dataclass(frozen=True)
class Extraction:
    language: str
    extractor_version: str
    claims: tuple[Claim, ...] = field(default_factory=tuple)
    quotes: tuple[Quote, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict:
        return {
            "language": self.language,
            "extractor_version": self.extractor_version,
            "claims": [c.to_dict() for c in self.claims],
            "quotes": [q.to_dict() for q in self.quotes],
        }
