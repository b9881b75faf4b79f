from django.apps import AppConfig


class SiteSearchConfig(AppConfig):
    # Not "search": Wagtail's own search app is wagtail.search (label "wagtailsearch").
    name = "site_search"
    verbose_name = "Site search"

    def ready(self):
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from tx_portal import fragment_invalidation

        from .models import SearchSynonym

        # Kept in the shared fragments by the search view.
        fragment_invalidation.watch(SearchSynonym, SearchPromotion)
