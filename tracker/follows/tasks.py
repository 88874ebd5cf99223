"""Telling followers: events recorded after a claim joins a figure; webhooks delivered with retries."""

import httpx
from celery import shared_task
from django.conf import settings
from django.utils import timezone

from tracker.articles.fetch import FetchError, check_address

from . import services
from .models import WebhookDelivery

WEBHOOK_RETRIES = 5


@shared_task(acks_late=True, soft_time_limit=30, time_limit=60)
def record_figure_events(figure_id: int, claim_ids: list[int], actor_id: int | None = None) -> int:
    return len(services.record_figure_events(figure_id=figure_id, claim_ids=claim_ids, actor_id=actor_id))


class DeliveryFailed(Exception):
    pass


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=(DeliveryFailed,),
    retry_backoff=True,  # 1 s, 2 s, 4 s, … (with jitter)
    retry_backoff_max=600,
    max_retries=WEBHOOK_RETRIES,
    soft_time_limit=30,
    time_limit=60,
)
def deliver_webhook(self, delivery_id: int) -> str:
    """POST the event, signed; a failure is kept on the delivery (shown on the webhooks page) and retried."""
    delivery = (
        WebhookDelivery.objects.select_related("webhook", "event__figure").filter(pk=delivery_id).first()
    )
    if delivery is None or delivery.status == WebhookDelivery.Status.DELIVERED:
        return "gone or done"
    body = services.webhook_payload(delivery.event)
    headers = {
        "Content-Type": "application/json",
        "X-Tracker-Event": delivery.event.kind,
        "X-Tracker-Signature": services.webhook_signature(delivery.webhook.secret, body),
    }
    delivery.attempts += 1
    try:
        check_address(delivery.webhook.url)  # the name may resolve to a private address by now
        response = httpx.post(
            delivery.webhook.url, content=body, headers=headers, timeout=settings.FETCH_TIMEOUT_SECONDS
        )
        delivery.response_code = response.status_code
        ok = 200 <= response.status_code < 300
        delivery.last_error = "" if ok else f"HTTP {response.status_code}"
    except (httpx.HTTPError, FetchError) as exc:
        ok = False
        delivery.last_error = f"{type(exc).__name__}: {exc}"[:500]
    last_try = self.request.retries >= WEBHOOK_RETRIES
    if ok:
        delivery.status, delivery.finished_at = WebhookDelivery.Status.DELIVERED, timezone.now()
    elif last_try:
        delivery.status, delivery.finished_at = WebhookDelivery.Status.FAILED, timezone.now()
    delivery.save()
    if not ok and not last_try:
        raise DeliveryFailed(delivery.last_error)
    return delivery.status
