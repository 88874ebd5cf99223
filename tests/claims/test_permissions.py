"""Who may do what, for every page and action of the newsroom app, in one table.

Anonymous users are sent to log in; outsiders (logged in, no role) are refused everything;
journalists see everything but every review action answers 403; editors may do it all.
"""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import ArticleFactory, AttributionFactory, ClaimFactory, FigureFactory, SourceFactory

pytestmark = pytest.mark.django_db

LOGIN = reverse("login")


@pytest.fixture
def objects():
    article = ArticleFactory()
    claim = ClaimFactory(article=article)
    source = SourceFactory(name="KCNA")
    duplicate = SourceFactory(name="Korean Central News Agency")
    AttributionFactory(claim=claim, source=source)
    figure = FigureFactory(name="Troops in Russia")
    return {"article": article, "claim": claim, "source": source, "duplicate": duplicate, "figure": figure}


def review_data(action, objects):
    claim = objects["claim"]
    return {
        "approve": {"approve-version": claim.version},
        "flag": {"flag-version": claim.version, "flag-reason": "outdated", "flag-note": "old"},
        "reject": {"reject-version": claim.version, "reject-reason": "not_a_claim"},
        "correct": {
            "correct-version": claim.version,
            "correct-value": "1",
            "correct-bound": "exact",
            "correct-kind": "count",
            "correct-no_source": "on",
            "correct-confirm_scale": "on",
            "correct-note": "typo",
        },
    }[action]


# (url name, argument, method, data, status for journalist, status for editor)
TABLE = [
    ("claims:list", None, "get", None, 200, 200),
    ("claims:export", None, "get", None, 200, 200),
    ("claims:detail", "claim", "get", None, 200, 200),
    ("claims:review", None, "get", None, 403, 200),
    ("claims:approve", "claim", "post", "approve", 403, 302),
    ("claims:flag", "claim", "post", "flag", 403, 302),
    ("claims:reject", "claim", "post", "reject", 403, 302),
    ("claims:correct", "claim", "post", "correct", 403, 302),
    ("claims:approve", "claim", "get", None, 405, 405),
    ("claims:bulk", None, "post", "bulk", 403, 302),
    ("claims:add", "article", "get", None, 403, 200),
    ("claims:add", "article", "post", "add", 403, 302),
    ("claims:figures", None, "get", None, 200, 200),
    ("claims:figures", None, "post", "figure_create", 403, 302),
    ("claims:figure", "figure", "get", None, 200, 200),
    ("claims:figure_edit", "figure", "post", "figure_edit", 403, 302),
    ("claims:figure_assign", None, "post", "figure_assign", 403, 302),
    ("sources:list", None, "get", None, 200, 200),
    ("sources:detail", "source", "get", None, 200, 200),
    ("sources:merge", "duplicate", "post", "merge", 403, 302),
    ("articles:list", None, "get", None, 200, 200),
    ("articles:detail", "article", "get", None, 200, 200),
]


def request(client, objects, name, arg, method, data):
    url = reverse(name, args=[objects[arg].pk] if arg else [])
    payload = None
    if data in {"approve", "flag", "reject", "correct"}:
        payload = review_data(data, objects)
    elif data == "bulk":
        payload = {"items": [f"{objects['claim'].pk}:{objects['claim'].version}"], "action": "approve"}
    elif data == "add":
        body = objects["article"].body
        start = body.find("25.000")
        payload = {
            "add-start": start,
            "add-end": start + 6,
            "add-text": "25.000",
            "add-value": "25000",
            "add-bound": "exact",
            "add-kind": "count",
            "add-modality": "reported",
        }
    elif data == "merge":
        payload = {"into": "KCNA"}
    elif data == "figure_create":
        payload = {"new-name": "Casualties"}
    elif data == "figure_edit":
        payload = {"edit-name": "North Korean troops in Russia"}
    elif data == "figure_assign":
        payload = {
            "items": [f"{objects['claim'].pk}:{objects['claim'].version}"],
            "figure": objects["figure"].pk,
        }
    return getattr(client, method)(url, payload or {})


@pytest.mark.parametrize("name,arg,method,data,journalist_status,editor_status", TABLE)
def test_the_permission_matrix(
    objects,
    client,
    outsider_client,
    journalist_client,
    editor_client,
    name,
    arg,
    method,
    data,
    journalist_status,
    editor_status,
):
    anonymous = request(client, objects, name, arg, method, data)
    if journalist_status == 405:
        assert anonymous.status_code in (302, 405)
    else:
        assert anonymous.status_code == 302 and anonymous.url.startswith(LOGIN)
    outsider = request(outsider_client, objects, name, arg, method, data)
    assert outsider.status_code == (405 if journalist_status == 405 else 403)
    assert request(journalist_client, objects, name, arg, method, data).status_code == journalist_status
    assert request(editor_client, objects, name, arg, method, data).status_code == editor_status


POSTS = [(name, arg, data) for name, arg, method, data, _, _ in TABLE if method == "post"]


@pytest.mark.parametrize("name,arg,data", POSTS)
def test_csrf_is_enforced_on_every_action(objects, editor, name, arg, data):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = request(client, objects, name, arg, "post", data)
    assert response.status_code == 403
    assert b"CSRF" in response.content
    objects["claim"].refresh_from_db()
    assert objects["claim"].version == 1


def test_a_post_with_the_csrf_token_goes_through(objects, editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    claim = objects["claim"]
    page = client.get(reverse("claims:detail", args=[claim.pk]))
    token = page.cookies["csrftoken"].value
    response = client.post(
        reverse("claims:approve", args=[claim.pk]), {"approve-version": 1, "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
