"""Settings shared by every environment.

Every value that differs between environments is read from the environment here and only here
(DATABASE_URL, SECRET_KEY, DEBUG, ALLOWED_HOSTS, CSRF_TRUSTED_ORIGINS, REDIS_URL, EMAIL_*, ...).
The dev and test modules only supply development defaults before importing this one.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE
from django.core.exceptions import ImproperlyConfigured

from .media_storage import storage_from_environment

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Set it in the environment (development settings supply a default)."
    )

DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Project apps first so their templates override the libraries'.
    "tx_portal",
    # Before wagtail.admin: its widget templates replace Wagtail's inline scripts (strict CSP).
    "portal_security",
    "csp",
    "medications",
    "therapies",
    "detox",
    "articles",
    "site_search",
    "answers",  # Ask a question: passages of the health pages, the answer finder
    # --- comments: our app, then the libraries; xtd must come before django_comments.
    "comments",
    "django_comments_xtd",
    "django_comments",
    "django_tasks",
    "django_tasks_db",
    # --- end comments
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.sites",  # django-contrib-comments needs it
    # After contenttypes: its workflow task model looks up its content type when built, and the
    # test runner's serialized rollback restores apps in this order (so content types first).
    # Its one override of a Wagtail template is in templates/wagtailadmin/ for that reason.
    "editorial",
    # --- staff sign-in (portal_security): lockouts after failed sign-ins, two-factor sign-in.
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # --- end staff sign-in
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outside the session and CSRF middleware, so it sees every cookie a response sets (a response
    # with a cookie is never public) and every response gets a Cache-Control.
    "tx_portal.http_caching.CacheControlMiddleware",
    # Outermost after SecurityMiddleware, so every response (404, 403, cached pages) gets them.
    "portal_security.middleware.ContentSecurityPolicyMiddleware",
    "portal_security.middleware.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # --- staff sign-in: request.user.is_verified(), then staff who must use two-factor sign-in
    # and have not are sent to it before any admin screen.
    "django_otp.middleware.OTPMiddleware",
    "portal_security.two_factor.TwoFactorRequiredMiddleware",
    # --- end staff sign-in
    # Before any view or the CSRF check reads a body: refuses oversized comment posts (413).
    "portal_security.middleware.RequestBodyLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Wagtail's RedirectMiddleware, asked only when a redirect could match (tx_portal/redirects.py)
    "tx_portal.redirects.KnownRedirectsMiddleware",
    # Admin query strings Wagtail would answer with a 500 (bulk-action ids that are not ids, a
    # search of hundreds of words): refused or shortened before anything reads them.
    "portal_security.middleware.AdminQueryStringMiddleware",
    # After the auth and message middleware: admin areas a role cannot use answer 403.
    "editorial.middleware.AdminRoleFitMiddleware",
    # Staff sign-in: turns a sign-in refused by the lockout into the polite lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "tx_portal.urls"
WSGI_APPLICATION = "tx_portal.wsgi.application"

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
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------------
# PostgreSQL in production; an SQLite file in the project by default so a newcomer installs nothing.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=600,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Persistent connections buy nothing on SQLite. WAL lets readers work during a write; IMMEDIATE
    # takes the write lock at BEGIN so concurrent writers queue (up to the timeout) instead of
    # failing with "database is locked" when a read lock cannot be upgraded. A writer that waits
    # longer than SQLITE_BUSY_TIMEOUT seconds gets a polite 503 (tx_portal/outage.py).
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "timeout": float(os.environ.get("SQLITE_BUSY_TIMEOUT", "25")),
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "tx_portal.cache_backends.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "tx_portal",
            # A hung Redis must cost a request milliseconds, not the whole timeout.
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- perf: the parts every page shows (menu, help lines, breadcrumbs), kept in each process
# between edits (tx_portal/shared_fragments.py). The edits are announced through the shared
# cache, so this is on by default only with Redis (the tests, one process, turn it on).
SHARED_FRAGMENTS = env_bool("SHARED_FRAGMENTS", default=bool(REDIS_URL))
# Readers' search terms are counted in each process and written at most this often
# (site_search/search_terms.py): a search itself costs no query for the editors' report.
SEARCH_TERMS_WRITE_SECONDS = int(os.environ.get("SEARCH_TERMS_WRITE_SECONDS", "60"))
# --- end perf
# --- Shared HTTP cache (Varnish or a CDN in front) ----------------------------------------------
# Cache-Control of public pages (tx_portal/http_caching.py): browsers keep a page a minute, the
# shared cache a day (every change purges exactly the pages it shows on: tx_portal/purge_lists.py),
# a stale copy is served while one request refreshes it, and for a day while the site is down.
HTTP_CACHE_BROWSER_SECONDS = int(os.environ.get("HTTP_CACHE_BROWSER_SECONDS", "60"))
HTTP_CACHE_SHARED_SECONDS = int(os.environ.get("HTTP_CACHE_SHARED_SECONDS", "86400"))
HTTP_CACHE_STALE_WHILE_REVALIDATE_SECONDS = int(
    os.environ.get("HTTP_CACHE_STALE_WHILE_REVALIDATE_SECONDS", "60")
)
HTTP_CACHE_STALE_IF_ERROR_SECONDS = int(
    os.environ.get("HTTP_CACHE_STALE_IF_ERROR_SECONDS", "86400")
)
# Cookies that make a page personal besides the session (never stored; Varnish passes them too:
# deploy/varnish/default.vcl): pending messages, and the comments a reader sent
# (COMMENT_READER_COOKIE), shown to them while they await moderation.
HTTP_CACHE_PERSONAL_COOKIES = ["messages", "comments_sent"]
# Where purges go (wagtail.contrib.frontend_cache backends). VARNISH_PURGE_URLS: comma-separated
# purge addresses of the Varnish servers in front (`make serve` sets it). A CDN instead: put its
# backend here (README, "Shared cache"). Empty: nothing to purge.
WAGTAILFRONTENDCACHE = {
    f"varnish-{number}": {
        "BACKEND": "tx_portal.cache_backends.VarnishBackend",
        "LOCATION": location,
    }
    for number, location in enumerate(env_list("VARNISH_PURGE_URLS"), start=1)
}

# --- Passwords and sessions -----------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# --- Staff sign-in protection (portal_security/sign_in.py, django-axes) --------------------------
# The lockout check first (it only refuses; ModelBackend signs in). Paused: the same account from
# the same address after AXES_FAILURE_LIMIT failures, and an address after that many on any
# accounts; for AXES_COOLOFF_TIME, or until an administrator clears it.
AUTHENTICATION_BACKENDS = [
    "portal_security.sign_in.SignInProtectionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("SIGN_IN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("SIGN_IN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_CLIENT_IP_CALLABLE = "portal_security.sign_in.client_ip"
AXES_LOCKOUT_CALLABLE = "portal_security.sign_in.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
# No user agent, no request data in the access log: addresses and account names are enough.
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_SENSITIVE_PARAMETERS = ["password"]
# Password reset (portal_security/password_reset.py): per client address and per target email in
# a window, and never answered sooner than PASSWORD_RESET_MIN_SECONDS (known or unknown address).
PASSWORD_RESET_WINDOW = 60 * 60
PASSWORD_RESET_PER_ADDRESS = int(os.environ.get("PASSWORD_RESET_PER_ADDRESS", "5"))
PASSWORD_RESET_PER_EMAIL = int(os.environ.get("PASSWORD_RESET_PER_EMAIL", "3"))
PASSWORD_RESET_MIN_SECONDS = float(os.environ.get("PASSWORD_RESET_MIN_SECONDS", "0.4"))
# Two-factor sign-in (portal_security/two_factor.py, django-otp TOTP + recovery codes): required
# for administrators and clinical reviewers when TWO_FACTOR_REQUIRED is on (the default; the
# development settings turn it off so the demo accounts sign in with a password alone), optional
# for every other member of staff.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", default=True)
TWO_FACTOR_REQUIRED_GROUPS = ["Clinical reviewers"]
OTP_TOTP_ISSUER = "Opioid Treatment Portal"
# --- end staff sign-in protection

# DENY everywhere; Wagtail's preview views set SAMEORIGIN on themselves for the editor's preview.
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# --- Content Security Policy (django-csp, portal_security) ---------------------------------------
# Enforced on every response, public pages and the admin alike. Scripts and styles only from the
# site's own files: no inline <script>, no style="" attributes, no event-handler attributes, no
# eval; so text a reader or an editor manages to inject into a page cannot run. Public pages get no
# nonce (the page cache serves one copy of a page to every reader). One exception, admin only: the
# rich text editor's scripts add <style> elements, allowed by a per-response nonce that only the
# admin's own script hands out (portal_security/static/portal_security/admin-csp.js); NONCE is
# dropped from the header of every response that did not use it.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", NONCE],
        # data: for the small inline images in Wagtail's admin (icons in its CSS, image
        # previews before upload); blob: for the thumbnails of images being uploaded.
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        # No framing, like X_FRAME_OPTIONS; the views Wagtail marks SAMEORIGIN (the editor's
        # preview panel frames the preview) get 'self' (portal_security.middleware).
        "frame-ancestors": ["'none'"],
    }
}

# --- Request sizes --------------------------------------------------------------------------------
# Generous site-wide limits (above Django's 2.5 MB and 1,000 fields): the Wagtail editor posts a
# whole page, every StreamField block and revision field included. Anything larger is refused with
# a 400 (templates/400.html). File uploads are not counted here (Wagtail limits those itself).
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# The public forms get far smaller limits, by URL name (portal_security.RequestBodyLimitMiddleware,
# answering 413): a comment is at most COMMENT_MAX_LENGTH characters plus a few signed fields.
REQUEST_BODY_LIMITS = {
    "comments:post": 64 * 1024,
    "comments:report": 16 * 1024,
}

# --- Internationalisation -------------------------------------------------------------------------
LANGUAGE_CODE = "en-us"
TIME_ZONE = "America/New_York"
USE_I18N = True
USE_TZ = True

# --- Static and media -----------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# MEDIA_STORAGE=filesystem (MEDIA_ROOT) or s3 (an S3-compatible bucket): settings/media_storage.py.
MEDIA_STORAGE_BACKEND, MEDIA_ORIGIN = storage_from_environment(os.environ)
STORAGES = {
    "default": MEDIA_STORAGE_BACKEND,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if MEDIA_ORIGIN:
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(MEDIA_ORIGIN)

# --- Mail -----------------------------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
# A slow or silent mail server must never hold a reader's request for long.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "5"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Treatment portal <no-reply@localhost>")

# --- Wagtail --------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Opioid Treatment Portal"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The database backend (PostgreSQL full text, SQLite FTS5), with FTS5 quoting fixed.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "portal_security.search_backend"}}
# No request from any page to a third-party host: no gravatar images in the admin, and no check
# for new Wagtail releases from the admin dashboard (it calls releases.wagtail.org).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Image uploads: a decompression bomb or a broken file is a form error (portal_security).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 128_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal_security.image_uploads.SafeImageForm"
# Wagtail's Draftail editor, storing no link or image whose id cannot be one (portal_security).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "portal_security.rich_text.ValidatingDraftailRichTextArea"}
}
# Publishing workflow (see docs/editorial.md). An edit made after a task was approved sends the
# page back through the workflow, so nothing changed after the clinical review goes live unreviewed.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# The final approval publishes, whether or not the approver may publish outside the workflow.
WAGTAIL_FINISH_WORKFLOW_ACTION = "editorial.publishing.publish_approved"
# A renamed or moved page keeps its old URL as a permanent redirect (the default, made explicit).
WAGTAILREDIRECTS_AUTO_CREATE = True
# Editors must not be able to lean on embeds from third-party hosts in health content.
WAGTAILEMBEDS_FINDERS = []

# --- Comments ------------------------------------------------------------------------------------
# Who may comment, moderation rules, notification and IP retention are staff-editable in the admin
# (comments.CommentSettings), not here. Comments are one table of our own (comments.PortalComment on
# django-contrib-comments' CommentAbstractModel); django-comments-xtd stays installed only because
# the first migrations of the comments app depend on its tables.
SITE_ID = 1
COMMENTS_APP = "comments"
COMMENT_MAX_LENGTH = 3000
# The comment form is one HTML for every reader and may be served from a shared cache for hours:
# its signed timestamp must stay valid at least that long (COMMENT_FORM_MAX_AGE, seconds), plus
# the time a reader may take to write.
COMMENT_FORM_MAX_AGE = int(os.environ.get("COMMENT_FORM_MAX_AGE", str(24 * 60 * 60)))
COMMENTS_TIMEOUT = COMMENT_FORM_MAX_AGE + 4 * 60 * 60
# A comment sent sooner than this after the form was loaded is refused politely (a person needs
# longer to read and write; a bot does not).
COMMENT_MIN_FILL_SECONDS = int(os.environ.get("COMMENT_MIN_FILL_SECONDS", "3"))
# How long a reader's browser remembers the comments it sent, to show them "awaiting moderation":
# moderators read comments within two working days, so four days covers a weekend.
COMMENT_READER_COOKIE = "comments_sent"
COMMENT_READER_COOKIE_SECONDS = 4 * 24 * 60 * 60
# Comments one reader may send a minute (rate limit; the load benchmark raises it).
COMMENTS_PER_MINUTE = int(os.environ.get("COMMENTS_PER_MINUTE", "3"))
# Where rate limits count: Redis when there is one, else the database (shared by every process).
COMMENT_RATE_LIMIT_STORE = "cache" if REDIS_URL else "database"
# Work after the response (the moderators' email): the "background" task backend. Development and
# tests run tasks at once; production settings use the database queue and `manage.py db_worker`.
# Wagtail's own tasks (search and reference index) stay on "default", run in the request as before.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
# --- end comments

# Load balancers/proxies in front of the app that append to X-Forwarded-For: the reader's address
# for rate limits and abuse handling is read from there (tx_portal/client_address.py).
TRUSTED_PROXY_HOPS = int(os.environ.get("TRUSTED_PROXY_HOPS", "0"))

# LOG_FORMAT=json gives one JSON object per line on stdout (production); plain text otherwise.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
        "plain": {"format": "%(levelname)s %(name)s: %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json" if os.environ.get("LOG_FORMAT") == "json" else "plain",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # Wagtail runs search-index and reference-index updates as tasks; one line each is noise.
        "django_tasks": {"level": "WARNING"},
        # Staff sign-in: failures and lockouts (WARNING) are kept, the bookkeeping (INFO) is not.
        "axes": {"level": "WARNING"},
    },
}

# --- demo content: the `demo` app is installed only by the development and test settings. Pages
# whose reviewer is a fictional demo reviewer show no reviewer unless this is on.
SHOW_DEMO_REVIEWERS = False
# --- end demo content
