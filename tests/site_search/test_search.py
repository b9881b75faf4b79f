"""Site search: what a reader finds, how hostile input is handled, pagination, privacy."""

import re
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction
from wagtail.search import index

from demo.data.search import SEARCH_SYNONYMS
from demo.loader import load_demo_content
from site_search.management.commands.benchmark_search import INPUTS
from site_search.models import SearchSynonym
from site_search.query import MAX_QUERY_WORDS, parse
from tests.admin_forms import count_queries
from tests.factories import (
    ArticlePageFactory,
    DetoxGuidePageFactory,
    DetoxPhasePageFactory,
    MedicationIndexPageFactory,
    MedicationPageFactory,
    TherapyIndexPageFactory,
    TherapyPageFactory,
)

pytestmark = pytest.mark.django_db

SEARCH = "/search/"


def search(client, q=None, **params):
    if q is not None:
        params["q"] = q
    response = client.get(SEARCH, params)
    assert response.status_code == 200, f"{params!r} answered {response.status_code}"
    return response.content.decode()


def result_titles(html):
    """Titles in order: the recommended ones first, then the results."""
    return re.findall(r'class="search-result__title"><a href="[^"]*">([^<]*)</a>', html)


def indexed(page):
    index.insert_or_update_object(page)
    return page


@pytest.fixture
def demo(home):
    load_demo_content()


# --- What readers find ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [("Suboxone", "Buprenorphine"), ("bupe", "Buprenorphine"), ("Narcan", "Naloxone")],
)
def test_the_words_readers_use_lead_to_the_right_medication(client, demo, query, expected):
    assert result_titles(search(client, query))[0] == expected


def test_withdrawal_leads_to_the_detox_guide_and_its_phases(client, demo):
    first_page = search(client, "withdrawal")
    titles = result_titles(first_page) + result_titles(search(client, "withdrawal", page="2"))
    assert titles[0] == "Detox and withdrawal", "the editors' promoted guide comes first"
    phases = {f"{phase} withdrawal" for phase in ["Early", "Peak", "Subsiding", "Post-acute"]}
    assert phases <= set(titles), titles
    # The guide lists every phase, linked, right after the promotion.
    assert first_page.index("Recommended") < first_page.index("What happens in each phase")


def test_synonyms_work_inside_longer_queries_without_promotions(client, home):
    index_page = MedicationIndexPageFactory(parent=home)
    for title in ["Buprenorphine", "Methadone"]:
        indexed(MedicationPageFactory(parent=index_page, title=title, summary="Eases cravings."))
    html = search(client, "bupe cravings")
    assert "match some of your words" in html, "no page has 'bupe'"

    SearchSynonym.objects.create(word="bupe", means="buprenorphine")
    html = search(client, "bupe cravings")
    assert result_titles(html) == ["Buprenorphine"]
    assert "1 page found" in html


def test_results_show_type_summary_and_marked_words_safely(client, home):
    index_page = MedicationIndexPageFactory(parent=home)
    indexed(
        MedicationPageFactory(
            parent=index_page,
            title="Methadone",
            summary="Methadone <script>alert(1)</script> is taken once a day.",
        )
    )
    html = search(client, "methadone")
    result = html[html.index('class="search-result"') :]
    assert '<p class="search-result__type">Medication</p>' in result
    assert "<mark>Methadone</mark> &lt;script&gt;alert(1)&lt;/script&gt; is taken" in result
    assert "<script>alert" not in html


def test_a_result_whose_summary_lacks_the_words_also_shows_where_they_appear(client, home):
    index_page = MedicationIndexPageFactory(parent=home)
    indexed(
        MedicationPageFactory(
            parent=index_page,
            title="Methadone",
            summary="A long-acting medicine taken once a day.",
            how_it_works="It steadies the brain. It can prolong the QT interval of the heart.",
        )
    )
    html = search(client, "interval")
    result = html[html.index('class="search-result"') :]
    summary = "A long-acting medicine taken once a day."
    assert f'<p class="search-result__snippet">{summary}</p>' in result
    assert "It can prolong the QT <mark>interval</mark> of the heart." in result
    assert "search-result__passage" not in search(client, "long-acting")


def test_a_promoted_page_is_listed_once_above_the_results(client, home):
    index_page = MedicationIndexPageFactory(parent=home)
    naloxone = indexed(MedicationPageFactory(parent=index_page, title="Naloxone"))
    indexed(MedicationPageFactory(parent=index_page, title="Naloxone combined", summary="x"))
    SearchPromotion.objects.create(
        query=Query.get("naloxone"), page=naloxone, description="Reverses an overdose."
    )
    html = search(client, "Naloxone?")
    assert result_titles(html) == ["Naloxone", "Naloxone combined"]
    assert html.index("Recommended") < html.index("Reverses an overdose.")


def test_only_live_public_pages_are_found(client, home):
    index_page = MedicationIndexPageFactory(parent=home)
    indexed(MedicationPageFactory(parent=index_page, title="Methadone live"))
    indexed(MedicationPageFactory(parent=index_page, title="Methadone draft", live=False))
    private = indexed(MedicationPageFactory(parent=index_page, title="Methadone private"))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert result_titles(search(client, "methadone")) == ["Methadone live"]


def test_when_no_page_has_every_word_pages_with_some_are_offered(client, home):
    index_page = MedicationIndexPageFactory(parent=home)
    indexed(MedicationPageFactory(parent=index_page, title="Methadone"))
    html = search(client, "methadone unicorn")
    assert result_titles(html) == ["Methadone"]
    assert "1 page match some of your words" in html


def test_no_results_suggests_the_sections_and_the_helpline(client, home):
    sections = [
        MedicationIndexPageFactory(parent=home, show_in_menus=True),
        TherapyIndexPageFactory(parent=home, show_in_menus=True),
        DetoxGuidePageFactory(parent=home, show_in_menus=True),
    ]
    html = search(client, "xyzzy")
    assert "No pages match your search" in html
    for section in sections:
        assert f'<a href="{section.url}">{section.title}</a>' in html
    assert 'call <a href="tel:18006624357">1-800-662-4357</a>' in html


# --- Hostile input --------------------------------------------------------------------------------

HOSTILE_QUERIES = {
    "empty": "",
    "spaces": "   ",
    "2,000 words": " ".join(f"word{n}" for n in range(2000)),
    "20 KB of quotes": '"' * 20_000,
    "20 KB of operators": ("\" AND OR NOT NEAR( * - + ( ) : ^ live:false ' " * 400)[:20_000],
    "unbalanced quote": 'methadone "withdrawal',
    "field filter": "content_type:wagtailcore.page live:false",
    "FTS syntax": "methadone* NEAR(a b) {title}: ^x",
    "NUL and control characters": "metha\x00done\x07\x1b",
    "SQL": "'; DROP TABLE wagtailcore_page; --",
    "HTML": "<script>alert(1)</script>",
    "unicode": "méthadone 美沙酮 💊 \u202e",
}


@pytest.mark.parametrize("query", HOSTILE_QUERIES.values(), ids=HOSTILE_QUERIES.keys())
def test_hostile_queries_get_a_normal_page(client, home, query):
    index_page = MedicationIndexPageFactory(parent=home)
    indexed(MedicationPageFactory(parent=index_page, title="Methadone"))
    html = search(client, query)
    assert "<h1>" in html and "site-search-q" in html
    assert "<script>alert" not in html


def test_a_long_query_is_capped_and_the_reader_is_told(client, home):
    words = [f"word{n}" for n in range(2000)]
    assert parse(" ".join(words)).words == words[:MAX_QUERY_WORDS]
    html = search(client, " ".join(words))
    assert f"we searched for its first {MAX_QUERY_WORDS} different words" in html


def test_operators_and_quotes_are_reduced_to_words():
    assert parse('"methadone" AND live:false (naloxone*)').words == [
        "methadone",
        "and",
        "live",
        "false",
        "naloxone",
    ]
    assert parse('"' * 20_000).words == []


def test_query_given_twice_or_as_a_page_parameter_is_harmless(client, home):
    assert client.get(SEARCH + "?q=a&q=b&page=&page=2").status_code == 200


# --- Pagination -----------------------------------------------------------------------------------


@pytest.fixture
def twelve_results(home):
    index_page = MedicationIndexPageFactory(parent=home, introduction="Medicines.")
    return [
        indexed(MedicationPageFactory(parent=index_page, title=f"Opioid medicine {n:02}"))
        for n in range(12)
    ]


def test_results_come_ten_to_a_page(client, twelve_results):
    first = search(client, "opioid")
    assert len(result_titles(first)) == 10
    assert "12 pages found" in first and "(page 1 of 2)" in first
    assert 'href="?q=opioid&amp;page=2" rel="next"' in first
    second = search(client, "opioid", page="2")
    assert len(result_titles(second)) == 2
    assert set(result_titles(first)).isdisjoint(result_titles(second))
    assert 'rel="prev"' in second


@pytest.mark.parametrize(
    ("page_number", "shown", "notice"),
    [
        ("abc", 1, "We did not understand that page number"),
        ("-1", 1, "We did not understand that page number"),
        ("0", 1, "We did not understand that page number"),
        ("9" * 5000, 1, "We did not understand that page number"),
        ("999", 2, "There are only 2 pages of results, so here is the last one."),
    ],
)
def test_a_page_number_that_does_not_exist_gets_a_polite_answer(
    client, twelve_results, page_number, shown, notice
):
    html = search(client, "opioid", page=page_number)
    assert f"(page {shown} of 2)" in html
    assert notice in html


# --- Speed and privacy ----------------------------------------------------------------------------


def make_results(home, count):
    """`count` matching pages, always of the same four types."""
    medications = MedicationIndexPageFactory(parent=home, introduction="Medicines.")
    therapies = TherapyIndexPageFactory(parent=home)
    detox = DetoxGuidePageFactory(parent=home)
    factories = [
        lambda n: MedicationPageFactory(parent=medications, title=f"Opioid med {n}"),
        lambda n: TherapyPageFactory(parent=therapies, title=f"Opioid therapy {n}"),
        lambda n: DetoxPhasePageFactory(parent=detox, title=f"Opioid phase {n}"),
        lambda n: ArticlePageFactory(parent=home, title=f"Opioid article {n}"),
    ]
    for n in range(count):
        indexed(factories[n % 4](n))


@pytest.mark.parametrize("count", [4, 10])
def test_query_count_does_not_grow_with_the_results(client, home, count, settings):
    settings.SEARCH_TERMS_WRITE_SECONDS = 60  # production's: counts written once a minute
    make_results(home, count)
    client.get(SEARCH, {"q": "opioid"})
    # The ranked first page, one query per page type on it (4); the site, synonyms, promotions,
    # view restrictions, settings and menu are shared fragments; no count while every result
    # fits on the first page.
    assert count_queries(lambda: client.get(SEARCH, {"q": "opioid"})) == 5


def test_searching_sets_no_cookie_and_keeps_only_the_words_searched(client, home):
    response = client.get(SEARCH, {"q": "Where can I get HELP?"})
    assert response.cookies == {}
    assert "csrfmiddlewaretoken" not in response.content.decode()
    # Wagtail's Query holds a term and its daily counts: no account, address or time of day.
    assert list(Query.objects.values_list("query_string", flat=True)) == ["where can i get help"]


def test_every_page_has_the_search_box_as_a_get_form(client, home):
    html = client.get("/").content.decode()
    form = re.search(r'<form class="site-search"[^>]*>', html).group(0)
    assert 'method="get"' in form and f'action="{reverse("search")}"' in form
    assert 'role="search"' in form
    assert '<label class="visually-hidden" for="site-search-q">Search the site</label>' in html
    assert 'autocomplete="off"' in html


def test_search_pages_are_not_indexed_by_search_engines(client, home):
    assert '<meta name="robots" content="noindex">' in search(client, "methadone")


# --- The synonym list -----------------------------------------------------------------------------


def test_a_synonym_is_one_word_stored_in_lower_case():
    synonym = SearchSynonym(word="  Narcan ", means="naloxone")
    synonym.full_clean()
    synonym.save()
    assert synonym.word == "narcan"
    with pytest.raises(ValidationError) as error:
        SearchSynonym(word="narcan spray", means="").full_clean()
    assert set(error.value.message_dict) == {"word", "means"}
    with pytest.raises(ValidationError, match="already has a synonym"):
        SearchSynonym(word="NARCAN", means="naloxone").full_clean()


def test_editors_manage_synonyms_in_the_admin(admin_client):
    SearchSynonym.objects.create(word="bupe", means="buprenorphine")
    url = reverse("wagtailsnippets_site_search_searchsynonym:list")
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "bupe" in response.content.decode()
    response = admin_client.post(
        reverse("wagtailsnippets_site_search_searchsynonym:add"),
        {"word": "two words", "means": "x"},
    )
    assert response.status_code == 200
    assert "Enter exactly one word" in response.content.decode()


def test_the_search_benchmark_runs_every_input(home):
    out = StringIO()
    call_command("benchmark_search", runs=1, stdout=out)
    rows = out.getvalue().splitlines()[1:]
    assert [row[:42].strip() for row in rows] == list(INPUTS)
    assert all(row.split()[-3] == "200" for row in rows), rows
    with pytest.raises(CommandError, match="--runs must be 1 or more"):
        call_command("benchmark_search", runs=0)


def test_a_promoted_page_that_is_a_draft_or_private_is_not_shown(client, home):
    index_page = MedicationIndexPageFactory(parent=home)
    draft = MedicationPageFactory(parent=index_page, title="Draft naloxone", live=False)
    private = MedicationPageFactory(parent=index_page, title="Private naloxone")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    for page in [draft, private]:
        SearchPromotion.objects.create(query=Query.get("naloxone"), page=page)
    html = search(client, "naloxone")
    assert "Recommended" not in html
    assert "Draft naloxone" not in html and "Private naloxone" not in html


def test_the_demo_loader_seeds_synonyms_and_promotions_once(home):
    load_demo_content()
    synonyms, promotions = SearchSynonym.objects.count(), SearchPromotion.objects.count()
    assert synonyms >= 4 and promotions >= 4
    SearchSynonym.objects.filter(word="bupe").update(means="edited by staff")
    report = load_demo_content()
    assert (SearchSynonym.objects.count(), SearchPromotion.objects.count()) == (
        synonyms,
        promotions,
    )
    assert SearchSynonym.objects.get(word="bupe").means == "edited by staff", "edits are kept"
    assert f"Search synonyms: {len(SEARCH_SYNONYMS)} skipped." in report.lines()
    load_demo_content(overwrite=True)
    assert SearchSynonym.objects.get(word="bupe").means == "buprenorphine"
