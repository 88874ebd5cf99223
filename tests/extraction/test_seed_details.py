"""What the scorer does not check on the seed but the newsroom relies on: the quotes' relays."""

from pathlib import Path

import pytest

from tracker.extraction import extract

SEED = Path(__file__).resolve().parent / "seed" / "kim-mourns-soldiers.de.txt"


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.fail(f"the seed article is missing: {SEED}")
    return extract(SEED.read_text(encoding="utf-8"), "de", "2025-08-22")


def test_kims_quote_came_through_kcna(seed):
    first = seed.quotes[0]
    assert first.text.startswith("Mein Herz schmerzt")
    assert first.speaker.name == "Kim"
    assert [v.name for v in first.via] == ["KCNA"]


def test_the_second_quote_has_no_relay(seed):
    second = seed.quotes[1]
    assert second.speaker.name == "der nordkoreanische Machthaber"
    assert list(second.via) == []
