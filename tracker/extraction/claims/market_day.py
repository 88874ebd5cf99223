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


def exchange_move(s, rc) -> bool:
    """ "The pound lost 0.7 cents against the dollar", "Der Euro legte 0,5 Prozent zum Dollar
    zu": a currency's move on the day, a figure right before "against"/"zum" and a currency."""
    lowers, j = s.lowers, rc.i1
    if j >= s.n or lowers[j] not in _AGAINST:
        return False
    return not _CURRENCIES.isdisjoint(lowers[j + 1 : j + 3])


_AGAINST = frozenset(("against", "versus", "gegenüber", "zum"))
_CURRENCIES = frozenset(DATES["exchange_currencies"])
