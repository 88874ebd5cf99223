"""Forms for adding articles and feeds: they validate input; the services decide."""

from pathlib import PurePath

from django import forms
from django.conf import settings

from .documents import DOCUMENT_EXTENSIONS
from .services import UPLOAD_EXTENSIONS

LANGUAGE_CHOICES = [("", "Detect automatically"), ("de", "German"), ("en", "English")]


class ArticleMetaForm(forms.Form):
    """What every way of adding an article may tell about it besides the text."""

    title = forms.CharField(max_length=500, required=False)
    publisher = forms.CharField(max_length=200, required=False)
    published = forms.DateField(
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text="YYYY-MM-DD",
    )
    language = forms.ChoiceField(choices=LANGUAGE_CHOICES, required=False)


class ArticlePasteForm(ArticleMetaForm):
    field_order = ["title", "body", "url", "publisher", "published", "language"]

    body = forms.CharField(
        label="Text",
        widget=forms.Textarea(attrs={"rows": 18}),
        strip=False,
        help_text="Plain text of the article. HTML is turned into text; markup is never stored.",
    )
    url = forms.URLField(label="URL", max_length=2000, required=False, assume_scheme="https")


class ArticleUploadForm(ArticleMetaForm):
    field_order = ["file", "title", "publisher", "published", "language"]

    file = forms.FileField(
        help_text="A .txt, .md or .html file of at most "
        f"{settings.ARTICLE_MAX_BYTES // 1_048_576} MB, or a .pdf or .docx of at most "
        f"{settings.DOCUMENT_MAX_BYTES // 1_048_576} MB. HTML is reduced to its main text; a PDF"
        " needs a text layer (a scanned one is refused)."
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        suffix = PurePath(upload.name).suffix.lower()
        if suffix not in UPLOAD_EXTENSIONS:
            allowed = ", ".join(sorted(UPLOAD_EXTENSIONS))
            raise forms.ValidationError(
                f"Files of type “{suffix or 'without extension'}” cannot be read; use {allowed}."
            )
        limit = settings.DOCUMENT_MAX_BYTES if suffix in DOCUMENT_EXTENSIONS else settings.ARTICLE_MAX_BYTES
        if upload.size > limit:
            raise forms.ValidationError(
                f"The file is too large ({upload.size / 1_048_576:.1f} MB); the limit is "
                f"{limit / 1_048_576:.1f} MB."
            )
        return upload


class ArticleUrlForm(ArticleMetaForm):
    field_order = ["url", "title", "publisher", "published", "language"]

    url = forms.URLField(
        label="URL",
        max_length=2000,
        assume_scheme="https",
        help_text="The page is fetched by a worker; its main text becomes the article.",
    )

    def clean_url(self):
        url = self.cleaned_data["url"]
        if not url.lower().startswith(("http://", "https://")):
            raise forms.ValidationError("Only http:// and https:// addresses can be fetched.")
        return url


class FeedForm(forms.Form):
    url = forms.URLField(label="Feed URL", max_length=2000, assume_scheme="https")
    title = forms.CharField(max_length=300, required=False)
    publisher = forms.CharField(
        max_length=200, required=False, help_text="Stored on each article from this feed."
    )
    language = forms.ChoiceField(choices=LANGUAGE_CHOICES, required=False)
