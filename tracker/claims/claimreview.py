"""schema.org ClaimReview (JSON-LD) for a reviewed claim, as fact-check aggregators read it.

The claim is the sentence it stands in; its appearance the article (URL, date, publisher);
its author the source chain (who first said it first); the figure a QuantitativeValue, a range
as minValue/maxValue; the rating the review's status; the reviewer the organisation named in
settings (CLAIMREVIEW_ORGANIZATION_NAME / _URL).
"""

from __future__ import annotations

from django.conf import settings
from django.utils import timezone

from tracker.sources.models import Source

from .models import Claim

REVIEWED = {Claim.Status.APPROVED, Claim.Status.FLAGGED, Claim.Status.REJECTED}
# What each review says about the reported figure, for the rating's words and value (1–5).
RATINGS = {
    Claim.Status.APPROVED: (5, "Correctly reported"),
    Claim.Status.FLAGGED: (3, "Flagged"),
    Claim.Status.REJECTED: (1, "Rejected"),
}
PEOPLE = {Source.Kind.PERSON}


def _number(value):
    return int(value) if value == int(value) else float(value)


def _author(link) -> dict:
    kind = "Person" if link.kind in PEOPLE else "Organization"
    return {"@type": kind, "name": link.name}


def claim_review(claim: Claim, *, url: str) -> dict:
    """The ClaimReview of `claim` (with `chain` of (name, kind) links attached), at page `url`."""
    article = claim.article
    sentence = article.body[claim.sentence_start : claim.sentence_end].strip() or claim.text
    value = {"@type": "QuantitativeValue", "unitText": claim.unit or claim.get_kind_display().lower()}
    if claim.value_high is not None and claim.value_high != claim.value:
        value["minValue"], value["maxValue"] = _number(claim.value), _number(claim.value_high)
    else:
        value["value"] = _number(claim.value)
    rating, words = RATINGS[claim.status]
    if claim.reason:
        words = f"{words}: {claim.get_reason_display()}"
    appearance = {"@type": "CreativeWork", "headline": article.title or "Article"}
    if article.url:
        appearance["url"] = article.url
    if article.published:
        appearance["datePublished"] = article.published.isoformat()
    if article.publisher:
        appearance["publisher"] = {"@type": "Organization", "name": article.publisher}
    item = {
        "@type": "Claim",
        "text": claim.text,
        "author": [_author(link) for link in claim.chain]
        or [{"@type": "Organization", "name": article.publisher or "Unattributed"}],
        "appearance": appearance,
        "about": value,
    }
    if article.published:
        item["datePublished"] = article.published.isoformat()
    reviewed = claim.reviewed_at or timezone.now()
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": sentence,
        "datePublished": reviewed.date().isoformat(),
        "author": {
            "@type": "Organization",
            "name": settings.CLAIMREVIEW_ORGANIZATION_NAME,
            "url": settings.CLAIMREVIEW_ORGANIZATION_URL,
        },
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": rating,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": words,
        },
        "itemReviewed": item,
    }
