"""Review services: every change to a claim goes through here.

Each service is atomic, checks the reviewer's permission, applies optimistic locking on
`Claim.version` and leaves a history row naming the user and the reason:

>>> claim = claim_approve(claim=claim, user=editor, version=claim.version)
>>> claim.history.first().history_change_reason
'Approved'
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _

from tracker.accounts.access import is_editor
from tracker.articles.models import Article
from tracker.sources.models import Source, SourceAlias

from .models import Attribution, Claim


class ConflictError(Exception):
    """The claim changed since the form was shown: nothing was written.

    `claim` is the claim as it is now; `submitted_version` the version the form carried.
    """

    def __init__(self, claim: Claim, submitted_version: int):
        super().__init__(f"Claim {claim.pk} is at version {claim.version}, the form had {submitted_version}.")
        self.claim = claim
        self.submitted_version = submitted_version


def _require_reviewer(user) -> None:
    if not is_editor(user):
        raise PermissionDenied(_("Only editors review claims."))


def _claim_lock_version(*, claim: Claim, version: int) -> Claim:
    """Take the claim at `version` or raise ConflictError; returns it fresh from the database.

    The conditional UPDATE both checks the version and locks the row until the transaction
    ends, so two editors can never both pass with the same version.
    """
    updated = Claim.objects.filter(pk=claim.pk, version=version).update(version=F("version") + 1)
    if not updated:
        claim.refresh_from_db()
        raise ConflictError(claim, version)
    claim.refresh_from_db()
    return claim


def _claim_save(*, claim: Claim, user, reason: str) -> Claim:
    claim._change_reason = reason[:100]
    claim._history_user = user
    claim.save()
    return claim


def _why(label: str, note: str) -> str:
    return f"{label}: {note}" if note else label


@transaction.atomic
def claim_approve(*, claim: Claim, user, version: int) -> Claim:
    """Mark the claim approved; clears an earlier flag's reason."""
    _require_reviewer(user)
    claim = _claim_lock_version(claim=claim, version=version)
    claim.status = Claim.Status.APPROVED
    claim.reason = ""
    claim.reviewed_by = user
    claim.reviewed_at = timezone.now()
    return _claim_save(claim=claim, user=user, reason="Approved")


@transaction.atomic
def claim_flag(*, claim: Claim, user, version: int, reason: str, note: str) -> Claim:
    """Flag the claim for a reason from Claim.Reason, with a note saying what is wrong."""
    _require_reviewer(user)
    if reason not in Claim.Reason.values:
        raise ValidationError({"reason": _("Choose a reason from the list.")})
    if not note.strip():
        raise ValidationError({"note": _("Say why the claim is flagged.")})
    claim = _claim_lock_version(claim=claim, version=version)
    claim.status = Claim.Status.FLAGGED
    claim.reason = reason
    claim.note = note.strip()
    claim.reviewed_by = user
    claim.reviewed_at = timezone.now()
    label = f"Flagged ({Claim.Reason(reason).label})"
    return _claim_save(claim=claim, user=user, reason=_why(label, claim.note))


@transaction.atomic
def claim_reject(*, claim: Claim, user, version: int, reason: str, note: str = "") -> Claim:
    """Reject a false positive. The claim is kept (hidden from default lists), never deleted."""
    _require_reviewer(user)
    if reason not in Claim.Reason.values:
        raise ValidationError({"reason": _("Choose a reason from the list.")})
    claim = _claim_lock_version(claim=claim, version=version)
    claim.status = Claim.Status.REJECTED
    claim.reason = reason
    claim.note = note.strip()
    claim.reviewed_by = user
    claim.reviewed_at = timezone.now()
    label = f"Rejected ({Claim.Reason(reason).label})"
    return _claim_save(claim=claim, user=user, reason=_why(label, claim.note))


@transaction.atomic
def claim_reset(*, claim: Claim, user, version: int, note: str = "") -> Claim:
    """Put a reviewed claim back to pending (a decision taken too fast); the history keeps
    the earlier decision."""
    _require_reviewer(user)
    claim = _claim_lock_version(claim=claim, version=version)
    claim.status = Claim.Status.PENDING
    claim.reason = ""
    claim.reviewed_by = None
    claim.reviewed_at = None
    if note.strip():
        claim.note = note.strip()
    return _claim_save(claim=claim, user=user, reason=_why("Back to pending", note.strip()))


def _sources_resolve(items: Iterable[Source | str]) -> list[Source]:
    """Sources by object or by name/alias (case-insensitive); unknown names become
    unverified sources an editor can merge later. Merged sources resolve to their target."""
    resolved: list[Source] = []
    for item in items:
        if isinstance(item, Source):
            source = item
        else:
            name = " ".join(str(item).split())
            if not name:
                continue
            source = (
                Source.objects.filter(name__iexact=name).first()
                or Source.objects.filter(
                    pk__in=SourceAlias.objects.annotate(low=Lower("text"))
                    .filter(low=name.lower())
                    .values("source_id")
                ).first()
            )
            if source is None:
                source = Source(name=name[:200], kind=Source.Kind.OTHER, verified=False)
                source._change_reason = "Created while reviewing a claim"
                source.save()
        seen = set()
        while source.merged_into_id and source.pk not in seen:
            seen.add(source.pk)
            source = source.merged_into
        if source.pk not in {s.pk for s in resolved}:
            resolved.append(source)
    return resolved


def _attributions_replace(*, claim: Claim, sources: list[Source], user) -> bool:
    """Make the claim's chain exactly `sources` (first = origin, then relays).

    Attributions that stay keep their spans and cues. Returns whether anything changed.
    """
    current = list(claim.attributions.order_by("order"))
    if [a.source_id for a in current] == [s.pk for s in sources]:
        return False
    by_source = {a.source_id: a for a in current}
    for attribution in current:
        if attribution.source_id not in {s.pk for s in sources}:
            attribution._history_user = user
            attribution._change_reason = "Removed while correcting the claim"
            attribution.delete()
    targets = {source.pk: order for order, source in enumerate(sources)}
    moving = [a for a in current if a.source_id in targets and a.order != targets[a.source_id]]
    # Park moving attributions on high orders first so the (claim, source, order) constraint
    # never sees two rows on one order while they are renumbered.
    for offset, attribution in enumerate(moving):
        Attribution.objects.filter(pk=attribution.pk).update(order=1000 + offset)
    for order, source in enumerate(sources):
        attribution = by_source.get(source.pk)
        if attribution is not None and attribution not in moving:
            continue  # already in place
        attribution = attribution or Attribution(claim=claim, source=source)
        attribution.order = order
        attribution.role = Attribution.Role.ORIGIN if order == 0 else Attribution.Role.RELAY
        attribution._history_user = user
        attribution._change_reason = "Set while correcting the claim"
        attribution.save()
    return True


@transaction.atomic
def claim_correct(
    *,
    claim: Claim,
    user,
    version: int,
    value: Decimal,
    value_high: Decimal | None,
    bound: str,
    unit: str,
    kind: str,
    sources: Sequence[Source | str] | None,
    period_start: date | None,
    period_end: date | None,
    note: str,
) -> Claim:
    """Correct what the extractor read. The article text and the span stay as they are.

    `sources` is the attribution chain in order (origin first); None leaves it alone.
    A corrected claim counts as reviewed: it becomes approved.
    """
    _require_reviewer(user)
    if not note.strip():
        raise ValidationError({"note": _("Say why the claim is corrected.")})
    if value_high is not None and value_high < value:
        raise ValidationError({"value_high": _("The high end is below the value.")})
    if period_start and period_end and period_end < period_start:
        raise ValidationError({"period_end": _("The period ends before it starts.")})
    claim = _claim_lock_version(claim=claim, version=version)
    claim.value = value
    claim.value_high = value_high
    claim.bound = bound
    claim.approximate = bound != Claim.Bound.EXACT  # a hedge, not a range, makes it approximate
    claim.unit = unit.strip()
    claim.kind = kind
    claim.period_start = period_start
    claim.period_end = period_end
    claim.status = Claim.Status.APPROVED
    claim.corrected = True  # shown as "corrected" beside the status, and filterable
    claim.reason = ""
    claim.note = note.strip()
    claim.reviewed_by = user
    claim.reviewed_at = timezone.now()
    if sources is not None:
        _attributions_replace(claim=claim, sources=_sources_resolve(sources), user=user)
    return _claim_save(claim=claim, user=user, reason=_why("Corrected", claim.note))


SENTENCE_ENDS = ".!?\n"


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], by punctuation; good enough for hand-added claims.

    >>> sentence_bounds("One. Two 3 four. Five.", 5, 10)
    (5, 16)
    """
    left = start
    while left > 0 and text[left - 1] not in SENTENCE_ENDS:
        left -= 1
    while left < start and text[left].isspace():
        left += 1
    right = end
    while right < len(text) and text[right - 1] not in SENTENCE_ENDS:
        right += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    return left, max(right, end)


@transaction.atomic
def claim_add(
    *,
    article: Article,
    start: int,
    end: int,
    user,
    value: Decimal,
    value_high: Decimal | None = None,
    bound: str = Claim.Bound.EXACT,
    unit: str = "",
    kind: str = Claim.Kind.COUNT,
    subject: str = "",
    modality: str = Claim.Modality.ASSERTED,
    sources: Sequence[Source | str] = (),
    period_start: date | None = None,
    period_end: date | None = None,
    note: str = "",
) -> Claim:
    """Add a claim the extractor missed, from words an editor selected in the article.

    The claim is marked as added by hand (origin manual) and, chosen by an editor,
    starts approved.
    """
    _require_reviewer(user)
    body = article.body
    if not (0 <= start < end <= len(body)):
        raise ValidationError(_("The selection is outside the article text."))
    if value_high is not None and value_high < value:
        raise ValidationError({"value_high": _("The high end is below the value.")})
    if period_start and period_end and period_end < period_start:
        raise ValidationError({"period_end": _("The period ends before it starts.")})
    text = body[start:end]
    fingerprint = hashlib.sha256(f"manual:{start}:{end}:{value}".encode()).hexdigest()
    if Claim.objects.filter(article=article, fingerprint=fingerprint).exists():
        raise ValidationError(_("This claim was already added."))
    sentence_start, sentence_end = sentence_bounds(body, start, end)
    claim = Claim(
        article=article,
        start=start,
        end=end,
        text=text,
        sentence_start=sentence_start,
        sentence_end=sentence_end,
        kind=kind,
        value=value,
        value_high=value_high,
        approximate=bound != Claim.Bound.EXACT,
        bound=bound,
        unit=unit.strip(),
        subject=subject.strip(),
        modality=modality,
        period_start=period_start,
        period_end=period_end,
        status=Claim.Status.APPROVED,
        note=note.strip(),
        fingerprint=fingerprint,
        origin=Claim.Origin.MANUAL,
        reviewed_by=user,
        reviewed_at=timezone.now(),
    )
    claim = _claim_save(claim=claim, user=user, reason=_why("Added by hand", claim.note))
    for order, source in enumerate(_sources_resolve(sources)):
        attribution = Attribution(
            claim=claim,
            source=source,
            order=order,
            role=Attribution.Role.ORIGIN if order == 0 else Attribution.Role.RELAY,
        )
        attribution._history_user = user
        attribution._change_reason = "Added by hand"
        attribution.save()
    from .suggestions import suggestions_refresh  # it builds on this module's services

    suggestions_refresh(claim_ids=[claim.pk])
    return claim


@dataclass
class BulkResult:
    done: list[Claim] = field(default_factory=list)
    conflicts: list[Claim] = field(default_factory=list)


def _bulk(items: Iterable[tuple[int, int]], action) -> BulkResult:
    """Apply `action(claim, version)` to each (pk, version); a conflict skips that claim only."""
    result = BulkResult()
    wanted = dict(items)
    for claim in Claim.objects.filter(pk__in=wanted).order_by("pk"):
        try:
            with transaction.atomic():
                result.done.append(action(claim, wanted[claim.pk]))
        except ConflictError as exc:
            result.conflicts.append(exc.claim)
    return result


def claims_bulk_approve(*, items: Iterable[tuple[int, int]], user) -> BulkResult:
    """Approve many claims given as (pk, version) pairs; stale ones are reported, not changed."""
    _require_reviewer(user)
    return _bulk(items, lambda claim, version: claim_approve(claim=claim, user=user, version=version))


def claims_bulk_flag(*, items: Iterable[tuple[int, int]], user, reason: str, note: str) -> BulkResult:
    """Flag many claims with one reason and note; stale ones are reported, not changed."""
    _require_reviewer(user)
    return _bulk(
        items,
        lambda claim, version: claim_flag(claim=claim, user=user, version=version, reason=reason, note=note),
    )


def claims_bulk_reject(*, items: Iterable[tuple[int, int]], user, reason: str, note: str = "") -> BulkResult:
    """Reject many claims with one reason; stale ones are reported, not changed."""
    _require_reviewer(user)
    if reason not in Claim.Reason.values:
        raise ValidationError(_("Choose a reason for the rejection."))
    return _bulk(
        items,
        lambda claim, version: claim_reject(
            claim=claim, user=user, version=version, reason=reason, note=note
        ),
    )


def claims_bulk_reset(*, items: Iterable[tuple[int, int]], user, note: str = "") -> BulkResult:
    """Put many claims back to pending; stale ones are reported, not changed."""
    _require_reviewer(user)
    return _bulk(
        items, lambda claim, version: claim_reset(claim=claim, user=user, version=version, note=note)
    )


# Select-all acts on at most this many claims at once (each is its own transaction with history).
BULK_ALL_CAP = 5000


def claims_current_versions(queryset, *, cap: int = BULK_ALL_CAP) -> list[tuple[int, int]]:
    """(pk, version) of the claims a filter matches, for a confirmed select-all: at most `cap`."""
    return list(queryset.order_by("pk").values_list("pk", "version")[:cap])
