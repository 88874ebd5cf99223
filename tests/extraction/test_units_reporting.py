"""Units real reporting writes (DESIGN: the harm decides; the noun written when it is in the
unit vocabulary): people among the harmed, lives lost, a headline's harm participle, a noun
after a participle phrase, emergency services by whose account. Sentences written for these tests."""

from tracker.extraction import extract


def _units(text, lang):
    return [c.unit for c in extract(text, lang, "2026-02-19").claims]


def test_people_among_the_harmed_are_counted_as_harmed():
    assert _units("In dieser Saison starben 412 Menschen an Influenza, darunter neun Kinder.", "de") == [
        "killed",
        "killed",
    ]
    assert _units("The strike killed 30 people, including 12 children.", "en") == ["killed", "killed"]
    en = "The figures were for identified bodies - 700 children, 495 women and 1,006 men."
    assert _units(en, "en") == ["killed", "killed", "killed"]
    # among two harms: the noun stays
    de = "Es wurden neun Menschen getötet und 47 verletzt, unter ihnen fünf Kinder."
    assert _units(de, "de")[-1] == "child"


def test_lives_lost_and_a_headline_participle():
    de = "Mehr als 900 Zivilisten haben in der Region seit Beginn der Kämpfe im Mai ihr Leben verloren."
    assert _units(de, "de") == ["killed"]
    assert _units("UN: Mehr als 900 Zivilisten seit Kriegsbeginn getötet", "de") == ["killed"]


def test_a_noun_after_a_participle_phrase():
    assert _units("Es wurden 3.100 im Labor bestätigte Influenza-Fälle gemeldet.", "de") == ["case"]


def test_emergency_services_by_whose_account():
    de = "Nach Angaben der Feuerwehr waren 85 Einsatzkräfte vor Ort."
    assert _units(de, "de") == ["firefighter"]
    de = "Mehr als 200 Einsatzkräfte von Feuerwehr, THW und Polizei sind im Einsatz."
    assert _units(de, "de") == ["person"]


def test_a_harm_verb_later_in_the_clause():
    assert _units("Some 300 civilians in the city have been killed since the siege began.", "en") == [
        "killed"
    ]
    assert _units("Officials said 25 migrants on board the boat drowned.", "en") == ["killed"]
    assert _units("At least 12 people, including three children, died in the blaze.", "en") == [
        "killed",
        "killed",
    ]
    assert _units("Im vergangenen Jahr sind 3.100 Personen bei Verkehrsunfällen getötet worden.", "de") == [
        "killed"
    ]
    de = "3.100 Menschen sind 2025 nach vorläufigen Ergebnissen des Landesamts (LSA) bei Unfällen gestorben."
    assert _units(de, "de") == ["killed"]
    assert _units("Die Polizei teilte mit, dass drei Menschen in Autos starben.", "de") == ["killed"]


def test_of_these_after_a_harm():
    en = "The ministry said 9,061 people had been killed. Of these, 3,760 were children."
    assert _units(en, "en") == ["killed", "killed"]
    assert _units("Bei dem Unglück starben 41 Menschen. Darunter waren 12 Kinder.", "de") == [
        "killed",
        "killed",
    ]


def test_the_base_of_a_rate_after_its_noun():
    claims = extract(
        "Die Inzidenz lag bei rund 500 Erkrankungen pro 100.000 Einwohner.", "de", "2026-02-19"
    ).claims
    assert [c.value for c in claims] == [500]


def test_what_services_roads_and_tourism_statistics_count():
    de = (
        "Die Feuerwehr rückte zu 140 Feuerwehreinsätzen aus, "
        "900 Notrufe gingen ein, elf Straßen waren gesperrt."
    )
    assert _units(de, "de") == ["operation", "call", "road"]
    de = "Die Betriebe zählten 42 Millionen Übernachtungen; 540 Profis und drei Unfälle."
    assert _units(de, "de") == ["overnight stay", "player", "accident"]
    assert _units("The agency counted 612,400 asylum claims.", "en") == ["application"]
