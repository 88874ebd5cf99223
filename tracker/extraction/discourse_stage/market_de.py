"""German sentences that report a share price's move ("Im nachbörslichen Handel gab das
Papier um 7 Prozent nach"): the market's reaction, which no source of the account gives."""

from __future__ import annotations

from ..lexicon import DISCOURSE_DE

_ARTICLES = frozenset(("die", "das", "der", "den", "dem", "des"))
_SHARES = frozenset(DISCOURSE_DE["share_nouns"])
_ALONE = frozenset(DISCOURSE_DE["unambiguous_share_nouns"])
_MARKET = frozenset(DISCOURSE_DE["market_words"])


def share_move(lowers) -> bool:
    """The sentence (its lower-case words) speaks of a share: "die Aktie" anywhere, or "das
    Papier", "die Titel" with a word of the stock market ("Handel", "Börse", "Dax")."""
    shares = [w for k, w in enumerate(lowers) if w in _SHARES and k and lowers[k - 1] in _ARTICLES]
    if not shares:
        return False
    return not _ALONE.isdisjoint(shares) or not _MARKET.isdisjoint(lowers)
