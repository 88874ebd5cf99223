"""The document state the pipeline's stages read and write (see ``pipeline.py``).

One ``Document`` per call of ``extract()``; one ``SentenceState`` per sentence in
``Document.sentences``. Every field has a name and one meaning; a stage that needs something
new adds a field here (and says in ``README.md`` which stage writes it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .discourse.quotes import QuoteInfo
from .sources.cues import has_cue
from .sources.mentions import Mention
from .text.sentences import Sentence
from .types import Claim, Quote


class Attribution:
    """A source of a sentence's figures: ``mention`` (token indices into ``sentence``, which may
    be an earlier sentence than the figures'), the cue that makes it a source ("laut",
    "said"; "" for a subject without a cue) and its role ("origin" or "relay").

    A plain class with the methods a dataclass would give it (equal by its fields, so no hash):
    the compiled build makes it an extension type (``state.pxd``), which a dataclass cannot be."""

    __slots__ = ("cue", "mention", "role", "sentence")

    def __init__(self, mention: Mention, cue: str, role: str, sentence: Sentence):
        self.mention, self.cue, self.role, self.sentence = mention, cue, role, sentence

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.mention, self.cue, self.role, self.sentence) == (
            other.mention,
            other.cue,
            other.role,
            other.sentence,
        )

    def __repr__(self) -> str:
        return (
            f"Attribution(mention={self.mention!r}, cue={self.cue!r}, role={self.role!r}, "
            f"sentence={self.sentence!r})"
        )


@dataclass(slots=True)
class QuoteSource:
    """The speaker of a direct quotation as the source of figures said after it."""

    quote: QuoteInfo


Source = Attribution | QuoteSource


class SentenceState:
    """What the stages know about one sentence (a plain class, no dataclass: the compiled
    build makes it an extension type, ``state.pxd``).

    - ``sentence``: the ``Sentence``
    - ``marks``: token indices a figure or a date may start at (numbers stage); None: no figure
      possible
    - ``periods``: the periods the sentence names, as find_periods gives them: ``Found(i0, i1,
      period)`` with the token indices [i0, i1) that name the period (time stage)
    - ``figures``: the figures found in the sentence, as ``RawClaim`` objects (claims stages)
    - ``cues``: the attribution cues of the sentence, once looked for (sources stage); None
      before
    - ``cued``: whether a word of the sentence may be a cue (``sources.cues.has_cue``), once
      asked (``has_cue()``); None: not asked yet
    - ``sources``: who the figures come from, in order (``Source``: sources and discourse stages)
    - ``only_counted``: a confirming source joined from the next sentence: it confirms counted
      figures only
    """

    __slots__ = ("cued", "cues", "figures", "marks", "only_counted", "periods", "sentence", "sources")

    def __init__(self, sentence: Sentence):
        self.sentence, self.marks, self.periods, self.figures = sentence, None, [], []
        self.cues, self.cued, self.sources, self.only_counted = None, None, [], False

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in _STATE_FIELDS)
        return f"SentenceState({fields})"

    def has_cue(self, lang: str) -> bool:
        """``sources.cues.has_cue`` of the sentence, looked at once: the sources stages and
        the discourse stages ask it of many sentences with figures."""
        if self.cued is None:
            self.cued = has_cue(self.sentence, lang)
        return self.cued


_STATE_FIELDS = ("sentence", "marks", "periods", "figures", "cues", "cued", "sources", "only_counted")


@dataclass(slots=True, eq=False)
class Document:
    """One article on its way through the pipeline."""

    text: str
    language: str | None
    published: dt.date | str | None
    version: str
    # the text lower-cased, when that keeps every offset (else None: sentences lower their own)
    low_text: str | None = None
    sentences: list[SentenceState] = field(default_factory=list)
    quotes: list[QuoteInfo] = field(default_factory=list)
    # numbers the article uses in names: "Boeing 737" makes "each 737" no figure
    names: set = field(default_factory=set)
    claims: list[Claim] = field(default_factory=list)
    out_quotes: tuple[Quote, ...] = ()
