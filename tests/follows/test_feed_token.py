"""Feeds for feed readers: the followed figures' and sources' Atom feeds read with a secret
in the URL (a feed reader cannot log in), read-only, only the follows of the token's owner."""

import datetime
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import ArticleFactory, AttributionFactory, ClaimFactory, FigureFactory, SourceFactory
from tracker.claims.figures import claims_assign_figure
from tracker.follows import services
from tracker.follows.models import FeedToken, FigureEvent

pytestmark = pytest.mark.django_db
AUG = datetime.date(2025, 8, 1)


def joined(figure, source, value, editor, callbacks):
    claim = ClaimFactory(
        value=Decimal(value), period_start=AUG, bound="exact", approximate=False,
        article=ArticleFactory(published=AUG),
    )  # fmt: skip
    AttributionFactory(claim=claim, source=source)
    with callbacks(execute=True):
        claims_assign_figure(items=[(claim.pk, claim.version)], figure=figure, user=editor)
    return claim


@pytest.fixture
def moved(journalist, editor, django_capture_on_commit_callbacks):
    """A followed figure (CNN vs KCNA: two new sources and a conflict), a followed source
    (Yonhap, speaking to another figure) and a figure nobody follows."""
    troops, shells, secret = (
        FigureFactory(name="Troops in Russia"),
        FigureFactory(name="Shells delivered"),
        FigureFactory(name="Not followed"),
    )
    cnn, kcna, yonhap = SourceFactory(name="CNN"), SourceFactory(name="KCNA"), SourceFactory(name="Yonhap")
    services.follow_toggle(user=journalist, figure=troops)
    services.follow_toggle(user=journalist, source=yonhap)
    joined(troops, cnn, 15000, editor, django_capture_on_commit_callbacks)
    joined(troops, kcna, 10000, editor, django_capture_on_commit_callbacks)
    joined(shells, yonhap, 3_000_000, editor, django_capture_on_commit_callbacks)
    joined(secret, cnn, 7, editor, django_capture_on_commit_callbacks)
    return troops, shells, secret, yonhap


def entries(response) -> str:
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    return response.content.decode()


def test_the_token_feed_shows_only_the_owners_follows_without_a_login(journalist, moved):
    troops, _shells, _secret, yonhap = moved
    key = services.feed_token_regenerate(user=journalist).key
    reader = Client()  # a feed reader: no session
    xml = entries(reader.get(reverse("follows:followed_feed", args=[key])))
    assert xml.count("<entry>") == 4  # troops: 2 new sources + a conflict; Yonhap's new source
    assert "Conflict on Troops in Russia" in xml and "Shells delivered" in xml and "Not followed" not in xml
    figure_xml = entries(reader.get(reverse("follows:followed_figure_feed", args=[key, troops.pk])))
    assert figure_xml.count("<entry>") == 3 and "Shells" not in figure_xml
    source_xml = entries(reader.get(reverse("follows:followed_source_feed", args=[key, yonhap.pk])))
    assert source_xml.count("<entry>") == 1 and "Yonhap 3" in source_xml
    response = reader.get(reverse("follows:followed_feed", args=[key]))
    assert response["Cache-Control"] == "private, max-age=300" and response["X-Robots-Tag"] == "noindex"


def test_what_the_owner_does_not_follow_is_not_in_any_token_feed(journalist, moved):
    troops, shells, secret, _yonhap = moved
    key = services.feed_token_regenerate(user=journalist).key
    reader = Client()
    assert reader.get(reverse("follows:followed_figure_feed", args=[key, secret.pk])).status_code == 404
    assert reader.get(reverse("follows:followed_figure_feed", args=[key, shells.pk])).status_code == 404
    cnn = FigureEvent.objects.filter(source__name="CNN").first().source
    assert reader.get(reverse("follows:followed_source_feed", args=[key, cnn.pk])).status_code == 404
    services.follow_toggle(user=journalist, figure=troops)  # unfollowed: its entries go
    unfollowed = reader.get(reverse("follows:followed_figure_feed", args=[key, troops.pk]))
    assert unfollowed.status_code == 404
    assert entries(reader.get(reverse("follows:followed_feed", args=[key]))).count("<entry>") == 1


def test_a_wrong_revoked_or_replaced_token_reads_nothing(journalist, moved):
    reader = Client()
    old = services.feed_token_regenerate(user=journalist).key
    new = services.feed_token_regenerate(user=journalist).key
    assert old != new and len(new) >= 40
    assert reader.get(reverse("follows:followed_feed", args=[old])).status_code == 404
    assert reader.get(reverse("follows:followed_feed", args=["x" * 43])).status_code == 404
    assert reader.get(reverse("follows:followed_feed", args=[new])).status_code == 200
    assert services.feed_token_revoke(user=journalist)
    assert reader.get(reverse("follows:followed_feed", args=[new])).status_code == 404


def test_a_token_stops_with_its_owners_account_or_role(journalist, moved):
    reader = Client()
    key = services.feed_token_regenerate(user=journalist).key
    journalist.groups.clear()
    assert reader.get(reverse("follows:followed_feed", args=[key])).status_code == 404
    journalist.is_active = False
    journalist.save()
    assert reader.get(reverse("follows:followed_feed", args=[key])).status_code == 404


def test_the_token_feeds_only_read(journalist, moved):
    key = services.feed_token_regenerate(user=journalist).key
    response = Client(enforce_csrf_checks=True).post(reverse("follows:followed_feed", args=[key]))
    assert response.status_code in (403, 405)
    assert FeedToken.objects.get(user=journalist).key == key


def test_the_feeds_page_makes_shows_replaces_and_revokes_the_addresses(journalist_client, journalist, moved):
    troops, _shells, _secret, yonhap = moved
    url = reverse("follows:feed_token")
    page = journalist_client.get(url).content.decode()
    assert "no feed addresses yet" in page and not FeedToken.objects.exists()
    assert journalist_client.post(url, {"action": "regenerate"}).status_code == 302
    key = FeedToken.objects.get(user=journalist).key
    page = journalist_client.get(url).content.decode()
    assert f"/notifications/feed/{key}/" in page
    assert f"/notifications/feed/{key}/figures/{troops.pk}/" in page
    assert f"/notifications/feed/{key}/sources/{yonhap.pk}/" in page
    journalist_client.post(url, {"action": "regenerate"})
    assert FeedToken.objects.get(user=journalist).key != key
    journalist_client.post(url, {"action": "revoke"})
    assert not FeedToken.objects.exists()
    journalist_client.post(url, {"action": "nonsense"})
    assert not FeedToken.objects.exists()


def test_the_feeds_page_is_the_users_own_and_needs_a_role(outsider_client, client, editor, journalist_client):
    other = services.feed_token_regenerate(user=editor).key
    assert other not in journalist_client.get(reverse("follows:feed_token")).content.decode()
    assert outsider_client.get(reverse("follows:feed_token")).status_code == 403
    assert client.get(reverse("follows:feed_token")).status_code == 302
    assert outsider_client.post(reverse("follows:feed_token"), {"action": "regenerate"}).status_code == 403
