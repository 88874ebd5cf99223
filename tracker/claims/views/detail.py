from django.contrib.auth.decorators import permission_required
from django.shortcuts import render
from django.utils.html import format_html_join
from django.views.decorators.http import require_GET

from tracker.accounts.access import is_editor
from tracker.work.selectors import work_context

from ..figure_selectors import figure_choices
from ..forms import ApproveForm, CorrectForm, FlagForm, RejectForm
from ..highlight import highlight
from ..selectors import claim_changes_since, claim_context, claim_get, claim_history
from ..suggestions import claim_suggestions, figure_name_from_claim


def review_forms(claim, *, bound=None) -> dict:
    """The four review forms for `claim`; `bound` replaces one of them (with its errors)."""
    forms = {
        "approve": ApproveForm(initial={"version": claim.version}, prefix="approve"),
        "flag": FlagForm(initial={"version": claim.version}, prefix="flag"),
        "reject": RejectForm(initial={"version": claim.version}, prefix="reject"),
        "correct": CorrectForm.for_claim(claim),
    }
    if bound:
        forms.update(bound)
    return forms


def claim_page_context(request, claim, *, bound=None, conflict=None, with_history=True) -> dict:
    context = claim_context(claim)
    editor = is_editor(request.user)
    return {
        "claim": claim,
        "context_before": context.before,
        "context_html": highlight(context.text, context.spans),
        "context_after": context.after,
        "history": claim_history(claim) if with_history else None,
        "forms": review_forms(claim, bound=bound) if editor else None,
        "conflict": conflict,
        "conflict_changes": claim_changes_since(claim, conflict.submitted_version) if conflict else None,
        # The claim page (not the review queue) lets editors set the claim's figure.
        "figure_options": figure_options(claim) if editor and with_history else None,
        # Figures the claim probably belongs to, to accept or dismiss (editors, untracked claims).
        "suggestions": claim_suggestions(claim) if editor and not claim.figure_id else None,
        "new_figure_name": figure_name_from_claim(claim) if editor and not claim.figure_id else "",
        # Work sharing, on the claim page: who it is assigned to, the comments.
        **(work_context(claim, editor=editor) if with_history else {}),
    }


def figure_options(claim) -> str:
    """The figures as <option>s, the claim's own selected."""
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        ((pk, " selected" if pk == claim.figure_id else "", name) for pk, name in figure_choices()),
    )


def render_claim_page(request, claim, *, bound=None, conflict=None, status=200, next_url=""):
    """The claim page; ``next_url``: where its review forms go after a success (a refused form
    from the review queue leads back to the queue when sent again)."""
    context = claim_page_context(request, claim, bound=bound, conflict=conflict)
    if next_url:
        context["next"] = next_url
    return render(request, "claims/claim_detail.html", context, status=status)


@require_GET
@permission_required("claims.view_claim", raise_exception=True)
def claim_detail(request, pk):
    return render_claim_page(request, claim_get(pk=pk))
