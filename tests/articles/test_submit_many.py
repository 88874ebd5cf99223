"""articles_submit_many and extract_articles: the bulk path (ingest command, feeds, bench)."""

import os
from unittest import mock

import pytest
from django.db import OperationalError

from tracker.articles.models import Article
from tracker.articles.services import ArticleRejected, article_submit, articles_submit_many
from tracker.articles.tasks import extract_articles
from tracker.claims.models import Claim

pytestmark = pytest.mark.django_db


def text(n: int) -> str:
    return f"Laut KCNA wurden {n + 2}.000 Soldaten nach Kursk verlegt. Die Regierung nannte {n + 3}00 Tote."


def items(count: int, start: int = 0) -> list[dict]:
    return [{"title": f"Meldung {n}", "body": text(n), "language": "de"} for n in range(start, start + count)]


def test_each_chunk_is_one_transaction_and_one_task_queued_after_commit(django_capture_on_commit_callbacks):
    with (
        mock.patch("tracker.articles.tasks.extract_articles.delay") as chunk_delay,
        mock.patch("tracker.articles.tasks.extract_article.delay") as single_delay,
        django_capture_on_commit_callbacks(execute=True) as callbacks,
    ):
        results = articles_submit_many(items(45), origin=Article.Origin.BULK, chunk_size=20)
        chunk_delay.assert_not_called()  # nothing is queued before the rows are committed
    assert all(r.created for r in results)
    assert len(callbacks) == 3
    ids = [r.article.pk for r in results]
    assert [c.args[0] for c in chunk_delay.call_args_list] == [ids[:20], ids[20:40], ids[40:]]
    single_delay.assert_not_called()
    article = Article.objects.get(pk=ids[0])
    assert article.status == Article.Status.QUEUED and article.origin == Article.Origin.BULK
    assert article.history.count() == 1  # a history record, as save() writes


def test_it_stores_what_article_submit_would(settings):
    body = "<p>Laut KCNA wurden 12.000 Soldaten verlegt.</p><script>alert(1)</script>\r\n"
    fields = {"title": "", "body": body, "url": " https://example.org/k#top ", "published": "2025-08-22"}
    with mock.patch("tracker.articles.tasks.extract_articles.delay"):
        [bulk] = articles_submit_many([fields], origin=Article.Origin.BULK)
    with mock.patch("tracker.articles.tasks.extract_article.delay"):
        Article.objects.all().delete()
        single = article_submit(**fields, origin=Article.Origin.BULK)
    names = ["title", "body", "url", "content_hash", "language", "published", "status", "origin"]
    assert {n: getattr(bulk.article, n) for n in names} == {n: getattr(single.article, n) for n in names}


def test_a_refused_item_gets_its_reason_and_does_not_stop_the_others(run_on_commit):
    batch = items(3)
    batch[1] = {"title": "Leer", "body": "   "}
    with mock.patch("tracker.articles.tasks.extract_articles.delay") as delay, run_on_commit():
        results = articles_submit_many(batch, origin=Article.Origin.BULK)
    assert isinstance(results[1], ArticleRejected)
    assert str(results[1]) == "The article has no text."
    assert results[0].created and results[2].created
    assert Article.objects.count() == 2
    assert delay.call_count == 1


def test_duplicates_inside_a_chunk_point_to_the_first():
    batch = [
        {"title": "A", "body": text(1), "url": "https://example.org/a"},
        {"title": "same text", "body": text(1) + "\n"},
        {"title": "same URL", "body": text(2), "url": "https://example.org/a"},
        {"title": "B", "body": text(3)},
    ]
    with mock.patch("tracker.articles.tasks.extract_articles.delay"):
        results = articles_submit_many(batch, origin=Article.Origin.BULK)
    assert [r.created for r in results] == [True, False, False, True]
    assert results[1].article.pk == results[2].article.pk == results[0].article.pk
    assert Article.objects.count() == 2


def test_duplicates_of_stored_articles_point_to_them(run_on_commit):
    with mock.patch("tracker.articles.tasks.extract_article.delay"):
        by_text = article_submit(title="x", body=text(1), origin=Article.Origin.PASTE).article
        by_url = article_submit(
            title="y", body=text(2), url="https://example.org/y", origin=Article.Origin.PASTE
        ).article
    batch = [
        {"title": "x again", "body": text(1)},
        {"title": "new", "body": text(5)},
        {"title": "y again", "body": text(6), "url": "https://example.org/y"},
    ]
    with mock.patch("tracker.articles.tasks.extract_articles.delay") as delay, run_on_commit():
        results = articles_submit_many(batch, origin=Article.Origin.BULK)
    assert [r.created for r in results] == [False, True, False]
    assert results[0].article.pk == by_text.pk and results[2].article.pk == by_url.pk
    delay.assert_called_once_with([results[1].article.pk])


def test_a_duplicate_stored_meanwhile_is_found_by_the_constraints():
    """Another process stores one of the chunk's texts between the lookup and the insert."""
    with mock.patch("tracker.articles.tasks.extract_article.delay"):
        racing = article_submit(title="x", body=text(1), origin=Article.Origin.PASTE).article
    with (
        mock.patch("tracker.articles.services.submit._stored_twins", return_value={}),
        mock.patch("tracker.articles.tasks.extract_article.delay"),
        mock.patch("tracker.articles.tasks.extract_articles.delay"),
    ):
        results = articles_submit_many(items(3), origin=Article.Origin.BULK)
    assert [r.created for r in results] == [True, False, True]
    assert results[1].article.pk == racing.pk
    assert Article.objects.count() == 3


def chunk(count: int) -> list[int]:
    with mock.patch("tracker.articles.tasks.extract_articles.delay"):
        return [r.article.pk for r in articles_submit_many(items(count), origin=Article.Origin.BULK)]


def test_the_chunk_task_extracts_every_article():
    ids = chunk(4)
    assert extract_articles(ids) == {"done": 4, "skipped": 0, "failed": 0}
    assert set(Article.objects.values_list("status", flat=True)) == {Article.Status.DONE}
    assert Claim.objects.filter(article_id__in=ids).values("article").distinct().count() == 4


def test_running_the_chunk_task_twice_changes_nothing():
    ids = chunk(3)
    extract_articles(ids)
    claims = sorted(Claim.objects.values_list("pk", "fingerprint"))
    assert extract_articles(ids) == {"done": 0, "skipped": 3, "failed": 0}
    assert sorted(Claim.objects.values_list("pk", "fingerprint")) == claims
    assert set(Article.objects.values_list("attempts", flat=True)) == {1}


def test_one_failing_article_does_not_stop_the_rest():
    ids = chunk(3)
    from tracker.claims.storage import extractions_store

    calls = []

    def store(extracted):
        calls.append([article.pk for article, _ in extracted])
        if any(article.pk == ids[1] for article, _ in extracted):
            raise ValueError("bad row")
        return extractions_store(extracted)

    with mock.patch("tracker.articles.services.extraction.extractions_store", side_effect=store):
        assert extract_articles(ids) == {"done": 2, "skipped": 0, "failed": 1}
    assert calls == [ids, [ids[0]], [ids[1]], [ids[2]]]  # the chunk at once, then each alone
    statuses = dict(Article.objects.values_list("pk", "status"))
    assert [statuses[pk] for pk in ids] == ["done", "failed", "done"]
    assert Article.objects.get(pk=ids[1]).error == "Extraction failed: ValueError: bad row"
    assert not Claim.objects.filter(article_id=ids[1]).exists()


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="SQLite splits multi-row INSERTs by its limit on parameters",
)
def test_a_chunk_costs_the_same_statements_as_one_article():
    """One INSERT per table for the whole chunk (claims, attributions, quotes, with history)."""
    import re

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def extracted(count, start):
        with mock.patch("tracker.articles.tasks.extract_articles.delay"):
            results = articles_submit_many(items(count, start), origin=Article.Origin.BULK)
        with CaptureQueriesContext(connection) as queries:
            assert extract_articles([r.article.pk for r in results])["done"] == count
        return [q["sql"] for q in queries]

    extracted(2, start=100)  # the sources are known and cached from here on
    one, many = extracted(1, start=200), extracted(20, start=300)
    assert len(many) == len(one)
    inserts = [table for sql in many for table in re.findall(r'(?:INSERT INTO|COPY) "(\w+)"', sql)]
    assert sorted(inserts) == sorted(set(inserts))  # each table once
    assert {"claims_claim", "claims_attribution", "claims_historicalclaim"} <= set(inserts)
    assert Claim.objects.values("article").distinct().count() == 23


def test_transient_errors_retry_only_the_articles_they_hit():
    ids = chunk(3)
    from tracker.claims.storage import extractions_store

    def store(extracted):
        if any(article.pk == ids[0] for article, _ in extracted):
            raise OperationalError("gone away")
        return extractions_store(extracted)

    with (
        mock.patch("tracker.articles.services.extraction.extractions_store", side_effect=store),
        mock.patch.object(extract_articles, "retry", side_effect=RuntimeError("retry")) as retry,
        pytest.raises(RuntimeError, match="retry"),
    ):
        extract_articles.run(ids)
    assert retry.call_args.kwargs["args"] == [[ids[0]]]
    assert retry.call_args.kwargs["countdown"] <= 2  # backoff from 2 s, as extract_article
    statuses = dict(Article.objects.values_list("pk", "status"))
    assert [statuses[pk] for pk in ids] == ["extracting", "done", "done"]


def test_a_chunk_stopped_by_its_time_limit_keeps_what_was_extracted_and_queues_the_rest():
    from celery.exceptions import SoftTimeLimitExceeded

    from tracker.articles.services.extraction import engine

    ids = chunk(4)
    version, real_extract = engine()
    calls = []

    def extract(body, **kwargs):
        calls.append(body)
        if len(calls) == 2:
            raise SoftTimeLimitExceeded()
        return real_extract(body, **kwargs)

    with (
        mock.patch("tracker.articles.services.extraction.engine", return_value=(version, extract)),
        mock.patch("tracker.articles.tasks.extract_articles.delay") as requeue,
        pytest.raises(SoftTimeLimitExceeded),
    ):
        extract_articles.run(ids)
    statuses = dict(Article.objects.values_list("pk", "status"))
    assert [statuses[pk] for pk in ids] == ["done", "failed", "extracting", "extracting"]
    assert Article.objects.get(pk=ids[1]).error == "Extraction took too long and was stopped."
    requeue.assert_called_once_with(ids[2:])
    assert extract_articles(ids[2:]) == {"done": 2, "skipped": 0, "failed": 0}
