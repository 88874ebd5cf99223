"""Editors' forms for keeping sources clean: edit, aliases (merging is in forms.py)."""

from django import forms

from .models import Source, SourceAlias

LANGUAGES = [("", "Any language"), ("de", "German"), ("en", "English")]


class SourceEditForm(forms.ModelForm):
    class Meta:
        model = Source
        fields = ["name", "kind", "country", "description", "verified"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"name": "Canonical name; the old one stays as an alias."}

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())


class AliasForm(forms.ModelForm):
    language = forms.ChoiceField(choices=LANGUAGES, required=False, label="Language")

    class Meta:
        model = SourceAlias
        fields = ["text", "language"]
        labels = {"text": "Alias"}

    def __init__(self, *args, source: Source, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.source = source
