"""A NUL character in a search box (a paste from a PDF, a probe) is no 500 on PostgreSQL,
which refuses NUL in any string."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "name, params",
    [
        ("sources:list", {"q": "KC\x00NA"}),
        ("articles:list", {"q": "Kim\x00"}),
        ("articles:list", {"language": "d\x00e"}),
        ("claims:list", {"q": "x\x00y", "source_name": "\x00", "unit": "\x00"}),
        ("api:claims", {"q": "x\x00y"}),
        ("api:articles", {"status": "\x00"}),
    ],
)
def test_a_nul_character_in_a_filter_is_no_500(journalist_client, name, params):
    journalist_client.raise_request_exception = False
    assert journalist_client.get(reverse(name), params).status_code in (200, 400)
