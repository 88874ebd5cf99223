"""English wire copy (issue #14, 14k): a role of several words before a name, a company as
the owner of its own results inside a noun phrase, an account going on over one-sentence
paragraphs."""

from tracker.extraction import extract


def _sources(text: str) -> dict[str, list[str]]:
    """Claim text -> the texts of its sources."""
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-05-02").claims}


def _names(text: str) -> dict[str, list[str]]:
    return {c.text: [m.name for m in c.sources] for c in extract(text, "en", "2026-05-02").claims}


def test_a_chief_executive_is_named_by_the_name_after_the_role():
    found = _names("Chief executive Lena Ostrova said the bakery chain would shut 40 branches.")
    assert found["40 branches"] == ["Lena Ostrova"]


def test_a_company_owning_its_results_in_the_subject_is_their_source():
    text = (
        "Tarnwick profit slips\n\n"
        "Turnover at Tarnwick Pharma grew 7% to £2.4 billion in the half year.\n\n"
        "Tarnwick's operating profit dropped to £310 million from £344 million.\n\n"
        "The group's dividend was kept at 11p."
    )
    found = _sources(text)
    assert found["7%"] == found["£2.4 billion"] == ["Tarnwick Pharma"]
    assert found["£310 million"] == found["£344 million"] == ["Tarnwick"]
    assert found["11p"] == ["The group"]
    assert _names(text)["£310 million"] == ["Tarnwick Pharma"]


def test_a_country_or_a_ranked_club_owns_no_results_of_its_own():
    found = _sources("Norland's revenue from tourism rose 9% last year.")
    assert found["9%"] == []
    text = (
        "The annual rich list of the accountants Pellow & Finch, published on Monday, ranked 20 clubs.\n\n"
        "Ashport's revenue rose to £512 million, ahead of Kilnford's £498 million."
    )
    assert all("Ashport" not in t for v in _sources(text).values() for t in v)


def test_a_release_goes_on_to_levels_of_other_kinds_over_wire_paragraphs():
    text = (
        "Fewer people in work\n\n"
        "The number of people in work fell by 38,000 in the quarter, "
        "the statistics office said on Tuesday.\n\n"
        "Pay growth eased to 3.9%, the slowest in two years.\n\n"
        "Vacancies dropped by 11,000 to 702,000.\n\n"
        "Harbour shares fell 2% after the figures.\n\n"
        "At least two people died after a wall fell on a car in Dunmere."
    )
    found = _sources(text)
    assert found["38,000"] == found["3.9%"] == found["11,000"] == found["702,000"] == ["statistics office"]
    assert found["2%"] == []
    assert not any(v for k, v in found.items() if "two people" in k)


def test_a_manager_and_a_body_with_and_in_its_name_are_named_whole():
    found = _names("Watch manager Ivo Brandt said 30 firefighters attended.")
    assert found["30 firefighters"] == ["Ivo Brandt"]
    found = _names("About 60 homes lost power, said Kestle & Orrin Fire and Rescue Service.")
    assert found["About 60 homes"] == ["Kestle & Orrin Fire and Rescue Service"]
