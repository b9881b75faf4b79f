"""Settings for the test suite: development defaults, fast hashing, mail kept in memory."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-insecure-key")
# One process (the test client): the shared fragments need no shared cache to stay fresh.
os.environ.setdefault("SHARED_FRAGMENTS", "true")
os.environ.setdefault("DEBUG", "false")

from .base import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="tx_portal_test_media_")
DEMO_ACCOUNTS_ALLOWED = True
# The permission matrix describes roles: two-factor sign-in is off here and tested on its own
# (tests/security/test_two_factor.py turns it on); resets are not padded (tested with it on).
TWO_FACTOR_REQUIRED = False
PASSWORD_RESET_MIN_SECONDS = 0
# The demo app (demo content, comments and accounts) and its fictional reviewers: never in
# production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
SHOW_DEMO_REVIEWERS = True
# Searches are written to the Search terms report at once (tests read it); the query budgets
# set the production interval back (tests/tx_portal/test_query_budget.py).
SEARCH_TERMS_WRITE_SECONDS = 0
