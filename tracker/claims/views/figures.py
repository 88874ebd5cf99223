"""Tracked figures: the list, one figure's claims over time, and the editors' actions."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from tracker.accounts.access import is_editor
from tracker.follows.services import is_following

from ..figure_chart import Point, figure_chart
from ..figure_selectors import (
    FIGURE_CLAIMS_CAP,
    figure_analysis,
    figure_claims,
    figure_get,
    figure_groups,
    figure_list,
)
from ..figures import claims_assign_figure, figure_create, figure_update
from ..forms import NO_FIGURE, FigureAssignForm, FigureForm
from ..models import Claim, Figure
from ..rows import render_figure_rows, truncate, url_maker
from ..suggestions import MisfitError, figure_fit
from ..templatetags.claim_format import claim_value, format_number, short_date
from .review import _next_url
from .suggestions import misfit_page


def _add_errors(form, error: ValidationError) -> None:
    pairs = error.message_dict.items() if hasattr(error, "error_dict") else [(None, error.messages)]
    for name, errors in pairs:
        form.add_error(name if name in form.fields else None, errors)


@require_http_methods(["GET", "POST"])
@permission_required("claims.view_figure", raise_exception=True)
def figure_list_view(request):
    """Every tracked figure with its numbers; editors create new ones here."""
    form = FigureForm(prefix="new") if request.user.has_perm("claims.add_figure") else None
    status = 200
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        form = FigureForm(request.POST, prefix="new")
        status = 400
        if form.is_valid():
            try:
                figure = figure_create(user=request.user, **form.cleaned_data)
            except ValidationError as error:
                _add_errors(form, error)
            else:
                messages.success(request, _("Now tracking %(figure)s.") % {"figure": figure.name})
                return redirect("claims:figure", pk=figure.pk)
    figures = list(figure_list())
    for figure in figures:
        figure.values = _span(figure.lowest, figure.highest)
    return render(request, "claims/figure_list.html", {"figures": figures, "form": form}, status=status)


def _span(low, high) -> str:
    """'12,000–30,000', or one number when all claims agree, or '' without claims."""
    if low is None:
        return ""
    if high is None or high == low:
        return format_number(low)
    return f"{format_number(low)}–{format_number(high)}"


def _points(groups, unit: str, repeated: set[int] = frozenset()) -> list[Point]:
    detail = url_maker("claims:detail")
    points = []
    for group in groups:
        for claim in group.claims:
            when = short_date(claim.day) if claim.day else _("no date")
            points.append(
                Point(
                    source=group.name,
                    day=claim.day,
                    low=claim.value,
                    high=claim.value_high,
                    approved=claim.status == Claim.Status.APPROVED,
                    label=f"{group.name}: {claim_value(claim)} {unit}".strip()
                    + f", {when} ({claim.get_status_display().lower()})",
                    url=detail(claim.pk),
                    day_end=claim.period_end if claim.period_start else None,
                    claim_id=claim.pk,
                    repeat=claim.pk in repeated,
                )
            )
    return points


def figure_summary(claims: list[Claim], analysis) -> dict:
    """The analysis in claims, for the page: its summary, and a badge on each claim it names."""
    by_id = {claim.pk: claim for claim in claims}
    conflicts = [
        {"first": by_id[c.first.claim_id], "second": by_id[c.second.claim_id], "open": c.open}
        for c in analysis.conflicts
    ]
    revisions = [
        {"source": r.source, "before": by_id[r.before.claim_id], "after": by_id[r.after.claim_id]}
        for r in analysis.revisions
    ]
    detail = url_maker("claims:detail")
    repeats = [
        _repeat(by_id[r.report.claim_id], by_id[r.original.claim_id], detail) for r in analysis.repeats
    ]
    for item in repeats:
        item["claim"].repeat_of = item["original"]
    for item in revisions:
        item["after"].revises = item["before"]
    for claim_id in analysis.conflicting_ids:
        by_id[claim_id].in_conflict = True
    span = analysis.current_range
    return {
        "latest": [by_id[r.claim_id] for r in analysis.latest],
        "current_range": _span(*span) if span else "",
        "conflicts": conflicts,
        "open_conflicts": [c for c in conflicts if c["open"]],
        "revisions": revisions,
        "repeats": repeats,
    }


def _repeat(claim: Claim, original: Claim, detail) -> dict:
    """A repeat as the summary lists it, its words made here: a figure relayed by dozens of
    outlets lists dozens of repeats, each a handful of template lookups and a reverse()."""
    return {
        "claim": claim,
        "original": original,
        "url": detail(claim.pk),
        "value": claim_value(claim),
        "relays": ", ".join(link.name for link in claim.chain[1:]),
        "title": truncate(claim.article.title or _("an article"), 60),
        "original_title": truncate(original.article.title or _("an article"), 60),
    }


def _figure_page(request, figure: Figure, *, edit_form=None, status=200):
    claims = figure_claims(figure)
    groups = figure_groups(claims)
    analysis = figure_analysis(claims)
    summary = figure_summary(claims, analysis)
    conflict_lines = [
        (
            c["first"].pk,
            c["second"].pk,
            _("Conflict: %(first)s %(first_value)s vs %(second)s %(second_value)s")
            % {
                "first": c["first"].source,
                "first_value": claim_value(c["first"]),
                "second": c["second"].source,
                "second_value": claim_value(c["second"]),
            },
        )
        for c in summary["open_conflicts"]
    ]
    chart = figure_chart(_points(groups, figure.unit, analysis.repeated_ids), conflict_lines)
    colours = {series.name: series for series in chart.series}
    editor, csrf, here = is_editor(request.user), get_token(request), request.get_full_path()
    for group in groups:
        group.series = colours.get(group.name)
        group.rows_html = render_figure_rows(group.claims, editor=editor, csrf=csrf, here=here)
    can_edit = request.user.has_perm("claims.change_figure")
    return render(
        request,
        "claims/figure_detail.html",
        {
            "figure": figure,
            "claims": claims,
            "groups": groups,
            "summary": summary,
            "following": is_following(request.user, figure=figure),
            "chart": chart,
            "edit_form": edit_form
            or (
                FigureForm(
                    prefix="edit",
                    initial={"name": figure.name, "unit": figure.unit, "description": figure.description},
                )
                if can_edit
                else None
            ),
            "claims_url": f"{reverse('claims:list')}?figure={figure.pk}&status=all",
            "capped": len(claims) >= FIGURE_CLAIMS_CAP,
        },
        status=status,
    )


@require_http_methods(["GET"])
@permission_required("claims.view_figure", raise_exception=True)
def figure_detail_view(request, pk):
    return _figure_page(request, figure_get(pk=pk))


@require_POST
@permission_required("claims.change_figure", raise_exception=True)
def figure_edit_view(request, pk):
    figure = figure_get(pk=pk)
    form = FigureForm(request.POST, prefix="edit")
    if form.is_valid():
        try:
            figure = figure_update(figure=figure, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("Saved %(figure)s.") % {"figure": figure.name})
            return redirect("claims:figure", pk=figure.pk)
    figure.refresh_from_db()
    return _figure_page(request, figure, edit_form=form, status=400)


def _target_figure(request, data) -> Figure | None:
    """The figure picked in the form, or a new one by name (an existing name is reused)."""
    if data["new_figure"]:
        existing = Figure.objects.filter(name__iexact=data["new_figure"]).first()
        return existing or figure_create(name=data["new_figure"], user=request.user)
    if data["figure"] == NO_FIGURE:
        return None
    figure = Figure.objects.filter(pk=int(data["figure"])).first()
    if figure is None:
        raise ValidationError(_("That figure does not exist (any more)."))
    return figure


@require_POST
@permission_required("claims.review_claim", raise_exception=True)
def figure_assign_view(request):
    """Track the picked claims as a figure (or as none), from the claims list or a claim page."""
    form = FigureAssignForm(request.POST)
    back = _next_url(request, reverse("claims:list"))
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(back)
    try:
        figure = _target_figure(request, form.cleaned_data)
        if figure is not None and not form.cleaned_data["confirm"]:
            wanted = [pk for pk, _version in form.cleaned_data["items"]]
            misfits = figure_fit(figure=figure, claims=Claim.objects.filter(pk__in=wanted))
            if misfits:
                fields = {
                    "items": [f"{pk}:{version}" for pk, version in form.cleaned_data["items"]],
                    "figure": figure.pk,
                    "confirm": "1",
                    "next": back,
                }
                error = MisfitError(misfits, figure)
                return misfit_page(request, error=error, action=request.path, fields=fields, back=back)
        result = claims_assign_figure(items=form.cleaned_data["items"], figure=figure, user=request.user)
    except ValidationError as error:
        messages.error(request, "; ".join(error.messages))
        return redirect(back)
    if figure is not None:
        messages.success(
            request,
            _("%(count)d claim(s) tracked as %(figure)s.")
            % {"count": len(result.done), "figure": figure.name},
        )
    else:
        messages.success(request, _("%(count)d claim(s) no longer tracked.") % {"count": len(result.done)})
    if result.conflicts:
        messages.error(
            request,
            _("%(count)d claim(s) changed meanwhile and were left alone: %(pks)s")
            % {"count": len(result.conflicts), "pks": ", ".join(f"#{c.pk}" for c in result.conflicts)},
        )
    return redirect(back)
