"""Every model the admin registers opens its list and its add form for a superuser.

pyproject.toml turns Django 6 deprecation warnings into errors, so a form field the admin builds
the old way (a URL field without its scheme) fails here instead of warning in CI's summary.
"""

import pytest
from django.contrib import admin
from django.urls import reverse

from tests.factories import UserFactory
from tracker.articles.models import Article, Feed
from tracker.follows.models import Webhook

pytestmark = pytest.mark.django_db


def _pages():
    for model in admin.site._registry:
        meta = model._meta
        yield f"admin:{meta.app_label}_{meta.model_name}_changelist"
        if model.__module__.startswith("tracker."):  # django-axes' logs have no add form
            yield f"admin:{meta.app_label}_{meta.model_name}_add"


@pytest.mark.parametrize("name", sorted(_pages()))
def test_the_admin_page_opens(client, name):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    assert client.get(reverse(name)).status_code == 200


@pytest.mark.parametrize("model", [Article, Feed, Webhook])
def test_a_url_typed_without_scheme_in_the_admin_gets_https(rf, model):
    request = rf.get("/")
    request.user = UserFactory(username="root", is_staff=True, is_superuser=True)
    form_class = admin.site._registry[model].get_form(request)
    assert form_class.base_fields["url"].clean("example.org/feed") == "https://example.org/feed"
