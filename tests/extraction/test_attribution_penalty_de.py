"""German: a prison term the clause's subject holds out ("stellte das Gericht eine Freiheitsstrafe
von drei Jahren in Aussicht") has that subject as its source; a span of the subject's doing and
a sentence it hands down (an acting verb) do not (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [s.text for s in c.sources] for c in extract(text, "de", "2026-07-05").claims}


def test_a_term_the_court_holds_out():
    text = (
        "Der Prozess gegen den Bauunternehmer hat begonnen. Für ihn stellte das Landgericht im Fall "
        "eines Geständnisses eine Haftstrafe von höchstens drei Jahren in Aussicht."
    )
    assert _sources(text)["höchstens drei Jahren"] == ["das Landgericht"]


def test_a_span_of_the_subjects_doing_has_no_source():
    text = (
        "Der Prozess gegen den Bauunternehmer hat begonnen. Über drei Jahre hinweg prüfte die "
        "Kammer die Akten."
    )
    assert _sources(text)["Über drei Jahre"] == []


def test_a_sentence_handed_down_has_no_source():
    text = "Der Prozess ist zu Ende. Das Landgericht verurteilte den Bauunternehmer zu drei Jahren Haft."
    assert _sources(text)["drei Jahren"] == []
