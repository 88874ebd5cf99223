"""German: a sentence opening with a person and ending in a quotation after a colon makes the
person the speaker, whose reported speech after it goes on with their account (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return [[(s.text, s.name) for s in c.sources] for c in extract(text, "de", "2026-10-22").claims]


def test_a_role_and_name_before_a_colon_quote_carry_to_the_reported_speech_after_it():
    text = (
        "Die Gemeinde Tannau muss sparen. Kämmerer Olaf Brisch schilderte im Rat die Lage: "
        "„Die Einnahmen brechen weg.“ Die Erträge lägen um 3,1 Millionen Euro unter Plan. "
        "Die Haushaltssperre wirke, dennoch fehle 1,2 Millionen Euro."
    )
    got = _sources(text)
    assert [n for g in got for _, n in g] == ["Olaf Brisch", "Olaf Brisch"]
    assert got[0][0][0] == "Kämmerer Olaf Brisch"


def test_a_name_with_a_party_before_a_colon_quote():
    text = "Lea Marten (Grüne) wurde deutlich: „Das reicht nicht.“ Der Etat liege 9 Prozent unter Bedarf."
    assert [n for _, n in _sources(text)[0]] == ["Lea Marten"]


def test_a_body_before_a_colon_quote_is_no_such_speaker():
    text = (
        "Die Gemeinde Tannau zieht Bilanz: „Es war hart.“ Die Erträge lägen um 3,1 Millionen Euro unter Plan."
    )
    assert [n for _, n in _sources(text)[0]] != ["Gemeinde Tannau"]


def test_indicative_figures_after_the_quotation_are_not_carried():
    text = "Kämmerer Olaf Brisch schilderte die Lage: „Es bricht weg.“ Der Etat umfasst 80 Millionen Euro."
    assert _sources(text)[0] == []


def test_konjunktiv_of_a_common_verb_after_a_quotation_goes_on_with_its_speaker():
    text = "„Es ist nicht zu spät“, sagte Amtsärztin Ruth Kober. Der Schutz setze nach etwa zehn Tagen ein."
    assert [n for _, n in _sources(text)[0]] == ["Amtsärztin Ruth Kober"]


def test_the_indicative_after_a_quotation_does_not_go_on():
    text = "„Es ist nicht zu spät“, sagte Amtsärztin Ruth Kober. Der Schutz setzt nach etwa zehn Tagen ein."
    assert _sources(text)[0] == []
