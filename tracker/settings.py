"""Settings for the fact tracker, read from the environment with working defaults.

With no environment at all the app runs on a SQLite file with in-process tasks and DEBUG on.
Production (DEBUG=0) requires SECRET_KEY and ALLOWED_HOSTS and turns on secure cookies and
HSTS; HTTPS=0 turns those off for a plain-HTTP local stack (docker compose).
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from tracker.config import database_from_url, env_bool, env_int, env_list

BASE_DIR = Path(__file__).resolve().parent.parent
ENV = os.environ

DEBUG = env_bool(ENV, "DEBUG", True)
SECRET_KEY = ENV.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "django-insecure-development-only-key-change-me-0123456789abcdefghij"  # noqa: S105 - DEBUG only

ALLOWED_HOSTS = env_list(ENV, "ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DEBUG is off (comma-separated).")
CSRF_TRUSTED_ORIGINS = env_list(ENV, "CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI's files served by the app itself, no CDN
    "simple_history",
    "csp",
    "axes",
    "tracker.accounts",
    "tracker.sources",
    "tracker.articles",
    "tracker.claims",
    "tracker.api",
    "tracker.follows",
    "tracker.work",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    # The user's language (profile, else Accept-Language): after sessions and authentication.
    "tracker.accounts.language.UserLocaleMiddleware",
    "tracker.accounts.middleware.HtmxLoginRedirectMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Before any view or CSRF check reads the body: too large a body gets a friendly answer.
    "tracker.accounts.middleware.RequestTooLargeMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last: turns a locked-out log-in (django-axes) into the page that says how long to wait.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "tracker.urls"
WSGI_APPLICATION = "tracker.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tracker.accounts.context_processors.roles",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

DATABASES = {
    "default": database_from_url(
        ENV.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int(ENV, "CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Writers wait for each other instead of failing at once with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
else:
    # No JIT compilation: at ten million claims the planner's costs of a few list queries pass
    # jit_above_cost, and compiling took 5-10 ms of CPU a query that runs in 1-30 ms
    # (bench/pages.py: the claims list of a source with 130,000 claims 27.9 -> 18.6 ms).
    # No parallel workers either: starting them took longer than the scans they share (the
    # sampled count of a source's 130,000 mentions: 19-22 ms with 2 workers, 12.5 ms without),
    # and a web request or a Celery task has no idle core to give them on a small server.
    _options = DATABASES["default"].setdefault("OPTIONS", {})
    _options["options"] = (
        f"{_options.get('options', '')} -c jit=off -c max_parallel_workers_per_gather=0".strip()
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    # First: refuses any log-in (form, admin, API token) of a user and address locked out.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# The pages speak German or English: the user's choice (their profile), else the browser's
# Accept-Language, else English. Catalogues in locale/ (make messages).
LANGUAGE_CODE = "en"
LANGUAGES = [("de", "Deutsch"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = ENV.get("TIME_ZONE", "Europe/Berlin")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Uploads and pasted text: the largest article body we accept (characters / bytes).
ARTICLE_MAX_BYTES = env_int(ENV, "ARTICLE_MAX_BYTES", 2 * 1024 * 1024)
# An uploaded PDF or Word file (its text is held to ARTICLE_MAX_BYTES once read out).
DOCUMENT_MAX_BYTES = env_int(ENV, "DOCUMENT_MAX_BYTES", 20 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = ARTICLE_MAX_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = ARTICLE_MAX_BYTES + 1024 * 1024
# A whole file-upload request larger than this is refused before it is read (friendly message).
UPLOAD_MAX_REQUEST_BYTES = env_int(ENV, "UPLOAD_MAX_REQUEST_BYTES", 16 * 1024 * 1024)
# Claims per article: one per CLAIM_MIN_CHARS characters, at most ARTICLE_MAX_CLAIMS (a flood of
# numbers is cut there and the article says so), never fewer than CLAIMS_CAP_FLOOR.
ARTICLE_MAX_CLAIMS = env_int(ENV, "ARTICLE_MAX_CLAIMS", 2000)
CLAIM_MIN_CHARS = env_int(ENV, "CLAIM_MIN_CHARS", 40)
CLAIMS_CAP_FLOOR = 100
# Articles stuck in queued/extracting longer than this are queued again by the sweeper.
EXTRACTION_STUCK_AFTER_SECONDS = env_int(ENV, "EXTRACTION_STUCK_AFTER_SECONDS", 300)
# A single article's task takes along up to this many other articles queued one by one and
# stores them together (0: each article on its own); see tracker/articles/tasks.py.
EXTRACTION_DRAIN = env_int(ENV, "EXTRACTION_DRAIN", 19)
FETCH_TIMEOUT_SECONDS = env_int(ENV, "FETCH_TIMEOUT_SECONDS", 10)
# URL and feed fetches refuse private, loopback and link-local addresses (SSRF) unless this is on.
FETCH_ALLOW_PRIVATE = env_bool(ENV, "FETCH_ALLOW_PRIVATE", False)
FEED_POLL_MINUTES = env_int(ENV, "FEED_POLL_MINUTES", 15)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [
        "tracker.api.parsers.BoundedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "EXCEPTION_HANDLER": "tracker.api.exceptions.exception_handler",
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.UserRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"user": "600/minute"},
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Fact tracker API",
    "DESCRIPTION": "Articles, claims, tracked figures (conflicts, revisions), sources and ClaimReview.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
    "ENUM_NAME_OVERRIDES": {
        "ClaimKindEnum": "tracker.claims.models.ClaimKind",
        "SourceKindEnum": "tracker.sources.models.SourceKind",
        "ClaimStatusEnum": "tracker.claims.models.ClaimStatus",
        "ClaimOriginEnum": "tracker.claims.models.ClaimOrigin",
        "ArticleStatusEnum": "tracker.articles.models.ArticleStatus",
        "ArticleOriginEnum": "tracker.articles.models.Article.Origin",
    },
}
# Email (notifications to followers): printed to the console unless a backend is configured.
EMAIL_BACKEND = ENV.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = ENV.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int(ENV, "EMAIL_PORT", 25)
EMAIL_HOST_USER = ENV.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = ENV.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool(ENV, "EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = ENV.get("DEFAULT_FROM_EMAIL", "fact-tracker@localhost")
# The address links in emails, feeds and webhooks point to.
SITE_URL = ENV.get("SITE_URL", "http://127.0.0.1:8000")
# Who reviews, in the ClaimReview JSON-LD of /api/claims/<id>/claimreview/.
CLAIMREVIEW_ORGANIZATION_NAME = ENV.get("CLAIMREVIEW_ORGANIZATION_NAME", "Fact tracker newsroom")
CLAIMREVIEW_ORGANIZATION_URL = ENV.get("CLAIMREVIEW_ORGANIZATION_URL", "https://example.org/")

# --- Celery ---------------------------------------------------------------------------------
REDIS_URL = ENV.get("REDIS_URL", "")
CELERY_BROKER_URL = ENV.get("CELERY_BROKER_URL") or REDIS_URL or "memory://"
# Without a broker, tasks run in-process (after the transaction commits, like a worker would).
CELERY_TASK_ALWAYS_EAGER = env_bool(ENV, "CELERY_TASK_ALWAYS_EAGER", CELERY_BROKER_URL == "memory://")
CELERY_TASK_EAGER_PROPAGATES = False
# ... and then in a background thread of the web process, after the response, so that a form
# never waits for an extraction (tracker/articles/inprocess.py).
TASKS_IN_BACKGROUND_THREAD = env_bool(ENV, "TASKS_IN_BACKGROUND_THREAD", CELERY_TASK_ALWAYS_EAGER)
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TIMEZONE = TIME_ZONE
# Reliability: a task is acknowledged only when done, a lost worker's task goes back on the
# queue, and a worker holds one task at a time so a crash strands at most one.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env_int(ENV, "CELERY_TASK_SOFT_TIME_LIMIT", 60)
CELERY_TASK_TIME_LIMIT = env_int(ENV, "CELERY_TASK_TIME_LIMIT", 90)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    # Redis redelivers an unacknowledged task after this many seconds.
    "visibility_timeout": env_int(ENV, "CELERY_VISIBILITY_TIMEOUT", 600),
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_CONNECTION_TIMEOUT = 3
# Publishing gives up quickly when the broker is down: the article stays queued in the
# database and the sweeper queues it again later.
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.5,
}
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ROUTES = {
    "tracker.articles.tasks.extract_article": {"queue": "extraction"},
    "tracker.articles.tasks.extract_articles": {"queue": "extraction"},
    "tracker.articles.tasks.fetch_article": {"queue": "default"},
}
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# Celery's Django fixup closes the database connection after every task unless told to reuse
# it; reconnecting costs more than a whole extraction. tracker.articles.tasks still closes
# broken or expired (CONN_MAX_AGE) connections after each task, as Django does per request.
CELERY_DB_REUSE_MAX = env_int(ENV, "CELERY_DB_REUSE_MAX", 1000)
CELERY_BEAT_SCHEDULE = {
    "sweep-stuck-articles": {
        "task": "tracker.articles.tasks.sweep_stuck_articles",
        "schedule": 60.0,
    },
    "poll-feeds": {
        "task": "tracker.articles.tasks.poll_feeds",
        "schedule": FEED_POLL_MINUTES * 60.0,
    },
}

# --- Security -------------------------------------------------------------------------------
HTTPS = env_bool(ENV, "HTTPS", not DEBUG)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 31536000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
# Scripts, styles and everything else only from the app itself: a link or text that slipped
# through as markup still cannot run a script (no inline scripts, no event-handler attributes).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        # + the one <style> of templates/500.html, which must render without static files
        "style-src": ["'self'", "'sha256-EK785+mPuB/opg3oLaSIlgCiMakvM9yVA0sU3D+sp0c='"],
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Log-in throttling (django-axes): after 5 failures for one user from one address, every
# attempt is refused, even with the right password, for a wait that doubles with every 5 more
# failures of the day (tracker.accounts.throttle). The same for the admin and the API's token endpoint.
AXES_FAILURE_LIMIT = env_int(ENV, "LOGIN_FAILURE_LIMIT", 5)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = "tracker.accounts.throttle.cool_off"
AXES_LOCKOUT_CALLABLE = "tracker.accounts.throttle.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_VERBOSE = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": ENV.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}, "axes": {"level": "WARNING"}},
}
