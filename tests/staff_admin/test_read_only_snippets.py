"""Editors open emergency guidance, reviewers and help lines to read them, without editing."""

import pytest
from django.urls import reverse

from tests.comments.conftest import PASSWORD, staff_user
from tests.factories import EmergencyGuidanceFactory, ReviewerFactory
from tx_portal.models import HelpLines

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    editor = staff_user(django_user_model, "eddie", "Editors")
    client.login(username=editor.username, password=PASSWORD)
    return client


@pytest.mark.parametrize(
    ("model", "make", "shown"),
    [
        ("tx_portal_reviewer", lambda: ReviewerFactory(name="Dr Ada Lovelace"), "Dr Ada Lovelace"),
        (
            "tx_portal_emergencyguidance",
            lambda: EmergencyGuidanceFactory(heading="If someone is not breathing"),
            "If someone is not breathing",
        ),
        ("tx_portal_helplines", lambda: HelpLines.objects.create(emergency_number="911"), "911"),
    ],
)
def test_an_editor_opens_the_listed_item_read_only(editor_client, model, make, shown):
    item = make()
    listing = editor_client.get(reverse(f"wagtailsnippets_{model}:list")).content.decode()
    inspect_url = reverse(f"wagtailsnippets_{model}:inspect", args=[item.pk])
    assert f'href="{inspect_url}"' in listing
    response = editor_client.get(inspect_url)
    assert response.status_code == 200
    assert shown in response.content.decode()
    edit = editor_client.get(reverse(f"wagtailsnippets_{model}:edit", args=[item.pk]))
    assert edit.status_code == 403
