"""Direct quotations and their speakers."""

from tracker.extraction import extract


def quotes(text, lang):
    return extract(text, lang).quotes


def test_german_quotes_with_speaker_and_via():
    text = (
        "„Mein Herz schmerzt und ist verbittert, wenn ich daran denke“, sagte Kim laut KCNA in seiner Rede."
    )
    (q,) = quotes(text, "de")
    assert q.text.startswith("Mein Herz") and q.speaker.name == "Kim"
    assert [v.name for v in q.via] == ["KCNA"]
    assert text[q.start : q.end] == q.text and text[q.speaker.start : q.speaker.end] == "Kim"


def test_wird_zitiert_gives_the_speaker_as_written():
    text = (
        '"Ich weiß nicht, wie ich mein Bedauern ausdrücken soll", '
        "wird der nordkoreanische Machthaber zitiert."
    )
    (q,) = quotes(text, "de")
    assert q.speaker.name == "der nordkoreanische Machthaber"


def test_english_quotes_said_after_and_before():
    (q,) = quotes('"The scale of this cooperation is unprecedented," said Kim Byung-ho, a lawmaker.', "en")
    assert q.speaker.name == "Kim Byung-ho"
    (q,) = quotes('"We will rebuild every home in this town," Smith said.', "en")
    assert q.speaker.name == "Smith"
    (q,) = quotes('Smith said: "We will rebuild every home in this town."', "en")
    assert q.speaker.name == "Smith"


def test_all_quote_styles():
    for text in [
        "»Wir werden das gemeinsam schaffen«, sagte sie.",
        "“We will do this together,” she said.",
        "‚Wir werden das gemeinsam schaffen‘, sagte sie.",
        "«Wir werden das gemeinsam schaffen», sagte sie.",
    ]:
        assert len(quotes(text, "de")) == 1, text


def test_scare_quotes_around_a_name_are_not_quotes():
    assert quotes('Das berichtete "CNN" am Montag.', "de") == ()


def test_reported_speech_after_a_colon():
    (q,) = quotes("Der Minister sagte: Die Lage an der Front ist sehr ernst.", "de")
    assert q.text.startswith("Die Lage") and q.speaker.name == "Der Minister"


def test_unbalanced_quotes_do_not_break_anything():
    text = '„Das ist ein offener Satz ohne Ende, sagte er.\n"Und hier auch'
    assert quotes(text, "de") == ()


def test_pronoun_speakers_resolve_to_the_last_named_speaker():
    text = (
        '"We have lost many good people here today," said Mayor Jane Doe. '
        '"We will rebuild all of it again," she said.'
    )
    qs = quotes(text, "en")
    assert [q.speaker.name for q in qs] == ["Mayor Jane Doe", "Mayor Jane Doe"]


def test_a_named_apposition_is_the_speaker():
    from tracker.extraction import extract

    t = (
        "„Wir haben für höchstens 1.200 Menschen Betten“, sagte die Leiterin der Delegation, "
        "Nora Haddad, der dpa."
    )
    r = extract(t, "de", "2026-11-20")
    assert r.quotes[0].speaker.name == "Nora Haddad"
    assert [s.name for s in r.claims[0].sources] == ["Nora Haddad"]


def test_a_short_partial_quote_and_its_speaker():
    (q,) = quotes("Die Ministerin sagte am Montag, die Lage sei „äußerst angespannt“.", "de")
    assert (q.text, q.speaker.name) == ("äußerst angespannt", "Ministerin")
    (q,) = quotes('The union called the offer "fair and final" on Friday.', "en")
    assert q.text == "fair and final"
    # a title in quotation marks is no quote
    assert quotes("Die Zeitung „Kieler Nachrichten“ berichtete darüber.", "de") == ()


def test_a_speaker_in_commas_and_the_outlet_told():
    text = '"Everything was under water," Rina Das, a teacher in the village, told the BBC.'
    (q,) = quotes(text, "en")
    assert (q.speaker.name, [v.name for v in q.via]) == ("Rina Das", ["BBC"])
    (q,) = quotes('"We had no warning," the mayor told Reuters.', "en")
    assert [v.name for v in q.via] == ["Reuters"]


def test_a_straight_opening_mark_closes_with_a_curly_one():
    text = '"We will not stop until the offer is fair for every member,” said Ada Brennan, the union leader.'
    quotes = extract(text, "en", "2026-03-10").quotes
    assert [q.speaker.name for q in quotes] == ["Ada Brennan"]


def test_a_capitalised_name_before_a_colon_is_no_speech_verb():
    text = "No country took in more applicants than the United States: 41,300, or 2,100 more than in 2024."
    result = extract(text, "en", "2026-03-20")
    assert not result.quotes and all(not c.sources for c in result.claims)


def test_a_quote_after_a_colon_is_no_partial_quote_of_a_verb_further_back():
    text = (
        "Da der Verein einen Rekord meldete, fiel dem Präsidenten die Planung leicht: "
        "„Die Marke von 40 Siegen schaffen wir.“"
    )
    got = extract(text, "de", "2026-01-01")
    assert all(q.speaker is None or "Rekord" not in q.speaker.name for q in got.quotes)
    assert all(s.text != "Verein einen Rekord" for c in got.claims for s in c.sources)


def test_a_short_quote_inside_a_sentence_keeps_its_speaker():
    text = "Der Trainer sagte, man werde die 3 Spiele „in aller Ruhe analysieren“."
    got = extract(text, "de", "2026-01-01")
    assert got.quotes[0].speaker.name == "Trainer"
