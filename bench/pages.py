"""Server time of the newsroom pages at a million claims, on PostgreSQL.

    .venv/bin/python bench/pages.py [--claims 1000000] [--database tracker_pages_bench] [--refill]
        [--runs 30] [--server postgres://postgres@127.0.0.1:5432/postgres]

Creates (once) a database of its own (`--database`, default `tracker_pages_bench`), migrates
it and fills it with COPY: 2,000 sources, one article for every ten claims (100,000 articles
and 1,000,000 claims by default; `--claims 10000000` for ten million) and about 1.3
attributions a claim; every fifth article is English. It prints the fill time and the
database's size per claim. Popularity is skewed as in the news: twenty sources (KCNA first) share a fifth
of the attributions, the other 1,980 the rest. A later run finds the counts right and skips
the fill; `--refill` starts over.

Then it asks the pages in-process through Django's test client, logged in as an editor,
after a warm-up, and prints median and p95 milliseconds and the number of queries per page
(the searches included: common, rare, stemmed, phrase, exclusion, OR), then EXPLAIN (ANALYZE,
BUFFERS) of each search's main query, whose buffers and rows do not depend on the machine's
load. The bar is 50 ms median.
The tracked-figure pages get a figure of their own: a typical one (60 claims from six
sources, with conflicts, revisions and repeats) and one at the page's cap of 1,000 claims; the
editor follows it and has 500 notifications; a claim has suggested figures.

`--claims N` (or `--articles N`, ten claims each) with `--database NAME` fills a database of
another size, e.g. a small one to try the benchmark quickly; the bar is about the full size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BENCH_DB = "tracker_pages_bench"  # --database
SOURCES, ARTICLES, CLAIMS_PER_ARTICLE = 2_000, 100_000, 10  # --claims sets ARTICLES
CLAIMS = ARTICLES * CLAIMS_PER_ARTICLE
SEED = 20251125
CUES = {False: ("nach", "laut"), True: ("according to", "via")}  # (first, relay) by English
HEAVY_SOURCES = 20  # share HEAVY_SHARE of all attributions between them
HEAVY_SHARE = 0.2
BAR_MS = 50.0

KINDS = [
    "state_media",
    "news_outlet",
    "news_agency",
    "intelligence",
    "government",
    "military",
    "expert",
    "organisation",
    "person",
    "other",
]
HEAVY_NAMES = [
    "KCNA",
    "CNN",
    "Reuters",
    "AP",
    "AFP",
    "dpa",
    "BBC",
    "Ukrainian intelligence",
    "US officials",
    "Pentagon",
    "Kremlin",
    "NATO",
    "UN",
    "Yonhap",
    "TASS",
    "ISW",
    "Red Cross",
    "WHO",
    "Bundeswehr",
    "South Korean military",
]
UNITS = [
    ("soldier", "Soldaten"),
    ("casualty", "Opfer"),
    ("person", "Menschen"),
    ("euro", "Euro"),
    ("percent", "Prozent"),
    ("killed", "Tote"),
]
UNITS_EN = ["soldiers", "casualties", "people", "euros", "percent", "killed"]
RARE_UNIT, RARE_SHARE, RARE_DE, RARE_EN = -1, 1 / 2000, "Panzerhaubitzen", "howitzers"
STATUSES = ["pending"] * 60 + ["approved"] * 25 + ["flagged"] * 10 + ["rejected"] * 5
START = dt.datetime(2023, 1, 1, tzinfo=dt.UTC)
SPAN = dt.timedelta(days=3 * 365)


def load() -> str:
    return " ".join(f"{n:.2f}" for n in os.getloadavg())


def figure_setup(user) -> dict:
    """Tracked figures, suggestions and notifications for the new pages (idempotent).

    A typical figure: 60 claims of six heavy sources, values moving over a year (so there are
    conflicts, revisions and repeats); a big one at FIGURE_CLAIMS_CAP claims. The editor
    follows the typical figure and has 500 notifications; one pending claim has suggestions.
    """
    from decimal import Decimal

    from tracker.claims.figure_selectors import FIGURE_CLAIMS_CAP
    from tracker.claims.models import Claim, Figure, FigureSuggestion
    from tracker.follows.models import FigureEvent, Follow, Notification
    from tracker.sources.models import Source

    rng = random.Random(16)
    typical, _ = Figure.objects.get_or_create(name="Bench: troops in Russia", defaults={"unit": "soldier"})
    big, _ = Figure.objects.get_or_create(name="Bench: every soldier claim", defaults={"unit": "soldier"})
    if not typical.claims.exists():
        heavy = list(Source.objects.filter(name__in=HEAVY_NAMES[:6]).values_list("pk", flat=True))
        picked = []
        for source_id in heavy:
            picked += list(
                Claim.objects.filter(attributions__source_id=source_id, attributions__order=0)
                .order_by("pk")
                .values_list("pk", flat=True)[:10]
            )
        for n, pk in enumerate(picked):
            day = dt.date(2025, 1, 1) + dt.timedelta(days=6 * n)
            Claim.objects.filter(pk=pk).update(
                figure=typical,
                unit="soldier",
                value=Decimal(10000 + 500 * (n % 10) + rng.choice([0, 0, 2000, 4000])),
                value_high=None,
                period_start=day,
                period_end=day,
            )
    if not big.claims.exists():
        ids = list(
            Claim.objects.filter(figure__isnull=True, unit="soldier")
            .order_by("-pk")
            .values_list("pk", flat=True)[:FIGURE_CLAIMS_CAP]
        )
        Claim.objects.filter(pk__in=ids).update(figure=big)
    Follow.objects.get_or_create(user=user, figure=typical)
    events = FigureEvent.objects.filter(figure=typical)
    if events.count() < 500:
        made = FigureEvent.objects.bulk_create(
            FigureEvent(figure=typical, kind="revision", message=f"Bench event {n}") for n in range(500)
        )
        Notification.objects.bulk_create(Notification(user=user, event=event) for event in made)
    suggested = Claim.objects.filter(status="pending", figure__isnull=True).order_by("pk").first()
    for figure in (typical, big):
        FigureSuggestion.objects.get_or_create(
            claim=suggested, figure=figure, defaults={"score": 0.8, "reasons": ["same unit (soldier)"]}
        )
    return {"typical": typical, "big": big, "suggested": suggested}


def query_count(client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries)


def server_url(base: str, database: str) -> str:
    parts = urlsplit(base)
    return urlunsplit((parts.scheme, parts.netloc, "/" + database, parts.query, ""))


def ensure_database(base: str) -> None:
    import psycopg

    with psycopg.connect(server_url(base, "postgres"), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [BENCH_DB]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{BENCH_DB}"')
            print(f"created database {BENCH_DB}")


def setup_django(base: str) -> None:
    os.environ["DATABASE_URL"] = server_url(base, BENCH_DB)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    os.environ.setdefault("CONN_MAX_AGE", "600")
    import django

    django.setup()
    from django.conf import settings

    # Measure like production: no query log, and let the test client's host in.
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]


def counts() -> tuple[int, int, int]:
    from django.db import connection

    with connection.cursor() as cursor:
        result = []
        for table in ("sources_source", "articles_article", "claims_claim"):
            cursor.execute(f"SELECT count(*) FROM {table}")
            result.append(cursor.fetchone()[0])
    return tuple(result)


def columns_with_defaults(model, given: dict) -> tuple[list[str], dict]:
    """All concrete columns of `model`: the ones given, and model defaults for the rest (so a
    field added later with a default does not break the fill)."""
    names, defaults = [], {}
    for field in model._meta.concrete_fields:
        names.append(field.column)
        if field.column not in given:
            # the model's default; "" for text without one (Django writes that, not NULL)
            defaults[field.column] = field.get_default()
    return names, defaults


def copy_rows(cursor, model, columns: list[str], defaults: dict, rows) -> int:
    table = model._meta.db_table
    quoted = ", ".join(f'"{c}"' for c in columns)
    written = 0
    with cursor.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([row[c] if c in row else defaults[c] for c in columns])
            written += 1
    return written


def has_claim_stats(cursor) -> bool:
    cursor.execute("SELECT to_regproc('sources_claimstats_rebuild') IS NOT NULL")
    return cursor.fetchone()[0]


def article_plan(a: int, source_names: list[str]):
    """Article `a` (from 1): its creation time, language, body and claims, drawn from a random
    generator of its own, so that each table's pass regenerates the same article without
    keeping ten million claims in memory. Every fifth article is English; one claim in 2,000
    counts howitzers (the rare word of the searches)."""
    rng = random.Random(SEED * 1_000_003 + a)
    created = START + SPAN * ((a - 1) / ARTICLES)
    english = plan_english(a)

    def pick_source() -> int:
        if rng.random() < HEAVY_SHARE:
            return rng.randrange(HEAVY_SOURCES) + 1
        return rng.randrange(HEAVY_SOURCES, SOURCES) + 1

    parts, plan, offset = [], [], 0
    for _ in range(CLAIMS_PER_ARTICLE):
        chain = [pick_source()]
        if rng.random() < 0.3:
            chain.append(pick_source())
        number = rng.randrange(1, 60) * 500
        unit = RARE_UNIT if rng.random() < RARE_SHARE else rng.randrange(len(UNITS))
        region = rng.randrange(1000)
        if english:
            names = " via ".join(source_names[s - 1] for s in chain)
            lead, figure, hedge, link = "According to ", f"{number:,}", "about", " via "
            noun = UNITS_EN[unit] if unit != RARE_UNIT else RARE_EN
            sentence = f"{lead}{names}, there were {hedge} {figure} {noun} in region {region}. "
        else:
            names = " laut ".join(source_names[s - 1] for s in chain)
            lead, figure, hedge, link = "Nach Angaben von ", f"{number:,}".replace(",", "."), "etwa", " laut "
            noun = UNITS[unit][1] if unit != RARE_UNIT else RARE_DE
            sentence = f"{lead}{names} waren es {hedge} {figure} {noun} in Region {region}. "
        claim_start = offset + sentence.index(f"{hedge} ")
        claim_end = claim_start + len(f"{hedge} {figure} {noun}")
        mentions, cursor_at = [], offset + len(lead)
        for s in chain:
            name = source_names[s - 1]
            mentions.append((s, cursor_at, cursor_at + len(name), name))
            cursor_at += len(name) + len(link)
        plan.append(
            (mentions, number, unit, noun, offset, offset + len(sentence) - 1, claim_start, claim_end)
        )
        parts.append(sentence)
        offset += len(sentence)
    return created, ("en" if english else "de"), "".join(parts).rstrip(), plan, rng


def fill() -> None:
    from django.db import connection, transaction

    from tracker.articles.models import Article
    from tracker.claims.models import Attribution, Claim
    from tracker.sources.models import Source

    started = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE claims_attribution, claims_historicalattribution, claims_claim, "
            "claims_historicalclaim, claims_quote_via, claims_quote, articles_article, "
            "articles_historicalarticle, sources_sourcealias, sources_historicalsourcealias, "
            "sources_source, sources_historicalsource RESTART IDENTITY CASCADE"
        )
        raw = cursor.cursor  # psycopg cursor for COPY
        # Bulk load: every trigger is off (the per-source counts of sources/0002 are rebuilt
        # once at the end; foreign keys are not checked row by row: the generator keeps them)
        # except the full-text search's (claims/0003), which fill the search columns as the
        # rows arrive; secondary indexes are dropped and built again afterwards, which is
        # several times faster than keeping them up to date row by row.
        tables = ("articles_article", "claims_claim", "claims_attribution")
        for table in tables:
            cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER ALL")
        cursor.execute(
            "SELECT tgrelid::regclass::text, tgname FROM pg_trigger "
            "WHERE tgname IN ('claims_claim_search', 'articles_article_search')"
        )
        for table, trigger in cursor.fetchall():
            cursor.execute(f"ALTER TABLE {table} ENABLE TRIGGER {trigger}")
        cursor.execute(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
            "WHERE i.indrelid::regclass::text = ANY(%s) AND NOT i.indisprimary AND NOT i.indisunique "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)",
            [list(tables)],
        )
        indexes = cursor.fetchall()
        for name, _definition in indexes:
            cursor.execute(f"DROP INDEX {name}")

        now = START
        source_names = HEAVY_NAMES + [f"Source {n:04}" for n in range(SOURCES - len(HEAVY_NAMES))]
        source_rows = [
            {
                "id": i + 1,
                "name": name,
                "kind": KINDS[i % len(KINDS)],
                "country": "",
                "description": "",
                "verified": i < 500,
                "merged_into_id": None,
                "created_at": now,
                "updated_at": now,
            }
            for i, name in enumerate(source_names)
        ]
        columns, defaults = columns_with_defaults(Source, source_rows[0])
        copy_rows(raw, Source, columns, defaults, source_rows)
        print(f"  sources: {len(source_rows)}", flush=True)

        def article_rows():
            for a in range(1, ARTICLES + 1):
                created, language, body, _plan, _rng = article_plan(a, source_names)
                yield {
                    "id": a,
                    "title": f"Bench article {a}",
                    "body": body,
                    "language": language,
                    "url": None,
                    "content_hash": hashlib.sha256(f"{a}:{body}".encode()).hexdigest(),
                    "publisher": "Bench Zeitung",
                    "published": created.date(),
                    "origin": "demo",
                    "feed_id": None,
                    "feed_entry_id": "",
                    "status": "done",
                    "status_changed_at": created,
                    "error": "",
                    "attempts": 1,
                    "extractor_version": "bench",
                    "extracted_at": created,
                    "added_by_id": None,
                    "created_at": created,
                    "updated_at": created,
                }

        first = next(article_rows())
        columns, defaults = columns_with_defaults(Article, first)
        copy_rows(raw, Article, columns, defaults, article_rows())
        print(f"  articles: {ARTICLES:,} ({time.perf_counter() - started:.0f} s)", flush=True)

        def claim_rows():
            claim_id = 0
            for a in range(1, ARTICLES + 1):
                created, _language, body, plan, rng = article_plan(a, source_names)
                for index, (_m, number, unit, noun, s_start, s_end, c_start, c_end) in enumerate(plan):
                    claim_id += 1
                    status = STATUSES[claim_id % len(STATUSES)]
                    period = (created - dt.timedelta(days=rng.randrange(60))).date()
                    unit_name = UNITS[unit][0] if unit != RARE_UNIT else "howitzer"
                    yield {
                        "id": claim_id,
                        "article_id": a,
                        "start": c_start,
                        "end": c_end,
                        "text": body[c_start:c_end],
                        "sentence_start": s_start,
                        "sentence_end": s_end,
                        "kind": "percent" if unit_name == "percent" else "count",
                        "value": number,
                        "value_high": None,
                        "approximate": True,
                        "bound": "about",
                        "unit": unit_name,
                        "subject": noun,
                        "modality": "reported",
                        "period_start": period,
                        "period_end": period,
                        "period_text": "",
                        "status": status,
                        "reason": "figure_disputed" if status in ("flagged", "rejected") else "",
                        "note": "",
                        "version": 1,
                        "fingerprint": f"bench-{index}",
                        "origin": "extracted",
                        "extractor_version": "bench",
                        "figure_id": None,
                        "reviewed_by_id": None,
                        "reviewed_at": None,
                        "created_at": created + dt.timedelta(seconds=index),
                        "updated_at": created,
                    }

        first = next(claim_rows())
        columns, defaults = columns_with_defaults(Claim, first)
        copy_rows(raw, Claim, columns, defaults, claim_rows())
        print(f"  claims: {CLAIMS:,} ({time.perf_counter() - started:.0f} s)", flush=True)

        def attribution_rows():
            attribution_id, claim_id = 0, 0
            for a in range(1, ARTICLES + 1):
                _created, _language, _body, plan, _rng = article_plan(a, source_names)
                for mentions, *_rest in plan:
                    claim_id += 1
                    for order, (source_id, m_start, m_end, name) in enumerate(mentions):
                        attribution_id += 1
                        yield {
                            "id": attribution_id,
                            "claim_id": claim_id,
                            "source_id": source_id,
                            "start": m_start,
                            "end": m_end,
                            "text": name,
                            "cue": CUES[plan_english(a)][bool(order)],
                            "role": "relay" if order else "origin",
                            "order": order,
                        }

        first = next(attribution_rows())
        columns, defaults = columns_with_defaults(Attribution, first)
        written = copy_rows(raw, Attribution, columns, defaults, attribution_rows())
        print(f"  attributions: {written:,} ({time.perf_counter() - started:.0f} s)", flush=True)

        cursor.execute("SET maintenance_work_mem = '512MB'")
        for _name, definition in indexes:
            cursor.execute(definition)
        print(f"  {len(indexes)} indexes built ({time.perf_counter() - started:.0f} s)", flush=True)
        for table in tables:
            cursor.execute(f"ALTER TABLE {table} ENABLE TRIGGER ALL")
        if has_claim_stats(cursor):
            cursor.execute("SELECT sources_claimstats_rebuild()")
            print(f"  per-source counts rebuilt ({time.perf_counter() - started:.0f} s)", flush=True)
        for table in ("sources_source", "articles_article", "claims_claim", "claims_attribution"):
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
            )
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    elapsed = time.perf_counter() - started
    print(f"filled in {elapsed:.0f} s ({CLAIMS / elapsed:,.0f} claims/s), load average {load()}", flush=True)


def plan_english(a: int) -> bool:
    return a % 5 == 0


def editor_client():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client

    user, _ = get_user_model().objects.get_or_create(username="bench-editor")
    user.groups.add(Group.objects.get(name="editor"))
    client = Client()
    client.force_login(user)
    return client


def backend_cpu_ns() -> int:
    """CPU nanoseconds used so far by this connection's PostgreSQL backend (/proc/PID/schedstat:
    the server runs on this machine)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])
    except OSError:
        return 0


def measure(client, url: str, runs: int) -> tuple[float, float, float, float]:
    """Median and p95 wall-clock ms of a request, the median CPU ms of this process (the
    Django side) and of the PostgreSQL backend serving it: their sum is what the request costs
    whatever the machine's load (disk waits aside), the wall time is not."""
    times, cpu, db_cpu = [], [], []
    for _ in range(runs):
        db_before = backend_cpu_ns()
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
        db_cpu.append((backend_cpu_ns() - db_before) / 1e6)
        assert response.status_code == 200
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * len(times)) - 1)]
    return statistics.median(times), p95, statistics.median(cpu), statistics.median(db_cpu)


def explain(label: str, queryset) -> None:
    """EXPLAIN (ANALYZE, BUFFERS) of a page's main query: its buffers and rows do not depend
    on the machine's load."""
    plan = queryset.explain(analyze=True, buffers=True)
    lines = plan.splitlines()
    buffers = next((line.strip() for line in lines if "Buffers:" in line), "Buffers: -")
    execution = next((line.strip() for line in lines if line.startswith("Execution Time")), "")
    print(f"  {label:46} {lines[0].strip()[:90]}")
    print(f"  {'':46} {buffers}; {execution}")


def main() -> int:
    global ARTICLES, CLAIMS, BENCH_DB
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--server",
        default=os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"),
    )
    parser.add_argument("--database", default=os.environ.get("BENCH_DATABASE_NAME", BENCH_DB))
    parser.add_argument("--claims", type=int, default=CLAIMS, help="claims to fill (ten per article)")
    parser.add_argument("--refill", action="store_true", help="drop the data and fill again")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--articles", type=int, default=0, help="instead of --claims")
    parser.add_argument(
        "--only", default="", help="time only the pages whose label contains this (e.g. 'search')"
    )
    args = parser.parse_args()
    BENCH_DB = args.database
    claims = args.articles * CLAIMS_PER_ARTICLE if args.articles else args.claims
    ARTICLES = max(1, claims // CLAIMS_PER_ARTICLE)
    CLAIMS = ARTICLES * CLAIMS_PER_ARTICLE

    ensure_database(args.server)
    setup_django(args.server)
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    have = counts()
    if args.refill or have[0] != SOURCES or have[1] != ARTICLES or have[2] != CLAIMS:
        print(f"filling {BENCH_DB} (had sources/articles/claims {have}), load average {load()}", flush=True)
        fill()
    else:
        print(f"{BENCH_DB} already filled: sources/articles/claims {have}")

    from django.db import connection
    from django.urls import reverse

    from tracker.claims.filters import ClaimFilter
    from tracker.claims.models import Attribution, Claim
    from tracker.claims.selectors import claim_rows_queryset
    from tracker.sources.models import Source

    kcna = Source.objects.get(name="KCNA")
    typical = Source.objects.get(name="Source 1000")
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM claims_attribution")
        attributions = cursor.fetchone()[0]
        cursor.execute("SELECT pg_database_size(current_database())")
        size = cursor.fetchone()[0]
    middle = (
        Claim.objects.filter(status="pending", pk__gte=CLAIMS // 2)
        .order_by("pk")
        .values_list("pk", flat=True)
        .first()
    )
    print(
        f"data: {Source.objects.count():,} sources, {ARTICLES:,} articles, {CLAIMS:,} claims, "
        f"{attributions:,} attributions; KCNA has {Attribution.objects.filter(source=kcna).count():,}, "
        f"'Source 1000' {Attribution.objects.filter(source=typical).count():,}; database "
        f"{size / 2**30:.2f} GiB, {size / CLAIMS:,.0f} bytes per claim (articles and attributions included)"
    )
    client = editor_client()
    from django.contrib.auth import get_user_model

    from tracker.claims.suggestions import figure_profiles

    bench = figure_setup(get_user_model().objects.get(username="bench-editor"))
    started = time.perf_counter()
    profiles = figure_profiles()
    took = (time.perf_counter() - started) * 1000
    print(f"figure profiles for suggestions: {len(profiles)} figures in {took:.1f} ms")
    claims_url, sources_url = reverse("claims:list"), reverse("sources:list")
    review_url, articles_url = reverse("claims:review"), reverse("articles:list")
    searches = [
        ("search a common word (1 claim in 7)", "Prozent"),
        ("search a German stemmed word (Soldat)", "Soldat"),
        ("search an English stemmed word (soldier)", "soldier"),
        ("search a rare word (1 in 2,000)", "Panzerhaubitze"),
        ("search a word nowhere", "Xylophon"),
        ("search a phrase", '"etwa 500 Menschen"'),
        ("search with an exclusion", "Menschen -500"),
        ("search either of two words", "Panzerhaubitzen OR howitzers"),
    ]
    # (label, url, held to the 50 ms bar)
    pages = [
        ("claims list, filtered by source (typical)", f"{claims_url}?source={typical.pk}", True),
        ("claims list, filtered by source (KCNA)", f"{claims_url}?source={kcna.pk}", True),
        ("sources list", sources_url, True),
        ("source page (typical)", reverse("sources:detail", args=[typical.pk]), True),
        ("source page (KCNA)", reverse("sources:detail", args=[kcna.pk]), True),
        ("review queue", review_url, True),
        ("review queue, mid-queue", f"{review_url}?at={middle}", True),
        ("figure page (60 claims, 6 sources)", reverse("claims:figure", args=[bench["typical"].pk]), True),
        (
            "claim page with its suggested figures",
            reverse("claims:detail", args=[bench["suggested"].pk]),
            True,
        ),
        ("notification count (500 unread)", reverse("follows:count"), True),
        ("notifications list", reverse("follows:notifications"), True),
        ("figure Atom feed", reverse("follows:figure_feed", args=[bench["typical"].pk]), True),
        ("API figure (60 claims)", f"/api/figures/{bench['typical'].pk}/", True),
        ("figure page (1,000 claims, the cap)", reverse("claims:figure", args=[bench["big"].pk]), False),
        ("claims list, unfiltered", claims_url, True),
        ("sources list, page 20", f"{sources_url}?page=20", True),
        *((f"claims list, {label}", f"{claims_url}?{urlencode({'q': q})}", True) for label, q in searches),
        ("claims list, common word, page 20", f"{claims_url}?q=Prozent&page=20", True),
        ("claims list, common word + source KCNA", f"{claims_url}?q=Prozent&source={kcna.pk}", True),
        ("articles list, search a common word", f"{articles_url}?q=Prozent", True),
        ("articles list, search a rare word", f"{articles_url}?q=Panzerhaubitze", True),
    ]
    pages = [page for page in pages if args.only in page[0]]
    print(f"\nload average {load()} on {os.cpu_count()} CPUs; {args.runs} runs a page, 5 warm-up rounds")
    print("(cpu ms: this process, Django; db cpu ms: its PostgreSQL backend; both medians)")
    print(f"{'page':56} {'median ms':>10} {'p95 ms':>8} {'cpu ms':>7} {'db cpu ms':>9} {'queries':>7}")
    # Warm up every page first (templates compiled, code paths imported, caches filled).
    for _ in range(5):
        for _label, url, _held in pages:
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
    failed = False
    for label, url, held in pages:
        median, p95, cpu, db_cpu = measure(client, url, args.runs)
        queries = query_count(client, url)
        mark = "" if median <= BAR_MS else ("  > 50 ms!" if held else "  (not held to the bar)")
        failed |= held and median > BAR_MS
        print(f"{label:56} {median:10.1f} {p95:8.1f} {cpu:7.1f} {db_cpu:9.1f} {queries:7}{mark}", flush=True)
    print(f"load average {load()}")
    print("\nThe searches' main query (the page of 51 rows, or its ids*), EXPLAIN (ANALYZE, BUFFERS):")
    for label, q in searches:
        claim_filter = ClaimFilter({"q": q}, queryset=claim_rows_queryset())
        claims = claim_filter.qs
        if claim_filter.search.ids_first:
            # Few matches, through the index: the list reads the page's ids first and joins
            # the articles of those alone.
            explain(label + "*", claims.values_list("pk", flat=True)[:51])
        else:
            explain(label, claims[:51])
    explain_source_totals(kcna, typical)
    return 1 if failed else 0


def explain_source_totals(kcna, typical) -> None:
    """EXPLAIN (ANALYZE, BUFFERS) of the queries of a source's claims list total."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tracker.claims.filters import ClaimFilter
    from tracker.claims.selectors import claim_rows_queryset
    from tracker.claims.views import lists

    if not hasattr(lists, "source_total"):
        return
    print("\nA source's claims list total, each query's EXPLAIN (ANALYZE, BUFFERS):")
    for label, query in [
        ("KCNA", {"source": kcna.pk}),
        ("typical source", {"source": typical.pk}),
        ("KCNA + common word", {"source": kcna.pk, "q": "Prozent"}),
        ("typical source + common word", {"source": typical.pk, "q": "Prozent"}),
    ]:
        claim_filter = ClaimFilter(query, queryset=claim_rows_queryset())
        claim_filter.qs  # noqa: B018 - cleans the filter's form
        with CaptureQueriesContext(connection) as captured:
            total = lists.source_total(claim_filter)
        for number, executed in enumerate(captured.captured_queries, 1):
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + executed["sql"])
                lines = [row[0] for row in cursor.fetchall()]
            buffers = next((line.strip() for line in lines if "Buffers:" in line), "Buffers: -")
            execution = next((line.strip() for line in lines if line.startswith("Execution Time")), "")
            print(f"  {label + f' ({total}), query {number}':46} {buffers}; {execution}")


if __name__ == "__main__":
    sys.exit(main())
