"""Celery tasks: ids in, load, call the engine or a service. Retries and limits live here.

Every task is idempotent: running one twice (a redelivery, the sweeper) changes nothing more.
"""

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import task_postrun, worker_process_init
from celery.utils.time import get_exponential_backoff_interval
from django.db import IntegrityError, InterfaceError, OperationalError, close_old_connections
from django.db.backends.signals import connection_created

from tracker.articles import services
from tracker.claims.storage import SourceResolver, extraction_store

logger = logging.getLogger(__name__)

TRANSIENT = (OperationalError, InterfaceError)


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


def engine():
    """(EXTRACTOR_VERSION, extract) of the extraction engine, imported when first needed."""
    from tracker.extraction import EXTRACTOR_VERSION, extract

    return EXTRACTOR_VERSION, extract


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
    """Extract claims from one article and store them (tracker.claims.storage)."""
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
    """Extract and store one article: 'done', 'skipped' (gone or up to date) or 'failed'.

    Transient database errors propagate, for the task to retry; so does the soft time limit,
    after marking the article failed.
    """
    version, extract = engine()
    article = services.article_mark_extracting(article_id=article_id, current_version=version)
    if article is None:
        return "skipped"
    try:
        result = extract(article.body, language=article.language or None, published=article.published)
        try:
            extraction_store(article=article, result=result.to_dict())
        except IntegrityError:
            # A cached source may have been merged away meanwhile: forget the cache, try once more.
            SourceResolver.clear_cache()
            extraction_store(article=article, result=result.to_dict())
    except TRANSIENT:
        raise  # retried with backoff; the sweeper catches what runs out of retries
    except SoftTimeLimitExceeded:
        services.article_mark_failed(article_id=article_id, error="Extraction took too long and was stopped.")
        raise  # the task stops here
    except Exception as exc:
        # Whatever the engine or the storing raises: the traceback goes to the log with the
        # article's id, the article is marked failed with a one-line reason its page shows, and a
        # re-extract (its page, or manage.py reextract) runs it again.
        logger.exception("Extraction of article %s failed", article_id)
        services.article_mark_failed(article_id=article_id, error=failure_summary(exc))
        return "failed"
    return "done"


def failure_summary(exc: BaseException, limit: int = 300) -> str:
    """One line for the article's page: 'Extraction failed: KeyError: 'unit''."""
    lines = str(exc).strip().splitlines()
    detail = f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__
    if len(detail) > limit:
        detail = detail[: limit - 1] + "…"
    return f"Extraction failed: {detail}"


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
