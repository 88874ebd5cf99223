"""Claim rows for the lists, built in Python.

A list page shows up to fifty claims. Rendering each row through the template engine (with
an editor's two inline forms) cost more than the whole 50 ms budget at a million claims, so
rows are formatted here with f-strings in which every value passes through escape().
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from .models import Claim
from .templatetags.claim_format import claim_chain, claim_period, claim_unit, claim_value, short_date

SENTINEL = 987654321


def url_maker(name: str):
    """reverse(name, args=[pk]) for many pks at the cost of one reverse()."""
    pattern = reverse(name, args=[SENTINEL])
    return lambda pk: pattern.replace(str(SENTINEL), str(pk))


def corrected_badge() -> str:
    return f' <span class="badge corrected">{escape(_("corrected"))}</span>'


@dataclass
class ClaimRow:
    pk: int
    version: int
    value: str
    unit: str
    subject: str
    text: str
    chain: str
    period: str
    status: str
    status_label: str
    reason_label: str
    corrected: bool
    article_title: str
    article_published: str
    detail_url: str
    article_url: str
    approve_url: str
    flag_url: str


class RowMaker:
    def __init__(self):
        self.detail = url_maker("claims:detail")
        self.article = url_maker("articles:detail")
        self.approve = url_maker("claims:approve")
        self.flag = url_maker("claims:flag")

    def __call__(self, claim: Claim) -> ClaimRow:
        article = claim.article
        return ClaimRow(
            pk=claim.pk,
            version=claim.version,
            value=claim_value(claim),
            unit=claim_unit(claim),
            subject=claim.subject,
            text=claim.text,
            chain=claim_chain(claim),
            period=claim_period(claim),
            status=claim.status,
            status_label=claim.get_status_display(),
            reason_label=claim.get_reason_display() if claim.reason else "",
            corrected=claim.corrected,
            article_title=(article.title or _("Article"))[:60],
            article_published=short_date(article.published),
            detail_url=self.detail(claim.pk),
            article_url=f"{self.article(claim.article_id)}?claim={claim.pk}#claim-{claim.pk}",
            approve_url=self.approve(claim.pk),
            flag_url=self.flag(claim.pk),
        )


def claim_rows(claims) -> list[ClaimRow]:
    make = RowMaker()
    return [make(claim) for claim in claims]


def reason_options():
    """The flag reasons as <option>s, rendered once for all rows."""
    from .forms import FlagForm

    return format_html_join("", '<option value="{}">{}</option>', FlagForm.base_fields["reason"].choices)


def _e(value) -> str:
    return escape(str(value))


def row_labels() -> dict:
    """The rows' fixed words in the page's language, escaped once for all rows."""
    return {
        "select": _e(_("Select claim")),
        "approve": _e(_("Approve")),
        "flag_more": _e(_("Flag…")),
        "flag": _e(_("Flag")),
        "reason": _e(_("Reason")),
        "note": _e(_("Note")),
        "attributed": _e(_("Attributed to")),
        "period": _e(_("Period")),
        "status": _e(_("Status")),
        "article": _e(_("Article")),
        "corrected": corrected_badge(),
    }


def render_row(
    row: ClaimRow,
    *,
    editor: bool,
    csrf: str,
    here: str,
    options: str,
    error: str = "",
    highlight=None,
    labels: dict | None = None,
) -> str:
    """One <tr> of the claims table, every value escaped; the review cells only for editors;
    `highlight` (escapes too) marks a search's words in the subject and text."""
    words = highlight or _e
    pk, version = row.pk, row.version
    label = labels or row_labels()
    pick = actions = ""
    if editor:
        pick = (
            f'<td class="pick"><input type="checkbox" name="items" value="{pk}:{version}"'
            f' form="bulk-form" aria-label="{label["select"]} {pk}"></td>'
        )
        hidden = f'<input type="hidden" name="csrfmiddlewaretoken" value="{_e(csrf)}">'
        back = f'<input type="hidden" name="next" value="{_e(here)}">'
        swap = f'hx-target="#claim-row-{pk}" hx-swap="outerHTML"'
        approve = flag = ""
        if row.status != "approved":
            approve = (
                f'<form method="post" action="{_e(row.approve_url)}" hx-post="{_e(row.approve_url)}" {swap}>'
                f'{hidden}<input type="hidden" name="approve-version" value="{version}">{back}'
                f'<button type="submit" class="small">{label["approve"]}</button></form>'
            )
        if row.status != "flagged":
            flag = (
                f'<details class="inline-flag"><summary>{label["flag_more"]}</summary>'
                f'<form method="post" action="{_e(row.flag_url)}" hx-post="{_e(row.flag_url)}" {swap}>'
                f'{hidden}<input type="hidden" name="flag-version" value="{version}">{back}'
                f'<label for="flag-reason-{pk}">{label["reason"]}</label>'
                f'<select name="flag-reason" id="flag-reason-{pk}">{options}</select>'
                f'<label for="flag-note-{pk}">{label["note"]}</label>'
                f'<input type="text" name="flag-note" id="flag-note-{pk}" required>'
                f'<button type="submit" class="small warn">{label["flag"]}</button></form></details>'
            )
        actions = f'<td class="row-actions">{approve}{flag}</td>'
    unit = f' <span class="unit">{_e(row.unit)}</span>' if row.unit else ""
    reason = (
        f'<span class="visually-hidden">:</span> <small>{_e(row.reason_label)}</small>'
        if row.reason_label
        else ""
    )
    error_html = f'<div class="error" role="alert">{_e(error)}</div>' if error else ""
    published = f'<div class="muted">{_e(row.article_published)}</div>' if row.article_published else ""
    return (
        f'<tr id="claim-row-{pk}" class="claim-row">{pick}'
        f'<td class="value"><a href="{_e(row.detail_url)}">{_e(row.value)}</a>{unit}</td>'
        f'<td>{words(row.subject)}<div class="quote-text">“{words(row.text)}”</div></td>'
        f'<td data-label="{label["attributed"]}">{_e(row.chain or "—")}</td>'
        f'<td data-label="{label["period"]}">{_e(row.period or "—")}</td>'
        f'<td data-label="{label["status"]}"><span class="badge status-{_e(row.status)}">'
        f"{_e(row.status_label)}{reason}</span>{label['corrected'] if row.corrected else ''}{error_html}</td>"
        f'<td data-label="{label["article"]}"><a href="{_e(row.article_url)}">{_e(row.article_title)}</a>'
        f"{published}</td>"
        f"{actions}</tr>\n"
    )


def render_rows(claims, *, editor: bool, csrf: str, here: str, error: str = "", highlight=None) -> SafeString:
    options = reason_options() if editor else ""
    labels = row_labels()
    return mark_safe(
        "".join(
            render_row(
                row,
                editor=editor,
                csrf=csrf,
                here=here,
                options=options,
                error=error,
                highlight=highlight,
                labels=labels,
            )
            for row in claim_rows(claims)
        )
    )


def render_figure_rows(claims, *, editor: bool, csrf: str, here: str) -> SafeString:
    """The <tr>s of one source's claims on a figure's page, every value escaped, with the
    analysis's badges (conflict, revision of, repeat) and, for editors, a Remove form. Built
    here for the same reason as the lists' rows: sixty claims through the template engine
    cost two thirds of the page's 50 ms budget."""
    detail, article_url = url_maker("claims:detail"), url_maker("articles:detail")
    words = {
        "conflict": _e(_("conflict")),
        "repeat": _e(_("repeat")),
        "remove": _e(_("Remove")),
        "period": _e(_("Period")),
        "attributed": _e(_("Attributed to")),
        "status": _e(_("Status")),
        "article": _e(_("Article")),
    }
    corrected = corrected_badge()
    untitled = _("Article")
    remove = ""
    if editor:
        assign = _e(reverse("claims:figure_assign"))
        hidden = (
            f'<input type="hidden" name="csrfmiddlewaretoken" value="{_e(csrf)}">'
            '<input type="hidden" name="figure" value="none">'
            f'<input type="hidden" name="next" value="{_e(here)}">'
        )
    out = []
    for claim in claims:
        pk, article = claim.pk, claim.article
        unit = f' <span class="unit">{_e(claim_unit(claim))}</span>' if claim.unit else ""
        if claim.period_start:
            period = _e(claim_period(claim))
        elif claim.day:
            dated = _("article of %(day)s") % {"day": short_date(claim.day)}
            period = f'<span class="muted">{_e(dated)}</span>'
        else:
            period = _e(claim.period_text or "—")
        badges = ""
        if getattr(claim, "in_conflict", False):
            badges += f' <span class="badge conflict">{words["conflict"]}</span>'
        if getattr(claim, "revises", None) is not None:
            revised = _("revision of %(value)s") % {"value": claim_value(claim.revises)}
            badges += f' <span class="badge revision">{_e(revised)}</span>'
        if getattr(claim, "repeat_of", None) is not None:
            badges += f' <span class="badge repeat">{words["repeat"]}</span>'
        reason = (
            f'<span class="visually-hidden">:</span> <small>{_e(claim.get_reason_display())}</small>'
            if claim.reason
            else ""
        )
        published = (
            f'<div class="muted">{_e(short_date(article.published))}</div>' if article.published else ""
        )
        if editor:
            label = _("Remove claim %(pk)s from this figure") % {"pk": pk}
            remove = (
                f'<td><form method="post" action="{assign}">{hidden}'
                f'<input type="hidden" name="items" value="{pk}:{claim.version}">'
                f'<button type="submit" class="small secondary" aria-label="{_e(label)}">'
                f"{words['remove']}</button></form></td>"
            )
        out.append(
            f'<tr><td class="value"><a href="{_e(detail(pk))}">{_e(claim_value(claim))}</a>{unit}</td>'
            f'<td data-label="{words["period"]}">{period}</td>'
            f'<td data-label="{words["attributed"]}">{_e(claim_chain(claim) or "—")}{badges}</td>'
            f'<td data-label="{words["status"]}"><span class="badge status-{_e(claim.status)}">'
            f"{_e(claim.get_status_display())}{reason}</span>{corrected if claim.corrected else ''}</td>"
            f'<td data-label="{words["article"]}">'
            f'<a href="{_e(article_url(claim.article_id))}?claim={pk}#claim-{pk}">'
            f"{_e(truncate(article.title or untitled, 60))}</a>{published}</td>{remove}</tr>\n"
        )
    return mark_safe("".join(out))  # every value above passed through escape()


def truncate(text: str, length: int) -> str:
    """As the template filter truncatechars: at most `length` characters, '…' included."""
    return text if len(text) <= length else text[: length - 1] + "…"
