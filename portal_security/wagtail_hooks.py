from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_js")
def start_widgets_without_inline_scripts():
    """Starts the admin widgets whose Wagtail templates used an inline <script> (see the file)."""
    return format_html('<script src="{}"></script>', static("portal_security/admin-csp.js"))
