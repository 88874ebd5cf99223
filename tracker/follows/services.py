"""Follow figures and sources; record what moved a figure and tell its followers.

When claims join a figure (accepted suggestion, tracked by hand), `figure_claims_joined`
queues `record_figure_events` after the commit. It compares the figure with and without the
new claims (claims.agreement): each new source, revision and open conflict becomes a
FigureEvent, and each follower of the figure or of the source gets a Notification, an email
(Django's email backend) and, when they set one up, a signed webhook delivery.

>>> follow_toggle(user=jana, figure=figure)
True
>>> figure_claims_joined(figure_id=figure.pk, claim_ids=[claim.pk], actor_id=editor.pk)
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tracker.articles.fetch import FetchError, check_url
from tracker.claims.agreement import Report
from tracker.claims.figure_selectors import figure_analysis, figure_claims
from tracker.claims.models import Figure
from tracker.claims.templatetags.claim_format import format_number

from .models import FeedToken, FigureEvent, Follow, Notification, Webhook, WebhookDelivery

log = logging.getLogger(__name__)
WHY_EMAIL = gettext_lazy("You follow this figure or its source; stop following on its page.")


def follow_toggle(*, user, figure=None, source=None) -> bool:
    """Follow the figure or source, or stop following it; returns whether the user follows it now."""
    if (figure is None) == (source is None):
        raise ValidationError(_("Follow a figure or a source."))
    existing = Follow.objects.filter(user=user, figure=figure, source=source)
    if existing.exists():
        existing.delete()
        return False
    Follow.objects.get_or_create(user=user, figure=figure, source=source)
    return True


def is_following(user, *, figure=None, source=None) -> bool:
    return Follow.objects.filter(user=user, figure=figure, source=source).exists()


def figure_claims_joined(*, figure_id: int, claim_ids: Iterable[int], actor_id: int | None = None) -> None:
    """After the commit, find out whether the claims moved the figure and tell its followers."""
    from .tasks import record_figure_events

    claim_ids = sorted(set(claim_ids))
    if claim_ids:
        transaction.on_commit(lambda: record_figure_events.delay(figure_id, claim_ids, actor_id))


def _said(report: Report, *, who: bool = True) -> str:
    """'CNN 15,000 (1 Aug 2025)'; without `who`: '15,000 (1 Aug 2025)'."""
    day = f" ({report.day.day} {report.day:%b %Y})" if report.day else ""
    high = f"–{format_number(report.high)}" if report.high is not None and report.high != report.low else ""
    return f"{report.source + ' ' if who else ''}{format_number(report.low)}{high}{day}"


def figure_changes(*, figure: Figure, claim_ids: set[int]) -> list[tuple[str, int, str, int | None]]:
    """(kind, claim id, message, source id) for each way the claims moved the figure."""
    claims = figure_claims(figure)
    before = figure_analysis([c for c in claims if c.pk not in claim_ids])
    after = figure_analysis(claims)
    changes = []
    known = {r.source for r in before.latest}
    for report in after.latest:
        if report.claim_id in claim_ids and report.source not in known:
            changes.append(
                (
                    "new_source",
                    report.claim_id,
                    f"New source for {figure.name}: {_said(report)}",
                    report.source_id,
                )
            )
    for revision in after.revisions:
        if revision.after.claim_id in claim_ids:
            before_said, after_said = _said(revision.before, who=False), _said(revision.after, who=False)
            message = f"{revision.source} revised {figure.name}: {before_said} → {after_said}"
            changes.append(("revision", revision.after.claim_id, message, revision.after.source_id))
    old = {(c.first.claim_id, c.second.claim_id) for c in before.conflicts}
    for conflict in after.open_conflicts:
        new = {conflict.first.claim_id, conflict.second.claim_id} & claim_ids
        if new and (conflict.first.claim_id, conflict.second.claim_id) not in old:
            joined = conflict.second if conflict.second.claim_id in new else conflict.first
            message = f"Conflict on {figure.name}: {_said(conflict.first)} vs {_said(conflict.second)}"
            changes.append(("conflict", joined.claim_id, message, joined.source_id))
    return changes


def _site(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


@transaction.atomic
def record_figure_events(
    *, figure_id: int, claim_ids: Iterable[int], actor_id: int | None = None
) -> list[FigureEvent]:
    """Events for what the claims changed, and a notification for each follower (not the actor)."""
    figure = Figure.objects.filter(pk=figure_id).first()
    if figure is None:
        return []
    events = []
    for kind, claim_id, message, source_id in figure_changes(figure=figure, claim_ids=set(claim_ids)):
        event = FigureEvent.objects.create(
            figure=figure, claim_id=claim_id, kind=kind, message=message[:500], source_id=source_id
        )
        events.append(event)
        followers = (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(
                Q(follows__figure=figure) | Q(follows__source_id=source_id)
                if source_id
                else Q(follows__figure=figure)
            )
            .exclude(pk=actor_id)
            .distinct()
        )
        for user in followers:
            Notification.objects.get_or_create(user=user, event=event)
            if user.email:
                link = _site(reverse("claims:figure", args=[figure.pk]))
                transaction.on_commit(lambda u=user, e=event, link=link: _email(u, e, link))
            for webhook in Webhook.objects.filter(user=user, active=True):
                delivery = WebhookDelivery.objects.create(webhook=webhook, event=event)
                transaction.on_commit(lambda d=delivery.pk: _queue_delivery(d))
    return events


def _email(user, event: FigureEvent, link: str) -> None:
    from tracker.accounts.language import profile_language

    try:
        # In the follower's own language (their profile), else the site's.
        with translation.override(profile_language(user) or settings.LANGUAGE_CODE):
            subject = translation.gettext("[Fact tracker] %(kind)s: %(figure)s") % {
                "kind": event.get_kind_display(),
                "figure": event.figure.name,
            }
            message = f"{event.message}\n\n{link}\n\n{WHY_EMAIL}"
        send_mail(subject=subject[:200], message=message, from_email=None, recipient_list=[user.email])
    except Exception:
        # The notification in the app stands; the failed email is logged for the operators.
        log.exception("Emailing %s about figure event %s failed", user.pk, event.pk)


def _queue_delivery(delivery_id: int) -> None:
    from .tasks import deliver_webhook

    deliver_webhook.delay(delivery_id)


def notifications_unread_count(user) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def notifications_mark_read(*, user) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).update(read_at=timezone.now())


def webhook_create(*, user, url: str) -> Webhook:
    """A webhook with a fresh secret; private and local addresses are refused like fetched URLs."""
    try:
        url = check_url(url)
    except FetchError as exc:
        raise ValidationError({"url": str(exc)}) from exc
    return Webhook.objects.create(user=user, url=url, secret=secrets.token_hex(32))


def webhook_delete(*, user, pk: int) -> None:
    Webhook.objects.filter(user=user, pk=pk).delete()


def webhook_payload(event: FigureEvent) -> bytes:
    body = {
        "event": event.kind,
        "message": event.message,
        "figure": {
            "id": event.figure_id,
            "name": event.figure.name,
            "url": _site(reverse("claims:figure", args=[event.figure_id])),
        },
        "claim": event.claim_id,
        "created_at": event.created_at.isoformat(),
    }
    return json.dumps(body, ensure_ascii=False, sort_keys=True).encode()


# -- Feed tokens: the followed figures' and sources' feeds for feed readers ------------------

FEED_READ = "claims.view_figure"  # what the feeds show: the figures' events


def feed_token_get(user) -> FeedToken | None:
    return FeedToken.objects.filter(user=user).first()


@transaction.atomic
def feed_token_regenerate(*, user) -> FeedToken:
    """A new secret for the user's feeds: every URL made with the old one stops working."""
    FeedToken.objects.filter(user=user).delete()
    return FeedToken.objects.create(user=user, key=secrets.token_urlsafe(32))


def feed_token_revoke(*, user) -> bool:
    """No feed URL of the user works any more; returns whether there was one."""
    deleted, _ = FeedToken.objects.filter(user=user).delete()
    return bool(deleted)


def feed_token_user(key: str):
    """The active user whose feed secret `key` is and who may still read figures, else None."""
    if not key or len(key) > 64:
        return None
    token = FeedToken.objects.filter(key=key).select_related("user").first()
    if token is None or not hmac.compare_digest(token.key, key):
        return None
    user = token.user
    if not user.is_active or not user.has_perm(FEED_READ):
        return None
    return user


def followed_events(user, *, figure_id: int | None = None, source_id: int | None = None):
    """The events of what the user follows (newest first): all of them, or those of one
    followed figure or one followed source. Something the user does not follow gives none."""
    follows = Follow.objects.filter(user=user)
    figures = follows.filter(figure__isnull=False).values("figure_id")
    sources = follows.filter(source__isnull=False).values("source_id")
    events = FigureEvent.objects.select_related("figure").order_by("-created_at", "-pk")
    if figure_id is not None:
        return events.filter(figure_id=figure_id, figure_id__in=figures)
    if source_id is not None:
        return events.filter(source_id=source_id, source_id__in=sources)
    return events.filter(Q(figure_id__in=figures) | Q(source_id__in=sources))


def webhook_signature(secret: str, body: bytes) -> str:
    """The X-Tracker-Signature header: 'sha256=' + HMAC-SHA256 of the body under the secret.

    A receiver checks it with hmac.compare_digest(header, webhook_signature(secret, body)).
    """
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
