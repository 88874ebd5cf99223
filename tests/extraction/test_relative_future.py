"""time/news.future_sentence: a future word inside a relative clause set off by commas says
what the noun is, not that the sentence looks forward. Own sentences."""

from tracker.extraction import extract
from tracker.extraction.text.sentences import sentences as split
from tracker.extraction.time.news import future_sentence


def _sentence(text, lang):
    return split(text, lang)[0]


def test_a_future_word_in_a_relative_clause_does_not_look_forward():
    s = _sentence("Die Zahl der Läden, die schließen sollen, sank um 12 Prozent.", "de")
    assert not future_sentence(s)
    s = _sentence("The number of stores, which will close, fell by 12 percent.", "en")
    assert not future_sentence(s)


def test_a_future_main_clause_looks_forward():
    assert future_sentence(_sentence("Die Zahl der Läden soll um 12 Prozent sinken.", "de"))
    assert future_sentence(_sentence("The chain, which opened in 2019, will close 12 stores.", "en"))


def test_the_figure_keeps_the_article_period():
    text = (
        "Weniger Läden in Nordstadt\n\n"
        "Im vergangenen Jahr schlossen in Nordstadt 40 Läden, wie die Stadt am Dienstag mitteilte.\n\n"
        "Die Zahl der Flächen, die neu vermietet werden sollen, ging um 8 Prozent zurück."
    )
    claims = {c.text: c.when for c in extract(text, "de", "2026-02-12").claims}
    assert claims["8 Prozent"].start.isoformat() == "2025-01-01"
