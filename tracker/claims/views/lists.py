import csv
import json
from html import escape

from django.contrib.auth.decorators import permission_required
from django.http import StreamingHttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET

from tracker.accounts.access import is_editor
from tracker.sources.models import Source

from ..figure_selectors import figure_choices
from ..filters import ClaimFilter
from ..forms import FlagForm
from ..selectors import attach_chains, claim_list_queryset, claim_rows_queryset, page_of
from ..templatetags.claim_format import claim_chain, claim_period, claim_unit, claim_value, plain_decimal
from .rows import render_rows

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
    "figure",
    "article_id",
    "article_title",
    "article_url",
    "article_published",
    "language",
    "origin",
    "reason",
    "note",
]


JSON_NULLABLE = ["value_high", "period_start", "period_end", "figure", "article_url", "article_published"]


@require_GET
@permission_required("claims.view_claim", raise_exception=True)
def claim_list(request):
    claim_filter = ClaimFilter(request.GET, queryset=claim_rows_queryset())
    page = page_of(claim_filter.qs, number=request.GET.get("page"))
    attach_chains(page.items)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "claims/claim_list.html",
        {
            "filter": claim_filter,
            **filter_context(request, claim_filter),
            "page": page,
            "query": query.urlencode(),
            "flag_form": FlagForm(auto_id="bulk_%s"),
            "rows_html": rows_html(request, page.items),
        },
    )


FILTER_TEXT_FIELDS = ["q", "source", "source_name", "unit", "period_from", "period_to", "article"]


def _options(choices, selected: str) -> str:
    return "".join(
        f'<option value="{escape(value)}"{" selected" if value == selected else ""}>{escape(label)}</option>'
        for value, label in choices
    )


def filter_context(request, claim_filter) -> dict:
    """What the hand-written filter form shows: the values asked for, the select options."""
    get = request.GET
    values = {name: get.get(name, "")[:200] for name in FILTER_TEXT_FIELDS}
    fields = claim_filter.form.fields
    selects = []
    for name, empty in [
        ("source_kind", "Any"),
        ("status", "Any but rejected"),
        ("kind", "Any"),
        ("language", "Any"),
        ("sort", ""),
    ]:
        choices = [(v, label) for v, label in fields[name].choices if v != ""]
        selects.append((name, fields[name].label, mark_safe(_options(choices, get.get(name, ""))), empty))
    # One query for the figures: the filter's select and the editors' "Track as figure" share it.
    figures = [(str(pk), name) for pk, name in figure_choices()]
    figure_options = [("none", "No figure yet"), *figures]
    selects.insert(
        -1, ("figure", "Figure", mark_safe(_options(figure_options, get.get("figure", ""))), "Any")
    )
    form_errors = claim_filter.form.errors if claim_filter.is_bound else {}
    # Each error under its field's label; an ignored bad value is not carried into the form.
    errors = {}
    for name, messages in form_errors.items():
        errors[fields[name].label if name in fields else name] = messages
        if name in values:
            values[name] = ""
    source_name, merged_into = "", None
    if values["source"].isdigit():
        found = (
            Source.objects.filter(pk=values["source"])
            .values_list("name", "merged_into_id", "merged_into__name")
            .first()
        )
        if found:
            source_name = found[0]
            merged_into = {"pk": found[1], "name": found[2]} if found[1] else None
    return {
        "values": values,
        "selects": selects,
        "errors": errors,
        "source_name": source_name,
        "merged_into": merged_into,
        "figure_options": mark_safe(_options(figures, "")),
    }


def rows_html(request, claims, *, here: str = "", error: str = ""):
    """The claims' table rows, with review actions for editors."""
    return render_rows(
        claims,
        editor=is_editor(request.user),
        csrf=get_token(request),
        here=here or request.get_full_path(),
        error=error,
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
        "figure": claim.figure.name if claim.figure_id else "",
        "article_id": article.pk,
        "article_title": article.title,
        "article_url": article.url or "",
        "article_published": article.published.isoformat() if article.published else "",
        "language": article.language,
        "origin": claim.origin,
        "reason": claim.reason,
        "note": claim.note,
        "display": f"{claim_value(claim)} {claim_unit(claim)}".strip(),
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
    queryset = claim_list_queryset().select_related("figure")
    claims = ClaimFilter(request.GET, queryset=queryset).qs.iterator(chunk_size=2000)
    if request.GET.get("format") == "json":

        def json_lines():
            yield "[\n"
            for index, claim in enumerate(claims):
                row = _export_row(claim)
                # JSON says null for what the claim lacks (CSV has only the empty cell).
                row.update({name: None for name in JSON_NULLABLE if row[name] == ""})
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
