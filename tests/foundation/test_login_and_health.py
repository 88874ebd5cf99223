"""Everything needs a login, except the login page itself and the health check."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_login_page_is_served(client):
    response = client.get(reverse("login"))
    assert response.status_code == 200
    assert b'name="username"' in response.content


def test_anonymous_users_are_sent_to_log_in(client):
    response = client.get(reverse("home"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_the_admin_needs_staff(journalist_client):
    response = journalist_client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response.url


def test_health_check_answers_without_login(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json() == {"ok": True, "database": "ok", "broker": "in-process"}


def test_editors_start_at_the_review_queue(editor_client):
    response = editor_client.get(reverse("home"))
    assert response.url == reverse("claims:review")


def test_journalists_start_at_the_claims(journalist_client):
    response = journalist_client.get(reverse("home"))
    assert response.url == reverse("claims:list")


def test_opening_the_logout_address_offers_the_logout_button(journalist_client):
    """GET /logout/ (a bookmark, a typed address) answered 405 with an empty page."""
    response = journalist_client.get(reverse("logout"))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'action="{reverse("logout")}"' in html and "Log out" in html
    response = journalist_client.post(reverse("logout"))
    assert response.status_code == 302
    assert journalist_client.get(reverse("claims:list")).status_code == 302


def test_an_htmx_request_after_the_session_ended_sends_the_page_to_log_in(client):
    """The login redirect of an htmx request was followed inside the page: the login form
    landed in the claim's table row."""
    response = client.post(
        reverse("claims:approve", args=[1]),
        {"approve-version": 1},
        HTTP_HX_REQUEST="true",
        HTTP_HX_CURRENT_URL="http://testserver/claims/?status=pending",
    )
    assert response.status_code == 200 and response.content == b""
    assert response["HX-Redirect"] == reverse("login") + "?next=/claims/%3Fstatus%3Dpending"
    plain = client.post(reverse("claims:approve", args=[1]), {"approve-version": 1})
    assert plain.status_code == 302 and "HX-Redirect" not in plain
