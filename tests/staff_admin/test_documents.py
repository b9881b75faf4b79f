"""Editors link to uploaded documents (a leaflet, a form): from the text, or as a download block."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.blocks import StreamValue
from wagtail.documents import get_document_model
from wagtail.models import Collection

from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def leaflet(db):
    document = get_document_model()(
        title="Starting buprenorphine", collection=Collection.get_first_root_node()
    )
    document.file.save("starting-buprenorphine.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 2039))
    document.file_size = document.file.size  # as Wagtail's upload form records it
    document.save()
    return document


def test_a_document_block_shows_a_download_link_with_its_format_and_size(client, home, leaflet):
    page = ArticlePageFactory(parent=home)
    page.body = StreamValue(
        page.body.stream_block,
        [
            ("document", {"document": leaflet, "link_text": "Leaflet: your first week"}),
            ("document", {"document": leaflet, "description": "Print it for your visit."}),
        ],
    )
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert (
        f'<a href="{leaflet.url}" class="document-download__link">Leaflet: your first week</a>'
        in html
    )
    assert "Starting buprenorphine</a>" in html  # the title when no link text is given
    assert "(PDF, 2.0\xa0KB)" in html
    assert "Print it for your visit." in html
    assert client.get(leaflet.url).status_code == 200


def test_a_document_link_in_the_text_points_at_the_document(client, home, leaflet):
    page = ArticlePageFactory(parent=home)
    page.body = StreamValue(
        page.body.stream_block,
        [("paragraph", f'<p>Read <a linktype="document" id="{leaflet.pk}">the leaflet</a>.</p>')],
    )
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert f'<a href="{leaflet.url}">the leaflet</a>' in html


def test_the_editor_offers_document_links_and_the_document_block(admin_client, home):
    page = ArticlePageFactory(parent=home)
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "DOCUMENT" in html  # the rich text toolbar's document link (Draftail entity type)
    assert "wagtail.documents.widgets.DocumentChooser" in html  # the document block's chooser
