"""The rules applied when a comment arrives, and who may comment where and when."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from comments.models import CommentSettings, CommentStatus, PortalComment
from comments.moderation import assess, count_links, matched_terms

from .conftest import form_data, make_comment, post_url

pytestmark = pytest.mark.django_db


def verdict(rules, text, email="new@reader.example"):
    return assess(text, email=email, rules=rules)


def test_everything_is_held_by_default(rules):
    result = verdict(rules, "A perfectly nice comment.")
    assert (result.status, result.urgent) == (CommentStatus.PENDING, False)
    assert result.held_reason == "All comments are held for review"


def test_returning_commenter_is_auto_approved_only_when_switched_on(rules, medication):
    make_comment(medication, "Earlier comment", user_email="Known@Reader.example")
    assert verdict(rules, "Hello again", "known@reader.example").status == CommentStatus.PENDING

    rules.auto_approve_returning = True
    returning = verdict(rules, "Hello again", "known@reader.example")
    assert returning.status == CommentStatus.APPROVED
    assert returning.held_reason == "Auto-approved: returning commenter"

    first_time = verdict(rules, "Hello", "someone.new@reader.example")
    assert first_time.status == CommentStatus.PENDING
    assert first_time.held_reason == "First comment from this commenter"


def test_pending_or_rejected_history_does_not_count_as_returning(rules, medication):
    rules.auto_approve_returning = True
    make_comment(medication, "held", status=CommentStatus.PENDING, user_email="a@b.example")
    make_comment(medication, "bad", status=CommentStatus.REJECTED, user_email="a@b.example")
    assert verdict(rules, "Hi", "a@b.example").status == CommentStatus.PENDING


def test_links_at_the_threshold_are_held_even_for_returning_commenters(rules, medication):
    rules.auto_approve_returning = True
    make_comment(medication, "ok", user_email="known@reader.example")
    one_link = "See https://findtreatment.gov for clinics."
    two_links = "See https://a.example/x and www.b.example too."
    assert verdict(rules, one_link, "known@reader.example").status == CommentStatus.APPROVED
    held = verdict(rules, two_links, "known@reader.example")
    assert held.status == CommentStatus.PENDING
    assert held.held_reason == "2 links (holding at 2)"

    rules.hold_link_threshold = 0
    assert verdict(rules, two_links, "known@reader.example").status == CommentStatus.APPROVED


def test_links_are_counted_with_or_without_a_scheme():
    assert count_links("no links here. Sentence.End") == 0
    assert count_links("http://a.example https://b.example/x www.c.example pills-now.com/buy") == 4


def test_hold_words_hold_and_say_which_word(rules):
    result = verdict(rules, "Message me on Telegram")
    assert result.status == CommentStatus.PENDING
    assert result.held_reason == "Held words: “telegram”"


def test_spam_words_mark_as_spam(rules):
    result = verdict(rules, "Best CASINO bonus")
    assert result.status == CommentStatus.SPAM
    assert result.held_reason == "Spam words: “casino”"


def test_crisis_words_mark_urgent_and_win_over_spam(rules):
    result = verdict(rules, "casino debts, I want to die")
    assert (result.status, result.urgent) == (CommentStatus.PENDING, True)
    assert result.held_reason == "Crisis language: “want to die”"


def test_words_match_whole_words_and_phrases_across_spacing_and_case():
    assert matched_terms("HELP   me please", "help me") == ["help me"]
    assert matched_terms("helpmeet", "help me") == []
    assert matched_terms("Overdose.", "overdose") == ["overdose"]
    assert matched_terms("the vendors", "vendor") == []


@pytest.mark.parametrize(
    "comment",
    [
        "honestly i dont want to be alive anymore",
        "I don’t want to live like this",
        "i cant go on",
        "thinking about self harm again",
        "my brother is not breathing",
        "gave him narcan but he still wont wake up",
        "i want to end it all",
        "dont see the point of anything anymore, so tired of living like this",
        "my brother keeps saying he wants to kill himself",
    ],
)
def test_crisis_is_caught_however_it_is_typed(rules, comment):
    result = verdict(rules, comment)
    assert result.urgent, comment
    assert result.held_reason.startswith("Crisis language")


def test_one_line_of_a_word_list_covers_each_way_of_typing_it():
    assert matched_terms("I DONT want to live", "don't want to live") == ["don't want to live"]
    assert matched_terms("i don’t want to live", "dont want to live") == ["dont want to live"]
    assert matched_terms("self-harm", "self harm") == ["self harm"]
    assert matched_terms("self\nharm", "self-harm") == ["self-harm"]
    assert matched_terms("selfharm", "self harm") == []
    assert matched_terms("anything at all", "'\n-\n ") == []


def test_word_lists_are_editable_by_staff(rules):
    rules.hold_words = "fentanyl test strips"
    assert verdict(rules, "Where do I get Fentanyl test strips?").held_reason == (
        "Held words: “fentanyl test strips”"
    )
    rules.crisis_words = ""
    assert not verdict(rules, "help me").urgent


def state_for(client, page):
    html = client.get(page.url).content.decode()
    return html[html.index('id="comment-form-heading"') :]


def test_logged_in_only_asks_anonymous_readers_to_log_in(client, medication, rules, editor):
    rules.who_can_comment = CommentSettings.WhoCanComment.LOGGED_IN
    rules.save()
    section = state_for(client, medication)
    assert "You need to be" in section and "logged in" in section
    assert "<textarea" not in section
    response = client.post(post_url(medication), form_data(medication, comment="Sneaky"))
    assert response.status_code == 403
    assert "Please log in to comment" in response.content.decode()
    assert PortalComment.objects.count() == 0

    client.force_login(editor)
    assert "<textarea" in state_for(client, medication)
    assert client.post(post_url(medication), form_data(medication)).status_code == 302


def test_nobody_closes_comments_everywhere(client, medication, rules):
    rules.who_can_comment = CommentSettings.WhoCanComment.NOBODY
    rules.save()
    assert "Comments are closed on this page." in state_for(client, medication)
    response = client.post(post_url(medication), form_data(medication))
    assert response.status_code == 403
    assert PortalComment.objects.count() == 0


def test_page_switch_closes_one_page(client, medication, rules):
    medication.allow_comments = False
    medication.save_revision().publish()
    assert "Comments are closed on this page." in state_for(client, medication)
    assert client.post(post_url(medication), form_data(medication)).status_code == 403


def test_comments_close_a_set_number_of_days_after_first_publication(client, medication, rules):
    rules.close_after_days = 30
    rules.save()
    type(medication).objects.filter(pk=medication.pk).update(
        first_published_at=timezone.now() - datetime.timedelta(days=31)
    )
    medication.refresh_from_db()
    assert "Comments are closed on this page." in state_for(client, medication)
    assert client.post(post_url(medication), form_data(medication)).status_code == 403

    rules.close_after_days = 0
    rules.save()
    assert "<textarea" in state_for(client, medication)


def test_closed_pages_still_show_approved_comments(client, medication, rules):
    make_comment(medication, "Still here")
    medication.allow_comments = False
    medication.save_revision().publish()
    assert "Still here" in client.get(medication.url).content.decode()


def test_arriving_comment_records_the_rule_in_its_history(client, medication):
    from wagtail.models import ModelLogEntry

    client.post(post_url(medication), form_data(medication, comment="Ask me on whatsapp"))
    comment = PortalComment.objects.get()
    assert comment.held_reason == "Held words: “whatsapp”"
    entry = ModelLogEntry.objects.get(object_id=str(comment.pk), action="comments.receive")
    assert entry.data == {"status": "pending", "reason": "Held words: “whatsapp”"}


def test_previewing_a_new_page_in_the_editor_shows_comments_closed(admin_client, home):
    from articles.models import ArticlePage
    from tests.admin_forms import health_page_data

    url = reverse("wagtailadmin_pages:preview_on_add", args=["articles", "articlepage", home.pk])
    data = health_page_data("Draft article", "draft-article")
    assert admin_client.post(url, data).json()["is_valid"]
    preview = admin_client.get(url)
    assert preview.status_code == 200
    assert "Comments are closed on this page." in preview.content.decode()
    assert not ArticlePage.objects.exists()
