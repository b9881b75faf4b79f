"""Stateless app servers: any number behind the shared cache, sharing PostgreSQL and Redis."""

import time
import uuid

import pytest
import requests
from django.contrib.auth.hashers import PBKDF2PasswordHasher

from tests.admin_forms import edit_page_url, health_page_data, publish
from tests.factories import MedicationIndexPageFactory, MedicationPageFactory
from tests.scale_out.conftest import admin_session

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "scale-out-admin-password"


@pytest.fixture
def superuser(django_user_model):
    # The app servers run production settings (PBKDF2); the test settings hash with MD5.
    user = django_user_model.objects.create_superuser("ops", "ops@example.com", None)
    user.password = PBKDF2PasswordHasher().encode(PASSWORD, "scaleoutsalt")
    user.save()
    return user


@pytest.fixture
def medication(home):
    index = MedicationIndexPageFactory(parent=home)
    return MedicationPageFactory(parent=index, title="Methadone", slug="methadone")


def test_login_and_admin_work_whichever_server_answers(cluster, superuser):
    session = admin_session(cluster.front_url, "ops", PASSWORD)
    upstreams = set()
    for _ in range(6):
        response = session.get(f"{cluster.front_url}/admin/", timeout=10)
        assert response.status_code == 200
        assert "/admin/login/" not in response.url
        upstreams.add(response.headers["X-Upstream"])
    assert len(upstreams) == 2, "the balancer spread the requests over both servers"


def test_publishing_on_one_server_shows_on_both_on_the_next_request(cluster, superuser, medication):
    first, second = cluster.app_urls
    requests.get(cluster.front_url + medication.url, timeout=10)
    cached = requests.get(cluster.front_url + medication.url, timeout=10)
    assert cached.headers["X-Cache"] == "hit", "Varnish serves the page"

    session = admin_session(first, "ops", PASSWORD)
    session.get(first + edit_page_url(medication), timeout=10)
    data = publish(
        health_page_data(
            "Methadone",
            "methadone",
            generic_name="methadone",
            medication_class="full_agonist",
            uses=["maintenance"],
            routes=["oral_liquid"],
            how_often="Once a day, watched at the clinic",
            how_it_works="Works slowly.",
            where_given="Opioid treatment programs.",
            dependence_potential="yes",
            serious_warnings="Breathing risk with sedatives",
        )
    )
    data["csrfmiddlewaretoken"] = session.cookies["csrftoken"]
    response = session.post(first + edit_page_url(medication), data=data, timeout=10)
    assert response.status_code == 200
    assert "/edit/" not in response.url, "the edit form came back: the publish was refused"

    # The publish on one app server purged the page from Varnish: the next reader sees it.
    for base in (cluster.front_url, second, first):
        page = requests.get(base + medication.url, timeout=10)
        assert "Once a day, watched at the clinic" in page.text, base


def test_an_uploaded_image_is_served_in_front_of_both_servers(cluster, medication):
    from wagtail_factories import ImageFactory

    image = ImageFactory(title="Clinic entrance")
    rendition = image.get_rendition("width-200")
    for url in (image.file.url, rendition.url):
        response = requests.get(cluster.front_url + url, timeout=10)
        assert response.status_code == 200, url
        assert response.headers["Content-Type"].startswith("image/"), url


def test_the_comment_rate_limit_is_one_count_across_both_servers(cluster, medication):
    """A reader's comments reach both app servers in turn: the limit counts them together (in
    Redis), so a second server is no way round it."""
    from bench.comment_load import form_fields

    limit = 3  # COMMENTS_PER_MINUTE, production's default
    session = requests.Session()
    action, form = form_fields(session.get(cluster.front_url + medication.url, timeout=10).text)
    time.sleep(3.5)  # COMMENT_MIN_FILL_SECONDS: a reader takes at least this long to write
    # The limit counts per clock minute: all four posts go in one.
    if time.time() % 60 > 40:
        time.sleep(61 - time.time() % 60)
    answers = []
    for n in range(limit + 1):
        data = {
            **form,
            "name": "Reader",
            "email": "reader@example.org",
            "comment": f"Comment number {n} under one shared limit",
            "honeypot": "",
            "idempotency_key": str(uuid.uuid4()),
        }
        response = session.post(
            cluster.front_url + action, data=data, allow_redirects=False, timeout=10
        )
        answers.append((response.status_code, response.headers.get("X-Upstream")))
    assert [status for status, _ in answers] == [302] * limit + [429], answers
    assert len({upstream for _, upstream in answers}) == 2, f"one server answered all: {answers}"
