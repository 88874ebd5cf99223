"""Review services: history with user and reason, optimistic locking, permissions."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.claims.scenario import hostile_article, range_claim
from tests.factories import ArticleFactory, ClaimFactory, SourceFactory
from tracker.claims.models import Claim
from tracker.claims.services import (
    ConflictError,
    claim_add,
    claim_approve,
    claim_correct,
    claim_flag,
    claim_reject,
    claims_bulk_approve,
    claims_bulk_flag,
    sentence_bounds,
)

pytestmark = pytest.mark.django_db


def latest(claim):
    return claim.history.order_by("-history_date", "-history_id").first()


def test_approving_records_user_and_reason(editor):
    claim = ClaimFactory()
    claim = claim_approve(claim=claim, user=editor, version=1)
    claim.refresh_from_db()
    assert claim.status == Claim.Status.APPROVED
    assert claim.version == 2
    assert claim.reviewed_by == editor
    record = latest(claim)
    assert record.history_user == editor
    assert record.history_change_reason == "Approved"
    assert record.version == 2


def test_flagging_needs_a_reason_and_a_note(editor):
    claim = ClaimFactory()
    with pytest.raises(ValidationError):
        claim_flag(claim=claim, user=editor, version=1, reason="figure_disputed", note=" ")
    with pytest.raises(ValidationError):
        claim_flag(claim=claim, user=editor, version=1, reason="nonsense", note="why")
    claim.refresh_from_db()
    assert claim.status == Claim.Status.PENDING and claim.version == 1


def test_flagging_keeps_reason_and_note_in_history(editor):
    claim = claim_flag(
        claim=ClaimFactory(),
        user=editor,
        version=1,
        reason="figure_disputed",
        note="Other outlets say 10,000.",
    )
    assert claim.status == Claim.Status.FLAGGED
    assert claim.reason == "figure_disputed"
    record = latest(claim)
    assert record.history_user == editor
    assert "Figure disputed" in record.history_change_reason
    assert "10,000" in record.history_change_reason
    assert record.note == "Other outlets say 10,000."


def test_rejecting_keeps_the_claim_and_its_history(editor):
    claim = claim_reject(claim=ClaimFactory(), user=editor, version=1, reason="not_a_claim", note="a date")
    assert Claim.objects.filter(pk=claim.pk, status="rejected").exists()
    assert latest(claim).history_change_reason.startswith("Rejected (Not a claim)")
    assert claim.history.count() == 2


def test_correcting_changes_figures_and_chain_but_never_the_text(editor):
    article, claim = hostile_article()
    text, start, end, body = claim.text, claim.start, claim.end, article.body
    claim = claim_correct(
        claim=claim,
        user=editor,
        version=1,
        value=Decimal(11000),
        value_high=Decimal(13000),
        bound="about",
        unit="soldier",
        kind="count",
        sources=["US officials", "CNN", "Brand new source"],
        period_start=None,
        period_end=None,
        note="The article gives a range elsewhere.",
    )
    claim.refresh_from_db()
    article.refresh_from_db()
    assert (claim.value, claim.value_high) == (Decimal(11000), Decimal(13000))
    assert (claim.text, claim.start, claim.end, article.body) == (text, start, end, body)
    chain = list(claim.attributions.order_by("order").values_list("source__name", "role"))
    assert chain == [("US officials", "origin"), ("CNN", "relay"), ("Brand new source", "relay")]
    assert claim.status == Claim.Status.APPROVED
    record = latest(claim)
    assert record.history_user == editor
    assert record.history_change_reason == "Corrected: The article gives a range elsewhere."
    changed = {c.field for c in record.diff_against(record.prev_record).changes}
    assert {"value", "value_high"} <= changed


def test_correcting_reorders_an_existing_chain(editor):
    article, _ = hostile_article()
    claim = range_claim(article)
    claim_correct(
        claim=claim,
        user=editor,
        version=1,
        value=claim.value,
        value_high=claim.value_high,
        bound=claim.bound,
        unit=claim.unit,
        kind=claim.kind,
        sources=["CNN", "US officials"],
        period_start=None,
        period_end=None,
        note="CNN is the origin here.",
    )
    assert list(claim.attributions.order_by("order").values_list("source__name", flat=True)) == [
        "CNN",
        "US officials",
    ]


def test_correcting_needs_a_note(editor):
    claim = ClaimFactory()
    with pytest.raises(ValidationError):
        claim_correct(
            claim=claim,
            user=editor,
            version=1,
            value=Decimal(1),
            value_high=None,
            bound="exact",
            unit="",
            kind="count",
            sources=None,
            period_start=None,
            period_end=None,
            note="",
        )


def test_a_stale_version_is_a_conflict_and_changes_nothing(editor, second_editor):
    claim = ClaimFactory()
    stale_copy = Claim.objects.get(pk=claim.pk)
    claim_approve(claim=claim, user=editor, version=1)
    with pytest.raises(ConflictError) as caught:
        claim_flag(claim=stale_copy, user=second_editor, version=1, reason="outdated", note="old")
    assert caught.value.claim.version == 2
    claim.refresh_from_db()
    assert claim.status == Claim.Status.APPROVED and claim.reason == "" and claim.version == 2
    assert claim.history.count() == 2


def test_journalists_cannot_review(journalist):
    claim = ClaimFactory()
    with pytest.raises(PermissionDenied):
        claim_approve(claim=claim, user=journalist, version=1)
    with pytest.raises(PermissionDenied):
        claims_bulk_approve(items=[(claim.pk, 1)], user=journalist)


def test_bulk_approval_skips_stale_claims(editor):
    fresh, stale = ClaimFactory(), ClaimFactory()
    claim_approve(claim=stale, user=editor, version=1)
    result = claims_bulk_approve(items=[(fresh.pk, 1), (stale.pk, 1)], user=editor)
    assert [c.pk for c in result.done] == [fresh.pk]
    assert [c.pk for c in result.conflicts] == [stale.pk]


def test_bulk_flag_flags_each_with_history(editor):
    claims = [ClaimFactory(), ClaimFactory()]
    result = claims_bulk_flag(
        items=[(c.pk, c.version) for c in claims], user=editor, reason="source_unclear", note="who?"
    )
    assert len(result.done) == 2
    for claim in claims:
        assert latest(claim).history_user == editor
        assert Claim.objects.get(pk=claim.pk).status == Claim.Status.FLAGGED


def test_adding_a_claim_by_hand_marks_it_manual(editor):
    article = ArticleFactory(body="Erste Zeile. Es kamen 300 Menschen laut Polizei. Ende.")
    start = article.body.find("300 Menschen")
    SourceFactory(name="Polizei", kind="government")
    claim = claim_add(
        article=article,
        start=start,
        end=start + len("300 Menschen"),
        user=editor,
        value=Decimal(300),
        unit="person",
        sources=["polizei"],
        note="missed",
    )
    assert claim.origin == Claim.Origin.MANUAL
    assert claim.text == "300 Menschen"
    assert article.body[claim.sentence_start : claim.sentence_end] == "Es kamen 300 Menschen laut Polizei."
    assert [a.source.name for a in claim.attributions.all()] == ["Polizei"]
    assert latest(claim).history_user == editor
    with pytest.raises(ValidationError):
        claim_add(article=article, start=start, end=start + 12, user=editor, value=Decimal(300))


def test_adding_outside_the_text_is_refused(editor):
    article = ArticleFactory(body="Kurz.")
    with pytest.raises(ValidationError):
        claim_add(article=article, start=2, end=50, user=editor, value=Decimal(1))


def test_sentence_bounds():
    assert sentence_bounds("One. Two 3 four. Five.", 9, 10) == (5, 16)
    assert sentence_bounds("No end 5", 7, 8) == (0, 8)
