"""End-to-end ingest benchmark: N synthetic articles through Redis, Celery workers and PostgreSQL.

    python bench/ingest.py [--n 2000] [--workers 2] [--concurrency 1] [--single [--submitters 4]]
        [--chunk 20] [--keep] [--database tracker_bench] [--broker-db 14]

Creates the database `tracker_bench` (--database) on the PostgreSQL server of DATABASE_URL
(default postgres://postgres@127.0.0.1:5432/postgres), migrates it, uses Redis database 14
(--broker-db) of REDIS_URL (default redis://127.0.0.1:6379) as the broker, starts the worker
processes itself, submits the articles and waits until every one is done. By default it measures the bulk path
(`articles_submit_many`, as `manage.py ingest` and feed polling use it: a chunk of articles per
transaction and one `extract_articles` task per chunk); with --single, one `article_submit` per
article and one task per article (the web form and API path; a worker's task takes along up to
EXTRACTION_DRAIN other articles queued meanwhile), submitted by --submitters threads at once as
a web server's workers would (one submitter waits for each commit's disk flush in turn).
Prints articles per second (first submission to last `done`) and the p50/p95 time from
submission to `done`, then stops the workers and drops the database (unless --keep).

It also prints the CPU milliseconds per article of each component: submission (this
process), the workers (their process groups), PostgreSQL (the server processes serving this
bench's database, sampled from /proc five times a second, so other users of a shared server
are left out; the server's shared background processes are shown apart) and Redis (the whole
server: it cannot tell its clients apart).

The bar (issue 18), on a 2-core machine: at least 300 articles per second on the bulk path and
150 on the single path, with PostgreSQL's CPU at most 2 ms an article.
"""

import argparse
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BENCH_DB = "tracker_bench"
BROKER_DB = 14
BAR = {"bulk": 300.0, "single": 150.0}  # articles per second
PG_BAR_MS = 2.0  # PostgreSQL CPU per article (this database's backends)

DE_FIGURES = [
    "{src} wurden {hedge_de}{n} Soldaten nach {place} verlegt.",
    "{src} kamen bei dem Angriff {n_small} Menschen ums Leben, {n_small2} wurden verletzt.",
    "Die Regierung plant, den Etat um {p} Prozent auf {m} Milliarden Euro zu erhöhen.",
    "{src} sind derzeit {hedge_de}{n} Menschen auf der Flucht.",
    "Westliche Experten schätzen die Verluste auf {n} bis {n2} Mann.",
    "Im Juli stieg die Zahl der Anträge um {p} Prozent, heißt es aus Regierungskreisen.",
]
DE_PLAIN = [
    "Die Lage in {place} bleibt nach Angaben von Beobachtern angespannt.",
    "„Wir werden nicht nachgeben“, sagte der Sprecher am Montag.",
    "Eine unabhängige Bestätigung gab es zunächst nicht.",
    "Der Vorfall löste international Kritik aus.",
    "Die Gespräche sollen in der kommenden Woche fortgesetzt werden.",
]
EN_FIGURES = [
    "{src_en} {hedge_en}{n_en} troops were moved to {place}.",
    "{src_en} {n_small} people were killed in the attack and {n_small2} were wounded.",
    "The government plans to raise the budget by {p} percent to {m} billion dollars.",
    "Western experts estimate the losses at between {n_en} and {n2_en} soldiers.",
    "Up to {n_en} people have fled the region since March, the UN said.",
    "Revenue rose {p}% to ${m}bn in the second quarter, the company said.",
]
EN_PLAIN = [
    "The situation in {place} remains tense, observers said.",
    '"We will not back down," the spokesman said on Monday.',
    "There was no independent confirmation at first.",
    "The incident drew international criticism.",
    "Talks are due to resume next week.",
]
SOURCES_DE = [
    "Laut KCNA",
    "Nach Angaben des ukrainischen Geheimdienstes",
    "Laut Reuters",
    "Nach Polizeiangaben",
]
SOURCES_EN = ["According to KCNA,", "Ukrainian intelligence said", "According to Reuters,", "Police said"]
PLACES = ["Kursk", "Charkiw", "Odesa", "Pokrowsk", "Cherson", "Sumy", "Lwiw", "Dnipro"]


def synthetic_article(n: int) -> tuple[str, str, str]:
    """(language, title, body): a German or English news text with figures, unique per n."""
    rng = random.Random(n)
    german = rng.random() < 0.5
    figures, plain = (DE_FIGURES, DE_PLAIN) if german else (EN_FIGURES, EN_PLAIN)
    values = {
        "src": rng.choice(SOURCES_DE),
        "src_en": rng.choice(SOURCES_EN),
        "hedge_de": rng.choice(["", "etwa ", "mehr als ", "bis zu "]),
        "hedge_en": rng.choice(["", "about ", "more than ", "up to "]),
        "place": rng.choice(PLACES),
    }
    sentences = []
    for _ in range(rng.randint(8, 16)):
        base = rng.randint(2, 400) * 100
        values.update(
            n=f"{base:,}".replace(",", "."),
            n2=f"{base * 2:,}".replace(",", "."),
            n_en=f"{base:,}",
            n2_en=f"{base * 2:,}",
            n_small=rng.randint(2, 99),
            n_small2=rng.randint(2, 300),
            p=rng.randint(2, 60),
            m=rng.randint(2, 90),
        )
        pool = figures if rng.random() < 0.5 else plain
        sentences.append(rng.choice(pool).format(**values))
    sentences.append(f"(Meldung {n})" if german else f"(Report {n})")
    title = ("Meldung " if german else "Report ") + f"{n}: {values['place']}"
    return ("de" if german else "en"), title, " ".join(sentences)


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def _with_path(url: str, path: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=2000, help="articles to submit (default 2000)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--concurrency", type=int, default=1, help="pool size per worker (default 1)")
    parser.add_argument(
        "--pool", default="prefork", help="worker pool: prefork (default; enforces time limits) or solo"
    )
    parser.add_argument(
        "--single",
        action="store_true",
        help="submit one article at a time (article_submit, one task each) instead of in chunks",
    )
    parser.add_argument(
        "--submitters",
        type=int,
        default=1,
        help="with --single: threads submitting at once, like a web server's workers (default 1)",
    )
    parser.add_argument("--chunk", type=int, default=20, help="articles per chunk on the bulk path")
    parser.add_argument("--timeout", type=float, default=600, help="give up after this many seconds")
    parser.add_argument("--keep", action="store_true", help="keep the bench database")
    parser.add_argument("--database", default=BENCH_DB, help=f"database to create (default {BENCH_DB})")
    parser.add_argument("--broker-db", type=int, default=BROKER_DB, help="Redis database of the broker")
    args = parser.parse_args()
    bench_db, broker_db = args.database, args.broker_db

    server = os.environ.get("DATABASE_URL", "")
    if not server.startswith("postgres"):
        server = "postgres://postgres@127.0.0.1:5432/postgres"
    database_url = _with_path(server, f"/{bench_db}")
    broker_url = _with_path(os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0", f"/{broker_db}")

    import psycopg
    import redis

    admin_url = _with_path(server, "/postgres")
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{bench_db}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{bench_db}"')
    redis.Redis.from_url(broker_url).flushdb()

    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": broker_url,
        "REDIS_URL": broker_url,
        "CELERY_TASK_ALWAYS_EAGER": "0",
        "LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "tracker.settings",
    }
    os.environ.update(env)
    print(f"Migrating {bench_db} …", file=sys.stderr)
    subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=env, check=True)

    workers = []
    log_path = Path(tempfile.gettempdir()) / "bench-ingest-workers.log"
    log = log_path.open("wb")
    try:
        for i in range(args.workers):
            workers.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "celery",
                        "--quiet",
                        "-A",
                        "tracker",
                        "worker",
                        "-Q",
                        "extraction,default",
                        "-c",
                        str(args.concurrency),
                        "--pool",
                        args.pool,
                        "-n",
                        f"bench{i}@%h",
                        "-l",
                        "warning",
                        "--without-gossip",
                        "--without-mingle",
                        "--without-heartbeat",
                    ],
                    cwd=ROOT,
                    env=env,
                    start_new_session=True,
                    stdout=log,
                    stderr=log,
                )
            )
        return run(args, [w.pid for w in workers])
    finally:
        for process in workers:
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=20)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(process.pid, signal.SIGKILL)
        from django.db import connections

        connections.close_all()
        if not args.keep:
            with psycopg.connect(admin_url, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{bench_db}" WITH (FORCE)')
        redis.Redis.from_url(broker_url).flushdb()
        log.close()
        if "Traceback" in log_path.read_text(errors="replace"):
            print(f"Workers logged errors: see {log_path}", file=sys.stderr)


def group_cpu_seconds(group_ids) -> float:
    """CPU seconds used so far by every process in these process groups (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) in group_ids:  # field 5 of stat: the process group
            total += int(fields[11]) + int(fields[12])
    return total / ticks


def service_cpu_seconds(names=("postgres", "redis-server")) -> dict:
    """CPU seconds used so far by the database and broker processes, by name (Linux /proc).

    Shared servers: whatever else uses them while the bench runs is counted too.
    """
    ticks = os.sysconf("SC_CLK_TCK")
    totals = dict.fromkeys(names, 0)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            head, tail = stat.read_text().rsplit(")", 1)
        except OSError:
            continue
        command = head.split("(", 1)[1]
        for name in names:
            if command.startswith(name):
                fields = tail.split()
                totals[name] += int(fields[11]) + int(fields[12])
    return {name: total / ticks for name, total in totals.items()}


def _process_cpu_seconds(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class BackendCpu:
    """CPU seconds of the PostgreSQL backends connected to one database, sampled in a thread.

    A backend's CPU counts from when it is first seen (or from the start, for those already
    there); a backend that exits between two samples loses at most one interval."""

    def __init__(self, database_url: str, interval: float = 0.2):
        import threading

        import psycopg

        self.conn = psycopg.connect(database_url, autocommit=True)
        self.own = self.conn.execute("SELECT pg_backend_pid()").fetchone()[0]
        self.interval, self.first, self.last = interval, {}, {}
        self.stopped = threading.Event()
        self.sample(baseline=True)
        self.thread = threading.Thread(target=self.loop, daemon=True)
        self.thread.start()

    def sample(self, baseline: bool = False) -> None:
        pids = self.conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> %s", [self.own]
        ).fetchall()
        for (pid,) in pids:
            used = _process_cpu_seconds(pid)
            if used is None:
                continue
            self.first.setdefault(pid, used if baseline else 0.0)
            self.last[pid] = used

    def loop(self) -> None:
        while not self.stopped.wait(self.interval):
            self.sample()

    def stop(self) -> float:
        self.stopped.set()
        self.thread.join()
        self.sample()
        self.conn.close()
        return sum(self.last[pid] - self.first[pid] for pid in self.last)


def run(args, worker_groups) -> int:
    import logging

    import django

    django.setup()
    logging.disable(logging.WARNING)  # the broker-down warnings would be noise here
    from tracker.articles.models import Article
    from tracker.articles.services import article_submit, articles_submit_many

    def wait_broker_empty(timeout):
        import redis

        broker = redis.Redis.from_url(os.environ["CELERY_BROKER_URL"])
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            waiting = sum(broker.llen(queue) for queue in ("extraction", "default"))
            if not waiting and not broker.hlen("unacked"):
                break
            time.sleep(0.1)
        return time.monotonic()

    def wait_done(ids, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if Article.objects.filter(pk__in=ids, status=Article.Status.DONE).count() == len(ids):
                return True
            time.sleep(0.25)  # the times come from the rows; polling only costs CPU
        return False

    # Warm up: workers started and connected, engine lexicons loaded, source cache filled.
    warm = [
        article_submit(title=t, body=b, language=lang, origin=Article.Origin.API).article.pk
        for lang, t, b in map(synthetic_article, range(10**6, 10**6 + 20))
    ]
    if not wait_done(warm, 120):
        print("Workers did not start.", file=sys.stderr)
        return 2

    texts = [synthetic_article(n) for n in range(args.n)]
    size = statistics.mean(len(body) for _, _, body in texts)
    print(f"Submitting {args.n} articles (average {size:,.0f} characters) …", file=sys.stderr)
    load_at_start = os.getloadavg()[0]
    started = time.monotonic()
    submit_cpu = time.process_time()
    worker_cpu = group_cpu_seconds(worker_groups)
    services_cpu = service_cpu_seconds()
    from django.conf import settings

    backends = BackendCpu(_with_path(os.environ["DATABASE_URL"], "/" + settings.DATABASES["default"]["NAME"]))
    if args.single:

        def submit_one(text):
            lang, title, body = text
            return article_submit(title=title, body=body, language=lang, origin=Article.Origin.API).article.pk

        if args.submitters > 1:
            from concurrent.futures import ThreadPoolExecutor

            from django.db import connection

            def submit_and_close(text):
                try:
                    return submit_one(text)
                finally:
                    if not connection.in_atomic_block:
                        connection.close_if_unusable_or_obsolete()

            with ThreadPoolExecutor(max_workers=args.submitters) as pool:
                ids = list(pool.map(submit_and_close, texts))
        else:
            ids = [submit_one(text) for text in texts]
    else:
        items = [{"title": title, "body": body, "language": lang} for lang, title, body in texts]
        results = articles_submit_many(items, origin=Article.Origin.BULK, chunk_size=args.chunk)
        ids = [result.article.pk for result in results]
    submitted = time.monotonic() - started
    submit_cpu = time.process_time() - submit_cpu
    if not wait_done(ids, args.timeout):
        left = Article.objects.filter(pk__in=ids).exclude(status=Article.Status.DONE).count()
        print(f"Timed out with {left} articles not done.", file=sys.stderr)
        return 2
    # The CPU counts once the broker is empty too: tasks of articles another task took along
    # still arrive after the last article is done (and find it done).
    drained_after = wait_broker_empty(args.timeout) - started
    worker_cpu = group_cpu_seconds(worker_groups) - worker_cpu
    backend_cpu = backends.stop()
    services_cpu = {name: used - services_cpu[name] for name, used in service_cpu_seconds().items()}
    rows = list(Article.objects.filter(pk__in=ids).values_list("created_at", "extracted_at"))
    first = min(created for created, _ in rows)
    last = max(done for _, done in rows)
    elapsed = (last - first).total_seconds()
    latencies = [(done - created).total_seconds() for created, done in rows]
    from tracker.claims.models import Claim

    claims = Claim.objects.filter(article_id__in=ids).count()
    rate = args.n / elapsed
    print(f"articles            {args.n} ({claims} claims, {claims / args.n:.1f} per article)")
    path = (
        f"single (article_submit, one task per article, {args.submitters} submitting threads)"
        if args.single
        else f"bulk (articles_submit_many, one task per {args.chunk} articles)"
    )
    print(f"path                {path}")
    print(f"workers             {args.workers} × concurrency {args.concurrency} ({args.pool} pool)")
    print(f"submission          {args.n / submitted:.1f} articles/s")
    print(f"end to end          {rate:.1f} articles/s  ({elapsed:.1f} s, first submitted → last done)")
    print(f"broker empty        {drained_after:.1f} s after the first submission (CPU counted until then)")
    print(
        f"submitted → done    p50 {percentile(latencies, 0.5):.3f} s, p95 {percentile(latencies, 0.95):.3f} s"
    )
    per_article = {
        "submission (this process)": submit_cpu,
        "workers (their processes)": worker_cpu,
        "PostgreSQL (this database's backends)": backend_cpu,
        "PostgreSQL (all server processes, shared)": services_cpu["postgres"],
        "Redis (whole server, shared)": services_cpu["redis-server"],
    }
    print("CPU per article")
    for component, seconds in per_article.items():
        print(f"  {component:44} {seconds / args.n * 1000:6.2f} ms")
    print(
        f"machine load        {load_at_start:.1f} at the start, {os.getloadavg()[0]:.1f} at the end "
        f"(1-minute load average on {os.cpu_count()} CPUs; wall figures need a quiet machine)"
    )
    bar = BAR["single" if args.single else "bulk"]
    pg_ms = backend_cpu / args.n * 1000
    print(f"bar                 {'PASS' if rate >= bar else 'FAIL'} (≥ {bar:.0f} articles/s)")
    verdict = "PASS" if pg_ms <= PG_BAR_MS else "FAIL"
    print(f"PostgreSQL bar      {verdict} (≤ {PG_BAR_MS:.0f} ms CPU an article)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
