"""Source services: merging a duplicate into the source it duplicates.

>>> source_merge(source=korean_central_news_agency, into=kcna, user=editor)
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models.functions import Lower
from django.utils.translation import gettext as _
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
        raise PermissionDenied(_("Only editors merge sources."))
    into = _final_target(Source.objects.select_for_update().get(pk=into.pk))
    source = Source.objects.select_for_update().get(pk=source.pk)
    if source.pk == into.pk:
        raise ValidationError(_("A source cannot be merged into itself."))
    if source.merged_into_id:
        raise ValidationError(
            _("%(source)s was already merged into %(into)s.") % {"source": source, "into": source.merged_into}
        )

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


EDITABLE_FIELDS = ("name", "kind", "country", "description", "verified")


def _require(user, permission: str, message: str) -> None:
    if not (user and user.has_perm(permission)):
        raise PermissionDenied(message)


@transaction.atomic
def source_update(*, source: Source, user, **fields) -> Source:
    """Rename a source, set its kind, country, description or verified mark (one history row
    naming what changed). A renamed source keeps its old name as an alias, so extraction keeps
    finding it.

    >>> source_update(source=agency, user=editor, name="KCNA", kind="state_media", verified=True)
    """
    _require(user, "sources.change_source", _("Only editors change sources."))
    source = Source.objects.select_for_update().get(pk=source.pk)
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"Not editable: {', '.join(sorted(unknown))}")
    old_name = source.name
    changed = [name for name, value in fields.items() if getattr(source, name) != value]
    if not changed:
        return source
    for name in changed:
        setattr(source, name, fields[name])
    source.full_clean(exclude=["merged_into"])
    source._history_user = user
    source._change_reason = ("Changed " + ", ".join(changed))[:100]
    source.save()
    if "name" in changed and old_name.lower() != source.name.lower():
        taken = SourceAlias.objects.annotate(low=Lower("text")).filter(low=old_name.lower(), language="")
        if not taken.exists():
            alias = SourceAlias(source=source, text=old_name, language="")
            alias._history_user = user
            alias._change_reason = "Former name"
            alias.save()
    return source


@transaction.atomic
def source_alias_add(*, source: Source, text: str, language: str, user) -> SourceAlias:
    """Another name of the source ('Korean Central News Agency', 'nordkoreanische
    Staatsmedien'), for a language or for any (''), recorded in the history."""
    _require(user, "sources.add_sourcealias", _("Only editors add aliases."))
    alias = SourceAlias(source=source, text=" ".join(text.split()), language=language)
    alias.full_clean()
    alias._history_user = user
    alias._change_reason = f"Alias added to {source.name}"[:100]
    alias.save()
    return alias


@transaction.atomic
def source_alias_remove(*, alias: SourceAlias, user) -> None:
    _require(user, "sources.delete_sourcealias", _("Only editors remove aliases."))
    alias._history_user = user
    alias._change_reason = f"Alias removed from {alias.source.name}"[:100]
    alias.delete()


def source_uses(source: Source) -> dict:
    """What still points at a source: claims' attributions, quotes (spoken, relayed), merged
    duplicates. A source with none of these can be deleted."""
    return {
        "attributions": Attribution.objects.filter(source=source).count(),
        "quotes": Quote.objects.filter(speaker=source).count(),
        "relayed_quotes": Quote.via.through.objects.filter(source=source).count(),
        "merged_sources": Source.objects.filter(merged_into=source).count(),
    }


@transaction.atomic
def source_delete(*, source: Source, user) -> None:
    """Delete a source nothing uses (junk the extractor invented: 'the agency', 'poll').
    A source some claim or quote names is refused: merge it into the right one instead."""
    _require(user, "sources.delete_source", _("Only editors delete sources."))
    source = Source.objects.select_for_update().get(pk=source.pk)
    uses = source_uses(source)
    if any(uses.values()):
        parts = [f"{label.replace('_', ' ')}: {n}" for label, n in uses.items() if n]
        raise ValidationError(
            _("%(name)s is still used (%(uses)s): merge it instead.")
            % {"name": source.name, "uses": ", ".join(parts)}
        )
    for alias in source.aliases.all():
        alias._history_user = user
        alias._change_reason = f"Source {source.name} deleted"[:100]
        alias.delete()
    source._history_user = user
    source._change_reason = "Deleted (unused)"
    source.delete()
