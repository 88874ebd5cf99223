"""Celery tasks: thin wrappers, ids in, a service called. Retries and time limits live here.

The services never import this module (they find the tasks by name: services/queue.py).

Every task is idempotent: running one twice (a redelivery, the sweeper) changes nothing more.
"""

import datetime as dt

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import task_postrun, worker_process_init
from celery.utils.time import get_exponential_backoff_interval
from django.conf import settings
from django.db import close_old_connections
from django.db.backends.signals import connection_created
from django.utils import timezone

from tracker.articles import services
from tracker.articles.services.extraction import TRANSIENT, article_extract, articles_extract


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
    """Extract claims from one article and store them (services.extraction.article_extract),
    taking along up to EXTRACTION_DRAIN other articles queued one by one (stored as one chunk,
    like the bulk path's). The first delivery leaves an article another worker claimed less
    than EXTRACTION_STUCK_AFTER_SECONDS ago to that worker (it took this one along; if it
    died, the sweeper queues the article again); a retry takes its own claim back."""
    first = not self.request.retries
    busy_since = (
        timezone.now() - dt.timedelta(seconds=settings.EXTRACTION_STUCK_AFTER_SECONDS) if first else None
    )
    try:
        return article_extract(
            article_id,
            interrupts=(SoftTimeLimitExceeded,),
            drain=settings.EXTRACTION_DRAIN if first else 0,
            busy_since=busy_since,
        )
    except SoftTimeLimitExceeded:
        return "failed"  # marked failed by the service (stopped while storing: left to the sweeper)


@shared_task(**_EXTRACTION_TASK, soft_time_limit=120, time_limit=150)
def extract_articles(self, article_ids: list[int]) -> dict:
    """Extract a chunk of articles (bulk import, feeds) and store them together
    (services.extraction.articles_extract); transient database errors retry only the articles
    they hit."""
    outcome = articles_extract(article_ids, interrupts=(SoftTimeLimitExceeded,))
    if outcome.transient:
        # The same backoff as extract_article's autoretry (a plain retry would wait 3 minutes).
        delay = get_exponential_backoff_interval(
            factor=2, retries=self.request.retries, maximum=60, full_jitter=True
        )
        raise self.retry(args=[outcome.transient], exc=outcome.error, countdown=delay)
    return outcome.counts()


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
    """Beat: poll every active feed (services.feeds_poll_active)."""
    return services.feeds_poll_active()
