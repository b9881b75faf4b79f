"""Development settings: safe defaults for a laptop. Never used in production."""

import os

os.environ.setdefault("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

from .base import *  # noqa: E402,F403

DEMO_ACCOUNTS_ALLOWED = True
# The demo app (demo content, comments and accounts) and its fictional reviewers: never in
# production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
SHOW_DEMO_REVIEWERS = True
