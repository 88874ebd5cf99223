"""Handing work to the workers: the Celery tasks of tracker.articles.tasks, looked up by name.

The services never import the task module (the tasks call the services: one direction, no
import circle); a task is found in the Celery app's registry, the module imported on first
use. A broker that is down is logged and left to the sweeper: the article is committed first.
"""

from __future__ import annotations

import logging

from tracker.articles.models import Article

logger = logging.getLogger(__name__)

TASKS = "tracker.articles.tasks"


def task(name: str):
    """The registered task `tracker.articles.tasks.<name>` (the object the module defines)."""
    from tracker.celery import app

    full_name = f"{TASKS}.{name}"
    if full_name not in app.tasks:
        app.loader.import_default_modules()  # what a worker does at start: autodiscovery
    return app.tasks[full_name]


def enqueue_extraction(article_id: int) -> None:
    """Queue extraction; if the broker is down, log it: the sweeper queues the article later."""
    _safe_delay(task("extract_article"), article_id)


def enqueue_extraction_many(article_ids: list[int]) -> None:
    """Queue one extraction task for a chunk of articles (one broker round trip, not one each)."""
    if article_ids:
        _safe_delay(task("extract_articles"), list(article_ids))


def enqueue_fetch(article_id: int) -> None:
    _safe_delay(task("fetch_article"), article_id)


def enqueue_feed_poll(feed_id: int) -> None:
    try:
        task("poll_feed").delay(feed_id)
    except Exception:
        # the broker is down (kombu raises many kinds): beat polls every active feed again later
        logger.warning("Could not queue polling of feed %s", feed_id, exc_info=True)


def _safe_delay(celery_task, *args) -> None:
    from tracker.articles import inprocess

    if inprocess.in_background():
        inprocess.run_in_background(celery_task, *args)
        return
    try:
        celery_task.delay(*args)
    except Exception:
        # kombu/redis raise many kinds of connection errors when the broker is down; the article
        # is already committed as queued, and the sweeper queues it again once the broker is back.
        logger.warning("Could not queue %s%r; the sweeper will retry", celery_task.name, args, exc_info=True)
        _mark_waiting_for_workers(args[0])


def _mark_waiting_for_workers(ids) -> None:
    """The broker is unreachable: the article is stored, and its page and the list say that its
    extraction starts when the workers are back (the sweeper queues it again; the worker that
    takes it clears the mark)."""
    ids = list(ids) if isinstance(ids, list | tuple) else [ids]
    Article.objects.filter(pk__in=ids).update(waiting_for_workers=True)
