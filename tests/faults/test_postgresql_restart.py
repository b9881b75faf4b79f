"""PostgreSQL restarted in the middle of a comment load: every acknowledged comment is stored
exactly once, readers who hit the restart get a polite 503 (and their retry is not stored twice),
and the same gunicorn workers serve pages and take comments again once the database is back.

This restarts the whole local PostgreSQL cluster (`pg_ctlcluster ... restart`): any other test
using it at that moment sees its connection drop. It runs only against a PostgreSQL on this
machine (loopback), as root or postgres, where pg_ctlcluster exists.
"""

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
import requests
from django.db import connection

from bench import comment_load
from tests.faults.conftest import comment_form, load_figures, record_figures, skip_or_fail

pytestmark = [
    pytest.mark.faults,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

READERS = 12
RESTART_AFTER_SECONDS = 5
# The load goes on this long after PostgreSQL accepts connections again, however long it took.
LOAD_AFTER_RESTART_SECONDS = 5
# A reader who gets an error sends the same form again after half a second, up to this often.
RETRIES = 10


def local_cluster():
    """(version, name, host, port) of the PostgreSQL cluster serving the test database."""
    settings = connection.settings_dict
    host, port = settings["HOST"] or "127.0.0.1", int(settings["PORT"] or 5432)
    if host not in {"127.0.0.1", "localhost", "::1"}:
        return None
    listing = subprocess.run(
        ["pg_lsclusters", "--no-header"], capture_output=True, text=True, check=True
    ).stdout
    for line in listing.splitlines():
        version, name, cluster_port = line.split()[:3]
        if int(cluster_port) == port and (Path("/etc/postgresql") / version / name).is_dir():
            return version, name, host, port
    return None


@pytest.fixture
def cluster():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL restart test: the test database is not PostgreSQL")
    if not shutil.which("pg_ctlcluster"):
        skip_or_fail("PostgreSQL restart test needs pg_ctlcluster (postgresql-common)")
    if os.geteuid() != 0:
        skip_or_fail("PostgreSQL restart test needs root to run pg_ctlcluster")
    found = local_cluster()
    if not found:
        skip_or_fail("PostgreSQL restart test: the test database is not a cluster on this machine")
    version, name, host, port = found
    try:
        yield version, name, host, port
    finally:
        # Whatever happened, leave the cluster running and this process's connection usable.
        if not accepting_connections(host, port):
            subprocess.run(
                ["pg_ctlcluster", "--skip-systemctl-redirect", version, name, "start"],
                check=False,
                timeout=60,
            )
            wait_for_connections(host, port)
        connection.close()


def accepting_connections(host, port):
    probe = ["pg_isready", "--quiet", "--host", host, "--port", str(port), "--timeout", "1"]
    return subprocess.run(probe, check=False).returncode == 0


def wait_for_connections(host, port, seconds=60):
    deadline = time.monotonic() + seconds
    while not accepting_connections(host, port):
        if time.monotonic() > deadline:
            raise RuntimeError(f"PostgreSQL on {host}:{port} did not come back in {seconds} s")
        time.sleep(0.1)


def server_started_at():
    connection.close()  # a connection from before a restart is dead
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_postmaster_start_time()")
        return cursor.fetchone()[0]


def test_a_postgresql_restart_during_a_comment_load_loses_nothing_and_the_site_recovers(
    cluster, start_app, private_redis, medication
):
    version, name, host, port = cluster
    server, database = start_app(workers=2, REDIS_URL=private_redis.url)
    workers_before = server.worker_pids()
    started_before = server_started_at()
    fault = {}

    def restart_postgresql():
        time.sleep(RESTART_AFTER_SECONDS)
        fault["started"] = time.monotonic()
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", version, name, "restart", "-m", "fast"],
            check=True,
            timeout=60,
            capture_output=True,
        )
        wait_for_connections(host, port)
        fault["ended"] = time.monotonic()
        time.sleep(LOAD_AFTER_RESTART_SECONDS)

    run_id, load = comment_load.run(
        server.url,
        medication.url,
        readers=READERS,
        timeout=30,
        retries=RETRIES,
        during=restart_postgresql,
    )
    assert server_started_at() > started_before, "PostgreSQL was restarted"

    # After the load: pages that need the database, and new readers' comments, on the same workers.
    after = {}
    for path in ("/", medication.url, "/search/?q=buprenorphine", "/readyz"):
        after[f"GET {path}"] = requests.get(server.url + path, timeout=10).status_code
    for number in range(4):
        reader = requests.Session()
        action, fields = comment_form(reader, server.url + medication.url)
        response = reader.post(
            server.url + action,
            data={
                **fields,
                "name": "Sam",
                "email": "sam@example.org",
                "comment": f"After the restart. bench-{run_id}-after-{number}",
            },
            allow_redirects=False,
            timeout=10,
        )
        after[f"POST comment {number}"] = response.status_code

    stored = database.stored_markers(run_id)
    after_recovery = {
        marker: stored.pop(marker, 0) for marker in list(stored) if "-after-" in marker
    }
    acknowledged_after = [
        attempt.started - fault["ended"]
        for attempt in load.attempts
        if attempt.acknowledged and attempt.started >= fault["ended"]
    ]
    failed = [attempt for attempt in load.attempts if not attempt.acknowledged]
    figures = load_figures(load, stored, fault["started"], fault["ended"])
    figures.update(
        {
            "readers": READERS,
            "PostgreSQL restart seconds (command until accepting connections)": round(
                fault["ended"] - fault["started"], 2
            ),
            "outage seen by readers seconds (first to last failed request)": round(
                max(a.started + a.seconds for a in failed) - min(a.started for a in failed), 2
            )
            if failed
            else 0,
            "seconds from PostgreSQL back to the next acknowledged comment": round(
                min(acknowledged_after), 2
            )
            if acknowledged_after
            else None,
            "status after recovery": after,
            "gunicorn workers restarted": sorted(set(workers_before) - set(server.worker_pids())),
        }
    )
    record_figures("postgresql_restart", figures)

    assert figures["acknowledged requests in flight during the fault"] > 0, (
        "no comment was being sent while PostgreSQL restarted: the fault was not exercised"
    )
    assert figures["lost (acknowledged, not stored)"] == 0
    assert figures["duplicated (stored more than once)"] == 0
    assert figures["errors before the fault"] == 0
    assert figures["errors after recovery"] == 0, "the site answered errors after the restart"
    assert acknowledged_after, "comments were acknowledged again after the restart"
    impolite = [a for a in failed if not (a.status == 503 and a.polite and a.retry_after)]
    assert not impolite, f"errors other than a polite 503: {figures['error responses by status']}"
    assert all(
        status == (302 if "POST" in request else 200) for request, status in after.items()
    ), f"the site did not recover without a restart of the app: {after}"
    assert server.worker_pids() == workers_before, (
        "the same gunicorn workers serve after the restart"
    )
    assert after_recovery == {f"bench-{run_id}-after-{n}": 1 for n in range(4)}, after_recovery
