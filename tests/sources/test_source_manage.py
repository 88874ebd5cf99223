"""Editors keep sources clean in the pages: rename, kind, country, verify, aliases, delete an
unused source, the unverified list by claim count, and every change in the history."""

import pytest
from django.urls import reverse

from tests.factories import AttributionFactory, QuoteFactory, SourceAliasFactory, SourceFactory
from tracker.sources.models import Source, SourceAlias

pytestmark = pytest.mark.django_db


def edit_data(source, **changes):
    data = {
        "name": source.name,
        "kind": source.kind,
        "country": source.country,
        "description": source.description,
        "verified": "on" if source.verified else "",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v != ""}


def test_an_editor_renames_sets_kind_country_and_verifies(editor_client):
    source = SourceFactory(name="the agency", kind="other")
    response = editor_client.post(
        reverse("sources:edit", args=[source.pk]),
        edit_data(
            source,
            name="  Korean  Central News Agency ",
            kind="state_media",
            country="North Korea",
            verified="on",
        ),
    )
    assert response.status_code == 302
    source.refresh_from_db()
    assert (source.name, source.kind, source.country, source.verified) == (
        "Korean Central News Agency",
        "state_media",
        "North Korea",
        True,
    )
    # The old name stays findable as an alias, and the history says who changed what.
    assert list(source.aliases.values_list("text", "language")) == [("the agency", "")]
    html = editor_client.get(reverse("sources:edit", args=[source.pk])).content.decode()
    assert (
        "erika-editor" in html
        and "name: &#x27;the agency&#x27; → &#x27;Korean Central News Agency&#x27;" in html
    )
    assert "Alias added: the agency (any language)" in html


def test_a_name_taken_by_another_source_is_refused_with_a_message(editor_client):
    SourceFactory(name="KCNA")
    source = SourceFactory(name="kcna agency")
    response = editor_client.post(reverse("sources:edit", args=[source.pk]), edit_data(source, name="kcna"))
    assert response.status_code == 400
    assert "A source with this name exists already." in response.content.decode()


def test_journalists_cannot_change_sources(journalist_client):
    source = SourceFactory(name="poll")
    for name, kwargs in [
        ("sources:edit", {"pk": source.pk}),
        ("sources:verify", {"pk": source.pk}),
        ("sources:delete", {"pk": source.pk}),
        ("sources:alias_add", {"pk": source.pk}),
    ]:
        assert journalist_client.post(reverse(name, kwargs=kwargs), {"name": "x"}).status_code == 403
    assert journalist_client.get(reverse("sources:unverified")).status_code == 403
    assert Source.objects.filter(name="poll").exists()
    html = journalist_client.get(reverse("sources:detail", args=[source.pk])).content.decode()
    assert reverse("sources:edit", args=[source.pk]) not in html


def test_aliases_are_added_with_a_language_and_removed(editor_client):
    source = SourceFactory(name="KCNA")
    url = reverse("sources:alias_add", args=[source.pk])
    editor_client.post(url, {"alias-text": "nordkoreanische Staatsmedien", "alias-language": "de"})
    alias = SourceAlias.objects.get(source=source)
    assert (alias.text, alias.language) == ("nordkoreanische Staatsmedien", "de")
    # the same alias again is refused with a message, not a 500
    response = editor_client.post(
        url, {"alias-text": "Nordkoreanische Staatsmedien", "alias-language": "de"}, follow=True
    )
    assert "exists already" in response.content.decode()
    editor_client.post(reverse("sources:alias_remove", args=[source.pk, alias.pk]))
    assert not SourceAlias.objects.filter(source=source).exists()
    assert (
        SourceAlias.history.filter(source_id=source.pk, history_type="-").get().history_user.username
        == "erika-editor"
    )


def test_an_unused_source_is_deleted_a_used_one_is_refused(editor_client):
    junk = SourceFactory(name="organisation")
    SourceAliasFactory(source=junk, text="die Organisation")
    used = AttributionFactory(source=SourceFactory(name="poll")).source
    speaker = SourceFactory(name="Kim")
    QuoteFactory(speaker=speaker)
    response = editor_client.post(reverse("sources:delete", args=[junk.pk]))
    assert response.status_code == 302 and not Source.objects.filter(pk=junk.pk).exists()
    assert Source.history.filter(id=junk.pk, history_type="-").get().history_user.username == "erika-editor"
    for source in (used, speaker):
        response = editor_client.post(reverse("sources:delete", args=[source.pk]), follow=True)
        assert (
            "is still used" in response.content.decode() and "merge it instead" in response.content.decode()
        )
        assert Source.objects.filter(pk=source.pk).exists()


def test_the_unverified_list_puts_the_most_used_first(editor_client, django_assert_max_num_queries):
    busy = SourceFactory(name="Zeitung", verified=False)
    for _ in range(3):
        AttributionFactory(source=busy)
    quiet = SourceFactory(name="Agentur", verified=False)
    AttributionFactory(source=quiet)
    unused = SourceFactory(name="der Machthaber", verified=False)
    SourceFactory(name="KCNA", verified=True)
    with django_assert_max_num_queries(6):
        response = editor_client.get(reverse("sources:unverified"))
    rows = response.context["page"].items
    assert [(s.name, s.claim_total) for s in rows] == [("Zeitung", 3), ("Agentur", 1), ("der Machthaber", 0)]
    html = response.content.decode()
    assert reverse("sources:delete", args=[unused.pk]) in html
    assert reverse("sources:delete", args=[busy.pk]) not in html
    editor_client.post(
        reverse("sources:verify", args=[busy.pk]), {"verified": "1", "next": reverse("sources:unverified")}
    )
    busy.refresh_from_db()
    assert busy.verified
    assert [s.name for s in editor_client.get(reverse("sources:unverified")).context["page"].items] == [
        "Agentur",
        "der Machthaber",
    ]
