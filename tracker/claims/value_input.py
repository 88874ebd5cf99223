"""Values typed the way the claim's language writes them, read by the extraction engine's own
number reader: "11.000" is eleven thousand in German, "11,000" in English, "1,5 Mio." one and a
half million. The web forms never disagree with the extractor about what a number means.

>>> parse_value("11.000", "de"), parse_value("11,000", "en"), parse_value("−2,5", "de")
(Decimal('11000'), Decimal('11000'), Decimal('-2.5'))
>>> parse_value("1,2 Millionen", "de")
Decimal('1200000')
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

# The engine's public number reader (tracker/extraction stays free of Django; we only import).
from tracker.extraction.numbers.numerals import SCALES, parse_numeral

NUMBER = re.compile(r"^(?P<sign>[-−+]?)\s*(?P<digits>\d[\d.,\u202f\u2009 ]*)\s*(?P<scale>[^\d\s]*\.?)\s*$")
MINUS = "-−"


class ValueNotRead(ValueError):
    """The text is no number in the language given; str() says why, for the form."""


def parse_value(text: str, language: str) -> Decimal:
    language = language if language in ("de", "en") else "en"
    raw = " ".join((text or "").split())
    if not raw:
        raise ValueNotRead(_("Enter a value."))
    match = NUMBER.match(raw.replace("%", "").strip())
    if not match:
        raise ValueNotRead(_("“%(raw)s” is not a number.") % {"raw": raw})
    digits = match["digits"].strip().replace(" ", "\u202f")
    try:
        number = parse_numeral(digits, language)
    except (ValueError, TypeError):
        number = None
    if number is None:
        if language == "de":
            message = _("“%(raw)s” is not a number as German writes it (11.000 or 1,5).")
        else:
            message = _("“%(raw)s” is not a number as English writes it (11,000 or 1.5).")
        raise ValueNotRead(message % {"raw": raw})
    scale = match["scale"].rstrip(".").lower()
    factor = 1
    if scale:
        factor = SCALES[language].get(scale)
        if factor is None:
            raise ValueNotRead(
                _("Unknown scale word “%(word)s” (e.g. %(examples)s).")
                % {"word": match["scale"], "examples": SCALE_EXAMPLES[language]}
            )
    try:
        value = Decimal(str(number)) * factor
    except InvalidOperation as exc:
        raise ValueNotRead(_("“%(raw)s” is not a number.") % {"raw": raw}) from exc
    if match["sign"] and match["sign"] in MINUS:
        value = -value
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()


SCALE_EXAMPLES = {"de": "Millionen, Mio., Mrd.", "en": "million, bn"}


def format_value(value, language: str) -> str:
    """A stored value as the language writes it, for the form: 11000 → '11.000' (de)."""
    if value is None or value == "":
        return ""
    value = Decimal(value).normalize()
    text = f"{value:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if language == "de":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def display_value(value: Decimal, language: str) -> str:
    """What the preview under the field says: the value read, written unambiguously."""
    return format_value(value, language)


def changes_tenfold(old, new) -> bool:
    """True when `new` is ten times `old` or more, or a tenth or less (signs aside)."""
    if old is None or new is None:
        return False
    old, new = abs(Decimal(old)), abs(Decimal(new))
    if not old or not new:
        return False
    ratio = new / old
    return ratio >= 10 or ratio <= Decimal("0.1")
