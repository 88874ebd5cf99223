"""The shape of the ClaimReview JSON-LD (tracker.claims.claimreview), for the OpenAPI schema.

JSON-LD keys start with '@', which Python names cannot: the serializers are built by type()."""

from rest_framework import serializers


def _shape(name: str, fields: dict) -> type[serializers.Serializer]:
    return type(name, (serializers.Serializer,), fields)


def _type(value: str) -> serializers.ChoiceField:
    return serializers.ChoiceField(choices=[value])


Thing = _shape("LdThing", {"@type": serializers.CharField(), "name": serializers.CharField()})
Organization = _shape(
    "LdOrganization",
    {"@type": _type("Organization"), "name": serializers.CharField(), "url": serializers.URLField()},
)
Quantity = _shape(
    "LdQuantitativeValue",
    {
        "@type": _type("QuantitativeValue"),
        "unitText": serializers.CharField(),
        "value": serializers.FloatField(required=False, help_text="A single figure."),
        "minValue": serializers.FloatField(required=False, help_text="Low end of a range."),
        "maxValue": serializers.FloatField(required=False, help_text="High end of a range."),
    },
)
Appearance = _shape(
    "LdCreativeWork",
    {
        "@type": _type("CreativeWork"),
        "headline": serializers.CharField(),
        "url": serializers.URLField(required=False),
        "datePublished": serializers.DateField(required=False),
        "publisher": Thing(required=False),
    },
)
ClaimItem = _shape(
    "LdClaim",
    {
        "@type": _type("Claim"),
        "text": serializers.CharField(),
        "author": Thing(many=True, help_text="The source chain: who first said it, then who relayed it."),
        "datePublished": serializers.DateField(required=False),
        "appearance": Appearance(),
        "about": Quantity(),
    },
)
Rating = _shape(
    "LdRating",
    {
        "@type": _type("Rating"),
        "ratingValue": serializers.IntegerField(min_value=1, max_value=5),
        "bestRating": serializers.IntegerField(),
        "worstRating": serializers.IntegerField(),
        "alternateName": serializers.CharField(help_text="The review's status, and the reason of a flag."),
    },
)
ClaimReviewSerializer = _shape(
    "ClaimReview",
    {
        "@context": _type("https://schema.org"),
        "@type": _type("ClaimReview"),
        "url": serializers.URLField(),
        "claimReviewed": serializers.CharField(help_text="The sentence the claim stands in."),
        "datePublished": serializers.DateField(),
        "author": Organization(help_text="The reviewing organisation (settings)."),
        "reviewRating": Rating(),
        "itemReviewed": ClaimItem(),
    },
)
