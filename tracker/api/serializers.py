"""What the API reads and writes. Writes go through the same services as the web forms."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from tracker.articles.links import link_problem
from tracker.articles.models import Article
from tracker.claims.exports import json_number
from tracker.claims.models import Attribution, Claim, Quote
from tracker.claims.quote_selectors import quote_speaker


@extend_schema_field(OpenApiTypes.NUMBER)
class NumberField(serializers.DecimalField):
    """A value as a JSON number: 11000, 2.5 (not the string "11000.000000")."""

    def __init__(self, **kwargs):
        super().__init__(max_digits=24, decimal_places=6, **kwargs)

    def to_representation(self, value):
        return json_number(value)


class TextField(serializers.CharField):
    """A CharField that takes only text: `{"body": 5}` is an error, not the article "5"."""

    default_error_messages = {"not_text": gettext_lazy("Must be text (a JSON string), not {kind}.")}

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("not_text", kind=_json_kind(data))
        return super().to_internal_value(data)


class SafeURLField(serializers.URLField):
    """Text, and an address the one URL rule (tracker.articles.links) lets us store."""

    default_error_messages = {"not_text": gettext_lazy("Must be text (a JSON string), not {kind}.")}

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("not_text", kind=_json_kind(data))
        url = super().to_internal_value(data)
        problem = link_problem(url) if url else None
        if problem:
            raise serializers.ValidationError(f"{problem}.")
        return url


def _json_kind(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


class ArticleSubmitSerializer(serializers.Serializer):
    """Either `body` (the text) or `url` (fetched by a worker)."""

    title = TextField(required=False, allow_blank=True, max_length=500, default="")
    body = TextField(required=False, allow_blank=True, trim_whitespace=False, default="")
    url = SafeURLField(required=False, allow_blank=True, max_length=2000, default="")
    publisher = TextField(required=False, allow_blank=True, max_length=200, default="")
    published = serializers.DateField(required=False, allow_null=True, default=None)
    language = serializers.ChoiceField(choices=["", "de", "en"], required=False, default="")

    def validate(self, data):
        if not data["body"].strip() and not data["url"]:
            raise serializers.ValidationError(
                _("Send the article's text as `body`, or a `url` to fetch it from.")
            )
        return data


class AttributionSerializer(serializers.ModelSerializer):
    source = serializers.CharField(source="source.name")
    source_kind = serializers.CharField(source="source.kind")

    class Meta:
        model = Attribution
        fields = ["source", "source_kind", "role", "order", "cue", "text", "start", "end"]


class ClaimSerializer(serializers.ModelSerializer):
    sources = AttributionSerializer(source="attributions", many=True, read_only=True)
    article = serializers.IntegerField(source="article_id")
    value = NumberField(read_only=True)
    value_high = NumberField(read_only=True, allow_null=True)

    class Meta:
        model = Claim
        fields = [
            "id",
            "article",
            "start",
            "end",
            "text",
            "kind",
            "value",
            "value_high",
            "approximate",
            "bound",
            "unit",
            "subject",
            "modality",
            "period_start",
            "period_end",
            "period_text",
            "status",
            "reason",
            "note",
            "origin",
            "version",
            "sources",
        ]


class ArticleSerializer(serializers.ModelSerializer):
    class Meta:
        model = Article
        fields = [
            "id",
            "title",
            "url",
            "publisher",
            "published",
            "language",
            "origin",
            "status",
            "error",
            "extractor_version",
            "waiting_for_workers",
            "created_at",
        ]


class QuoteSpeakerSerializer(serializers.Serializer):
    """Who spoke: the source when known, and the words the article used, with their span."""

    name = serializers.CharField()
    source = serializers.IntegerField(allow_null=True)
    as_written = serializers.CharField()
    start = serializers.IntegerField(allow_null=True)
    end = serializers.IntegerField(allow_null=True)


class QuoteViaSerializer(serializers.Serializer):
    source = serializers.IntegerField()
    name = serializers.CharField()


class QuoteSerializer(serializers.ModelSerializer):
    """A quote with its speaker (the source when known, and the words the article used) and
    the sources it came through."""

    article = serializers.IntegerField(source="article_id")
    speaker = serializers.SerializerMethodField()
    via = serializers.SerializerMethodField()

    class Meta:
        model = Quote
        fields = ["id", "article", "start", "end", "text", "speaker", "via"]

    @extend_schema_field(QuoteSpeakerSerializer)
    def get_speaker(self, quote):
        return {
            "name": quote_speaker(quote),
            "source": quote.speaker_id,
            "as_written": quote.speaker_name,
            "start": quote.speaker_start,
            "end": quote.speaker_end,
        }

    @extend_schema_field(QuoteViaSerializer(many=True))
    def get_via(self, quote):
        return [{"source": s.pk, "name": s.name} for s in quote.via.all()]


class ArticleDetailSerializer(ArticleSerializer):
    """The article with its text and its quotes; its claims are added a page at a time by the view."""

    quotes = QuoteSerializer(many=True, read_only=True)

    class Meta(ArticleSerializer.Meta):
        fields = [
            *ArticleSerializer.Meta.fields,
            "body",
            "quotes",
            "claims_truncated",
            "intake_note",
            "archived_at",
        ]


class ArticleSubmittedSerializer(ArticleSerializer):
    """A submitted article: new (201) or known already (200, duplicate)."""

    duplicate = serializers.BooleanField()
    page = serializers.URLField(help_text="The article's page.")

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "duplicate", "page"]


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(required=False)
    errors = serializers.DictField(required=False, help_text="Per field, what is wrong.")


class ArticleWithClaimsSerializer(ArticleDetailSerializer):
    """GET /api/articles/ID/: the article and one page of its claims (`claims_page=N`)."""

    claims_count = serializers.IntegerField()
    claims_page = serializers.IntegerField()
    claims_has_next = serializers.BooleanField()
    claims = ClaimSerializer(many=True)

    class Meta(ArticleDetailSerializer.Meta):
        fields = [
            *ArticleDetailSerializer.Meta.fields,
            "claims_count",
            "claims_page",
            "claims_has_next",
            "claims",
        ]


class TokenRequestSerializer(serializers.Serializer):
    username = serializers.CharField()
    password = serializers.CharField()


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField()
