"""Each role's admin: what a role cannot use is not in its menu, and its URL answers 403.

ADMIN_AREAS is the role × admin-area matrix. Every row names an admin area, how to reach it, and
which roles get 200; every other signed-in role gets 403 (never a redirect), and anonymous
visitors are sent to the login page.
"""

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.contrib.settings.models import BaseGenericSetting

from comments.models import CommentSettings
from tests.comments.conftest import make_comment
from tests.factories import ArticlePageFactory, EmergencyGuidanceFactory, ReviewerFactory
from tx_portal.models import SafetySettings

pytestmark = pytest.mark.django_db

EDITOR, REVIEWER, MODERATOR, SUPERUSER = "editor", "clinical reviewer", "moderator", "superuser"
ROLES = [EDITOR, REVIEWER, MODERATOR, SUPERUSER]
PAGE_STAFF = {EDITOR, REVIEWER, SUPERUSER}
EVERYONE = set(ROLES)


@dataclass(frozen=True)
class AdminArea:
    name: str
    url: Callable  # Objects -> the area's URL
    allowed: set  # the roles that get 200


def snippet_url(action, model, *args):
    return reverse(f"wagtailsnippets_tx_portal_{model}:{action}", args=args)


MODERATION = {MODERATOR, SUPERUSER}


def comments_url(action, *args):
    return reverse(f"wagtailsnippets_comments_portalcomment:{action}", args=args)


ADMIN_AREAS = [
    AdminArea("dashboard", lambda o: reverse("wagtailadmin_home"), EVERYONE),
    AdminArea("comments queue", lambda o: comments_url("list"), MODERATION),
    AdminArea("comment detail", lambda o: comments_url("inspect", o.comment.pk), MODERATION),
    AdminArea("comment history", lambda o: comments_url("history", o.comment.pk), MODERATION),
    AdminArea(
        "comment settings",
        lambda o: reverse(
            "wagtailsettings:edit", args=["comments", "commentsettings", o.comment_settings.pk]
        ),
        MODERATION,
    ),
    AdminArea("own account", lambda o: reverse("wagtailadmin_account"), EVERYONE),
    AdminArea("pages explorer", lambda o: reverse("wagtailadmin_explore_root"), PAGE_STAFF),
    AdminArea(
        "pages under home", lambda o: reverse("wagtailadmin_explore", args=[o.home.pk]), PAGE_STAFF
    ),
    AdminArea("page search", lambda o: reverse("wagtailadmin_pages:search"), PAGE_STAFF),
    AdminArea(
        "page add",
        lambda o: reverse("wagtailadmin_pages:add", args=["articles", "articlepage", o.home.pk]),
        PAGE_STAFF,
    ),
    AdminArea(
        "page edit", lambda o: reverse("wagtailadmin_pages:edit", args=[o.page.pk]), PAGE_STAFF
    ),
    AdminArea(
        "page history",
        lambda o: reverse("wagtailadmin_pages:history", args=[o.page.pk]),
        PAGE_STAFF,
    ),
    AdminArea(
        "page unpublish",
        lambda o: reverse("wagtailadmin_pages:unpublish", args=[o.page.pk]),
        {SUPERUSER},
    ),
    AdminArea(
        "page delete", lambda o: reverse("wagtailadmin_pages:delete", args=[o.page.pk]), {SUPERUSER}
    ),
    AdminArea("page chooser", lambda o: reverse("wagtailadmin_choose_page"), PAGE_STAFF),
    AdminArea("images", lambda o: reverse("wagtailimages:index"), PAGE_STAFF),
    AdminArea("image upload", lambda o: reverse("wagtailimages:add_multiple"), PAGE_STAFF),
    AdminArea("image chooser", lambda o: reverse("wagtailimages_chooser:choose"), PAGE_STAFF),
    AdminArea("documents", lambda o: reverse("wagtaildocs:index"), PAGE_STAFF),
    AdminArea("document upload", lambda o: reverse("wagtaildocs:add_multiple"), PAGE_STAFF),
    AdminArea("snippets", lambda o: reverse("wagtailsnippets:index"), PAGE_STAFF),
    AdminArea("reviewers", lambda o: snippet_url("list", "reviewer"), PAGE_STAFF),
    AdminArea("reviewer add", lambda o: snippet_url("add", "reviewer"), {REVIEWER, SUPERUSER}),
    AdminArea(
        "reviewer edit",
        lambda o: snippet_url("edit", "reviewer", o.reviewer.pk),
        {REVIEWER, SUPERUSER},
    ),
    AdminArea(
        "reviewer history",
        lambda o: snippet_url("history", "reviewer", o.reviewer.pk),
        {REVIEWER, SUPERUSER},
    ),
    AdminArea("emergency guidance", lambda o: snippet_url("list", "emergencyguidance"), PAGE_STAFF),
    AdminArea(
        "emergency guidance edit",
        lambda o: snippet_url("edit", "emergencyguidance", o.guidance.pk),
        {REVIEWER, SUPERUSER},
    ),
    AdminArea("help lines", lambda o: snippet_url("list", "helplines"), PAGE_STAFF),
    AdminArea(
        "help lines edit",
        lambda o: snippet_url("edit", "helplines", o.safety_settings.help_lines_id),
        {REVIEWER, SUPERUSER},
    ),
    AdminArea(
        "help lines history",
        lambda o: snippet_url("history", "helplines", o.safety_settings.help_lines_id),
        {REVIEWER, SUPERUSER},
    ),
    AdminArea(
        "safety settings",
        lambda o: reverse(
            "wagtailsettings:edit", args=["tx_portal", "safetysettings", o.safety_settings.pk]
        ),
        {REVIEWER, SUPERUSER},
    ),
    AdminArea("reviews due", lambda o: reverse("editorial_reviews_due"), PAGE_STAFF),
    AdminArea(
        "locked pages report", lambda o: reverse("wagtailadmin_reports:locked_pages"), PAGE_STAFF
    ),
    AdminArea("workflow report", lambda o: reverse("wagtailadmin_reports:workflow"), PAGE_STAFF),
    AdminArea(
        "workflow tasks report",
        lambda o: reverse("wagtailadmin_reports:workflow_tasks"),
        PAGE_STAFF,
    ),
    AdminArea("site history", lambda o: reverse("wagtailadmin_reports:site_history"), PAGE_STAFF),
    AdminArea("aging pages", lambda o: reverse("wagtailadmin_reports:aging_pages"), PAGE_STAFF),
    AdminArea(
        "page types usage", lambda o: reverse("wagtailadmin_reports:page_types_usage"), PAGE_STAFF
    ),
    AdminArea("workflows", lambda o: reverse("wagtailadmin_workflows:index"), {SUPERUSER}),
    AdminArea(
        "workflow tasks", lambda o: reverse("wagtailadmin_workflows:task_index"), {SUPERUSER}
    ),
    AdminArea("users", lambda o: reverse("wagtailusers_users:index"), {SUPERUSER}),
    AdminArea("groups", lambda o: reverse("wagtailusers_groups:index"), {SUPERUSER}),
    AdminArea("sites", lambda o: reverse("wagtailsites:index"), {SUPERUSER}),
    AdminArea("collections", lambda o: reverse("wagtailadmin_collections:index"), {SUPERUSER}),
    AdminArea("redirects", lambda o: reverse("wagtailredirects:index"), {EDITOR, SUPERUSER}),
    AdminArea("redirect add", lambda o: reverse("wagtailredirects:add"), {EDITOR, SUPERUSER}),
    AdminArea(
        "redirect import", lambda o: reverse("wagtailredirects:start_import"), {EDITOR, SUPERUSER}
    ),
]


@dataclass
class Objects:
    home: object
    page: object
    reviewer: object
    guidance: object
    safety_settings: BaseGenericSetting
    comment: object
    comment_settings: BaseGenericSetting


@pytest.fixture
def objects(home):
    page = ArticlePageFactory(parent=home)
    return Objects(
        home=home,
        page=page,
        reviewer=ReviewerFactory(),
        guidance=EmergencyGuidanceFactory(),
        safety_settings=SafetySettings.load(),
        comment=make_comment(page, "A reader's comment."),
        comment_settings=CommentSettings.load(),
    )


@pytest.fixture
def users(editor, clinician, moderator, superuser):
    return {EDITOR: editor, REVIEWER: clinician, MODERATOR: moderator, SUPERUSER: superuser}


@pytest.mark.parametrize("area", ADMIN_AREAS, ids=lambda area: area.name)
def test_each_role_gets_200_or_403_and_anonymous_visitors_the_login_page(
    area, objects, users, client
):
    url = area.url(objects)
    got, expected = {}, {}
    for role in ROLES:
        client.force_login(users[role])
        got[role] = client.get(url).status_code
        expected[role] = 200 if role in area.allowed else 403
        client.logout()
    response = client.get(url)
    got["anonymous"] = response.status_code, response["Location"].split("?")[0]
    expected["anonymous"] = 302, reverse("wagtailadmin_login")
    assert got == expected, f"{area.name} ({url})"


def menu_labels(client):
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    props = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S).group(1)
    return set(re.findall(r'"label": "([^"]+)"', json.dumps(json.loads(props))))


def test_moderators_see_only_the_comments_area_and_its_settings(moderator, client):
    client.force_login(moderator)
    labels = menu_labels(client)
    hidden = {"Pages", "Images", "Documents", "Snippets", "Reports", "Reviewers", "Safety"}
    assert not labels & (hidden | {"Reviews due", "Help", "Site history"})
    # Settings holds one item for them: the comment rules they edit.
    assert labels == {"Comments", "Settings", "Comments and moderation", "Account", "Log out"}


def test_only_page_staff_get_the_dashboard_page_search(moderator, editor, client, home):
    explorer = reverse("wagtailadmin_explore_root")
    page_search = re.compile(rf'<form[^>]*action="{explorer}(\d+/)?"[^>]*role="search"')
    client.force_login(editor)
    assert page_search.search(client.get(reverse("wagtailadmin_home")).content.decode())
    client.force_login(moderator)
    assert not page_search.search(client.get(reverse("wagtailadmin_home")).content.decode())


def test_editors_see_pages_reviews_due_and_redirects_but_no_site_administration(editor, client):
    client.force_login(editor)
    labels = menu_labels(client)
    assert {"Pages", "Reviews due", "Images", "Documents", "Reviewers", "Redirects"} <= labels
    assert not labels & {"Users", "Groups", "Sites", "Collections", "Safety and help lines"}


def test_clinical_reviewers_see_pages_reviews_due_reviewers_and_safety_settings(clinician, client):
    client.force_login(clinician)
    labels = menu_labels(client)
    assert {"Pages", "Reviews due", "Reviewers", "Safety and help lines"} <= labels
    assert not labels & {"Users", "Groups", "Sites", "Redirects"}


def test_the_403_page_explains_and_links_to_the_dashboard(moderator, client, home):
    client.force_login(moderator)
    response = client.get(reverse("wagtailadmin_explore", args=[home.pk]))
    assert response.status_code == 403
    html = response.content.decode()
    assert "Your account cannot use this part of the admin." in html
    assert f'href="{reverse("wagtailadmin_home")}"' in html


def test_a_role_without_admin_access_is_refused(django_user_model, client):
    reader = django_user_model.objects.create_user("reader", "reader@example.org", "pw")
    client.force_login(reader)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_a_group_with_only_access_admin_sees_nothing_but_its_account(make_staff, client):
    Group.objects.create(name="Newcomers").permissions.set(
        Permission.objects.filter(codename="access_admin")
    )
    newcomer = make_staff("newcomer", "Newcomers")
    client.force_login(newcomer)
    assert menu_labels(client) == {"Account", "Log out"}
    assert client.get(reverse("wagtailadmin_reports:site_history")).status_code == 403
