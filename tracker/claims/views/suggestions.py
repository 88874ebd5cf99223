"""Suggested figures: accept or dismiss one (claim page, review queue), or a figure from a claim."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..models import Claim, FigureSuggestion
from ..services import ConflictError
from ..suggestions import (
    MisfitError,
    figure_create_from_claim,
    suggestion_accept,
    suggestion_dismiss,
)
from .review import _next_url

REVIEW = "claims.review_claim"


class AcceptForm(forms.Form):
    version = forms.IntegerField(min_value=1)
    confirm = forms.BooleanField(required=False)


class FromClaimForm(forms.Form):
    version = forms.IntegerField(min_value=1)
    name = forms.CharField(max_length=300, required=False)


def misfit_page(request, *, error: MisfitError, action: str, fields: dict, back: str):
    """Ask before a claim that does not fit joins a figure: the warnings, then confirm or go back."""
    return render(
        request,
        "claims/figure_misfit.html",
        {
            "figure": error.figure,
            "warnings": error.warnings,
            "action": action,
            "fields": list(fields.items()),
            "back": back,
        },
        status=409,
    )


@require_POST
@permission_required(REVIEW, raise_exception=True)
def suggestion_accept_view(request, pk):
    suggestion = get_object_or_404(FigureSuggestion.objects.select_related("claim", "figure"), pk=pk)
    back = _next_url(request, reverse("claims:detail", args=[suggestion.claim_id]))
    form = AcceptForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The form was incomplete; nothing was changed."))
        return redirect(back)
    try:
        suggestion_accept(
            suggestion=suggestion,
            user=request.user,
            version=form.cleaned_data["version"],
            confirm=form.cleaned_data["confirm"],
        )
    except MisfitError as error:
        fields = {"version": form.cleaned_data["version"], "confirm": "1", "next": back}
        action = reverse("claims:suggestion_accept", args=[pk])
        return misfit_page(request, error=error, action=action, fields=fields, back=back)
    except ConflictError:
        messages.error(
            request,
            _("Claim #%(pk)s changed meanwhile; look again before accepting.") % {"pk": suggestion.claim_id},
        )
        return redirect(reverse("claims:detail", args=[suggestion.claim_id]))
    messages.success(
        request,
        _("Claim #%(pk)s tracked as %(figure)s.")
        % {"pk": suggestion.claim_id, "figure": suggestion.figure.name},
    )
    return redirect(back)


@require_POST
@permission_required(REVIEW, raise_exception=True)
def suggestion_dismiss_view(request, pk):
    suggestion = get_object_or_404(FigureSuggestion.objects.select_related("figure"), pk=pk)
    suggestion_dismiss(suggestion=suggestion, user=request.user)
    messages.success(
        request,
        _("%(figure)s will not be suggested for claim #%(pk)s again.")
        % {"figure": suggestion.figure.name, "pk": suggestion.claim_id},
    )
    return redirect(_next_url(request, reverse("claims:detail", args=[suggestion.claim_id])))


@require_POST
@permission_required("claims.add_figure", raise_exception=True)
@permission_required(REVIEW, raise_exception=True)
def figure_from_claim_view(request, pk):
    claim = get_object_or_404(Claim, pk=pk)
    back = _next_url(request, reverse("claims:detail", args=[pk]))
    form = FromClaimForm(request.POST)
    if not form.is_valid():
        messages.error(request, "; ".join(e for errors in form.errors.values() for e in errors))
        return redirect(back)
    try:
        figure = figure_create_from_claim(
            claim=claim,
            user=request.user,
            version=form.cleaned_data["version"],
            name=form.cleaned_data["name"],
        )
    except ValidationError as error:
        messages.error(request, "; ".join(error.messages))
        return redirect(back)
    except ConflictError:
        messages.error(request, _("Claim #%(pk)s changed meanwhile; look again first.") % {"pk": pk})
        return redirect(reverse("claims:detail", args=[pk]))
    messages.success(
        request, _("Now tracking %(figure)s, with claim #%(pk)s in it.") % {"figure": figure.name, "pk": pk}
    )
    return redirect("claims:figure", pk=figure.pk)
