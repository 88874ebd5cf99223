"""Storing one extraction result (the JSON of DESIGN.md's "Extraction contract") for an article.

`extraction_store` is the only writer of extracted claims. It runs in one transaction with the
article row locked, so two workers racing on one article take turns, and it is idempotent:
claims are keyed on (article, fingerprint), a constraint the database enforces.

Re-extraction keeps every human decision:
- a claim found again (same fingerprint) that anyone reviewed or changed is left exactly as is;
  an untouched pending one gets the new machine fields and attributions;
- a claim that vanished is marked stale if anyone reviewed it, else deleted;
- claims added by hand (origin manual) are never touched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from tracker.articles.models import Article
from tracker.claims.models import Attribution, Claim, Quote
from tracker.claims.suggestions import suggestions_refresh_safely

from .rows import insert_with_history
from .sources import SourceResolver

__all__ = [
    "SourceResolver",
    "StoreSummary",
    "claim_fingerprint",
    "claims_cap",
    "extraction_store",
    "insert_with_history",
]

logger = logging.getLogger(__name__)

# Fields the extractor owns; editors' corrections to them are protected by the review check.
MACHINE_FIELDS = [
    "text", "sentence_start", "sentence_end", "approximate", "bound", "subject", "modality",
    "period_start", "period_end", "period_text", "extractor_version",
]  # fmt: skip
MAX_VALUE = Decimal(10) ** 18
MICRO = Decimal("0.000001")
# Plain strings, looked up once: the enum machinery is slow in this hot path.
KINDS = frozenset(str(v) for v in Claim.Kind.values)
BOUNDS = frozenset(str(v) for v in Claim.Bound.values)
MODALITIES = frozenset(str(v) for v in Claim.Modality.values)
ROLES = frozenset(str(v) for v in Attribution.Role.values)


def claims_cap(length: int) -> int:
    """How many claims one article may have: one per CLAIM_MIN_CHARS characters of text, at most
    ARTICLE_MAX_CLAIMS, and never fewer than CLAIMS_CAP_FLOOR (short but dense texts keep theirs).

    A pasted flood ("1,1 2,2 …", 577 KB) otherwise made 50,000 claims, an 18 MB article page
    and a review queue full of junk.

    >>> claims_cap(577_000), claims_cap(10_000), claims_cap(900)
    (2000, 250, 100)
    """
    per_chars = length // max(1, settings.CLAIM_MIN_CHARS)
    return min(settings.ARTICLE_MAX_CLAIMS, max(settings.CLAIMS_CAP_FLOOR, per_chars))


@dataclass
class StoreSummary:
    created: int = 0
    updated: int = 0
    kept: int = 0
    stale: int = 0
    deleted: int = 0
    skipped: int = 0
    quotes: int = 0
    truncated: int = 0


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


@transaction.atomic
def extraction_store(*, article: Article, result: dict) -> StoreSummary:
    """Store an extraction result for `article` and mark it done; see the module docstring.

    result = extract(article.body, language=article.language).to_dict()
    extraction_store(article=article, result=result)
    """
    # The row lock makes a second worker on the same article wait, then see our claims.
    locked = Article.objects.select_for_update().filter(pk=article.pk).values_list("extracted_at", "language")
    if not locked:
        return StoreSummary()  # deleted meanwhile
    extracted_at, stored_language = locked[0]
    body = article.body  # never edited, so the caller's copy is current
    version = str(result.get("extractor_version") or "")[:40]
    language = (result.get("language") or stored_language or "")[:8]
    reason = f"{'re-extraction' if extracted_at else 'extraction'} (extractor {version})"
    resolver = SourceResolver(language)
    summary = StoreSummary()
    cap = claims_cap(len(body))

    existing = {c.fingerprint: c for c in Claim.objects.filter(article_id=article.pk)}
    touched_by_people = _claims_changed_by_people(existing.values())
    new_claims, new_sources, refreshed, updated = [], [], [], []
    seen: set[str] = set()
    for item in result.get("claims") or []:
        fields = _claim_fields(body, item, version)
        if fields is None:
            summary.skipped += 1
            continue
        fingerprint = claim_fingerprint(item)
        if fingerprint in seen:
            continue
        if len(seen) >= cap:
            summary.truncated += 1  # past the cap: counted, shown on the article, not stored
            continue
        seen.add(fingerprint)
        claim = existing.get(fingerprint)
        if claim is None:
            new_claims.append(
                {
                    **fields,
                    "article_id": article.pk,
                    "fingerprint": fingerprint,
                    "origin": "extracted",
                }
            )
            new_sources.append(item.get("sources") or [])
        elif claim.origin == Claim.Origin.MANUAL or claim.pk in touched_by_people:
            summary.kept += 1
        else:
            if any(getattr(claim, name) != value for name, value in fields.items()):
                for name, value in fields.items():
                    setattr(claim, name, value)
                claim._change_reason = reason
                claim._history_user = None  # the machine, even when a request triggered the run
                updated.append(claim)
            refreshed.append((claim.pk, item.get("sources") or []))

    vanished = [c for fp, c in existing.items() if fp not in seen and c.origin == Claim.Origin.EXTRACTED]
    stale = [c for c in vanished if c.pk in touched_by_people and c.status != Claim.Status.STALE]
    doomed = [c.pk for c in vanished if c.pk not in touched_by_people]
    for claim in stale:
        claim.status = Claim.Status.STALE
        claim.version += 1
        claim._change_reason = f"{reason}: no longer found in the text"
        claim._history_user = None
    if doomed:
        Attribution.objects.filter(claim_id__in=doomed).delete()
        Claim.objects.filter(pk__in=doomed).delete()
    if updated or stale:
        bulk_update_with_history(
            updated + stale,
            Claim,
            [*MACHINE_FIELDS, "status", "version"],
            default_change_reason=reason,
        )
    claim_ids = insert_with_history(Claim, new_claims, reason=reason)

    resolver.resolve_in_order(_mentions(new_sources, refreshed, result.get("quotes") or []))
    if refreshed:
        Attribution.objects.filter(claim_id__in=[pk for pk, _ in refreshed]).delete()
    attributions = []
    for claim_id, sources in [*zip(claim_ids, new_sources, strict=True), *refreshed]:
        attributions += _attributions(claim_id, sources, resolver)
    insert_with_history(Attribution, attributions, reason=reason)
    suggestions_refresh_safely(claim_ids=claim_ids)  # tracked figures these claims may belong to

    quotes = (result.get("quotes") or [])[:cap]
    summary.quotes = _store_quotes(article, body, bool(extracted_at), quotes, resolver)
    summary.created, summary.updated = len(new_claims), len(updated)
    summary.stale, summary.deleted = len(stale), len(doomed)
    now = timezone.now()
    Article.objects.filter(pk=article.pk).update(
        status=Article.Status.DONE,
        status_changed_at=now,
        extractor_version=version,
        extracted_at=now,
        error="",
        language=language,
        claims_truncated=summary.truncated,
    )
    if summary.truncated:
        logger.warning(
            "Article %s: %d claims over the cap of %d not stored", article.pk, summary.truncated, cap
        )
    return summary


def _claims_changed_by_people(claims) -> set[int]:
    """Ids of claims someone reviewed or edited: not pending, a newer version, or a human in history."""
    claims = list(claims)
    touched = {
        c.pk
        for c in claims
        if c.status != Claim.Status.PENDING or c.version > 1 or c.reviewed_by_id is not None
    }
    candidates = [c.pk for c in claims if c.pk not in touched and c.origin == Claim.Origin.EXTRACTED]
    if candidates:
        touched |= set(
            Claim.history.filter(id__in=candidates, history_user__isnull=False).values_list("id", flat=True)
        )
    return touched


def _claim_fields(body: str, item: dict, version: str) -> dict | None:
    """Model fields for one contract claim, or None (logged) if it doesn't fit the text."""
    try:
        start, end = int(item["start"]), int(item["end"])
        value = _decimal(item.get("value"))
        value_high = _decimal(item.get("value_high"))
    except (KeyError, TypeError, ValueError, InvalidOperation):
        logger.warning("Skipping malformed claim %r", item)
        return None
    if value is None or not (0 <= start < end <= len(body)):
        logger.warning("Skipping claim outside the text or without value: %r", item)
        return None
    if value_high is not None and value_high < value:
        value_high = None
    sentence = item.get("sentence") or {}
    sentence_start = min(_int(sentence.get("start"), start), start)
    sentence_end = max(_int(sentence.get("end"), end), end)
    when = item.get("when") or {}
    period_start, period_end = _date(when.get("start")), _date(when.get("end"))
    if period_start and period_end and period_end < period_start:
        period_start, period_end = period_end, period_start
    return {
        "start": start,
        "end": end,
        "text": body[start:end],
        "sentence_start": max(sentence_start, 0),
        "sentence_end": min(sentence_end, len(body)),
        "kind": _choice(item.get("kind"), KINDS, "other"),
        "value": value,
        "value_high": value_high,
        "approximate": bool(item.get("approximate")),
        "bound": _choice(item.get("bound"), BOUNDS, "exact"),
        "unit": (item.get("unit") or "")[:60],
        "subject": (item.get("subject") or "")[:300],
        "modality": _choice(item.get("modality"), MODALITIES, "asserted"),
        "period_start": period_start,
        "period_end": period_end,
        "period_text": (when.get("text") or "")[:200],
        "extractor_version": version,
    }


def _mentions(new_sources, refreshed, quotes):
    """(name, kind, written) of every source the result names, in the order storing meets them."""
    for sources in [*new_sources, *(sources for _, sources in refreshed)]:
        for mention in sources:
            name = (mention.get("name") or mention.get("text") or "").strip()
            yield name, mention.get("kind"), mention.get("text")
    for item in quotes:
        speaker = ((item.get("speaker") or {}).get("name") or "").strip()
        yield speaker, "person", None
        for via in item.get("via") or []:
            yield (via.get("name") or "").strip(), None, None


def _attributions(claim_id: int, sources: list[dict], resolver: SourceResolver) -> list[dict]:
    rows, seen = [], set()
    for order, mention in enumerate(sources):
        name = (mention.get("name") or mention.get("text") or "").strip()
        if not name:
            continue
        source_id = resolver.resolve(name, kind=mention.get("kind"), written=mention.get("text"))
        start, end = _int(mention.get("start"), None), _int(mention.get("end"), None)
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
                "role": _choice(mention.get("role"), ROLES, "origin"),
                "order": order,
            }
        )
    return rows


def _store_quotes(article: Article, body: str, replace: bool, quotes: list[dict], resolver) -> int:
    """Replace the article's quotes (they carry no review state) with the new ones."""
    if replace:  # quotes are stored with extracted_at, atomically: a first extraction has none
        Quote.via.through.objects.filter(quote__article_id=article.pk).delete()
        Quote.objects.filter(article_id=article.pk).delete()
    rows, vias, spans = [], [], set()
    for item in quotes:
        start, end = _int(item.get("start"), -1), _int(item.get("end"), -1)
        if not (0 <= start < end <= len(body)) or (start, end) in spans:
            continue
        spans.add((start, end))
        speaker = item.get("speaker") or {}
        speaker_name = (speaker.get("name") or "").strip()
        quote = Quote(
            article_id=article.pk,
            start=start,
            end=end,
            text=body[start:end],
            speaker_name=speaker_name[:300],
            speaker_start=_int(speaker.get("start"), None),
            speaker_end=_int(speaker.get("end"), None),
            speaker_id=resolver.resolve(speaker_name, kind="person") if speaker_name else None,
        )
        rows.append(quote)
        names = [(v.get("name") or "").strip() for v in item.get("via") or []]
        vias.append([resolver.resolve(n) for n in names if n])
    if rows:
        Quote.objects.bulk_create(rows)
        if any(q.pk is None for q in rows):
            ids = {
                (s, e): pk
                for s, e, pk in Quote.objects.filter(article_id=article.pk).values_list("start", "end", "pk")
            }
            for quote in rows:
                quote.pk = ids[(quote.start, quote.end)]
        through = Quote.via.through
        links = {(q.pk, s) for q, sources in zip(rows, vias, strict=True) for s in sources}
        if links:
            through.objects.bulk_create([through(quote_id=q, source_id=s) for q, s in links])
    return len(rows)


def _plain_number(value) -> str:
    if value is None:
        return ""
    number = _decimal(value)
    return format(number.normalize(), "f") if number is not None else str(value)


def _decimal(value) -> Decimal | None:
    """The value as the model stores it (18 digits before the point, 6 after)."""
    if value is None or value == "":
        return None
    number = Decimal(str(value))
    if not number.is_finite() or abs(number) >= MAX_VALUE:
        raise InvalidOperation(f"{value!r} does not fit a claim's value")
    return number.quantize(MICRO)


def _int(value, default):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _choice(value, allowed, default):
    return value if value in allowed else default
