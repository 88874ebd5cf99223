"""The sweeper against a chunk another transaction holds (PostgreSQL row locks, real threads).

A worker SIGKILLed while storing its chunk leaves its transaction open in PostgreSQL until the
server finishes the statement in flight and notices the client is gone; only then does it roll
back, leaving the chunk `extracting` with nobody on it. A sweep that ran meanwhile must not
pass those rows by. A worker that is alive and commits must keep what it stored.
"""

import datetime as dt
import threading
import time
from unittest import mock

import pytest
from django.db import connection, transaction
from django.utils import timezone

from tests.conftest import require_service
from tests.factories import ArticleFactory
from tracker.articles.models import Article
from tracker.articles.services import articles_sweep, pipeline

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def chunk():
    """Twenty articles a worker claimed (`extracting`) a minute ago: one drain chunk."""
    if connection.vendor != "postgresql":
        require_service("DATABASE_URL does not name a PostgreSQL database")
    claimed = timezone.now() - dt.timedelta(minutes=1)
    return [
        ArticleFactory(status=Article.Status.EXTRACTING, status_changed_at=claimed, attempts=1).pk
        for _ in range(20)
    ]


class Rollback(Exception):
    pass


def sweeper_waits_on_a_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")  # the view is cached per transaction
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
        )
        return cursor.fetchone()[0] > 0


def hold(ids, *, commit: bool, holding: threading.Event, swept: threading.Event):
    """A worker's store transaction, in its own connection: lock the chunk in id order and mark
    it done (as extractions_store does), then commit or roll back, once the sweeper waits on
    the lock or has finished without waiting."""
    try:
        with transaction.atomic():
            list(Article.objects.select_for_update().filter(pk__in=ids).order_by("pk").values_list("pk"))
            Article.objects.filter(pk__in=ids).update(
                status=Article.Status.DONE, status_changed_at=timezone.now()
            )
            holding.set()
            deadline = time.monotonic() + 10
            while not (swept.is_set() or sweeper_waits_on_a_lock()) and time.monotonic() < deadline:
                time.sleep(0.01)
            if not commit:
                raise Rollback
    except Rollback:
        pass
    finally:
        connection.close()


def sweep_while_held(ids, *, commit: bool):
    holding, swept = threading.Event(), threading.Event()
    worker = threading.Thread(
        target=hold, args=(ids,), kwargs={"commit": commit, "holding": holding, "swept": swept}
    )
    worker.start()
    try:
        assert holding.wait(10)
        with mock.patch("tracker.articles.tasks.extract_article.delay") as delay:
            counts = articles_sweep(stuck_after=0)
    finally:
        swept.set()
        worker.join(15)
    return counts, sorted(call.args[0] for call in delay.call_args_list)


def statuses(ids):
    return set(Article.objects.filter(pk__in=ids).values_list("status", flat=True))


def test_a_chunk_whose_store_rolls_back_after_the_sweep_began_is_queued_again(chunk):
    counts, queued = sweep_while_held(chunk, commit=False)
    assert statuses(chunk) == {Article.Status.QUEUED}
    assert queued == sorted(chunk) and counts["extract"] == 20


def test_a_chunk_whose_store_commits_while_the_sweep_waits_stays_done(chunk):
    counts, queued = sweep_while_held(chunk, commit=True)
    assert statuses(chunk) == {Article.Status.DONE}
    assert queued == [] and counts["extract"] == 0


def test_the_sweep_waits_for_held_rows_only_so_long(chunk, monkeypatch, caplog):
    """A transaction that holds the rows past the sweep's patience: the next sweep takes them."""
    monkeypatch.setattr(pipeline, "SWEEP_LOCK_WAIT_SECONDS", 0.3)
    other = ArticleFactory(
        status=Article.Status.QUEUED, status_changed_at=timezone.now() - dt.timedelta(minutes=1)
    )
    holding, release = threading.Event(), threading.Event()

    def hold_long():
        try:
            with transaction.atomic():
                list(Article.objects.select_for_update().filter(pk__in=chunk).values_list("pk"))
                holding.set()
                release.wait(15)
        finally:
            connection.close()

    locker = threading.Thread(target=hold_long)
    locker.start()
    try:
        assert holding.wait(10)
        started = time.monotonic()
        with mock.patch("tracker.articles.tasks.extract_article.delay"):
            counts = articles_sweep(stuck_after=0)
        assert time.monotonic() - started < 5
    finally:
        release.set()
        locker.join(15)
    assert counts["extract"] == 1 and Article.objects.get(pk=other.pk).status == Article.Status.QUEUED
    assert statuses(chunk) == {Article.Status.EXTRACTING}
    assert "to the next sweep" in caplog.text
    with mock.patch("tracker.articles.tasks.extract_article.delay"):
        assert articles_sweep(stuck_after=0)["extract"] == 21
