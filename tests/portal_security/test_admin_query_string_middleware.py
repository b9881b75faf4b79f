"""Admin query strings Wagtail itself would answer with a 500: a mistyped or tampered bulk-action
URL gets a polite 400 and changes nothing; a search of hundreds of words is cut to its start."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Page

from portal_security.middleware import AdminQueryStringMiddleware
from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

BULK_ACTIONS = [
    "/admin/bulk/wagtailcore/page/delete/",
    "/admin/bulk/wagtailcore/page/publish/",
    "/admin/bulk/comments/portalcomment/delete/",
]
BAD_IDS = ["id=abc", "id=", "id=1e5", "id=%00", "id=1&id=x", "id=" + "9" * 400]


@pytest.fixture(params=["superuser", "editor"])
def staff_client(request, django_user_model):
    if request.param == "superuser":
        user = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    else:
        user = django_user_model.objects.create_user("eddie", "eddie@example.org", "pw")
        user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("query", BAD_IDS)
@pytest.mark.parametrize("url", BULK_ACTIONS)
def test_ids_that_are_not_ids_are_a_polite_400(staff_client, home, url, query):
    ArticlePageFactory(parent=home)
    pages = Page.objects.count()
    for response in (staff_client.get(f"{url}?{query}"), staff_client.post(f"{url}?{query}")):
        assert response.status_code == 400, f"{url}?{query}: {response.status_code}"
        assert "We could not read that request" in response.content.decode()
    assert Page.objects.count() == pages


def test_real_ids_still_reach_the_action(staff_client, home):
    page = ArticlePageFactory(parent=home)
    response = staff_client.get(f"/admin/bulk/wagtailcore/page/delete/?id={page.pk}")
    assert response.status_code in {200, 403}  # the confirmation, or the editor's refusal


def test_a_search_of_hundreds_of_words_is_cut_to_its_first_words(staff_client, home):
    ArticlePageFactory(parent=home, title="Naloxone")
    response = staff_client.get("/admin/pages/search/", {"q": " ".join(["naloxone"] * 300)})
    assert response.status_code == 200
    searched = " ".join(["naloxone"] * AdminQueryStringMiddleware.max_search_words)
    assert f'value="{searched}"' in response.content.decode(), "the box shows what was searched"
