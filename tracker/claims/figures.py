"""Tracked figures: services that create them and group claims into them.

Editors group claims from many articles and sources into one Figure ("North Korean troops in
Russia") to plot and compare them. Like the review services, assigning bumps each claim's
version and leaves a history row with the user and the reason:

>>> figure = figure_create(name="North Korean troops in Russia", unit="soldier", user=editor)
>>> result = claims_assign_figure(items=[(claim.pk, claim.version)], figure=figure, user=editor)
>>> claim.history.first().history_change_reason
'Tracked as North Korean troops in Russia'
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from tracker.follows.services import figure_claims_joined

from .models import Claim, Figure
from .services import BulkResult, ConflictError, _claim_lock_version, _claim_save, _require_reviewer


def _require(user, permission: str, what: str) -> None:
    if not (user and user.is_authenticated and user.has_perm(permission)):
        raise PermissionDenied(what)


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError({"name": _("Give the figure a name.")})
    if len(name) > Figure._meta.get_field("name").max_length:
        raise ValidationError({"name": _("The name is too long.")})
    return name


def _name_taken(name: str, *, but=None) -> bool:
    others = Figure.objects.filter(name__iexact=name)
    if but is not None:
        others = others.exclude(pk=but.pk)
    return others.exists()


@transaction.atomic
def figure_create(*, name: str, unit: str = "", description: str = "", user) -> Figure:
    """A new tracked figure; names are unique whatever their case.

    >>> figure_create(name="  Troops   in Russia ", user=editor).name
    'Troops in Russia'
    """
    _require(user, "claims.add_figure", _("Only editors create tracked figures."))
    name = _clean_name(name)
    if _name_taken(name):
        raise ValidationError({"name": _("A figure with this name exists already.")})
    figure = Figure(name=name, unit=unit.strip()[:60], description=description.strip(), created_by=user)
    figure._change_reason = "Created"
    figure._history_user = user
    figure.save()
    transaction.on_commit(lambda: _suggest_new_figure(figure.pk))
    return figure


def _suggest_new_figure(figure_id: int) -> None:
    from .tasks import suggest_new_figure  # the task module builds on these services

    suggest_new_figure.delay(figure_id)


@transaction.atomic
def figure_update(*, figure: Figure, name: str, unit: str = "", description: str = "", user) -> Figure:
    """Rename a figure or change its unit and description; its claims stay with it."""
    _require(user, "claims.change_figure", _("Only editors change tracked figures."))
    name = _clean_name(name)
    if _name_taken(name, but=figure):
        raise ValidationError({"name": _("A figure with this name exists already.")})
    figure.name = name
    figure.unit = unit.strip()[:60]
    figure.description = description.strip()
    figure._change_reason = "Edited"
    figure._history_user = user
    figure.save()
    transaction.on_commit(_forget_profiles)  # its new name suggests other claims
    return figure


def _forget_profiles() -> None:
    from .suggestions import _PROFILES

    _PROFILES.clear()


def _assign(*, claim: Claim, version: int, figure: Figure | None, user) -> Claim:
    if claim.figure_id == (figure.pk if figure else None):
        return claim  # nothing to change: no new version, no history row
    claim = _claim_lock_version(claim=claim, version=version)
    if figure is not None:
        reason = f"Tracked as {figure.name}"
    else:
        previous = Figure.objects.filter(pk=claim.figure_id).values_list("name", flat=True).first()
        reason = f"Removed from {previous or 'its figure'}"
    claim.figure = figure
    return _claim_save(claim=claim, user=user, reason=reason)


def claims_assign_figure(*, items: Iterable[tuple[int, int]], figure: Figure | None, user) -> BulkResult:
    """Track the claims given as (pk, version) pairs as `figure` (None: track them as nothing).

    Each claim changes in its own transaction: a claim whose version moved on since the form
    was shown is left alone and reported in `conflicts`; the others go through. A claim
    already tracked as `figure` counts as done without a new version.
    """
    _require_reviewer(user)
    result = BulkResult()
    wanted = dict(items)
    for claim in Claim.objects.filter(pk__in=wanted).order_by("pk"):
        try:
            with transaction.atomic():
                result.done.append(_assign(claim=claim, version=wanted[claim.pk], figure=figure, user=user))
        except ConflictError as exc:
            result.conflicts.append(exc.claim)
    if figure is not None:  # followers hear of what the claims changed, once they are committed
        figure_claims_joined(figure_id=figure.pk, claim_ids=[c.pk for c in result.done], actor_id=user.pk)
    return result
