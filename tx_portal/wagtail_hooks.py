from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import http_caching
from .models import EmergencyGuidance, HelpLines, Reviewer


class ReviewerViewSet(SnippetViewSet):
    model = Reviewer
    icon = "user"
    menu_label = "Reviewers"
    list_display = ["name", "credentials", "role", "user"]
    search_fields = ["name", "credentials", "role"]
    # Plain database search over those fields: the site index holds only reviewers' names (for the
    # chooser), and a search of other fields through it fails (no such field or column).
    search_backend_name = None
    add_to_admin_menu = True
    menu_order = 300
    # Editors may read what they may not change (the list links to this read-only page).
    inspect_view_enabled = True


class EmergencyGuidanceViewSet(SnippetViewSet):
    model = EmergencyGuidance
    icon = "warning"
    list_display = ["heading"]
    inspect_view_enabled = True


class HelpLinesViewSet(SnippetViewSet):
    model = HelpLines
    icon = "mobile-alt"
    menu_label = "Help lines"
    list_display = ["helpline_name", "helpline_number", "crisis_line_number", "emergency_number"]
    inspect_view_enabled = True


register_snippet(ReviewerViewSet)
register_snippet(HelpLinesViewSet)
register_snippet(EmergencyGuidanceViewSet)


@hooks.register("before_serve_page")
def mark_served_pages_cacheable(page, request, serve_args, serve_kwargs):
    """Any page Wagtail serves to an anonymous reader is the same for every anonymous reader.
    Restricted pages need no check here: they answer anonymous readers with a login redirect
    (never stored) or the password form (the same for everyone), and a reader who has passed a
    restriction carries a session, which bypasses the cache."""
    http_caching.mark_cacheable(request)
