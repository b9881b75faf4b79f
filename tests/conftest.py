import pytest
from django.core.cache import cache
from django.test import Client

from comments import rate_limit
from site_search import search_terms
from tx_portal.models import HomePage


@pytest.fixture(autouse=True)
def _one_rate_limit_window(monkeypatch):
    """The comment rate limit counts per clock minute: a test's posts must not straddle two
    windows (a flood test would see its count start again at the minute's turn)."""
    minute = rate_limit.current_minute()
    monkeypatch.setattr(rate_limit, "current_minute", lambda: minute)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Wagtail caches site root paths; a stale entry from another test makes page.url None.
    Search counts a test left in memory are dropped (never written to another database)."""
    cache.clear()
    yield
    cache.clear()
    search_terms.discard_waiting()


@pytest.fixture
def home(db):
    """The site's root page, created by the tx_portal.0002 migration."""
    return HomePage.objects.get()


@pytest.fixture
def admin_client(django_user_model):
    """A superuser's own client (separate from `client`, which stays anonymous)."""
    user = django_user_model.objects.create_superuser("root", "root@example.com", "pw")
    client = Client()
    client.force_login(user)
    return client
