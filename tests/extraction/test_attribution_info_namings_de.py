"""German: an information noun that names its source back ("Nach seinen Zahlen", "Deren Angaben
zufolge", "laut ihrer Zählung", "laut Mitteilung", "Aus den Daten geht hervor") is the mention
of its figures (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return [[(s.text, s.name) for s in c.sources] for c in extract(text, "de", "2026-05-20").claims]


def test_nach_seinen_zahlen_names_the_office_back():
    text = (
        "Das Statistische Landesamt in Kamenz hatte schon im März vor dem Rückgang gewarnt. "
        "Nach seinen Zahlen zogen im vergangenen Jahr 8.240 Menschen in den Freistaat."
    )
    got = _sources(text)
    assert [t for t, _ in got[-1]] == ["Nach seinen Zahlen"]


def test_deren_angaben_zufolge_opens_a_sentence():
    text = (
        "Die Zahlen stammen von der Handwerkskammer Oberfranken. "
        "Deren Angaben zufolge blieben im Herbst 1.130 Lehrstellen frei."
    )
    got = _sources(text)
    assert [t for t, _ in got[-1]] == ["Deren Angaben zufolge"]


def test_a_singular_noun_takes_a_singular_possessive():
    text = (
        "Die Bergwacht Bayern zog am Sonntag eine erste Bilanz der Feiertage. "
        "Nach ihrer Zählung mussten an Ostern 57 Wanderer geborgen werden."
    )
    got = _sources(text)
    assert [t for t, _ in got[-1]] == ["Nach ihrer Zählung"]


def test_a_possessive_that_does_not_agree_is_no_naming():
    text = (
        "Die Bergwacht Bayern zog am Sonntag eine erste Bilanz der Feiertage. "
        "Nach ihren Zählung mussten an Ostern 57 Wanderer geborgen werden."
    )
    assert all(t != "Nach ihren Zählung" for ms in _sources(text) for t, _ in ms)


def test_a_possessive_before_no_information_noun_is_no_naming():
    text = (
        "Der Verein hat einen neuen Vorstand gewählt. "
        "Nach seinen Spielen in der Halle kamen 450 Zuschauer zum Fest."
    )
    assert all(t != "Nach seinen Spielen" for ms in _sources(text) for t, _ in ms)


def test_laut_mitteilung_after_a_paragraph_break():
    text = (
        "Die Reederei Nordkap hat im Halbjahr mehr Gäste befördert, wie das Unternehmen am Montag "
        "mitteilte. Marktbeobachter hatten mit einem Plus von vier Prozent gerechnet.\n\n"
        "Die Buchungen für den Sommer lagen laut Mitteilung bei 212.000 Kabinen."
    )
    got = _sources(text)
    assert [t for t, _ in got[-1]] == ["laut Mitteilung"]


def test_laut_mitteilung_with_its_owner_is_that_owner():
    text = (
        "Die Reederei Nordkap hat im Halbjahr mehr Gäste befördert.\n\n"
        "Die Buchungen lagen laut Mitteilung des Hafenamts bei 212.000 Kabinen."
    )
    got = _sources(text)
    assert all(t != "laut Mitteilung" for t, _ in got[-1])


def test_aus_den_daten_geht_hervor_and_the_sentence_after():
    text = (
        "Die Vereine erlösten zusammen 81 Millionen Euro, gab der Verband am Dienstag bekannt. "
        "Aus den Daten geht zudem hervor: Gut 30 Millionen Euro gehen an die Spieler. "
        "Bei 260 Spielern sind das im Schnitt 115.000 Euro."
    )
    got = _sources(text)
    assert [t for t, _ in got[1]] == ["Aus den Daten"]
    assert [t for t, _ in got[-1]] == ["Aus den Daten"]


def test_aus_den_daten_of_a_named_body_is_no_naming_back():
    text = (
        "Der Verband hat am Dienstag Bilanz gezogen. "
        "Aus den Daten der Deutschen Bundesbank geht hervor, dass 30 Millionen Euro fehlen."
    )
    assert all(t != "Aus den Daten" for ms in _sources(text) for t, _ in ms)


def test_dem_bericht_zufolge():
    text = (
        "Das Umweltbundesamt hat am Mittwoch seinen Jahresbericht vorgelegt. "
        "Dem Bericht zufolge sanken die Emissionen um 4,1 Prozent."
    )
    got = _sources(text)
    assert [t for t, _ in got[-1]] == ["Dem Bericht zufolge"]
