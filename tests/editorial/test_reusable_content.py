"""Reusable content is edited in one place, with a history of who changed what."""

import pytest
from django.urls import reverse

from tests.factories import EmergencyGuidanceFactory, ReviewerFactory
from tx_portal.models import SafetySettings

pytestmark = pytest.mark.django_db


def test_editing_a_reviewer_record_keeps_a_revision(client_for, clinician):
    reviewer = ReviewerFactory(name="Dr Old Name")
    url = reverse("wagtailsnippets_tx_portal_reviewer:edit", args=[reviewer.pk])
    data = {"name": "Dr New Name", "credentials": "MD", "role": "Physician", "user": ""}
    assert client_for(clinician).post(url, data).status_code == 302
    revision = reviewer.revisions.get()
    assert revision.content["name"] == "Dr New Name"
    assert revision.user == clinician


def test_editing_the_emergency_guidance_keeps_a_revision(client_for, clinician):
    guidance = EmergencyGuidanceFactory()
    url = reverse("wagtailsnippets_tx_portal_emergencyguidance:edit", args=[guidance.pk])
    data = {"heading": "If someone overdoses", "signs": "Cannot be woken", "steps": "Call 911"}
    assert client_for(clinician).post(url, data).status_code == 302
    assert guidance.revisions.get().content["heading"] == "If someone overdoses"


def test_help_lines_are_edited_once_with_revisions_and_shown_everywhere(
    client_for, clinician, home, client
):
    help_lines = SafetySettings.load().help_lines
    url = reverse("wagtailsnippets_tx_portal_helplines:edit", args=[help_lines.pk])
    data = {
        "helpline_name": "SAMHSA National Helpline",
        "helpline_number": "1-800-662-4357",
        "helpline_hours": "Free and confidential, every day",
        "crisis_line_name": "988 Suicide and Crisis Lifeline",
        "crisis_line_number": "988",
        "emergency_number": "911",
        "treatment_locator_url": "https://findtreatment.gov/",
    }
    assert client_for(clinician).post(url, data).status_code == 302
    # The first revision holds the numbers the site started with; the edit is the latest.
    revision = help_lines.revisions.latest("created_at")
    assert revision.user == clinician
    assert revision.content["helpline_hours"] == "Free and confidential, every day"
    assert "Free and confidential, every day" in client.get("/").content.decode()
