"""Where a user-supplied `next` (or `return_url`) may send someone: a plain path on this site.

Every view that redirects to an address a request named uses `safe_next_path`. It accepts only a
path that starts with one slash (never `//`, a backslash, a scheme or a host), percent-decodes
nothing, and refuses any control character or whitespace, raw or percent-encoded (a `%0d%0a` in a
Location header, a `%09` browsers strip). Anything else, including strings Django's `redirect()`
would take for a view name (`foo`, `<>javascript:...`), gives the fallback. It never raises.
"""

import re
from urllib.parse import urlsplit

from django.http import HttpResponseRedirect
from django.urls import NoReverseMatch, reverse

# A path of printable ASCII without a backslash; a query and fragment may follow.
PLAIN_PATH = re.compile(r"/(?![/\\])[!-~]*\Z")
# Percent-encodings of control characters, space, backslash and DEL (%00-%20, %5C, %7F), which
# a browser or a proxy may decode before following the address.
ENCODED_UNSAFE = re.compile(r"%(?:[01][0-9a-f]|20|5c|7f)", re.IGNORECASE)
# A path whose first segment, once decoded by a lenient client, starts another host.
ENCODED_SLASH_START = re.compile(r"/(?:%2f|%5c)", re.IGNORECASE)
MAX_LENGTH = 2000


def is_plain_path(value):
    """Whether `value` is a path on this site that any browser reads the same way."""
    if not isinstance(value, str) or not value or len(value) > MAX_LENGTH:
        return False
    if not PLAIN_PATH.match(value) or "\\" in value:
        return False
    if ENCODED_UNSAFE.search(value) or ENCODED_SLASH_START.match(value):
        return False
    parts = urlsplit(value)
    return not parts.scheme and not parts.netloc


def _fallback_path(fallback):
    if is_plain_path(fallback):
        return fallback
    try:
        return reverse(fallback)
    except NoReverseMatch:
        return "/"


def safe_next_path(value, fallback="/"):
    """`value` if it is a plain same-site path, else `fallback` (a path or a URL name)."""
    if is_plain_path(value):
        return value
    return _fallback_path(fallback)


def next_from_request(request, fallback="/", field="next"):
    """The request's `next` (POST first, then the query string), made safe."""
    value = request.POST.get(field) if request.method == "POST" else None
    if value is None:
        value = request.GET.get(field)
    return safe_next_path(value, fallback)


def redirect_to_next(request, fallback="/", field="next"):
    return HttpResponseRedirect(next_from_request(request, fallback, field))
