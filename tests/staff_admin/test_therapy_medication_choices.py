"""The therapy editor's medication checkboxes say which medication pages are unpublished drafts."""

import pytest
from django.urls import reverse

from tests.factories import (
    MedicationIndexPageFactory,
    MedicationPageFactory,
    TherapyIndexPageFactory,
    TherapyPageFactory,
)

pytestmark = pytest.mark.django_db


def test_unpublished_medications_are_marked_as_drafts(admin_client, home):
    medications = MedicationIndexPageFactory(parent=home)
    MedicationPageFactory(parent=medications, title="Buprenorphine")
    MedicationPageFactory(parent=medications, title="Lofexidine", live=False)
    therapy = TherapyPageFactory(parent=TherapyIndexPageFactory(parent=home), title="CBT")
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[therapy.pk])).content.decode()
    assert "Lofexidine (draft, not published)" in html
    assert "Buprenorphine (draft" not in html
    assert "Buprenorphine" in html
