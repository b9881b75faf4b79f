"""The production settings, as a server loads them: HTTPS only, hardened cookies and headers,
never debug. Each test imports them in a fresh process with a server's environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
# A server's environment: none of the test run's or a developer's switches.
NOT_ON_A_SERVER = {
    "DATABASE_URL",
    "DEBUG",
    "LOCAL_HTTP",
    "SECURE_PROXY_SSL",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "DJANGO_SETTINGS_MODULE",
    "REDIS_URL",
}
SERVER_ENV = {
    "SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
    "ALLOWED_HOSTS": "treatment.example.org",
}

# Loads the production settings, then answers one request to /healthz with Django's test client
# (over HTTPS unless told otherwise) and prints the settings and the response's headers.
PROBE = """
import json, os, sys
import django
from django.conf import settings
django.setup()
from django.test import Client
names = [
    "DEBUG", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD", "SECURE_CONTENT_TYPE_NOSNIFF", "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY", "SESSION_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE", "CSRF_COOKIE_SECURE", "CSRF_COOKIE_SAMESITE",
    "SECURE_PROXY_SSL_HEADER", "MIDDLEWARE", "X_FRAME_OPTIONS",
]
values = {name: getattr(settings, name, None) for name in names}
secure = os.environ.get("PROBE_SECURE", "true") == "true"
response = Client(HTTP_HOST="treatment.example.org").get("/healthz", secure=secure)
values["status"] = response.status_code
values["headers"] = dict(response.headers)
print(json.dumps(values))
"""


def production(**env):
    clean_env = {k: v for k, v in os.environ.items() if k not in NOT_ON_A_SERVER}
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        env={
            **clean_env,
            **SERVER_ENV,
            "DJANGO_SETTINGS_MODULE": "tx_portal.settings.production",
            **env,
        },
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def over_https():
    return production()


def test_never_debug_even_when_the_environment_asks(over_https):
    assert over_https["DEBUG"] is False
    assert production(DEBUG="true")["DEBUG"] is False


def test_hsts_for_a_year_with_subdomains_and_preload(over_https):
    assert over_https["SECURE_HSTS_SECONDS"] >= 31536000
    assert over_https["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert over_https["SECURE_HSTS_PRELOAD"] is True
    assert over_https["status"] == 200
    assert (
        over_https["headers"]["Strict-Transport-Security"]
        == "max-age=31536000; includeSubDomains; preload"
    )


def test_plain_http_is_redirected_to_https():
    response = production(PROBE_SECURE="false")
    assert response["SECURE_SSL_REDIRECT"] is True
    assert response["status"] == 301
    assert response["headers"]["Location"] == "https://treatment.example.org/healthz"


def test_cookies_are_secure_http_only_and_same_site(over_https):
    assert over_https["SESSION_COOKIE_SECURE"] is True
    assert over_https["SESSION_COOKIE_HTTPONLY"] is True
    assert over_https["CSRF_COOKIE_SECURE"] is True
    assert over_https["SESSION_COOKIE_SAMESITE"] == "Lax"
    assert over_https["CSRF_COOKIE_SAMESITE"] == "Lax"


def test_browser_security_headers(over_https):
    headers = over_https["headers"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "camera=()" in headers["Permissions-Policy"]


def test_static_files_get_the_security_headers_too(over_https):
    middleware = over_https["MIDDLEWARE"]
    whitenoise = middleware.index("whitenoise.middleware.WhiteNoiseMiddleware")
    for outer in (
        "django.middleware.security.SecurityMiddleware",
        "portal_security.middleware.ContentSecurityPolicyMiddleware",
        "portal_security.middleware.PermissionsPolicyMiddleware",
    ):
        assert middleware.index(outer) < whitenoise, outer
    # Outside WhiteNoise: static files keep WhiteNoise's own Cache-Control.
    assert middleware.index("tx_portal.http_caching.CacheControlMiddleware") < whitenoise


def test_proxy_ssl_header_only_when_behind_a_tls_proxy(over_https):
    assert over_https["SECURE_PROXY_SSL_HEADER"] is None
    behind_proxy = production(SECURE_PROXY_SSL="true")
    assert behind_proxy["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
