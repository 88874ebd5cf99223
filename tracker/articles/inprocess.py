"""Tasks without a broker (the embedded default): one background thread of the web process.

With no Redis, Celery runs tasks "eagerly", in the caller: a 2 MB paste kept the form waiting
for its extraction (23 s). Here such tasks go to a single background thread instead, after the
transaction has committed, so the page answers at once and the article's status moves from
queued to extracting to done while the reader watches. One thread, so SQLite sees one writer
besides the requests. Commands (ingest, reextract) keep running tasks in their own thread:
they report progress and must not exit before the work is done.

>>> run_in_background(extract_article, 12)   # returns at once
>>> wait_idle(timeout=30)                     # tests and commands: until the queue is empty
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor

from django.conf import settings
from django.db import connections

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_executor: ThreadPoolExecutor | None = None
_pending: set[Future] = set()
_synchronous = threading.local()


def in_background() -> bool:
    """True when a task should go to the background thread rather than run here and now."""
    from tracker.celery import app

    return (
        bool(getattr(settings, "TASKS_IN_BACKGROUND_THREAD", False))
        and bool(app.conf.task_always_eager)
        and not getattr(_synchronous, "on", False)
    )


class synchronous:
    """`with synchronous():` runs tasks in the caller again (management commands)."""

    def __enter__(self):
        self.before = getattr(_synchronous, "on", False)
        _synchronous.on = True

    def __exit__(self, *exc):
        _synchronous.on = self.before


def run_in_background(task, *args) -> None:
    global _executor
    with _lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tracker-tasks")
        future = _executor.submit(_run, task, args)
        _pending.add(future)
    future.add_done_callback(_pending.discard)


def _run(task, args) -> None:
    try:
        task.apply(args=args)
    except Exception:
        # The task marks its article failed itself; anything else is logged, never lost quietly.
        logger.exception("Background task %s%r failed", task.name, args)
    finally:
        connections.close_all()


def wait_idle(timeout: float = 60) -> bool:
    """Wait until every task handed to the thread is finished; False on timeout."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with _lock:
            pending = list(_pending)
        if not pending:
            return True
        for future in pending:
            try:
                future.result(timeout=max(0.0, deadline - time.monotonic()))
            except Exception:  # noqa: S112 - logged by _run; a timeout is checked by the loop
                continue
    return not _pending
