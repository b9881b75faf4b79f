"""Production settings. SECRET_KEY and ALLOWED_HOSTS must come from the environment."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = False
DEMO_ACCOUNTS_ALLOWED = False

# WhiteNoise serves static files straight from the app server, right after the security headers
# (HSTS, nosniff, the Content Security Policy and Permissions-Policy), so static files get them too.
_after_security_headers = (
    MIDDLEWARE.index("portal_security.middleware.PermissionsPolicyMiddleware") + 1  # noqa: F405
)
MIDDLEWARE = [
    *MIDDLEWARE[:_after_security_headers],  # noqa: F405
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[_after_security_headers:],  # noqa: F405
]

# Hashed names (cacheable for a year) and pre-compressed copies, served by WhiteNoise.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}

# Behind a TLS-terminating proxy, set SECURE_PROXY_SSL=true so Django trusts X-Forwarded-Proto.
if env_bool("SECURE_PROXY_SSL"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# LOCAL_HTTP=true is for `make serve` / `make bench` on this machine only: plain HTTP on
# loopback, so no HTTPS redirect and cookies that work without TLS. Never set it on a server.
LOCAL_HTTP = env_bool("LOCAL_HTTP")
SECURE_SSL_REDIRECT = not LOCAL_HTTP
SESSION_COOKIE_SECURE = not LOCAL_HTTP
CSRF_COOKIE_SECURE = not LOCAL_HTTP
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# --- comments: work after the response goes to the database queue, run by `manage.py db_worker
# --backend background` (README, Production). Wagtail's own tasks keep the immediate backend.
TASKS = {
    **TASKS,  # noqa: F405
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# --- end comments
