"""Who speaks a German quotation: the person, not the firm the person works for, and not the
word "weiter" of "so X weiter". The texts are made up."""

from tracker.extraction import extract


def speakers(text):
    return [q.speaker.name if q.speaker else None for q in extract(text, "de", "2026-03-02").quotes]


def test_so_x_weiter_names_x_alone():
    text = (
        "„Wir haben das Ziel klar verfehlt und müssen umsteuern“, sagte Trainerin Mara Lenk. "
        "„Die nächsten Wochen entscheiden über die ganze Saison“, so Lenk weiter."
    )
    assert speakers(text)[1] == "Lenk"


def test_a_firm_joined_by_an_ampersand_is_not_the_speaker():
    text = (
        "Analystin Carla Ott von der Investmentbank Stauff & Partner sprach von einem "
        "„mutigen, aber späten Kurswechsel“."
    )
    assert speakers(text) == ["Analystin Carla Ott"]


def test_a_name_with_von_der_stays_whole():
    text = "Kommissionschefin Ulla von der Brügge sprach von einem „klaren Signal an die Märkte“."
    assert speakers(text)[0].endswith("Ulla von der Brügge")


def test_a_pronoun_after_such_a_quote_stands_for_the_person_alone():
    text = (
        "Analyst Henrik Sand von der Privatbank Moll & Roth sprach von einem „teuren Schritt“. "
        "Er senkte sein Kursziel von 31 auf 27 Euro."
    )
    claims = extract(text, "de", "2026-03-02").claims
    assert [s.name for s in claims[0].sources] == ["Analyst Henrik Sand"]
