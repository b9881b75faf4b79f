from dataclasses import dataclass

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from tx_portal import shared_fragments
from tx_portal.page_queries import live_and_public, public_q, restricted_sections
from tx_portal.page_serving import site_for_request

from . import search_terms
from .query import MAX_QUERY_CHARS, MAX_QUERY_WORDS, parse, with_synonyms
from .snippets import highlighted_passage, highlighted_summary

RESULTS_PER_PAGE = 10

# What a reader calls each kind of page; other page types use their model's name.
TYPE_LABELS = {
    "medications.medicationpage": "Medication",
    "therapies.therapypage": "Therapy",
    "detox.detoxphasepage": "Withdrawal phase",
    "articles.articlepage": "Article",
    "tx_portal.homepage": "Home page",
    "medications.medicationindexpage": "Section",
    "therapies.therapyindexpage": "Section",
    "detox.detoxguidepage": "Section",
}


@dataclass
class SearchResult:
    page: Page
    type_label: str
    summary: str
    passage: str


def type_label(page):
    meta = page._meta
    label = TYPE_LABELS.get(meta.label_lower)
    return label or str(meta.verbose_name).removesuffix(" page").capitalize()


def choose_page(raw, num_pages):
    """(page number to show, a polite note when it is not the one asked for)."""
    if raw is None or raw == "":
        return 1, ""
    try:
        number = int(raw)
    except ValueError:
        number = 0
    if number < 1:
        return 1, "We did not understand that page number, so here is the first page of results."
    if number > num_pages:
        pages = "is only 1 page" if num_pages == 1 else f"are only {num_pages} pages"
        return num_pages, f"There {pages} of results, so here is the last one."
    return number, ""


def search(request):
    """Search the live, public pages of the reader's site. A GET form: no cookie, no CSRF token.
    Nothing about the reader is stored; the words searched are counted for the editors' report
    (search_terms), once per search, not again for its further pages."""
    query = with_synonyms(parse(request.GET.get("q", "")), request)
    context = {
        "query": query,
        "max_query_words": MAX_QUERY_WORDS,
        "max_query_chars": MAX_QUERY_CHARS,
    }
    site = site_for_request(request)
    if query.words and site is not None:
        # Live and public, as plain filters the search backend understands (the restricted
        # sections are kept in the shared fragments: no query of their own).
        restricted = shared_fragments.get(request, "restricted-sections", restricted_sections)
        visible = (
            Page.objects.live()
            .descendant_of(site.root_page, inclusive=True)
            .filter(public_q(restricted))
        )
        promotions = promotions_for(query, site, restricted, request)
        # A promoted page is shown once, above the results, not again among them.
        promoted_ids = [promotion.page_id for promotion in promotions if promotion.page_id]
        pages = visible.exclude(id__in=promoted_ids).specific()
        results = pages.search(query.backend_query("and"))
        # The first page and one more result: when that is all there is, no count is needed.
        head = list(results[: RESULTS_PER_PAGE + 1])
        matched_all_words = True
        if len(query.words) > 1 and not head:
            results = pages.search(query.backend_query("or"))
            head = list(results[: RESULTS_PER_PAGE + 1])
            matched_all_words = False
        all_in_head = len(head) <= RESULTS_PER_PAGE
        paginator = Paginator(head if all_in_head else results, RESULTS_PER_PAGE)
        number, page_notice = choose_page(request.GET.get("page"), paginator.num_pages)
        results_page = paginator.page(number)
        if number == 1:
            results_page.object_list = head[:RESULTS_PER_PAGE]  # already fetched
        words = query.highlight_words()
        context.update(
            paginator=paginator,
            results_page=results_page,
            page_notice=page_notice,
            matched_all_words=matched_all_words,
            results=[
                SearchResult(
                    page,
                    type_label(page),
                    highlighted_summary(page, words),
                    highlighted_passage(page, words, request),
                )
                for page in results_page.object_list
            ],
            promotions=promotions if number == 1 else [],
        )
        if not request.GET.get("page"):
            search_terms.record(query)
    if not context.get("results") and not context.get("promotions") and site is not None:
        context["sections"] = shared_fragments.get(
            request, f"search-sections:{site.pk}", lambda: section_links(site, request)
        )
    return render(request, "site_search/search.html", context)


def section_links(site, request):
    """The site's main sections, where a reader with no results may start."""
    sections = live_and_public(site.root_page.get_children().in_menu())
    return [{"title": page.title, "url": page.get_url(request)} for page in sections]


def promotions_for(query, site, restricted, request):
    """The editors' promoted results for this query (Wagtail's search promotions): matched on
    the query's words ("Narcan?" finds "narcan") or on its text as Wagtail normalises it. A
    promoted page must be one the reader could find anyway (live, public, on this site). The
    editors' list is kept in the shared fragments: no query between edits."""
    keys = {query.normalised, normalise_query_string(query.text)}
    root = site.root_page
    return [
        promotion
        for query_string, promotion in shared_fragments.get(
            request, "search-promotions", all_promotions
        )
        if query_string in keys
        and (promotion.page is None or _findable(promotion.page, root, restricted))
    ]


def all_promotions():
    """(query string, promotion with its page) of every promoted result, in the editors' order."""
    promotions = SearchPromotion.objects.select_related("query", "page").order_by("sort_order")
    return [(promotion.query.query_string, promotion) for promotion in promotions]


def _findable(page, root, restricted):
    """The search's own filter (live, public, on the site), for one page already loaded."""
    under = page.path.startswith(root.path) and page.depth >= root.depth
    hidden = any(page.path.startswith(path) and page.depth >= depth for path, depth in restricted)
    return page.live and under and not hidden
