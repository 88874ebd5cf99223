"""extraction_store: one transaction, idempotent, and re-extraction that keeps human decisions."""

import pytest
from django.db import IntegrityError

from tests.articles.helpers import claim_dict, result_dict
from tests.factories import ArticleFactory, ClaimFactory, SourceAliasFactory, SourceFactory, UserFactory
from tracker.articles.models import Article
from tracker.claims.models import Attribution, Claim, Quote
from tracker.claims.storage import claim_fingerprint, extraction_store
from tracker.sources.models import Source, SourceAlias

pytestmark = pytest.mark.django_db

BODY = (
    "Nach Angaben der Regierung wurden etwa 12.000 Soldaten verlegt. "
    "Laut KCNA sind es 25.000 bis 30.000 Soldaten. "
    "„Wir trauern“, sagte Kim Jong-un laut der Staatsagentur."
)


@pytest.fixture
def article():
    return ArticleFactory(body=BODY, status=Article.Status.EXTRACTING, extractor_version="", language="de")


def first_result(version="1.0"):
    quote_start = BODY.index("„")
    return result_dict(
        [
            claim_dict(BODY, "etwa 12.000 Soldaten", 12000, approximate=True, bound="about",
                       sources=[("Regierung", "Regierung", "origin")],
                       when={"start": "2025-08-01", "end": "2025-08-31", "text": "im August"}),
            claim_dict(BODY, "25.000 bis 30.000 Soldaten", 25000, value_high=30000,
                       sources=[("US officials", "Angaben", "origin"), ("KCNA", "KCNA", "relay")]),
        ],
        quotes=[
            {"start": quote_start, "end": quote_start + 12, "text": BODY[quote_start:quote_start + 12],
             "speaker": {"name": "Kim Jong-un", "start": BODY.index("Kim"), "end": BODY.index("Kim") + 11},
             "via": [{"name": "KCNA", "start": 0, "end": 0}]}
        ],
        version=version,
    )  # fmt: skip


def test_it_stores_claims_attributions_quotes_and_marks_the_article_done(article):
    summary = extraction_store(article=article, result=first_result())
    assert summary.created == 2
    article.refresh_from_db()
    assert article.status == Article.Status.DONE
    assert article.extractor_version == "1.0" and article.extracted_at
    first, second = Claim.objects.order_by("start")
    assert first.text == "etwa 12.000 Soldaten" and first.bound == "about" and first.approximate
    assert (first.period_start.isoformat(), first.period_end.isoformat()) == ("2025-08-01", "2025-08-31")
    assert (second.value, second.value_high) == (25000, 30000)
    chain = list(second.attributions.order_by("order").values_list("source__name", "role", "order"))
    assert chain == [("US officials", "origin", 0), ("KCNA", "relay", 1)]
    quote = Quote.objects.get()
    assert quote.speaker.name == "Kim Jong-un" and [s.name for s in quote.via.all()] == ["KCNA"]
    assert first.history.first().history_change_reason == "extraction (extractor 1.0)"


def test_storing_twice_leaves_one_set(article):
    extraction_store(article=article, result=first_result())
    extraction_store(article=article, result=first_result())
    assert Claim.objects.count() == 2
    assert Attribution.objects.count() == 3
    assert Quote.objects.count() == 1
    assert Source.objects.filter(name="KCNA").count() == 1


def test_the_database_refuses_a_second_claim_with_the_same_fingerprint(article):
    extraction_store(article=article, result=first_result())
    claim = Claim.objects.first()
    with pytest.raises(IntegrityError):
        ClaimFactory(article=article, fingerprint=claim.fingerprint)


def test_unknown_sources_are_created_unverified_with_an_alias_for_the_written_form(article):
    body_result = result_dict(
        [
            claim_dict(
                BODY,
                "etwa 12.000 Soldaten",
                12000,
                sources=[("Ukrainian intelligence", "Regierung", "origin")],
            )
        ]
    )
    body_result["claims"][0]["sources"][0]["kind"] = "intelligence"
    extraction_store(article=article, result=body_result)
    source = Source.objects.get(name="Ukrainian intelligence")
    assert not source.verified and source.kind == "intelligence"
    assert list(source.aliases.values_list("text", flat=True)) == ["Regierung"]


def test_a_source_the_gazetteer_knows_gets_its_kind_and_country_when_none_is_given(article):
    """A quote's "laut KCNA" names its source without a kind: the engine's gazetteer has it."""
    start, end = BODY.index("„"), BODY.index("“") + 1
    result = result_dict(
        [claim_dict(BODY, "etwa 12.000 Soldaten", 12000, sources=[("Regierung", "Regierung", "origin")])],
        quotes=[
            {"start": start, "end": end, "text": BODY[start:end], "speaker": None,
             "via": [{"name": "KCNA", "start": 0, "end": 0}]}
        ],
    )  # fmt: skip
    result["claims"][0]["sources"][0]["kind"] = "other"
    extraction_store(article=article, result=result)
    assert Source.objects.filter(name="KCNA").values_list("kind", "country").get() == ("state_media", "KP")
    # a name it does not hold stays as the engine gave it (here: other, no country)
    assert Source.objects.filter(name="Regierung").values_list("kind", "country").get() == ("other", "")


def test_known_sources_are_found_by_name_case_insensitively_or_by_alias(article):
    kcna = SourceFactory(name="KCNA", kind="state_media", verified=True)
    government = SourceFactory(name="South Korean government", kind="government")
    SourceAliasFactory(source=government, text="Regierung", language="de")
    result = first_result()
    result["claims"][1]["sources"][1]["name"] = "kcna"
    result["claims"][0]["sources"][0]["name"] = "Regierung"
    extraction_store(article=article, result=result)
    assert Attribution.objects.filter(source=kcna).count() == 1
    assert Attribution.objects.filter(source=government).count() == 1
    assert not Source.objects.filter(name__iexact="regierung").exists()


def test_a_merged_source_resolves_to_the_one_it_was_merged_into(article):
    kcna = SourceFactory(name="KCNA")
    SourceFactory(name="Korean Central News Agency", merged_into=kcna)
    result = first_result()
    result["claims"][1]["sources"][1]["name"] = "Korean Central News Agency"
    extraction_store(article=article, result=result)
    assert Attribution.objects.filter(source=kcna).count() == 1


def test_claims_that_do_not_fit_the_text_are_skipped(article):
    bad = claim_dict(BODY, "etwa 12.000 Soldaten", 12000)
    bad.update(start=len(BODY) - 2, end=len(BODY) + 10)
    summary = extraction_store(article=article, result=result_dict([bad]))
    assert summary.skipped == 1 and Claim.objects.count() == 0
    assert Article.objects.get().status == Article.Status.DONE


# --- re-extraction --------------------------------------------------------------------------


def reextract(article, claims, version="2.0"):
    article.refresh_from_db()
    return extraction_store(article=article, result=result_dict(claims, version=version))


def test_reextraction_keeps_approved_and_flagged_claims_with_their_state_and_version(article):
    extraction_store(article=article, result=first_result())
    editor = UserFactory(role="editor")
    approved, flagged = Claim.objects.order_by("start")
    Claim.objects.filter(pk=approved.pk).update(status="approved", version=2, reviewed_by=editor)
    Claim.objects.filter(pk=flagged.pk).update(status="flagged", reason="figure_disputed", version=3)
    changed = first_result()["claims"]
    changed[0]["subject"] = "changed by the machine"
    changed[1]["modality"] = "speculative"
    summary = reextract(article, changed)
    assert summary.kept == 2 and summary.created == 0
    approved.refresh_from_db()
    flagged.refresh_from_db()
    assert (approved.status, approved.version, approved.subject) == ("approved", 2, "")
    assert (flagged.status, flagged.version, flagged.modality) == ("flagged", 3, "reported")


def test_reextraction_keeps_a_pending_claim_an_editor_corrected(article):
    extraction_store(article=article, result=first_result())
    claim = Claim.objects.order_by("start").first()
    claim.subject = "korrigiert"
    claim._history_user = UserFactory(role="editor")
    claim.save()
    reextract(article, first_result()["claims"])
    claim.refresh_from_db()
    assert claim.subject == "korrigiert"


def test_reextraction_updates_untouched_pending_claims_and_their_attributions(article):
    extraction_store(article=article, result=first_result())
    claims = first_result()["claims"]
    claims[0]["subject"] = "Soldaten"
    claims[0]["sources"] = [
        {
            "name": "KCNA",
            "kind": "state_media",
            "start": None,
            "end": None,
            "text": "",
            "cue": "",
            "role": "origin",
        }
    ]
    summary = reextract(article, claims)
    assert summary.updated == 2  # both carry the new extractor version
    claim = Claim.objects.order_by("start").first()
    assert claim.subject == "Soldaten" and claim.extractor_version == "2.0"
    assert list(claim.attributions.values_list("source__name", flat=True)) == ["KCNA"]
    assert claim.history.first().history_change_reason == "re-extraction (extractor 2.0)"


def test_a_vanished_reviewed_claim_is_marked_stale_and_an_unreviewed_one_deleted(article):
    extraction_store(article=article, result=first_result())
    reviewed, unreviewed = Claim.objects.order_by("start")
    Claim.objects.filter(pk=reviewed.pk).update(status="approved", version=2)
    summary = reextract(article, [])
    assert (summary.stale, summary.deleted) == (1, 1)
    reviewed.refresh_from_db()
    assert reviewed.status == "stale" and reviewed.version == 3
    assert not Claim.objects.filter(pk=unreviewed.pk).exists()
    assert reviewed.attributions.exists()  # what the editor approved stays readable


def test_manual_claims_are_never_touched(article):
    extraction_store(article=article, result=first_result())
    manual = ClaimFactory(article=article, origin="manual", fingerprint="manual-1", subject="von Hand")
    reextract(article, [])
    manual.refresh_from_db()
    assert (manual.status, manual.subject) == ("pending", "von Hand")


def test_the_fingerprint_ignores_number_formatting():
    item = {"start": 1, "end": 5, "value": 12000, "value_high": None, "unit": "soldier", "kind": "count"}
    assert claim_fingerprint(item) == claim_fingerprint({**item, "value": 12000.0})
    assert claim_fingerprint(item) != claim_fingerprint({**item, "value": 12001})


def test_a_store_that_fails_midway_writes_nothing(article, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("tracker.claims.storage._store_quotes", boom)
    with pytest.raises(RuntimeError):
        extraction_store(article=article, result=first_result())
    assert Claim.objects.count() == 0 and Attribution.objects.count() == 0
    assert Source.objects.count() == 0 and SourceAlias.objects.count() == 0
    assert Article.objects.get().status == Article.Status.EXTRACTING


def test_new_sources_are_created_in_name_order_whatever_the_text_order():
    """Two workers creating the same new sources in opposite orders would deadlock."""
    from unittest import mock

    from tracker.claims.storage import SourceResolver

    resolver = SourceResolver("en")
    created = []
    real_create = SourceResolver._create

    def create(self, name, *args):
        created.append(name)
        return real_create(self, name, *args)

    with mock.patch.object(SourceResolver, "_create", create):
        resolver.resolve_in_order(
            [("Zeta Agency", "org", None), ("alpha news", "org", None), ("Zeta agency", "person", None)]
        )
    assert created == ["alpha news", "Zeta Agency"]
