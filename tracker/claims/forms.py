"""Review forms. They validate input; the services in services.py decide and write."""

from __future__ import annotations

import re

from django import forms
from django.forms.utils import flatatt
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .models import Claim
from .templatetags.claim_format import plain_decimal

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
        label="Reason",
        widget=FastSelect,
        choices=[
            (value, label)
            for value, label in Claim.Reason.choices
            if value not in {Claim.Reason.NOT_A_CLAIM, Claim.Reason.DUPLICATE}
        ],
    )
    note = forms.CharField(
        label="Note",
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required: what is wrong with the claim?",
        error_messages={"required": "Say why the claim is flagged."},
    )

    def clean_note(self):
        note = self.cleaned_data["note"].strip()
        if not note:
            raise forms.ValidationError("Say why the claim is flagged.")
        return note


class RejectForm(VersionedForm):
    reason = forms.ChoiceField(
        label="Reason",
        widget=FastSelect,
        choices=Claim.Reason.choices,
        initial=Claim.Reason.NOT_A_CLAIM,
    )
    note = forms.CharField(label="Note", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class SourcesField(forms.CharField):
    """The attribution chain as names in order: 'US officials → CNN' or 'US officials, CNN'."""

    def to_python(self, value):
        value = super().to_python(value)
        return [name for name in SOURCE_SEPARATORS.split(value or "") if name.strip()]


class ClaimValuesForm(forms.Form):
    """The figure itself: shared by correcting a claim and adding one by hand."""

    value = forms.DecimalField(label="Value", max_digits=24, decimal_places=6)
    value_high = forms.DecimalField(
        label="High end of a range",
        max_digits=24,
        decimal_places=6,
        required=False,
        help_text="Only for ranges such as 25,000–30,000.",
    )
    bound = forms.ChoiceField(label="Hedge", choices=Claim.Bound.choices, widget=FastSelect)
    unit = forms.CharField(label="Unit", max_length=60, required=False, help_text="soldier, euro, percent…")
    kind = forms.ChoiceField(label="Kind", choices=Claim.Kind.choices, widget=FastSelect)
    sources = SourcesField(
        label="Sources",
        required=False,
        help_text="In order, origin first: “US officials → CNN”. Unknown names become new sources.",
    )
    period_start = forms.DateField(label="Period from", required=False, widget=DateInput)
    period_end = forms.DateField(label="Period to", required=False, widget=DateInput)

    def clean(self):
        data = super().clean()
        low, high = data.get("value"), data.get("value_high")
        if low is not None and high is not None and high < low:
            self.add_error("value_high", "The high end is below the value.")
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", "The period ends before it starts.")
        return data


class CorrectForm(VersionedForm, ClaimValuesForm):
    note = forms.CharField(
        label="Why the correction",
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required: what was wrong, and how you know.",
        error_messages={"required": "Say why the claim is corrected."},
    )

    field_order = [
        "value",
        "value_high",
        "bound",
        "unit",
        "kind",
        "sources",
        "period_start",
        "period_end",
        "note",
        "version",
    ]

    @classmethod
    def for_claim(cls, claim: Claim, data=None):
        chain = " → ".join(a.source.name for a in claim.attributions.all())
        initial = {
            "version": claim.version,
            "value": plain_decimal(claim.value),
            "value_high": plain_decimal(claim.value_high),
            "bound": claim.bound,
            "unit": claim.unit,
            "kind": claim.kind,
            "sources": chain,
            "period_start": claim.period_start,
            "period_end": claim.period_end,
        }
        return cls(data=data, initial=initial, prefix="correct")

    def clean_note(self):
        note = self.cleaned_data["note"].strip()
        if not note:
            raise forms.ValidationError("Say why the claim is corrected.")
        return note


class ClaimAddForm(ClaimValuesForm):
    """A claim the extractor missed: offsets come from the selection in the article."""

    start = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    end = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    text = forms.CharField(
        label="Selected words",
        strip=False,
        widget=forms.TextInput(attrs={"readonly": True}),
        help_text="Select the words in the article text; the offsets are filled in for you.",
    )
    subject = forms.CharField(label="Subject", max_length=300, required=False)
    modality = forms.ChoiceField(label="Modality", choices=Claim.Modality.choices, widget=FastSelect)
    note = forms.CharField(label="Note", required=False, widget=forms.Textarea(attrs={"rows": 2}))

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
                raise forms.ValidationError("The selected words are not in the article.")
            start = min(found, key=lambda pos: abs(pos - start))
            data["start"], data["end"] = start, start + len(text)
        if data["end"] <= data["start"]:
            raise forms.ValidationError("Select at least one character.")
        return data


class BulkForm(forms.Form):
    """Claims picked in a list, each as 'pk:version', and the action to take on them."""

    items = forms.MultipleChoiceField(required=True)
    action = forms.ChoiceField(choices=[("approve", "Approve"), ("flag", "Flag")])
    reason = forms.ChoiceField(choices=FlagForm.base_fields["reason"].choices, required=False)
    note = forms.CharField(required=False)
    next = forms.CharField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Any 'pk:version' pair is acceptable as a choice; the service checks the rest.
        self.fields["items"].valid_value = lambda value: bool(re.fullmatch(ITEM, value))
        self.fields["items"].error_messages["required"] = "Select at least one claim."

    def clean_items(self):
        return [tuple(int(part) for part in item.split(":")) for item in self.cleaned_data["items"]]

    def clean(self):
        data = super().clean()
        if data.get("action") == "flag":
            if not data.get("reason"):
                self.add_error("reason", "Choose a reason for the flag.")
            if not (data.get("note") or "").strip():
                self.add_error("note", "Say why the claims are flagged.")
        return data


class FigureForm(forms.Form):
    """A tracked figure's name, unit and description (figure_create / figure_update decide)."""

    name = forms.CharField(
        label="Name", max_length=300, help_text="What is counted, e.g. “North Korean troops in Russia”."
    )
    unit = forms.CharField(label="Unit", max_length=60, required=False, help_text="soldier, euro, percent…")
    description = forms.CharField(
        label="Description", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


NO_FIGURE = "none"


class FigureAssignForm(forms.Form):
    """Claims picked as 'pk:version' and the figure to track them as: one of the list, a new
    one by name, or none (stop tracking them)."""

    items = forms.MultipleChoiceField(required=True)
    figure = forms.CharField(required=False)
    new_figure = forms.CharField(required=False, max_length=300)
    next = forms.CharField(required=False)
    confirm = forms.BooleanField(required=False)  # seen the warning: the claims do not fit it

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["items"].valid_value = lambda value: bool(re.fullmatch(ITEM, value))
        self.fields["items"].error_messages["required"] = "Select at least one claim."

    def clean_items(self):
        return [tuple(int(part) for part in item.split(":")) for item in self.cleaned_data["items"]]

    def clean_figure(self):
        figure = self.cleaned_data["figure"].strip()
        if figure and figure != NO_FIGURE and not figure.isdigit():
            raise forms.ValidationError("Choose a figure from the list.")
        return figure

    def clean(self):
        data = super().clean()
        data["new_figure"] = " ".join((data.get("new_figure") or "").split())
        if not data.get("figure") and not data["new_figure"]:
            raise forms.ValidationError("Choose a figure or name a new one.")
        return data
