"""Suggested figures: proposed when claims are stored, decided by editors, warned on misfits."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.factories import ArticleFactory, AttributionFactory, ClaimFactory, FigureFactory, SourceFactory
from tracker.articles.models import Article
from tracker.claims.models import Claim, FigureSuggestion
from tracker.claims.services import ConflictError
from tracker.claims.storage import extraction_store
from tracker.claims.storage.sources import SourceResolver
from tracker.claims.suggest import ClaimFacts, FigureProfile, concepts, score, suggest
from tracker.claims.suggestions import (
    MisfitError,
    figure_create_from_claim,
    figure_fit,
    suggestion_accept,
    suggestion_dismiss,
    suggestions_refresh,
)
from tracker.extraction import extract

pytestmark = pytest.mark.django_db
AUG = datetime.date(2025, 8, 1)
TROOPS = "North Korean troops in Russia"


def profile(name=TROOPS, unit="soldier", **extra):
    return FigureProfile(1, name, unit, concepts(name), **extra)


def facts(text, language="en", unit="soldier", value=12000, **extra):
    return ClaimFacts(7, unit, concepts(text, language), Decimal(value), **extra)


# The pure scorer -------------------------------------------------------------------------------


def test_german_and_english_words_meet_through_the_lexicon():
    assert concepts("nordkoreanische Soldaten in Russland", "de") == concepts(
        "North Korean troops in Russia", "en"
    )
    assert concepts("Tote in Gaza", "de") == {"gaza", "killed"}
    assert concepts("the total", "en") == set()  # 'tot' is a whole German word, not a prefix


def test_a_claim_naming_other_places_is_not_proposed():
    assert score(facts("2,000 Ukrainian soldiers were killed"), profile()) is None


def test_a_claim_in_another_unit_is_not_proposed():
    assert score(facts("North Korean workers in Russia", unit="worker"), profile()) is None


def test_period_and_source_raise_the_score_and_say_so():
    plain = score(facts("12.000 nordkoreanische Soldaten in Russland", "de"), profile())
    rich = score(
        facts("12.000 nordkoreanische Soldaten in Russland", "de", day=AUG, source_ids=frozenset({5})),
        profile(first=AUG, last=AUG, source_ids=frozenset({5}), source_names={5: "CNN"}),
    )
    assert rich.score > plain.score
    assert "overlapping period" in rich.reasons and "same source: CNN" in rich.reasons


def test_an_order_of_magnitude_off_is_warned_about_and_ranked_down():
    fits = score(facts(TROOPS), profile(typical=Decimal(12000)))
    army = score(facts(TROOPS, value=1_200_000), profile(typical=Decimal(12000)))
    assert army is None or (army.score < fits.score and army.warnings)
    assert suggest(facts(TROOPS, value=1_200_000), [profile(typical=Decimal(12000))]) == []


# Stored when claims are saved ------------------------------------------------------------------


@pytest.fixture
def troops():
    figure = FigureFactory(name=TROOPS, unit="soldier")
    claim = ClaimFactory(
        figure=figure, value=Decimal(15000), period_start=AUG, subject="North Korean soldiers"
    )
    AttributionFactory(claim=claim, source=SourceFactory(name="CNN"))
    return figure


@pytest.fixture(autouse=True)
def fresh_source_cache():
    SourceResolver.clear_cache()  # ids cached by an earlier test's rolled-back transaction
    yield
    SourceResolver.clear_cache()


def store(text, language="de", published=AUG):
    article = ArticleFactory(
        body=text, language=language, published=published, status=Article.Status.EXTRACTING
    )
    extraction_store(article=article, result=extract(text, language=language, published=published).to_dict())
    return article


def test_storing_an_extraction_proposes_the_figure_with_its_reasons(troops):
    article = store("Nach Angaben von KCNA sind 10.000 nordkoreanische Soldaten in Russland.")
    (suggestion,) = FigureSuggestion.objects.filter(claim__article=article)
    assert suggestion.figure == troops and suggestion.status == "pending"
    assert suggestion.reasons[:2] == ["same unit (soldier)", "same words: North Korea, Russia, soldier"]
    assert "overlapping period" in suggestion.reasons
    assert suggestion.claim.figure is None  # nothing joins without a person


def test_without_figures_nothing_is_proposed_and_unrelated_claims_get_nothing(troops):
    article = store("Die Inflation lag im August bei 2,1 Prozent.")
    assert not FigureSuggestion.objects.filter(claim__article=article).exists()


def test_a_dismissed_suggestion_is_never_proposed_again(troops, editor):
    article = store("Laut KCNA sind 10.000 nordkoreanische Soldaten in Russland.")
    suggestion = FigureSuggestion.objects.get(claim__article=article)
    suggestion_dismiss(suggestion=suggestion, user=editor)
    suggestions_refresh(claim_ids=[suggestion.claim_id])
    assert list(FigureSuggestion.objects.filter(claim__article=article).values_list("status", flat=True)) == [
        "dismissed"
    ]


def test_accepting_tracks_the_claim_with_history(troops, editor):
    article = store("Laut KCNA sind 10.000 nordkoreanische Soldaten in Russland.")
    suggestion = FigureSuggestion.objects.get(claim__article=article)
    claim = suggestion_accept(suggestion=suggestion, user=editor, version=suggestion.claim.version)
    assert claim.figure == troops and claim.version == 2
    assert claim.history.first().history_change_reason == f"Tracked as {TROOPS}"
    suggestion.refresh_from_db()
    assert (suggestion.status, suggestion.decided_by) == ("accepted", editor)


def test_accepting_checks_the_version_and_the_role(troops, editor, journalist):
    article = store("Laut KCNA sind 10.000 nordkoreanische Soldaten in Russland.")
    suggestion = FigureSuggestion.objects.get(claim__article=article)
    with pytest.raises(PermissionDenied):
        suggestion_accept(suggestion=suggestion, user=journalist, version=1)
    with pytest.raises(ConflictError):
        suggestion_accept(suggestion=suggestion, user=editor, version=99)


def test_an_army_of_a_million_is_warned_about_before_it_joins(troops, editor):
    army = ClaimFactory(value=Decimal(1_200_000), subject="North Korean soldiers in Russia")
    suggestion = FigureSuggestion.objects.create(claim=army, figure=troops, score=0.6)
    assert figure_fit(figure=troops, claims=[army]) == {
        army.pk: ["1,200,000 is 80× the figure’s typical 15,000"]
    }
    with pytest.raises(MisfitError):
        suggestion_accept(suggestion=suggestion, user=editor, version=army.version)
    assert Claim.objects.get(pk=army.pk).figure is None
    suggestion_accept(suggestion=suggestion, user=editor, version=army.version, confirm=True)
    assert Claim.objects.get(pk=army.pk).figure == troops


def test_a_figure_can_be_created_from_a_claim(editor):
    claim = ClaimFactory(subject="nordkoreanische Soldaten in Russland")
    figure = figure_create_from_claim(claim=claim, user=editor, version=claim.version)
    assert (figure.name, figure.unit) == ("Nordkoreanische Soldaten in Russland", "soldier")
    assert Claim.objects.get(pk=claim.pk).figure == figure
    with pytest.raises(ValidationError):  # the name is taken now
        figure_create_from_claim(claim=ClaimFactory(subject=claim.subject), user=editor, version=1)


def test_adding_a_claim_by_hand_proposes_figures(troops, editor):
    from tracker.claims.services import claim_add

    body = "Laut NIS sind 11.000 nordkoreanische Soldaten in Russland."
    article = ArticleFactory(body=body, published=AUG)
    start = body.index("11.000")
    claim = claim_add(
        article=article, start=start, end=start + 6, user=editor, value=Decimal(11000), unit="soldier",
        subject="nordkoreanische Soldaten",
    )  # fmt: skip
    assert list(claim.suggestions.values_list("figure__name", flat=True)) == [TROOPS]


def test_the_scorers_docstrings_hold():
    import doctest

    from tracker.claims import suggest as module

    assert doctest.testmod(module).failed == 0


def test_a_new_figure_is_proposed_for_the_claims_already_stored(editor, django_capture_on_commit_callbacks):
    from tracker.claims.figures import figure_create

    article = store("Laut KCNA sind 10.000 nordkoreanische Soldaten in Russland.")
    unrelated = store("Laut Polizei kamen 2.000 Menschen zur Kundgebung in Berlin.")
    with django_capture_on_commit_callbacks(execute=True):
        figure = figure_create(name=TROOPS, unit="soldier", user=editor)
    (suggestion,) = FigureSuggestion.objects.filter(claim__article=article)
    assert suggestion.figure == figure and "same words: North Korea, Russia, soldier" in suggestion.reasons
    assert not FigureSuggestion.objects.filter(claim__article=unrelated).exists()


def test_archived_articles_claims_are_neither_proposed_nor_shape_a_figure(
    troops, editor, django_capture_on_commit_callbacks
):
    from tracker.articles.services.archive import article_archive
    from tracker.claims.figures import figure_create
    from tracker.claims.suggestions import claim_suggestions, figure_profiles

    archived = store("Laut KCNA sind 10.000 nordkoreanische Soldaten in Russland.")
    claim = archived.claims.get()
    assert claim_suggestions(claim)  # proposed while the article is in the lists
    article_archive(article=archived, user=editor)
    claim.refresh_from_db()
    assert claim_suggestions(claim) == []  # its page offers none
    FigureSuggestion.objects.all().delete()
    suggestions_refresh(claim_ids=[claim.pk])
    assert not FigureSuggestion.objects.exists()  # nor is it proposed again
    with django_capture_on_commit_callbacks(execute=True):
        figure_create(name="Nordkoreanische Soldaten", unit="soldier", user=editor)
    assert not FigureSuggestion.objects.exists()  # a new figure's backfill skips it too
    # A tracked claim of an archived article no longer shapes its figure's profile.
    tracked = troops.claims.get()
    before = figure_profiles([troops.pk])[0]
    assert before.source_ids and before.typical == Decimal(15000)
    article_archive(article=tracked.article, user=editor)
    after = figure_profiles([troops.pk])[0]
    assert after.source_ids == frozenset() and after.typical is None
