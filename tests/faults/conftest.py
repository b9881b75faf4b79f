"""Fault tests: the production configuration under gunicorn, on loopback, with something broken.

Each test starts its own gunicorn (production settings, the test database: the PostgreSQL test
database itself, or on SQLite a file copy of the in-memory test database, since other processes
cannot share that), breaks one thing (the database, Redis, the mail server, an SQLite write lock),
and checks that no acknowledged comment is lost or stored twice and that readers get pages or a
polite "please try again". Figures are printed (see them with -s) and written as JSON to
test-artifacts/faults/.

The helpers to start servers come from tests/scale_out (free ports, waiting for /healthz, the
test database's URL); the comment load is bench/comment_load.py.
"""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest
import redis
from django.db import connection
from wagtail.models import ModelLogEntry

from bench.comment_load import form_fields
from comments.models import CommentSettings, PortalComment
from tests.factories import MedicationIndexPageFactory, MedicationPageFactory
from tests.scale_out.conftest import database_url, free_port, wait_until_up

PROJECT = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT / "test-artifacts" / "faults"
MODERATOR_EMAIL = "queue@staff.example"
IN_CI = os.environ.get("CI", "").lower() == "true"


def skip_or_fail(reason):
    """Skip when this machine cannot run the test; in CI that is a failure instead."""
    if IN_CI:
        pytest.fail(f"fault test cannot run: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def static_root(tmp_path_factory):
    """The hashed static files' manifest the production settings need, collected once."""
    root = tmp_path_factory.mktemp("faults-static")
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=PROJECT,
        env={**production_env(), "STATIC_ROOT": str(root)},
        check=True,
    )
    return root


def production_env(**overrides):
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "tx_portal.settings.production",
        "LOCAL_HTTP": "true",
        "SECRET_KEY": "fault-test-secret-" + "f" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LOG_LEVEL": "WARNING",
        "REDIS_URL": "",
        # The load posts far more than a reader could; the rate limit is tested elsewhere.
        "COMMENTS_PER_MINUTE": "1000000",
        # ... and sooner after loading the page than a reader could (tested in tests/comments).
        "COMMENT_MIN_FILL_SECONDS": "0",
        # No worker recycled mid-test: "the same workers recover" must not fail for that reason.
        "GUNICORN_MAX_REQUESTS": "0",
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        # Nothing listens on port 9 (discard): mail fails at once unless a test points it elsewhere.
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": "9",
    }
    env.update(overrides)
    return env


class AppServer:
    """gunicorn with the production settings; its log lines (stdout and stderr) go to a file."""

    def __init__(self, tmp, env, workers, task_worker=False):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = tmp / f"app-{self.port}.log"
        log = open(self.log_path, "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--config", "tx_portal/gunicorn.conf.py"],
            cwd=PROJECT,
            env={**env, "GUNICORN_BIND": f"127.0.0.1:{self.port}", "WEB_CONCURRENCY": str(workers)},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        # The production task worker (README: Production), for tests of work after the response.
        self.task_worker = None
        if task_worker:
            self.task_worker = subprocess.Popen(
                [sys.executable, "manage.py", "db_worker", "--backend", "background"]
                + ["--interval", "0.2", "--no-startup-delay", "--no-reload"],
                cwd=PROJECT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        log.close()
        wait_until_up(self.url, self.process)

    def log(self):
        return self.log_path.read_text()

    def worker_pids(self):
        """gunicorn's workers now: the same set before and after a fault means none restarted."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return sorted(int(pid) for pid in children.read_text().split())

    def stop(self):
        for process in filter(None, [self.process, self.task_worker]):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


class ServedDatabase:
    """The database the app servers use, and the comments stored in it."""

    def __init__(self, tmp):
        if connection.vendor == "postgresql":
            self.url, self.sqlite_path = database_url(), None
        else:
            # Clone the in-memory test database to a file the app server can open, in WAL mode
            # as the app's own connections would leave it.
            self.sqlite_path = tmp / "faults.sqlite3"
            connection.ensure_connection()
            target = sqlite3.connect(self.sqlite_path)
            connection.connection.backup(target)
            target.execute("PRAGMA journal_mode=WAL")
            target.close()
            self.url = f"sqlite:///{self.sqlite_path}"

    def query(self, sql, params=()):
        if self.sqlite_path is None:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall()
        with closing(sqlite3.connect(self.sqlite_path, timeout=30)) as db:
            return db.execute(sql.replace("%s", "?"), params).fetchall()

    def stored_markers(self, run_id):
        """How many times each load marker of the run is stored as a comment."""
        texts = self.query(
            f"SELECT comment FROM {COMMENT_TABLE} WHERE comment LIKE %s",  # noqa: S608 (model name)
            (f"%bench-{run_id}-%",),
        )
        return Counter(text.rsplit(" ", 1)[-1] for (text,) in texts)

    def table_counts(self):
        """Rows in each table a comment's post writes (a half-saved comment would show)."""
        return {
            table: self.query(f"SELECT COUNT(*) FROM {table}")[0][0]  # noqa: S608 (model names)
            for table in (COMMENT_TABLE, LOG_TABLE)
        }


COMMENT_TABLE = PortalComment._meta.db_table
LOG_TABLE = ModelLogEntry._meta.db_table


@pytest.fixture
def medication(home):
    """A commentable page, with moderators to email when a comment waits."""
    rules = CommentSettings.load()
    rules.moderator_emails = MODERATOR_EMAIL
    rules.save()
    index = MedicationIndexPageFactory(parent=home, title="Medications", slug="medications")
    return MedicationPageFactory(parent=index, title="Buprenorphine", slug="buprenorphine")


@pytest.fixture
def start_app(tmp_path, static_root):
    """Starts app servers on the test database as it is now: create the test's data first."""
    started = []

    def start(workers=2, task_worker=False, **env):
        database = ServedDatabase(tmp_path)
        server = AppServer(
            tmp_path,
            production_env(DATABASE_URL=database.url, STATIC_ROOT=str(static_root), **env),
            workers,
            task_worker=task_worker,
        )
        started.append(server)
        return server, database

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def private_redis(tmp_path):
    """A Redis of the test's own on a free port (the shared one on 6379 is never stopped)."""
    port = free_port()
    process = subprocess.Popen(
        [
            "redis-server",
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            redis.Redis(port=port, socket_connect_timeout=0.2).ping()
            break
        except redis.RedisError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                skip_or_fail("redis-server did not start (apt-get install redis-server)")
            time.sleep(0.05)
    process.url = f"redis://127.0.0.1:{port}/0"
    yield process
    for sig in (signal.SIGCONT, signal.SIGKILL):
        if process.poll() is None:
            process.send_signal(sig)
    process.wait()


def comment_form(session, url):
    """The page's comment form: where it posts and its hidden fields (incl. the CSRF token)."""
    response = session.get(url, timeout=10)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    action, fields = form_fields(response.text)
    return action, fields


def record_figures(name, figures):
    """Print a test's figures (visible with -s) and keep them for the release note."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    figures = {"test": name, "database": connection.vendor, **figures}
    (ARTIFACTS / f"{name}.json").write_text(json.dumps(figures, indent=2) + "\n")
    print(f"\n[faults] {name}")
    for key, value in figures.items():
        print(f"  {key}: {value}")


def get_timed(session, url, **kwargs):
    started = time.monotonic()
    response = session.get(url, timeout=30, **kwargs)
    return response, round(time.monotonic() - started, 3)


def post_timed(session, url, data):
    started = time.monotonic()
    response = session.post(url, data=data, allow_redirects=False, timeout=30)
    return response, round(time.monotonic() - started, 3)


def load_figures(load, stored, fault_started, fault_ended):
    """The figures of a comment load run across a fault, from every attempt the readers made.

    An attempt is "during the fault" if it was in flight at any moment between the fault's start
    and its end, "after recovery" if it started after the end."""
    attempts = load.attempts

    def in_flight(attempt):
        return attempt.started < fault_ended and attempt.started + attempt.seconds > fault_started

    failed = [attempt for attempt in attempts if not attempt.acknowledged]
    during = [attempt for attempt in failed if in_flight(attempt)]
    after = [attempt for attempt in failed if attempt.started >= fault_ended]
    acknowledged = set(load.acknowledged)
    return {
        "requests sent": len(attempts),
        "comments acknowledged": len(acknowledged),
        "comments stored": len(stored),
        "errors before the fault": len(failed) - len(during) - len(after),
        "errors during the fault": len(during),
        "errors after recovery": len(after),
        "polite 503 with Retry-After": sum(
            1 for attempt in failed if attempt.polite and attempt.retry_after
        ),
        "error responses by status": dict(
            Counter(str(attempt.status or attempt.error) for attempt in failed)
        ),
        "lost (acknowledged, not stored)": len(acknowledged - set(stored)),
        "duplicated (stored more than once)": sum(1 for count in stored.values() if count > 1),
        "stored but not acknowledged (reader saw an error)": len(set(stored) - acknowledged),
        "acknowledged requests in flight during the fault": sum(
            1 for attempt in attempts if attempt.acknowledged and in_flight(attempt)
        ),
        "longest request seconds": round(max(attempt.seconds for attempt in attempts), 2),
        "fault seconds": round(fault_ended - fault_started, 2),
        "load seconds": round(load.seconds, 2),
    }
