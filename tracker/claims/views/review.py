from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tracker.articles.models import Article
from tracker.articles.selectors_reading import article_marks
from tracker.sources.selectors import source_claims_total
from tracker.work.services import assigned_to

from ..filters import ClaimFilter
from ..forms import (
    ApproveForm,
    BulkForm,
    ClaimAddForm,
    CorrectForm,
    FlagForm,
    RejectForm,
)
from ..models import Claim
from ..selectors import (
    QUEUE_STATUSES,
    Total,
    attach_chains,
    claim_get,
    claim_list_queryset,
    count_capped,
    review_queue,
)
from ..services import (
    BULK_ALL_CAP,
    ConflictError,
    claim_add,
    claim_approve,
    claim_correct,
    claim_flag,
    claim_reject,
    claims_bulk_approve,
    claims_bulk_flag,
    claims_bulk_reject,
    claims_bulk_reset,
    claims_current_versions,
)
from ..templatetags.claim_format import number
from .detail import claim_page_context, render_claim_page
from .lists import rows_html

REVIEW = "claims.review_claim"
QUEUE_FILTERS = ("article", "language", "source", "source_name", "kind", "unit")


def _next_url(request, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def _is_htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true"


def _review(request, pk, form_class, name, action, done):
    """One shape for every review action: bind → service → redirect (or the row for htmx).

    A stale version answers 409 with the claim page showing what changed meanwhile.
    """
    claim = claim_get(pk=pk)
    form = (
        CorrectForm.for_claim(claim, data=request.POST)
        if form_class is CorrectForm
        else form_class(request.POST, prefix=name)
    )
    if form.is_valid():
        try:
            claim = action(claim, form.cleaned_data)
        except ConflictError as conflict:
            claim = claim_get(pk=pk)
            if _is_htmx(request):
                return _row(request, claim, status=409, error=_("Changed by someone else meanwhile."))
            # The editor's own input stays in the form, now for the version they have seen.
            data = request.POST.copy()
            data[f"{name}-version"] = claim.version
            again = (
                CorrectForm.for_claim(claim, data=data)
                if form_class is CorrectForm
                else form_class(data, prefix=name)
            )
            return render_claim_page(
                request,
                claim,
                bound={name: again},
                conflict=conflict,
                status=409,
                next_url=_next_url(request, ""),
            )
        except ValidationError as error:
            for field, errors in (
                error.message_dict.items() if hasattr(error, "error_dict") else [(None, error.messages)]
            ):
                form.add_error(field if field in form.fields else None, errors)
        else:
            if _is_htmx(request):
                return _row(request, claim_get(pk=pk))
            messages.success(request, f"{done}: {claim.text}")
            return redirect(_next_url(request, reverse("claims:detail", args=[pk])))
    if _is_htmx(request):
        return _row(
            request,
            claim,
            status=400,
            error="; ".join(f"{e}" for errors in form.errors.values() for e in errors),
        )
    return render_claim_page(request, claim, bound={name: form}, status=400, next_url=_next_url(request, ""))


def _row(request, claim, *, status=200, error=""):
    """The claim's list row again, for htmx to swap in place."""
    html = rows_html(
        request, attach_chains([claim]), here=_next_url(request, reverse("claims:list")), error=error
    )
    return HttpResponse(html, status=status)


@require_POST
@permission_required(REVIEW, raise_exception=True)
def claim_approve_view(request, pk):
    return _review(
        request,
        pk,
        ApproveForm,
        "approve",
        lambda claim, data: claim_approve(claim=claim, user=request.user, version=data["version"]),
        gettext_lazy("Approved"),
    )


@require_POST
@permission_required(REVIEW, raise_exception=True)
def claim_flag_view(request, pk):
    return _review(
        request,
        pk,
        FlagForm,
        "flag",
        lambda claim, data: claim_flag(
            claim=claim,
            user=request.user,
            version=data["version"],
            reason=data["reason"],
            note=data["note"],
        ),
        gettext_lazy("Flagged"),
    )


@require_POST
@permission_required(REVIEW, raise_exception=True)
def claim_reject_view(request, pk):
    return _review(
        request,
        pk,
        RejectForm,
        "reject",
        lambda claim, data: claim_reject(
            claim=claim,
            user=request.user,
            version=data["version"],
            reason=data["reason"],
            note=data["note"],
        ),
        gettext_lazy("Rejected"),
    )


@require_POST
@permission_required(REVIEW, raise_exception=True)
def claim_correct_view(request, pk):
    return _review(
        request,
        pk,
        CorrectForm,
        "correct",
        lambda claim, data: claim_correct(
            claim=claim,
            user=request.user,
            version=data["version"],
            value=data["value"],
            value_high=data["value_high"],
            bound=data["bound"],
            unit=data["unit"],
            kind=data["kind"],
            sources=data["sources"],
            period_start=data["period_start"],
            period_end=data["period_end"],
            note=data["note"],
        ),
        gettext_lazy("Corrected"),
    )


@require_GET
@permission_required(REVIEW, raise_exception=True)
def review_queue_view(request):
    """Claims to review, oldest first, one at a time (`?at=<pk>` to move along the queue),
    narrowed by article, language, source, kind, unit and status (pending, flagged, stale), and
    to the claims assigned to me (`?mine=1`)."""
    params = request.GET.copy()
    params.pop("at", None)
    status = params.get("status", "") or Claim.Status.PENDING
    mine = params.get("mine") == "1"  # only the claims assigned to me (or their articles)
    narrowing = {k: v for k, v in params.items() if k in QUEUE_FILTERS and v}
    queue_filter = ClaimFilter(narrowing, queryset=Claim.objects.all())

    def narrow(queryset):
        if not narrowing:
            return queryset
        return ClaimFilter(narrowing, queryset=queryset).qs.order_by()

    slot = review_queue(
        at=request.GET.get("at"),
        status=status,
        narrow=narrow,
        only=assigned_to(request.user) if mine else None,
    )
    query = params.urlencode()
    at = reverse("claims:review") + "?" + (query + "&" if query else "") + "at="
    context = {
        "slot": slot,
        "at_url": at,
        "query": query,
        "mine": mine,
        "values": {name: params.get(name, "")[:200] for name in (*QUEUE_FILTERS, "status")},
        "kinds": Claim.Kind.choices,
        "statuses": [(s.value, s.label) for s in QUEUE_STATUSES],
        "status_label": str(Claim.Status(status).label if status in Claim.Status.values else status).lower(),
        "errors": queue_filter.errors if narrowing else {},
    }
    if slot.claim is not None:
        context.update(claim_page_context(request, slot.claim, with_history=False))
        # After a review, carry on with the claim after this one, in the same narrowed queue.
        context["next"] = f"{at}{slot.claim.pk}"
    return render(request, "claims/review_queue.html", context)


BULK_VERBS = {
    "approve": pgettext_lazy("claims", "approved"),
    "flag": pgettext_lazy("claims", "flagged"),
    "reject": pgettext_lazy("claims", "rejected"),
    "pending": pgettext_lazy("claims", "put back to pending"),
}


def _bulk_apply(action: str, items, user, data):
    if action == "flag":
        return claims_bulk_flag(items=items, user=user, reason=data["reason"], note=data["note"])
    if action == "reject":
        return claims_bulk_reject(items=items, user=user, reason=data["reason"], note=data["note"])
    if action == "pending":
        return claims_bulk_reset(items=items, user=user, note=data["note"])
    return claims_bulk_approve(items=items, user=user)


@require_POST
@permission_required(REVIEW, raise_exception=True)
def claim_bulk_view(request):
    """Approve, flag, reject or put back to pending the ticked claims, or every claim the
    list's filter matches (after a confirmation page naming how many)."""
    form = BulkForm(request.POST)
    back = _next_url(request, reverse("claims:list"))
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(back)
    data = form.cleaned_data
    items = data["items"]
    if data["select_all"]:
        claim_filter = ClaimFilter(QueryDict(data["filter_query"]), queryset=Claim.objects.all())
        matching = claim_filter.qs
        # A source's claims (and a status) are counted exactly from its kept counts (PostgreSQL).
        exact = None
        if claim_filter.only_source:
            exact = source_claims_total(claim_filter.source_id, claim_filter.statuses)
        total = Total(exact, True) if exact is not None else count_capped(matching)
        if data["confirmed_count"] is None or data["confirmed_count"] != total.value:
            return render(
                request,
                "claims/bulk_confirm.html",
                {
                    "data": data,
                    "total": total,
                    "cap": BULK_ALL_CAP,
                    "verb": BULK_VERBS[data["action"]],
                    "reason_label": Claim.Reason(data["reason"]).label if data["reason"] else "",
                    "changed_from": data["confirmed_count"],
                    "back": back,
                },
            )
        items = claims_current_versions(matching)
    try:
        result = _bulk_apply(data["action"], items, request.user, data)
    except ValidationError as error:
        messages.error(request, "; ".join(error.messages))
        return redirect(back)
    messages.success(
        request,
        _("%(count)s claim(s) %(verb)s.")
        % {"count": number(len(result.done)), "verb": BULK_VERBS[data["action"]]},
    )
    if result.conflicts:
        messages.error(
            request,
            _("%(count)d claim(s) changed meanwhile and were left alone: %(pks)s")
            % {"count": len(result.conflicts), "pks": ", ".join(f"#{c.pk}" for c in result.conflicts)},
        )
    return redirect(back)


@require_http_methods(["GET", "POST"])
@permission_required(REVIEW, raise_exception=True)
def claim_add_view(request, pk):
    """Add a claim the extractor missed, from words selected in the article."""
    article = get_object_or_404(Article, pk=pk)
    form = ClaimAddForm(request.POST or None, article=article, prefix="add")
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                claim = claim_add(
                    article=article,
                    start=data["start"],
                    end=data["end"],
                    user=request.user,
                    value=data["value"],
                    value_high=data["value_high"],
                    bound=data["bound"],
                    unit=data["unit"],
                    kind=data["kind"],
                    subject=data["subject"],
                    modality=data["modality"],
                    sources=data["sources"],
                    period_start=data["period_start"],
                    period_end=data["period_end"],
                    note=data["note"],
                )
            except ValidationError as error:
                form.add_error(None, error.messages)
            else:
                messages.success(request, _("Claim added: %(text)s") % {"text": claim.text})
                return redirect(
                    reverse("articles:detail", args=[article.pk]) + f"?claim={claim.pk}#claim-{claim.pk}"
                )
    claims = list(claim_list_queryset().filter(article=article))
    return render(
        request,
        "claims/claim_add.html",
        {"article": article, "form": form, "body_html": article_marks(article, claims)},
        status=status,
    )
