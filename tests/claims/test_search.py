"""Full-text search (tracker/claims/search.py): the same queries on whichever database runs
the suite (SQLite by default, PostgreSQL with DATABASE_URL), plus PostgreSQL's own plan
choice and counts, which fail under REQUIRE_SERVICES=1 without PostgreSQL."""

import pytest
from django.db import connection
from django.urls import reverse

from tests.conftest import require_service
from tests.factories import ArticleFactory, ClaimFactory
from tracker.claims import search
from tracker.claims.models import Claim

URL = reverse("claims:list")


# -- Without a database ------------------------------------------------------------------------


def test_it_parses_words_phrases_alternatives_and_exclusions():
    assert search.parse('Soldaten -"rund 500" OR  or Tote -') == [
        [search.Term(("Soldaten",), False), search.Term(("rund", "500"), True)],
        [search.Term(("Tote",), False)],
    ]
    assert search.parse("covid-19") == [[search.Term(("covid", "19"), False)]]
    assert search.parse('"" - OR') == []


def test_it_stems_by_language():
    assert search.stem("de", "Soldaten") == "soldat"
    assert search.stem("en", "soldiers") == "soldier"
    assert search.stem("other", "Soldaten") == "soldaten"


def test_fts5_leaves_out_stop_words_and_finds_nothing_to_search_in_punctuation():
    assert '"die"' not in search.fts5_expression("die Soldaten").split("lang:en")[0]
    assert search.fts5_expression("!!! -") is None


def test_the_highlighter_marks_every_form_of_the_words_and_escapes():
    mark = search.Highlighter('Soldaten -Panzer "rund 500"')
    assert mark("<b>rund</b> 500 Soldat, kein Panzer") == (
        "&lt;b&gt;<mark>rund</mark>&lt;/b&gt; <mark>500</mark> <mark>Soldat</mark>, kein Panzer"
    )
    assert search.Highlighter("in")("in Kursk") == "in Kursk"  # a stop word alone: not marked
    assert not search.Highlighter("-Panzer")


def test_few_matches_go_through_the_index_many_walk_the_newest():
    def found(matches, table_rows, word_matches=None):
        pg = search.PgQuery("q", "q", table_rows, "claims_claim")
        return search.Search("q", estimate=matches, word_matches=word_matches or matches, pg=pg)

    assert search.through_index(found(500, 1_000_000))
    assert not search.through_index(found(2_300, 1_000_000))
    assert search.through_index(found(2_300, 10_000_000))
    assert not search.through_index(found(100_000, 10_000_000))
    # A common word beside a narrow filter: 1,700 matches, but 130,000 rows with the word.
    assert not search.through_index(found(1_700, 1_000_000, word_matches=130_000))


def test_counts_read_as_a_newsroom_would_say_them():
    assert str(search.MatchCount(1234, True)) == "1,234"
    assert str(search.MatchCount(172_431, False)) == "about 170,000"


# -- The same queries on SQLite and PostgreSQL ---------------------------------------------------


@pytest.fixture
def corpus(db):
    german = ArticleFactory(language="de", body="Text de", title="Truppen in Kursk")
    english = ArticleFactory(language="en", body="Text en", title="Troops in Kursk")

    def claim(article, text, subject):
        return ClaimFactory(
            article=article, start=0, end=len(text), sentence_end=len(text), text=text, subject=subject
        )

    return {
        "soldaten": claim(german, "etwa 12.000 nordkoreanische Soldaten", "Soldaten"),
        "rund": claim(german, "rund 500 Menschen", "Menschen"),
        "menschen": claim(german, "1.000 Menschen", "Menschen"),
        "panzer": claim(german, "drei Panzer und Soldaten", "Panzer"),
        "haus": claim(german, "20 zerstörte Häuser", "Häuser"),
        "soldiers": claim(english, "about 300 soldiers", "soldiers"),
        "people": claim(english, "5,000 people were displaced", "people"),
    }


QUERIES = [
    ("Soldat", {"soldaten", "panzer"}),  # German stemming: Soldaten -> soldat
    ("Soldaten", {"soldaten", "panzer"}),
    ("soldier", {"soldiers"}),  # English stemming
    ("Haus", {"haus"}),  # Häuser -> haus
    ('"rund 500 Menschen"', {"rund"}),
    ('"500 rund"', set()),  # a phrase keeps its order
    ("Menschen -rund", {"menschen"}),
    ("Soldaten -Panzer", {"soldaten"}),
    ('Menschen -"rund 500"', {"menschen"}),
    ("Panzer OR people", {"panzer", "people"}),
    ("Soldaten Menschen", set()),  # all words must occur
    ("12.000", {"soldaten"}),
    ("nordkoreanisch", {"soldaten"}),
    ("xylophon", set()),
]


@pytest.mark.parametrize(("q", "expected"), QUERIES)
def test_the_same_queries_find_the_same_claims(corpus, journalist_client, q, expected):
    found = journalist_client.get(URL, {"q": q}).context["page"].items
    names = {name for name, claim in corpus.items() if claim in found}
    assert names == expected, connection.vendor
    assert len(found) == len(expected)


def test_results_come_newest_first_with_the_words_marked_and_counted(corpus, journalist_client):
    response = journalist_client.get(URL, {"q": "Soldaten"})
    assert response.context["page"].items == [corpus["panzer"], corpus["soldaten"]]
    html = response.content.decode()
    assert "nordkoreanische <mark>Soldaten</mark>" in html
    assert "2 claims match “Soldaten”" in html
    assert f"{reverse('articles:list')}?q=Soldaten" in html
    oldest = journalist_client.get(URL, {"q": "Soldaten", "sort": "oldest"}).context["page"].items
    assert oldest == [corpus["soldaten"], corpus["panzer"]]


def test_a_search_is_paged_by_id_first_with_the_same_rows_and_pages(corpus):
    from tracker.claims.filters import ClaimFilter
    from tracker.claims.selectors import claim_rows_queryset, page_of

    claims = ClaimFilter({"q": "Soldaten"}, queryset=claim_rows_queryset()).qs
    pages = [page_of(claims, number=n, per_page=1, rows=claim_rows_queryset()) for n in (1, 2, 3)]
    assert [p.items for p in pages] == [[corpus["panzer"]], [corpus["soldaten"]], []]
    assert [p.has_next for p in pages] == [True, False, False]
    assert pages[0].items[0].article.title  # joined with its article
    assert [p.items for p in pages[:2]] == [page_of(claims, number=n, per_page=1).items for n in (1, 2)]


def test_best_matches_come_first_when_asked(corpus, journalist_client):
    # "Soldaten" twice (text and subject) in one claim, once in the newer one
    best = journalist_client.get(URL, {"q": "Soldaten", "sort": "relevance"}).context["page"].items
    assert best == [corpus["soldaten"], corpus["panzer"]], connection.vendor
    newest = journalist_client.get(URL, {"q": "Soldaten"}).context["page"].items
    assert newest == [corpus["panzer"], corpus["soldaten"]]
    # without a search the sort falls back to the newest first
    everything = journalist_client.get(URL, {"sort": "relevance"}).context["page"].items
    assert everything == sorted(everything, key=lambda claim: -claim.pk)


def test_ranking_reads_only_the_newest_candidates(corpus, monkeypatch):
    from tracker.claims.filters import ClaimFilter

    monkeypatch.setattr(search, "RANKED_CANDIDATES", 1)
    claims = ClaimFilter({"q": "Soldaten", "sort": "relevance"}, queryset=Claim.objects.all()).qs
    assert list(claims) == [corpus["panzer"]]  # the newest match alone, however well the other ranks


def test_a_query_without_words_says_so(corpus, journalist_client):
    response = journalist_client.get(URL, {"q": "-!"})
    assert response.context["page"].items == []
    assert "has no words to search for" in response.content.decode()


def test_search_combines_with_the_other_filters(corpus, journalist_client):
    Claim.objects.filter(pk=corpus["panzer"].pk).update(
        status=Claim.Status.REJECTED, reason=Claim.Reason.values[0]
    )
    assert journalist_client.get(URL, {"q": "Soldaten"}).context["page"].items == [corpus["soldaten"]]
    found = journalist_client.get(URL, {"q": "Soldaten", "status": "all", "language": "de"}).context["page"]
    assert found.items == [corpus["panzer"], corpus["soldaten"]]
    assert journalist_client.get(URL, {"q": "Soldaten", "language": "en"}).context["page"].items == []


def test_edited_claims_and_articles_are_searched_as_they_are_now(corpus, journalist_client):
    claim = corpus["haus"]
    claim.subject, claim.text = "Haus", "ein zerstörtes Haus"
    claim.end = claim.sentence_end = len(claim.text)
    claim.save()
    assert journalist_client.get(URL, {"q": "Häuser"}).context["page"].items == [claim]
    assert journalist_client.get(URL, {"q": "20"}).context["page"].items == []
    # The article's language decides the stemming of its claims: in English "Häuser" is no
    # form of "Haus".
    article = claim.article
    article.language = "en"
    article.save()
    assert journalist_client.get(URL, {"q": "Häuser"}).context["page"].items == []
    assert journalist_client.get(URL, {"q": "Haus"}).context["page"].items == [claim]
    claim.delete()
    assert journalist_client.get(URL, {"q": "Haus"}).context["page"].items == []


def test_hostile_queries_are_answered_not_crashed(corpus, journalist_client):
    for q in ['"', "-", "OR OR", "a:* & !", "'; DROP TABLE claims_claim; --", "x" * 500, "NEAR(a b)", "*"]:
        assert journalist_client.get(URL, {"q": q}).status_code == 200


def test_the_articles_list_searches_title_and_text(db, journalist_client):
    kursk = ArticleFactory(title="Lage in Kursk", body="Die Soldaten zogen ab.", language="de")
    ArticleFactory(title="Wetter", body="Regen.", language="de")
    found = journalist_client.get(reverse("articles:list"), {"q": "Soldat"}).context["page"].items
    assert found == [kursk]
    found = journalist_client.get(reverse("articles:list"), {"q": "kursk -regen"}).context["page"].items
    assert found == [kursk]


def test_a_search_costs_a_fixed_number_of_queries(corpus, journalist_client, django_assert_num_queries):
    # session, user, user permissions, group permissions, figures, [PostgreSQL: parse the
    # query, estimate the matches and the words' matches], claims (+ articles), count,
    # attributions (+ sources); matches found through the index add the page's ids first
    expected = 11 if connection.vendor == "postgresql" else 8
    with django_assert_num_queries(expected):
        journalist_client.get(URL, {"q": "Soldaten"})


# -- PostgreSQL only ----------------------------------------------------------------------------


@pytest.fixture
def postgresql(db):
    if connection.vendor != "postgresql":
        require_service("DATABASE_URL does not name a PostgreSQL database")


@pytest.mark.services
def test_postgresql_picks_the_plan_by_the_estimated_matches(postgresql, corpus, monkeypatch):
    queryset, found = search.filter_claims(Claim.objects.all(), "Soldaten")
    assert found.pg.estimable.count("lang:") == 0 and found.pg.tsquery.count("lang:") == 3
    monkeypatch.setattr(search, "through_index", lambda found: True)
    assert "+ 0" in str(search.order_newest(queryset, found).query)  # few: through the GIN index
    assert found.estimate >= 1
    monkeypatch.setattr(search, "through_index", lambda found: False)
    found.index = None  # the plan is chosen once per search
    ordered = search.order_newest(queryset, found)
    assert "+ 0" not in str(ordered.query)  # many: walk the primary key
    assert list(ordered) == [corpus["panzer"], corpus["soldaten"]]


@pytest.mark.services
def test_postgresql_counts_exactly_up_to_the_limit_and_estimates_beyond(postgresql, corpus, monkeypatch):
    queryset, found = search.filter_claims(Claim.objects.all(), "Soldaten")
    assert search.count_matches(queryset, found) == search.MatchCount(2, True)
    monkeypatch.setattr(search, "COUNT_EXACT_UP_TO", 1)
    found.estimate = None
    count = search.count_matches(queryset, found)
    assert not count.exact and count.number >= 2


@pytest.mark.services
def test_postgresql_indexes_a_huge_article_without_refusing_it(postgresql):
    # Unique words enough for a tsvector over PostgreSQL's 1 MB limit: only the start is indexed.
    body = " ".join(f"wort{n}x" for n in range(300_000))
    article = ArticleFactory(body=body, language="de")
    queryset, _found = search.filter_articles(type(article).objects.all(), "wort5x")
    assert list(queryset) == [article]


@pytest.mark.services
def test_few_matches_come_through_the_index_paged_by_id_first(
    postgresql, corpus, journalist_client, monkeypatch, django_assert_num_queries
):
    monkeypatch.setattr(search, "through_index", lambda found: True)
    # the page's ids (counted with them: no count of their own), then those claims with their articles
    with django_assert_num_queries(11):
        response = journalist_client.get(URL, {"q": "Soldaten"})
    assert response.context["page"].items == [corpus["panzer"], corpus["soldaten"]]
    assert response.context["page"].counted == 2 and "2 claims match" in response.content.decode()
    # past the last page the count is not known from the page: counted apart
    assert journalist_client.get(URL, {"q": "Soldaten", "page": 2}).context["search"].count.number == 2
    assert "nordkoreanische <mark>Soldaten</mark>" in response.content.decode()


def test_the_index_bound_is_where_the_index_stops_winning():
    def found(matches, table_rows, word_matches=None):
        pg = search.PgQuery("q", "q", table_rows, "claims_claim")
        return search.Search("q", estimate=matches, word_matches=word_matches or matches, pg=pg)

    for table_rows, share in [(1_000_000, 1.0), (10_000_000, 1.0), (10_000_000, 0.1)]:
        bound = search.index_bound(found(5_000 * share, table_rows, 5_000))
        assert search.through_index(found(bound * share, table_rows, bound))
        assert not search.through_index(found((bound + 1) * share, table_rows, bound + 1))
    assert search.index_bound(found(5_000, 10_000_000)) == 5_830


def _planned(found, monkeypatch, *, table_rows, estimated):
    """The search planned as if its table had `table_rows` and the planner `estimated` matches."""
    import dataclasses

    from django.test.utils import CaptureQueriesContext

    found.pg = dataclasses.replace(found.pg, table_rows=table_rows)
    monkeypatch.setattr(search, "estimate_rows", lambda queryset, found: estimated)
    with CaptureQueriesContext(connection) as captured:
        index = search.plan_through_index(Claim.objects.all(), found)
    return index, [q["sql"] for q in captured.captured_queries]


@pytest.mark.services
def test_postgresql_counts_the_words_when_the_estimate_is_near_the_index_bound(
    postgresql, corpus, monkeypatch
):
    # Estimated at 3,000 in a million (the walk wins, the bound is 1,843): counted, 2 found,
    # so through the index, with the same claims in the same order as the walk gives.
    queryset, found = search.filter_claims(Claim.objects.all(), "Soldaten OR howitzers")
    walked = list(queryset.order_by("-pk"))
    index, queries = _planned(found, monkeypatch, table_rows=1_000_000, estimated=3_000)
    assert index and len(queries) == 1 and "LIMIT 1844" in queries[0]
    assert (found.word_matches, found.estimate) == (2, 2)
    ordered = search.order_newest(queryset, found)
    assert found.ids_first and "+ 0" in str(ordered.query)
    assert list(ordered) == walked == [corpus["panzer"], corpus["soldaten"]]
    assert search.count_matches(queryset, found) == search.MatchCount(2, True)
    # Far above the bound: not counted, walked.
    queryset, found = search.filter_claims(Claim.objects.all(), "Soldaten OR howitzers")
    index, queries = _planned(found, monkeypatch, table_rows=1_000_000, estimated=8_000)
    assert not index and queries == []
    # Counted, but more than the bound: walked.
    queryset, found = search.filter_claims(Claim.objects.all(), "Soldaten OR howitzers")
    index, queries = _planned(found, monkeypatch, table_rows=1, estimated=3)
    assert not index and len(queries) == 1 and found.estimate == 3
