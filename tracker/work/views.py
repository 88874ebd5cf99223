"""Assign an article or claim to an editor; comment on a claim."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tracker.articles.models import Article
from tracker.claims.models import Claim
from tracker.claims.views.review import _next_url

from . import services


def _assignee(request):
    picked = request.POST.get("assignee", "")
    if not picked:
        return None
    if not picked.isdigit():
        raise ValidationError(_("Choose an editor from the list."))
    return get_object_or_404(get_user_model(), pk=int(picked))


def _assign(request, back: str, **target):
    try:
        assignment = services.assign(user=request.user, assignee=_assignee(request), **target)
    except ValidationError as error:
        messages.error(request, "; ".join(error.messages))
    else:
        who = assignment.assignee.get_username() if assignment else _("nobody")
        messages.success(request, _("Assigned to %(who)s.") % {"who": who})
    return redirect(back)


@require_POST
@permission_required("claims.review_claim", raise_exception=True)
def claim_assign_view(request, pk):
    claim = get_object_or_404(Claim, pk=pk)
    return _assign(request, _next_url(request, reverse("claims:detail", args=[pk])), claim=claim)


@require_POST
@permission_required("claims.review_claim", raise_exception=True)
def article_assign_view(request, pk):
    article = get_object_or_404(Article, pk=pk)
    return _assign(request, _next_url(request, reverse("articles:detail", args=[pk])), article=article)


@require_POST
@permission_required("claims.view_claim", raise_exception=True)
def comment_add_view(request, pk):
    claim = get_object_or_404(Claim, pk=pk)
    try:
        services.comment_add(claim=claim, text=request.POST.get("text", ""), user=request.user)
    except ValidationError as error:
        messages.error(request, "; ".join(error.messages))
    else:
        messages.success(request, _("Comment added."))
    return redirect(reverse("claims:detail", args=[pk]) + "#comments")
