"""Staff sign-in protection with django-axes: what it reads and how it answers.

Axes records each failed sign-in (the Wagtail admin's, the Django admin's and any other form that
calls `authenticate()` with the request) by account name and client address. With
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"] the same account from the
same address is paused after AXES_FAILURE_LIMIT failures, even with the right password then, and an
address that tries many accounts is paused too; failures elsewhere never pause another address.
The pause lifts after AXES_COOLOFF_TIME, or when an administrator deletes the attempt (Django
admin, Axes > Access attempts, linked from the Wagtail settings menu).
"""

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.template.response import TemplateResponse

from tx_portal.client_address import client_address


def client_ip(request):
    """The address axes records: read as the comment rate limit reads it (TRUSTED_PROXY_HOPS)."""
    return client_address(request) or None


class SignInProtectionBackend(AxesStandaloneBackend):
    """Axes' check, for sign-ins that come with a request.

    Code that authenticates without one (the test client's `login()`, a shell) has no client
    address to count against; every sign-in form of the site passes its request."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def lockout_minutes():
    cool_off = settings.AXES_COOLOFF_TIME
    return max(1, int(cool_off.total_seconds() // 60))


def lockout_response(request, original_response=None, credentials=None):
    """The same polite page whether or not the account exists (axes counts unknown names too)."""
    return TemplateResponse(
        request,
        "portal_security/locked_out.html",
        {"lockout_minutes": lockout_minutes()},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    ).render()
