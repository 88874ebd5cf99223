"""Court reports (sources/court.py): the hearing is the account of what it heard, counsel are
named with their side, and a court that only listens or is the place is no source."""

import pytest

from tracker.extraction import extract


def texts(text, lang, index=0):
    return [s.text for s in extract(text, lang, "2026-04-20").claims[index].sources]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Carlisle Crown Court heard that the defendant took £31,500 from his employer.",
            "Carlisle Crown Court",
        ),
        ("The jury was told the builder had overcharged 27 pensioners.", "jury"),
        ("The inquest heard the driver had been awake for 19 hours.", "inquest"),
    ],
)
def test_the_hearing_is_the_account_of_what_it_heard(text, want):
    assert any(want in t for t in texts(text, "en"))


def test_heard_attributes_only_a_court():
    assert texts("Neighbours heard 4 shots shortly after midnight.", "en") == []


def test_counsel_with_their_side_speak_and_the_court_only_listens():
    got = texts("Tom Rydell, prosecuting, told the court the pair had claimed £48,000 in benefits.", "en")
    assert got == ["Tom Rydell"]


def test_vor_gericht_is_the_place_not_the_source():
    got = texts(
        "Vor dem Landgericht Kiel sagte der Ermittler, die Bande habe 1,3 Millionen Euro erbeutet.", "de"
    )
    assert not any("Kiel" in t or "Landgericht" in t for t in got)
    assert got


def test_die_staatsanwaltschaft_wirft_vor():
    assert texts("Die Staatsanwaltschaft wirft dem Mann vor, 23 Autos gestohlen zu haben.", "de") == [
        "Staatsanwaltschaft"
    ]


def test_a_cue_verb_before_a_role_and_its_name_is_no_part_of_the_source():
    got = texts("Aus der Region meldete Gouverneur Taras Melnyk am Freitag drei Tote nach Beschuss.", "de")
    assert got == ["Gouverneur Taras Melnyk"]


def test_german_perfect_with_the_subject_after_the_auxiliary():
    got = texts("Seit Jahresbeginn hat die Behörde damit 4.286 Fälle dokumentiert.", "de")
    assert got == ["Behörde"]


def test_polled_experts_and_their_pollster():
    got = texts("Von LSEG befragte Analysten hatten im Schnitt mit 281 Millionen Euro gerechnet.", "de")
    assert any("befragte Analysten" in x for x in got) and any("LSEG" in x for x in got)


def test_a_pollster_at_its_fieldwork_is_no_source():
    assert texts("Ipsos interviewed 2,014 adults aged 16 to 75 online.", "en") == []


def test_a_new_speaker_without_figures_takes_over_the_reported_speech():
    text = (
        "Das Bündnis übergab nach eigenen Angaben 23.600 Unterschriften.\n\n"
        "Die Kundgebung sei friedlich verlaufen, sagte ein Polizeisprecher am Sonntag. "
        "Am Rande seien zwei Beamte leicht verletzt worden."
    )
    assert texts(text, "de", 1) == ["Polizeisprecher"]


def test_a_described_counter_beside_a_reporting_body_is_no_source():
    text = "Im Winter zählten die Betriebe 5,9 Millionen Gäste, wie das Landesamt am Donnerstag mitteilte."
    assert texts(text, "de") == ["Landesamt"]


def test_a_document_without_author_gives_way_to_the_named_body():
    text = (
        "In der 7. Woche wurden dem Robert Koch-Institut (RKI) 31.460 Fälle übermittelt, "
        "wie aus dem am Mittwoch veröffentlichten Wochenbericht hervorgeht."
    )
    assert texts(text, "de") == ["Robert Koch-Institut (RKI)"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Nach den Feststellungen des Gerichts überfiel der Mann drei Apotheken.", "Gerichts"),
        (
            "Nach den Ermittlungen der Staatsanwaltschaft erbeutete die Bande rund 40.000 Euro.",
            "Staatsanwaltschaft",
        ),
    ],
)
def test_findings_of_a_court_or_an_inquiry_name_their_source(text, want):
    assert any(t.endswith(want) for t in texts(text, "de"))


@pytest.mark.parametrize(
    "text",
    [
        "Die Nebenklage hatte auf neun Jahre Haft plädiert.",
        "Im Prozess plädierte die Staatsanwaltschaft auf vier Jahre Haft.",
    ],
)
def test_a_plea_names_its_side(text):
    got = texts(text, "de")
    assert any("klage" in t or "Staatsanwaltschaft" in t for t in got), got


def test_the_defence_after_a_comma_pleads_for_the_figure_after_it():
    text = "Die Staatsanwaltschaft hatte auf neun Jahre Haft plädiert, die Verteidigung auf fünf Jahre."
    assert texts(text, "de", 1) == ["Verteidigung"]
