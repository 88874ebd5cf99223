"""A figure that takes the scale word of the figure it stands beside: "1,231 statt 1,219
Milliarden Euro" (1.231 billion, ``elliptic.instead_or_partitive``)."""

from __future__ import annotations


def shared_scale(s, rc, ref) -> bool:
    """Give ``rc`` the scale word after the number of ``ref`` ("1,231 statt 1,219 Milliarden")
    when it names none and so comes to the same order; True when it did."""
    if rc.value is None or ref.value is None or rc.i1 > rc.num + 1 or ref.num + 1 >= s.n:
        return False
    factor = _SCALE_FACTORS.get(s.lowers[ref.num + 1])
    if factor is None or not 0.2 <= rc.value * factor / ref.value <= 5:
        return False
    rc.value *= factor
    if rc.value_high is not None:
        rc.value_high *= factor
    return True


_SCALE_FACTORS = {
    **dict.fromkeys(("milliarden", "mrd", "billion", "bn"), 1e9),
    **dict.fromkeys(("millionen", "mio", "million", "m"), 1e6),
}
