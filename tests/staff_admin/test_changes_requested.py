"""The editor sees the reviewer's "request changes" comment on opening the page."""

import pytest
from django.urls import reverse

from tests.comments.conftest import PASSWORD, staff_user
from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def test_the_reviewers_comment_is_shown_when_the_editor_opens_the_page(
    client, home, django_user_model
):
    editor = staff_user(django_user_model, "eddie", "Editors")
    reviewer = staff_user(django_user_model, "rita", "Clinical reviewers")
    page = ArticlePageFactory(parent=home, title="Methadone", live=False)
    page.save_revision(user=editor)
    state = page.get_workflow().start(page, editor)
    state.current_task_state.reject(user=reviewer, comment="Cite the 2021 <b>guideline</b>.")

    client.login(username=editor.username, password=PASSWORD)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Rita requested changes: “Cite the 2021 &lt;b&gt;guideline&lt;/b&gt;.”" in html


def test_no_message_while_the_review_is_still_in_progress(client, home, django_user_model):
    editor = staff_user(django_user_model, "eddie", "Editors")
    page = ArticlePageFactory(parent=home, title="Methadone", live=False)
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    client.login(username=editor.username, password=PASSWORD)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "requested changes" not in html
