"""The staff sign-in, sign-out and password-reset views, made safe around Wagtail's and Django's.

Mounted in front of the upstream URLs (tx_portal/urls.py), so the upstream views still do the
work; these only change what reaches them or what they may do:

- every `next` is reduced to a plain same-site path before a view reads it
  (portal_security.redirects): Django's `redirect()` takes a non-URL `next` for a view name
  and raises NoReverseMatch;
- signing out happens on POST only: Wagtail's view deletes the session cookie for any method, so a
  cross-site link to /admin/logout/ signed staff out;
- the password reset is throttled and answers in the same time whether or not the address has an
  account (portal_security.password_reset).
"""

from functools import wraps

from django.contrib import admin
from django.http import HttpResponseNotAllowed
from wagtail.admin.views import account

from .password_reset import ThrottledPasswordResetMixin
from .redirects import is_plain_path, safe_next_path

NEXT_FIELD = "next"


def _with_safe_next(query_dict, fallback):
    values = query_dict.getlist(NEXT_FIELD)
    if all(is_plain_path(value) for value in values):
        return query_dict
    cleaned = query_dict.copy()
    cleaned.setlist(NEXT_FIELD, [safe_next_path(value, fallback) for value in values])
    return cleaned


def normalise_next(view, fallback):
    """Replaces a `next` that is not a plain same-site path with `fallback` (a URL name)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        request.GET = _with_safe_next(request.GET, fallback)
        if request.method == "POST":
            request.POST = _with_safe_next(request.POST, fallback)
        return view(request, *args, **kwargs)

    return wrapper


class AdminLogoutView(account.LogoutView):
    """Wagtail's sign-out, for POST only. Any other method is a 405 that changes nothing."""

    def dispatch(self, request, *args, **kwargs):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return super().dispatch(request, *args, **kwargs)


class AdminPasswordResetView(ThrottledPasswordResetMixin, account.PasswordResetView):
    pass


admin_login = normalise_next(account.LoginView.as_view(), "wagtailadmin_home")
admin_logout = normalise_next(AdminLogoutView.as_view(), "wagtailadmin_login")
admin_password_reset = AdminPasswordResetView.as_view()
django_admin_login = normalise_next(admin.site.login, "admin:index")
