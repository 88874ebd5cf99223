"""How a claim reads in a list, in the reader's language: 'about 12,000 soldiers',
'25,000–30,000', '22 Aug 2025' / 'etwa 12.000 Soldaten', '25.000–30.000', '22. Aug. 2025'.

The words here are few and fixed, and list pages format hundreds of values: they live in the
small tables below, chosen by the active language, not in a template per value.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django import template
from django.utils import timezone
from django.utils.translation import get_language

from ..units_de import UNITS_DE, UNITS_FROM_DE

register = template.Library()

HEDGES = {"about": "about", "at_least": "at least", "at_most": "up to"}
HEDGES_DE = {"about": "etwa", "at_least": "mindestens", "at_most": "bis zu"}
LARGE = [(Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million")]
LARGE_DE = {"billion": ("Milliarde", "Milliarden"), "million": ("Million", "Millionen")}


def german(language: str | None = None) -> bool:
    """True when the page (or `language`) is German."""
    return (language or get_language() or "en").startswith("de")


def format_number(value: Decimal | None, language: str | None = None) -> str:
    """12000 → '12,000' (de '12.000'); 1200000 → '1.2 million' (de '1,2 Millionen').

    >>> format_number(Decimal("1250000.000000"), "en"), format_number(Decimal("1250000"), "de")
    ('1.25 million', '1,25 Millionen')
    """
    if value is None:
        return ""
    de = german(language)
    value = Decimal(value)
    for size, word in LARGE:
        if abs(value) >= size and (value / size) == (value / size).quantize(Decimal("0.01")):
            if de:
                one, many = LARGE_DE[word]
                return f"{_plain(value / size, de)} {one if value == size else many}"
            return f"{_plain(value / size, de)} {word}"
    return _plain(value, de)


def _plain(value: Decimal, de: bool = False) -> str:
    value = value.normalize()
    text = f"{int(value):,}" if value == value.to_integral_value() else f"{value:,f}"
    if de:
        return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def plain_decimal(value: Decimal | None) -> str:
    """Decimal("30000.000000") → '30000', Decimal("2.50") → '2.5' (never '3E+4')."""
    if value is None:
        return ""
    return format(Decimal(value).normalize(), "f")


@register.filter
def claim_value(claim) -> str:
    """Value or range with its hedge: 'about 12,000', '25,000–30,000', 'at least 4,000'."""
    de = german()
    language = "de" if de else "en"
    low = format_number(claim.value, language)
    text = f"{low}–{format_number(claim.value_high, language)}" if claim.value_high is not None else low
    hedges = HEDGES_DE if de else HEDGES
    hedge = hedges.get(claim.bound, "")
    if not hedge and claim.approximate and claim.value_high is None:
        hedge = hedges["about"]
    return f"{hedge} {text}".strip()


UNIT_PLURALS = {
    "person": "people",
    "child": "children",
    "percent": "%",
    "factor": "×",
    "killed": "killed",
    "wounded": "wounded",
    "missing": "missing",
    "yen": "yen",
    "yuan": "yuan",
    "hryvnia": "hryvnias",
}
UNIT_SINGULARS = {"percent": "%", "factor": "×"}


def unit_label(
    unit: str, value: Decimal | None, value_high: Decimal | None = None, language: str | None = None
) -> str:
    """The unit as read after its number: '12,000 soldiers', '1 soldier', '40 %', '3 ×';
    in German '12.000 Soldaten', '1 Soldat'.

    >>> unit_label("casualty", Decimal(4000), language="en"), unit_label("soldier", 2, language="de")
    ('casualties', 'Soldaten')
    """
    if not unit:
        return ""
    if german(language) and unit in UNITS_DE:
        one, many = UNITS_DE[unit]
        return one if value_high is None and value is not None and Decimal(value) == 1 else many
    if value_high is None and value is not None and Decimal(value) == 1:
        return UNIT_SINGULARS.get(unit, unit)
    if unit in UNIT_PLURALS:
        return UNIT_PLURALS[unit]
    head, _, last = unit.rpartition(" ")
    if last.endswith("y") and last[-2:-1] not in ("a", "e", "o", "u"):
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}".strip()


def unit_candidates(text: str) -> set[str]:
    """The stored units `text` may name, as typed or as unit_label() prints them:
    'soldiers' → soldier, 'casualties' → casualty, 'people' → person, '%' → percent.

    >>> "casualty" in unit_candidates("Casualties"), "person" in unit_candidates("people")
    (True, True)
    """
    text = " ".join(text.lower().split())
    found = {text} | UNITS_FROM_DE.get(text, set())
    found |= {unit for unit, label in UNIT_PLURALS.items() if label == text}
    found |= {unit for unit, label in UNIT_SINGULARS.items() if label == text}
    if text.endswith("ies"):
        found.add(text[:-3] + "y")
    if text.endswith("es"):
        found.add(text[:-2])
    if text.endswith("s"):
        found.add(text[:-1])
    return found


@register.filter
def claim_unit(claim) -> str:
    """The claim's unit in the number of its value: '12,000 soldiers', '25–30 %'."""
    return unit_label(claim.unit, claim.value, claim.value_high)


@register.filter
def claim_chain(claim) -> str:
    """The attribution chain in order: 'US officials → via CNN'. Uses prefetched attributions."""
    chain = getattr(claim, "chain", None)
    if chain is None:  # not attached by attach_chains(): use the (prefetched) attributions
        chain = [(a.source.name, a.role) for a in claim.attributions.all()]
    else:
        chain = [(link.name, link.role) for link in chain]
    via = "über" if german() else "via"
    return " → ".join(f"{via} {name}" if role == "relay" else name for name, role in chain)


MONTHS = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# Duden's abbreviations (May, June, July are short already)
MONTHS_DE = [
    "",
    "Jan.",
    "Feb.",
    "März",
    "Apr.",
    "Mai",
    "Juni",
    "Juli",
    "Aug.",
    "Sept.",
    "Okt.",
    "Nov.",
    "Dez.",
]


@register.filter
def short_date(day, language: str | None = None) -> str:
    """date(2025, 8, 22) → '22 Aug 2025', in German '22. Aug. 2025' (like date_format, much
    cheaper: list pages format hundreds of dates). A datetime is shown in local time."""
    if not day:
        return ""
    if isinstance(day, datetime.datetime):
        day = timezone.localtime(day) if timezone.is_aware(day) else day
    if german(language):
        return f"{day.day}. {MONTHS_DE[day.month]} {day.year}"
    return f"{day.day} {MONTHS[day.month]} {day.year}"


@register.filter
def short_datetime(moment) -> str:
    """'22 Aug 2025 14:05' / '22. Aug. 2025, 14:05', in local time."""
    if not moment:
        return ""
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return f"{short_date(moment)}{',' if german() else ''} {moment:%H:%M}"


@register.filter
def month_year(day) -> str:
    """'Aug 2025' / 'Aug. 2025'."""
    if not day:
        return ""
    return f"{(MONTHS_DE if german() else MONTHS)[day.month]} {day.year}"


@register.filter
def number(value) -> str:
    """Any number as the page's language writes it: 12000 → '12,000' / '12.000'."""
    if value is None or value == "":
        return ""
    try:
        return _plain(Decimal(str(value)), german())
    except ArithmeticError:
        return str(value)


@register.filter
def claim_period(claim) -> str:
    """'22 Aug 2025', '1 Jul 2025 – 31 Jul 2025', or what the text said."""
    start, end = claim.period_start, claim.period_end
    if start and end and start != end:
        return f"{short_date(start)} – {short_date(end)}"
    if start or end:
        return short_date(start or end)
    return claim.period_text or ""


@register.filter
def display_change(value) -> str:
    """A historical value as shown in the history table."""
    if value is None or value == "":
        return "—"
    if isinstance(value, Decimal):
        return format_number(value)
    if isinstance(value, datetime.date):
        return short_date(value)
    return str(value)


@register.filter
def unit_word(unit: str) -> str:
    """A figure's unit as a heading names it: as stored in English ('soldier'), in German the
    plural ('Soldaten')."""
    if unit and german() and unit in UNITS_DE:
        return UNITS_DE[unit][1]
    return unit or ""
