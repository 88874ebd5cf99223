"""English crossheads: "Here are the main figures from X:" before sections titled by short
lines ("– Bed occupancy") opens X's account for the first section's figures; a list's short
lines with figures are no crossheads."""

from tracker.extraction import extract

TEXT = (
    "What the new county health figures show\n\n"
    "Hospitals in the county were busier than ever over the summer.\n\n"
    "Here are the main figures from the latest data published by Public Health Wales (PHW):\n\n"
    "– Bed occupancy\n\n"
    "The share of beds in use rose again in the summer months.\n\n"
    "Some 94.1% of hospital beds were occupied in August, up from 92.7% in July.\n\n"
    "– Ambulance handovers\n\n"
    "Crews waited more than an hour at hospital doors on many days."
)


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-09-10").claims}


def test_the_intro_before_crossheads_gives_the_first_section_its_source():
    found = _sources(TEXT)
    assert found["Some 94.1%"] != [] and found["92.7%"] != []
    assert "Public Health Wales" in found["92.7%"][0]


def test_without_the_intro_the_section_has_no_source():
    text = TEXT.replace(
        "Here are the main figures from the latest data published by Public Health Wales (PHW):",
        "Here is a look at the main changes.",
    )
    found = _sources(text)
    assert found["Some 94.1%"] == []


def test_short_lines_with_figures_after_a_colon_stay_a_list():
    text = (
        "Budget\n\n"
        "The council's main savings include:\n\n"
        "– Libraries £1.2m\n\n"
        "– Parks £0.8m\n\n"
        "Residents pay £1,912 a year in council tax."
    )
    found = _sources(text)
    assert found["£1.2m"] == found["£0.8m"] == ["The council's"]
