"""Following figures and sources: events, notifications, email, the Atom feed and webhooks."""

import datetime
import hmac
import json
from decimal import Decimal

import httpx
import pytest
from django.core import mail
from django.urls import reverse

from tests.factories import ArticleFactory, AttributionFactory, ClaimFactory, FigureFactory, SourceFactory
from tracker.claims.figures import claims_assign_figure
from tracker.follows import services
from tracker.follows.models import FigureEvent, Follow, Notification, Webhook, WebhookDelivery
from tracker.follows.tasks import WEBHOOK_RETRIES, deliver_webhook

pytestmark = pytest.mark.django_db
AUG = datetime.date(2025, 8, 1)


def report(source, value, day=AUG, published=None):
    claim = ClaimFactory(
        value=Decimal(value), period_start=day, bound="exact", approximate=False,
        article=ArticleFactory(published=published or day),
    )  # fmt: skip
    AttributionFactory(claim=claim, source=source)
    return claim


def join(figure, claim, editor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        claims_assign_figure(items=[(claim.pk, claim.version)], figure=figure, user=editor)


@pytest.fixture
def world(journalist):
    journalist.email = "jana@example.org"
    journalist.save()
    figure = FigureFactory(name="North Korean troops in Russia")
    cnn, kcna = SourceFactory(name="CNN"), SourceFactory(name="KCNA")
    services.follow_toggle(user=journalist, figure=figure)
    return figure, cnn, kcna


def test_a_new_source_a_conflict_and_a_revision_each_notify_the_follower(
    world, journalist, editor, django_capture_on_commit_callbacks
):
    figure, cnn, kcna = world
    join(figure, report(cnn, 15000), editor, django_capture_on_commit_callbacks)
    join(figure, report(kcna, 10000), editor, django_capture_on_commit_callbacks)
    join(figure, report(cnn, 15000, published=AUG + datetime.timedelta(days=1)), editor,
         django_capture_on_commit_callbacks)  # fmt: skip  # a repeat: nothing moved
    join(
        figure, report(cnn, 12000, day=datetime.date(2025, 10, 1)), editor, django_capture_on_commit_callbacks
    )
    kinds = list(FigureEvent.objects.order_by("pk").values_list("kind", "message"))
    assert kinds == [
        ("new_source", "New source for North Korean troops in Russia: CNN 15,000 (1 Aug 2025)"),
        ("new_source", "New source for North Korean troops in Russia: KCNA 10,000 (1 Aug 2025)"),
        (
            "conflict",
            "Conflict on North Korean troops in Russia: CNN 15,000 (1 Aug 2025) vs KCNA 10,000 (1 Aug 2025)",
        ),
        (
            "revision",
            "CNN revised North Korean troops in Russia: 15,000 (1 Aug 2025) → 12,000 (1 Oct 2025)",
        ),
    ]
    assert Notification.objects.filter(user=journalist).count() == 4
    assert not Notification.objects.filter(user=editor).exists()  # the one who made the change
    assert [m.to for m in mail.outbox] == [["jana@example.org"]] * 4
    assert "New conflict" in mail.outbox[2].subject and "/claims/figures/" in mail.outbox[2].body


def test_following_a_source_tells_of_its_claims_joining_figures(
    journalist, editor, django_capture_on_commit_callbacks
):
    kcna = SourceFactory(name="KCNA")
    services.follow_toggle(user=journalist, source=kcna)
    join(FigureFactory(), report(kcna, 10000), editor, django_capture_on_commit_callbacks)
    (notification,) = Notification.objects.filter(user=journalist)
    assert notification.event.kind == "new_source"


def test_follow_buttons_toggle_and_need_a_role(journalist_client, outsider_client, client, world, journalist):
    figure, cnn, _ = world
    url = reverse("follows:follow_figure", args=[figure.pk])
    assert outsider_client.post(url).status_code == 403
    assert client.post(url).status_code == 302 and not client.post(url).url.startswith(url)
    journalist_client.post(url)
    assert not Follow.objects.filter(user=journalist, figure=figure).exists()
    page = journalist_client.get(reverse("claims:figure", args=[figure.pk])).content.decode()
    assert "Follow this figure" in page and "Atom feed" in page
    journalist_client.post(reverse("follows:follow_source", args=[cnn.pk]))
    assert Follow.objects.filter(user=journalist, source=cnn).exists()
    assert "Unfollow" in journalist_client.get(reverse("sources:detail", args=[cnn.pk])).content.decode()


def test_the_header_count_and_the_list(
    journalist_client, world, editor, django_capture_on_commit_callbacks, django_assert_num_queries
):
    figure, cnn, _ = world
    join(figure, report(cnn, 15000), editor, django_capture_on_commit_callbacks)
    assert 'hx-get="/notifications/count/"' in journalist_client.get("/claims/").content.decode()
    # session, user, user permissions, group permissions, the count
    with django_assert_num_queries(5):
        assert journalist_client.get(reverse("follows:count")).content == b"(1)"
    page = journalist_client.get(reverse("follows:notifications")).content.decode()
    assert (
        "New source for North Korean troops in Russia: CNN 15,000" in page and "<strong>new</strong>" in page
    )
    journalist_client.post(reverse("follows:notifications"))
    assert journalist_client.get(reverse("follows:count")).content == b""


def test_notification_pages_need_a_role(outsider_client, client):
    assert outsider_client.get(reverse("follows:notifications")).status_code == 403
    assert outsider_client.get(reverse("follows:count")).status_code == 403
    assert client.get(reverse("follows:webhooks")).status_code == 302


def test_the_atom_feed_has_an_entry_per_event(journalist_client, outsider_client, world, editor,
                                              django_capture_on_commit_callbacks):  # fmt: skip
    figure, cnn, kcna = world
    join(figure, report(cnn, 15000), editor, django_capture_on_commit_callbacks)
    join(figure, report(kcna, 10000), editor, django_capture_on_commit_callbacks)
    response = journalist_client.get(reverse("follows:figure_feed", args=[figure.pk]))
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    xml = response.content.decode()
    assert xml.count("<entry>") == 3 and "Conflict on North Korean troops in Russia" in xml
    assert outsider_client.get(reverse("follows:figure_feed", args=[figure.pk])).status_code == 403


def test_webhooks_refuse_private_addresses_and_show_their_secret(journalist_client, journalist):
    refused = journalist_client.post(reverse("follows:webhooks"), {"url": "http://127.0.0.1:9/hook"})
    assert refused.status_code == 400 and not Webhook.objects.exists()
    journalist_client.post(reverse("follows:webhooks"), {"url": "https://hooks.example/tracker"})
    webhook = Webhook.objects.get(user=journalist)
    assert (
        len(webhook.secret) == 64
        and webhook.secret in journalist_client.get(reverse("follows:webhooks")).content.decode()
    )


@pytest.fixture
def delivery(world, journalist, editor, django_capture_on_commit_callbacks, settings, monkeypatch):
    settings.FETCH_ALLOW_PRIVATE = True  # no DNS for hooks.example in tests
    figure, cnn, _ = world
    Webhook.objects.create(user=journalist, url="https://hooks.example/tracker", secret="s3cret")
    monkeypatch.setattr("tracker.follows.tasks.deliver_webhook.delay", lambda pk: None)
    join(figure, report(cnn, 15000), editor, django_capture_on_commit_callbacks)
    return WebhookDelivery.objects.get()


def test_a_webhook_is_posted_signed(delivery, monkeypatch):
    sent = []

    def post(url, *, content, headers, timeout):
        sent.append((url, content, headers))
        return httpx.Response(204)

    monkeypatch.setattr("tracker.follows.tasks.httpx.post", post)
    deliver_webhook.apply(args=[delivery.pk])
    ((url, body, headers),) = sent
    assert url == "https://hooks.example/tracker" and json.loads(body)["event"] == "new_source"
    expected = "sha256=" + hmac.new(b"s3cret", body, "sha256").hexdigest()
    assert headers["X-Tracker-Signature"] == expected
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.response_code) == ("delivered", 1, 204)


def test_a_failing_webhook_is_retried_then_shown_as_failed(delivery, monkeypatch, journalist_client):
    def post(url, **_):
        raise httpx.ConnectError("connection refused")

    monkeypatch.setattr("tracker.follows.tasks.httpx.post", post)
    deliver_webhook.apply(args=[delivery.pk])
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("failed", WEBHOOK_RETRIES + 1)
    assert delivery.last_error == "ConnectError: connection refused"
    page = journalist_client.get(reverse("follows:webhooks")).content.decode()
    assert "Failed" in page and "ConnectError: connection refused" in page
