from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.views import defaults
from django.views.decorators.http import require_safe

from tx_portal import http_caching, outage

from .models import SafetySettings
from .page_serving import site_for_request


def server_error(request):
    """The 500 page renders without a request context: nothing that could fail again (database,
    settings, navigation) is touched while the site is already failing. A database outage gets
    a polite 503 instead (tx_portal/outage.py)."""
    return outage.outage_response(request) or HttpResponseServerError(
        loader.get_template("500.html").render()
    )


def bad_request(request, exception):
    """Django's 400 page, except when a database outage is behind it (see tx_portal/outage.py)."""
    return outage.outage_response(request, exception) or defaults.bad_request(request, exception)


@require_safe
def robots_txt(request):
    """Crawlers may read every public page; the admin and search results are not for them."""
    http_caching.mark_cacheable(request)
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Disallow: {reverse('search')}",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def overdose_card(request):
    """The emergency guidance and the help lines on one printable page."""
    http_caching.mark_cacheable(request)
    site_for_request(request)  # the site for the menus, from the shared fragments
    safety = SafetySettings.load(request_or_site=request)
    return render(
        request,
        "tx_portal/overdose_card.html",
        {
            "safety": safety,
            "guidance": safety.emergency_guidance,
            "meta_title": "Overdose card to print",
            "meta_description": "What to do if someone overdoses on opioids: the signs, the "
            "steps to take and who to call, on one page to print and keep.",
        },
    )
