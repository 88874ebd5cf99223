"""The tracked-figure services: who may, what they write, what history they leave."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.factories import ClaimFactory, FigureFactory
from tracker.claims.figures import claims_assign_figure, figure_create, figure_update
from tracker.claims.models import Claim
from tracker.claims.services import claim_approve

pytestmark = pytest.mark.django_db


def test_creating_tidies_the_name_and_records_who(editor):
    figure = figure_create(name="  Troops   in Russia ", unit=" soldier ", user=editor)
    assert (figure.name, figure.unit, figure.created_by) == ("Troops in Russia", "soldier", editor)
    record = figure.history.first()
    assert (record.history_user, record.history_change_reason) == (editor, "Created")


def test_names_are_unique_whatever_their_case(editor):
    figure_create(name="Troops in Russia", user=editor)
    with pytest.raises(ValidationError):
        figure_create(name="troops in russia", user=editor)


def test_an_empty_name_is_refused(editor):
    with pytest.raises(ValidationError):
        figure_create(name="   ", user=editor)


def test_journalists_may_not_create_update_or_assign(journalist):
    figure, claim = FigureFactory(), ClaimFactory()
    with pytest.raises(PermissionDenied):
        figure_create(name="Mine", user=journalist)
    with pytest.raises(PermissionDenied):
        figure_update(figure=figure, name="Renamed", user=journalist)
    with pytest.raises(PermissionDenied):
        claims_assign_figure(items=[(claim.pk, 1)], figure=figure, user=journalist)
    assert Claim.objects.get(pk=claim.pk).figure is None


def test_updating_renames_and_keeps_history(editor):
    figure = figure_create(name="Troops", user=editor)
    figure_update(figure=figure, name="Troops in Russia", unit="soldier", description="KPA", user=editor)
    figure.refresh_from_db()
    assert (figure.name, figure.unit, figure.description) == ("Troops in Russia", "soldier", "KPA")
    assert figure.history.first().history_change_reason == "Edited"


def test_renaming_onto_another_figure_is_refused(editor):
    figure_create(name="Troops", user=editor)
    other = figure_create(name="Casualties", user=editor)
    with pytest.raises(ValidationError):
        figure_update(figure=other, name="TROOPS", user=editor)


def test_assigning_bumps_the_version_and_records_user_and_reason(editor):
    figure = FigureFactory(name="Troops in Russia")
    claim = ClaimFactory()
    result = claims_assign_figure(items=[(claim.pk, 1)], figure=figure, user=editor)
    claim.refresh_from_db()
    assert result.done == [claim] and not result.conflicts
    assert (claim.figure, claim.version) == (figure, 2)
    record = claim.history.first()
    assert record.history_user == editor
    assert record.history_change_reason == "Tracked as Troops in Russia"


def test_unassigning_names_the_figure_left(editor):
    figure = FigureFactory(name="Troops in Russia")
    claim = ClaimFactory(figure=figure)
    claims_assign_figure(items=[(claim.pk, 1)], figure=None, user=editor)
    claim.refresh_from_db()
    assert claim.figure is None and claim.version == 2
    assert claim.history.first().history_change_reason == "Removed from Troops in Russia"


def test_a_stale_version_is_skipped_and_reported(editor, second_editor):
    figure = FigureFactory()
    stale, fresh = ClaimFactory(), ClaimFactory()
    claim_approve(claim=stale, user=second_editor, version=1)
    result = claims_assign_figure(items=[(stale.pk, 1), (fresh.pk, 1)], figure=figure, user=editor)
    assert [c.pk for c in result.conflicts] == [stale.pk]
    assert [c.pk for c in result.done] == [fresh.pk]
    assert Claim.objects.get(pk=stale.pk).figure is None
    assert Claim.objects.get(pk=fresh.pk).figure == figure


def test_assigning_the_figure_a_claim_has_changes_nothing(editor):
    figure = FigureFactory()
    claim = ClaimFactory(figure=figure)
    result = claims_assign_figure(items=[(claim.pk, 1)], figure=figure, user=editor)
    assert result.done == [claim]
    assert Claim.objects.get(pk=claim.pk).version == 1
