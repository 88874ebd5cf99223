"""Error pages are the site's own: the navigation stays, and they say what to do next."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_missing_claim_keeps_the_navigation(journalist_client):
    response = journalist_client.get(reverse("claims:detail", args=[999999]))
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Not found</h1>" in html
    assert f'href="{reverse("claims:list")}"' in html and "Log out" in html


def test_a_page_beyond_the_role_says_who_may_see_it(journalist_client):
    response = journalist_client.get(reverse("claims:review"))
    assert response.status_code == 403
    html = response.content.decode()
    assert "<h1>Not allowed</h1>" in html and "journalist" in html
    assert f'href="{reverse("claims:list")}"' in html


def test_the_server_error_page_stands_alone():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Something went wrong" in html and 'href="/"' in html


def test_pages_name_their_icon_so_browsers_do_not_ask_for_a_missing_favicon(journalist_client):
    """Every page load logged a 404 for /favicon.ico in the browser console."""
    html = journalist_client.get(reverse("claims:list")).content.decode()
    assert '<link rel="icon"' in html


def test_an_account_without_a_role_is_told_to_ask_for_one(outsider_client):
    response = outsider_client.get(reverse("claims:list"))
    assert response.status_code == 403
    assert "no role yet" in response.content.decode()
