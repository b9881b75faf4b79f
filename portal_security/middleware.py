"""Security headers on every response.

Permissions-Policy: no page of the site needs a camera, a microphone, the reader's location or
any other powerful browser feature, and none may be used for interest-based advertising. Denying
them all means an injected script or a compromised third party could not ask for them either."""

from csp.constants import HEADER, SELF
from csp.middleware import CSPMiddleware
from django.conf import settings

# Features switched off for every page and every frame. `interest-cohort` (FLoC) and its successor
# `browsing-topics` keep the reader's visits to a page about addiction out of ad-interest profiles.
DENIED_FEATURES = (
    "accelerometer",
    "autoplay",
    "browsing-topics",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "interest-cohort",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "usb",
)


def permissions_policy():
    features = getattr(settings, "PERMISSIONS_POLICY_DENIED_FEATURES", DENIED_FEATURES)
    return ", ".join(f"{feature}=()" for feature in features)


class PermissionsPolicyMiddleware:
    header = "Permissions-Policy"

    def __init__(self, get_response):
        self.get_response = get_response
        self.value = permissions_policy()

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault(self.header, self.value)
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with `frame-ancestors` following the response's X-Frame-Options.

    No page needs to be framed except Wagtail's previews, which the editor shows in a frame of the
    admin: Wagtail marks those views SAMEORIGIN. Browsers that understand `frame-ancestors` ignore
    X-Frame-Options, so a site-wide `frame-ancestors 'self'` would quietly weaken DENY on every
    other page; instead each response gets the frame-ancestors its X-Frame-Options asks for.
    """

    def process_response(self, request, response):
        if self._framable(response):
            # Wagtail renders a preview by sending a dummy request through the whole middleware
            # stack (so it got the policy for a DENY page) before its view marks the response
            # SAMEORIGIN: that policy is replaced, not kept.
            response.headers.pop(HEADER, None)
        return super().process_response(request, response)

    @staticmethod
    def _framable(response):
        return response.get("X-Frame-Options", "").upper() == "SAMEORIGIN"

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if self._framable(response):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts
