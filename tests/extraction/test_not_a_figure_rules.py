"""The not-a-figure rules (numbers/not_figures.py), each on an example of its own: the rule
answers for the number, and the rules before it in the table leave it alone."""

import pytest

from tracker.extraction.numbers import not_figures
from tracker.extraction.text.sentences import sentences

EXAMPLES = [
    ("glued_to_letters", "Der Airbus A380 landete.", "de", "380", True),
    ("model_after_hyphen", "Ukraine received more F-16 jets.", "en", "16", True),
    ("after_symbol", "Call +49 30 1234 now.", "en", "49", True),
    ("after_symbol", "Der Index stieg um +6,8 % im Juni.", "de", "6,8", False),
    ("clock_or_score", "Der Zug fuhr um 14:30 ab.", "de", "14", True),
    ("goal_minute", "Tor: Müller (41.) und Kane.", "de", "41", True),
    ("letter_suffix", "It was the 21st raid.", "en", "21", True),
    ("german_ordinal", "Am 3. Tag kamen sie an.", "de", "3", True),
    ("model_name_after", "The 737 MAX was grounded.", "en", "737", True),
    ("time_of_day", "Der Zug fuhr um 9 Uhr ab.", "de", "9", True),
    ("after_name_prefix", "Flug Nr. 5 startete.", "de", "5", True),
    ("hour_of_the_day", "They met at 7 in the morning.", "en", "7", True),
    ("numbered_name", "Der ICE 594 hielt in Ulm.", "de", "594", True),
    ("second_of_pair", "Sie gewannen 2-1 gegen Köln.", "de", "1", True),
    ("phone_number", "Die Hotline 0800 hilft.", "de", "0800", True),
    ("list_number", "1. Die Lage", "de", "1", True),
    ("rate_base", "The rate stood at 8.4 per 100,000 people.", "en", "100,000", True),
]


def _at(text, lang, token):
    s = sentences(text, lang)[0]
    return s, s.words.index(token)


@pytest.mark.parametrize(("rule", "text", "lang", "token", "verdict"), EXAMPLES)
def test_each_rule_decides_its_example(rule, text, lang, token, verdict):
    s, i = _at(text, lang, token)
    table = [r.__name__ for r in not_figures.NOT_A_FIGURE]
    assert getattr(not_figures, rule)(s, i, lang) is verdict
    for earlier in not_figures.NOT_A_FIGURE[: table.index(rule)]:
        assert earlier(s, i, lang) is None, earlier.__name__
    assert not_figures.not_a_figure(s, i, lang) is verdict


def test_every_rule_of_the_table_has_an_example_and_a_docstring():
    assert {r.__name__ for r in not_figures.NOT_A_FIGURE} == {e[0] for e in EXAMPLES}
    assert all(r.__doc__ for r in not_figures.NOT_A_FIGURE)


def test_a_plain_number_is_a_figure():
    s, i = _at("Laut Polizei kamen 12.000 Menschen.", "de", "12.000")
    assert not_figures.not_a_figure(s, i, "de") is False
