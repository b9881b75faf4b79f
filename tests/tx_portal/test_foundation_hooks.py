"""Feature apps plug into the foundation from their own AppConfig.ready(): comments' settings make
cached pages stale although tx_portal does not name them. (The comment form the outage page keeps,
wired the same way, is proven in tests/faults/test_polite_503.py.)"""

import pytest

from comments.models import CommentSettings
from tests.factories import MedicationIndexPageFactory, MedicationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def medication(home):
    index = MedicationIndexPageFactory(parent=home)
    return MedicationPageFactory(parent=index, title="Naltrexone")


def test_an_edited_comment_policy_shows_on_the_next_request_of_a_cached_page(
    client, settings, medication
):
    settings.PAGE_CACHE_ENABLED = True
    assert client.get(medication.url).status_code == 200
    assert client.get(medication.url)["X-Page-Cache"] == "hit"
    rules = CommentSettings.load()
    rules.comment_policy = "Moderators read every comment within a day."
    rules.save()
    response = client.get(medication.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Moderators read every comment within a day." in response.content.decode()
