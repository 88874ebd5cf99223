"""What the long commands share: Celery kept quiet while tasks run in-process, and whether
they do (then the command itself extracts, and its progress bar shows that work)."""

from __future__ import annotations

import logging
from contextlib import contextmanager

# "No hostname was supplied. Reverting to default 'localhost'" and one "Task … succeeded" line
# per article: noise on a terminal where a progress bar says the same better.
NOISY = {"kombu.connection": logging.ERROR, "celery.app.trace": logging.WARNING, "celery": logging.WARNING}


@contextmanager
def quiet_celery():
    before = {name: logging.getLogger(name).level for name in NOISY}
    for name, level in NOISY.items():
        logging.getLogger(name).setLevel(level)
    try:
        yield
    finally:
        for name, level in before.items():
            logging.getLogger(name).setLevel(level)


def tasks_in_process() -> bool:
    from tracker.celery import app

    return bool(app.conf.task_always_eager)
