from tx_portal.models import HealthPage


class ArticlePage(HealthPage):
    """A general article, such as the overview of treatments."""

    parent_page_types = ["tx_portal.HomePage", "articles.ArticlePage"]
    subpage_types = ["articles.ArticlePage"]
