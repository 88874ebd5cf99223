"""How a claim reads in a list: 'about 12,000', '25,000–30,000', 'US officials → via CNN'."""

from __future__ import annotations

from decimal import Decimal

from django import template

register = template.Library()

HEDGES = {"about": "about", "at_least": "at least", "at_most": "up to"}
LARGE = [(Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million")]


def format_number(value: Decimal | None) -> str:
    """12000 → '12,000'; 1200000 → '1.2 million'; 2.50 → '2.5'.

    >>> format_number(Decimal("1250000.000000"))
    '1.25 million'
    """
    if value is None:
        return ""
    value = Decimal(value)
    for size, word in LARGE:
        if abs(value) >= size and (value / size) == (value / size).quantize(Decimal("0.01")):
            return f"{_plain(value / size)} {word}"
    return _plain(value)


def _plain(value: Decimal) -> str:
    value = value.normalize()
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value:,f}"


def plain_decimal(value: Decimal | None) -> str:
    """Decimal("30000.000000") → '30000', Decimal("2.50") → '2.5' (never '3E+4')."""
    if value is None:
        return ""
    return format(Decimal(value).normalize(), "f")


@register.filter
def claim_value(claim) -> str:
    """Value or range with its hedge: 'about 12,000', '25,000–30,000', 'at least 4,000'."""
    low = format_number(claim.value)
    text = f"{low}–{format_number(claim.value_high)}" if claim.value_high is not None else low
    hedge = HEDGES.get(claim.bound, "")
    if not hedge and claim.approximate and claim.value_high is None:
        hedge = "about"
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


def unit_label(unit: str, value: Decimal | None, value_high: Decimal | None = None) -> str:
    """The unit as read after its number: '12,000 soldiers', '1 soldier', '40 %', '3 ×'.

    >>> unit_label("casualty", Decimal(4000))
    'casualties'
    """
    if not unit:
        return ""
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
    found = {text}
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
    return " → ".join(f"via {name}" if role == "relay" else name for name, role in chain)


MONTHS = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def short_date(day) -> str:
    """date(2025, 8, 22) → '22 Aug 2025' (like date_format 'j M Y' in English, much cheaper:
    list pages format hundreds of dates)."""
    return f"{day.day} {MONTHS[day.month]} {day.year}" if day else ""


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
    return str(value)
