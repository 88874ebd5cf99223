"""Storing extraction results (the JSON of DESIGN.md's "Extraction contract") for articles.

`extractions_store` is the only writer of extracted claims: a chunk of articles in one
transaction, with one INSERT per table for all of them (claims, attributions, quotes and the
history records), the sources they name resolved once, and the article rows locked, so two
workers racing on one article take turns. `extraction_store` is the same for one article. It
is idempotent: claims are keyed on (article, fingerprint), a constraint the database enforces.

Re-extraction keeps every human decision:
- a claim found again (same fingerprint) that anyone reviewed or changed is left exactly as is;
  an untouched pending one gets the new machine fields and attributions;
- a claim that vanished is marked stale if anyone reviewed it, else deleted;
- claims added by hand (origin manual) are never touched.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from tracker.articles.models import Article
from tracker.claims.models import Attribution, Claim
from tracker.claims.suggestions import suggestions_refresh_safely

from .fields import attribution_rows, claim_fields, claim_fingerprint, source_mentions
from .quotes import quotes_store
from .rows import insert_with_history
from .sources import SourceResolver

__all__ = [
    "SourceResolver",
    "StoreSummary",
    "claim_fingerprint",
    "claims_cap",
    "extraction_store",
    "extractions_store",
    "insert_with_history",
]

logger = logging.getLogger(__name__)

# Fields the extractor owns; editors' corrections to them are protected by the review check.
MACHINE_FIELDS = [
    "text", "sentence_start", "sentence_end", "approximate", "bound", "subject", "modality",
    "period_start", "period_end", "period_text", "extractor_version",
]  # fmt: skip


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


@dataclass
class _Plan:
    """What storing one article's result writes, worked out before anything is written."""

    article_id: int
    body: str
    version: str
    language: str
    stored_language: str
    reextraction: bool
    reason: str
    quotes: list
    summary: StoreSummary = field(default_factory=StoreSummary)
    new_claims: list[dict] = field(default_factory=list)
    new_sources: list[list] = field(default_factory=list)
    refreshed: list[tuple[int, list]] = field(default_factory=list)
    changed: list[Claim] = field(default_factory=list)
    doomed: list[int] = field(default_factory=list)
    claim_ids: list[int] = field(default_factory=list)


def extraction_store(*, article: Article, result: dict) -> StoreSummary:
    """Store an extraction result for `article` and mark it done; see the module docstring.

    result = extract(article.body, language=article.language).to_dict()
    extraction_store(article=article, result=result)
    """
    return extractions_store([(article, result)]).get(article.pk, StoreSummary())


@transaction.atomic
def extractions_store(extractions: list[tuple[Article, dict]]) -> dict[int, StoreSummary]:
    """Store the results of a chunk of articles and mark them done, all or nothing.

    `extractions` are (article with its body, result) pairs; returns each stored article's
    summary by id (an article deleted meanwhile is left out).
    """
    wanted = {article.pk: (article, result) for article, result in extractions}
    # The row locks, taken in id order, make a second worker on the same articles wait, then
    # see our claims.
    locked = (
        Article.objects.select_for_update()
        .filter(pk__in=list(wanted))
        .order_by("pk")
        .values_list("pk", "extracted_at", "language")
    )
    stored = {pk: (extracted_at, language) for pk, extracted_at, language in locked}
    existing: dict[int, dict[str, Claim]] = defaultdict(dict)
    for claim in Claim.objects.filter(article_id__in=list(stored)):
        existing[claim.article_id][claim.fingerprint] = claim
    touched = _claims_changed_by_people([c for claims in existing.values() for c in claims.values()])
    plans = [
        _plan(wanted[pk][0], wanted[pk][1], *stored[pk], existing[pk], touched)
        for pk in wanted
        if pk in stored
    ]
    if not plans:
        return {}
    _write_claims(plans)

    resolver = SourceResolver()
    resolver.resolve_in_order(
        mention
        for plan in plans
        for mention in source_mentions(
            [*plan.new_sources, *(sources for _, sources in plan.refreshed)], plan.quotes, plan.language
        )
    )

    def resolve(name, kind, written, language):
        return resolver.resolve(name, kind=kind, written=written, language=language)

    refreshed = [pk for plan in plans for pk, _ in plan.refreshed]
    if refreshed:
        Attribution.objects.filter(claim_id__in=refreshed).delete()
    by_reason = defaultdict(list)
    for plan in plans:
        for claim_id, sources in [*zip(plan.claim_ids, plan.new_sources, strict=True), *plan.refreshed]:
            by_reason[plan.reason] += attribution_rows(
                claim_id, sources, lambda n, k, w, language=plan.language: resolve(n, k, w, language)
            )
    for reason, rows in by_reason.items():
        insert_with_history(Attribution, rows, reason=reason)
    # tracked figures the new claims may belong to
    suggestions_refresh_safely(claim_ids=[pk for plan in plans for pk in plan.claim_ids])

    counts = _store_quotes(
        [(p.article_id, p.body, p.reextraction, p.quotes, p.language) for p in plans], resolve
    )
    for plan in plans:
        plan.summary.quotes = counts.get(plan.article_id, 0)
    _mark_done(plans)
    return {plan.article_id: plan.summary for plan in plans}


def _plan(article, result, extracted_at, stored_language, existing, touched) -> _Plan:
    body = article.body  # never edited, so the caller's copy is current
    version = str(result.get("extractor_version") or "")[:40]
    reason = f"{'re-extraction' if extracted_at else 'extraction'} (extractor {version})"
    plan = _Plan(
        article_id=article.pk,
        body=body,
        version=version,
        language=(result.get("language") or stored_language or "")[:8],
        stored_language=stored_language,
        reextraction=bool(extracted_at),
        reason=reason,
        quotes=[],
    )
    summary, cap = plan.summary, claims_cap(len(body))
    plan.quotes = (result.get("quotes") or [])[:cap]
    seen: set[str] = set()
    for item in result.get("claims") or []:
        fields = claim_fields(body, item, version)
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
            plan.new_claims.append(
                {**fields, "article_id": article.pk, "fingerprint": fingerprint, "origin": "extracted"}
            )
            plan.new_sources.append(item.get("sources") or [])
        elif claim.origin == Claim.Origin.MANUAL or claim.pk in touched:
            summary.kept += 1
        else:
            if any(getattr(claim, name) != value for name, value in fields.items()):
                for name, value in fields.items():
                    setattr(claim, name, value)
                claim._change_reason = reason
                claim._history_user = None  # the machine, even when a request triggered the run
                plan.changed.append(claim)
                summary.updated += 1
            plan.refreshed.append((claim.pk, item.get("sources") or []))

    vanished = [c for fp, c in existing.items() if fp not in seen and c.origin == Claim.Origin.EXTRACTED]
    for claim in vanished:
        if claim.pk not in touched:
            plan.doomed.append(claim.pk)
        elif claim.status != Claim.Status.STALE:
            claim.status = Claim.Status.STALE
            claim.version += 1
            claim._change_reason = f"{reason}: no longer found in the text"
            claim._history_user = None
            plan.changed.append(claim)
            summary.stale += 1
    summary.created, summary.deleted = len(plan.new_claims), len(plan.doomed)
    return plan


def _write_claims(plans: list[_Plan]) -> None:
    """Delete the vanished claims, update the changed ones, insert the new ones (setting each
    plan's claim_ids): one statement each for the whole chunk, one insert per history reason."""
    doomed = [pk for plan in plans for pk in plan.doomed]
    if doomed:
        Attribution.objects.filter(claim_id__in=doomed).delete()
        Claim.objects.filter(pk__in=doomed).delete()
    changed = [claim for plan in plans for claim in plan.changed]
    if changed:
        bulk_update_with_history(
            changed, Claim, [*MACHINE_FIELDS, "status", "version"], default_change_reason=plans[0].reason
        )
    by_reason = defaultdict(list)
    for plan in plans:
        by_reason[plan.reason].append(plan)
    for reason, group in by_reason.items():
        ids = iter(insert_with_history(Claim, [row for p in group for row in p.new_claims], reason=reason))
        for plan in group:
            plan.claim_ids = [next(ids) for _ in plan.new_claims]


def _store_quotes(entries, resolve) -> dict[int, int]:
    return quotes_store(entries, resolve)


def _mark_done(plans: list[_Plan]) -> None:
    """Mark the articles done, one UPDATE per kind of outcome (usually one for the chunk).

    The language is only written when it changed: writing it fires the trigger that indexes
    the article's whole text for search again."""
    now = timezone.now()
    groups = defaultdict(list)
    for plan in plans:
        language = plan.language if plan.language != plan.stored_language else None
        groups[(plan.version, language, plan.summary.truncated)].append(plan.article_id)
        if plan.summary.truncated:
            logger.warning(
                "Article %s: %d claims over the cap of %d not stored",
                plan.article_id,
                plan.summary.truncated,
                claims_cap(len(plan.body)),
            )
    for (version, language, truncated), ids in groups.items():
        fields = {"language": language} if language is not None else {}
        Article.objects.filter(pk__in=ids).update(
            status=Article.Status.DONE,
            status_changed_at=now,
            extractor_version=version,
            extracted_at=now,
            error="",
            claims_truncated=truncated,
            **fields,
        )


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
