import pytest
from django.core.exceptions import ValidationError

from detox.models import DetoxPhasePage
from detox.time_windows import describe_window
from tests.admin_forms import add_page_url, count_queries, edit_page_url, health_page_data, publish
from tests.factories import (
    DetoxGuidePageFactory,
    DetoxPhasePageFactory,
    EmergencyGuidanceFactory,
    MedicationIndexPageFactory,
    MedicationPageFactory,
)
from tx_portal import shared_fragments
from tx_portal.models import SafetySettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide(home):
    return DetoxGuidePageFactory(parent=home)


@pytest.fixture
def guidance(db):
    guidance = EmergencyGuidanceFactory(signs="Pinpoint pupils\nBlue lips")
    settings = SafetySettings.load()
    settings.emergency_guidance = guidance
    settings.save()
    return guidance


def phase_fields(**overrides):
    return {
        "starts_after_hours": "6",
        "ends_after_hours": "12",
        "timing_note": "About 30 hours for methadone",
        "typical_signs": "Yawning\nRunny nose",
        "care": "Fluids\nRest",
        "when_to_get_help": "If someone cannot be woken, call 911.",
        **overrides,
    }


@pytest.mark.parametrize(
    "starts, ends, wording",
    [
        (6, 12, "6 to 12 hours"),
        (24, 72, "1 to 3 days"),
        (72, 168, "3 to 7 days"),
        (168, None, "7 days or more"),
        (0, 12, "Up to 12 hours"),
        (336, 1344, "2 to 8 weeks"),
    ],
)
def test_time_window_reads_plainly(starts, ends, wording):
    assert describe_window(starts, ends) == wording


def test_timeline_is_ordered_by_time_after_the_last_dose(client, guide):
    DetoxPhasePageFactory(
        parent=guide, title="Post-acute", starts_after_hours=168, ends_after_hours=None
    )
    DetoxPhasePageFactory(parent=guide, title="Peak", starts_after_hours=24, ends_after_hours=72)
    DetoxPhasePageFactory(parent=guide, title="Early", starts_after_hours=6, ends_after_hours=12)
    DetoxPhasePageFactory(parent=guide, title="Draft", starts_after_hours=1, live=False)

    html = client.get(guide.url).content.decode()
    timeline = html[html.index('<ol class="timeline">') :]
    positions = [timeline.index(title) for title in ["Early", "Peak", "Post-acute"]]
    assert positions == sorted(positions)
    assert "Draft" not in timeline
    assert "1 to 3 days after the last dose" in timeline
    assert "7 days or more after the last dose" in timeline


def test_guide_says_detox_is_a_first_step_and_overdose_risk_is_high(client, guide, guidance):
    html = client.get(guide.url).content.decode()
    assert "Detox is a first step, not treatment on its own" in html
    assert "risk of a fatal overdose is high" in html
    assert "<li>Pinpoint pupils</li>" in html, "the guide shows the emergency guidance"


def test_phase_page_shows_facts_medications_and_emergency_guidance(client, home, guide, guidance):
    medication = MedicationPageFactory(
        parent=MedicationIndexPageFactory(parent=home), title="Buprenorphine"
    )
    phase = DetoxPhasePageFactory(parent=guide, title="Early", **phase_fields())
    phase.medications.set([medication])
    phase.save()

    html = client.get(phase.url).content.decode()
    assert "6 to 12 hours. About 30 hours for methadone" in html
    assert "<li>Runny nose</li>" in html
    assert f'<a href="{medication.url}">Buprenorphine</a>' in html
    assert "If someone cannot be woken, call 911." in html
    assert "<li>Blue lips</li>" in html, "detox pages show the emergency guidance by default"


def test_window_that_ends_before_it_starts_is_refused_with_a_clear_message(admin_client, guide):
    data = health_page_data(
        "Peak", "peak", **phase_fields(starts_after_hours="72", ends_after_hours="24")
    )
    response = admin_client.post(add_page_url(DetoxPhasePage, guide), publish(data))
    assert response.status_code == 200
    message = response.context["form"].errors["ends_after_hours"][0]
    assert message.startswith("The phase must end after it starts")
    assert "later than 72 hours" in message
    assert not DetoxPhasePage.objects.exists()


def test_model_validation_refuses_an_empty_window(guide):
    phase = DetoxPhasePageFactory.build(starts_after_hours=12, ends_after_hours=12)
    with pytest.raises(ValidationError) as error:
        phase.clean()
    assert "ends_after_hours" in error.value.message_dict


def test_new_phase_form_starts_with_emergency_guidance_on(admin_client, guide):
    form = admin_client.get(add_page_url(DetoxPhasePage, guide)).context["form"]
    assert form["show_emergency_guidance"].value() is True


def test_editor_creates_an_open_ended_phase_and_edits_it(admin_client, guide):
    data = health_page_data(
        "Post-acute", "post-acute", **phase_fields(starts_after_hours="168", ends_after_hours="")
    )
    response = admin_client.post(add_page_url(DetoxPhasePage, guide), publish(data))
    assert response.status_code == 302, response.context["form"].errors
    phase = DetoxPhasePage.objects.get(slug="post-acute")
    assert phase.ends_after_hours is None

    data["timing_note"] = "Can last months"
    assert admin_client.post(edit_page_url(phase), publish(data)).status_code == 302
    phase.refresh_from_db()
    assert phase.timing_note == "Can last months"


@pytest.mark.parametrize("children", [5, 50])
def test_timeline_query_count_does_not_grow_with_phases(client, home, guide, children):
    medications = MedicationIndexPageFactory(parent=home)
    shared = [MedicationPageFactory(parent=medications) for _ in range(3)]
    for hours in range(children):
        DetoxPhasePageFactory(
            parent=guide, starts_after_hours=hours, ends_after_hours=hours + 1
        ).medications.set(shared)
    client.get(guide.url)
    shared_fragments.invalidate()  # right after an edit: the full render
    queries = count_queries(lambda: client.get(guide.url))
    assert queries == DETOX_GUIDE_QUERIES, f"{queries} queries with {children} phases"


# Right after an edit (between edits: none): site, live URLs, the page, settings (with
# guidance), menu, breadcrumbs, phases, their medications.
DETOX_GUIDE_QUERIES = 8
