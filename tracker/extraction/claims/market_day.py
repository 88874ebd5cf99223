"""The day's trading: "Shares of Norvik fell 4%", "Die Aktie verlor 3 Prozent" (for
``claims/dated.py`` and ``claims/assemble.py``)."""

from __future__ import annotations

from ..lexicon import DATES

_MARKET = frozenset(DATES["market_day_words"])


def market(s) -> bool:
    """ "Shares of Norvik fell 4%", "Die Aktie verlor 3 Prozent": the day's trading, not the
    period the article's statistics are of; not a sum "je Aktie", "pro Aktie", "per share" (a
    dividend, earnings of the period)."""
    lowers = s.lowers
    if _MARKET.isdisjoint(s.low_set):
        return False
    return any(w in _MARKET and not (k and lowers[k - 1] in _PER) for k, w in enumerate(lowers))


# "je Aktie", "per share"; "in the form of new shares", "a sale of shares": issued, not traded
_PER = frozenset(("je", "pro", "per", "new", "neue", "neuer", "of"))
