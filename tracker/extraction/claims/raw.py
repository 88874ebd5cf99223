"""A figure as the claim stages find it in one sentence: token indices into the sentence
(``i0``, ``i1``: its span; ``num``: its number), value, range, bound, kind, unit, subject."""

from __future__ import annotations


class RawClaim:
    __slots__ = (
        "approximate",
        "bound",
        "hedge_words",
        "i0",
        "i1",
        "kind",
        "num",
        "subject",
        "unit",
        "value",
        "value_high",
    )

    def __init__(
        self, i0, i1, num, value, value_high=None, bound="exact", kind="count", unit=None, subject=""
    ):
        self.i0, self.i1, self.num = i0, i1, num
        self.value, self.value_high = value, value_high
        self.bound, self.approximate = bound, bound != "exact"
        self.kind, self.unit, self.subject = kind, unit, subject
        self.hedge_words = ()
