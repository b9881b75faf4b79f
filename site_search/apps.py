from django.apps import AppConfig


class SiteSearchConfig(AppConfig):
    # Not "search": Wagtail's own search app is wagtail.search (label "wagtailsearch").
    name = "site_search"
    verbose_name = "Site search"

    def ready(self):
        from tx_portal import fragment_invalidation

        from .models import SearchSynonym

        fragment_invalidation.watch(SearchSynonym)
