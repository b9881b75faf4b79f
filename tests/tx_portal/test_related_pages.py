"""Pages that list the medications chosen on them (therapies, detox phases) show the live ones,
on the public page and in the previews staff use before publishing."""

import pytest
from django.urls import reverse

from tests.admin_forms import health_page_data
from tests.factories import (
    DetoxGuidePageFactory,
    DetoxPhasePageFactory,
    MedicationIndexPageFactory,
    MedicationPageFactory,
    TherapyIndexPageFactory,
    TherapyPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def medications(home):
    index = MedicationIndexPageFactory(parent=home)
    return {
        "live": MedicationPageFactory(parent=index, title="Buprenorphine"),
        "added in the draft": MedicationPageFactory(parent=index, title="Methadone"),
        "unpublished": MedicationPageFactory(parent=index, title="Lofexidine", live=False),
    }


@pytest.fixture(params=["therapy", "detox phase"])
def page_with_medications(request, home, medications):
    if request.param == "therapy":
        page = TherapyPageFactory(parent=TherapyIndexPageFactory(parent=home))
    else:
        page = DetoxPhasePageFactory(parent=DetoxGuidePageFactory(parent=home))
    page.medications.set([medications["live"], medications["unpublished"]])
    page.save_revision().publish()
    return page


def test_the_public_page_lists_only_live_medications(client, page_with_medications):
    html = client.get(page_with_medications.url).content.decode()
    assert "Buprenorphine" in html
    assert "Lofexidine" not in html


def test_a_draft_with_other_medications_can_be_previewed(
    admin_client, page_with_medications, medications
):
    """The draft preview builds the page from its revision, where the chosen medications are
    held in memory (no page queryset methods): it must still render, with the draft's choice."""
    draft = page_with_medications.get_latest_revision().as_object()
    draft.medications.set([medications["live"], medications["added in the draft"]])
    draft.save_revision()

    response = admin_client.get(
        reverse("wagtailadmin_pages:view_draft", args=[page_with_medications.pk])
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Buprenorphine" in html and "Methadone" in html
    assert "Lofexidine" not in html


def test_the_editors_preview_panel_shows_the_medications_being_chosen(
    admin_client, home, medications
):
    """The preview panel builds the page from the editor's unsaved form: the medications ticked
    there are shown, though nothing is saved yet."""
    therapy = TherapyPageFactory(parent=TherapyIndexPageFactory(parent=home))
    data = health_page_data(
        therapy.title,
        therapy.slug,
        approach="Notice and change the thoughts that lead to use.",
        care_settings=["outpatient"],
        formats=["individual"],
        typical_duration="Weekly, 12 to 16 sessions",
        evidence_summary="Reduces relapse.",
        medications=[str(medications["added in the draft"].pk)],
    )
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[therapy.pk])
    assert admin_client.post(preview, data).json() == {"is_valid": True, "is_available": True}
    response = admin_client.get(preview)
    assert response.status_code == 200
    assert "Methadone" in response.content.decode()
