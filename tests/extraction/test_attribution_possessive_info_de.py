"""German: a possessive before an information noun ("Nach seinen Zahlen", "Deren Angaben
zufolge", "laut ihrer Zählung") names back the source before it and is the mention of its
figures (issue #14)."""

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
