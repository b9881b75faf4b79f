"""Two app servers behind Varnish (and nginx in front of it) sharing one PostgreSQL database and
one Redis: production's shape (deploy/stack.py, as `make serve` runs it with one app server).

The cluster serves the test database (so tests create data with factories), runs the production
settings over loopback HTTP, and is torn down after each test. It needs PostgreSQL (SQLite's
in-memory test database cannot be shared between processes), nginx, Varnish and Redis; without
them the tests are skipped with the reason, except in CI (CI=true), where that is a failure.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
import requests
from django.conf import settings
from django.db import connection

from deploy.stack import NGINX, PROJECT, VARNISHD, Stack, free_port  # noqa: F401 (tests/faults)

REDIS_URL = "redis://127.0.0.1:6379/14"


def _missing():
    if connection.vendor != "postgresql":
        return "needs PostgreSQL (run with DATABASE_URL=postgres://...)"
    for program in (NGINX, VARNISHD):
        if not Path(program).exists():
            return f"needs {program} (apt-get install nginx varnish)"
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping()
    except redis.RedisError:
        return "needs Redis on 127.0.0.1:6379"
    return None


def wait_until_up(url, process, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: process exited with {process.returncode}")
        try:
            if requests.get(url + "/healthz", timeout=1).status_code == 200:
                return
        except requests.RequestException:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up in {seconds} s")


def database_url():
    db = connection.settings_dict
    host, port = db["HOST"] or "127.0.0.1", db["PORT"] or 5432
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{host}:{port}/{db['NAME']}"


def start_cluster(tmp):
    redis.Redis.from_url(REDIS_URL).flushdb()
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "tx_portal.settings.production",
        "LOCAL_HTTP": "true",
        "SECRET_KEY": "scale-out-test-secret-" + "s" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url(),
        "REDIS_URL": REDIS_URL,
        "LOG_LEVEL": "WARNING",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "STATIC_ROOT": str(tmp / "static"),
        # The uploads the test process makes are the ones nginx serves.
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        # nginx and Varnish are the proxies in front: the reader's address is 2 from the end.
        "TRUSTED_PROXY_HOPS": "2",
        # The staff here sign in with a password alone: two-factor sign-in is tested on its own
        # (tests/security/test_two_factor.py); these tests are about the servers behind the cache.
        "TWO_FACTOR_REQUIRED": "false",
    }
    # Production settings need the hashed static files' manifest, as after a deploy.
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=PROJECT,
        env=env,
        check=True,
    )
    return Stack(env, app_servers=2, workers=1, workdir=tmp / "stack").start()


@pytest.fixture
def cluster(tmp_path, transactional_db):
    reason = _missing()
    if reason:
        if os.environ.get("CI", "").lower() == "true" and connection.vendor == "postgresql":
            pytest.fail(f"scale-out test {reason}")
        pytest.skip(f"scale-out test {reason}")
    running = start_cluster(tmp_path)
    try:
        yield running
    finally:
        running.stop()


def admin_session(base_url, username, password):
    """A requests session logged in to the Wagtail admin through `base_url`."""
    session = requests.Session()
    login = session.get(f"{base_url}/admin/login/", timeout=10)
    response = session.post(
        f"{base_url}/admin/login/",
        data={
            "username": username,
            "password": password,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
            "next": "/admin/",
        },
        headers={"Referer": login.url},
        timeout=10,
    )
    assert response.status_code == 200 and "/admin/login/" not in response.url, "login failed"
    return session
