"""Security headers on every response, and the size limit of the public forms' posts.

Permissions-Policy: no page of the site needs a camera, a microphone, the reader's location or
any other powerful browser feature, and none may be used for interest-based advertising. Denying
them all means an injected script or a compromised third party could not ask for them either."""

import logging

from csp.constants import HEADER, SELF
from csp.middleware import CSPMiddleware
from django.apps import apps
from django.conf import settings
from django.core.exceptions import BadRequest, ValidationError
from django.shortcuts import render
from django.urls import NoReverseMatch, Resolver404, resolve, reverse

logger = logging.getLogger(__name__)

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
    return ", ".join(f"{feature}=()" for feature in DENIED_FEATURES)


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

    # The image editor's focal-point tool (Wagtail's bundled Jcrop) detects touch support by
    # setting `ontouchstart="return;"` on a detached <div> and reading it back, which a strict
    # policy reports as a blocked attribute handler on every load. Only that exact handler, which
    # does nothing, is allowed, and only on the image editor: 'unsafe-hashes' with its hash permits
    # no other attribute code.
    JCROP_TOUCH_PROBE = ["'unsafe-hashes'", "'sha256-i+qr4lq34KgNHiW62lWi9aInEBwiEOrfCzaNPCvkqD8='"]
    JCROP_VIEWS = {"wagtailimages:edit"}

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if self._framable(response):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        match = getattr(request, "resolver_match", None)
        if match is not None and match.view_name in self.JCROP_VIEWS:
            parts.update = {**(parts.update or {}), "script-src-attr": self.JCROP_TOUCH_PROBE}
        return parts


class RequestBodyLimitMiddleware:
    """Refuses oversized posts to the public forms before anything reads them.

    The site-wide limits (DATA_UPLOAD_MAX_MEMORY_SIZE, DATA_UPLOAD_MAX_NUMBER_FIELDS) are generous
    because the Wagtail editor posts whole pages. A reader's comment or report is a few kilobytes,
    so those views get a much smaller limit (REQUEST_BODY_LIMITS, by URL name), checked here from
    Content-Length: the CSRF check, which parses the body, runs only after every middleware.
    The answer is a polite 413 page, never an error.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST":
            limit = self._limit_for(request)
            if limit is not None and self._content_length(request) > limit:
                return self._too_large(request, limit)
        return self.get_response(request)

    @staticmethod
    def _limit_for(request):
        limits = getattr(settings, "REQUEST_BODY_LIMITS", {})
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return None
        return limits.get(match.view_name)

    @staticmethod
    def _content_length(request):
        try:
            return int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:  # a malformed header: treat as too large, never as a 500
            return float("inf")

    @staticmethod
    def _too_large(request, limit):
        size = request.META.get("CONTENT_LENGTH")
        logger.info("refused a %s-byte post to %s", size, request.path)
        context = {"limit_kb": limit // 1024, "comment_max_length": settings.COMMENT_MAX_LENGTH}
        return render(request, "413.html", context, status=413)


class AdminQueryStringMiddleware:
    """Query strings that Wagtail's admin views would answer with a 500, dealt with first.

    - A bulk action's `id` list: the views turn each id into a number inside the view, so
      `?id=abc` (a mistyped or tampered URL) would be a 500. Only `id=all` or values of the
      model's primary key pass; anything else is a polite 400 and nothing is done. Checked before
      any other code reads them (the role check looks at the objects too).
    - A search (`q`) of more than `max_search_words` words: the PostgreSQL search backend
      nests one expression per word, and a couple of hundred words exceed Python's recursion
      limit. The query is cut to its first words (the search box then shows what was searched),
      as the public search does.
    """

    bulk_action_view = "wagtail_bulk_action"
    max_search_words = 32
    max_search_chars = 1000

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Cheap tests first: most requests have neither parameter.
        if "q" in request.GET and request.path_info.startswith(self.admin_prefix()):
            self.shorten_search(request)
        if "id" in request.GET:
            self.check_bulk_action_ids(request)
        return self.get_response(request)

    @staticmethod
    def admin_prefix():
        try:
            return reverse("wagtailadmin_home")
        except NoReverseMatch:  # a URLconf without the Wagtail admin
            return "/admin/"

    def shorten_search(self, request):
        query = request.GET["q"]
        words = query.split()
        if len(words) <= self.max_search_words and len(query) <= self.max_search_chars:
            return
        request.GET = request.GET.copy()
        request.GET["q"] = " ".join(words[: self.max_search_words])[: self.max_search_chars]

    def check_bulk_action_ids(self, request):
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return
        if match.url_name != self.bulk_action_view:
            return
        try:
            model = apps.get_model(match.kwargs["app_label"], match.kwargs["model_name"])
        except (KeyError, LookupError):
            return  # the view answers an unknown model (404)
        pk = model._meta.pk
        while pk.remote_field is not None:  # a child model's link to its parent's id
            pk = pk.target_field
        for value in request.GET.getlist("id"):
            if value != "all" and not self.is_id(pk, value):
                raise BadRequest(f"not an id of {model._meta.label}: {value[:40]!r}")

    @staticmethod
    def is_id(pk, value):
        try:
            converted = pk.to_python(value)
        except ValidationError:
            return False
        if isinstance(converted, int):  # what a 64-bit column holds (SQLite sets no range)
            return -(2**63) <= converted < 2**63
        return converted not in (None, "")
