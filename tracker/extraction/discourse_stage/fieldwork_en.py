"""English: how a poll was made is no figure the poll states. "The survey of 1,412 registered
voters was conducted ... and has a margin of error of plus or minus 2.8 percentage points", "A
new Harwick poll of more than 6,000 adults gives the Greens a 7-point lead": the sample after
"<poll> of" and the margin of error describe the poll; the poll's own naming is no source of
them (a speaker who states them, "..., Ipsos said", stays). Its other figures keep it."""

from __future__ import annotations

import re

from ._engine import LEXICON

_POLLS = tuple(LEXICON["en"]["poll_stems"])
_MARGINS = tuple(LEXICON["en"]["margin_phrases"])
_LINKS = ("of", "is", "was", "at", "of about", "of around")
_SIGNS = ("plus or minus", "±", "+/-", "+/–")
# "<poll> of" right before the figure (its hedge is part of the figure's words)
_SAMPLE = re.compile(r"\b(?:" + "|".join(_POLLS) + r")s?\s+of\s+$")
_MARGIN = re.compile(
    r"\b(?:" + "|".join(_MARGINS) + r")\s+(?:" + "|".join(_LINKS) + r")\s+"
    r"(?:(?:" + "|".join(re.escape(x) for x in _SIGNS) + r")\s*)?$"
)
_REACH = 60  # characters before the figure in which its poll or margin stands


def describe_polls(text: str, lang: str, units, sources, claims) -> None:
    """The sample and the margin of error of a poll lose the poll's naming as their source."""
    if lang != "en":
        return
    for u in units:
        for i in u.claims:
            c = claims[i]
            if not sources[i] or not _describes(text, max(u.s.start, c.start - _REACH), c.start):
                continue
            kept = tuple(x for x in sources[i] if not _names_poll(x))
            if len(kept) < len(sources[i]):
                sources[i] = kept


def _describes(text: str, a: int, b: int) -> bool:
    """The words right before the figure make it a poll's sample or its margin of error."""
    before = text[a:b].lower()
    return bool(_SAMPLE.search(before) or _MARGIN.search(before))


def _names_poll(x) -> bool:
    """Source ``x`` is a poll's naming ("The survey", "A new Harwick poll"), not who speaks."""
    words = x.text.lower().split()
    return bool(words) and words[-1].startswith(_POLLS)
