from django.apps import AppConfig


class PortalSecurityConfig(AppConfig):
    """Response headers that limit what a page may load or use (Content Security Policy,
    Permissions-Policy) and the admin-side changes that let Wagtail work under them."""

    name = "portal_security"
    verbose_name = "Security headers"

    def ready(self):
        from django.core import checks as django_checks

        from . import admin_widgets, checks

        admin_widgets.install()
        # Fails `manage.py check` when Wagtail changes under the patches (portal_security/README).
        django_checks.register(checks.check_upstream_patches, django_checks.Tags.compatibility)
