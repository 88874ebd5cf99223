import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from tests.factories import AttributionFactory, ClaimFactory, SourceAliasFactory, SourceFactory
from tracker.claims.models import Attribution
from tracker.sources.models import Source, SourceAlias
from tracker.sources.services import source_merge

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair():
    kcna = SourceFactory(name="KCNA", kind="state_media")
    duplicate = SourceFactory(name="Korean Central News Agency", kind="state_media")
    SourceAliasFactory(source=duplicate, text="KCNA-Meldung", language="de")
    return kcna, duplicate


def test_merging_moves_aliases_and_attributions_and_keeps_history(pair, editor):
    kcna, duplicate = pair
    claim = ClaimFactory()
    moved = AttributionFactory(claim=claim, source=duplicate)
    source_merge(source=duplicate, into=kcna, user=editor)
    duplicate.refresh_from_db()
    assert duplicate.merged_into == kcna
    assert set(kcna.aliases.values_list("text", flat=True)) == {"KCNA-Meldung", "Korean Central News Agency"}
    moved.refresh_from_db()
    assert moved.source == kcna
    record = moved.history.order_by("-history_date").first()
    assert record.history_user == editor and "Moved from merged source" in record.history_change_reason
    source_record = duplicate.history.order_by("-history_date").first()
    assert source_record.history_user == editor and source_record.history_change_reason.startswith(
        "Merged into KCNA"
    )


def test_merging_drops_attributions_that_would_collide(pair, editor):
    kcna, duplicate = pair
    claim = ClaimFactory()
    AttributionFactory(claim=claim, source=kcna, order=0)
    AttributionFactory(claim=claim, source=duplicate, order=0)
    AttributionFactory(claim=claim, source=duplicate, order=1)
    source_merge(source=duplicate, into=kcna, user=editor)
    assert list(Attribution.objects.filter(claim=claim).values_list("source__name", "order")) == [
        ("KCNA", 0),
        ("KCNA", 1),
    ]


def test_merging_into_itself_or_twice_is_refused(pair, editor):
    kcna, duplicate = pair
    with pytest.raises(ValidationError):
        source_merge(source=kcna, into=kcna, user=editor)
    source_merge(source=duplicate, into=kcna, user=editor)
    with pytest.raises(ValidationError):
        source_merge(source=duplicate, into=kcna, user=editor)


def test_journalists_cannot_merge(pair, journalist, journalist_client):
    kcna, duplicate = pair
    with pytest.raises(PermissionDenied):
        source_merge(source=duplicate, into=kcna, user=journalist)
    response = journalist_client.post(reverse("sources:merge", args=[duplicate.pk]), {"into": "KCNA"})
    assert response.status_code == 403
    assert Source.objects.get(pk=duplicate.pk).merged_into is None


def test_the_merge_form_finds_the_target_by_name_or_alias(pair, editor_client):
    kcna, duplicate = pair
    SourceAliasFactory(source=kcna, text="Nordkoreas Staatsagentur", language="de")
    response = editor_client.post(
        reverse("sources:merge", args=[duplicate.pk]), {"into": "nordkoreas staatsagentur"}
    )
    assert response.status_code == 302 and response.url == reverse("sources:detail", args=[kcna.pk])
    assert SourceAlias.objects.filter(source=kcna).count() == 3


def test_an_unknown_target_is_refused(pair, editor_client):
    _, duplicate = pair
    response = editor_client.post(reverse("sources:merge", args=[duplicate.pk]), {"into": "Nobody"})
    assert response.status_code == 400
    assert "No source has that name" in response.content.decode()
