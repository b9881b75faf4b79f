from django.urls import path

from portal_security.cross_origin import cross_origin_protected

from . import views

app_name = "comments"

# The public forms sit on pages a shared cache serves to every reader, so they carry no
# per-reader CSRF token: cross-site posts are refused by their headers instead, and signed-in
# users keep Django's token check (portal_security/cross_origin.py).
urlpatterns = [
    path("post/<int:page_id>/", cross_origin_protected(views.post_comment), name="post"),
    path("report/<int:comment_id>/", cross_origin_protected(views.report_comment), name="report"),
]
