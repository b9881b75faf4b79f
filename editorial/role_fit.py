"""An admin that fits each role: what a user cannot use is neither shown nor reachable.

Wagtail already hides most menu items by permission, but it answers a forbidden admin URL with a
redirect to the dashboard (and some areas, such as site history, answer every admin user). Here the
main menu itself is the map of admin areas: an admin URL under a menu item the user is not shown
answers 403, whatever app registered the item. So a new area (for example the comments area) is
covered as soon as its menu item checks permissions.
"""

from urllib.parse import urlsplit

from django.apps import apps
from django.core.exceptions import ValidationError
from django.http import Http404
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from wagtail.admin.menu import SubmenuMenuItem, admin_menu
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.permissions import page_permission_policy
from wagtail.snippets.models import get_snippet_models

# Views every admin user needs whatever their role: signing in and out, their own account.
ALWAYS_ALLOWED_VIEWS = {
    "wagtailadmin_home",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_account",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
}
# Page tooling outside any menu area: the page chooser, the explorer's API and the tag
# autocompletion of the page and media editors.
PAGE_TOOL_VIEW_PREFIXES = (
    "wagtailadmin_choose_page",
    "wagtailadmin_api:",
    "wagtailadmin_tag_",
    "wagtailembeds:",
)
SNIPPET_CHOOSER_NAMESPACE = "wagtailsnippetchoosers_"
SNIPPET_RIGHTS = ("add", "change", "delete", "view")


def admin_prefix():
    return reverse("wagtailadmin_home")


def django_admin_prefix():
    """The Django admin's URL prefix, or None when it is not mounted."""
    try:
        return reverse("admin:index")
    except NoReverseMatch:
        return None


def is_forbidden_in_django_admin(request):
    """The Django admin is for superusers only. Its own check is `is_staff`, which the demo
    accounts (and any account made staff by hand) have: a staff member who is not a superuser
    would get in, and could change any model they hold a Django permission on (users, comments)
    outside the Wagtail admin, where each role's rights are set. So it is a 403 for them."""
    prefix = django_admin_prefix()
    user = getattr(request, "user", None)
    return bool(
        prefix
        and request.path_info.startswith(prefix)
        and user is not None
        and user.is_authenticated
        and not user.is_superuser
    )


def bulk_action_has_nothing_allowed(request, match):
    """Whether a bulk action names objects and the user may act on none of them.

    Wagtail answers that with its confirmation page listing the objects "you do not have
    permission to" act on (200), and the POST with a redirect after doing nothing; here it is a
    403, as any other action the role may not take. When some objects are allowed, Wagtail acts
    on those only, as it does."""
    kwargs = match.kwargs
    try:
        action_class = bulk_action_registry.get_bulk_action_class(
            kwargs["app_label"], kwargs["model_name"], kwargs["action"]
        )
        model = apps.get_model(kwargs["app_label"], kwargs["model_name"])
    except (KeyError, LookupError):
        return False
    if action_class is None or model not in action_class.models:
        return False
    action = action_class(request, model)
    try:
        allowed, refused = action.get_actionable_objects()
    except (Http404, ValueError, TypeError, ValidationError):
        return False  # bad ids: the view itself answers them (a 404 or its own message)
    return not allowed and bool(refused.get("items_with_no_access"))


def snippet_chooser_refused(user, match):
    """Whether this is a snippet chooser for a model the user has no right on at all.

    Wagtail's snippet choosers check no permission: any admin user could list every snippet of
    any model through them, reader comments awaiting moderation included."""
    namespace = match.namespace or ""
    if not namespace.startswith(SNIPPET_CHOOSER_NAMESPACE):
        return None
    for model in get_snippet_models():
        opts = model._meta
        if namespace == f"{SNIPPET_CHOOSER_NAMESPACE}{opts.app_label}_{opts.model_name}":
            return not any(
                user.has_perm(f"{opts.app_label}.{right}_{opts.model_name}")
                for right in SNIPPET_RIGHTS
            )
    return True  # a chooser of no registered snippet model


def can_work_on_pages(user):
    return page_permission_policy.user_has_any_permission(user, ["add", "change", "publish"])


def menu_areas(request):
    """(url, shown) for every item of the main menu that leads to an admin page, at any depth.
    An item inside a submenu the user is not shown counts as not shown."""
    prefix = admin_prefix()
    areas = []

    def walk(menu, parent_shown):
        shown_items = menu.menu_items_for_request(request) if parent_shown else []
        for item in menu.registered_menu_items:
            shown = parent_shown and item in shown_items
            if isinstance(item, SubmenuMenuItem):
                walk(item.menu, shown)
            elif isinstance(item.url, str):
                # Compare paths: a menu item may link to a filtered view (…/?status=pending).
                path = urlsplit(item.url).path
                if path.startswith(prefix) and path != prefix:
                    areas.append((path, shown))

    walk(admin_menu, True)
    return areas


def area_is_hidden(request, path):
    """Whether the most specific menu area containing this path is hidden from the user."""
    matches = [(url, shown) for url, shown in menu_areas(request) if path.startswith(url)]
    if not matches:
        return False
    # Several items can share a URL (Workflows in Reports and in Settings): shown wins.
    longest = max(len(url) for url, _ in matches)
    return not any(shown for url, shown in matches if len(url) == longest)


def is_forbidden(request):
    """Whether this admin request is for something the signed-in staff user cannot use."""
    user = request.user
    if user.is_superuser:
        return False
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    if match.view_name in ALWAYS_ALLOWED_VIEWS:
        return False
    page_worker = can_work_on_pages(user)
    if match.view_name.startswith(PAGE_TOOL_VIEW_PREFIXES):
        return not page_worker
    if match.view_name == "wagtail_bulk_action":
        # Page bulk actions need page rights; other models' bulk actions check their own.
        is_page_action = match.kwargs.get("app_label") == "wagtailcore"
        if is_page_action and not page_worker:
            return True
        return bulk_action_has_nothing_allowed(request, match)
    snippet_refused = snippet_chooser_refused(user, match)
    if snippet_refused is not None:
        return snippet_refused
    if "choose" in match.view_name and page_worker:
        # Choosers serve the page editor, even for a user who does not manage that library.
        return False
    return area_is_hidden(request, request.path_info)
