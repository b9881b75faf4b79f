"""Answers 403, not a redirect, when staff reach an admin area their role cannot use."""

from django.contrib import messages
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse

from .role_fit import admin_prefix, is_forbidden, is_forbidden_in_django_admin

TEMPLATE = "editorial/admin_forbidden.html"


class AdminRoleFitMiddleware:
    """Must come after the authentication and message middleware.

    Three cases: the Django admin, for anyone signed in but a superuser; an admin URL under a
    menu area the user is not shown (see role_fit); and Wagtail's own "permission denied", which
    redirects to the dashboard with an error message. Superusers are left to Wagtail: every area
    is theirs, and what Wagtail refuses them (a page type where it is not allowed) is not a
    matter of role."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_forbidden_in_django_admin(request):
            return self.forbidden(request, [])
        if not self.is_staff_admin_request(request):
            return self.get_response(request)
        if is_forbidden(request):
            return self.forbidden(request, [])
        response = self.get_response(request)
        if self.is_permission_denied_redirect(request, response):
            storage = messages.get_messages(request)
            pending = list(storage)
            if any(message.level == messages.ERROR for message in pending):
                # Shown on the 403 page instead of on the dashboard after a redirect.
                return self.forbidden(request, pending)
            storage.used = False
        return response

    @staticmethod
    def is_staff_admin_request(request):
        # The path first: public pages must not touch the session (that would add Vary: Cookie
        # and a query to every anonymous response).
        try:
            prefix = admin_prefix()
        except NoReverseMatch:  # a URLconf without the Wagtail admin (some tests, other sites)
            return False
        if not request.path_info.startswith(prefix):
            return False
        user = getattr(request, "user", None)
        return (
            user is not None
            and user.is_authenticated
            and not user.is_superuser
            and user.has_perm("wagtailadmin.access_admin")
        )

    @staticmethod
    def is_permission_denied_redirect(request, response):
        home = reverse("wagtailadmin_home")
        return (
            response.status_code == 302
            and response.get("Location") == home
            and request.path_info != home
        )

    @staticmethod
    def forbidden(request, notes):
        response = TemplateResponse(request, TEMPLATE, {"notes": notes}, status=403)
        return response.render()
