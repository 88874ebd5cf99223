"""English wire copy: a body's statement goes on over the one-sentence paragraphs after it,
whatever their figures count, until another voice, a quotation or background speaks."""

from tracker.extraction import extract

_WIRE = (
    "Roofers jailed over pension fraud\n\n"
    "Two roofers have been jailed for cheating pensioners, Wexford Police said in a statement on"
    " Friday.\n\n"
    "The men were sentenced at Carlow Crown Court to six years and four years, after a nine-week"
    " trial.\n\n"
    "The pair had promised their victims repairs at 20% below the usual price.\n\n"
)


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-05-11").claims}


def test_the_statement_reaches_figures_of_other_kinds_in_the_paragraphs_after_it():
    got = _sources(_WIRE)
    assert got["Two roofers"] == ["Wexford Police"]
    assert [v for k, v in got.items() if "six years" in k] == [["Wexford Police"]]
    assert [v for k, v in got.items() if "20%" in k] == [["Wexford Police"]]


def test_another_voice_ends_it():
    got = _sources(
        _WIRE.replace(
            "The pair had promised",
            "Prosecutors said the pair had preyed on 14 people.\n\nThe pair had promised",
        )
    )
    assert got["14 people"] == ["Prosecutors"]
    assert [v for k, v in got.items() if "20%" in k] != [["Wexford Police"]]


def test_no_statement_no_reach_over_other_kinds():
    got = _sources(_WIRE.replace(" in a statement on Friday", ""))
    assert [v for k, v in got.items() if "20%" in k] == [[]]


def test_prose_is_left_alone():
    prose = (
        "Two roofers have been jailed, Wexford Police said in a statement. They cheated pensioners.\n\n"
        "The pair had promised repairs at 20% below the usual price. Both admitted fraud.\n\n"
        "They will be back in court in May. Neither spoke.\n"
    )
    got = _sources(prose)
    assert [v for k, v in got.items() if "20%" in k] == [[]]
