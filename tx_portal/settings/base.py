"""Settings shared by every environment.

Every value that differs between environments is read from the environment here and only here
(DATABASE_URL, SECRET_KEY, DEBUG, ALLOWED_HOSTS, CSRF_TRUSTED_ORIGINS, REDIS_URL, EMAIL_*, ...).
The dev and test modules only supply development defaults before importing this one.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE
from django.core.exceptions import ImproperlyConfigured

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
    # --- comments (issue 3): our app, then the libraries; xtd must come before django_comments.
    "comments",
    "django_comments_xtd",
    "django_comments",
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
    "django.contrib.sites",  # comments (issue 3): django-contrib-comments needs it
    # After contenttypes: its workflow task model looks up its content type when built, and the
    # test runner's serialized rollback restores apps in this order (so content types first).
    # Its one override of a Wagtail template is in templates/wagtailadmin/ for that reason.
    "editorial",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outermost after SecurityMiddleware, so every response (404, 403, cached pages) gets them.
    "portal_security.middleware.ContentSecurityPolicyMiddleware",
    "portal_security.middleware.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Before any view or the CSRF check reads a body: refuses oversized comment posts (413).
    "portal_security.middleware.RequestBodyLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Admin query strings Wagtail would answer with a 500 (bulk-action ids that are not ids, a
    # search of hundreds of words): refused or shortened before anything reads them.
    "portal_security.middleware.AdminQueryStringMiddleware",
    # After the auth and message middleware: admin areas a role cannot use answer 403.
    "editorial.middleware.AdminRoleFitMiddleware",
    # Innermost, so a cached page still passes back through the security, CSRF-cookie and
    # frame-options middleware above.
    "tx_portal.page_cache.PageCacheMiddleware",
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
                # Replaces Django's csrf_token so the page cache can swap each reader's token in.
                "tx_portal.page_cache.csrf_token_recorder",
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

# Full-page cache for anonymous readers (tx_portal/page_cache.py). It needs a cache shared by every
# app server process, or one process would keep serving a page another has invalidated: so it is
# on by default only with Redis.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", default=bool(REDIS_URL))
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))

# --- Passwords and sessions -----------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
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
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

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
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# No request from any page to a third-party host: no gravatar images in the admin, and no check
# for new Wagtail releases from the admin dashboard (it calls releases.wagtail.org).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Publishing workflow (see docs/editorial.md). An edit made after a task was approved sends the
# page back through the workflow, so nothing changed after the clinical review goes live unreviewed.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# The final approval publishes, whether or not the approver may publish outside the workflow.
WAGTAIL_FINISH_WORKFLOW_ACTION = "editorial.publishing.publish_approved"
# A renamed or moved page keeps its old URL as a permanent redirect (the default, made explicit).
WAGTAILREDIRECTS_AUTO_CREATE = True
# Editors must not be able to lean on embeds from third-party hosts in health content.
WAGTAILEMBEDS_FINDERS = []

# --- Comments (issue 3) ---------------------------------------------------------------------------
# django-comments-xtd reads these at import. Who may comment, moderation rules, notification and
# IP retention are staff-editable in the admin (comments.CommentSettings), not here.
SITE_ID = 1
COMMENTS_APP = "django_comments_xtd"
COMMENTS_XTD_MODEL = "comments.models.PortalComment"
COMMENTS_XTD_FORM_CLASS = "comments.forms.PortalCommentForm"
COMMENT_MAX_LENGTH = 3000
COMMENTS_TIMEOUT = 4 * 60 * 60  # a form older than this is "expired": readers may write slowly
COMMENTS_XTD_MAX_THREAD_LEVEL = 1  # staff replies, one level under a reader's comment
COMMENTS_XTD_CONFIRM_EMAIL = False  # every comment is held for a moderator instead
COMMENTS_XTD_DEFAULT_FOLLOWUP = False  # no follow-up emails to commenters
COMMENTS_XTD_THREADED_EMAILS = False
COMMENTS_XTD_FROM_EMAIL = DEFAULT_FROM_EMAIL
COMMENTS_XTD_API_GET_USER_AVATAR = "comments.privacy.no_avatar"  # never a gravatar request
# Comments one reader may send a minute (rate limit; the load benchmark raises it).
COMMENTS_PER_MINUTE = int(os.environ.get("COMMENTS_PER_MINUTE", "3"))
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
    },
}

# --- demo content: the `demo` app is installed only by the development and test settings. Pages
# whose reviewer is a fictional demo reviewer show no reviewer unless this is on.
SHOW_DEMO_REVIEWERS = False
# --- end demo content
