import pytest

from tests.admin_forms import add_page_url, count_queries, health_page_data, publish
from tests.factories import (
    MedicationIndexPageFactory,
    MedicationPageFactory,
    TherapyIndexPageFactory,
    TherapyPageFactory,
)
from therapies.models import TherapyPage
from tx_portal import shared_fragments

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home):
    return TherapyIndexPageFactory(parent=home)


def test_therapy_page_shows_its_structured_facts(client, home, index):
    medications = MedicationIndexPageFactory(parent=home)
    buprenorphine = MedicationPageFactory(parent=medications, title="Buprenorphine")
    page = TherapyPageFactory(
        parent=index,
        title="Contingency management",
        care_settings=["outpatient", "intensive_outpatient"],
        formats=["individual", "group"],
        typical_duration="12 weeks or more",
        evidence_summary="Rewards for negative tests increase abstinence.",
    )
    page.medications.set([buprenorphine])
    page.save()

    html = client.get(page.url).content.decode()
    for fact in [
        "Outpatient, Intensive outpatient",
        "Individual, Group",
        "12 weeks or more",
        "Rewards for negative tests increase abstinence.",
        f'<a href="{buprenorphine.url}">Buprenorphine</a>',
    ]:
        assert fact in html, f"therapy page is missing {fact!r}"


@pytest.fixture
def three_therapies(index):
    return [
        TherapyPageFactory(parent=index, title="CBT", care_settings=["outpatient", "inpatient"]),
        TherapyPageFactory(parent=index, title="Family therapy", care_settings=["outpatient"]),
        TherapyPageFactory(
            parent=index, title="Therapeutic community", care_settings=["long_term_residential"]
        ),
    ]


def titles_listed(response):
    return [therapy.title for therapy in response.context["therapies"]]


def test_reader_filters_therapies_by_setting(client, index, three_therapies):
    response = client.get(index.url, {"setting": "outpatient"})
    assert titles_listed(response) == ["CBT", "Family therapy"]
    assert "Therapies delivered in outpatient care" in response.content.decode()

    response = client.get(index.url, {"setting": "long_term_residential"})
    assert titles_listed(response) == ["Therapeutic community"]


def test_filter_form_is_a_plain_get_form_that_keeps_the_choice(client, index, three_therapies):
    html = client.get(index.url, {"setting": "inpatient"}).content.decode()
    assert 'method="get"' in html
    assert '<option value="inpatient" selected>' in html


def test_no_setting_lists_every_therapy(client, index, three_therapies):
    assert len(titles_listed(client.get(index.url))) == 3
    assert len(titles_listed(client.get(index.url, {"setting": ""}))) == 3


@pytest.mark.parametrize("bad", ["hospital", "<script>", "x" * 5000])
def test_unknown_setting_gets_a_polite_message_not_an_error(client, index, three_therapies, bad):
    response = client.get(index.url, {"setting": bad})
    assert response.status_code == 200
    assert "Choose a setting from the list." in response.content.decode()
    assert len(titles_listed(response)) == 3
    assert "<script>" not in response.content.decode()


def test_setting_with_no_therapies_says_so(client, index, three_therapies):
    html = client.get(index.url, {"setting": "partial_hospitalisation"}).content.decode()
    assert "No therapy pages match this setting yet." in html


@pytest.mark.parametrize("children", [5, 50])
def test_index_query_count_does_not_grow_with_children(client, index, children):
    for _ in range(children):
        TherapyPageFactory(parent=index)
    client.get(index.url)
    shared_fragments.invalidate()  # right after an edit: the full render
    queries = count_queries(lambda: client.get(index.url, {"setting": "outpatient"}))
    assert queries == THERAPY_INDEX_QUERIES, f"{queries} queries with {children} therapies"


# Right after an edit (between edits: none): site, live URLs, the page, settings, menu,
# breadcrumbs, the therapies.
THERAPY_INDEX_QUERIES = 7


def test_editor_creates_a_therapy_page_through_the_admin(admin_client, home, index):
    medication = MedicationPageFactory(parent=MedicationIndexPageFactory(parent=home))
    data = health_page_data(
        "Cognitive behavioural therapy",
        "cbt",
        approach="Notice and change the thoughts that lead to use.",
        care_settings=["outpatient", "residential_typo"],
        formats=["individual"],
        typical_duration="Weekly, 12 to 16 sessions",
        evidence_summary="Reduces relapse.",
        medications=[str(medication.pk)],
    )
    response = admin_client.post(add_page_url(TherapyPage, index), publish(data))
    assert response.status_code == 200, "an unknown setting must be refused"
    assert "care_settings" in response.context["form"].errors

    data["care_settings"] = ["outpatient", "short_term_residential"]
    response = admin_client.post(add_page_url(TherapyPage, index), publish(data))
    assert response.status_code == 302
    page = TherapyPage.objects.get(slug="cbt")
    assert page.care_settings == ["outpatient", "short_term_residential"]
    assert list(page.medications.all()) == [medication]
