import pytest
from django.core.exceptions import ValidationError

from medications.models import MedicationIndexPage, MedicationPage
from tests.admin_forms import add_page_url, count_queries, edit_page_url, health_page_data, publish
from tests.factories import (
    MedicationIndexPageFactory,
    MedicationPageFactory,
    ReviewerFactory,
    TherapyIndexPageFactory,
    TherapyPageFactory,
)
from tx_portal import shared_fragments
from tx_portal.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home):
    return MedicationIndexPageFactory(parent=home)


def medication_fields(**overrides):
    return {
        "generic_name": "methadone",
        "brand_names": "Dolophine, Methadose",
        "medication_class": "full_agonist",
        "uses": ["withdrawal", "maintenance"],
        "routes": ["oral_liquid", "tablet"],
        "how_often": "Once a day",
        "how_it_works": "It fills the receptors heroin uses, slowly.",
        "where_given": "Certified opioid treatment programs.",
        "who_can_prescribe": "Doctors at the program.",
        "dependence_potential": "yes",
        "common_side_effects": "Constipation\nSweating",
        "serious_warnings": "Breathing risk with benzodiazepines or alcohol\nCan prolong QT",
        "pregnancy_and_breastfeeding": "A recommended option in pregnancy.",
        "cost_and_coverage": "Covered by Medicaid in most states.",
        **overrides,
    }


def test_medication_page_shows_its_structured_facts(client, index):
    page = MedicationPageFactory(parent=index, title="Methadone", **medication_fields())
    html = client.get(page.url).content.decode()
    for fact in [
        "Full agonist",
        "Withdrawal management, Maintenance",
        "Oral liquid, Tablet",
        "Once a day",
        "Dolophine, Methadose",
        "Yes, physical dependence",
        "<li>Breathing risk with benzodiazepines or alcohol</li>",
        "<li>Constipation</li>",
        "A recommended option in pregnancy.",
        "Covered by Medicaid in most states.",
        "Certified opioid treatment programs.",
    ]:
        assert fact in html, f"medication page is missing the fact {fact!r}"


def test_medication_page_lists_the_therapies_that_pair_with_it(client, home, index):
    medication = MedicationPageFactory(parent=index, title="Buprenorphine")
    therapies = TherapyIndexPageFactory(parent=home)
    therapy = TherapyPageFactory(parent=therapies, title="Contingency management")
    therapy.medications.set([medication])
    therapy.save()
    draft = TherapyPageFactory(parent=therapies, title="Draft therapy", live=False)
    draft.medications.set([medication])
    draft.save()

    html = client.get(medication.url).content.decode()
    assert "Contingency management" in html
    assert "Draft therapy" not in html


def test_comparison_table_is_generated_from_the_fields(client, index):
    MedicationPageFactory(
        parent=index,
        title="Naltrexone",
        **medication_fields(
            generic_name="naltrexone",
            medication_class="antagonist",
            uses=["relapse_prevention"],
            routes=["tablet", "extended_release_injection"],
            how_often="Daily tablet or monthly shot",
            dependence_potential="none",
        ),
    )
    MedicationPageFactory(parent=index, title="Methadone", **medication_fields())
    MedicationPageFactory(parent=index, title="Unpublished", live=False)

    html = client.get(index.url).content.decode()
    table = html[html.index("<table") : html.index("</table>")]
    assert table.index("Methadone") < table.index("Naltrexone"), "rows are sorted by generic name"
    assert "Relapse prevention" in table
    assert "Tablet, Extended-release injection" in table
    assert "Daily tablet or monthly shot" in table
    assert "Unpublished" not in html


def test_comparison_follows_edits_to_the_fields(client, index):
    page = MedicationPageFactory(parent=index, how_often="Once a day")
    page.how_often = "Once a week"
    page.save_revision().publish()
    assert "Once a week" in client.get(index.url).content.decode()


def test_index_groups_medications_by_class_in_clinical_order(client, index):
    MedicationPageFactory(parent=index, title="Naloxone", medication_class="antagonist")
    MedicationPageFactory(parent=index, title="Methadone", medication_class="full_agonist")
    MedicationPageFactory(parent=index, title="Lofexidine", medication_class="non_opioid")
    context = client.get(index.url).context
    assert [label for label, _ in context["groups"]] == [
        "Full agonist",
        "Antagonist",
        "Non-opioid",
    ]


@pytest.mark.parametrize("children", [5, 50])
def test_index_query_count_does_not_grow_with_children(client, index, children):
    for _ in range(children):
        MedicationPageFactory(parent=index)
    client.get(index.url)  # warm the site-root cache, as any running site has it
    shared_fragments.invalidate()  # right after an edit: the full render
    queries = count_queries(lambda: client.get(index.url))
    assert queries == MEDICATION_INDEX_QUERIES, (
        f"medication index made {queries} queries with {children} children"
    )


# Right after an edit (between edits: none, tests/tx_portal/test_query_budget.py): site, live
# URLs, the page, settings, menu, breadcrumbs, the medications: fixed whatever their number.
MEDICATION_INDEX_QUERIES = 7


@pytest.mark.parametrize("related", [1, 10])
def test_medication_page_query_count_does_not_grow_with_related_therapies(
    client, home, index, related
):
    page = MedicationPageFactory(parent=index)
    therapies = TherapyIndexPageFactory(parent=home)
    for _ in range(related):
        TherapyPageFactory(parent=therapies).medications.add(page)
    client.get(page.url)
    shared_fragments.invalidate()  # right after an edit: the full render
    queries = count_queries(lambda: client.get(page.url))
    assert queries == MEDICATION_PAGE_QUERIES, f"{queries} queries with {related} therapies"


# Right after an edit: site, live URLs, the page (with its reviewer), settings, menu,
# breadcrumbs, related therapies, comment settings (the approved comments, once rendered, come
# from the shared cache).
MEDICATION_PAGE_QUERIES = 8


def test_editor_creates_a_medication_page_through_the_admin(admin_client, index):
    reviewer = ReviewerFactory()
    data = health_page_data("Methadone", "methadone", reviewer, **medication_fields())
    response = admin_client.post(add_page_url(MedicationPage, index), publish(data))
    assert response.status_code == 302, response.context["form"].errors
    page = MedicationPage.objects.get(slug="methadone")
    assert page.live
    assert page.uses == ["withdrawal", "maintenance"]
    assert page.routes == ["oral_liquid", "tablet"]
    assert page.reviewed_by is None and page.last_reviewed is None, (
        "review facts come from a clinical reviewer's approval, not from the edit form"
    )
    assert [block.block_type for block in page.body] == [
        "heading",
        "paragraph",
        "callout",
        "question_answer",
    ]
    assert page.references[0].value["publisher"] == "SAMHSA"


def test_editor_edits_a_medication_page_through_the_admin(admin_client, index):
    page = MedicationPageFactory(parent=index, title="Methadone", slug="methadone")
    data = health_page_data(
        "Methadone", "methadone", **medication_fields(how_often="Once a day, observed")
    )
    response = admin_client.post(edit_page_url(page), publish(data))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.how_often == "Once a day, observed"


def test_admin_form_rejects_a_medication_with_no_use(admin_client, index):
    data = health_page_data("Methadone", "methadone", **medication_fields(uses=[]))
    response = admin_client.post(add_page_url(MedicationPage, index), publish(data))
    assert response.status_code == 200
    assert "uses" in response.context["form"].errors
    assert not MedicationPage.objects.exists()


def test_unknown_route_is_a_validation_error(index):
    page = MedicationPageFactory.build(routes=["smoked"], medication_class="antagonist")
    with pytest.raises(ValidationError) as error:
        page.clean_fields(exclude=["path", "depth", "locale", "content_type", "reviewed_by"])
    assert "Unknown choice: smoked" in str(error.value)


def test_medications_live_only_under_the_medication_index(home, index):
    assert MedicationPage.can_create_at(index)
    assert not MedicationPage.can_create_at(home)
    assert MedicationIndexPage.allowed_parent_page_models() == [HomePage]
    assert not MedicationIndexPage.can_create_at(home), "one medication index per home page"


def test_admin_refuses_a_medication_page_outside_the_index(admin_client, home):
    response = admin_client.get(add_page_url(MedicationPage, home), follow=True)
    assert response.redirect_chain[0] == ("/admin/", 302)
    assert "permission" in str(list(response.context["messages"])[0]).lower()
    assert not MedicationPage.objects.exists()
