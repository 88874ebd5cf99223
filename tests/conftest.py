"""Personas and switches shared by every test.

Personas: `editor`, `journalist`, `outsider` (logged in, no role) and `anonymous`; the
`*_client` fixtures are Django test clients logged in as each.
Tests marked `services` need the real PostgreSQL and Redis named by DATABASE_URL and
REDIS_URL: without them they are skipped, unless REQUIRE_SERVICES=1 (CI), where they fail.
"""

import os
from pathlib import Path

import pytest

from tests.factories import UserFactory

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES", "") == "1"
CHROMIUM = "/usr/bin/chromium"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "/integration/" in str(item.fspath):
            item.add_marker(pytest.mark.services)


def pytest_runtest_setup(item):
    """Browser tests without Chromium stop here, before their fixtures: a transactional test
    skipped from inside a fixture is flushed and gets its content types back from post_migrate,
    which then clash with the next serialized_rollback test's restored rows."""
    if item.get_closest_marker("browser") and not Path(CHROMIUM).exists():
        require_service(f"{CHROMIUM} is missing (apt-get install -y chromium)")


def require_service(reason: str):
    """Skip (locally) or fail (CI with REQUIRE_SERVICES=1) when a needed server is missing."""
    if REQUIRE_SERVICES:
        pytest.fail(f"REQUIRE_SERVICES=1 but {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def editor(db):
    return UserFactory(username="erika-editor", role="editor")


@pytest.fixture
def second_editor(db):
    return UserFactory(username="emil-editor", role="editor")


@pytest.fixture
def journalist(db):
    return UserFactory(username="jana-journalist", role="journalist")


@pytest.fixture
def outsider(db):
    return UserFactory(username="otto-outsider")


def _client_for(client_class, user):
    client = client_class()
    client.force_login(user)
    return client


@pytest.fixture
def editor_client(editor):
    from django.test import Client

    return _client_for(Client, editor)


@pytest.fixture
def journalist_client(journalist):
    from django.test import Client

    return _client_for(Client, journalist)


@pytest.fixture
def outsider_client(outsider):
    from django.test import Client

    return _client_for(Client, outsider)


@pytest.fixture(autouse=True)
def _tasks_run_in_process(request):
    """Outside tests/integration, tasks run in-process even when CI exports REDIS_URL.

    Integration tests talk to a real broker and a real worker; they opt out by living in
    tests/integration/.
    """
    from django.conf import settings

    from tracker.celery import app

    if "/integration/" in str(request.node.fspath):
        yield
        return
    previous = app.conf.task_always_eager, settings.TASKS_IN_BACKGROUND_THREAD
    app.conf.task_always_eager = True
    # ... and in the test's own thread (tests/articles/test_live_status.py tries the other).
    settings.TASKS_IN_BACKGROUND_THREAD = False
    yield
    app.conf.task_always_eager, settings.TASKS_IN_BACKGROUND_THREAD = previous


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language and leaves none behind.

    A request in German activates German for the thread (LocaleMiddleware does not reset it),
    so without this a later test that reads English text would see German.
    """
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashing():
    """Personas are created in almost every test; the production hasher costs ~0.3 s each."""
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database is dropped at the end; on PostgreSQL a connection some thread or
    child process left open (the live server's request threads, a killed worker's pool) would
    keep it from being dropped, so those are closed first."""
    yield
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
