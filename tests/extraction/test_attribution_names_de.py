"""German subjects that are sources: a name with digits written onto it ("die DEL2", "RTL2"),
the subject of a subordinate clause after a focus particle ("weil auch die Liga ... meldete")
and over a bracketed aside inside that clause (text/sentences.py ``glued_digits``,
discourse_stage/clause_subject_de.py); a surname named before, in the clause of a colon
that opens a quotation (discourse_stage/colon_surname_de.py); a plural perfect auxiliary and
"angegeben", a subject ended by a place after "in" (text/phrases.py), and a clause that a comment
", wie X mitteilte" reports (sources/not_speaking_de.py)."""

import pytest

from tracker.extraction import extract
from tracker.extraction.text.sentences import Sentence, glued_digits


def sources_of(text, index=0):
    return [s.text for s in extract(text, "de").claims[index].sources]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Zweitliga3 meldete einen Umsatz von 48 Millionen Euro.", "Zweitliga3"),
        ("Die Sportliga2 teilte mit, die Reichweite sei auf 4,2 Prozent gestiegen.", "Sportliga2"),
        ("Weil die ABC3 mit 19 Millionen Euro einen Rekord meldete, war die Stimmung gut.", "ABC3"),
    ],
)
def test_a_name_with_digits_written_onto_it_is_a_source(text, name):
    assert any(name in t for t in sources_of(text))


def test_digits_after_a_space_are_no_part_of_a_name():
    s = Sentence("Die Liga 3 meldete.", 0, 19, 0)
    t = Sentence("Die Liga3 meldete.", 0, 18, 0)
    assert [k for k in range(s.n) if glued_digits(s, k)] == []
    assert [t.words[k] for k in range(t.n) if glued_digits(t, k)] == ["3"]


@pytest.mark.parametrize(
    "text",
    [
        "Weil auch die Liga einen Umsatz von 61 Millionen Euro meldete, war die Stimmung gut.",
        "Nachdem sogar die Kasse einen Anstieg auf 5,4 Prozent gemeldet hatte, reagierte die Politik.",
        # a bracket inside the subordinate clause
        "Weil die Liga mit 61 Millionen Euro (plus 7 Prozent) einen Rekord meldete, war die Stimmung gut.",
    ],
)
def test_the_subject_after_a_focus_particle_or_over_a_bracket_speaks(text):
    assert any(t.endswith(("Liga", "Kasse")) for t in sources_of(text))


def test_the_bracketed_figure_takes_the_subject_too():
    text = "Weil die Liga mit 61 Millionen Euro (plus 7 Prozent) einen Rekord meldete, war die Stimmung gut."
    assert sources_of(text, 1) == ["die Liga"]


@pytest.mark.parametrize(
    "text",
    [
        # an acting verb: the subject does the counted thing
        "Weil auch die Polizei 38 Menschen festgenommen hatte, blieb es ruhig.",
        # a place as the subject, no body that speaks
        "Weil auch die Stadt 12 Millionen Euro ausgab, war die Kasse leer.",
        # a road's number is no name that speaks
        "Die A7 war am Morgen auf 12 Kilometern gesperrt.",
    ],
)
def test_no_source_for_a_doer_a_place_or_a_road(text):
    assert sources_of(text) == []


_BEFORE = (
    "Die Liga setzte 2025 rund 200 Millionen Euro um, sagte Geschäftsführer Holger Berger.\n\n"
    "Die Klubs sind zufrieden.\n\n"
)
_QUOTE = "„Die Marke von 300 Millionen werden wir knacken.“"


@pytest.mark.parametrize(
    "clause",
    [
        "Weil die Klubs einen Rekord meldeten, fiel Berger die Prognose leicht: ",
        "Berger blieb gelassen: ",
    ],
)
def test_a_surname_before_a_colon_quote_speaks_it(clause):
    # discourse_stage/colon_surname_de.py: the person named before by the surname alone
    text = _BEFORE + clause + _QUOTE
    found = extract(text, "de").claims[1].sources
    assert [s.text for s in found] == ["Berger"]
    assert found[0].name.endswith("Holger Berger")


def test_a_surname_after_a_preposition_does_not_speak():
    text = _BEFORE + "Der Anwalt von Berger wurde deutlich: " + _QUOTE
    assert extract(text, "de").claims[1].sources == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural perfect auxiliary, the participle "angegeben" at the clause's end
        ("Die Rebellen hatten ihre Verluste mit 2.400 Toten angegeben.", "Die Rebellen"),
        # a place after "in" ends the subject
        (
            "Die Aufständischen in Norddorf hatten am Freitag 700 Tote gemeldet.",
            "Die Aufständischen in Norddorf",
        ),
        ("Die Milizen in Ostheim gaben ihre Verluste mit 2.400 Toten an.", "Die Milizen in Ostheim"),
    ],
)
def test_a_plural_perfect_subject_and_one_ended_by_a_place_speak(text, expected):
    assert sources_of(text) == [expected]


def test_a_clause_a_comment_reports_has_the_comments_source_only():
    text = (
        "Viele Stadtwerke haben 120 neue Tarife angekündigt, wie das Portal Tarifblick am Montag mitteilte."
    )
    assert sources_of(text) == ["das Portal Tarifblick"]


@pytest.mark.parametrize(
    "text",
    [
        # a comparison after "wie", no comment: the subject stays
        "Die Stadtwerke hatten 120 neue Tarife angekündigt, wie schon im Vorjahr.",
    ],
)
def test_a_comparison_after_wie_keeps_the_subject(text):
    assert sources_of(text) == ["Die Stadtwerke"]


def test_a_count_before_a_place_is_no_speaker():
    assert sources_of("Die Zahl der Toten in Norddorf hatte sich auf 700 erhöht.") == []


@pytest.mark.parametrize("pollster", ["dem Unternehmen", "LSEG"])
def test_experts_polled_by_a_pollster_with_or_without_its_article_speak(pollster):
    text = f"Von {pollster} befragte Analysten hatten im Schnitt mit 510 Millionen Euro Umsatz gerechnet."
    assert "befragte Analysten" in sources_of(text)


def test_experts_a_relative_clause_says_a_pollster_asked_speak_beside_it():
    text = "Ökonomen, die die Agentur Reuters befragt hatte, waren von 2,1 Prozent Wachstum ausgegangen."
    found = sources_of(text)
    assert "Ökonomen" in found and any("Reuters" in t for t in found)


def test_people_a_pollster_asked_are_no_experts_with_a_voice():
    assert sources_of("Menschen, die Forsa befragt hatte, nannten zu 27 Prozent die Wirtschaft.") == ["Forsa"]


def test_who_collects_the_cited_figures_is_a_relay():
    text = "Nach Angaben der Kliniken, die das Landesamt sammelt, lagen 820 Patienten auf Intensivstationen."
    found = extract(text, "de").claims[0].sources
    assert [(s.text, s.role) for s in found] == [("Kliniken", "origin"), ("das Landesamt", "relay")]


def test_a_relative_clause_without_a_collecting_verb_names_no_relay():
    text = "Nach Angaben der Kliniken, die das Landesamt beaufsichtigt, lagen 820 Patienten dort."
    assert sources_of(text) == ["Kliniken"]
