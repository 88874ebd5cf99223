"""German: a source before a postposed "zufolge" in the middle of its clause (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return [[(s.text, s.name) for s in c.sources] for c in extract(text, "de", "2026-06-14").claims]


def test_a_surname_before_zufolge_after_the_verb_is_the_source():
    got = _sources("Der Etat wächst Kämmerin Brandt zufolge auf 240 Millionen Euro.")
    assert [t for t, _ in got[0]] == ["Kämmerin Brandt"]


def test_a_body_with_its_article_and_an_adjective_before_zufolge():
    got = _sources("Die Zahl der Gäste sank dem zuständigen Landesamt zufolge um 4 Prozent.")
    assert got[0] and got[0][0][0].endswith("Landesamt")


def test_the_author_of_information_before_zufolge():
    got = _sources("Der Schaden liegt Schätzungen der Versicherer zufolge bei 80 Millionen Euro.")
    assert got[0] and "Versicherer" in got[0][0][0]


def test_information_without_author_before_zufolge_is_no_source():
    assert _sources("Der Schaden liegt ersten Angaben zufolge bei 80 Millionen Euro.") == [[]]


def test_a_lower_case_word_before_zufolge_is_no_source():
    assert _sources("Der Schaden liegt demzufolge bei 80 Millionen Euro.") == [[]]


def test_information_with_its_article_before_zufolge_is_the_source():
    got = _sources("Nur 3 Millionen Euro flossen den Ermittlungen zufolge in die Anlagen.")
    assert [t for t, _ in got[0]] == ["den Ermittlungen"]


def test_a_name_coordinated_after_a_source_phrase_is_a_source_too():
    got = _sources(
        "Nach Angaben der Vergleichsportale Tarifa und Wechselfix senkten 120 Versorger die Preise."
    )
    assert [t for t, _ in got[0]] == ["Vergleichsportale Tarifa", "Wechselfix"]


def test_coordinated_nouns_after_the_source_phrase_are_no_source():
    got = _sources("Laut dem Bericht stiegen Mieten und Preise um 4 Prozent.")
    assert [t for t, _ in got[0]] == ["Bericht"]
