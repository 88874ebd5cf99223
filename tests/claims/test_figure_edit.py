import pytest
from django.urls import reverse

from tests.claims.scenario import SCRIPT, assert_inert
from tests.factories import FigureFactory

pytestmark = pytest.mark.django_db


def url(figure):
    return reverse("claims:figure_edit", args=[figure.pk])


def test_editors_rename_a_figure(editor_client, editor):
    figure = FigureFactory(name="Troops")
    response = editor_client.post(
        url(figure), {"edit-name": "Troops in Russia", "edit-unit": "soldier", "edit-description": "KPA"}
    )
    assert response.status_code == 302 and response.url == reverse("claims:figure", args=[figure.pk])
    figure.refresh_from_db()
    assert (figure.name, figure.unit, figure.description) == ("Troops in Russia", "soldier", "KPA")
    assert figure.history.first().history_user == editor


def test_a_taken_name_shows_the_page_again_with_the_error(editor_client):
    FigureFactory(name="Casualties")
    figure = FigureFactory(name=f"Troops {SCRIPT}")
    response = editor_client.post(url(figure), {"edit-name": "casualties"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "exists already" in html
    assert_inert(html)
    figure.refresh_from_db()
    assert figure.name == f"Troops {SCRIPT}"


def test_journalists_may_not(journalist_client):
    figure = FigureFactory(name="Troops")
    assert journalist_client.post(url(figure), {"edit-name": "Mine"}).status_code == 403
    figure.refresh_from_db()
    assert figure.name == "Troops"


def test_it_only_answers_posts(editor_client):
    assert editor_client.get(url(FigureFactory())).status_code == 405
