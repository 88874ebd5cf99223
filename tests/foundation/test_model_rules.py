"""The hard rules of the data model live in the database, with messages people can read."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from tests.factories import (
    ArticleFactory,
    AttributionFactory,
    ClaimFactory,
    SourceAliasFactory,
    SourceFactory,
)
from tracker.articles.models import Article
from tracker.claims.models import Claim
from tracker.sources.models import Source

pytestmark = pytest.mark.django_db


def assert_refused(save, message):
    """The database refuses the row, and full_clean() explains why in words."""
    with pytest.raises(IntegrityError), transaction.atomic():
        save()


def test_a_range_cannot_run_backwards():
    claim = ClaimFactory.build(article=ArticleFactory(), value=Decimal(30000), value_high=Decimal(25000))
    with pytest.raises(ValidationError, match="high end of a range cannot be below"):
        claim.full_clean()
    assert_refused(claim.save, "range")


def test_a_claim_text_must_match_its_span():
    article = ArticleFactory()
    claim = ClaimFactory.build(article=article)
    claim.end = claim.start + 3  # the text is longer than the span now
    with pytest.raises(ValidationError, match="exactly the characters between its start and end"):
        claim.full_clean()
    assert_refused(claim.save, "span")


def test_a_claim_span_cannot_be_empty_or_outside_its_sentence():
    article = ArticleFactory()
    empty = ClaimFactory.build(article=article, text="")
    empty.end = empty.start
    assert_refused(empty.save, "empty")
    outside = ClaimFactory.build(article=article)
    outside.sentence_end = outside.start + 1
    with pytest.raises(ValidationError, match="inside its sentence"):
        outside.full_clean()
    assert_refused(outside.save, "sentence")


def test_a_flag_needs_a_reason():
    claim = ClaimFactory()
    claim.status = Claim.Status.FLAGGED
    with pytest.raises(ValidationError, match="needs a reason"):
        claim.full_clean()
    assert_refused(claim.save, "reason")
    claim.reason = Claim.Reason.FIGURE_DISPUTED
    claim.save()


def test_unknown_choices_are_refused_by_the_database():
    claim = ClaimFactory.build(article=ArticleFactory(), kind="guess")
    assert_refused(claim.save, "kind")


def test_one_fingerprint_per_article():
    first = ClaimFactory()
    duplicate = ClaimFactory.build(article=first.article, fingerprint=first.fingerprint)
    with pytest.raises(ValidationError, match="has this claim already"):
        duplicate.validate_constraints()
    assert_refused(duplicate.save, "fingerprint")
    # The same fingerprint in another article is another claim.
    ClaimFactory(fingerprint=first.fingerprint)


def test_one_attribution_per_claim_source_and_place_in_the_chain():
    attribution = AttributionFactory()
    AttributionFactory(claim=attribution.claim, source=attribution.source, order=1)
    again = AttributionFactory.build(claim=attribution.claim, source=attribution.source, order=0)
    assert_refused(again.save, "attribution")


def test_a_period_cannot_end_before_it_starts():
    claim = ClaimFactory.build(article=ArticleFactory(), period_start="2025-07-31", period_end="2025-07-01")
    assert_refused(claim.save, "period")


def test_an_article_needs_text_unless_it_is_being_fetched():
    empty = ArticleFactory.build(body="", content_hash=None)
    assert_refused(empty.save, "body")
    Article.objects.create(url="https://news.example/a", status=Article.Status.FETCHING)


def test_urls_and_content_hashes_are_unique_but_may_be_absent():
    ArticleFactory(url="https://news.example/x")
    assert_refused(lambda: ArticleFactory(url="https://news.example/x"), "url")
    ArticleFactory(url=None)
    ArticleFactory(url=None)  # many articles without a URL
    first = ArticleFactory()
    assert_refused(lambda: ArticleFactory(body="other", content_hash=first.content_hash), "hash")


def test_source_names_and_aliases_are_unique_ignoring_case():
    SourceFactory(name="KCNA")
    assert_refused(lambda: Source.objects.create(name="kcna"), "name")
    alias = SourceAliasFactory(text="Korean Central News Agency", language="en")
    assert_refused(
        lambda: SourceAliasFactory(source=alias.source, text="korean central news agency", language="en"),
        "alias",
    )
    SourceAliasFactory(source=alias.source, text="Korean Central News Agency", language="de")


def test_claim_changes_are_kept_in_history():
    claim = ClaimFactory()
    claim.value = Decimal(12500)
    claim._change_reason = "typo in the figure"
    claim.save()
    latest, first = claim.history.all()[:2]
    assert latest.history_change_reason == "typo in the figure"
    assert [change.field for change in latest.diff_against(first).changes] == ["value"]
