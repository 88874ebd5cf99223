"""On PostgreSQL, per-source counts are kept by triggers: they must always equal a live count."""

import datetime

import pytest
from django.db import connection

from tests.factories import AttributionFactory, ClaimFactory, SourceFactory
from tracker.claims.models import Claim
from tracker.claims.services import claim_correct, claim_flag, claim_reject
from tracker.sources.models import Source
from tracker.sources.selectors import STATUSES, _kept_counts, _kept_months, _live_counts, source_list_page
from tracker.sources.services import source_merge

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="triggers exist on PostgreSQL only"),
]


def kept_and_live():
    fields = [*STATUSES, "latest_claim_at"]
    kept = {s.pk: tuple(getattr(s, f) for f in fields) for s in Source.objects.annotate(**_kept_counts())}
    live = {
        s.pk: tuple(getattr(s, f) or 0 if f != "latest_claim_at" else getattr(s, f) for f in fields)
        for s in Source.objects.annotate(**_live_counts())
    }
    return kept, live


def live_months(source):
    from django.db.models import Count, DateField
    from django.db.models.functions import Cast, Coalesce, TruncMonth

    when = Coalesce("period_start", "article__published", Cast("created_at", output_field=DateField()))
    rows = (
        Claim.objects.filter(attributions__source=source)
        .exclude(status="rejected")
        .annotate(month=TruncMonth(when, output_field=DateField()))
        .order_by()
        .values("month")
        .annotate(n=Count("pk"))
    )
    return {r["month"]: r["n"] for r in rows}


def assert_consistent(*sources):
    kept, live = kept_and_live()
    for pk, values in live.items():
        counts, latest = values[:-1], values[-1]
        assert kept[pk][:-1] == counts, pk
        if any(counts):
            # The latest claim's time only moves forward: deleting a claim leaves it be.
            assert kept[pk][-1] >= latest
    for source in sources:
        assert dict(_kept_months(source)) == live_months(source)


def test_triggers_follow_every_change(editor):
    kcna, cnn = SourceFactory(name="KCNA"), SourceFactory(name="CNN")
    duplicate = SourceFactory(name="Korean Central News Agency")
    claims = [ClaimFactory(period_start=datetime.date(2025, 1 + i % 3, 1)) for i in range(6)]
    for index, claim in enumerate(claims):
        AttributionFactory(claim=claim, source=kcna)
        AttributionFactory(claim=claim, source=duplicate if index % 2 else cnn, order=1, role="relay")
    assert_consistent(kcna, cnn, duplicate)

    claim_flag(claim=claims[0], user=editor, version=1, reason="outdated", note="old")
    claim_reject(claim=claims[1], user=editor, version=1, reason="not_a_claim")
    claim_correct(
        claim=claims[2],
        user=editor,
        version=1,
        value=claims[2].value,
        value_high=None,
        bound="exact",
        unit="soldier",
        kind="count",
        sources=["CNN"],
        period_start=datetime.date(2024, 6, 1),
        period_end=None,
        note="moved period, only CNN",
    )
    assert_consistent(kcna, cnn, duplicate)

    source_merge(source=duplicate, into=kcna, user=editor)
    assert_consistent(kcna, cnn, duplicate)

    Claim.objects.filter(pk=claims[3].pk).update(status="stale")
    claims[4].delete()
    assert_consistent(kcna, cnn, duplicate)


def test_the_sources_page_reads_the_same_counts(editor):
    kcna = SourceFactory(name="KCNA")
    for status, reason in [("pending", ""), ("approved", ""), ("flagged", "outdated")]:
        AttributionFactory(claim=ClaimFactory(status=status, reason=reason), source=kcna)
    row = next(s for s in source_list_page(number=1).items if s.pk == kcna.pk)
    assert (row.pending, row.approved, row.flagged, row.rejected) == (1, 1, 1, 0)
    assert row.latest_claim_at is not None


def test_folding_the_deltas_keeps_the_counts():
    kcna = SourceFactory(name="KCNA")
    for _ in range(5):
        AttributionFactory(claim=ClaimFactory(period_start=datetime.date(2025, 2, 1)), source=kcna)
    with connection.cursor() as cursor:
        cursor.execute("SELECT sources_claimstats_compact(%s)", [kcna.pk])
        cursor.execute(
            "SELECT count(*), sum(pending) FROM sources_claimstats WHERE source_id = %s", [kcna.pk]
        )
        assert cursor.fetchone() == (1, 5)
    assert_consistent(kcna)


@pytest.mark.django_db(transaction=True)
def test_two_writers_naming_the_same_sources_in_opposite_orders_do_not_block_each_other():
    import threading
    import time

    from django.apps import apps
    from django.db import connections, transaction

    from tracker.accounts.roles import sync_roles
    from tracker.claims.models import Attribution

    sync_roles(apps)  # the flush of a transactional test removes the roles' groups
    first, second = SourceFactory(name="KCNA"), SourceFactory(name="CNN")
    claims = [ClaimFactory(), ClaimFactory()]
    barrier, errors = threading.Barrier(2), []

    def store(claim, sources):
        try:
            with transaction.atomic():
                for order, source in enumerate(sources):
                    Attribution.objects.create(claim=claim, source=source, order=order)
                    barrier.wait(timeout=5)  # both hold their first source before the second
        except Exception as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=store, args=(claims[0], [first, second])),
        threading.Thread(target=store, args=(claims[1], [second, first])),
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert time.monotonic() - started < 2
    assert_consistent(first, second)


def test_many_attributions_in_one_statement_are_counted_once_each():
    """Extraction stores a claim's attributions in one multi-row INSERT (statement-level trigger)."""
    from tracker.claims.models import Attribution
    from tracker.claims.storage import insert_with_history

    kcna, cnn = SourceFactory(name="KCNA"), SourceFactory(name="CNN")
    claims = [ClaimFactory(period_start=datetime.date(2025, 1 + i % 2, 1)) for i in range(4)]
    claims.append(ClaimFactory(status="rejected", reason="not_a_claim"))
    rows = [
        {"claim_id": claim.pk, "source_id": source.pk, "order": order, "role": "origin"}
        for claim in claims
        for order, source in enumerate([kcna, cnn, kcna])
    ]
    insert_with_history(Attribution, rows, reason="test")
    assert_consistent(kcna, cnn)
    row = next(s for s in source_list_page(number=1).items if s.pk == kcna.pk)
    assert (row.pending, row.rejected) == (8, 2)

    Attribution.objects.filter(claim__in=claims[:2]).delete()  # one DELETE statement
    assert_consistent(kcna, cnn)
