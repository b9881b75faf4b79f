from unittest import mock

import pytest
from django.db import OperationalError


def test_liveness_probe_needs_no_database(client):
    # No django_db mark: pytest-django raises if the request touches the database at all.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_readiness_probe_reports_a_reachable_database(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok"}


@pytest.mark.django_db
def test_readiness_probe_says_503_when_the_database_is_down(client):
    with mock.patch(
        "tx_portal.probes.connection.cursor", side_effect=OperationalError("connection refused")
    ):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"database": "unreachable"}


def test_probes_answer_get_only(client):
    assert client.post("/healthz").status_code == 405
