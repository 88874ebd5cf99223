import csv
import json

from django.contrib.auth.decorators import permission_required
from django.http import StreamingHttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from ..filters import ClaimFilter
from ..forms import FlagForm
from ..selectors import claim_list_queryset, page_of
from ..templatetags.claim_format import claim_chain, claim_period, claim_value, plain_decimal

EXPORT_FIELDS = [
    "id",
    "status",
    "value",
    "value_high",
    "bound",
    "approximate",
    "unit",
    "kind",
    "subject",
    "modality",
    "text",
    "sources",
    "chain",
    "period_start",
    "period_end",
    "period_text",
    "article_id",
    "article_title",
    "article_url",
    "article_published",
    "language",
    "origin",
    "reason",
    "note",
]


@require_GET
@permission_required("claims.view_claim", raise_exception=True)
def claim_list(request):
    claim_filter = ClaimFilter(request.GET, queryset=claim_list_queryset())
    page = page_of(claim_filter.qs, number=request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "claims/claim_list.html",
        {
            "filter": claim_filter,
            "page": page,
            "query": query.urlencode(),
            "flag_form": FlagForm(auto_id="bulk_%s"),
        },
    )


def _export_row(claim) -> dict:
    article = claim.article
    return {
        "id": claim.pk,
        "status": claim.status,
        "value": plain_decimal(claim.value),
        "value_high": plain_decimal(claim.value_high),
        "bound": claim.bound,
        "approximate": claim.approximate,
        "unit": claim.unit,
        "kind": claim.kind,
        "subject": claim.subject,
        "modality": claim.modality,
        "text": claim.text,
        "sources": [a.source.name for a in claim.attributions.all()],
        "chain": claim_chain(claim),
        "period_start": claim.period_start.isoformat() if claim.period_start else "",
        "period_end": claim.period_end.isoformat() if claim.period_end else "",
        "period_text": claim.period_text,
        "article_id": article.pk,
        "article_title": article.title,
        "article_url": article.url or "",
        "article_published": article.published.isoformat() if article.published else "",
        "language": article.language,
        "origin": claim.origin,
        "reason": claim.reason,
        "note": claim.note,
        "display": f"{claim_value(claim)} {claim.unit}".strip(),
        "period": claim_period(claim),
    }


class _Echo:
    def write(self, value):
        return value


def _csv_safe(value):
    # Spreadsheets run cells that start with = + - @ as formulas: neutralise them.
    if isinstance(value, list):
        value = "; ".join(value)
    text = str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


@require_GET
@permission_required("claims.view_claim", raise_exception=True)
def claim_export(request):
    """The filtered claims list as CSV (default) or JSON, streamed row by row."""
    claims = ClaimFilter(request.GET, queryset=claim_list_queryset()).qs.iterator(chunk_size=2000)
    if request.GET.get("format") == "json":

        def json_lines():
            yield "[\n"
            for index, claim in enumerate(claims):
                row = _export_row(claim)
                yield ("," if index else "") + json.dumps(row, ensure_ascii=False) + "\n"
            yield "]\n"

        response = StreamingHttpResponse(json_lines(), content_type="application/json")
        response["Content-Disposition"] = 'attachment; filename="claims.json"'
        return response

    writer = csv.writer(_Echo())

    def csv_lines():
        yield writer.writerow(EXPORT_FIELDS)
        for claim in claims:
            row = _export_row(claim)
            yield writer.writerow([_csv_safe(row[name]) for name in EXPORT_FIELDS])

    response = StreamingHttpResponse(csv_lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="claims.csv"'
    return response
