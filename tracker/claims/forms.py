"""Review forms. They validate input; the services in services.py decide and write."""

from __future__ import annotations

import json
import re
from decimal import Decimal

from django import forms
from django.forms.utils import flatatt
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, gettext_lazy

from .models import Claim
from .value_input import ValueNotRead, changes_tenfold, format_value, parse_value

# A picked claim as 'pk:version'; at most 18 digits each, so both fit the database's 64 bits.
ITEM = re.compile(r"\d{1,18}:\d{1,18}")
SOURCE_SEPARATORS = re.compile(r"\s*(?:→|->|,|;|\n)\s*")


class DateInput(forms.DateInput):
    """<input type=date> takes only YYYY-MM-DD: never the locale's format (22/08/2025), which
    the browser shows as an empty field."""

    input_type = "date"

    def __init__(self, attrs=None, format="%Y-%m-%d"):
        super().__init__(attrs, format=format)


class FastSelect(forms.Select):
    """A <select> written in Python. Django renders each <option> through a template, which
    was a visible share of the review queue's 50 ms budget (four forms, five selects)."""

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        attrs["name"] = name
        chosen = {str(v) for v in self.format_value(value)}
        options = "".join(
            f'<option value="{escape(str(v))}"{" selected" if str(v) in chosen else ""}>'
            f"{escape(str(label))}</option>"
            for v, label in self.choices
        )
        return mark_safe(f"<select{flatatt(attrs)}>{options}</select>")


class VersionedForm(forms.Form):
    """Every review form carries the version of the claim it was shown for."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class ApproveForm(VersionedForm):
    pass


class FlagForm(VersionedForm):
    reason = forms.ChoiceField(
        label=gettext_lazy("Reason"),
        widget=FastSelect,
        choices=[
            (value, label)
            for value, label in Claim.Reason.choices
            if value not in {Claim.Reason.NOT_A_CLAIM, Claim.Reason.DUPLICATE}
        ],
    )
    note = forms.CharField(
        label=gettext_lazy("Note"),
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy("Required: what is wrong with the claim?"),
        error_messages={"required": gettext_lazy("Say why the claim is flagged.")},
    )

    def clean_note(self):
        note = self.cleaned_data["note"].strip()
        if not note:
            raise forms.ValidationError(gettext_lazy("Say why the claim is flagged."))
        return note


class RejectForm(VersionedForm):
    reason = forms.ChoiceField(
        label=gettext_lazy("Reason"),
        widget=FastSelect,
        choices=Claim.Reason.choices,
        initial=Claim.Reason.NOT_A_CLAIM,
    )
    note = forms.CharField(
        label=gettext_lazy("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class SourcesField(forms.CharField):
    """The attribution chain as names in order: 'US officials → CNN' or 'US officials, CNN'."""

    def to_python(self, value):
        value = super().to_python(value)
        return [name for name in SOURCE_SEPARATORS.split(value or "") if name.strip()]


class ValueInput(forms.TextInput):
    """A text box for a number as the reader's language writes it; htmx shows below it how
    the engine reads what is typed (no script of ours, no inline code)."""

    def __init__(self, attrs=None):
        super().__init__({"inputmode": "decimal", "autocomplete": "off", **(attrs or {})})
        self.language = ""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        extra = context["widget"]["attrs"]
        output_id = f"{extra.get('id', name)}-read"
        extra.update(
            {
                "hx-get": reverse("claims:value_preview"),
                "hx-trigger": "input changed delay:300ms",
                "hx-target": f"#{output_id}",
                "hx-vals": json.dumps({"language": self.language}),
                "aria-describedby": output_id,
            }
        )
        return context

    def render(self, name, value, attrs=None, renderer=None):
        html = super().render(name, value, attrs, renderer)
        output_id = f"{(attrs or {}).get('id', name)}-read"
        return mark_safe(
            f'{html}<output id="{escape(output_id)}" class="value-read" aria-live="polite"></output>'
        )


class LocalizedValueField(forms.CharField):
    """A value typed as the reader's language writes it (11.000 in German, 11,000 in English),
    read by the extraction engine's number reader into a Decimal."""

    widget = ValueInput

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.language = "en"
        self.widget.attrs["maxlength"] = "60"

    def prepare_value(self, value):
        if isinstance(value, Decimal):
            return format_value(value, self.language)
        return value

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        if len(value) > 60:
            raise forms.ValidationError(gettext_lazy("A value is at most 60 characters."))
        try:
            number = parse_value(value, self.language)
        except ValueNotRead as exc:
            raise forms.ValidationError(str(exc)) from exc
        if abs(number) >= Decimal(10) ** 18 or number.as_tuple().exponent < -6:
            raise forms.ValidationError(gettext_lazy("Too large, or more than six decimals."))
        return number


def reading_language(asked: str = "") -> str:
    """'de' or 'en': `asked` when it is one of them, else the page's active language."""
    if asked in ("de", "en"):
        return asked
    return "de" if (get_language() or "").startswith("de") else "en"


# Kinds whose value cannot be below zero (a count of soldiers, an age, a factor).
NOT_NEGATIVE = {Claim.Kind.COUNT, Claim.Kind.AGE, Claim.Kind.RATIO}


class ClaimValuesForm(forms.Form):
    """The figure itself: shared by correcting a claim and adding one by hand."""

    value = LocalizedValueField(label=gettext_lazy("Value"))
    value_high = LocalizedValueField(
        label=gettext_lazy("High end of a range"),
        required=False,
        help_text=gettext_lazy("Only for ranges such as 25,000–30,000."),
    )

    def __init__(self, *args, language: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        # Numbers are read as the page's language writes them (the reader's, not the article's):
        # a German editor types 11.000 for eleven thousand, an English one 11,000.
        self.language = reading_language(language)
        for name in ("value", "value_high"):
            self.fields[name].language = self.language
            self.fields[name].widget.language = self.language
            if self.language == "de":
                note = gettext("Numbers as German writes them: 11.000 or 1,5 Mio.")
            else:
                note = gettext("Numbers as English writes them: 11,000 or 1.5 million.")
            self.fields[name].help_text = f"{self.fields[name].help_text} {note}".strip()

    bound = forms.ChoiceField(label=gettext_lazy("Hedge"), choices=Claim.Bound.choices, widget=FastSelect)
    unit = forms.CharField(
        label=gettext_lazy("Unit"),
        max_length=60,
        required=False,
        help_text=gettext_lazy("soldier, euro, percent…"),
    )
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=Claim.Kind.choices, widget=FastSelect)
    sources = SourcesField(
        label=gettext_lazy("Sources"),
        required=False,
        help_text=gettext_lazy(
            "In order, origin first: “US officials → CNN”. Unknown names become new sources."
        ),
    )
    period_start = forms.DateField(label=gettext_lazy("Period from"), required=False, widget=DateInput)
    period_end = forms.DateField(label=gettext_lazy("Period to"), required=False, widget=DateInput)

    def clean(self):
        data = super().clean()
        low, high = data.get("value"), data.get("value_high")
        if low is not None and high is not None and high < low:
            self.add_error("value_high", gettext_lazy("The high end is below the value."))
        kind = data.get("kind")
        for name in ("value", "value_high"):
            number = data.get(name)
            if number is None or name in self.errors:
                continue
            if kind in NOT_NEGATIVE and number < 0:
                label = Claim.Kind(kind).label
                self.add_error(
                    name,
                    gettext("%(kind)s cannot be negative: drop the minus sign, or pick another kind.")
                    % {"kind": label},
                )
            elif kind == Claim.Kind.RATIO and number == 0:
                self.add_error(name, gettext_lazy("A factor must be above zero."))
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", gettext_lazy("The period ends before it starts."))
        return data


class CorrectForm(VersionedForm, ClaimValuesForm):
    no_source = forms.BooleanField(
        label=gettext_lazy("No source: the article attributes this figure to nobody"),
        required=False,
        help_text=gettext_lazy(
            "Tick this to save the claim without any source (an empty box alone is not enough)."
        ),
    )
    confirm_scale = forms.BooleanField(
        label=gettext_lazy("Yes, the value changes tenfold or more"),
        required=False,
        help_text=gettext_lazy("Asked when the new value is ten times the old one or a tenth of it."),
    )
    note = forms.CharField(
        label=gettext_lazy("Why the correction"),
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy("Required: what was wrong, and how you know."),
        error_messages={"required": gettext_lazy("Say why the claim is corrected.")},
    )

    field_order = [
        "value",
        "value_high",
        "bound",
        "unit",
        "kind",
        "sources",
        "no_source",
        "period_start",
        "period_end",
        "note",
        "confirm_scale",
        "version",
    ]

    def __init__(self, *args, original=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.original = original

    @classmethod
    def for_claim(cls, claim: Claim, data=None):
        chain = " → ".join(a.source.name for a in claim.attributions.all())
        language = reading_language()
        initial = {
            "version": claim.version,
            "value": format_value(claim.value, language),
            "value_high": format_value(claim.value_high, language),
            "no_source": bool(claim.pk) and not chain,
            "bound": claim.bound,
            "unit": claim.unit,
            "kind": claim.kind,
            "sources": chain,
            "period_start": claim.period_start,
            "period_end": claim.period_end,
        }
        return cls(data=data, initial=initial, prefix="correct", language=language, original=claim)

    def clean(self):
        data = super().clean()
        if not data.get("sources") and not data.get("no_source"):
            self.add_error(
                "sources", gettext_lazy("Name the source, or tick “No source” to save the claim without one.")
            )
        if data.get("sources") and data.get("no_source"):
            self.add_error("no_source", gettext_lazy("Either name sources or tick “No source”, not both."))
        if data.get("no_source"):
            data["sources"] = []
        old = self.original.value if self.original is not None else None
        new = data.get("value")
        if changes_tenfold(old, new) and not data.get("confirm_scale") and "value" not in self.errors:
            if abs(new) > abs(old):
                message = gettext(
                    "%(new)s is ten times or more the value read from the text (%(old)s). Check the"
                    " separators, then tick “Yes, the value changes tenfold or more” to save."
                )
            else:
                message = gettext(
                    "%(new)s is a tenth or less of the value read from the text (%(old)s). Check the"
                    " separators, then tick “Yes, the value changes tenfold or more” to save."
                )
            self.add_error(
                "value",
                message % {"new": format_value(new, self.language), "old": format_value(old, self.language)},
            )
        return data

    def clean_note(self):
        note = self.cleaned_data["note"].strip()
        if not note:
            raise forms.ValidationError(gettext_lazy("Say why the claim is corrected."))
        return note


class ClaimAddForm(ClaimValuesForm):
    """A claim the extractor missed: offsets come from the selection in the article."""

    start = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    end = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    text = forms.CharField(
        label=gettext_lazy("Selected words"),
        strip=False,
        widget=forms.TextInput(attrs={"readonly": True}),
        help_text=gettext_lazy("Select the words in the article text; the offsets are filled in for you."),
    )
    subject = forms.CharField(label=gettext_lazy("Subject"), max_length=300, required=False)
    modality = forms.ChoiceField(
        label=gettext_lazy("Modality"), choices=Claim.Modality.choices, widget=FastSelect
    )
    note = forms.CharField(
        label=gettext_lazy("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    field_order = [
        "text",
        "start",
        "end",
        "value",
        "value_high",
        "bound",
        "unit",
        "kind",
        "subject",
        "modality",
        "sources",
        "period_start",
        "period_end",
        "note",
    ]

    def __init__(self, *args, article=None, **kwargs):
        self.article = article
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        start, end, text = data.get("start"), data.get("end"), data.get("text")
        if start is None or end is None or not text:
            return data
        body = self.article.body
        if body[start:end] != text:
            # The browser's offsets were off (e.g. odd line breaks): find the words nearby.
            found = [m.start() for m in re.finditer(re.escape(text), body)]
            if not found:
                raise forms.ValidationError(gettext_lazy("The selected words are not in the article."))
            start = min(found, key=lambda pos: abs(pos - start))
            data["start"], data["end"] = start, start + len(text)
        if data["end"] <= data["start"]:
            raise forms.ValidationError(gettext_lazy("Select at least one character."))
        return data


class BulkForm(forms.Form):
    """Claims picked in a list, each as 'pk:version', and the action to take on them."""

    items = forms.MultipleChoiceField(required=False)
    action = forms.ChoiceField(
        choices=[
            ("approve", gettext_lazy("Approve")),
            ("flag", gettext_lazy("Flag")),
            ("reject", gettext_lazy("Reject")),
            ("pending", gettext_lazy("Back to pending")),
        ]
    )
    # "All N claims matching the filter": the list's query string, confirmed with its count.
    select_all = forms.BooleanField(required=False)
    filter_query = forms.CharField(required=False, max_length=4000)
    confirmed_count = forms.IntegerField(required=False, min_value=0)
    reason = forms.ChoiceField(choices=[("", "—"), *Claim.Reason.choices], required=False)
    note = forms.CharField(required=False)
    next = forms.CharField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Any 'pk:version' pair is acceptable as a choice; the service checks the rest.
        self.fields["items"].valid_value = lambda value: bool(re.fullmatch(ITEM, value))

    def clean_items(self):
        return [tuple(int(part) for part in item.split(":")) for item in self.cleaned_data["items"]]

    def clean(self):
        data = super().clean()
        if not data.get("items") and not data.get("select_all"):
            self.add_error("items", gettext_lazy("Select at least one claim."))
        if data.get("action") == "flag":
            if not data.get("reason"):
                self.add_error("reason", gettext_lazy("Choose a reason for the flag."))
            if not (data.get("note") or "").strip():
                self.add_error("note", gettext_lazy("Say why the claims are flagged."))
        if data.get("action") == "reject" and not data.get("reason"):
            self.add_error("reason", gettext_lazy("Choose a reason for the rejection."))
        return data


class FigureForm(forms.Form):
    """A tracked figure's name, unit and description (figure_create / figure_update decide)."""

    name = forms.CharField(
        label=gettext_lazy("Name"),
        max_length=300,
        help_text=gettext_lazy("What is counted, e.g. “North Korean troops in Russia”."),
    )
    unit = forms.CharField(
        label=gettext_lazy("Unit"),
        max_length=60,
        required=False,
        help_text=gettext_lazy("soldier, euro, percent…"),
    )
    description = forms.CharField(
        label=gettext_lazy("Description"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


NO_FIGURE = "none"


class FigureAssignForm(forms.Form):
    """Claims picked as 'pk:version' and the figure to track them as: one of the list, a new
    one by name, or none (stop tracking them)."""

    items = forms.MultipleChoiceField(
        required=True, error_messages={"required": gettext_lazy("Select at least one claim.")}
    )
    figure = forms.CharField(required=False)
    new_figure = forms.CharField(required=False, max_length=300)
    next = forms.CharField(required=False)
    confirm = forms.BooleanField(required=False)  # seen the warning: the claims do not fit it

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["items"].valid_value = lambda value: bool(re.fullmatch(ITEM, value))

    def clean_items(self):
        return [tuple(int(part) for part in item.split(":")) for item in self.cleaned_data["items"]]

    def clean_figure(self):
        figure = self.cleaned_data["figure"].strip()
        if figure and figure != NO_FIGURE and not figure.isdigit():
            raise forms.ValidationError(gettext_lazy("Choose a figure from the list."))
        return figure

    def clean(self):
        data = super().clean()
        data["new_figure"] = " ".join((data.get("new_figure") or "").split())
        if not data.get("figure") and not data["new_figure"]:
            raise forms.ValidationError(gettext_lazy("Choose a figure or name a new one."))
        return data
