"""German speech verbs with their particle at the clause's end ("gab das Amt zu bedenken", "hob
die Ministerin hervor") and verbs of summing up ("bilanzierte", "resümierte"): their subject or
the name after them is the source (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [s.text for s in c.sources] for c in extract(text, "de", "2026-06-02").claims}


def test_gab_zu_bedenken_closes_the_sentence():
    got = _sources("Ohne neue Busse fielen im Winter 140 Fahrten aus, gab der Fahrgastverband zu bedenken.")
    assert got["140 Fahrten"] == ["Fahrgastverband"]


def test_a_verb_without_its_particle_at_the_clause_end_is_no_speech():
    got = _sources("Der Kran hob am Morgen 40 Tonnen Stahl auf das Dach.")
    assert got["40 Tonnen"] == []


def test_hob_hervor_closes_the_sentence():
    got = _sources("Die Zahl der Lehrstellen sei um 6 Prozent gestiegen, hob die Kammer hervor.")
    assert got["6 Prozent"] == ["Kammer"]


def test_bilanzierte_names_its_subject():
    got = _sources("Die Bergwacht bilanzierte für den Winter 312 Einsätze.")
    assert [t.removeprefix("Die ") for t in got["312 Einsätze"]] == ["Bergwacht"]


def test_an_analyst_raising_her_price_target_is_its_source():
    text = (
        "Analystin Carla Bendt von der Hafenbank sprach von einem „guten Quartal“. "
        "Sie hob ihr Kursziel von 40 auf 46 Euro an."
    )
    got = _sources(text)
    assert got["46 Euro"] == ["Sie"]


def test_zeigte_sich_zuversichtlich_makes_the_name_after_sich_the_speaker():
    got = _sources(
        "Bis zum Herbst könne der Verein 2.500 Mitglieder haben, zeigte sich Vereinschefin Marta Holm "
        "zuversichtlich."
    )
    assert got["2.500 Mitglieder"] == ["Vereinschefin Marta Holm"]


def test_sich_zeigen_without_a_stance_adjective_names_no_speaker():
    got = _sources("Bis zum Herbst kamen 2.500 Mitglieder hinzu, zeigte sich Marta Holm im Vereinsheim.")
    assert got["2.500 Mitglieder"] == []
