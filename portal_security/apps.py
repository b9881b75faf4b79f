from django.apps import AppConfig


class PortalSecurityConfig(AppConfig):
    """Response headers that limit what a page may load or use (Content Security Policy,
    Permissions-Policy) and the admin-side changes that let Wagtail work under them."""

    name = "portal_security"
    verbose_name = "Security headers"

    def ready(self):
        from . import admin_widgets

        admin_widgets.install()
