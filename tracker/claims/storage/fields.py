"""Rows from the extraction contract (DESIGN.md): claim fields, attributions, quotes, the
sources they name. Pure functions of the result and the article's text; no queries."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from decimal import Decimal, InvalidOperation

from tracker.claims.models import Attribution, Claim

logger = logging.getLogger(__name__)

MAX_VALUE = Decimal(10) ** 18
MICRO = Decimal("0.000001")
# Plain strings, looked up once: the enum machinery is slow in this hot path.
KINDS = frozenset(str(v) for v in Claim.Kind.values)
BOUNDS = frozenset(str(v) for v in Claim.Bound.values)
MODALITIES = frozenset(str(v) for v in Claim.Modality.values)
ROLES = frozenset(str(v) for v in Attribution.Role.values)


def claim_fingerprint(item: dict) -> str:
    """Stable identity of an extracted claim: its span, value(s), unit and kind.

    >>> claim_fingerprint({"start": 3, "end": 9, "value": 12000.0, "value_high": None,
    ...                    "unit": "soldier", "kind": "count"})[:12]
    '0496172f9048'
    """
    parts = [
        str(int(item["start"])),
        str(int(item["end"])),
        _plain_number(item.get("value")),
        _plain_number(item.get("value_high")),
        (item.get("unit") or "").lower(),
        (item.get("kind") or "").lower(),
    ]
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()


def claim_fields(body: str, item: dict, version: str) -> dict | None:
    """Model fields for one contract claim, or None (logged) if it doesn't fit the text."""
    try:
        start, end = int(item["start"]), int(item["end"])
        value = to_decimal(item.get("value"))
        value_high = to_decimal(item.get("value_high"))
    except (KeyError, TypeError, ValueError, InvalidOperation):
        logger.warning("Skipping malformed claim %r", item)
        return None
    if value is None or not (0 <= start < end <= len(body)):
        logger.warning("Skipping claim outside the text or without value: %r", item)
        return None
    if value_high is not None and value_high < value:
        value_high = None
    sentence = item.get("sentence") or {}
    sentence_start = min(to_int(sentence.get("start"), start), start)
    sentence_end = max(to_int(sentence.get("end"), end), end)
    when = item.get("when") or {}
    period_start, period_end = to_date(when.get("start")), to_date(when.get("end"))
    if period_start and period_end and period_end < period_start:
        period_start, period_end = period_end, period_start
    return {
        "start": start,
        "end": end,
        "text": body[start:end],
        "sentence_start": max(sentence_start, 0),
        "sentence_end": min(sentence_end, len(body)),
        "kind": choice(item.get("kind"), KINDS, "other"),
        "value": value,
        "value_high": value_high,
        "approximate": bool(item.get("approximate")),
        "bound": choice(item.get("bound"), BOUNDS, "exact"),
        "unit": (item.get("unit") or "")[:60],
        "subject": (item.get("subject") or "")[:300],
        "modality": choice(item.get("modality"), MODALITIES, "asserted"),
        "period_start": period_start,
        "period_end": period_end,
        "period_text": (when.get("text") or "")[:200],
        "extractor_version": version,
    }


def source_mentions(claim_sources, quotes, language: str):
    """(name, kind, written, language) of every source a result names, in the order storing
    meets them: the claims' sources, then each quote's speaker and the sources it came via."""
    for sources in claim_sources:
        for mention in sources:
            name = (mention.get("name") or mention.get("text") or "").strip()
            yield name, mention.get("kind"), mention.get("text"), language
    for item in quotes:
        speaker = ((item.get("speaker") or {}).get("name") or "").strip()
        yield speaker, "person", None, language
        for via in item.get("via") or []:
            yield (via.get("name") or "").strip(), None, None, language


def attribution_rows(claim_id: int, sources: list[dict], resolve) -> list[dict]:
    """Attribution rows of one claim; `resolve(name, kind, written)` gives a source id."""
    rows, seen = [], set()
    for order, mention in enumerate(sources):
        name = (mention.get("name") or mention.get("text") or "").strip()
        if not name:
            continue
        source_id = resolve(name, mention.get("kind"), mention.get("text"))
        start, end = to_int(mention.get("start"), None), to_int(mention.get("end"), None)
        if start is None or end is None or end <= start:
            start = end = None
        if (source_id, order) in seen:
            continue
        seen.add((source_id, order))
        rows.append(
            {
                "claim_id": claim_id,
                "source_id": source_id,
                "start": start,
                "end": end,
                "text": (mention.get("text") or "")[:300],
                "cue": (mention.get("cue") or "")[:60],
                "role": choice(mention.get("role"), ROLES, "origin"),
                "order": order,
            }
        )
    return rows


def _plain_number(value) -> str:
    if value is None:
        return ""
    number = to_decimal(value)
    return format(number.normalize(), "f") if number is not None else str(value)


def to_decimal(value) -> Decimal | None:
    """The value as the model stores it (18 digits before the point, 6 after)."""
    if value is None or value == "":
        return None
    number = Decimal(str(value))
    if not number.is_finite() or abs(number) >= MAX_VALUE:
        raise InvalidOperation(f"{value!r} does not fit a claim's value")
    return number.quantize(MICRO)


def to_int(value, default):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def to_date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def choice(value, allowed, default):
    return value if value in allowed else default
