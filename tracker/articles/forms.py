"""Forms for adding articles and feeds: they validate input; the services decide."""

from pathlib import PurePath

from django import forms
from django.conf import settings
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .documents import DOCUMENT_EXTENSIONS
from .links import link_problem
from .services import UPLOAD_EXTENSIONS
from .services.batch import RECORD_EXTENSIONS

LANGUAGE_CHOICES = [
    ("", gettext_lazy("Detect automatically")),
    ("de", gettext_lazy("German")),
    ("en", gettext_lazy("English")),
]


class ArticleMetaForm(forms.Form):
    """What every way of adding an article may tell about it besides the text."""

    title = forms.CharField(label=gettext_lazy("Title"), max_length=500, required=False)
    publisher = forms.CharField(label=gettext_lazy("Publisher"), max_length=200, required=False)
    published = forms.DateField(
        label=gettext_lazy("Published"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=gettext_lazy("YYYY-MM-DD"),
    )
    language = forms.ChoiceField(label=gettext_lazy("Language"), choices=LANGUAGE_CHOICES, required=False)


class ArticlePasteForm(ArticleMetaForm):
    field_order = ["title", "body", "url", "publisher", "published", "language"]

    body = forms.CharField(
        label=gettext_lazy("Text"),
        widget=forms.Textarea(attrs={"rows": 18}),
        strip=False,
        help_text=gettext_lazy(
            "Plain text of the article. HTML is turned into text; markup is never stored."
        ),
    )
    url = forms.URLField(label=gettext_lazy("URL"), max_length=2000, required=False, assume_scheme="https")

    def clean_url(self):
        return _checked_url(self.cleaned_data["url"])


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """One file or several (Django's documented pattern); always a list once cleaned."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)]


BATCH_FILES_MAX = 50


class ArticleUploadForm(ArticleMetaForm):
    field_order = ["file", "title", "publisher", "published", "language"]

    file = MultipleFileField(
        label=gettext_lazy("File(s)"),
        help_text=format_lazy(
            gettext_lazy(
                "A .txt, .md or .html file of at most {text} MB, or a .pdf or .docx of at most {document} MB."
                " HTML is reduced to its main text; a PDF needs a text layer (a scanned one is refused)."
                " Several files at once, or a .jsonl/.csv of many articles, make a batch whose progress"
                " you can follow."
            ),
            text=settings.ARTICLE_MAX_BYTES // 1_048_576,
            document=settings.DOCUMENT_MAX_BYTES // 1_048_576,
        ),
    )

    def clean_file(self):
        uploads = self.cleaned_data["file"]
        if len(uploads) > BATCH_FILES_MAX:
            raise forms.ValidationError(
                _("At most %(n)d files at once; use `manage.py ingest` for more.") % {"n": BATCH_FILES_MAX}
            )
        allowed_all = UPLOAD_EXTENSIONS | RECORD_EXTENSIONS
        for upload in uploads:
            suffix = PurePath(upload.name).suffix.lower()
            if suffix not in allowed_all:
                allowed = ", ".join(sorted(allowed_all))
                raise forms.ValidationError(
                    _("Files of type “%(suffix)s” cannot be read; use %(allowed)s.")
                    % {"suffix": suffix or _("without extension"), "allowed": allowed}
                )
            limit = (
                settings.DOCUMENT_MAX_BYTES if suffix in DOCUMENT_EXTENSIONS else settings.ARTICLE_MAX_BYTES
            )
            if upload.size > limit:
                raise forms.ValidationError(
                    _("“%(name)s” is too large (%(size).1f MB); the limit is %(limit).1f MB.")
                    % {"name": upload.name, "size": upload.size / 1_048_576, "limit": limit / 1_048_576}
                )
        return uploads


class ArticleUrlForm(ArticleMetaForm):
    field_order = ["url", "title", "publisher", "published", "language"]

    url = forms.URLField(
        label=gettext_lazy("URL"),
        max_length=2000,
        assume_scheme="https",
        help_text=gettext_lazy("The page is fetched by a worker; its main text becomes the article."),
    )

    def clean_url(self):
        return _checked_url(self.cleaned_data["url"])


class FeedForm(forms.Form):
    url = forms.URLField(label=gettext_lazy("Feed URL"), max_length=2000, assume_scheme="https")

    def clean_url(self):
        return _checked_url(self.cleaned_data["url"])

    title = forms.CharField(label=gettext_lazy("Title"), max_length=300, required=False)
    publisher = forms.CharField(
        label=gettext_lazy("Publisher"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("Stored on each article from this feed."),
    )
    language = forms.ChoiceField(label=gettext_lazy("Language"), choices=LANGUAGE_CHOICES, required=False)


def _checked_url(url: str) -> str:
    """The URL if the one URL rule (tracker.articles.links) lets it be stored; "" stays ""."""
    problem = link_problem(url) if url else None
    if problem:
        raise forms.ValidationError(f"{problem}.")
    return url
