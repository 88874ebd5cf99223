import pytest
from django.urls import reverse

from tests.claims.scenario import assert_inert, hostile_article, range_claim
from tests.factories import ArticleFactory, QuoteFactory, SourceFactory

pytestmark = pytest.mark.django_db


def url(article):
    return reverse("articles:detail", args=[article.pk])


def test_it_sends_anonymous_users_to_log_in(client):
    assert client.get(url(ArticleFactory())).url.startswith(reverse("login"))


def test_it_marks_every_claim_and_source_mention(journalist_client):
    article, claim = hostile_article()
    other = range_claim(article)
    html = journalist_client.get(url(article), {"claim": claim.pk}).content.decode()
    assert f'<mark class="claim status-pending current" id="claim-{claim.pk}"' in html
    assert f'id="claim-{other.pk}"' in html
    assert '<mark class="source" title="Source: KCNA" data-source=' in html


def test_it_renders_hostile_text_inert(journalist_client):
    article, _ = hostile_article()
    html = journalist_client.get(url(article)).content.decode()
    assert_inert(html)
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html


def test_overlapping_marks_stay_well_formed(journalist_client):
    from tests.factories import ClaimFactory

    article = ArticleFactory(body="Es waren 12.000 Soldaten und 3 Panzer.")
    ClaimFactory(
        article=article,
        start=9,
        end=24,
        text=article.body[9:24],
        fingerprint="a",
        sentence_end=len(article.body),
    )
    ClaimFactory(
        article=article,
        start=16,
        end=33,
        text=article.body[16:33],
        fingerprint="b",
        sentence_end=len(article.body),
    )
    html = journalist_client.get(url(article)).content.decode()
    body = html.split('id="article-body"')[1].split("</div>")[0]
    assert body.count("<mark") == body.count("</mark>") == 3


def test_it_shows_extraction_status_and_error(journalist_client):
    article = ArticleFactory(status="failed", error="Extractor crashed <b>hard</b>")
    html = journalist_client.get(url(article)).content.decode()
    assert "Extraction: Failed" in html and "Extractor crashed &lt;b&gt;hard&lt;/b&gt;" in html


def test_editors_get_reextract_and_add_claim(editor_client, journalist_client):
    article = ArticleFactory()
    html = editor_client.get(url(article)).content.decode()
    assert 'id="claim-add-form"' in html
    assert reverse("articles:reextract", args=[article.pk]) in html
    html = journalist_client.get(url(article)).content.decode()
    assert 'id="claim-add-form"' not in html
    assert reverse("articles:reextract", args=[article.pk]) not in html


def test_its_query_count_is_fixed(journalist_client, django_assert_num_queries):
    article, _ = hostile_article()
    range_claim(article)
    QuoteFactory(article=article, speaker=SourceFactory(name="Kim Jong-un")).via.add(
        SourceFactory(name="KCNA")
    )
    # session, user, article, user permissions, group permissions, claims, attributions,
    # quotes with their speakers, their via-sources
    with django_assert_num_queries(9):
        journalist_client.get(url(article))


def test_a_failed_fetch_says_how_to_retry(journalist_client):
    """An empty page under 'Extraction error' told a journalist neither what failed nor what
    to do."""
    article = ArticleFactory(
        url="https://example.org/down",
        body="",
        content_hash=None,
        status="failed",
        error="The host name “example.org” could not be resolved.",
    )
    html = journalist_client.get(url(article)).content.decode()
    assert "The page could not be fetched" in html and "could not be resolved" in html
    assert "Adding its URL again also retries" in html and reverse("articles:add_url") in html
    assert reverse("articles:retry", args=[article.pk]) in html and "Fetch again" in html
    assert "No claims yet" not in html
