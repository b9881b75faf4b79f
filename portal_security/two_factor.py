"""Two-factor sign-in for staff (django-otp): who needs it, and the check before every admin screen.

After the password, a member of staff who has set up an authenticator app (or whom the policy
requires to) must enter a code before any admin screen of Wagtail or Django: the middleware sends
them to the code form, or to set-up when they have no device yet. Administrators and clinical
reviewers (TWO_FACTOR_REQUIRED_GROUPS) must use it when TWO_FACTOR_REQUIRED is on; for other staff
it is optional. Recovery codes (django-otp static tokens) work once each.
"""

import contextlib
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django_otp import user_has_device

from .redirects import safe_next_path

# Screens a signed-in member of staff reaches before the second step.
EXEMPT_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "admin:login",
    "admin:logout",
    "portal_two_factor:verify",
    "portal_two_factor:enrol",
}


def is_required_for(user):
    if not settings.TWO_FACTOR_REQUIRED:
        return False
    if user.is_superuser:
        return True
    required = set(settings.TWO_FACTOR_REQUIRED_GROUPS)
    return any(group.name in required for group in user.groups.all())


def _admin_prefixes():
    prefixes = []
    for name in ("wagtailadmin_home", "admin:index"):
        with contextlib.suppress(NoReverseMatch):
            prefixes.append(reverse(name))
    return tuple(prefixes)


SESSION_KEY = "portal_two_factor_step"


def step_for(user):
    """The second step this user owes after a password: verify, enrol, or nothing ("")."""
    if user_has_device(user):
        return "portal_two_factor:verify"
    if is_required_for(user):
        return "portal_two_factor:enrol"
    return ""


def remember_step(sender, request, user, **kwargs):
    """At sign-in (user_logged_in): worked out once, so admin requests cost no query for it."""
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_KEY] = step_for(user)


class TwoFactorRequiredMiddleware:
    """After django_otp's OTPMiddleware (which gives `request.user.is_verified()`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        step = self.missing_step(request)
        if step:
            query = urlencode({"next": safe_next_path(request.get_full_path(), "/admin/")})
            return HttpResponseRedirect(f"{reverse(step)}?{query}")
        return self.get_response(request)

    @staticmethod
    def missing_step(request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        if not request.path_info.startswith(_admin_prefixes()):
            return None
        if not hasattr(user, "is_verified") or user.is_verified():
            return None
        if SESSION_KEY not in request.session:  # a session from before two-factor sign-in
            request.session[SESSION_KEY] = step_for(user)
        step = request.session[SESSION_KEY]
        if not step:
            return None
        try:
            if resolve(request.path_info).view_name in EXEMPT_VIEWS:
                return None
        except Resolver404:
            return None
        return step
