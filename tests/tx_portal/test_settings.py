"""Settings come from the environment; each database gets the options it needs."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]


def settings_in_fresh_process(module="tx_portal.settings.base", **env):
    """Import the settings with exactly this environment and return the values that matter."""
    code = (
        "import json, importlib, os; s = importlib.import_module(os.environ['SETTINGS_MODULE']); "
        "print(json.dumps({'DATABASES': s.DATABASES, 'DEBUG': s.DEBUG, "
        "'ALLOWED_HOSTS': s.ALLOWED_HOSTS, 'CACHES': s.CACHES}, default=str))"
    )
    clean_env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "SECRET_KEY", "DEBUG", "REDIS_URL"}
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**clean_env, **env, "SETTINGS_MODULE": module},
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result


def test_sqlite_gets_wal_a_long_busy_timeout_and_immediate_transactions(tmp_path):
    result = settings_in_fresh_process(
        SECRET_KEY="x", DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3"
    )
    database = json.loads(result.stdout)["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert database["OPTIONS"]["timeout"] >= 20
    assert "journal_mode=WAL" in database["OPTIONS"]["init_command"]


def test_sqlite_file_in_the_project_is_the_default():
    result = settings_in_fresh_process(SECRET_KEY="x")
    database = json.loads(result.stdout)["DATABASES"]["default"]
    assert database["NAME"] == str(PROJECT / "db.sqlite3")


def test_postgresql_keeps_connections_and_checks_their_health():
    result = settings_in_fresh_process(
        SECRET_KEY="x", DATABASE_URL="postgres://app:pw@db.internal:5432/portal"
    )
    database = json.loads(result.stdout)["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert database["CONN_MAX_AGE"] == 600
    assert database["CONN_HEALTH_CHECKS"] is True


def test_debug_and_hosts_come_from_the_environment():
    values = json.loads(
        settings_in_fresh_process(SECRET_KEY="x", DEBUG="true", ALLOWED_HOSTS="a.org, b.org").stdout
    )
    assert values["DEBUG"] is True
    assert values["ALLOWED_HOSTS"] == ["a.org", "b.org"]
    assert json.loads(settings_in_fresh_process(SECRET_KEY="x").stdout)["DEBUG"] is False


def test_redis_cache_when_redis_url_is_set():
    values = json.loads(
        settings_in_fresh_process(SECRET_KEY="x", REDIS_URL="redis://127.0.0.1:6379/1").stdout
    )
    assert values["CACHES"]["default"]["BACKEND"] == "tx_portal.cache_backends.ResilientRedisCache"


@pytest.mark.parametrize("module", ["tx_portal.settings.base", "tx_portal.settings.production"])
def test_no_secret_key_means_no_start_outside_development(module):
    result = settings_in_fresh_process(module)
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_development_settings_supply_their_own_secret():
    result = settings_in_fresh_process("tx_portal.settings.dev")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["DEBUG"] is True


def test_no_third_party_avatars_or_update_checks_in_the_admin(settings):
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    # Wagtail's database backend, through portal_security's FTS5 quoting.
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == "portal_security.search_backend"


def test_production_settings_pass_the_deploy_checks():
    # As on a server: none of the test run's own switches (the browser tests set
    # DJANGO_ALLOW_ASYNC_UNSAFE, which the deploy checks rightly refuse).
    test_only = {"DATABASE_URL", "DEBUG", "LOCAL_HTTP", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean_env = {k: v for k, v in os.environ.items() if k not in test_only}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env={
            **clean_env,
            "DJANGO_SETTINGS_MODULE": "tx_portal.settings.production",
            "SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
            "ALLOWED_HOSTS": "treatment.example.org",
        },
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
