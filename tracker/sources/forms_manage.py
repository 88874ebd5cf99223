"""Editors' forms for keeping sources clean: edit, aliases (merging is in forms.py)."""

from django import forms
from django.utils.translation import gettext_lazy

from .models import Source, SourceAlias

LANGUAGES = [
    ("", gettext_lazy("Any language")),
    ("de", gettext_lazy("German")),
    ("en", gettext_lazy("English")),
]


class SourceEditForm(forms.ModelForm):
    class Meta:
        model = Source
        fields = ["name", "kind", "country", "description", "verified"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}
        labels = {
            "name": gettext_lazy("Name"),
            "kind": gettext_lazy("Kind"),
            "country": gettext_lazy("Country"),
            "description": gettext_lazy("Description"),
            "verified": gettext_lazy("Verified"),
        }
        help_texts = {"name": gettext_lazy("Canonical name; the old one stays as an alias.")}

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())


class AliasForm(forms.ModelForm):
    language = forms.ChoiceField(choices=LANGUAGES, required=False, label=gettext_lazy("Language"))

    class Meta:
        model = SourceAlias
        fields = ["text", "language"]
        labels = {"text": gettext_lazy("Alias")}

    def __init__(self, *args, source: Source, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.source = source
