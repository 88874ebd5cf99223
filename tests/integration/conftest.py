"""Real services for the integration tests: PostgreSQL, Redis and Celery worker processes.

Each test gets Redis database 15 (flushed; INTEGRATION_BROKER_DB names another) as its broker
and starts its own workers on the pytest-django test database; the workers are killed in
teardown whatever happens.
"""

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

import pytest

from tests.conftest import require_service

ROOT = Path(__file__).resolve().parents[2]
BROKER_DB = int(os.environ.get("INTEGRATION_BROKER_DB") or 15)


def _redis_url(db: int) -> str:
    parts = urlsplit(os.environ.get("REDIS_URL", ""))
    return urlunsplit((parts.scheme, parts.netloc, f"/{db}", "", ""))


@pytest.fixture
def services(settings):
    """Skip (locally) or fail (CI) unless DATABASE_URL is PostgreSQL and Redis answers PING."""
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        require_service("DATABASE_URL does not name a PostgreSQL database")
    if not os.environ.get("REDIS_URL"):
        require_service("REDIS_URL is not set")
    import redis

    client = redis.Redis.from_url(_redis_url(BROKER_DB), socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        require_service(f"Redis at REDIS_URL does not answer: {exc}")
    return client


def use_broker(url: str) -> None:
    """Point this process's Celery app at another broker, dropping pooled connections."""
    from kombu import pools

    from tracker.celery import app

    app.conf.broker_url = url
    app.conf.task_always_eager = False
    app._pool = None
    if "amqp" in app.__dict__:
        app.amqp._producer_pool = None
    pools.reset()  # kombu keeps pools per connection; closed ones must not be reused


@pytest.fixture
def broker(services, settings):
    """A flushed Redis database as this test's broker, for this process and its workers."""
    from tracker.celery import app

    services.flushdb()
    before = (app.conf.broker_url, app.conf.task_always_eager)
    url = _redis_url(BROKER_DB)
    settings.CELERY_TASK_ALWAYS_EAGER = False
    use_broker(url)
    yield url
    use_broker(before[0])
    app.conf.task_always_eager = before[1]
    services.flushdb()


def _database_url(settings) -> str:
    db = settings.DATABASES["default"]  # inside a test, NAME is the test database
    auth = quote(db.get("USER") or "postgres")
    if db.get("PASSWORD"):
        auth += ":" + quote(db["PASSWORD"])
    return f"postgres://{auth}@{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{db['NAME']}"


class Workers:
    def __init__(self, env, log: Path):
        self.env = env
        self.log = log
        self.processes: list[subprocess.Popen] = []

    def start(self, concurrency: int = 2) -> subprocess.Popen:
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "tracker", "worker", "-Q", "extraction,default",
             "-c", str(concurrency), "--pool", "prefork", "-l", "warning", "--without-gossip",
             "--without-mingle", "--without-heartbeat"],
            cwd=ROOT,
            env=self.env,
            start_new_session=True,  # its own process group, so a kill takes the children too
            stdout=subprocess.DEVNULL,
            stderr=self.log.open("ab"),
        )  # fmt: skip
        self.processes.append(process)
        return process

    def kill(self, process, sig=signal.SIGKILL) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        process.wait(timeout=15)

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                self.kill(process, signal.SIGTERM)
        for process in self.processes:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)  # stragglers (children) of any group


@pytest.fixture
def workers(broker, settings, transactional_db, tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(settings),
        "CELERY_BROKER_URL": broker,
        "REDIS_URL": broker,
        "CELERY_TASK_ALWAYS_EAGER": "0",
        "CONN_MAX_AGE": "0",
        "LOG_LEVEL": "WARNING",
    }
    pool = Workers(env, tmp_path / "worker.log")
    yield pool
    pool.stop_all()
    log = pool.log.read_text(errors="replace") if pool.log.exists() else ""
    if "Traceback" in log:
        print("Worker log:\n" + log[-5000:])


def wait_until(condition, timeout: float, interval: float = 0.1):
    """Poll until condition() is truthy; its last value (falsy on timeout)."""
    deadline = time.monotonic() + timeout
    value = condition()
    while not value and time.monotonic() < deadline:
        time.sleep(interval)
        value = condition()
    return value
