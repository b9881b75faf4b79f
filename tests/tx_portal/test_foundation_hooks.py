"""Feature apps plug into the foundation from their own AppConfig.ready(): comments' settings and
comment changes purge the shared cache although tx_portal does not name them. (The comment form
the outage page keeps, wired the same way, is proven in tests/faults/test_polite_503.py.)"""

import pytest

from comments.models import CommentSettings
from tests.edge.test_purge_lists import EVERYTHING, PURGED, captured  # noqa: F401 (fixture)
from tests.factories import MedicationIndexPageFactory, MedicationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def medication(home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        index = MedicationIndexPageFactory(parent=home)
        page = MedicationPageFactory(parent=index, title="Naltrexone")
    PURGED.clear()
    return page


def test_an_edited_comment_policy_purges_every_page_and_shows_on_the_next_request(
    client, medication, django_capture_on_commit_callbacks
):
    rules = CommentSettings.load()
    rules.comment_policy = "Moderators read every comment within a day."
    with django_capture_on_commit_callbacks(execute=True):
        rules.save()
    assert PURGED == [EVERYTHING]
    response = client.get(medication.url)
    assert "Moderators read every comment within a day." in response.content.decode()
