"""A bare Django view (`HttpResponse("ok")`) for `make bench`'s baseline, served by the same
gunicorn settings as the site: `gunicorn --config tx_portal/gunicorn.conf.py
bench.bare_django:application`. Used by the benchmark only; nothing in the site routes here."""

import django
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-bare-view-only",  # noqa: S106 (a benchmark process, no secrets)
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)
django.setup()


def ok(request):
    return HttpResponse("ok")


urlpatterns = [path("", ok), path("healthz", ok)]
application = get_wsgi_application()
