import pytest

from articles.models import ArticlePage
from tests.admin_forms import add_page_url, health_page_data, publish
from tests.factories import ArticlePageFactory, MedicationIndexPageFactory

pytestmark = pytest.mark.django_db


def test_article_renders_title_summary_and_body(client, home):
    page = ArticlePageFactory(parent=home, title="Treatments: an overview", summary="Three kinds.")
    html = client.get(page.url).content.decode()
    assert "<h1>Treatments: an overview</h1>" in html
    assert "Three kinds." in html


def test_articles_go_under_home_or_another_article_only(home):
    article = ArticlePageFactory(parent=home)
    assert ArticlePage.can_create_at(home)
    assert ArticlePage.can_create_at(article)
    assert not ArticlePage.can_create_at(MedicationIndexPageFactory(parent=home))


def test_editor_creates_an_article_through_the_admin(admin_client, home):
    data = health_page_data("Treatments: an overview", "overview")
    response = admin_client.post(add_page_url(ArticlePage, home), publish(data))
    assert response.status_code == 302
    page = ArticlePage.objects.get(slug="overview")
    assert page.live
    assert page.references[0].value["title"] == "Medications for Opioid Use Disorder"
