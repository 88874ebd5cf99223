"""Content-Security-Policy on every page: scripts only from the app itself, and no page needs
more (no inline script, no event-handler attribute, no javascript: link). The browser tests in
tests/browser/ run the journeys under the same header."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import ArticleFactory, AttributionFactory, ClaimFactory, UserFactory
from tracker.claims.models import Figure

pytestmark = pytest.mark.django_db

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.IGNORECASE)
HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.IGNORECASE)


def policy(response) -> dict:
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.fixture
def pages(editor):
    claim = ClaimFactory()
    source = AttributionFactory(claim=claim).source
    figure = Figure.objects.create(name="Soldaten in Russland", created_by=editor)
    article = claim.article
    return [
        reverse("articles:list"),
        reverse("articles:detail", args=[article.pk]),
        reverse("articles:add"),
        reverse("articles:upload"),
        reverse("articles:add_url"),
        reverse("articles:feeds"),
        reverse("claims:list"),
        reverse("claims:review"),
        reverse("claims:detail", args=[claim.pk]),
        reverse("claims:add", args=[article.pk]),
        reverse("claims:figures"),
        reverse("claims:figure", args=[figure.pk]),
        reverse("sources:list"),
        reverse("sources:detail", args=[source.pk]),
        reverse("logout"),
        "/no-such-page/",
    ]


def test_every_page_sends_the_policy_and_needs_nothing_inline(editor_client, pages):
    for url in pages:
        response = editor_client.get(url)
        assert response.status_code in (200, 404), url
        rules = policy(response)
        assert rules["script-src"] == ["'self'"], url
        assert rules["object-src"] == ["'none'"] and rules["frame-ancestors"] == ["'none'"]
        assert "'unsafe-inline'" not in response["Content-Security-Policy"]
        html = response.content.decode()
        assert not INLINE_SCRIPT.search(html), (url, INLINE_SCRIPT.search(html).group(0))
        assert not HANDLER.search(html), (url, HANDLER.search(html).group(0))
        assert "javascript:" not in html.lower(), url


def test_the_login_page_and_the_health_check_send_it_too(client):
    for url in (reverse("login"), reverse("healthz")):
        assert policy(client.get(url))["script-src"] == ["'self'"]


def test_the_admin_works_under_it(client):
    admin = UserFactory(username="admin", is_staff=True, is_superuser=True)
    client = Client()
    client.force_login(admin)
    article = ArticleFactory()
    for url in (reverse("admin:index"), reverse("admin:articles_article_change", args=[article.pk])):
        response = client.get(url)
        assert response.status_code == 200 and policy(response)["script-src"] == ["'self'"]
        assert not INLINE_SCRIPT.search(response.content.decode()), url


def test_htmx_is_told_not_to_inject_styles_or_evaluate_code(journalist_client):
    html = journalist_client.get(reverse("claims:list")).content.decode()
    assert '"includeIndicatorStyles": false' in html and '"allowEval": false' in html


def test_the_server_error_pages_own_style_is_allowed_by_its_hash(settings):
    """templates/500.html carries its style inline (it must render without static files):
    the policy allows exactly that style by its SHA-256."""
    import base64
    import hashlib
    from pathlib import Path

    page = (Path(settings.BASE_DIR) / "templates" / "500.html").read_text()
    style = re.search(r"<style>(.*?)</style>", page, re.DOTALL).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["style-src"]
