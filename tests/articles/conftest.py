"""Ingest tests run tasks in-process (eager), whatever broker the environment names."""

import pytest

from tests.articles.helpers import LocalServer


@pytest.fixture(autouse=True)
def eager_tasks(settings):
    from tracker.celery import app

    before = app.conf.task_always_eager
    settings.CELERY_TASK_ALWAYS_EAGER = True
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = before


@pytest.fixture(autouse=True)
def fresh_source_cache():
    """Source ids cached by a previous test point into a rolled-back database."""
    from tracker.claims.storage import SourceResolver

    SourceResolver.clear_cache()
    yield
    SourceResolver.clear_cache()


@pytest.fixture
def server(settings):
    """A local HTTP server on 127.0.0.1; fetching it needs private addresses allowed."""
    settings.FETCH_ALLOW_PRIVATE = True
    httpd = LocalServer()
    yield httpd
    httpd.close()


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Run transaction.on_commit callbacks (queued tasks) when the block ends, as a commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
