from django.apps import AppConfig


class PortalSecurityConfig(AppConfig):
    """Response headers that limit what a page may load or use (Content Security Policy,
    Permissions-Policy) and the admin-side changes that let Wagtail work under them."""

    name = "portal_security"
    verbose_name = "Security headers"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in
        from django.core import checks as django_checks

        from . import admin_widgets, checks, spreadsheet_export, two_factor

        admin_widgets.install()
        spreadsheet_export.install()
        user_logged_in.connect(two_factor.remember_step, dispatch_uid="portal_two_factor_step")
        # Fails `manage.py check` when Wagtail changes under the patches (portal_security/README).
        django_checks.register(checks.check_upstream_patches, django_checks.Tags.compatibility)
