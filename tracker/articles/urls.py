"""Article URLs: ingest (adding articles, feeds, re-extraction) and reading (list, detail)."""

from .urls_ingest import urlpatterns as ingest_patterns
from .urls_reading import urlpatterns as reading_patterns

app_name = "articles"

urlpatterns = reading_patterns + ingest_patterns
