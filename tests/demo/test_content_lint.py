"""The content lint passes over the demo content and every live health page: any finding fails
the build, naming the page and the rule."""

import pytest

from detox.models import DetoxPhasePage
from editorial.content_lint import lint_live_pages
from medications.models import MedicationPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


def test_every_live_health_page_passes_the_content_lint():
    findings = lint_live_pages()
    report = "\n".join(
        f"{page.url_path} [{finding.rule}] {finding.message}" for page, finding in findings
    )
    assert not findings, f"content lint findings:\n{report}"


def test_a_problem_on_any_live_page_is_found_and_named():
    page = MedicationPage.objects.get(slug="naloxone")
    page.summary = "Any addict can be saved with naloxone. Call 911 as well."
    page.save_revision().publish()
    phase = DetoxPhasePage.objects.get(slug="peak-withdrawal")
    phase.starts_after_hours = 30
    phase.save_revision().publish()

    found = {(page.slug, finding.rule) for page, finding in lint_live_pages()}
    assert ("naloxone", "stigmatising-term") in found
    assert ("early-withdrawal", "detox-windows") in found
    assert ("peak-withdrawal", "detox-windows") in found
