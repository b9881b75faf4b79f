from django.apps import AppConfig


class TxPortalConfig(AppConfig):
    name = "tx_portal"
    verbose_name = "Treatment portal"

    def ready(self):
        from . import cache_invalidation

        cache_invalidation.connect()
