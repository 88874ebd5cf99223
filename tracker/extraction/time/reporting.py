"""The year of the accounts an article reports, named bare later on: "Das Geschäftsjahr endete
mit einem Überschuss von 150.000 Euro", "In the financial year, profit was £3m" stand for the
financial year its lead named ("im Geschäftsjahr 2025/26", "for the year to 31 May 2026"), not
for a period an earlier sentence carried on (a season before, a day the accounts came out)."""

from __future__ import annotations

from ..lexicon import DATES

_NOUNS = frozenset(DATES["account_year_nouns"])
_NOT_THIS = frozenset(DATES["account_year_not_this"])
_YEAR_DAYS = 360


def account_year_named(s, rep) -> bool:
    """Sentence ``s`` names the year of the accounts bare ("das Geschäftsjahr", "the financial
    year": no year written, none before or after) and ``rep``, the article's reporting period,
    is a year long."""
    if rep is None or rep.start is None or rep.end is None or (rep.end - rep.start).days < _YEAR_DAYS:
        return False
    lowers = s.lowers
    for k in range(len(lowers)):
        n = _noun_at(lowers, k)
        if not n:
            continue
        before = lowers[k - 1] if k else ""
        after = lowers[k + n] if k + n < len(lowers) else ""
        if before not in _NOT_THIS and not after[:1].isdecimal() and not before[:1].isdecimal():
            return True
    return False


def _noun_at(lowers, k: int) -> int:
    """The tokens of an account's year noun at k ("geschäftsjahr", "financial year"), or 0."""
    if lowers[k] in _NOUNS:
        return 1
    return 2 if " ".join(lowers[k : k + 2]) in _NOUNS else 0
