from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from tracker.accounts.access import is_editor
from tracker.claims.selectors import page_of

from .forms import MergeForm
from .models import Source
from .selectors import (
    source_claims,
    source_claims_by_month,
    source_list_page,
    source_status_counts,
)
from .services import source_merge


@require_GET
@permission_required("sources.view_source", raise_exception=True)
def source_list(request):
    kind = request.GET.get("kind", "")
    kind = kind if kind in Source.Kind.values else ""
    q = request.GET.get("q", "")[:200]
    merged = request.GET.get("merged") == "1"
    page = source_list_page(number=request.GET.get("page"), kind=kind, q=q, merged=merged)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "sources/source_list.html",
        {
            "page": page,
            "kind": kind,
            "q": q,
            "merged": merged,
            "kinds": Source.Kind.choices,
            "query": query.urlencode(),
        },
    )


def _source_page(request, source, *, merge_form=None, status=200):
    return render(
        request,
        "sources/source_detail.html",
        {
            "source": source,
            "aliases": list(source.aliases.all()),
            "merged_sources": list(source.merged_sources.all()),
            "counts": source_status_counts(source),
            "chart": source_claims_by_month(source),
            "page": page_of(
                source_claims(source).order_by("-pk"), number=request.GET.get("page"), per_page=20
            ),
            "merge_form": merge_form or (MergeForm(source=source) if is_editor(request.user) else None),
        },
        status=status,
    )


@require_GET
@permission_required("sources.view_source", raise_exception=True)
def source_detail(request, pk):
    source = get_object_or_404(Source.objects.select_related("merged_into"), pk=pk)
    return _source_page(request, source)


@require_http_methods(["GET", "POST"])
@permission_required("sources.merge_source", raise_exception=True)
def source_merge_view(request, pk):
    source = get_object_or_404(Source.objects.select_related("merged_into"), pk=pk)
    if request.method == "GET":
        return redirect("sources:detail", pk=pk)
    form = MergeForm(request.POST, source=source)
    if form.is_valid():
        try:
            into = source_merge(source=source, into=form.cleaned_data["into"], user=request.user)
        except ValidationError as error:
            form.add_error("into", error.messages)
        else:
            messages.success(request, f"{source.name} was merged into {into.name}.")
            return redirect("sources:detail", pk=into.pk)
    return _source_page(request, source, merge_form=form, status=400)
