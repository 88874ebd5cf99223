"""End to end with a real Celery worker process, Redis and PostgreSQL: nothing is ever lost."""

import random

import pytest
from django.db.models import Count

from tests.integration.conftest import use_broker, wait_until
from tracker.articles.models import Article
from tracker.articles.services import article_submit, articles_submit_many, articles_sweep
from tracker.claims.models import Claim
from tracker.claims.storage import claim_fingerprint
from tracker.extraction import extract

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SOURCES_DE = [
    "Laut KCNA",
    "Nach Angaben des ukrainischen Geheimdienstes",
    "Wie CNN berichtet,",
    "Laut Reuters",
]
SOURCES_EN = [
    "According to KCNA,",
    "Ukrainian intelligence said",
    "CNN reported that",
    "According to Reuters,",
]


def article_text(n: int, sentences: int = 6) -> tuple[str, str]:
    """A German or English article with figures and sources, different for every n."""
    rng = random.Random(n)
    german = n % 2 == 0
    lines = []
    for i in range(sentences):
        value = rng.randint(2, 900) * 100
        if german:
            lines.append(
                f"{rng.choice(SOURCES_DE)} wurden etwa {value:,}".replace(",", ".")
                + f" Soldaten verlegt, {rng.randint(2, 99)} davon starben (Meldung {n}-{i})."
            )
        else:
            lines.append(
                f"{rng.choice(SOURCES_EN)} about {value:,} troops were moved and "
                f"{rng.randint(2, 99)} of them died (report {n}-{i})."
            )
    return ("de" if german else "en"), " ".join(lines)


def submit(n: int, sentences: int = 6) -> Article:
    language, body = article_text(n, sentences)
    return article_submit(
        title=f"Meldung {n}", body=body, language=language, origin=Article.Origin.API
    ).article


def done_count() -> int:
    return Article.objects.filter(status=Article.Status.DONE).count()


def expected_claims(articles) -> int:
    total = 0
    for article in Article.objects.filter(pk__in=[a.pk for a in articles]):
        result = extract(article.body, language=article.language).to_dict()
        total += len({claim_fingerprint(c) for c in result["claims"]})
    return total


def test_fifty_articles_are_all_extracted(workers):
    workers.start(concurrency=2)
    articles = [submit(n) for n in range(50)]
    assert wait_until(lambda: done_count() == 50, timeout=60), Article.objects.values("status").annotate(
        n=Count("id")
    )
    assert not Article.objects.exclude(status=Article.Status.DONE).exists()
    assert Claim.objects.count() == expected_claims(articles) > 50


def test_a_bulk_ingest_is_all_extracted_in_chunks(workers):
    workers.start(concurrency=2)
    items = []
    for n in range(60):
        language, body = article_text(n)
        items.append({"title": f"Meldung {n}", "body": body, "language": language})
    items.append(dict(items[0]))  # a duplicate inside the batch
    results = articles_submit_many(items, origin=Article.Origin.BULK, chunk_size=20)
    assert [r.created for r in results] == [True] * 60 + [False]
    assert wait_until(lambda: done_count() == 60, timeout=60), Article.objects.values("status").annotate(
        n=Count("id")
    )
    articles = [r.article for r in results[:60]]
    assert Claim.objects.count() == expected_claims(articles) > 60
    duplicates = Claim.objects.values("article", "fingerprint").annotate(n=Count("id")).filter(n__gt=1)
    assert not duplicates.exists()


def test_a_worker_killed_mid_batch_loses_nothing_and_duplicates_nothing(workers):
    first = workers.start(concurrency=2)
    articles = [submit(n, sentences=12) for n in range(150)]
    assert wait_until(lambda: done_count() >= 10, timeout=60)
    workers.kill(first)  # SIGKILL to the whole process group, children included
    at_kill = done_count()
    assert at_kill < 150, "the batch finished before the kill; make it bigger"

    # What the killed worker held is unacknowledged in Redis until the visibility timeout;
    # the sweeper (here with no grace period) queues every unfinished article again, once. A
    # chunk the killed worker was storing stays locked until PostgreSQL rolls it back: the
    # sweep waits for it (tests/articles/test_sweep_locks.py).
    workers.start(concurrency=2)
    articles_sweep(stuck_after=0)
    assert wait_until(lambda: done_count() == 150, timeout=120), Article.objects.values("status").annotate(
        n=Count("id")
    )

    duplicates = Claim.objects.values("article", "fingerprint").annotate(n=Count("id")).filter(n__gt=1)
    assert not duplicates.exists()
    assert Claim.objects.count() == expected_claims(articles)


def test_a_worker_killed_mid_bulk_ingest_loses_nothing_and_duplicates_nothing(workers):
    """The chunk path claims twenty articles at once and stores them together: a kill leaves
    its chunk `extracting`, never half stored."""
    first = workers.start(concurrency=2)
    items = []
    for n in range(1000, 1300):
        language, body = article_text(n, sentences=12)
        items.append({"title": f"Meldung {n}", "body": body, "language": language})
    articles = [r.article for r in articles_submit_many(items, origin=Article.Origin.BULK, chunk_size=20)]
    assert wait_until(lambda: done_count() >= 20, timeout=60)
    workers.kill(first)
    assert done_count() < 300, "the batch finished before the kill; make it bigger"
    statuses = set(Article.objects.values_list("status", flat=True))
    assert statuses <= {Article.Status.QUEUED, Article.Status.EXTRACTING, Article.Status.DONE}

    workers.start(concurrency=2)
    articles_sweep(stuck_after=0)
    assert wait_until(lambda: done_count() == 300, timeout=180), Article.objects.values("status").annotate(
        n=Count("id")
    )
    duplicates = Claim.objects.values("article", "fingerprint").annotate(n=Count("id")).filter(n__gt=1)
    assert not duplicates.exists()
    assert Claim.objects.count() == expected_claims(articles)


def test_an_article_sent_while_the_broker_is_down_is_extracted_once_it_is_back(broker, workers, caplog):
    use_broker("redis://127.0.0.1:1/0")  # nothing listens there
    article = submit(1)
    article.refresh_from_db()
    assert article.status == Article.Status.QUEUED  # accepted: the user sees it queued
    assert "sweeper will retry" in caplog.text

    use_broker(broker)
    workers.start(concurrency=1)
    articles_sweep(stuck_after=0)
    assert wait_until(lambda: Article.objects.get(pk=article.pk).status == Article.Status.DONE, timeout=60)
    assert Claim.objects.filter(article=article).exists()
