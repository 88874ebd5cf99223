from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Source
from .selectors import source_find


class MergeForm(forms.Form):
    """Merge this (duplicate) source into the one named here."""

    into = forms.CharField(
        label=gettext_lazy("Merge into"),
        max_length=200,
        help_text=gettext_lazy("Name, alias or #id of the source this one duplicates."),
    )

    def __init__(self, *args, source: Source, **kwargs):
        self.source = source
        super().__init__(*args, **kwargs)

    def clean_into(self):
        found = source_find(self.cleaned_data["into"])
        if not found:
            raise forms.ValidationError(_("No source has that name, alias or id."))
        if len(found) > 1:
            raise forms.ValidationError(
                _("Several sources match: %(list)s")
                % {"list": ", ".join(f"{s.name} (#{s.pk})" for s in found)}
            )
        into = found[0]
        if into.pk == self.source.pk:
            raise forms.ValidationError(_("A source cannot be merged into itself."))
        return into
