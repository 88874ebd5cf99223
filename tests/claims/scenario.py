"""Test data shared by the claim, source and article page tests."""

import hashlib
from decimal import Decimal

from tests.factories import ArticleFactory, AttributionFactory, ClaimFactory, SourceFactory
from tracker.claims.models import Claim

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
HOSTILE_BODY = (
    f"Laut KCNA sind {SCRIPT} etwa 12.000 Soldaten {IMG} im Einsatz. "
    "Nach Angaben aus offiziellen US-Kanälen laut CNN sind es 25.000 bis 30.000 Soldaten."
)


def assert_inert(html: str) -> None:
    """The hostile strings are in the page only as escaped text."""
    assert SCRIPT not in html
    assert "<img src=x" not in html
    assert "onerror=alert(1)>" not in html or "&gt;" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def hostile_article(**kwargs):
    """An article whose text, title, source and subject carry markup that must never run."""
    body = kwargs.pop("body", HOSTILE_BODY)
    article = ArticleFactory(
        title=f"Truppen {SCRIPT}",
        body=body,
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        **kwargs,
    )
    kcna = SourceFactory(name="KCNA", kind="state_media")
    hostile_source = SourceFactory(name=f"Evil {IMG}", kind="other")
    start = body.find("12.000 Soldaten")
    claim = ClaimFactory(
        article=article,
        start=start,
        end=start + len("12.000 Soldaten"),
        sentence_start=0,
        sentence_end=body.find(". ") + 1,
        subject=f"Soldaten {IMG}",
    )
    kcna_at = body.find("KCNA")
    AttributionFactory(claim=claim, source=kcna, start=kcna_at, end=kcna_at + 4, cue="laut")
    AttributionFactory(claim=claim, source=hostile_source, order=1, role="relay")
    return article, claim


def range_claim(article):
    """The '25.000 bis 30.000 Soldaten' range of the hostile article, US officials → via CNN."""
    body = article.body
    start = body.find("25.000 bis 30.000 Soldaten")
    sentence_start = body.find("Nach Angaben")
    claim = ClaimFactory(
        article=article,
        start=start,
        end=start + len("25.000 bis 30.000 Soldaten"),
        sentence_start=sentence_start,
        sentence_end=len(body),
        value=Decimal(25000),
        value_high=Decimal(30000),
        approximate=False,
        bound=Claim.Bound.EXACT,
    )
    AttributionFactory(claim=claim, source=SourceFactory(name="US officials", kind="government"))
    AttributionFactory(
        claim=claim, source=SourceFactory(name="CNN", kind="news_outlet"), order=1, role="relay"
    )
    return claim


def many_claims(count: int, *, source=None):
    """`count` claims, each in its own article and attributed to `source` (and one more)."""
    source = source or SourceFactory(name="KCNA", kind="state_media")
    relay = SourceFactory(name="CNN", kind="news_outlet")
    claims = []
    for _ in range(count):
        claim = ClaimFactory()
        AttributionFactory(claim=claim, source=source)
        AttributionFactory(claim=claim, source=relay, order=1, role="relay")
        claims.append(claim)
    return claims
