"""English: a company's results in the subject ("Brayford's ticket income rose by 8%") take the
closing attribution of the next sentence of the paragraph when it has one ("The increase came
on the back of higher crowds, the club said."), not the owner's possessive."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-05-11").claims}


def test_the_closing_attribution_of_the_next_sentence_reaches_back():
    got = _sources(
        "Brayford Albion Ltd published its accounts on Monday.\n\nBrayford's ticket income rose by 8% to"
        " £3.2 million. The increase came on the back of crowds rising 6% to 12,400, the club said."
    )
    assert got["8%"] == ["the club"]
    assert got["6%"] == ["the club"]


def test_without_a_closing_attribution_the_owner_stays():
    got = _sources(
        "Brayford Albion Ltd's ticket income rose by 8% to £3.2 million. Crowds rose to 12,400 on average."
    )
    assert got["8%"] == ["Brayford Albion Ltd"]


def test_the_owner_gives_way_in_its_own_paragraph_too():
    got = _sources(
        "Brayford Albion Ltd's ticket income rose by 8% to £3.2 million. The increase came on the back"
        " of crowds rising 6% to 12,400, the club said."
    )
    assert got["8%"] == ["the club"]
