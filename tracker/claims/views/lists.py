from html import escape

from django.contrib.auth.decorators import permission_required
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from tracker.accounts.access import is_editor
from tracker.sources.models import Source
from tracker.sources.selectors import source_attributions, source_claims_total_bounded

from ..exports import Column, export_response
from ..figure_selectors import figure_choices
from ..filters import ClaimFilter
from ..forms import BulkForm
from ..models import Claim
from ..rows import render_rows
from ..search import Highlighter, MatchCount, SearchSummary, search_summary
from ..selectors import (
    Total,
    attach_chains,
    claim_list_queryset,
    claim_rows_queryset,
    count_capped,
    count_in_source_sample,
    page_of,
)
from ..templatetags.claim_format import claim_chain, claim_period, claim_unit, claim_value

EXPORT_COLUMNS = [
    Column("id", "number"),
    Column("status", labels=dict(Claim.Status.choices)),
    Column("value", "number"),
    Column("value_high", "number"),
    Column("bound", labels=dict(Claim.Bound.choices)),
    Column("approximate", "bool"),
    Column("unit"),
    Column("kind", labels=dict(Claim.Kind.choices)),
    Column("subject"),
    Column("modality", labels=dict(Claim.Modality.choices)),
    Column("text"),
    Column("sources", "list"),
    Column("chain"),
    Column("period_start", "date"),
    Column("period_end", "date"),
    Column("period_text"),
    Column("figure"),
    Column("article_id", "number"),
    Column("article_title"),
    Column("article_url"),
    Column("article_published", "date"),
    Column("language"),
    Column("origin", labels=dict(Claim.Origin.choices)),
    Column("reason", labels=dict(Claim.Reason.choices)),
    Column("note"),
]


@require_GET
@permission_required("claims.view_claim", raise_exception=True)
def claim_list(request):
    claim_filter = ClaimFilter(request.GET, queryset=claim_rows_queryset())
    claims = claim_filter.qs  # filtering sets claim_filter.search
    search = claim_filter.search
    # Matches found through the search index are paged by id first: each match's article is
    # joined only for the page shown (see page_of).
    rows = claim_rows_queryset() if search is not None and search.ids_first else None
    page = page_of(claims, number=request.GET.get("page"), rows=rows, count=rows is not None)
    if page.counted is not None:
        search.counted = page.counted  # every match was read to sort them: counted with the page
    attach_chains(page.items)
    total = source_total(claim_filter)
    if search and total is not None:
        summary = SearchSummary(search.q, search.empty, MatchCount(total.value, total.exact))
    else:
        summary = search and search_summary(search, claim_filter.qs)
    if total is None:
        # A search counts its matches its own way (a common word's are estimated, not walked).
        total = Total(summary.count.number, summary.count.exact) if summary else count_capped(claim_filter.qs)
    total = page_bounds(total, page)
    if summary and (total.value, total.exact) != (summary.count.number, summary.count.exact):
        summary = SearchSummary(summary.q, summary.empty, MatchCount(total.value, total.exact))
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
            "bulk_form": BulkForm(auto_id="bulk_%s"),
            "total": total,
            "rows_html": rows_html(request, page.items, highlight=search and Highlighter(search.q)),
            "search": summary,
        },
    )


def page_bounds(total: Total, page) -> Total:
    """An estimate is never fewer than the rows the pages reach, and the last page (with
    rows) tells the exact total."""
    if total.exact:
        return total
    if page.items and not page.has_next:
        return Total(page.end_index, True)
    return Total(max(total.value, page.end_index + page.has_next), False)


# A source named more often than this gets an estimated list total (see source_total).
SOURCE_EXACT_UP_TO = 50_000


def source_total(claim_filter) -> Total | None:
    """The total of a list narrowed to one source, from what PostgreSQL keeps per source
    (None otherwise: the list counts its rows). By the source alone (and a status): exact,
    from its counts. With other filters too: counted in a sample of its claims, exact for a
    source with up to 1,000 mentions, estimated (and said to be) beyond. Counting a big
    source's rows visited each of its claims: 300 ms for KCNA's 13,000 at a million claims.
    A source named more than SOURCE_EXACT_UP_TO times gets "about N" by the source alone too
    (its claims naming it twice are not looked for: 20 ms for 130,000 mentions).
    """
    source_id = claim_filter.source_id
    if source_id is None:
        return None
    if claim_filter.only_source:
        found = source_claims_total_bounded(source_id, claim_filter.statuses, exact_up_to=SOURCE_EXACT_UP_TO)
        return None if found is None else Total(*found)
    attributions = source_attributions(source_id)
    if attributions is None:
        return None
    return count_in_source_sample(claim_filter.qs, source_id, attributions)


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
        ("source_kind", _("Any")),
        ("status", _("Any but rejected")),
        ("kind", _("Any")),
        ("language", _("Any")),
        ("corrected", _("Any")),
        ("sort", ""),
    ]:
        choices = [(v, label) for v, label in fields[name].choices if v != ""]
        selects.append((name, fields[name].label, mark_safe(_options(choices, get.get(name, ""))), empty))
    # One query for the figures: the filter's select and the editors' "Track as figure" share it.
    figures = [(str(pk), name) for pk, name in figure_choices()]
    figure_options = [("none", _("No figure yet")), *figures]
    selects.insert(
        -1, ("figure", _("Figure"), mark_safe(_options(figure_options, get.get("figure", ""))), _("Any"))
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


def rows_html(request, claims, *, here: str = "", error: str = "", highlight=None):
    """The claims' table rows, with review actions for editors (and a search's words marked)."""
    return render_rows(
        claims,
        editor=is_editor(request.user),
        csrf=get_token(request),
        here=here or request.get_full_path(),
        error=error,
        highlight=highlight,
    )


def _export_row(claim) -> dict:
    article = claim.article
    return {
        "id": claim.pk,
        "status": claim.status,
        "value": claim.value,
        "value_high": claim.value_high,
        "bound": claim.bound,
        "approximate": claim.approximate,
        "unit": claim.unit,
        "kind": claim.kind,
        "subject": claim.subject,
        "modality": claim.modality,
        "text": claim.text,
        "sources": [a.source.name for a in claim.attributions.all()],
        "chain": claim_chain(claim),
        "period_start": claim.period_start,
        "period_end": claim.period_end,
        "period_text": claim.period_text,
        "figure": claim.figure.name if claim.figure_id else None,
        "article_id": article.pk,
        "article_title": article.title,
        "article_url": article.url or None,
        "article_published": article.published,
        "language": article.language,
        "origin": claim.origin,
        "reason": claim.reason,
        "note": claim.note,
    }


def _export_extra_json(claim, row: dict) -> None:
    # JSON readers also get the value and period as the pages print them.
    row["display"] = f"{claim_value(claim)} {claim_unit(claim)}".strip()
    row["period"] = claim_period(claim)


@require_GET
@permission_required("claims.view_claim", raise_exception=True)
def claim_export(request):
    """The filtered claims list as CSV (default), JSON or Excel, streamed row by row."""
    queryset = claim_list_queryset().select_related("figure")
    claims = ClaimFilter(request.GET, queryset=queryset).qs.iterator(chunk_size=2000)
    return export_response(
        request,
        rows=claims,
        columns=EXPORT_COLUMNS,
        row_of=_export_row,
        filename="claims",
        extra_json=_export_extra_json,
    )
