"""What /healthz checks: the database and the broker, each "ok", "down" or "in-process"."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError, connection

logger = logging.getLogger(__name__)

BROKER_TIMEOUT_SECONDS = 2


@dataclass(frozen=True)
class Check:
    state: str  # "ok", "down" or "in-process" (no broker: tasks run in the web process)
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.state != "down"


def database_check() -> Check:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as exc:
        logger.error("Health check: the database is down: %s", exc)
        return Check("down", str(exc)[:300])
    return Check("ok")


def broker_check() -> Check:
    """Connect to the broker (at most BROKER_TIMEOUT_SECONDS); none configured is "in-process"."""
    from kombu.exceptions import OperationalError

    from tracker.celery import app

    if app.conf.task_always_eager or settings.CELERY_BROKER_URL == "memory://":
        return Check("in-process")
    try:
        with app.connection_for_write() as broker:
            broker.ensure_connection(
                max_retries=1, interval_start=0, interval_step=0, timeout=BROKER_TIMEOUT_SECONDS
            )
            broker.default_channel  # noqa: B018 - opening the channel talks to the server
    except (OperationalError, OSError) as exc:
        logger.error("Health check: the broker is down: %s", exc)
        return Check("down", str(exc)[:300])
    return Check("ok")
