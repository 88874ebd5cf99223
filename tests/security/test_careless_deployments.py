"""Careless deployments: a health check that tells which service is down (and no more to
strangers), submissions during a broker outage, demo users in production. (Compose secrets:
tests/foundation/test_compose_and_docker.py.)"""

from unittest import mock

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import OperationalError
from django.test import Client
from django.urls import reverse
from kombu.exceptions import OperationalError as BrokerDown

from tests.factories import UserFactory
from tracker.accounts.health import Check
from tracker.articles.models import Article

pytestmark = pytest.mark.django_db

BODY = "Laut Polizei kamen rund 2.500 Menschen zur Kundgebung in Leipzig."


@pytest.fixture
def broker_unreachable(settings):
    """A broker address where nothing listens (port 1), as during the probe's Redis outage."""
    from tracker.celery import app

    before = app.conf.broker_url, app.conf.task_always_eager
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    app.conf.broker_url, app.conf.task_always_eager = "redis://127.0.0.1:1/0", False
    yield
    app.conf.broker_url, app.conf.task_always_eager = before


def test_healthz_names_the_broker_when_it_is_down(client, broker_unreachable):
    response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response.json() == {"ok": False, "database": "ok", "broker": "down"}


def test_healthz_names_the_database_without_its_error_text(client):
    secret = 'password authentication failed for user "tracker" at 10.0.0.5'
    with mock.patch("tracker.accounts.health.connection.cursor", side_effect=OperationalError(secret)):
        response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response.json() == {"ok": False, "database": "down", "broker": "in-process"}
    assert "10.0.0.5" not in response.content.decode()


def test_staff_see_the_error_text(client):
    admin = UserFactory(username="admin", is_staff=True)
    client.force_login(admin)
    down = Check("down", "disk full")
    with mock.patch("tracker.accounts.views.database_check", return_value=down):
        response = client.get(reverse("healthz"))
    assert response.json()["errors"] == {"database": "disk full"}


def test_healthz_is_ok_with_a_reachable_broker(client):
    with mock.patch("tracker.accounts.views.broker_check", return_value=Check("ok")):
        response = client.get(reverse("healthz"))
    assert response.status_code == 200 and response.json()["broker"] == "ok"


def broker_refuses():
    return mock.patch(
        "tracker.articles.tasks.extract_article.delay", side_effect=BrokerDown("Error 111 connecting")
    )


@pytest.fixture
def committed_editor_client(transactional_db):
    """Committed for real (autocommit, as in production): a task is queued as its article
    commits. (A transactional test flushes the migration's groups: made again here.)"""
    from django.apps import apps

    from tracker.accounts.roles import sync_roles

    sync_roles(apps)
    client = Client()
    client.force_login(UserFactory(username="erika", role="editor"))
    return client


def test_a_paste_during_a_broker_outage_is_stored_and_says_so(committed_editor_client):
    editor_client = committed_editor_client
    with broker_refuses():
        response = editor_client.post(reverse("articles:add"), {"body": BODY}, follow=True)
    article = Article.objects.get()
    assert article.status == Article.Status.QUEUED and article.waiting_for_workers
    html = response.content.decode()
    assert "Article stored; extraction will start when the workers are back." in html
    listing = editor_client.get(reverse("articles:list")).content.decode()
    assert "waiting for the workers" in listing


def test_the_api_says_so_too(committed_editor_client):
    editor_client = committed_editor_client
    with broker_refuses():
        response = editor_client.post(
            reverse("api:articles"), {"body": BODY}, content_type="application/json"
        )
    assert response.status_code == 201
    assert response.json()["waiting_for_workers"] is True
    assert "when the workers are back" in response.json()["detail"]


def test_the_mark_goes_when_a_worker_takes_the_article(editor_client, run_on_commit):
    from tracker.articles.tasks import extract_article

    with broker_refuses(), run_on_commit():
        editor_client.post(reverse("articles:add"), {"body": BODY})
    article = Article.objects.get()
    extract_article(article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.DONE and not article.waiting_for_workers


# --- demo users and compose -----------------------------------------------------------------


def test_loaddemo_refuses_demo_users_in_production(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        call_command("loaddemo", stdout=mock.Mock(), stderr=mock.Mock())
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(username__startswith="demo-").exists()


def test_loaddemo_with_force_loads_them_in_production(settings):
    settings.DEBUG = False
    with mock.patch("tracker.articles.tasks.extract_article.delay"):
        call_command("loaddemo", "--force", stdout=mock.Mock(), stderr=mock.Mock())
    from django.contrib.auth import get_user_model

    assert get_user_model().objects.filter(username="demo-editor").exists()
