from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from tx_portal import page_serving, probes, views

urlpatterns = [
    path("healthz", probes.healthz, name="healthz"),
    path("readyz", probes.readyz, name="readyz"),
    # Staff sign-in, in front of the upstream views of the same URLs.
    path("", include("portal_security.urls")),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("comments/", include("comments.urls")),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("overdose-card/", views.overdose_card, name="overdose_card"),
    path("search/", include("site_search.urls")),
    path("ask/", include("answers.urls")),  # the answer finder (answers app)
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    # Wagtail's page serving last: it answers every URL not matched above. Pages are found by
    # their URL in one query (tx_portal/page_serving.py); Wagtail's other public URLs as they are.
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, page_serving.serve, name="wagtail_serve"),
]

handler400 = "tx_portal.views.bad_request"
handler500 = "tx_portal.views.server_error"
