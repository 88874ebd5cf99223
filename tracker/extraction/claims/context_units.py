"""What a figure of no noun or of people in general counts, by the words of its clause: a count of
times by its verb ("griffen das Dorf 37 Mal an", "attacked the village 37 times": attacks; "die
Wehren rückten 140 Mal aus": operations), people a total before them names ("Die Zahl der
Verletzten stieg auf 131 Menschen": wounded). People a body employs stay people ("employs 1,200
people"), as the answer keys have them."""

from __future__ import annotations

from ..lexicon import WORDS
from ..text.clauses import clause_end, clause_start
from .filters import TIME_UNITS
from .referents import number_of_unit
from .units import unit_of_word

_TIMES = frozenset(("mal", "times"))
_TIMES_VERBS = {lang: dict(table) for lang, table in WORDS["times_verb_units"].items()}
_GENERIC = frozenset(WORDS["generic_people"])
_EXACT = frozenset(WORDS["harmed_people_units"]) | frozenset(
    ("killed", "wounded", "casualty", "missing", "arrest", "employee")
)
_TO = frozenset(("auf", "to"))


def context_units(s, raw, lang: str) -> None:
    """The units the clause gives the figures of sentence ``s`` (see the module)."""
    for rc in raw:
        if rc.kind != "count":
            continue
        if rc.unit is None and _counts_times(s, rc):
            unit = _times_verb(s, rc, lang)
        elif rc.unit is None and _bracketed_alone(s, rc):
            unit = _noun_before(s, rc, lang)
        elif rc.unit == "person" and rc.i1 and s.lowers[rc.i1 - 1] in _GENERIC:
            unit = _total_before(s, rc, lang) or _travelling(s, rc, lang)
        elif rc.unit in _PEOPLE_UNITS and rc.unit != "person" and _groups_listed(s, rc, lang):
            unit = "person"  # "Some 7,500 soldiers, police and firefighters": people of several kinds
        elif rc.unit == "visitor" and _per_game(s.lowers, rc.i1):
            unit = "spectator"  # "im Mittel kamen 3.980 Besucher pro Spiel"
        else:
            continue
        if unit is not None:
            rc.unit = unit


def _per_game(lowers, j: int) -> bool:
    """ "3.980 Besucher pro Spiel", "8,100 visitors per match": the crowd of a game."""
    return j + 1 < len(lowers) and lowers[j] in _PER and lowers[j + 1] in _GAMES


_PER = frozenset(("pro", "je", "per", "a", "an"))
_GAMES = frozenset(("spiel", "heimspiel", "partie", "game", "match", "fixture", "home"))


def _groups_listed(s, rc, lang: str) -> bool:
    """The counted noun goes on in a list of two other kinds of people or more: "soldiers, police
    and firefighters", "Soldaten, Polizisten und Feuerwehrleute" (another figure's noun is no part)."""
    lowers, n, k = s.lowers, s.n, rc.i1
    if k + 3 >= n or lowers[k] != ",":
        return False  # three kinds or more: "Polizisten und Helfer" may be the police alone
    kinds = {rc.unit}
    while k + 1 < n and lowers[k] in (",", "and", "und") and not lowers[k + 1][:1].isdecimal():
        hit = unit_of_word(lowers[k + 1], lang)
        if not hit or hit[0] not in _PEOPLE_UNITS:
            break
        kinds.add(hit[0])
        k += 2
    return len(kinds) > 1 and lowers[k - 2] in ("and", "und")


_PEOPLE_UNITS = frozenset(WORDS["harmed_people_units"])


def _travelling(s, rc, lang: str):
    """ "stiegen 74,6 Millionen Menschen in ICE-Züge", "9.3 million people flew": people in general
    who travel on transport the clause names (or by air) are passengers."""
    verbs = _TRAVEL.get(lang, frozenset())
    if verbs.isdisjoint(s.low_set):
        return None  # no travel verb in the sentence: none in the clause
    a, b = clause_start(s, rc.num), clause_end(s, rc.num)
    words = s.lowers[a:b]
    if verbs.isdisjoint(words):
        return None
    if not _FLY.isdisjoint(words):
        return "passenger"
    for w in words:
        hit = unit_of_word(w, lang)
        if hit and hit[0] in _TRANSPORT:
            return "passenger"
    return None


_TRAVEL = {lang: frozenset(v) for lang, v in WORDS["travel_verbs"].items()}
_FLY = frozenset(WORDS["travel_self_verbs"])
_TRANSPORT = frozenset(WORDS["transport_units"])


def _counts_times(s, rc) -> bool:
    """ "37 Mal", "37 times": the figure's last token or the one after it."""
    return s.lowers[rc.i1 - 1] in _TIMES or (rc.i1 < s.n and s.lowers[rc.i1] in _TIMES)


def _bracketed_alone(s, rc) -> bool:
    """ "(11.277)", "(7,350)": a figure alone in brackets, after a name ("aus Syrien (11.277)")."""
    words = s.words
    return rc.i0 > 0 and rc.i1 < s.n and words[rc.i0 - 1] == "(" and words[rc.i1] == ")"


def _noun_before(s, rc, lang: str):
    """The first counted noun of the sentence before a bracketed figure, its subject's ("Die
    meisten Anträge kamen aus Syrien (11.277) und der Türkei (7.350)": applications; "Die meisten
    Übernachtungen entfielen auf Besucher aus den Niederlanden (5,6 Millionen)": overnight
    stays), or None."""
    lowers, words = s.lowers, s.words
    people = None  # "Eritreer die meisten Anträge (2.314)": people only when nothing else is counted
    for k in range(rc.i0 - 1):
        if lang == "de" and not words[k][:1].isupper():
            continue
        hit = unit_of_word(lowers[k], lang)
        if hit and hit[1] == "count" and hit[0] not in TIME_UNITS:
            if hit[0] != "person":
                return hit[0]
            people = people or hit[0]
    return people


def _times_verb(s, rc, lang: str):
    """The unit a verb of the figure's clause names for a count of times, or None."""
    table = _TIMES_VERBS.get(lang, {})
    a, b = clause_start(s, rc.num), clause_end(s, rc.num)
    return next((table[w] for w in s.lowers[a:b] if w in table), None)


def _total_before(s, rc, lang: str):
    """ "Die Zahl der Verletzten stieg auf 131 Menschen", "the number of staff rose to 900
    people": the harmed or the group a total before the figure names, when that is exact."""
    if rc.i0 < 1 or s.lowers[rc.i0 - 1] not in _TO:
        return None
    found = number_of_unit(s, lang)
    if not found or found[0] >= rc.i0:
        return None
    unit, kind = found[1][:2]
    return unit if kind == "count" and unit in _EXACT else None


_ANOTHER = frozenset(("further", "another", "additional"))
_INHERIT = frozenset(("count", "money", "other"))


def another_of_the_same(ctx, k: int, rc) -> bool:
    """ "Some 650 homes have been flooded and a further 12,000 have been put on alert", "another
    18,000": more of what the figure before counts (in its sentence, else in the one before); a
    rule of ``elliptic.UNIT_RULES``."""
    if rc.i0 < 1 or ctx.s.lowers[rc.i0 - 1] not in _ANOTHER:
        return False
    ref = next((p for p in reversed(ctx.raw[:k]) if p.unit is not None and p.kind in _INHERIT), None)
    if ref is None:
        ref = next((p for p in reversed(ctx.before) if p.unit is not None and p.kind in _INHERIT), None)
    if ref is None:
        return False
    rc.unit, rc.kind = ref.unit, ref.kind
    return True


def change_counted_after(ctx, k: int, rc) -> bool:
    """ "a 42,000 fall in the number of people", "a 300 rise in burglaries": a figure of a change
    counts what the change is in, named right after it; a rule of ``elliptic.UNIT_RULES``."""
    lowers, j = ctx.s.lowers, rc.i1
    if j - 1 <= rc.num or j >= ctx.s.n or lowers[j] != "in":
        return False
    found = ctx.number_of()
    if not found or found[0] not in (j - 1, j + 2):
        return False
    rc.unit, rc.kind = found[1]
    return True
