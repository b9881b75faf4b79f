"""Ask a question, as a reader uses it: a plain GET form, answers quoted from the reviewed pages
with where they come from, help first for a reader in crisis, a polite answer to anything."""

import re
from html import unescape

import pytest
from django.core.cache import cache
from django.utils import timezone

from answers.models import Passage, UnansweredQuestion
from medications.models import MedicationPage
from tx_portal.models import HealthPage, HomePage

pytestmark = pytest.mark.django_db


def answers_html(client, question, part=True):
    response = client.get("/ask/", {"q": question, **({"part": "answers"} if part else {})})
    assert response.status_code == 200, question
    return response.content.decode()


def answer_links(html):
    return re.findall(r'<h3 class="ask-answer__heading"><a href="([^"]+)"', html)


def test_a_question_is_answered_with_passages_quoted_from_the_page_with_reviewer_and_link(
    client, demo
):
    html = answers_html(client, "methadon side efects", part=False)
    links = answer_links(html)
    assert len(links) == 3
    assert links[0] == "/medications/methadone/#side-effects"
    methadone = MedicationPage.objects.get(slug="methadone")
    quote = re.search(r'<blockquote class="ask-answer__quote"[^>]*>(.*?)</blockquote>', html, re.S)
    quoted = unescape(quote.group(1))
    for effect in methadone.common_side_effects.splitlines():
        assert f"<li>{effect.strip()}</li>" in quoted
    assert f"reviewed by {methadone.shown_reviewer}" in html
    assert methadone.last_reviewed.strftime("%B %-d, %Y") in html
    # The page has the anchor, around the same words.
    page = client.get("/medications/methadone/").content.decode()
    section = re.search(r'<section id="side-effects".*?</section>', page, re.S).group(0)
    for effect in methadone.common_side_effects.splitlines():
        assert f"<li>{effect.strip()}</li>" in unescape(section)


def test_every_passage_links_to_an_anchor_its_page_has(client, demo):
    passages = list(Passage.objects.all())
    assert len(passages) > 80
    pages = {}
    for passage in passages:
        path, anchor = passage.url.split("#")
        if path not in pages:
            response = client.get(path)
            assert response.status_code == 200, path
            pages[path] = response.content.decode()
        assert f'id="{anchor}"' in pages[path], passage.url
    for html in pages.values():
        ids = re.findall(r'\sid="([^"]+)"', html)
        assert len(ids) == len(set(ids)), "an anchor is on a page twice"


def test_the_ask_panel_is_on_the_home_page_and_every_health_page(client, demo):
    urls = ["/"] + [
        page.specific.url
        for page in HomePage.objects.get().get_descendants().live().specific()
        if isinstance(page, HealthPage)
    ]
    assert len(urls) > 15
    for url in urls:
        html = client.get(url).content.decode()
        assert '<form class="ask-form" method="get" action="/ask/"' in html, url
        assert '<label for="ask-panel-q">' in html, url
        assert 'aria-live="polite"' in html, url


def test_crisis_words_show_the_help_lines_before_any_passage_and_are_never_kept(client, demo):
    html = answers_html(client, "my friend overdosed what do i do")
    crisis = html.index('class="ask-crisis"')
    assert 'href="tel:911"' in html[crisis:]
    assert "988" in html[crisis:]
    assert "Signs of an overdose" in html[crisis:]
    links = answer_links(html)
    assert links, "passages still follow the help"
    assert crisis < html.index(links[0])
    answers_html(client, "i want to die zzqx")
    assert not UnansweredQuestion.objects.exists()


@pytest.mark.parametrize(
    "question",
    [
        "been sick for 3 days and honestly dont want to be alive anymore",
        "gave narcan hes breathing now but still wont wake up",
        "i cant go on like this",
    ],
)
def test_crisis_typed_without_apostrophes_shows_the_help_lines_first(client, demo, question):
    html = answers_html(client, question)
    assert 'class="ask-crisis"' in html, question
    assert not UnansweredQuestion.objects.exists()


@pytest.mark.parametrize(
    "question",
    [
        "been sick for 3 days and honestly dont want to be alive anymore",
        "withdrawal is so bad i want to end it all",
        "suicidal on day 2 of kicking",
        "dont see the point of anything anymore. so tired of living like this",
        "my girlfriend says she wants to kill herself who do i call",
        "detoxing and having thoughts of ending it all, who do i call",
    ],
)
def test_thoughts_of_suicide_find_the_passage_on_getting_help_whatever_else_is_asked(
    client, demo, question
):
    links = answer_links(answers_html(client, question))
    assert "/support/getting-care/#what-if-i-am-thinking-about-suicide" in links, links


def test_apostrophes_capitals_and_full_stops_do_not_change_the_answers(client, demo):
    typed = [
        "im pregnant and dont want to stop methadone is it safe",
        "I'm pregnant and don't want to stop methadone. Is it safe?",
        "I\u2019m pregnant and don\u2019t want to stop methadone. Is it safe?",
    ]
    shown = [answer_links(answers_html(client, question)) for question in typed]
    assert shown[0] and shown[0] == shown[1] == shown[2], shown


def test_a_dropped_final_g_is_read_as_typed_in_full(client, demo):
    typed = [
        "day 5 off dope when do i start feelin normal again",
        "day 5 off dope when do i start feeling normal again",
    ]
    shown = [answer_links(answers_html(client, question)) for question in typed]
    assert shown[0] and shown[0] == shown[1], shown


def test_no_good_answer_says_so_and_offers_search_the_helpline_and_the_locator(client, demo):
    html = answers_html(client, "qwzx vlorp")
    assert "We could not find a good answer" in html
    assert 'href="/search/?q=qwzx%20vlorp"' in html
    assert 'href="tel:18006624357"' in html
    assert 'href="https://findtreatment.gov/"' in html
    assert not answer_links(html)


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"q": ""},
        {"q": "   "},
        {"q": "x" * 20_000},
        {"q": "methadone " * 2_000},
        {"q": "\x00\x01\x1b methadone \u202e"},
        {"q": '"'},
        {"q": "("},
        {"q": '"methadone (pregnant'},
        {"q": "live:false AND OR NOT *"},
        {"q[]": "methadone"},
        {"q": ["methadone", "naloxone"]},
        {"q": "methadone", "part": ["answers", "x"]},
    ],
)
def test_any_input_gets_a_polite_answer(client, demo, query):
    for part in ({}, {"part": "answers"}):
        response = client.get("/ask/", {**part, **query})
        assert response.status_code == 200
        html = response.content.decode()
        assert "Traceback" not in html


def test_an_empty_question_asks_for_one(client, demo):
    assert "Type a question first" in answers_html(client, "")
    assert "Type a question first" in answers_html(client, "?!")


def test_a_long_question_is_cut_and_still_answered(client, demo):
    html = answers_html(client, "methadone pregnancy " + "please " * 3000)
    assert "/medications/methadone/#pregnancy" in answer_links(html)


def test_answers_are_never_cached_and_set_no_cookie(client, demo):
    response = client.get("/ask/", {"q": "naloxone"})
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert not response.cookies


def test_the_reader_is_told_what_is_kept(client, demo):
    for html in (client.get("/ask/").content.decode(), client.get("/").content.decode()):
        assert "Nothing about you is kept with your question" in html
        assert "90 days" in html


def warm(client, question):
    client.get("/ask/", {"q": question, "part": "answers"})


def test_an_answer_costs_no_query_between_edits(client, demo, django_assert_num_queries):
    warm(client, "methadone")
    # The editors' synonyms are kept between edits (shared fragments), and the passages as
    # published with the finder's vocabulary: the three passages shown cost no query.
    with django_assert_num_queries(0):
        html = answers_html(client, "can i take methadone while pregnant")
    assert len(answer_links(html)) == 3


def test_a_question_in_crisis_costs_no_query(client, demo, django_assert_num_queries):
    warm(client, "i want to die")
    with django_assert_num_queries(0):
        html = answers_html(client, "help me i overdosed")
    assert "ask-crisis" in html


def test_a_question_without_a_good_answer_costs_one_query_and_two_with_the_purge(
    client, demo, django_assert_num_queries
):
    warm(client, "help me")
    cache.delete("answers:purged-recently")
    # The count of the question, and the hourly purge of old questions (no passage matched, so
    # none is read; the synonyms are kept between edits).
    with django_assert_num_queries(2):
        answers_html(client, "qwzx vlorp")
    with django_assert_num_queries(1):
        answers_html(client, "qwzx vlorp")


def test_the_first_answer_after_a_change_reads_the_passages_and_help_lines_once(
    client, demo, django_assert_num_queries
):
    from answers.finder import index_changed

    index_changed()
    cache.set("answers:purged-recently", True)
    # The synonyms (first read since the cache was emptied), the passages, the help lines, the
    # count.
    with django_assert_num_queries(4):
        answers_html(client, "qwzx vlorp")
    index_changed()
    # The passages, with their terms: the three shown are among them.
    with django_assert_num_queries(1):
        answers_html(client, "methadone side effects")


def test_questions_without_a_good_answer_are_counted_once_per_wording(client, demo):
    for question in ["Can I take methadone on the moon?", "can i take METHADONE on the moon"]:
        answers_html(client, "qwzx " + question)
    (row,) = UnansweredQuestion.objects.all()
    assert row.text == "qwzx can i take methadone on the moon"
    assert row.times_asked == 2
    assert row.first_asked == row.last_asked == timezone.localdate()


@pytest.mark.parametrize(
    "question",
    [
        "qwzx my email is jo.doe@example.org",
        "qwzx call me on 555 123 4567",
        "qwzx +44 20 7946 0958",
        "qwzx i am suicidal",
        "qwzx there is no way out",
    ],
)
def test_questions_with_contact_details_or_crisis_words_are_never_stored(client, demo, question):
    answers_html(client, question)
    assert not UnansweredQuestion.objects.exists()


def test_questions_are_kept_90_days(client, demo):
    today = timezone.localdate()
    old = UnansweredQuestion.objects.create(
        text="old",
        first_asked=today - timezone.timedelta(days=120),
        last_asked=today - timezone.timedelta(days=91),
    )
    kept = UnansweredQuestion.objects.create(
        text="recent",
        first_asked=today - timezone.timedelta(days=120),
        last_asked=today - timezone.timedelta(days=89),
    )
    cache.delete("answers:purged-recently")
    answers_html(client, "qwzx vlorp")
    assert not UnansweredQuestion.objects.filter(pk=old.pk).exists()
    assert UnansweredQuestion.objects.filter(pk=kept.pk).exists()
