"""Admin menu: where administrators see and clear sign-in lockouts (django-axes' Django admin)."""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_sign_in_lockouts_menu_item():
    return SuperuserMenuItem(
        "Sign-in lockouts",
        reverse("admin:axes_accessattempt_changelist"),
        icon_name="lock",
        order=900,
    )


@hooks.register("register_rich_text_features", order=100)
def register_safe_rich_text_handlers(features):
    """After Wagtail's own (order 0): its page, document and image handlers, made to treat an id
    that is not an id as a missing object (portal_security.rich_text)."""
    from .rich_text import register_safe_handlers

    register_safe_handlers(features)
