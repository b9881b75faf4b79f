"""One production-shaped stack per test module: nginx -> Varnish -> gunicorn (2 sync workers),
production settings, on its own SQLite file (so a database outage can be made without touching
the shared PostgreSQL cluster). Needs varnishd and nginx; without them the tests are skipped
with the reason, except in CI (CI=true), where that is a failure."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from deploy.stack import NGINX, PROJECT, VARNISHD, Stack

CONTENT = """
from tests.factories import MedicationIndexPageFactory, MedicationPageFactory
from tx_portal.models import HomePage
home = HomePage.objects.get()
index = MedicationIndexPageFactory(parent=home)
MedicationPageFactory(parent=index, title="Buprenorphine", slug="buprenorphine")
MedicationPageFactory(parent=index, title="Methadone", slug="methadone")
"""


def _missing():
    for program in (VARNISHD, NGINX):
        if not Path(program).exists():
            return f"needs {program} (apt-get install varnish nginx)"
    return None


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    reason = _missing()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    tmp = tmp_path_factory.mktemp("edge")
    database = tmp / "site.sqlite3"
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}},
        "DJANGO_SETTINGS_MODULE": "tx_portal.settings.production",
        "LOCAL_HTTP": "true",
        "SECRET_KEY": "edge-test-secret-" + "e" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{database}",
        "MEDIA_ROOT": str(tmp / "media"),
        "STATIC_ROOT": str(tmp / "static"),
        "LOG_LEVEL": "WARNING",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "COMMENTS_PER_MINUTE": "1000",
        # The tests post a form the moment they have read it, as no reader could.
        "COMMENT_MIN_FILL_SECONDS": "0",
        # nginx and Varnish both append to X-Forwarded-For.
        "TRUSTED_PROXY_HOPS": "2",
        # Pages go stale in the shared cache after 2 s, so the outage test sees stale-if-error.
        "HTTP_CACHE_SHARED_SECONDS": "2",
        "SQLITE_BUSY_TIMEOUT": "2",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    for command in (
        ["migrate", "--noinput", "--verbosity", "0"],
        ["collectstatic", "--noinput", "--verbosity", "0"],
        ["shell", "-c", CONTENT],
    ):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=PROJECT,
            env={**env, "DJANGO_SETTINGS_MODULE": "tx_portal.settings.production"},
            check=True,
            capture_output=True,
        )
    running = Stack(env, workers=2, workdir=tmp / "stack").start()
    running.database = database
    try:
        yield running
    finally:
        running.stop()
        shutil.rmtree(tmp, ignore_errors=True)
