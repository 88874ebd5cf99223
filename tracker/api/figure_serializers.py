"""What the figure, source and ClaimReview endpoints answer (read only)."""

from rest_framework import serializers

from tracker.claims.models import Figure
from tracker.sources.models import Source

from .serializers import ClaimSerializer, NumberField


class FigureSerializer(serializers.ModelSerializer):
    claim_count = serializers.IntegerField(help_text="Claims tracked, rejected ones left out.")
    source_count = serializers.IntegerField(help_text="Sources (first of each chain).")
    lowest = NumberField(allow_null=True)
    highest = NumberField(allow_null=True)
    latest = serializers.DateField(allow_null=True, help_text="Latest date a claim refers to.")

    class Meta:
        model = Figure
        fields = [
            "id",
            "name",
            "unit",
            "description",
            "claim_count",
            "source_count",
            "lowest",
            "highest",
            "latest",
        ]


class ReportSerializer(serializers.Serializer):
    """One claim as the comparison reads it: who first said it, its value or range, its date."""

    claim = serializers.IntegerField(source="claim_id")
    source = serializers.CharField()
    source_id = serializers.IntegerField(allow_null=True)
    relays = serializers.ListField(child=serializers.CharField())
    value = NumberField(source="low")
    value_high = NumberField(source="high", allow_null=True)
    bound = serializers.CharField()
    day = serializers.DateField(allow_null=True, help_text="Start of its period, else its article's date.")
    day_end = serializers.DateField(allow_null=True)


class ConflictSerializer(serializers.Serializer):
    first = ReportSerializer()
    second = ReportSerializer()
    open = serializers.BooleanField(help_text="Both are their source's latest word.")


class RevisionSerializer(serializers.Serializer):
    source = serializers.CharField()
    before = ReportSerializer()
    after = ReportSerializer()
    direction = serializers.ChoiceField(choices=["up", "down"])


class RepeatSerializer(serializers.Serializer):
    claim = ReportSerializer(source="report")
    original = ReportSerializer()


class RangeSerializer(serializers.Serializer):
    low = NumberField()
    high = NumberField()


class FigureDetailSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    unit = serializers.CharField()
    description = serializers.CharField()
    current_range = RangeSerializer(allow_null=True, help_text="Across the sources' latest words.")
    latest = ReportSerializer(many=True, help_text="Each source's latest word, most recent first.")
    conflicts = ConflictSerializer(many=True)
    revisions = RevisionSerializer(many=True)
    repeats = RepeatSerializer(many=True)
    claims = ClaimSerializer(many=True)


class SourceSerializer(serializers.ModelSerializer):
    claim_count = serializers.IntegerField(help_text="Claims attributed to it (any place of a chain).")
    latest_claim_at = serializers.DateTimeField(allow_null=True)

    class Meta:
        model = Source
        fields = ["id", "name", "kind", "country", "verified", "claim_count", "latest_claim_at"]


class AliasSerializer(serializers.Serializer):
    text = serializers.CharField()
    language = serializers.CharField()


class SourceFigureSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class SourceDetailSerializer(SourceSerializer):
    description = serializers.CharField()
    merged_into = serializers.IntegerField(source="merged_into_id", allow_null=True)
    aliases = AliasSerializer(many=True, source="alias_rows")
    status_counts = serializers.DictField(child=serializers.IntegerField(), source="counts")
    figures = SourceFigureSerializer(many=True, source="figure_rows")

    class Meta(SourceSerializer.Meta):
        fields = [
            *SourceSerializer.Meta.fields,
            "description",
            "merged_into",
            "aliases",
            "status_counts",
            "figures",
        ]


def page_serializer(name: str, item: type[serializers.Serializer]) -> type[serializers.Serializer]:
    """{page, has_next, results: [item]}: the shape of every list of the API, for the schema."""
    return type(
        name,
        (serializers.Serializer,),
        {
            "page": serializers.IntegerField(),
            "has_next": serializers.BooleanField(),
            "results": item(many=True),
        },
    )
