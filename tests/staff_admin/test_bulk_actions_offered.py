"""The admin's listings offer only the bulk actions the user can complete."""

import pytest
from django.urls import reverse

from tests.comments.conftest import PASSWORD, staff_user
from tests.factories import MedicationIndexPageFactory, MedicationPageFactory

pytestmark = pytest.mark.django_db


def bulk_url(action):
    return reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])


@pytest.fixture
def explorer_url(home):
    index = MedicationIndexPageFactory(parent=home)
    MedicationPageFactory(parent=index, title="Methadone", slug="methadone")
    return reverse("wagtailadmin_explore", args=[index.pk])


def test_an_editor_is_not_offered_bulk_publish_or_unpublish(
    client, django_user_model, explorer_url
):
    editor = staff_user(django_user_model, "eddie", "Editors")
    client.login(username=editor.username, password=PASSWORD)
    html = client.get(explorer_url).content.decode()
    assert "Methadone" in html
    assert bulk_url("publish") not in html
    assert bulk_url("unpublish") not in html


def test_an_administrator_is_offered_bulk_publish_and_unpublish(
    client, django_user_model, explorer_url
):
    django_user_model.objects.create_superuser("root", "root@staff.example", PASSWORD)
    client.login(username="root", password=PASSWORD)
    html = client.get(explorer_url).content.decode()
    assert bulk_url("publish") in html
    assert bulk_url("unpublish") in html
