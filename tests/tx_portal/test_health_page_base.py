"""What every health page type shares: review facts, references, body blocks, emergency guidance."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamValue

from tests.factories import (
    ArticlePageFactory,
    EmergencyGuidanceFactory,
    MedicationIndexPageFactory,
    MedicationPageFactory,
    ReviewerFactory,
)
from tx_portal.models import SafetySettings
from tx_portal.review_dates import one_year_after

pytestmark = pytest.mark.django_db


def test_review_line_names_reviewer_credentials_and_dates(client, home):
    reviewer = ReviewerFactory(name="Dr Ana Reyes", credentials="MD, FASAM")
    page = ArticlePageFactory(
        parent=home,
        reviewed_by=reviewer,
        last_reviewed=datetime.date(2026, 3, 14),
        next_review_due=None,
    )
    html = client.get(page.url).content.decode()
    assert (
        'Reviewed by Dr Ana Reyes, MD, FASAM on <time datetime="2026-03-14">March 14, 2026</time>'
        ' · Next review due <time datetime="2027-03-14">March 14, 2027</time>'
    ) in html


def test_page_without_review_says_so(client, home):
    page = ArticlePageFactory(parent=home, reviewed_by=None, last_reviewed=None)
    assert "has not yet had a clinical review" in client.get(page.url).content.decode()


def test_next_review_defaults_to_a_year_after_the_last(home):
    page = ArticlePageFactory(parent=home, last_reviewed=datetime.date(2026, 5, 2))
    assert page.next_review_due == datetime.date(2027, 5, 2)
    assert one_year_after(datetime.date(2024, 2, 29)) == datetime.date(2025, 2, 28)


def test_a_chosen_next_review_date_is_kept(home):
    page = ArticlePageFactory(
        parent=home,
        last_reviewed=datetime.date(2026, 5, 2),
        next_review_due=datetime.date(2026, 11, 2),
    )
    assert page.next_review_due == datetime.date(2026, 11, 2)


@pytest.mark.parametrize(
    "last, next_due, field",
    [
        (datetime.date(2099, 1, 1), None, "last_reviewed"),
        (datetime.date(2026, 5, 2), datetime.date(2026, 5, 1), "next_review_due"),
    ],
)
def test_impossible_review_dates_are_refused(home, last, next_due, field):
    page = ArticlePageFactory.build(last_reviewed=last, next_review_due=next_due)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert field in error.value.message_dict


def test_references_are_numbered_with_their_source(client, home):
    page = ArticlePageFactory(parent=home)
    page.references = [
        (
            "reference",
            {"title": "TIP 63", "publisher": "SAMHSA", "year": 2021, "url": "https://samhsa.gov/"},
        ),
        ("reference", {"title": "Naloxone facts", "publisher": "FDA", "year": None, "url": ""}),
    ]
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    section = html[html.index('<section class="references"') :]
    assert "<ol>" in section
    assert '<a href="https://samhsa.gov/">TIP 63</a>. SAMHSA, 2021.' in section
    assert "<li>Naloxone facts. FDA.</li>" in section


def test_body_blocks_render_as_semantic_html(client, home):
    page = ArticlePageFactory(parent=home)
    page.body = StreamValue(
        page.body.stream_block,
        [
            ("heading", {"text": "What to expect", "level": "h2"}),
            ("callout", {"kind": "emergency", "title": "Call 911", "text": "<p>Now.</p>"}),
            ("question_answer", {"question": "Does it hurt?", "answer": "<p>A little.</p>"}),
        ],
    )
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "<h2>What to expect</h2>" in html
    assert '<aside class="callout callout--emergency" aria-label="Call 911">' in html
    assert '<h3 class="question-answer__question">Does it hurt?</h3>' in html


def test_emergency_guidance_is_one_piece_of_content_shown_where_it_matters(client, home):
    guidance = EmergencyGuidanceFactory(steps="Call 911\nGive naloxone\nStay until help arrives")
    safety = SafetySettings.load()
    safety.emergency_guidance = guidance
    safety.save()
    index = MedicationIndexPageFactory(parent=home)
    naloxone = MedicationPageFactory(parent=index, title="Naloxone", show_emergency_guidance=True)
    methadone = MedicationPageFactory(parent=index, title="Methadone")

    assert "<li>Stay until help arrives</li>" in client.get(naloxone.url).content.decode()
    assert "<li>Stay until help arrives</li>" not in client.get(methadone.url).content.decode()

    guidance.steps = "Call 911\nGive naloxone\nPut them in the recovery position"
    guidance.save()
    assert "<li>Put them in the recovery position</li>" in client.get(naloxone.url).content.decode()


def test_summary_is_the_meta_description(client, home):
    page = ArticlePageFactory(parent=home, summary="Medication roughly halves the risk of death.")
    html = client.get(page.url).content.decode()
    assert (
        '<meta name="description" content="Medication roughly halves the risk of death.">' in html
    )
