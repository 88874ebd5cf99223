"""Units read naturally after their number."""

from decimal import Decimal

import pytest

from tracker.claims.templatetags.claim_format import unit_label


@pytest.mark.parametrize(
    ("unit", "value", "high", "label"),
    [
        ("soldier", 12000, None, "soldiers"),
        ("soldier", 1, None, "soldier"),
        ("soldier", 1, 3, "soldiers"),
        ("casualty", 4000, None, "casualties"),
        ("person", 2500, None, "people"),
        ("child", 40, None, "children"),
        ("killed", 300, None, "killed"),
        ("percent", 40, None, "%"),
        ("percentage point", 2.5, None, "percentage points"),
        ("factor", 3, None, "×"),
        ("ammunition container", 1000, None, "ammunition containers"),
        ("day", 3, None, "days"),
        ("bus", 12, None, "buses"),
        ("", 5, None, ""),
    ],
)
def test_the_unit_agrees_with_its_number(unit, value, high, label):
    assert unit_label(unit, Decimal(value), None if high is None else Decimal(high)) == label
