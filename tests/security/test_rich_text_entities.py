"""A crafted rich-text value (a link or an image whose id is not a number) is made harmless when
the editor saves it, and never makes the editor or a published page answer 500."""

import json

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from articles.models import ArticlePage
from tests.admin_forms import health_page_data
from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def contentstate_with_link(data):
    """What Draftail sends for "Call us" linked with the entity data a crafted request chose."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "text": "Call us today",
                    "type": "unstyled",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 7, "key": 0}],
                }
            ],
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": data}},
        }
    )


@pytest.mark.parametrize(
    "entity",
    [{"id": "abc", "url": "/x/"}, {"id": "1 OR 1=1", "url": "/"}, {"id": "-5", "url": "/"}],
    ids=["letters", "sql-ish", "negative"],
)
def test_the_editor_saves_a_crafted_page_link_as_plain_text(admin_client, home, entity):
    page = ArticlePageFactory(parent=home, title="Naloxone", slug="naloxone")
    data = health_page_data("Naloxone", "naloxone")
    data.update(
        nested_form_data({"body": streamfield([("paragraph", contentstate_with_link(entity))])})
    )
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = admin_client.post(edit, {**data, "action-publish": "action-publish"})
    assert response.status_code == 302, response
    stored = str(ArticlePage.objects.get(pk=page.pk).body.raw_data)
    assert "Call us" in stored and f'id="{entity["id"]}"' not in stored
    assert admin_client.get(edit).status_code == 200
    assert admin_client.get(page.url).status_code == 200


BAD_VALUES = [
    '<p><a linktype="page" id="abc">a page</a></p>',
    '<p><a linktype="page" id="">empty</a></p>',
    '<p><a linktype="page">no id</a></p>',
    '<p><a linktype="document" id="x1">a leaflet</a></p>',
    '<embed embedtype="image" id="zz" format="fullwidth" alt="chart"/>',
    '<embed embedtype="image" id="999999" alt="no format"/>',
    '<p><a linktype="page" id="99999999999999999999999">huge</a></p>',
]


@pytest.mark.parametrize("value", BAD_VALUES)
def test_a_bad_value_already_stored_never_breaks_the_page_or_the_editor(
    admin_client, client, home, value
):
    page = ArticlePageFactory(parent=home, title="Methadone", slug="methadone")
    page.body = [("paragraph", value)]
    page.save_revision().publish()
    response = client.get(page.url)
    assert response.status_code == 200, value
    assert admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200


def test_a_good_page_link_is_kept_and_rendered(admin_client, client, home):
    target = ArticlePageFactory(parent=home, title="Buprenorphine", slug="buprenorphine")
    page = ArticlePageFactory(parent=home, title="Methadone", slug="methadone")
    page.body = [("paragraph", f'<p><a linktype="page" id="{target.pk}">Buprenorphine</a></p>')]
    page.save_revision().publish()
    assert f'href="{target.url}"' in client.get(page.url).content.decode()
