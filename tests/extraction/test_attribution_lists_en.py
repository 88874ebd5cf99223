"""English lists: an intro with a colon that opens with a body's possessive names the list's
source ("The council's proposals include:"); the list's account ends with its last line."""

from tracker.extraction import extract

TEXT = (
    "Parish rates to rise as Eastmoor seeks savings\n\n"
    "Eastmoor borough council published its draft budget on Monday.\n\n"
    "The council's main proposals include:\n"
    "– £4.2m from cutting agency staff.\n"
    "– £1.9m from higher parking charges.\n\n"
    "A band D household pays £1,912 a year at present."
)


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-02-02").claims}


def test_the_possessive_owner_of_a_colon_intro_is_the_source_of_its_list():
    found = _sources(TEXT)
    assert found["£4.2m"] == found["£1.9m"] == ["The council's"]


def test_the_list_account_ends_with_its_last_line():
    assert _sources(TEXT)["£1,912"] == []


def test_a_thing_owning_a_colon_intro_names_no_source():
    text = "Pay rises ahead\n\nThe budget's main items include:\n– £4.2m for roads.\n– £1.9m for parks."
    found = _sources(text)
    assert found["£4.2m"] == found["£1.9m"] == []
