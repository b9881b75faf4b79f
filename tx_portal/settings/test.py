"""Settings for the test suite: development defaults, fast hashing, mail kept in memory."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-insecure-key")
os.environ.setdefault("DEBUG", "false")

from .base import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="tx_portal_test_media_")
DEMO_ACCOUNTS_ALLOWED = True
# The demo app (demo content, comments and accounts) and its fictional reviewers: never in
# production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
SHOW_DEMO_REVIEWERS = True
