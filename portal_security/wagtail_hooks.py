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
