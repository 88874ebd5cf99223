"""What a figure counts: percent, money, measures, ages, the counted noun or the counted verb."""

from __future__ import annotations

from ..lexicon import CUES, WORDS
from ..numbers.figures import AGE_AFTER, AGE_BEFORE, CENTS, HYPHENS, PERCENT_WORDS, adjacent
from .later_harm import later_harm, past_aside, separable_harm
from .units import AUX, HARM, harm_unit, subject_phrase, unit_of_pair, unit_of_word


def attach_unit(s, claim, j: int, lang: str, after_of: bool = False) -> None:
    """What the figure ``claim`` counts, read from token ``j`` on: the rules of ``AFTER_RULES``
    are asked in order; the first that answers True decides."""
    if j >= s.n:
        if claim.kind == "count" and claim.unit is None:
            _harm_before(s, claim, lang)  # a headline: "Bus plunges into ravine, killing at least 24"
        return
    for rule in AFTER_RULES:
        if rule(s, claim, j, lang):
            return


def cents(s, claim, j: int, lang: str) -> bool:
    """ "50 Cent", "99 cents", "3p a litre": money, in the currency's unit."""
    low = s.lowers[j]
    cent = CENTS.get(low) if lang == "de" or low != "cent" else "dollar"
    if low == "p" and lang == "en" and adjacent(s, j - 1, j):
        cent = "pound"  # "3p a litre", "134.7p"
    if not (cent and claim.kind == "count"):
        return False
    claim.kind, claim.unit, claim.i1 = "money", cent if lang == "de" or low != "cents" else "dollar", j + 1
    claim.value = round(claim.value / 100, 6)
    if claim.value_high is not None:
        claim.value_high = round(claim.value_high / 100, 6)
    return True


def percent(s, claim, j: int, lang: str) -> bool:
    """ "12 Prozent", "5%", "3 per cent", "2 percentage points", "2 Prozentpunkte"."""
    lowers, n = s.lowers, s.n
    low = lowers[j]
    pw = PERCENT_WORDS.get(low)
    if pw is None and lang == "en" and j + 1 < n:
        if low == "per" and lowers[j + 1] == "cent":
            pw, j = "percent", j + 1
        elif low == "percentage" and lowers[j + 1].startswith("point"):
            pw, j = "percentage point", j + 1
    if not pw:
        return False
    claim.kind, claim.unit, claim.i1 = "percent", pw, j + 1
    return True


def hyphen_compound(s, claim, j: int, lang: str) -> bool:
    """ "34-year-old", "der 17-Jährige", "die 15-stündige Sitzung", "a 10-kilometre stretch",
    "a 343-seat parliament"; another compound is a name ("G-7")."""
    lowers, n = s.lowers, s.n
    if not (lowers[j] in HYPHENS and adjacent(s, j - 1, j) and j + 1 < n and adjacent(s, j, j + 1)):
        return False
    nxt = lowers[j + 1]
    if nxt[0].isdecimal():
        return True
    if nxt.startswith(("year-old", "years-old", "jährig")) or nxt in ("jährige", "jähriger", "jährigen"):
        claim.kind, claim.unit, claim.i1 = "age", "year", j + 2
        return True
    lasting = next((u for stem, u in _LASTING if nxt.startswith(stem)), None)
    hit = unit_of_word(nxt.split("-")[0], lang)
    if nxt.split("-")[0] in _HYPHEN_CENTS and claim.kind == "count" and lang == "en":
        claim.i1 = j + 1  # "the 51-cent forecast", "a 3p-a-litre rise": money, in the currency's unit
        return cents(s, claim, j + 1, lang) or True
    if lasting:
        claim.kind, claim.unit = "other", lasting
    elif hit and hit[1] in ("other", "money"):
        claim.kind, claim.unit = hit[1], hit[0]
    elif hit and hit[1] == "count" and lang == "en" and nxt.isalpha():
        claim.unit = hit[0]
    else:
        claim.kind = "name"
    claim.i1 = j + 2
    return True


def measure(s, claim, j: int, lang: str) -> bool:
    """ "152 Kilometer pro Stunde", "41.8C", "20 square kilometres", "300 Euro", "zehn Jahre"
    (an age after "mit", "aged", before "alt"): a unit word that is no counted noun."""
    lowers, n = s.lowers, s.n
    low = lowers[j]
    hit = unit_of_word(low, lang) if low[0].isalpha() or low in ("%", "€", "$", "£", "°") else None
    if hit and hit[0] in _PER_HOUR and j + 2 < n and (lowers[j + 1], lowers[j + 2]) in _HOURLY:
        claim.kind, claim.unit, claim.i1 = "other", hit[0] + " per hour", j + 3  # 152 Kilometer pro Stunde
        return True
    if hit and low == "c" and not adjacent(s, j - 1, j):
        hit = None  # "41.8C" is a temperature, "80 C" is not
    if hit is None and lang == "en" and j + 1 < n:
        pair = unit_of_pair(low, lowers[j + 1], lang)
        if pair and pair[1] != "count":
            claim.kind, claim.unit, claim.i1 = pair[1], pair[0], j + 2
            return True
    if not (hit and hit[1] in ("money", "other", "percent")):
        return False
    claim.kind, claim.unit = hit[1], hit[0]
    claim.i1 = j + 1
    if hit[0] in ("year", "month") and hit[1] == "other":
        _years_of_age(s, claim, j, lang)
    return True


def _years_of_age(s, claim, j: int, lang: str) -> None:
    """ "mit 14 Jahren", "at the age of 70 years", "54 Jahre alt", "Kinder unter 14 Jahren",
    "children under five years": an age, not a span of time."""
    lowers, n = s.lowers, s.n
    before = lowers[claim.i0 - 1] if claim.i0 >= 1 else ""
    before2 = lowers[claim.i0 - 2] if claim.i0 >= 2 else ""
    after = lowers[j + 1] if j + 1 < n else ""
    hedge = lowers[claim.num - 1] if claim.num >= 1 else ""
    if (
        before in AGE_BEFORE
        or (before in ("von", "of") and before2 in ("alter", "age"))
        or after in AGE_AFTER
        or (hedge in _AGE_LIMITS and claim.num >= 2 and unit_of_word(lowers[claim.num - 2], lang) in _YOUNG)
    ):
        claim.kind = "age"
        if after in AGE_AFTER:
            claim.i1 = j + 2


def harm_verb(s, claim, j: int, lang: str) -> bool:
    """ "4.000 getötet oder verwundet", "20 killed": the verb names the unit."""
    harm = harm_unit(s, j, lang)
    if not harm:
        return False
    claim.unit, claim.i1 = harm
    claim.subject = " ".join(s.words[j : harm[1]])
    return True


def aged(s, claim, j: int, lang: str) -> bool:
    """ "aged 34", "at the age of 70": an age."""
    lowers = s.lowers
    before = lowers[claim.i0 - 1 : claim.i0]
    if before in (["aged"], ["age"], ["ages"]) or lowers[max(0, claim.i0 - 2) : claim.i0] == ["age", "of"]:
        claim.kind, claim.unit = "age", "year"
        return True
    return False


def counted_noun(s, claim, j: int, lang: str) -> bool:
    """The noun counted ("12.000 Soldaten", "120 of the patients", "52 der Erkrankten"), then a
    harm verb after it ("neun Menschen getötet", "20 people were killed") decides."""
    words, lowers, n = s.words, s.lowers, s.n
    found = subject_phrase(s, j, lang)
    if not found and lowers[j] in ("der", "of", "von") and j + 1 < n:
        # partitive: "52 der Erkrankten", "120 of the patients"
        k = j + 2 if lowers[j + 1] in _PARTITIVE_DETERMINERS else j + 1
        part = subject_phrase(s, k, lang) if k < n else None
        if part and part[0]:
            claim.unit = part[0]
            if part[1] in ("money", "other", "percent"):
                claim.kind = part[1]
            elif claim.unit in _PEOPLE or claim.unit in _HARMED_GROUPS:
                _harm_of_part(s, claim, part[2], lang)  # "63 of its soldiers had been killed"
            return True
    if not found:
        _harm_after(s, claim, j, lang)  # "20 were killed", "20 wurden getötet"
        return True
    unit, kind, head_end, start = found
    claim.subject = " ".join(words[start:head_end]) if head_end > start else ""
    claim.i1 = head_end
    if unit:
        claim.unit = unit
        if kind in ("money", "other", "percent"):
            claim.kind = kind
    if claim.unit in (None, "person", "soldier", "civilian", "child") or unit is None:
        _harm_after(s, claim, head_end, lang)
        _losses(lowers, claim, head_end)
    elif claim.unit in _PEOPLE:
        # "drei Bewohner ums Leben gekommen", "two firefighters were killed": the harm is counted
        before = claim.unit, claim.i1
        _harm_after(s, claim, head_end, lang)
        if claim.unit not in _HARMS:
            claim.unit, claim.i1 = before
    return True


def _losses(lowers, claim, head_end: int) -> None:
    """ "verlor 1.140 Soldaten", "lost 900 soldiers", "9.000 zivile Opfer des Krieges": killed and
    wounded (casualty)."""
    if (claim.unit == "soldier" and not _LOSS_VERBS.isdisjoint(lowers)) or (
        claim.unit == "person" and lowers[head_end - 1] in _VICTIMS and not _ATTACKS.isdisjoint(lowers)
    ):
        claim.unit = "casualty"


def _harm_of_part(s, claim, end: int, lang: str) -> None:
    before = claim.unit, claim.i1
    _harm_after(s, claim, end, lang)
    if claim.unit not in _HARMS:
        claim.unit, claim.i1 = before


AFTER_RULES = (cents, percent, hyphen_compound, measure, harm_verb, aged, counted_noun)
_PARTITIVE_DETERMINERS = frozenset(
    ("the", "den", "ihnen", "its", "their", "his", "her", "our", "seiner", "ihrer")
)
_HARMED_GROUPS = frozenset(("person", "soldier", "civilian", "child"))


_PEOPLE = frozenset(
    (
        *("resident", "firefighter", "worker", "employee", "police officer", "passenger", "patient"),
        *("student", "teacher", "doctor", "tourist", "visitor", "spectator", "participant"),
        *("protester", "migrant", "refugee", "prisoner", "hostage", "member", "customer", "voter"),
        "suspect",  # "15 Verdächtige wurden festgenommen", "arrested 15 suspects": arrests
    )
)
_HARMS = frozenset(("killed", "wounded", "casualty", "missing", "arrest"))
# "verlor 1.140 Soldaten", "beziffert die Verluste auf 76.000 Soldaten"
_LOSS_VERBS = frozenset(CUES["harm_verbs"]["loss_verbs"]) | frozenset(WORDS["loss_nouns"])
_VICTIMS = frozenset(("opfer", "victims", "victim"))
_ATTACKS = frozenset(WORDS["casualty_contexts"])
_LASTING = (
    ("stündig", "hour"),
    ("tägig", "day"),
    ("wöchig", "week"),
    ("monatig", "month"),
    ("minütig", "minute"),
)
_PER_HOUR = frozenset(("kilometre", "mile"))
_HYPHEN_CENTS = frozenset(("cent", "p"))
_HOURLY = frozenset((("pro", "stunde"), ("per", "hour"), ("an", "hour"), ("/", "h")))
_AGE_LIMITS = frozenset(("unter", "über", "ab", "under", "over"))
_YOUNG = frozenset((("child", "count"), ("baby", "count"), ("person", "count"), ("student", "count")))


_CLAUSE_REACH = 12  # "Drei Menschen sind bei dem Sturm in ihren Autos ums Leben gekommen"
_LIVES_REACH = 16  # "15.000 Zivilisten haben in der Ukraine seit dem Einmarsch ... ihr Leben verloren"
_LOST_LIVES = frozenset(
    (("ums", "leben"), ("leben", "gekostet"), ("leben", "verloren"), ("leben", "gelassen"))
)


def _harm_after(s, claim, j: int, lang: str) -> None:
    """ "neun Menschen getötet", "20 people were killed": the verb names the unit."""
    lowers, n = s.lowers, s.n
    after = past_aside(lowers, j, n)  # "Mindestens zwölf Menschen, darunter drei Kinder, kamen ..."
    if after != j:
        end = claim.i1
        _harm_after(s, claim, after, lang)
        claim.i1 = end  # the aside's figure stays a figure of its own
        return
    if _lost_lives(lowers, j, n):
        claim.unit = "killed"  # "kamen ... ums Leben", "hat ... Menschen das Leben gekostet"
        return
    if _harm_verb_after(s, claim, j, lang):
        return
    if _injuries_after(lowers, j, n):
        claim.unit = "wounded"  # "two men with gunshot wounds", "zwei Beamte erlitten Verletzungen"
        return
    if lang == "de" and j < n:
        participle = _final_participle(lowers, j, n, lowers[j] in AUX)
        if participle:
            claim.unit = HARM["de"][participle]
            return
    unit = later_harm(lowers, j, n, HARM["en"]) if lang == "en" else separable_harm(lowers, claim.i0, j, n)
    if unit:
        claim.unit = unit  # "Some 300 civilians in the city have been killed", "nahm 15 Männer fest"
        return
    _harm_before(s, claim, lang)


def _lost_lives(lowers, j: int, n: int) -> bool:
    """ "kamen ... ums Leben", "hat ... das Leben gekostet", "haben ... ihr Leben verloren",
    "lost their lives" in the clause from j."""
    for m in range(j, min(n - 1, j + _LIVES_REACH)):
        if (lowers[m], lowers[m + 1]) in _LOST_LIVES or (
            lowers[m] == "lost" and m + 2 < n and lowers[m + 2] in ("lives", "life")
        ):
            return True
        if lowers[m] in (",", ".", ";"):
            break
    return False


def _harm_verb_after(s, claim, j: int, lang: str) -> bool:
    """ "20 people were seriously injured", "zwölf Menschen getötet": a harm verb right after the
    figure (past auxiliaries and adverbs); sets the unit and the claim's end."""
    lowers, n = s.lowers, s.n
    k = j
    steps = 0
    while k < n and steps < 3 and (lowers[k] in AUX or lowers[k] in _HARM_SKIP):
        k += 1
        steps += 1
    if k >= n:
        return False
    harm = harm_unit(s, k, lang)
    if not harm or not (k == j or steps):
        return False
    claim.unit = harm[0]
    if claim.subject == "" or k == j:
        claim.i1 = max(claim.i1, harm[1])
    elif harm[1] - claim.i1 <= 4:
        claim.i1 = harm[1]
    return True


def _final_participle(lowers, j: int, n: int, aux: bool = True):
    """The harm participle at the end of a German clause: "430 Menschen sind in dieser Saison an
    Influenza gestorben", "zwölf Menschen wurden bei dem Unfall verletzt" (``aux``: an auxiliary
    at j); without one, the participle that ends the clause: "UN: 15.000 Zivilisten seit
    Kriegsbeginn getötet"; or None."""
    for m in range(j + 1 if aux else j, min(n, j + (_AUX_REACH if aux else 10))):
        low = lowers[m]
        if low in _HARM_BEFORE_BREAKS or low in _DE_CLAUSE_OPENERS:
            return None
        if low in _DE_HARM_FINITE:  # "dass drei Menschen in Autos starben"
            return "gestorben"
        if low in _DE_HARM_PARTICIPLES and (
            aux or m + 1 == n or lowers[m + 1] in _HARM_BEFORE_BREAKS or lowers[m + 1] in AUX
        ):
            return low  # "... getötet", "dass vier Menschen in ihren Autos getötet wurden"
    return None


_AUX_REACH = 20  # "3.265 Menschen sind 2018 nach vorläufigen Ergebnissen des ... gestorben"
_DE_HARM_FINITE = frozenset(("starben", "starb", "umkamen", "ertranken"))


_SUFFERED = frozenset(("suffered", "sustained", "with", "received", "erlitten", "erlitt", "mit"))
_INJURIES = tuple(WORDS["injury_endings"])  # "Verletzungen", "Rauchvergiftungen", "burns"
_QUOTES = frozenset(('"', "“", "„", "”", "‘", "'"))


def _injuries_after(lowers, j: int, n: int) -> bool:
    """ "suffered minor injuries", "with gunshot wounds", "erlitten schwere Verletzungen"."""
    if j < n and lowers[j] in _QUOTES:
        j += 1  # 31 civilians "suffered injuries ..."
    treated = lowers[j : j + 3] in (["were", "treated", "for"], ["was", "treated", "for"])
    j += 2 if treated else 0  # "two others were treated for heat exhaustion"
    if lowers[j : j + 4] in (["were", "taken", "to", "hospital"], ["was", "taken", "to", "hospital"]):
        j += 4  # "two people were taken to hospital with serious injuries"
    if j >= n or (lowers[j] not in _SUFFERED and not treated):
        return False
    for m in range(j + 1, min(n, j + 5)):
        if lowers[m].endswith(_INJURIES):
            return True
        if lowers[m] in _HARM_BEFORE_BREAKS:
            return False
    return False


_DE_HARM_PARTICIPLES = frozenset(
    (
        *("getötet", "gestorben", "umgekommen", "ermordet", "verletzt", "verwundet", "schwerverletzt"),
        *("vermisst", "festgenommen", "verhaftet", "ertrunken"),
    )
)
_DE_CLAUSE_OPENERS = frozenset(("wie", "als", "weil", "dass", "nachdem", "während", "bevor", "sagte"))


# between a figure and its harm verb: "wurden leicht verletzt", "were seriously injured"
_HARM_SKIP = frozenset(
    (
        "weitere",
        "more",
        "been",
        "have",
        "others",
        "leicht",
        "schwer",
        "lebensgefährlich",
        "tödlich",
        "teils",
        "seriously",
        "badly",
        "critically",
        "slightly",
        "fatally",
        "who",
        "remain",
        "remained",
        "still",
    )
)
_HARM_BEFORE_BREAKS = frozenset((",", ";", ":", ".", "und", "and", "oder", "or"))


def _harm_before(s, claim, lang: str) -> None:
    """ "killing more than 300 people", "starben 2025 insgesamt 2.640 Menschen": a verb just before."""
    table = HARM[lang]
    for m in range(claim.i0 - 1, max(-1, claim.i0 - 6), -1):
        low = s.lowers[m]
        if low in _HARM_BEFORE_BREAKS:
            return
        unit = table.get(low)
        if unit in ("killed", "wounded", "arrest"):  # "arrested 298 people"
            claim.unit = unit
            return
