from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from tracker.accounts.access import is_editor
from tracker.claims.quote_selectors import quote_list_queryset
from tracker.claims.rows import render_rows, url_maker
from tracker.claims.selectors import attach_chains, count_capped, page_of
from tracker.claims.templatetags.claim_format import number, short_date
from tracker.follows.services import is_following

from .forms import MergeForm
from .models import Source
from .selectors import (
    STATUSES,
    source_claims,
    source_claims_by_month,
    source_get,
    source_list_page,
    source_list_queryset,
    source_status_counts,
    source_suggestions,
)
from .services import source_merge


def _source_rows(sources) -> list[dict]:
    """What each row of the sources table prints, prepared in Python: fifty rows of template
    tags (URL reversing, number localising) cost more than the page's 50 ms budget."""
    detail = url_maker("sources:detail")
    claims = reverse("claims:list")
    rows = []
    for source in sources:
        counts = {status: number(getattr(source, status) or 0) for status in STATUSES}
        rows.append(
            {
                "name": source.name,
                "kind": source.get_kind_display(),
                "country": source.country,
                "verified": source.verified,
                "merged": bool(source.merged_into_id),
                "detail_url": detail(source.pk),
                "claims_url": f"{claims}?source={source.pk}",
                "latest": short_date(source.latest_claim_at.date()) if source.latest_claim_at else "—",
                **counts,
            }
        )
    return rows


@require_GET
@permission_required("sources.view_source", raise_exception=True)
def source_list(request):
    kind = request.GET.get("kind", "")
    kind = kind if kind in Source.Kind.values else ""
    q = request.GET.get("q", "").replace("\x00", "")[:200]  # PostgreSQL refuses NUL: a 500
    merged = request.GET.get("merged") == "1"
    page = source_list_page(number=request.GET.get("page"), kind=kind, q=q, merged=merged)
    total = count_capped(source_list_queryset(kind=kind, q=q, merged=merged))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "sources/source_list.html",
        {
            "page": page,
            "rows": _source_rows(page.items),
            "total": total,
            "kind": kind,
            "q": q,
            "merged": merged,
            "kinds": Source.Kind.choices,
            "query": query.urlencode(),
        },
    )


def _source_page(request, source, *, merge_form=None, status=200):
    page = page_of(source_claims(source), number=request.GET.get("page"), per_page=20)
    attach_chains(page.items)
    return render(
        request,
        "sources/source_detail.html",
        {
            "source": source,
            "aliases": list(source.aliases.all()),
            "merged_sources": list(source.merged_sources.all()),
            "counts": source_status_counts(source),
            "chart": source_claims_by_month(source),
            "page": page,
            "rows_html": render_rows(page.items, editor=False, csrf="", here=request.get_full_path()),
            "quotes": list(quote_list_queryset(source_id=source.pk)[:10]),
            "merge_form": merge_form or (MergeForm(source=source) if is_editor(request.user) else None),
            "following": is_following(request.user, source=source),
        },
        status=status,
    )


@require_GET
@permission_required("sources.view_source", raise_exception=True)
def source_detail(request, pk):
    return _source_page(request, source_get(pk=pk))


@require_http_methods(["GET", "POST"])
@permission_required("sources.merge_source", raise_exception=True)
def source_merge_view(request, pk):
    source = source_get(pk=pk)
    if request.method == "GET":
        return redirect("sources:detail", pk=pk)
    form = MergeForm(request.POST, source=source)
    if form.is_valid():
        try:
            into = source_merge(source=source, into=form.cleaned_data["into"], user=request.user)
        except ValidationError as error:
            form.add_error("into", error.messages)
        else:
            messages.success(
                request, _("%(name)s was merged into %(into)s.") % {"name": source.name, "into": into.name}
            )
            return redirect("sources:detail", pk=into.pk)
    return _source_page(request, source, merge_form=form, status=400)


@require_GET
@permission_required("sources.view_source", raise_exception=True)
def source_suggest(request):
    """Names and aliases containing `q`, for the source pickers (JSON)."""
    language = request.GET.get("language", "")
    suggestions = source_suggestions(
        request.GET.get("q", ""), language=language if language in ("de", "en") else ""
    )
    kinds = dict(Source.Kind.choices)
    return JsonResponse(
        {
            "results": [
                {
                    "id": s.id,
                    "name": s.name,
                    "kind": s.kind,
                    "kind_label": kinds.get(s.kind, s.kind),
                    "alias": s.matched,
                    "language": s.language,
                }
                for s in suggestions
            ]
        }
    )
