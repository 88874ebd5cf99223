"""Source services: merging a duplicate into the source it duplicates.

>>> source_merge(source=korean_central_news_agency, into=kcna, user=editor)
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models.functions import Lower
from simple_history.utils import bulk_update_with_history

from tracker.claims.models import Attribution, Quote

from .models import Source, SourceAlias


def _final_target(source: Source) -> Source:
    seen = set()
    while source.merged_into_id and source.pk not in seen:
        seen.add(source.pk)
        source = source.merged_into
    return source


@transaction.atomic
def source_merge(*, source: Source, into: Source, user) -> Source:
    """Fold `source` into `into`: its aliases, attributions and quotes move, its name becomes
    an alias, and it stays in the database marked `merged_into` (history kept on every row).

    When a claim already names `into` at the same place in its chain, the duplicate
    attribution of `source` is deleted (with a history row) instead of moved.
    Returns the source merged into.
    """
    if not (user and user.has_perm("sources.merge_source")):
        raise PermissionDenied("Only editors merge sources.")
    into = _final_target(Source.objects.select_for_update().get(pk=into.pk))
    source = Source.objects.select_for_update().get(pk=source.pk)
    if source.pk == into.pk:
        raise ValidationError("A source cannot be merged into itself.")
    if source.merged_into_id:
        raise ValidationError(f"{source} was already merged into {source.merged_into}.")

    # Aliases move as they are; the duplicate's own name becomes one more alias.
    aliases = list(source.aliases.all())
    for alias in aliases:
        alias.source = into
    bulk_update_with_history(
        aliases,
        SourceAlias,
        ["source"],
        default_user=user,
        default_change_reason=f"Moved from merged source {source.pk}",
    )
    name_taken = (
        SourceAlias.objects.annotate(low=Lower("text")).filter(low=source.name.lower(), language="").exists()
    )
    if not name_taken and source.name.lower() != into.name.lower():
        alias = SourceAlias(source=into, text=source.name, language="")
        alias._history_user = user
        alias._change_reason = f"Name of merged source {source.pk}"
        alias.save()

    # Attributions: move, unless the claim already has `into` at that order.
    taken = set(
        Attribution.objects.filter(source=into, claim__attributions__source=source).values_list(
            "claim_id", "order"
        )
    )
    moving = []
    for attribution in Attribution.objects.filter(source=source):
        attribution._history_user = user
        if (attribution.claim_id, attribution.order) in taken:
            attribution._change_reason = f"Duplicate after merging into {into.pk}"
            attribution.delete()
        else:
            attribution.source = into
            moving.append(attribution)
    bulk_update_with_history(
        moving,
        Attribution,
        ["source"],
        batch_size=1000,
        default_user=user,
        default_change_reason=f"Moved from merged source {source.pk}",
    )

    # Quotes have no history of their own: speakers and via-sources move in place.
    Quote.objects.filter(speaker=source).update(speaker=into)
    Via = Quote.via.through
    has_into = Via.objects.filter(source=into).values("quote_id")
    Via.objects.filter(source=source, quote_id__in=has_into).delete()
    Via.objects.filter(source=source).update(source=into)

    # Earlier duplicates of the duplicate now point at the final target.
    for earlier in Source.objects.filter(merged_into=source):
        earlier.merged_into = into
        earlier._history_user = user
        earlier._change_reason = f"Re-pointed after merging {source.pk} into {into.pk}"
        earlier.save()

    source.merged_into = into
    source._history_user = user
    source._change_reason = f"Merged into {into.name} ({into.pk})"[:100]
    source.save()
    return into
