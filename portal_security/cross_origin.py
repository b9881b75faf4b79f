"""Cross-origin protection for the public forms, without a per-reader token.

Pages that carry a public form (comment, report) are the same HTML for every anonymous reader, so
a shared cache (Varnish, a CDN) can store them: they cannot carry Django's per-reader CSRF token.
Those form posts are checked the way Go's `http.CrossOriginProtection` (Go 1.25) and OWASP's CSRF
cheat sheet ("Fetch Metadata" and "verifying origin with standard headers") describe:

1. `GET`, `HEAD` and `OPTIONS` are always allowed (they change nothing).
2. `Sec-Fetch-Site` (sent by every current browser, and not settable by a page's script):
   `same-origin` or `none` (typed in the address bar, a bookmark) is allowed; anything else
   (`cross-site`, `same-site`) is refused unless the `Origin` is in CSRF_TRUSTED_ORIGINS.
3. Without `Sec-Fetch-Site` (an older browser): an `Origin` header must name this host (or a
   trusted origin); a different one, or `null`, is refused.
4. Neither header: not a browser request (curl, a script run by the reader), which a cross-site
   attacker cannot make in a victim's browser: allowed.

Signed-in readers (staff) keep Django's token CSRF on the same views: their pages are never
cached, so the form carries their token.
"""

from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from wagtail.models import Page

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
ALLOWED_FETCH_SITES = {"same-origin", "none"}


def _trusted(origin):
    return bool(origin) and origin in settings.CSRF_TRUSTED_ORIGINS


def refusal_reason(request):
    """None when the request may go on; otherwise why it was refused (for the log and tests)."""
    if request.method in SAFE_METHODS:
        return None
    origin = request.headers.get("Origin", "")
    fetch_site = request.headers.get("Sec-Fetch-Site", "")
    if fetch_site:
        if fetch_site in ALLOWED_FETCH_SITES or _trusted(origin):
            return None
        return f"Sec-Fetch-Site: {fetch_site}"
    if not origin:
        return None
    if urlsplit(origin).netloc == request.get_host() or _trusted(origin):
        return None
    return f"Origin: {origin}"


def refused(request, reason, page_id=None):
    """A polite 403 that gives the reader back what they wrote (nothing was stored). It offers
    no button that sends the text again: that button would turn the other site's post into one
    the reader is tricked into confirming. The reader copies it and sends it from the page."""
    page = Page.objects.live().public().filter(pk=page_id).first() if page_id else None
    return TemplateResponse(
        request,
        "portal_security/cross_origin_refused.html",
        {"kept_text": request.POST.get("comment", ""), "refused_page": page, "reason": reason},
        status=403,
    )


def cross_origin_protected(view):
    """For public form views: the header check above for anonymous readers, Django's token CSRF
    for signed-in users. Exempt from the CSRF middleware, which would demand a token."""
    token_protected = csrf_protect(view)

    @wraps(view)
    def checked(request, *args, **kwargs):
        if request.user.is_authenticated:
            return token_protected(request, *args, **kwargs)
        reason = refusal_reason(request)
        if reason:
            return refused(request, reason, kwargs.get("page_id"))
        return view(request, *args, **kwargs)

    return csrf_exempt(checked)
