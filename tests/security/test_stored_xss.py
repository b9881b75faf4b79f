"""Stored XSS, server side: every payload of the corpus, stored through the real forms (page editor,
comment form, moderation), comes back escaped on every surface that shows it, and is visible there
as the text that was typed.

The payloads are stored once for the module (see conftest.py); each test fetches one kind of
surface and checks every response with `injected_markup` (no element, attribute, URL or script
that could run) and that each stored text shows as text.
"""

import re

import pytest
from django.urls import reverse
from django.utils.html import escape

from comments.models import CommentStatus, PortalComment
from site_search.query import parse
from site_search.snippets import highlighted_summary
from tests.admin_forms import edit_page_url, health_page_data, publish
from tests.factories import ArticlePageFactory

from .html_safety import (
    ADMIN,
    PUBLIC,
    Profile,
    injected_markup,
    json_ld_blocks,
    squash,
    visible_text,
)
from .stored_payloads import SEARCH_WORD, body_blocks
from .xss_payloads import DANGEROUS_URLS, PAYLOADS, TEMPLATE_INJECTIONS, Payload

pytestmark = pytest.mark.django_db

QUEUE = "wagtailsnippets_comments_portalcomment"


def fetch(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, f"{url} answered {response.status_code}"
    return response.content.decode()


def assert_safe(html, surface, profile=PUBLIC):
    problems = injected_markup(html, profile)
    assert problems == [], f"markup that could run script on {surface}:\n" + "\n".join(problems)


def missing_texts(html, texts):
    """The texts that do not show (as text) in the page's body."""
    shown = squash(visible_text(html))
    return [text for text in texts if squash(text) not in shown]


def assert_shows(html, texts, surface):
    missing = missing_texts(html, texts)
    assert missing == [], f"{len(missing)} stored texts not shown as text on {surface}: " + repr(
        [text[:60] for text in missing]
    )


# --- the corpus and the checker -------------------------------------------------------------------

# Payloads that are only text in an HTML body (they attack a URL, an attribute or a script context,
# or a template engine, or are already encoded); every other one must be caught by the checker.
INERT_IN_HTML_TEXT = {
    # Broken tag names ("scr<script", a zero-width space) make unknown elements, and CDATA is a
    # comment in HTML: they attack filters that strip tags, or SVG/MathML content.
    "script-nested",
    "script-zero-width",
    "broken-cdata",
    "bare-javascript-url",
    "bare-javascript-url-mixed-case",
    "attribute-breakout-single",
    "attribute-breakout-autofocus",
    "template-django",
    "template-others",
    "template-angular",
    "json-unicode-escapes",
    "entity-encoded-script",
    "percent-encoded-script",
    "fullwidth-brackets",
    "utf7-script",
    "short-single-quote",
    "short-template",
}


def test_the_corpus_has_at_least_sixty_distinct_payloads_that_all_call_the_sentinel():
    assert len(PAYLOADS) >= 60
    assert len({payload.text for payload in PAYLOADS}) == len(PAYLOADS)
    silent = [
        payload.name
        for payload in PAYLOADS
        if payload.name not in TEMPLATE_INJECTIONS | {"a-vbscript"}
        and "alert(" not in payload.text
        and "PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg" not in payload.text  # base64 of an alert
    ]
    assert silent == [], "payloads that would run without calling the sentinel"


@pytest.mark.parametrize("payload", PAYLOADS, ids=str)
def test_the_checker_finds_each_payload_left_unescaped_in_a_page(payload):
    """Proof the checks below can fail: each payload pasted raw into a page body is found."""
    raw = f"<html><body><p>{payload.text}</p></body></html>"
    problems = injected_markup(raw)
    if payload.name in INERT_IN_HTML_TEXT:
        assert problems == [], f"{payload} is plain text in a body, yet flagged: {problems}"
    else:
        assert problems, f"the checker misses {payload} when it is not escaped"
    escaped = f"<html><body><p>{escape(payload.text)}</p></body></html>"
    assert injected_markup(escaped) == []
    assert squash(payload.text) in squash(visible_text(escaped))


def test_the_checker_finds_markup_in_attribute_and_json_contexts():
    breakout = '<input value="" autofocus onfocus="alert(1)">'
    assert injected_markup(f"<body>{breakout}</body>")
    json_ld = '<script type="application/ld+json">{"name": "</script><script>alert(1)</script>'
    assert injected_markup(f"<body>{json_ld}</body>")
    assert injected_markup('<body><a href="&#106;avascript:alert(1)">x</a></body>')
    assert injected_markup('<body><a href="jav&#x09;ascript:alert(1)">x</a></body>')


# --- public pages ---------------------------------------------------------------------------------


def test_health_pages_show_every_stored_field_as_text(stored_payloads, client):
    checked = 0
    for page in stored_payloads.health_pages:
        html = fetch(client, page.url)
        assert_safe(html, page.url)
        texts = [placement.text for placement in stored_payloads.placements_on(page)]
        assert_shows(html, texts, page.url)
        checked += len(texts)
    assert checked > len(PAYLOADS) * 6, "too few stored texts were checked"


def test_health_pages_json_ld_holds_the_typed_text(stored_payloads, client):
    for page in stored_payloads.health_pages:
        html = fetch(client, page.url)
        [data] = json_ld_blocks(html)
        assert data["name"] == page.title, page.url
        assert data["description"] == page.summary, page.url
        raw_block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        assert "<" not in raw_block.group(1), f"a raw '<' inside the JSON-LD of {page.url}"
    home_html = fetch(client, stored_payloads.home.url)
    [website] = json_ld_blocks(home_html)
    assert website["name"] == stored_payloads.home.title


def test_medication_comparison_table_shows_names_brands_and_frequency_as_text(
    stored_payloads, client
):
    index = stored_payloads.medication_index
    html = fetch(client, index.url)
    assert_safe(html, index.url)
    medications = [
        page for page in stored_payloads.health_pages if page._meta.model_name == "medicationpage"
    ]
    texts = [index.title, index.introduction]
    for medication in medications:
        texts += [medication.title, medication.how_often, medication.summary]
        texts += medication.brand_name_list()
    assert_shows(html, texts, index.url)


def test_therapy_index_and_detox_timeline_show_titles_and_summaries_as_text(
    stored_payloads, client
):
    for index, model_name, extra in [
        (stored_payloads.therapy_index, "therapypage", []),
        (stored_payloads.detox_guide, "detoxphasepage", ["timing_note"]),
    ]:
        html = fetch(client, index.url)
        assert_safe(html, index.url)
        texts = [index.title, index.introduction]
        texts += [getattr(index, "first_step_message", "")]
        for child in stored_payloads.health_pages:
            if child._meta.model_name == model_name:
                texts += [child.title, child.summary, *(getattr(child, name) for name in extra)]
        assert_shows(html, texts, index.url)
    filtered = stored_payloads.therapy_index.url + "?setting=outpatient"
    assert_safe(fetch(client, filtered), filtered)


def test_home_page_shows_section_titles_and_introductions_as_text(stored_payloads, client):
    html = fetch(client, "/")
    assert_safe(html, "the home page")
    sections = [
        stored_payloads.medication_index,
        stored_payloads.therapy_index,
        stored_payloads.detox_guide,
    ]
    texts = [stored_payloads.home.title, stored_payloads.home.introduction]
    texts += [text for section in sections for text in (section.title, section.introduction)]
    assert_shows(html, texts, "the home page")


# --- search ---------------------------------------------------------------------------------------


def test_search_results_show_stored_titles_and_summaries_as_text(stored_payloads, client):
    listed = set()
    for number in (1, 2, 3):
        url = f"{reverse('search')}?q={SEARCH_WORD}&page={number}"
        html = fetch(client, url)
        assert_safe(html, url)
        for page in stored_payloads.health_pages:
            if f'href="{page.url}"' in html:
                listed.add(page.pk)
                assert_shows(html, [page.title], url)
                summary = highlighted_summary(page, [SEARCH_WORD.lower()])
                assert_shows(html, [visible_text(f"<body>{summary}</body>")], url)
    missing = {page.pk for page in stored_payloads.health_pages} - listed
    assert not missing, f"search did not list pages {sorted(missing)}"


@pytest.mark.parametrize("field", ["q", "page"])
def test_search_echoes_every_payload_as_text(stored_payloads, client, field):
    # The page number is only echoed in a notice: a third of the corpus is enough there.
    for payload in PAYLOADS if field == "q" else PAYLOADS[::3]:
        params = {"q": payload.text} if field == "q" else {"q": SEARCH_WORD, "page": payload.text}
        response = client.get(reverse("search"), params)
        assert response.status_code == 200, f"search for {payload} answered {response.status_code}"
        html = response.content.decode()
        assert_safe(html, f"the search page for {payload} in {field}")
        if field == "q" and parse(payload.text).words:
            assert_shows(html, [parse(payload.text).text], f"the search page for {payload}")


# --- comments -------------------------------------------------------------------------------------


def test_approved_comments_and_names_show_as_text_and_waiting_ones_not_at_all(
    stored_payloads, client
):
    page = stored_payloads.comment_page
    html = fetch(client, page.url)
    assert_safe(html, f"{page.url} with {len(stored_payloads.comments)} comments")
    approved = [c for c in stored_payloads.comments if c.status == CommentStatus.APPROVED]
    waiting = [c for c in stored_payloads.comments if c.status == CommentStatus.PENDING]
    assert_shows(html, [c.text for c in approved] + [c.name for c in approved], page.url)
    for comment in approved:
        assert f'id="comment-{comment.pk}"' in html, f"approved comment {comment.pk} not shown"
    for comment in waiting:
        assert f'id="comment-{comment.pk}"' not in html, f"waiting comment {comment.pk} is public"


def test_commenters_see_their_own_waiting_comments_as_text(stored_payloads):
    page = stored_payloads.comment_page
    shown = 0
    for reader, sent in stored_payloads.commenters:
        html = fetch(reader, page.url)
        assert_safe(html, f"{page.url} as a commenter")
        waiting = [c for c in stored_payloads.comments if c.pk in sent and c.status == "pending"]
        assert_shows(html, [c.text for c in waiting], f"{page.url} as the commenter")
        shown += len(waiting)
    assert shown == sum(c.status == CommentStatus.PENDING for c in stored_payloads.comments)


def test_a_refused_comment_shows_the_readers_input_back_as_text(stored_payloads, client):
    page = stored_payloads.health_pages[0]
    for payload in PAYLOADS:
        response = client.post(
            reverse("comments:post", args=[page.pk]),
            {"name": payload.text[:50], "email": payload.text[:40], "comment": payload.text},
        )
        assert response.status_code == 400, f"{payload}: {response.status_code}"
        html = response.content.decode()
        assert_safe(html, f"the refused form with {payload}")
        assert escape(payload.text) in html, f"the refused comment {payload} is not shown back"


def test_moderation_queue_lists_every_comment_as_text(stored_payloads, django_user_model):
    as_moderator = moderator_client_for(django_user_model)
    for status in (CommentStatus.PENDING, CommentStatus.APPROVED):
        comments = [c for c in stored_payloads.comments if c.status == status]
        seen, pages = "", ""
        for number in (1, 2):
            url = f"{reverse(f'{QUEUE}:list')}?status={status}&p={number}"
            html = fetch(as_moderator, url)
            assert_safe(html, url, ADMIN)
            seen += visible_text(html)
            pages += html
        for comment in comments:
            # Its own row (several payloads start alike), then its text.
            detail = reverse(f"{QUEUE}:inspect", args=[comment.pk])
            assert f'href="{detail}"' in pages, f"comment {comment.pk} has no row in the queue"
            start = squash(comment.text)[:30]
            assert start in squash(seen), f"comment {comment.pk} not listed as text in the queue"
            assert squash(comment.name) in squash(seen)


def test_comment_detail_in_the_admin_shows_the_comment_as_text(stored_payloads, django_user_model):
    as_moderator = moderator_client_for(django_user_model)
    dashboard = fetch(as_moderator, reverse("wagtailadmin_home"))
    assert_safe(dashboard, "the admin dashboard (waiting comments panel)", ADMIN)
    for comment in stored_payloads.comments:
        url = reverse(f"{QUEUE}:inspect", args=[comment.pk])
        html = fetch(as_moderator, url)
        assert_safe(html, url, ADMIN)
        assert_shows(html, [comment.text, comment.name], url)


def moderator_client_for(django_user_model):
    from django.test import Client

    from .stored_payloads import MODERATOR

    client = Client()
    client.force_login(django_user_model.objects.get(username=MODERATOR[0]))
    return client


def test_moderator_emails_escape_the_comment_in_html_and_mark_nothing_safe(stored_payloads):
    assert len(stored_payloads.emails) == len(PAYLOADS), "one email per waiting comment"
    by_id = {comment.pk: comment for comment in stored_payloads.comments}
    for message in stored_payloads.emails:
        comment = next(c for pk, c in by_id.items() if f"/inspect/{pk}/" in message.body)
        assert "\n" not in message.subject
        [(html, mimetype)] = message.alternatives
        assert mimetype == "text/html"
        assert_safe(html, f"the HTML email about comment {comment.pk}")
        assert escape(comment.name) in html, "the name in the HTML email is not escaped"
        # linebreaks wraps paragraphs; every line of the text is there, escaped.
        for line in comment.text.splitlines():
            if line.strip():
                assert escape(line.strip()) in html, f"comment {comment.pk} not escaped in HTML"
        assert squash(comment.text) in squash(visible_text(html))
        text_body = message.body
        assert squash(escape(comment.text)) in squash(text_body) or (
            squash(comment.text) in squash(text_body)
        ), f"the plain-text email does not carry comment {comment.pk}"


# --- the admin's own pages ------------------------------------------------------------------------


def test_page_explorer_and_editor_show_stored_fields_safely(stored_payloads, admin_client):
    for section in stored_payloads.sections:
        url = reverse("wagtailadmin_explore", args=[section.pk])
        html = fetch(admin_client, url)
        assert_safe(html, url, ADMIN)
    for page in stored_payloads.one_page_of_each_kind:
        html = fetch(admin_client, edit_page_url(page))
        assert_safe(html, edit_page_url(page), ADMIN)


# The userbar's scripts are the site's own static files, addressed scheme-relative to its host.
WITH_USERBAR = Profile(script_prefixes=("/static/", "//testserver/static/"))


def test_staff_views_of_stored_payloads_are_safe(stored_payloads, admin_client, django_user_model):
    """Staff see the same content with more around it: the userbar on public pages, each page
    kind's history, revision comparison and draft preview, a comment's history, and the queue
    searched for a payload."""
    for page in stored_payloads.health_pages[:4]:
        html = fetch(admin_client, page.url)
        assert_safe(html, f"{page.url} with the userbar", WITH_USERBAR)
        assert_shows(html, [page.title], f"{page.url} with the userbar")
    for page in stored_payloads.one_page_of_each_kind:
        # An edit to the title and summary, so the revision comparison shows both, payloads and
        # all, on each side; then the page's history, the comparison and the draft preview.
        draft = page.get_latest_revision().as_object()
        draft.title, draft.summary = f"{draft.title} (edited)", f"{draft.summary} (edited)"
        draft.save_revision()
        compare = reverse(
            "wagtailadmin_pages:revisions_compare", args=[page.pk, "earliest", "latest"]
        )
        html = fetch(admin_client, compare)
        assert_safe(html, compare, ADMIN)
        assert_shows(html, [draft.title, draft.summary], compare)
        history = reverse("wagtailadmin_pages:history", args=[page.pk])
        assert_safe(fetch(admin_client, history), history, ADMIN)
        view_draft = reverse("wagtailadmin_pages:view_draft", args=[page.pk])
        html = fetch(admin_client, view_draft)
        assert_safe(html, view_draft, WITH_USERBAR)
        assert_shows(html, [draft.title, draft.summary], view_draft)
    for section in stored_payloads.sections:
        view_draft = reverse("wagtailadmin_pages:view_draft", args=[section.pk])
        html = fetch(admin_client, view_draft)
        assert_safe(html, view_draft, WITH_USERBAR)
        assert_shows(html, [section.title], view_draft)
    as_moderator = moderator_client_for(django_user_model)
    for comment in stored_payloads.comments[:5]:
        history = reverse(f"{QUEUE}:history", args=[comment.pk])
        assert_safe(fetch(as_moderator, history), history, ADMIN)
    for payload in PAYLOADS[::4]:
        response = as_moderator.get(reverse(f"{QUEUE}:list"), {"q": payload.text[:200]})
        assert response.status_code == 200, f"searching the queue for {payload}"
        assert_safe(response.content.decode(), f"the queue searched for {payload}", ADMIN)


URL_IDS = ["javascript", "mixed-case", "leading-space", "tab", "entity", "data-html", "vbscript"]


# --- URL fields and links -------------------------------------------------------------------------


@pytest.mark.parametrize("url", DANGEROUS_URLS, ids=URL_IDS)
def test_a_reference_url_that_would_run_script_is_refused(home, admin_client, url):
    page = ArticlePageFactory(parent=home, slug="references")
    data = health_page_data(page.title, page.slug, allow_comments="on")
    data["references-0-value-url"] = url
    response = admin_client.post(edit_page_url(page), publish(data))
    assert response.status_code == 200, f"{url!r} was accepted as a reference URL"
    assert "references" in response.context["form"].errors
    page.refresh_from_db()
    assert url not in str(page.references.raw_data) and not page.has_unpublished_changes


@pytest.mark.parametrize("url", DANGEROUS_URLS, ids=URL_IDS)
def test_a_rich_text_link_that_would_run_script_is_published_without_its_url(
    home, admin_client, client, url
):
    page = ArticlePageFactory(parent=home, slug="links")
    data = health_page_data(page.title, page.slug, allow_comments="on")
    payload = Payload("link", "Read this")
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    data.update(nested_form_data({"body": streamfield(body_blocks([payload], link_url=url))}))
    response = admin_client.post(edit_page_url(page), publish(data))
    assert response.status_code == 302
    html = fetch(client, page.url)
    assert_safe(html, f"a page with a rich-text link to {url!r}")
    assert "Read this" in visible_text(html)


def test_only_the_comments_a_moderator_approved_are_public(stored_payloads):
    approved = PortalComment.objects.filter(page_id=stored_payloads.comment_page.pk, is_public=True)
    expected = [c.pk for c in stored_payloads.comments if c.status == CommentStatus.APPROVED]
    assert sorted(approved.values_list("pk", flat=True)) == expected


@pytest.mark.parametrize("url", DANGEROUS_URLS, ids=URL_IDS)
def test_a_quick_exit_url_that_would_run_script_is_refused(db, admin_client, client, url):
    """The Quick exit link is on every page: a settings editor cannot make it run script."""
    from tx_portal.models import SafetySettings

    safety = SafetySettings.load()
    edit = reverse("wagtailsettings:edit", args=["tx_portal", "safetysettings", safety.pk])
    response = admin_client.post(
        edit, {"quick_exit_url": url, "help_lines": "", "emergency_guidance": ""}
    )
    assert response.status_code == 200, f"{url!r} was accepted as the Quick exit URL"
    assert "quick_exit_url" in response.context["form"].errors
    assert SafetySettings.load().quick_exit_url != url
    assert injected_markup(fetch(client, reverse("search"))) == []
