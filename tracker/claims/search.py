"""Full-text search of claims and articles, in web-search syntax, stemmed by each article's language.

The syntax is PostgreSQL's `websearch_to_tsquery`: words (all must occur), "an exact phrase",
`OR` between alternatives, `-word` or `-"a phrase"` to exclude. Each claim (its text and
subject) and each article (title, publisher, body) is stemmed by its article's language
(German or English; anything else word for word), so "Soldaten" finds "Soldat" and
"soldiers" finds "soldier"; stop words ("die", "the") are ignored as PostgreSQL does.

PostgreSQL: a `search` tsvector column on claims_claim and articles_article, filled by
triggers (migration claims/0004_full_text_search; not a model field, so SQLite's schema stays
the same). Each vector also carries a marker lexeme of its language (`lang:de`, `lang:en`,
`lang:other`) so that one constant tsquery,
`('lang:de' & <german query>) | ('lang:en' & <english query>) | ('lang:other' & <simple query>)`,
checks every language, a negation included; the GIN index is asked for the same queries
without the markers.

A word in one claim of six matches 170,000 claims at a million: ranking or sorting them all
took 200 ms. So the plan follows the planner's estimate of the matches (EXPLAIN): many
matches walk the newest claims by primary key and stop after a page; few go through the GIN
index and sort what they find. Counts are exact when the matches are that few (a LIMIT
subquery of the index: it costs what the page did), else "about N" from the estimate.

SQLite (the embedded default): FTS5 tables kept in sync by triggers (install_sqlite), the
query translated into FTS5's syntax with each word's stem as a prefix (`"soldat"*`): slower,
and a little more generous ("run" finds "runner"), but the same syntax and the same stems.

>>> parse('Soldaten -Panzer "rund 500 Menschen" OR Prozent')
[[Term(words=('Soldaten',), negated=False), Term(words=('Panzer',), negated=True), \
Term(words=('rund', '500', 'Menschen'), negated=False)], [Term(words=('Prozent',), negated=False)]]
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from html import escape
from pathlib import Path

import snowballstemmer
from django.db import connection
from django.db.models import BooleanField, F, QuerySet
from django.db.models.expressions import RawSQL

# Article language -> text search configuration (PostgreSQL) and Snowball stemmer.
CONFIGS = {"de": "german", "en": "english", "other": "simple"}
MAX_QUERY_CHARS = 200
# Enough of a long article's body for its vector: PostgreSQL refuses a tsvector over 1 MB.
ARTICLE_BODY_CHARS = 200_000
# Fetching a match found through the GIN index from the table costs about this many times
# checking one more row while walking the newest claims (EXPLAIN ANALYZE at a million claims:
# 13 times for 500 matches with the pages in memory, up to 77 for 2,300 read from disk).
HEAP_FETCH_COST = 15
COUNT_EXACT_UP_TO = 10_000
COUNT_ALWAYS_UP_TO = 1_000  # estimated matches counted whatever the plan (a small table's)
LANGUAGE_CHECK = 'ts_match_vq("{table}"."search", %s::tsquery)'
STOPWORDS_DIR = Path(__file__).resolve().parent / "stopwords"
WORD = re.compile(r"[^\W_]+")
TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # one word, or the words of a phrase
    negated: bool


def parse(q: str) -> list[list[Term]]:
    """The alternatives of a web-search query (OR between them), each a list of terms that
    must all hold. Punctuation separates words; a bare word with inner punctuation
    ("covid-19") is a phrase of its parts."""
    groups: list[list[Term]] = [[]]
    for match in TOKEN.finditer(q[:MAX_QUERY_CHARS]):
        negated, quoted, bare = match.group(1) == "-", match.group(2), match.group(3)
        if bare is not None:
            if bare.lower() == "or":
                if groups[-1]:
                    groups.append([])
                continue
            negated = bare.startswith("-")
            quoted = bare
        words = tuple(WORD.findall(quoted))
        if words:
            groups[-1].append(Term(words, negated))
    return [group for group in groups if group]


@cache
def stopwords(language: str) -> frozenset[str]:
    name = CONFIGS.get(language, "simple")
    path = STOPWORDS_DIR / f"{name}.stop"
    if not path.exists():
        return frozenset()
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


_STEMMERS = {language: snowballstemmer.stemmer(CONFIGS[language]) for language in ("de", "en")}
_STEMMING = threading.Lock()  # a Snowball stemmer keeps state while it works


@cache
def stem(language: str, word: str) -> str:
    """The word as the language's Snowball stemmer (PostgreSQL's too) reduces it, lower case;
    unknown languages keep the word."""
    word = word.lower()
    if language not in ("de", "en"):
        return word
    with _STEMMING:
        return _STEMMERS[language].stemWord(word)


def fold(word: str) -> str:
    """Lower case without diacritics, as SQLite's unicode61 tokenizer compares words."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def language_code(language: str) -> str:
    return language if language in ("de", "en") else "other"


# -- SQLite: FTS5 ----------------------------------------------------------------------------


def _fts_word(language: str, word: str, *, exact: bool) -> str:
    if exact or language == "other":
        return f'"{fold(word)}"'
    return f'"{fold(stem(language, word))}"*'


def _fts_term(language: str, term: Term) -> str | None:
    stops = stopwords(language)
    if len(term.words) == 1:
        word = term.words[0]
        return None if word.lower() in stops else _fts_word(language, word, exact=False)
    if all(word.lower() in stops for word in term.words):
        return None
    # A phrase: stop words inside it are kept word for word so that the words stay adjacent.
    return " + ".join(_fts_word(language, w, exact=w.lower() in stops) for w in term.words)


def fts5_expression(q: str) -> str | None:
    """The FTS5 MATCH expression for a web-search query over tables of (words, lang), or None
    when nothing is left to search for (only stop words).

    >>> fts5_expression("Soldaten -Panzer")
    '(lang:de AND (words:("soldat"*) NOT words:("panz"*))) OR (lang:en AND (words:("soldaten"*) \
NOT words:("panzer"*))) OR (lang:other AND (words:("soldaten") NOT words:("panzer")))'
    """
    alternatives = []
    groups = parse(q)
    for language in CONFIGS:
        branches = []
        for group in groups:
            positive = [t for t in (_fts_term(language, t) for t in group if not t.negated) if t]
            negative = [t for t in (_fts_term(language, t) for t in group if t.negated) if t]
            if not positive and not negative:
                continue
            excluded = f" NOT words:({' OR '.join(negative)})" if negative else ""
            if positive:
                branches.append(f"(words:({' AND '.join(positive)}){excluded})")
            else:
                branches.append(f"(lang:{language}{excluded})")
        if branches:
            alternatives.append(f"(lang:{language} AND {' OR '.join(branches)})")
    return " OR ".join(alternatives) or None


SQLITE_TABLES = {
    # FTS5 table: (source table, SQL of the words, SQL of the article's language code)
    "claims_claim_fts": (
        "claims_claim",
        "coalesce(new.text, '') || ' ' || coalesce(new.subject, '')",
        "(SELECT language FROM articles_article WHERE id = new.article_id)",
    ),
    "articles_article_fts": (
        "articles_article",
        "coalesce(new.title, '') || ' ' || coalesce(new.publisher, '') || ' ' || coalesce(new.body, '')",
        "new.language",
    ),
}


def _sqlite_lang(expression: str) -> str:
    return f"(CASE coalesce({expression}, '') WHEN 'de' THEN 'de' WHEN 'en' THEN 'en' ELSE 'other' END)"


def install_sqlite(cursor) -> None:
    """Create (if missing) the FTS5 tables and the triggers that keep them in sync, and fill
    them when new. Idempotent: it runs after every migrate too, since SQLite drops a table's
    triggers when a migration rebuilds the table. (Every name below is a constant.)"""
    for fts, (table, words, language) in SQLITE_TABLES.items():
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = %s", [fts])
        new = cursor.fetchone() is None
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(words, lang, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
        lang = _sqlite_lang(language)
        insert = f"INSERT INTO {fts}(rowid, words, lang) VALUES (new.id, {words}, {lang});"  # noqa: S608
        delete = f"DELETE FROM {fts} WHERE rowid = old.id;"  # noqa: S608
        for name, event, body in [
            ("insert", "INSERT", insert),
            ("update", "UPDATE", delete + insert),
            ("delete", "DELETE", delete),
        ]:
            cursor.execute(
                f"CREATE TRIGGER IF NOT EXISTS {fts}_{name} AFTER {event} ON {table} BEGIN {body} END"
            )
        if new:
            select_words = words.replace("new.", "")
            select_lang = _sqlite_lang(language.replace("new.", f"{table}."))
            cursor.execute(
                f"INSERT INTO {fts}(rowid, words, lang) "  # noqa: S608
                f"SELECT id, {select_words}, {select_lang} FROM {table}"
            )
    # A changed article language changes how its claims are searched.
    relabel = (
        f"UPDATE claims_claim_fts SET lang = {_sqlite_lang('new.language')} "  # noqa: S608
        "WHERE rowid IN (SELECT id FROM claims_claim WHERE article_id = new.id);"
    )
    cursor.execute(
        "CREATE TRIGGER IF NOT EXISTS claims_claim_fts_language AFTER UPDATE OF language "
        f"ON articles_article BEGIN {relabel} END"
    )


# -- PostgreSQL: tsvector --------------------------------------------------------------------


@dataclass(frozen=True)
class PgQuery:
    tsquery: str  # each language's query behind its marker: what is searched
    estimable: str  # the same without the markers: what the planner estimates well
    table_rows: int  # the planner's count of rows in the table searched
    table: str


def pg_tsquery(q: str, table: str = "claims_claim") -> PgQuery | None:
    """The one tsquery (as text) that searches every language, or None when the query has
    no words. One query: PostgreSQL parses and stems, and tells the table's size.

    The planner multiplies the selectivities of `'lang:en' & 'soldier'` as if independent,
    so it would expect a fifth of the English claims about soldiers it finds (6,400 instead
    of 33,000 at a million claims): the estimate is made without the markers."""
    q = q[:MAX_QUERY_CHARS]
    parsed = ", ".join(f"websearch_to_tsquery('{config}', %s)::text" for config in CONFIGS.values())
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {parsed}, (SELECT reltuples FROM pg_class WHERE oid = %s::regclass)",  # noqa: S608 (configuration names are constants)
            [*[q] * len(CONFIGS), table],
        )
        *queries, rows = cursor.fetchone()
    present = [(code, query) for code, query in zip(CONFIGS, queries, strict=True) if query]
    if not present:
        return None
    return PgQuery(
        tsquery=" | ".join(f"('lang:{code}' & ({query}))" for code, query in present),
        # A word stemmed alike in every language is one alternative, not three.
        estimable=" | ".join(f"({query})" for query in dict.fromkeys(query for _code, query in present)),
        table_rows=max(0, int(rows or 0)),
        table=table,
    )


# -- Both ------------------------------------------------------------------------------------


@dataclass
class Search:
    """A search asked for: what it matches, and (after ordering) how many it estimates."""

    q: str
    empty: bool = False  # no words to search for
    estimate: int | None = None  # matches, with every filter
    word_matches: int | None = None  # the words' matches alone
    pg: PgQuery | None = None
    # Found through the GIN index: page the matches by id first (selectors.page_of), joining
    # only the page's rows, not all the matches, with their articles.
    ids_first: bool = False
    index: bool | None = None  # the plan chosen (plan_through_index), once chosen
    counted: int | None = None  # the matches, counted with the page read through the index

    @property
    def postgresql(self) -> bool:
        return connection.vendor == "postgresql"


def _matching(queryset: QuerySet, search: Search, table: str) -> QuerySet:
    if search.postgresql:
        search.pg = pg_tsquery(search.q, table)
        if search.pg is None:
            search.empty = True
            return queryset.none()
        # The column is not a model field (see claims/0004_full_text_search); table is ours.
        # The index is searched for the words alone (the language markers' posting lists hold
        # most rows: reading them cost 3,700 buffers a rare word at ten million claims), and
        # each row found is checked with the markers by ts_match_vq, the function behind @@
        # that the planner does not take to the index.
        condition = RawSQL(  # noqa: S611
            f'"{table}"."search" @@ %s::tsquery AND {LANGUAGE_CHECK.format(table=table)}',
            [search.pg.estimable, search.pg.tsquery],
            output_field=BooleanField(),
        )
        return queryset.filter(condition)
    expression = fts5_expression(search.q)
    if expression is None:
        search.empty = True
        return queryset.none()
    return queryset.filter(
        pk__in=RawSQL(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH %s", [expression])  # noqa: S608, S611
    )


def filter_claims(queryset: QuerySet, q: str) -> tuple[QuerySet, Search]:
    """Claims matching the web-search query `q` (see the module's docstring)."""
    search = Search(q.replace("\x00", "").strip()[:MAX_QUERY_CHARS])
    return _matching(queryset, search, "claims_claim"), search


def filter_articles(queryset: QuerySet, q: str) -> tuple[QuerySet, Search]:
    """Articles whose title, publisher or body match `q`."""
    search = Search(q.replace("\x00", "").strip()[:MAX_QUERY_CHARS])
    return _matching(queryset, search, "articles_article"), search


def estimate_rows(queryset: QuerySet | None, search: Search) -> int:
    """PostgreSQL's estimate of the rows of `queryset` (EXPLAIN, nothing executed), with the
    search's query taken without its language markers (see pg_tsquery); without a queryset,
    of the rows with the words."""
    if queryset is None:
        sql = f"SELECT 1 FROM {search.pg.table} WHERE search @@ %s::tsquery"  # noqa: S608 (our table)
        params = [search.pg.estimable]
    else:
        # Without the language check, whose selectivity the planner does not know (a third).
        sql, params = queryset.order_by().values("pk").query.sql_with_params()
        sql = sql.replace(LANGUAGE_CHECK.format(table=search.pg.table), "%s::tsquery IS NOT NULL")
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


def estimate(queryset: QuerySet, search: Search) -> None:
    """Set the search's estimates: its matches among the rows of `queryset` (all its filters)
    and the words' matches alone (what the GIN index yields)."""
    if search.estimate is None:
        search.estimate = estimate_rows(queryset, search)
        search.word_matches = estimate_rows(None, search)


def through_index(search: Search, page_rows: int = 51) -> bool:
    """Whether finding the matches through the GIN index (and sorting them) costs less than
    walking the newest rows until a page is full. The index fetches every row with the words
    from the heap (the other filters are checked there), about HEAP_FETCH_COST times what
    checking one more row of the walk costs; the walk checks page_rows * table_rows /
    matches rows. (For a search alone, at a million claims the index wins below about 1,800
    matches, at ten million below about 5,800; with a narrow filter beside common words, the
    walk wins: ten thousand KCNA claims with a word in one claim of seven.)"""
    index = search.word_matches * HEAP_FETCH_COST
    return index < page_rows * search.pg.table_rows / max(search.estimate, 1)


# The planner's estimate may be this many times the words' real matches before a search is
# counted to check it (see plan_through_index).
PROBE_FACTOR = 4


def index_bound(search: Search, page_rows: int = 51) -> int:
    """The most word matches for which the GIN index wins (through_index), the estimated
    share of them that passes the other filters kept: the same inequality solved for the
    words' matches."""
    share = search.estimate / max(search.word_matches, 1)
    return int((page_rows * search.pg.table_rows / (HEAP_FETCH_COST * max(share, 1e-9))) ** 0.5)


def count_words(search: Search, limit: int) -> int:
    """The rows with the words (what the GIN index yields), counted up to `limit`."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {search.pg.table} "  # noqa: S608 (our table)
            "WHERE search @@ %s::tsquery LIMIT %s) found",
            [search.pg.estimable, limit],
        )
        return cursor.fetchone()[0]


def plan_through_index(queryset: QuerySet, search: Search) -> bool:
    """Whether the search goes through the GIN index (through_index on the estimates), chosen
    once per search.

    The planner's estimate of a word it has no statistics for is a guess (half the rarest
    word it knows: 2,300 claims at ten million), and the query asks for every language's
    form of each word, most of which no claim has: "Panzerhaubitzen OR howitzers" was
    estimated at 16,000 matches, 5,000 real, and walked the newest claims (100,000 rows,
    20-40 ms) where the index took 5-9 ms. So when the estimate is within PROBE_FACTOR of
    where the index would win, the words' matches are counted through the index up to that
    point (index_bound): no more rows than the index path itself would read, and its heap
    pages are then in memory for the page and its exact count."""
    if search.index is None or search.estimate is None:
        estimate(queryset, search)
        search.index = through_index(search)
        if not search.index:
            bound = index_bound(search)
            if search.word_matches <= PROBE_FACTOR * bound:
                found = count_words(search, bound + 1)
                if found <= bound:
                    share = search.estimate / max(search.word_matches, 1)
                    search.word_matches = found
                    search.estimate = min(search.estimate, max(1, round(found * share)))
                    search.index = through_index(search)
    return search.index


def order_newest(queryset: QuerySet, search: Search, *, newest: bool = True) -> QuerySet:
    """Matches newest (or oldest) first, by the plan that suits their number: through the
    GIN index and a sort when few, by walking the primary key when many."""
    if not search.postgresql or search.empty:
        return queryset.order_by("-pk" if newest else "pk")
    if plan_through_index(queryset, search):
        search.ids_first = True
        # id + 0 hides the primary key's order from the planner: it searches the GIN index.
        by_id = F("pk") + 0
        return queryset.order_by(by_id.desc() if newest else by_id.asc())
    return queryset.order_by("-pk" if newest else "pk")


# Best matches first among this many of the newest matches: ranking every match of a common
# word would read them all (170,000 at a million claims) for each page.
RANKED_CANDIDATES = 1000


def order_relevance(queryset: QuerySet, search: Search) -> QuerySet:
    """Matches best first (then newest) among the newest RANKED_CANDIDATES matches, found
    by the plan order_newest picks. PostgreSQL ranks by ts_rank_cd (how often and how close
    the words occur, stemmed), SQLite by FTS5's bm25."""
    if search.empty:
        return queryset.order_by("-pk")
    # Read first, not nested: the search's condition names the claims table, which a
    # subquery would take for the outer query's.
    candidates = list(order_newest(queryset, search).values_list("pk", flat=True)[:RANKED_CANDIDATES])
    ranked = queryset.filter(pk__in=candidates)
    if search.postgresql:
        rank = RawSQL('ts_rank_cd("claims_claim"."search", %s::tsquery)', [search.pg.estimable])
        return ranked.order_by(rank.desc(), "-pk")
    # bm25 is lower for a better match
    rank = RawSQL(
        "(SELECT rank FROM claims_claim_fts WHERE claims_claim_fts MATCH %s AND rowid = claims_claim.id)",
        [fts5_expression(search.q)],
    )
    return ranked.order_by(rank.asc(), "-pk")


@dataclass(frozen=True)
class MatchCount:
    number: int
    exact: bool

    def __str__(self) -> str:
        from django.utils.translation import pgettext

        from .templatetags.claim_format import number

        if self.exact:
            return number(self.number)
        return pgettext("an estimated count", "about %(count)s") % {
            "count": number(round_figure(self.number))
        }


def round_figure(number: int) -> int:
    """Two significant digits: 172,431 -> 170,000."""
    if number < 100:
        return number
    magnitude = 10 ** (len(str(number)) - 2)
    return round(number / magnitude) * magnitude


def count_matches(queryset: QuerySet, search: Search) -> MatchCount:
    """How many rows match: on PostgreSQL counted when the matches are few enough to go
    through the index (then counting costs what finding them did), up to COUNT_EXACT_UP_TO;
    else PostgreSQL's estimate. SQLite counts up to COUNT_EXACT_UP_TO."""
    if search.empty:
        return MatchCount(0, True)
    if search.counted is not None:
        return MatchCount(search.counted, True)
    if search.postgresql:
        index = plan_through_index(queryset, search)
        if search.estimate > COUNT_ALWAYS_UP_TO and not index:
            return MatchCount(search.estimate, False)
    found = queryset.order_by()[: COUNT_EXACT_UP_TO + 1].count()
    if found <= COUNT_EXACT_UP_TO:
        return MatchCount(found, True)
    return MatchCount(max(search.estimate or 0, found), False)


@dataclass(frozen=True)
class SearchSummary:
    q: str
    empty: bool
    count: MatchCount


def search_summary(search: Search, queryset: QuerySet) -> SearchSummary:
    """What the list says above its results: how many match, or why nothing can."""
    return SearchSummary(search.q, search.empty, count_matches(queryset, search))


# -- Highlighting ----------------------------------------------------------------------------


class Highlighter:
    """Marks the words of a text that the query's (not excluded) words match, by stem in
    German or English or word for word: `Highlighter("Soldaten")("etwa 500 Soldat")` gives
    'etwa 500 <mark>Soldat</mark>'. Returns escaped HTML."""

    def __init__(self, q: str):
        self.stems: set[tuple[str, str]] = set()
        for group in parse(q):
            for term in group:
                if term.negated:
                    continue
                phrase = len(term.words) > 1
                for word in term.words:
                    kept = [lang for lang in ("de", "en") if phrase or word.lower() not in stopwords(lang)]
                    for language in kept:
                        self.stems.add((language, stem(language, word)))
                    if kept:
                        self.stems.add(("", fold(word)))

    def __bool__(self) -> bool:
        return bool(self.stems)

    def matches(self, word: str) -> bool:
        if ("", fold(word)) in self.stems:
            return True
        return any((language, stem(language, word)) in self.stems for language in ("de", "en"))

    def __call__(self, text: str) -> str:
        out, at = [], 0
        for match in WORD.finditer(text):
            if self.matches(match.group()):
                out.append(escape(text[at : match.start()]))
                out.append(f"<mark>{escape(match.group())}</mark>")
                at = match.end()
        out.append(escape(text[at:]))
        return "".join(out)
