"""The journalist and editor groups come from a data migration with the right permissions."""

import pytest
from django.contrib.auth.models import Group

from tracker.accounts.access import is_editor, role_of
from tracker.accounts.roles import EDITOR_PERMISSIONS, JOURNALIST_PERMISSIONS

pytestmark = pytest.mark.django_db

REVIEW_PERMISSIONS = [
    "claims.review_claim",
    "claims.change_claim",
    "sources.merge_source",
    "articles.reextract_article",
    "articles.add_feed",
]


def test_both_groups_exist_with_their_permissions():
    for name, expected in [("journalist", JOURNALIST_PERMISSIONS), ("editor", EDITOR_PERMISSIONS)]:
        group = Group.objects.get(name=name)
        got = {
            f"{p.content_type.app_label}.{p.codename}"
            for p in group.permissions.select_related("content_type")
        }
        assert got == set(expected)


def test_a_journalist_reads_and_adds_articles_but_does_not_review(journalist):
    assert journalist.has_perm("claims.view_claim")
    assert journalist.has_perm("articles.add_article")
    for perm in REVIEW_PERMISSIONS:
        assert not journalist.has_perm(perm), perm
    assert not is_editor(journalist)
    assert role_of(journalist) == "journalist"


def test_an_editor_reviews_merges_and_reextracts(editor):
    for perm in [*REVIEW_PERMISSIONS, "claims.view_claim", "articles.add_article"]:
        assert editor.has_perm(perm), perm
    assert is_editor(editor)
    assert role_of(editor) == "editor"


def test_a_user_without_a_role_may_do_nothing(outsider):
    assert not outsider.get_all_permissions()
    assert role_of(outsider) == ""
