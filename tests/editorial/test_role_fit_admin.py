"""Each role's admin: what a role cannot use is not in its menu.

That its URL answers 403 (never a redirect), and anonymous visitors get the login page, is the
role x admin-area matrix in tests/security/test_permission_matrix.py, which covers every area
that this file's matrix did and the actions in them.
"""

import json
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

pytestmark = pytest.mark.django_db


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
