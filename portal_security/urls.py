"""Staff sign-in URLs, included by the root URLconf in front of the upstream views of the same
addresses (Wagtail's and Django's views still do the work; these normalise `next`, throttle and
ask for the second factor)."""

from django.urls import include, path

from . import account_views, two_factor_views

urlpatterns = [
    path("django-admin/login/", account_views.django_admin_login),
    path("admin/login/", account_views.admin_login, name="wagtailadmin_login"),
    path("admin/logout/", account_views.admin_logout, name="wagtailadmin_logout"),
    path(
        "admin/password_reset/",
        account_views.admin_password_reset,
        name="wagtailadmin_password_reset",
    ),
    path("admin/two-factor/", include((two_factor_views.urlpatterns, "portal_two_factor"))),
]
