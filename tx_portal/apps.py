from django.apps import AppConfig


class TxPortalConfig(AppConfig):
    name = "tx_portal"
    verbose_name = "Treatment portal"

    def ready(self):
        from django.core import checks

        from . import cache_invalidation, fragment_invalidation, page_serving

        cache_invalidation.connect()
        fragment_invalidation.connect()
        checks.register(page_serving.check_wagtail_serving)
