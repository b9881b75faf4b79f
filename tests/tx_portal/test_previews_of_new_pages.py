"""The editor's preview panel of a page that has never been saved: the page is built from the
add form only (no id, no path, no relations in the database), and staff expect to see it as
readers will, not an error."""

import pytest
from django.urls import reverse

from tests.admin_forms import health_page_data
from tests.factories import (
    DetoxGuidePageFactory,
    MedicationIndexPageFactory,
    MedicationPageFactory,
    TherapyIndexPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections(home):
    medications = MedicationIndexPageFactory(parent=home)
    return {
        "medications": medications,
        "therapies": TherapyIndexPageFactory(parent=home),
        "detox": DetoxGuidePageFactory(parent=home),
        "chosen medication": MedicationPageFactory(parent=medications, title="Methadone"),
    }


def new_page_form(kind, sections):
    chosen = [str(sections["chosen medication"].pk)]
    if kind == "medication":
        return (
            sections["medications"],
            "medicationpage",
            health_page_data(
                "Buprenorphine preview",
                "buprenorphine-preview",
                generic_name="buprenorphine",
                brand_names="Suboxone",
                medication_class="partial_agonist",
                uses=["withdrawal", "maintenance"],
                routes=["sublingual_buccal"],
                how_often="Once a day",
                how_it_works="It eases cravings.",
                where_given="A doctor's office.",
                dependence_potential="lower",
                serious_warnings="Do not mix with alcohol",
            ),
        )
    if kind == "therapy":
        return (
            sections["therapies"],
            "therapypage",
            health_page_data(
                "Therapy preview",
                "therapy-preview",
                approach="Notice and change the thoughts that lead to use.",
                care_settings=["outpatient"],
                formats=["individual"],
                typical_duration="Weekly, 12 to 16 sessions",
                evidence_summary="Reduces relapse.",
                medications=chosen,
            ),
        )
    return (
        sections["detox"],
        "detoxphasepage",
        health_page_data(
            "Phase preview",
            "phase-preview",
            starts_after_hours="6",
            ends_after_hours="30",
            timing_note="",
            typical_signs="Yawning\nSweating",
            care="Fluids",
            when_to_get_help="If someone cannot be woken, call 911.",
            medications=chosen,
        ),
    )


APPS = {"medicationpage": "medications", "therapypage": "therapies", "detoxphasepage": "detox"}


@pytest.mark.parametrize("kind", ["medication", "therapy", "detox phase"])
def test_a_new_unsaved_page_can_be_previewed(admin_client, sections, kind):
    parent, model_name, data = new_page_form(kind, sections)
    preview = reverse(
        "wagtailadmin_pages:preview_on_add", args=[APPS[model_name], model_name, parent.pk]
    )
    assert admin_client.post(preview, data).json() == {"is_valid": True, "is_available": True}

    response = admin_client.get(preview)

    assert response.status_code == 200, f"preview of a new {kind} page"
    html = response.content.decode()
    assert data["title"] in html
    assert "Something went wrong" not in html
    if kind != "medication":
        # The medications ticked in the unsaved form are shown.
        assert "Methadone" in html
