"""Follow buttons, the notifications list and count, webhooks."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tracker.claims.models import Figure
from tracker.claims.views.review import _next_url
from tracker.sources.models import Source

from . import services
from .models import Follow, Notification, Webhook, WebhookDelivery

NOTIFICATIONS_SHOWN = 100
READ = "claims.view_claim"  # journalists and editors


@require_POST
@permission_required("claims.view_figure", raise_exception=True)
def follow_figure_view(request, pk):
    figure = get_object_or_404(Figure, pk=pk)
    now = services.follow_toggle(user=request.user, figure=figure)
    done = _("Following %(name)s.") if now else _("No longer following %(name)s.")
    messages.success(request, done % {"name": figure.name})
    return redirect(_next_url(request, reverse("claims:figure", args=[pk])))


@require_POST
@permission_required("sources.view_source", raise_exception=True)
def follow_source_view(request, pk):
    source = get_object_or_404(Source, pk=pk)
    now = services.follow_toggle(user=request.user, source=source)
    done = _("Following %(name)s.") if now else _("No longer following %(name)s.")
    messages.success(request, done % {"name": source.name})
    return redirect(_next_url(request, reverse("sources:detail", args=[pk])))


@require_GET
@permission_required(READ, raise_exception=True)
def notification_count_view(request):
    """The header's count, fetched by htmx after the page (so no page pays a query for it)."""
    count = services.notifications_unread_count(request.user)
    return HttpResponse(f"({count})" if count else "", content_type="text/plain; charset=utf-8")


@require_http_methods(["GET", "POST"])
@permission_required(READ, raise_exception=True)
def notification_list_view(request):
    if request.method == "POST":
        read = services.notifications_mark_read(user=request.user)
        messages.success(
            request,
            ngettext("%(n)d notification marked as read.", "%(n)d notifications marked as read.", read)
            % {"n": read},
        )
        return redirect("follows:notifications")
    notifications = list(
        Notification.objects.filter(user=request.user)
        .select_related("event__figure")
        .order_by("-created_at", "-pk")[:NOTIFICATIONS_SHOWN]
    )
    return render(
        request,
        "follows/notification_list.html",
        {"notifications": notifications, "unread": sum(n.read_at is None for n in notifications)},
    )


@require_http_methods(["GET", "POST"])
@permission_required(READ, raise_exception=True)
def webhook_list_view(request):
    """A person's webhooks with their secrets, and the latest deliveries (failures shown)."""
    status = 200
    if request.method == "POST":
        if request.POST.get("delete"):
            services.webhook_delete(user=request.user, pk=int(request.POST["delete"] or 0))
            messages.success(request, _("Webhook removed."))
            return redirect("follows:webhooks")
        try:
            services.webhook_create(user=request.user, url=request.POST.get("url", ""))
        except ValidationError as error:
            messages.error(request, "; ".join(error.messages))
            status = 400
        else:
            messages.success(request, _("Webhook added: check the signature with its secret."))
            return redirect("follows:webhooks")
    webhooks = list(Webhook.objects.filter(user=request.user).order_by("pk"))
    deliveries = list(
        WebhookDelivery.objects.filter(webhook__user=request.user)
        .select_related("webhook", "event")
        .order_by("-created_at", "-pk")[:50]
    )
    return render(
        request, "follows/webhook_list.html", {"webhooks": webhooks, "deliveries": deliveries}, status=status
    )


@require_http_methods(["GET", "POST"])
@permission_required(services.FEED_READ, raise_exception=True)
def feed_token_view(request):
    """The secret feed addresses of what the user follows, for feed readers; make a new secret
    (the old addresses stop working) or revoke it."""
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "regenerate":
            services.feed_token_regenerate(user=request.user)
            messages.success(request, _("New feed addresses made; the old ones no longer work."))
        elif action == "revoke":
            services.feed_token_revoke(user=request.user)
            messages.success(request, _("Feed addresses revoked: no feed reader can read them any more."))
        else:
            messages.error(request, _("Nothing was changed: choose to make new addresses or to revoke them."))
        return redirect("follows:feed_token")
    token = services.feed_token_get(request.user)
    follows = list(
        Follow.objects.filter(user=request.user)
        .select_related("figure", "source")
        .order_by("-created_at", "-pk")
    )
    feeds = []
    if token:
        absolute = request.build_absolute_uri
        for follow in follows:
            if follow.figure_id:
                url = reverse("follows:followed_figure_feed", args=[token.key, follow.figure_id])
                feeds.append((_("Figure"), follow.figure.name, absolute(url)))
            else:
                url = reverse("follows:followed_source_feed", args=[token.key, follow.source_id])
                feeds.append((_("Source"), follow.source.name, absolute(url)))
    return render(
        request,
        "follows/feed_token.html",
        {
            "token": token,
            "all_url": request.build_absolute_uri(reverse("follows:followed_feed", args=[token.key]))
            if token
            else "",
            "feeds": feeds,
            "follows": len(follows),
        },
    )
