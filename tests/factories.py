"""Factories shared by the tests: articles, sources, claims with consistent spans."""

import hashlib
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tracker.articles.models import Article
from tracker.claims.models import Attribution, Claim, Figure, Quote
from tracker.sources.models import Source, SourceAlias

SAMPLE_TEXT = (
    "Nach Angaben der Regierung wurden etwa 12.000 Soldaten verlegt. "
    "Laut KCNA sind es 25.000 bis 30.000 Soldaten."
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery")

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if extracted:
            self.groups.add(Group.objects.get(name=extracted))
        if create:
            self.save()


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Source {n}")
    kind = Source.Kind.NEWS_AGENCY


class SourceAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SourceAlias

    source = factory.SubFactory(SourceFactory)
    text = factory.Sequence(lambda n: f"alias {n}")
    language = "de"


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article {n}")
    body = factory.Sequence(lambda n: f"{SAMPLE_TEXT} (Sample {n})")
    language = "de"
    publisher = "Example Zeitung"
    status = Article.Status.DONE
    content_hash = factory.LazyAttribute(lambda a: hashlib.sha256(a.body.encode()).hexdigest())


class ClaimFactory(factory.django.DjangoModelFactory):
    """A claim on '12.000 Soldaten' of the sample text unless told otherwise."""

    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    start = factory.LazyAttribute(lambda c: c.article.body.find("12.000 Soldaten"))
    end = factory.LazyAttribute(lambda c: c.start + len("12.000 Soldaten"))
    text = factory.LazyAttribute(lambda c: c.article.body[c.start : c.end])
    sentence_start = 0
    sentence_end = factory.LazyAttribute(lambda c: c.article.body.find("verlegt.") + len("verlegt."))
    kind = Claim.Kind.COUNT
    value = Decimal(12000)
    approximate = True
    bound = Claim.Bound.ABOUT
    unit = "soldier"
    subject = "Soldaten"
    fingerprint = factory.Sequence(lambda n: f"fp{n}")


class AttributionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attribution

    claim = factory.SubFactory(ClaimFactory)
    source = factory.SubFactory(SourceFactory)
    cue = "laut"
    order = 0


class QuoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quote

    article = factory.SubFactory(ArticleFactory)
    start = 0
    end = 4
    text = factory.LazyAttribute(lambda q: q.article.body[q.start : q.end])
    speaker_name = "Kim"


class FigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Figure

    name = factory.Sequence(lambda n: f"Tracked figure {n}")
    unit = "soldier"
