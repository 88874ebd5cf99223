"""Units: pounds that weigh in a dollar article (claims/weights.py); firearms and structures;
people unaccounted for are missing. Own sentences."""

from tracker.extraction import extract


def units(text):
    return [(c.text, c.unit) for c in extract("Head\n\n" + text, "en", "2026-06-12").claims]


def test_pounds_in_a_dollar_article_weigh():
    got = dict(units("Agents seized 52 pounds of heroin and $18,000 in cash."))
    assert got["52 pounds"] == "pound weight"
    assert got["$18,000"] == "dollar"


def test_pounds_beside_sterling_or_without_dollars_are_money():
    got = dict(units("The club paid 40 million pounds for the striker and £2m in fees, or $2.5m."))
    assert got["40 million pounds"] == "pound"
    assert dict(units("The charity raised 9,000 pounds at the fair."))["9,000 pounds"] == "pound"
    # pence in a dollar article stay money
    got = dict(units("Diesel rose 3p a litre, while US prices rose $0.10 a gallon."))
    assert got.get("3p") != "pound weight"


def test_firearms_structures_and_unaccounted_people():
    got = dict(units("Officers recovered 9 firearms and 2 pistols."))
    assert got["9 firearms"] == "weapon"
    assert [u for _, u in units("The blaze razed 12 homes and dozens of other structures.")] == [
        "home",
        "building",
    ]
    assert units("Three people were still unaccounted for late on Sunday.")[0][1] == "missing"
    assert units("Three people were accounted for.")[0][1] == "person"


def test_layoffs_and_redundancies_count_jobs():
    got = dict(units("The council plans 85 layoffs and 20 redundancies."))
    assert got["85 layoffs"] == got["20 redundancies"] == "job"
