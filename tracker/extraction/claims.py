"""Figures in a sentence: number, range, hedge, scale, currency, unit and subject.

``find_claims`` walks the tokens of one sentence once; every test is a dict or set lookup.
It returns ``RawClaim`` objects (token indices); the engine adds sources, period and modality.
"""
from __future__ import annotations

import re

from .lexicon import HEDGES, MISC, NUMBERS
from .numbers import (EN_ONES, EN_SCALES, EN_TENS, SCALES, SUFFIX_SCALES, VAGUE, combine_english,
                      english_word_value, german_word_value, parse_numeral)
from .units import AUX, HARM, harm_unit, subject_phrase, unit_of_word

CURRENCY_SYMBOLS = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "₽": "rouble", "₴": "hryvnia",
                    "usd": "dollar", "eur": "euro", "gbp": "pound", "chf": "franc", "us$": "dollar"}
NAME_PREFIXES = frozenset(MISC["name_prefixes"])
TIME_SUFFIXES = frozenset(MISC["time_suffixes"])
ORDINAL_SUFFIXES = frozenset(MISC["ordinal_suffixes"])
RANGE_WORDS = frozenset(("bis", "to", "–", "—", "-", "und", "and", "oder", "or", "through"))
HYPHENS = frozenset(("-", "–", "—"))
_AGE_BEFORE = frozenset(("ab", "mit", "aged", "age", "ages", "alter", "alters"))
_AGE_AFTER = frozenset(("alt", "old", "jung", "älter", "jünger", "older", "younger"))
_CHANGE_VERBS = frozenset("""rose fell increased decreased grew dropped climbed jumped declined soared
plunged slumped rising falling up down cut raised lowered shrank surged stieg sank fiel wuchs""".split())
_DE_ORDINAL_CONTEXT = frozenset("am zum vom im der die das den dem des zur beim ab seit ihr ihrem sein seinem seiner jeder jede".split())
_SMALL_WORD_LIMIT = 100
_MEASURE_NAMES = frozenset(("stärke", "magnitude", "windstärke", "stufe", "level", "category", "kategorie"))
_NAME_ENDINGS = ("brigade", "division", "regiment", "bataillon", "korps", "flotte", "staffel", "geschwader", "linie",
                 "gleis", "halle", "terminal", "artikel", "paragraf", "paragraph", "kapitel", "seite", "nummer")
_PHONE_WORDS = frozenset(("rufnummer", "telefonnummer", "hotline", "helpline", "telefon", "tel", "phone", "fax",
                          "notrufnummer", "servicenummer", "durchwahl", "whatsapp", "sms", "call", "contact",
                          "dial", "ring", "reference", "quoting", "anrufen", "erreichbar", "wählen", "aktenzeichen"))
_RATIO = {}
for _lang in ("de", "en"):
    _table = NUMBERS[_lang]["ratio"]
    _endings = NUMBERS[_lang]["ratio_endings"]
    for _stem, _v in _table.items():
        for _e in _endings or [""]:
            _RATIO.setdefault(_lang, {})[_stem + _e] = _v
_RATIO["de"].update({"verdoppeln": 2, "verdopplung": 2, "verdoppelung": 2, "halbieren": 0.5})
RATIO_INFINITIVE = NUMBERS["en"]["ratio_infinitive"]
_MODALS_EN = frozenset("to will would could may might can should must".split())
_CENTS = {"cent": "euro", "cents": "dollar", "pence": "pound", "rappen": "franc", "kopeken": "rouble",
          "kopecks": "rouble"}
_PERCENT_WORDS = {"%": "percent", "prozent": "percent", "percent": "percent", "pct": "percent",
                  "prozentpunkte": "percentage point", "prozentpunkten": "percentage point",
                  "prozentpunkt": "percentage point"}


def _triggers():
    from .numbers import _GERMAN_FRACTIONS, _GERMAN_SMALL
    words = set(_GERMAN_SMALL) | set(_GERMAN_FRACTIONS) | set(EN_ONES) | set(EN_TENS) | set(EN_SCALES)
    words |= {"a", "an", "eine", "einen", "einem", "einer", "tens"}
    for lang in ("de", "en"):
        words |= set(_RATIO[lang]) | set(VAGUE[lang])
    words |= set(RATIO_INFINITIVE)
    return frozenset(words)


TRIGGERS = _triggers()


class RawClaim:
    __slots__ = ("i0", "i1", "num", "value", "value_high", "approximate", "bound", "kind", "unit",
                 "subject", "hedge_words")

    def __init__(self, i0, i1, num, value, value_high=None, bound="exact", kind="count", unit=None,
                 subject=""):
        self.i0, self.i1, self.num = i0, i1, num
        self.value, self.value_high = value, value_high
        self.bound, self.approximate = bound, bound != "exact"
        self.kind, self.unit, self.subject = kind, unit, subject
        self.hedge_words = ()


class _Atom:
    __slots__ = ("value", "end", "scale", "word", "vague")

    def __init__(self, value, end, scale=1, word=False, vague=False):
        self.value, self.end, self.scale, self.word, self.vague = value, end, scale, word, vague


def _adjacent(s, a: int, b: int) -> bool:
    return 0 <= a < b < s.n and s.ends[a] == s.starts[b]


def _scale_after(s, j: int, lang: str):
    """A scale word at j ("Millionen", "Mrd.", "million", "bn") -> (factor, end)."""
    if j >= s.n:
        return 1, j
    low = s.lowers[j]
    factor = SCALES[lang].get(low) or SCALES["de" if lang == "en" else "en"].get(low)
    if low in ("hundert", "hundred", "dutzend", "dozen"):
        factor = None
    if not factor:
        if _adjacent(s, j - 1, j) and low in SUFFIX_SCALES:
            factor = SUFFIX_SCALES[low]
        else:
            return 1, j
    end = j + 1
    if end < s.n and s.words[end] == "." and _adjacent(s, j, end) and low in ("mio", "mrd", "bio", "mn", "bn", "tsd"):
        end += 1
    return factor, end


def digit_atom(s, i: int, lang: str):
    v = parse_numeral(s.words[i], lang)
    if v is None:
        return None
    factor, end = _scale_after(s, i + 1, lang)
    if factor == 1e6 and s.lowers[i + 1] == "m" and not (isinstance(v, float) or _currency_before(s, i)):
        factor, end = 1, i + 1  # "100m" without money: metres
    return _Atom(_scaled(v, factor), end, factor)


def _scaled(v, factor):
    """1,2 x 1.000.000 without float noise: 1200000, not 1200000.0000000002."""
    x = v * factor
    if isinstance(x, float):
        r = round(x)
        if abs(x - r) < 1e-6 * max(1.0, abs(x)) and (factor > 1 or x == r):
            return int(r)
        return round(x, 6)
    return x


def word_atom(s, i: int, lang: str):
    low = s.lowers[i]
    n = s.n
    if lang == "de":
        v = german_word_value(low)
        if v is None:
            return None
        j = i + 1
        factor = 1
        while j < n and s.lowers[j] in SCALES["de"]:
            f = SCALES["de"][s.lowers[j]]
            if s.lowers[j] == "millionen" and v == 1:
                break
            factor *= f
            j += 1
            if j < n and s.words[j] == "." and s.lowers[j - 1] in ("mio", "mrd"):
                j += 1
        if v == 1 and factor == 1:
            return None  # "ein"/"eine" alone is not a figure
        return _Atom(_scaled(v, factor), j, factor, word=True)
    values, j = [], i
    if low in ("a", "an") and i + 1 < n and s.lowers[i + 1] in EN_SCALES:
        values.append(1)
        j = i + 1
    while j < n:
        lw = s.lowers[j]
        wv = english_word_value(lw)
        if wv is not None:
            values.append(wv)
        elif lw in EN_SCALES and lw not in ("mn", "bn", "tn") and values:
            values.append(EN_SCALES[lw] if lw != "dozen" else -12)
        elif lw == "and" and values and values[-1] in (100, 1000) and j + 1 < n and english_word_value(s.lowers[j + 1]):
            pass
        else:
            break
        j += 1
    if not values:
        return None
    total, current = 0, 0
    plain = []
    for v in values:
        if v == -12:
            current = (current or 1) * 12
        else:
            plain.append(v)
    value = (combine_english(plain) if plain else 0)
    if -12 in values:
        value = (combine_english(plain) or 1) * 12 if plain else 12
    if value == 1 and len(values) == 1:
        return None  # "one" alone
    scale = 1
    for v in values:
        if v >= 1000:
            scale = v
    return _Atom(value, j, scale, word=True)


def _currency_before(s, i: int):
    if i >= 1:
        cur = CURRENCY_SYMBOLS.get(s.lowers[i - 1])
        if cur:
            k = i - 1
            if k >= 1 and s.lowers[k - 1] in ("us", "a", "c", "hk") and _adjacent(s, k - 1, k):
                k -= 1
            return cur, k
    return None


def _hedge_before(s, k: int, lang: str):
    table = HEDGES[lang]
    for length in (3, 2, 1):
        if k - length < 0:
            continue
        key = tuple(s.lowers[k - length:k])
        if key in table:
            return table[key], k - length
    if lang == "de" and k >= 2 and s.lowers[k - 1] == "." and s.lowers[k - 2] == "ca":
        return "about", k - 2
    return None, k


def _not_a_figure(s, i: int, lang: str) -> bool:
    """Numbers in names, times, ordinals, phone and list numbers."""
    words, lowers, n = s.words, s.lowers, s.n
    w = words[i]
    if i >= 1 and _adjacent(s, i - 1, i):
        prev = words[i - 1]
        if prev[0].isalpha():
            return True  # G7, A380, MH17
        if prev in HYPHENS and i >= 2 and _adjacent(s, i - 2, i - 1) and words[i - 2][0].isalpha():
            return True  # F-16, Covid-19, Su-34
        if prev in ("#", "/", "+", "№", "§", ":", "."):
            return True
    if i + 1 < n:
        nxt = lowers[i + 1]
        if _adjacent(s, i, i + 1):
            if nxt in (":", "/") and i + 2 < n and words[i + 2][0].isdecimal():
                return True  # 14:30, 2:1, 24/7
            if nxt[0].isalpha() and nxt not in SUFFIX_SCALES and unit_of_word(nxt, lang) is None \
                    and nxt not in ("m", "km", "kg", "t", "mw", "gw", "kwh", "twh", "ha", "cm", "mm"):
                return True  # 21st, 3pm, 90er, 5G
            if nxt == "." and lang == "de" and len(w) <= 3 and w.isdecimal():
                after = words[i + 2] if i + 2 < n else ""
                prev = lowers[i - 1] if i else ""
                if after and (after[0].islower() or prev in _DE_ORDINAL_CONTEXT or i == 0):
                    return True  # am 3. Tag, der 2. Weltkrieg
                if after and after[0].isupper() and i + 3 < n and prev not in ("auf", "von", "um", "bei"):
                    return True
        nw = words[i + 1]
        if nw.isupper() and nw.isalpha() and 2 <= len(nw) <= 4 and unit_of_word(nxt, lang) is None \
                and not (i + 2 < n and words[i + 2] in HYPHENS and _adjacent(s, i + 1, i + 2)) \
                and nxt not in SUFFIX_SCALES and nxt not in CURRENCY_SYMBOLS and nxt not in ("mio", "mrd"):
            return True  # 737 MAX
        if nxt in TIME_SUFFIXES and (nxt != "am" or lang == "en"):
            return True
        if nxt in ("p", "a") and i + 2 < n and words[i + 2] == ".":
            return True
    if i >= 1:
        prev = lowers[i - 1]
        if prev in NAME_PREFIXES and (len(prev) > 1 or words[i - 1].isupper()) and w.isdecimal():
            return True
        if prev == "." and i >= 2 and lowers[i - 2] in ("nr", "no", "art", "abs", "s", "p", "bd", "vol"):
            return True
    if i >= 1 and w.isdecimal() and len(w) <= 4 and words[i - 1][0].isupper() and words[i - 1][0].isalpha() \
            and lowers[i - 1] not in _MEASURE_NAMES and lowers[i - 1] not in CURRENCY_SYMBOLS:
        prev = words[i - 1]
        nxt_unit = i + 1 < n and (lowers[i + 1] in SCALES[lang] or lowers[i + 1] in _PERCENT_WORDS
                                  or (lowers[i + 1][0].isalpha() and unit_of_word(lowers[i + 1], lang)))
        two_caps = i >= 2 and words[i - 2][:1].isupper() and words[i - 2][0].isalpha() and i - 2 > 0
        if (prev.isupper() and 2 <= len(prev) <= 4) or (two_caps and not nxt_unit) \
                or (not nxt_unit and prev.lower().endswith(_NAME_ENDINGS)):
            return True  # ICE 594, Baltic Shield 26, Panzerbrigade 45
    if i >= 2 and words[i - 1] in HYPHENS and _adjacent(s, i - 1, i) and words[i - 2][0].isdecimal() \
            and _adjacent(s, i - 2, i - 1):
        return True  # the second half of 925-0, 2-1, A350-1000
    if any(lowers[k] in _PHONE_WORDS for k in range(max(0, i - 6), i)):
        return True
    if w.isdecimal() and len(w) >= 3 and w[0] == "0":
        return True  # phone and area codes
    if w.isdecimal() and len(w) > 12:
        return True
    # runs of bare digit groups ("057 700 12 34"): phone numbers
    if w.isdecimal() and i + 1 < n and words[i + 1].isdecimal() and not _adjacent(s, i, i + 1):
        return True
    if w.isdecimal() and i >= 1 and words[i - 1].isdecimal():
        return True
    if i == 0 and i + 1 < n and words[i + 1] in (".", ")") and len(w) <= 2:
        return True  # list numbering at the start of a line
    return False


_DIGITS = frozenset("0123456789")


_ROOTS = sorted({
    # German number-word roots (compounds start with one), English number words, scales, vague
    # amounts, multiplicative verbs; a sentence without any of them (and without a digit) holds no figure
    "zwei", "zwo", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig",
    "dreißig", "dreissig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig", "eineinhalb", "anderthalb",
    "verdopp", "verdreif", "vervierf", "verfünff", "versechsf", "versiebenf", "verachtf", "verneunf", "verzehnf",
    "verhundertf", "vertausendf", "halbier", "doubl", "tripl", "trebl", "quadrupl", "quintupl", "halve", "halving",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "dozen", "scores", "twofold", "threefold", "fourfold", "fivefold", "tenfold",
}, key=lambda w: -len(w))
_ANYWHERE = ("hundert", "tausend", "million", "milliard", "billion", "dutzend", "hundred", "thousand", "trillion")
MIGHT_HOLD_FIGURES_RE = re.compile(r"\d|\b(?:" + "|".join(_ROOTS) + ")|" + "|".join(_ANYWHERE))


def might_hold_figures(low_text: str, start: int, end: int) -> bool:
    """Cheap test on the lower-cased text of a sentence: is there anything to look at?"""
    return MIGHT_HOLD_FIGURES_RE.search(low_text, start, end) is not None


def candidates(s):
    """Tokens that may start a figure: digits and number, vague and ratio words (one quick pass;
    most tokens are neither)."""
    trig = TRIGGERS
    found = [k for k, low in enumerate(s.lowers) if low in trig or low[0] in _DIGITS]
    flat = s.text_lower
    if "tausend" in flat or "mal " in flat or "-" in flat:
        extra = [k for k, low in enumerate(s.lowers)
                 if "tausend" in low or low.endswith("mal") or ("-" in low and low.partition("-")[0] in trig)]
        if extra:
            found = sorted(set(found).union(extra))
    return found


def find_claims(s, lang: str, used: set, candidates_=None):
    """Claims of one sentence; ``used`` holds token indices taken by dates."""
    claims = []
    words, lowers, n = s.words, s.lowers, s.n
    ratios = _RATIO[lang]
    vague = VAGUE[lang]
    candidates_ = candidates(s) if candidates_ is None else candidates_
    after = 0
    for i in candidates_:
        if i < after or i in used:
            continue
        w, low = words[i], lowers[i]
        c = w[0]
        claim = None
        if c.isdecimal():
            if not _not_a_figure(s, i, lang):
                claim = _number_claim(s, i, lang, digit_atom(s, i, lang), used)
        elif c.isalpha():
            if low in ratios or (lang == "en" and low in RATIO_INFINITIVE and _verb_use(s, i, lang)):
                claim = _ratio_claim(s, i, lang, ratios.get(low) or RATIO_INFINITIVE[low])
            elif _times(s, i, lang) is not None:
                v, end = _times(s, i, lang)
                claim = _ratio_claim(s, i, lang, v)
                claim.i1 = end
            elif "-" in low and _hyphen_unit(s, i, lang):
                claim = _hyphen_unit(s, i, lang)
            elif low in vague and not (i and words[i - 1][0].isdecimal()):
                claim = _vague_claim(s, i, lang, vague[low])
            elif low == "tens" and lang == "en" and i + 2 < n and lowers[i + 1] == "of" and lowers[i + 2] == "thousands":
                claim = _vague_claim(s, i, lang, 10000, span=3)
            else:
                atom = word_atom(s, i, lang)
                if atom:
                    claim = _number_claim(s, i, lang, atom, used)
        if claim:
            claims.append(claim)
            after = max(claim.i1, i + 1)
    return claims


def _verb_use(s, i: int, lang: str) -> bool:
    """"could double", "more than triple the average": the word is a verb or a multiplier."""
    prev = s.lowers[i - 1] if i else ""
    nxt = s.lowers[i + 1] if i + 1 < s.n else ""
    return prev in _MODALS_EN or prev in ("than", "nearly", "almost", "roughly", "or", "even", "and") or nxt in ("the", "its", "their", "in", "by", "that")


def _times(s, i: int, lang: str):
    """"dreimal so viele", "five times as many", "at least five times" -> (factor, end)."""
    low = s.lowers[i]
    n = s.n
    if lang == "de" and low.endswith("mal") and len(low) > 3:
        v = german_word_value(low[:-3])
        if v and v > 1 and i + 1 < n and s.lowers[i + 1] in ("so", "mehr", "höher", "größer"):
            return v, i + 1
        return None
    if lang == "en" and i + 1 < n and s.lowers[i + 1] == "times":
        v = english_word_value(low) if low[0].isalpha() else None
        if v and v > 1 and (i + 2 >= n or s.lowers[i + 2] in ("as", "more", "higher", "larger", "bigger", "the", "that", ".", ",")):
            return v, i + 2
    return None


def _hyphen_unit(s, i: int, lang: str):
    """"six-hour debate", "a two-year contract": a number word glued to a unit."""
    low = s.lowers[i]
    first, _, rest = low.partition("-")
    v = english_word_value(first) if lang == "en" else german_word_value(first)
    if not v or v == 1 and first in ("a", "an", "ein", "eine"):
        return None
    if rest.startswith("year-old") or rest.startswith("jährig"):
        return RawClaim(i, i + 1, i, v, kind="age", unit="year")
    hit = unit_of_word(rest.split("-")[0], lang)
    if hit and hit[1] == "other":
        return RawClaim(i, i + 1, i, v, kind="other", unit=hit[0])
    return None


def _ratio_claim(s, i: int, lang: str, value):
    bound, k = _hedge_before(s, i, lang)
    if bound in ("at_least", "at_most", "about") and k < i:
        return RawClaim(k, i + 1, i, value, bound=bound, kind="ratio", unit="factor")
    return RawClaim(i, i + 1, i, value, kind="ratio", unit="factor")


def _vague_claim(s, i: int, lang: str, value, span: int = 1):
    j = i + span
    n = s.n
    if j < n and s.lowers[j] in ("von", "of", "der", "an"):
        j += 1
    claim = RawClaim(i, i + span, i, value, bound="at_least")
    _attach_unit(s, claim, j, lang, after_of=j > i + span)
    if s.lowers[i] in ("millionen", "milliarden", "millions", "billions") and claim.kind != "money" and claim.unit is None:
        return None  # "Millionen" alone is too vague to keep without a counted noun
    return claim


def _number_claim(s, i: int, lang: str, atom, used: set):
    if atom is None:
        return None
    words, lowers, n = s.words, s.lowers, s.n
    value, j = atom.value, atom.end
    # a bare year-like number is a date unless a noun follows (handled by periods)
    k = i
    currency = None
    cur = _currency_before(s, i)
    if cur:
        currency, k = cur
    negative = i >= 1 and k == i and ((words[i - 1] in ("-", "−") and _adjacent(s, i - 1, i)
                                       and not _adjacent(s, i - 2, i - 1)) or lowers[i - 1] == "minus")
    if negative:
        value, k = -value, i - 1
    bound, k2 = _hedge_before(s, k, lang)
    prefix = lowers[k2 - 1] if k2 >= 1 else ""
    value_high = None
    # ranges: "25.000 bis 30.000", "zwischen 4.000 und 5.000", "10–12", "from 10 to 12"
    pct_skip = j < n - 2 and (words[j] == "%" or (_adjacent(s, j - 1, j) and words[j][0].isalpha()
                                                  and unit_of_word(lowers[j], lang))) \
        and lowers[j + 1] in RANGE_WORDS and (words[j + 2][0].isdecimal() or words[j + 2] in ("-", "−"))
    if pct_skip:
        j += 1
    if j < n and lowers[j] in RANGE_WORDS:
        conn = lowers[j]
        ok = True
        if conn in ("und", "and"):
            ok = prefix in ("zwischen", "between")
        elif conn in HYPHENS:
            ok = (words[j] != "-" or (_adjacent(s, j - 1, j) and _adjacent(s, j, j + 1)))
        elif conn in ("oder", "or"):
            ok = not atom.word or value < 100
        if prefix in ("from", "von") and k2 >= 2 and lowers[k2 - 2] in _CHANGE_VERBS:
            ok = False
        if ok and j + 1 < n:
            m = j + 1
            if m < n and lowers[m] in CURRENCY_SYMBOLS and m + 1 < n:
                m += 1
            negative = m + 1 < n and words[m] in ("-", "−") and _adjacent(s, m, m + 1) and words[m + 1][0].isdecimal()
            if negative:
                m += 1
            if m < n and m not in used:
                second = None
                if words[m][0].isdecimal() and m + 1 < n and lowers[m + 1] in TIME_SUFFIXES:
                    return None  # "von 8 bis 18 Uhr"
                glued = conn in HYPHENS and _adjacent(s, j - 1, j) and _adjacent(s, j, m)
                if glued and words[m][0].isdecimal():
                    second = digit_atom(s, m, lang)
                    if second is None or second.value <= value or (
                            second.end + 1 < n and words[second.end] in HYPHENS and words[second.end + 1][0].isdecimal()):
                        return None  # a score (2-1), a model (777-9) or a phone number (720-555-0134)
                elif words[m][0].isdecimal() and not _not_a_figure(s, m, lang):
                    second = digit_atom(s, m, lang)
                elif words[m][0].isalpha():
                    second = word_atom(s, m, lang)
                if second is not None and i + 1 < n and lowers[second.end if second.end < n else n - 1] in TIME_SUFFIXES \
                        and second.end < n:
                    return None  # "von 8 bis 18 Uhr"
                if second is not None and negative:
                    second.value = -second.value
                if second is not None:
                    v1 = value
                    if atom.scale == 1 and second.scale > 1 and value * second.scale <= second.value:
                        v1 = value * second.scale
                    if second.value > v1 or (conn in ("bis", "to") and second.value >= v1):
                        value, value_high, j = v1, second.value, second.end
                        if prefix in ("zwischen", "between", "from", "von"):
                            k2 -= 1
    if pct_skip and value_high is None:
        j -= 1
    # "über" right after a noun means "amounting to": "ein Sparpaket über 48 Millionen Euro"
    if bound == "at_least" and lowers[k2] == "über" and k2 >= 1 and words[k2 - 1][0].isupper() and k2 - 1 > 0:
        bound, k2 = None, k
    claim = RawClaim(k2 if (bound or value_high is not None) else k, j, i, value, value_high, bound or "exact")
    if bound is None and value_high is not None and prefix in ("zwischen", "between", "from", "von"):
        claim.i0 = k2
    # the "(34)" after a name is an age
    if i >= 2 and words[i - 1] == "(" and j < n and words[j] == ")" and words[i - 2][:1].isupper() \
            and isinstance(value, int) and 0 < value < 120 and not currency:
        claim.kind, claim.unit, claim.i1 = "age", "year", j + 1
        return claim
    if currency:
        claim.kind, claim.unit = "money", currency
        if j < n and (unit_of_word(lowers[j], lang) or (None, None))[1] == "money":
            j += 1
        claim.i1 = j
        return claim
    _attach_unit(s, claim, j, lang)
    if claim.kind == "count" and atom.word and claim.unit is None and value < _SMALL_WORD_LIMIT:
        # "zwei", "three" only count when they count a noun
        nxt = lowers[j] if j < n else ""
        if nxt in ("davon", "of") and j + 1 < n and lowers[j + 1] in ("them", "us", "those", "these") or nxt == "davon":
            claim.i1 = j + 1
            return claim
        if lang == "en" and claim.subject and any(lowers[k].endswith("s") and not lowers[k].endswith("ss")
                                                  for k in range(j, claim.i1)):
            return claim
        if lang == "de" and claim.subject:
            return claim
        return None
    return claim


def _attach_unit(s, claim, j: int, lang: str, after_of: bool = False) -> None:
    words, lowers, n = s.words, s.lowers, s.n
    if j >= n:
        return
    low = lowers[j]
    # percent and percentage points
    cent = _CENTS.get(low) if lang == "de" or low != "cent" else "dollar"
    if cent and claim.kind == "count":
        claim.kind, claim.unit, claim.i1 = "money", cent if lang == "de" or low != "cents" else "dollar", j + 1
        claim.value = round(claim.value / 100, 6)
        if claim.value_high is not None:
            claim.value_high = round(claim.value_high / 100, 6)
        return
    pw = _PERCENT_WORDS.get(low)
    if pw is None and lang == "en" and low == "per" and j + 1 < n and lowers[j + 1] == "cent":
        pw, j = "percent", j + 1
    if pw is None and lang == "en" and low == "percentage" and j + 1 < n and lowers[j + 1].startswith("point"):
        pw, j = "percentage point", j + 1
    if pw:
        claim.kind, claim.unit, claim.i1 = "percent", pw, j + 1
        return
    # hyphenated compounds: 34-year-old, der 17-Jährige, a 10-kilometre stretch
    if low in HYPHENS and _adjacent(s, j - 1, j) and j + 1 < n and _adjacent(s, j, j + 1):
        nxt = lowers[j + 1]
        if nxt[0].isdecimal():
            return
        if nxt.startswith(("year-old", "years-old", "jährig")) or nxt in ("jährige", "jähriger", "jährigen"):
            claim.kind, claim.unit, claim.i1 = "age", "year", j + 2
            return
        hit = unit_of_word(nxt.split("-")[0], lang)
        if hit and hit[1] in ("other", "money"):
            claim.kind, claim.unit, claim.i1 = hit[1], hit[0], j + 2
            return
        claim.kind = "name"
        claim.i1 = j + 2
        return
    hit = unit_of_word(low, lang) if low[0].isalpha() or low in ("%", "€", "$", "£", "°") else None
    if hit is None and lang == "en" and j + 1 < n:
        from .units import unit_of_pair
        pair = unit_of_pair(low, lowers[j + 1], lang)
        if pair and pair[1] != "count":
            claim.kind, claim.unit, claim.i1 = pair[1], pair[0], j + 2
            return
    if hit and hit[1] in ("money", "other", "percent"):
        claim.kind, claim.unit = hit[1], hit[0]
        claim.i1 = j + 1
        if hit[0] == "year" and hit[1] == "other":
            before = lowers[claim.i0 - 1] if claim.i0 >= 1 else ""
            before2 = lowers[claim.i0 - 2] if claim.i0 >= 2 else ""
            after = lowers[j + 1] if j + 1 < n else ""
            if before in _AGE_BEFORE or (before in ("von", "of") and before2 in ("alter", "age")) or after in _AGE_AFTER:
                claim.kind = "age"
                if after in _AGE_AFTER:
                    claim.i1 = j + 2
        return
    # the noun counted, or a counted verb
    harm = harm_unit(s, j, lang)
    if harm:
        claim.unit, claim.i1 = harm
        claim.subject = " ".join(words[j:harm[1]])
        return
    if lowers[claim.i0 - 1:claim.i0] in (["aged"], ["age"]):
        claim.kind, claim.unit = "age", "year"
        return
    found = subject_phrase(s, j, lang)
    if not found:
        # "20 were killed", "20 wurden getötet"
        _harm_after(s, claim, j, lang)
        return
    unit, kind, head_end, start = found
    claim.subject = " ".join(words[start:head_end]) if head_end > start else ""
    claim.i1 = head_end
    if unit:
        claim.unit = unit
        if kind in ("money", "other", "percent"):
            claim.kind = kind
    if claim.unit in (None, "person", "soldier", "civilian", "child") or unit is None:
        _harm_after(s, claim, head_end, lang)


def _harm_after(s, claim, j: int, lang: str) -> None:
    """"neun Menschen getötet", "20 people were killed": the verb names the unit."""
    lowers, n = s.lowers, s.n
    k = j
    steps = 0
    while k < n and steps < 3 and (lowers[k] in AUX or lowers[k] in ("weitere", "more", "been", "have", "others")):
        k += 1
        steps += 1
    if k < n:
        harm = harm_unit(s, k, lang)
        if harm and (k == j or steps):
            claim.unit = harm[0]
            if claim.subject == "" or k == j:
                claim.i1 = max(claim.i1, harm[1])
            elif harm[1] - claim.i1 <= 4:
                claim.i1 = harm[1]
