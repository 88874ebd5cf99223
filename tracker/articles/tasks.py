"""Celery tasks: ids in, load, call the engine or a service. Retries and limits live here.

Every task is idempotent: running one twice (a redelivery, the sweeper) changes nothing more.
"""

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import task_postrun, worker_process_init
from celery.utils.time import get_exponential_backoff_interval
from django.db import close_old_connections
from django.db.backends.signals import connection_created

from tracker.articles import services
from tracker.articles.services.extraction import TRANSIENT, article_extract

logger = logging.getLogger(__name__)


@worker_process_init.connect
def relax_commit_durability(**kwargs):
    """Workers commit without waiting for the disk (PostgreSQL synchronous_commit=off).

    Safe by design: if PostgreSQL crashes, the last few worker transactions are lost whole,
    which leaves their articles queued, extracting or fetching, and the sweeper redoes them.
    Articles themselves are accepted by the web process, which keeps full durability.
    """
    connection_created.connect(_no_synchronous_commit, weak=False)


def _no_synchronous_commit(sender, connection, **kwargs):
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO off")


@task_postrun.connect
def close_broken_connections(sender=None, **kwargs):
    """Like Django after a request: drop connections that broke or outlived CONN_MAX_AGE.

    (CELERY_DB_REUSE_MAX keeps Celery from closing every connection after every task.)
    """
    if not getattr(getattr(sender, "request", None), "is_eager", False):
        close_old_connections()


# acknowledged after the work, retried with exponential backoff (2 s, 4 s, ... at most 60 s)
_EXTRACTION_TASK = {
    "bind": True,
    "acks_late": True,
    "retry_backoff": 2,
    "retry_backoff_max": 60,
    "retry_jitter": True,
    "max_retries": 5,
}


@shared_task(**_EXTRACTION_TASK, autoretry_for=TRANSIENT, soft_time_limit=60, time_limit=90)
def extract_article(self, article_id: int) -> str:
    """Extract claims from one article and store them (services.extraction.article_extract)."""
    try:
        return extract_one(article_id)
    except SoftTimeLimitExceeded:
        return "failed"  # marked failed by extract_one


@shared_task(**_EXTRACTION_TASK, soft_time_limit=120, time_limit=150)
def extract_articles(self, article_ids: list[int]) -> dict:
    """Extract a chunk of articles (bulk import, feeds): each as extract_article would, in turn.

    Each article is stored in its own transaction, so one failing article doesn't stop the
    others; articles done already are skipped, so running the chunk again changes nothing.
    Transient database errors retry only the articles they hit.
    """
    outcomes = {"done": 0, "skipped": 0, "failed": 0}
    transient, error = [], None
    for position, article_id in enumerate(article_ids):
        try:
            outcomes[extract_one(article_id)] += 1
        except TRANSIENT as exc:
            logger.warning("Extraction of article %s hit %r; it will be retried", article_id, exc)
            transient.append(article_id)
            error = exc
        except SoftTimeLimitExceeded:
            # extract_one marks the article it was on; the rest go back on the queue.
            services.enqueue_extraction_many(article_ids[position + 1 :])
            raise
    if transient:
        # The same backoff as extract_article's autoretry (a plain retry would wait 3 minutes).
        delay = get_exponential_backoff_interval(
            factor=2, retries=self.request.retries, maximum=60, full_jitter=True
        )
        raise self.retry(args=[transient], exc=error, countdown=delay)
    return outcomes


def extract_one(article_id: int) -> str:
    """``article_extract`` under the task's soft time limit: the article it stopped is marked
    failed, and the limit goes on up to stop the task."""
    try:
        return article_extract(article_id, interrupts=(SoftTimeLimitExceeded,))
    except SoftTimeLimitExceeded:
        services.article_mark_failed(article_id=article_id, error="Extraction took too long and was stopped.")
        raise


@shared_task(
    acks_late=True,
    autoretry_for=TRANSIENT,
    retry_backoff=2,
    max_retries=5,
    soft_time_limit=60,
    time_limit=90,
)
def fetch_article(article_id: int) -> None:
    """Fetch an article added by URL, then queue its extraction."""
    services.article_fetch(article_id=article_id)


@shared_task(acks_late=True, soft_time_limit=120, time_limit=150)
def sweep_stuck_articles() -> dict:
    """Beat, every minute: queue again what a lost worker or a broker outage left behind."""
    return services.articles_sweep()


@shared_task(acks_late=True, soft_time_limit=120, time_limit=150)
def poll_feed(feed_id: int) -> dict:
    result = services.feed_poll(feed_id=feed_id)
    return {"added": result.added, "existing": result.existing, "error": result.error}


@shared_task(soft_time_limit=600, time_limit=660)
def poll_feeds() -> int:
    """Beat: poll every active feed; a feed another worker is polling is skipped (row lock)."""
    from tracker.articles.models import Feed

    polled = 0
    for feed_id in Feed.objects.filter(active=True).values_list("pk", flat=True):
        result = services.feed_poll(feed_id=feed_id)
        polled += not result.skipped
    return polled
