from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import UnansweredQuestion


def refuse(request, *args, **kwargs):
    raise PermissionDenied("Readers' questions are not added or edited by hand.")


class ReadersQuestionsPolicy(ModelPermissionPolicy):
    """Readers' words are a report, not content: nobody adds or rewrites them. Editors may
    delete one they have dealt with."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class UnansweredQuestionViewSet(SnippetViewSet):
    """Reports > Questions without a good answer: what readers asked that no passage answered
    well, so editors see what the pages are missing."""

    model = UnansweredQuestion
    icon = "help"
    menu_label = "Unanswered questions"
    menu_name = "unanswered_questions"
    list_display = ["text", "times_asked", "first_asked", "last_asked"]
    list_filter = []
    search_fields = ["text"]
    ordering = ["-times_asked", "-last_asked"]
    add_to_admin_menu = False
    inspect_view_enabled = False

    @property
    def permission_policy(self):
        return ReadersQuestionsPolicy(self.model)

    # Wagtail's own add and edit views would send even a superuser to the dashboard with a
    # message; there is nothing to add or edit here, so they refuse plainly.
    @property
    def add_view(self):
        return refuse

    @property
    def edit_view(self):
        return refuse


viewset = UnansweredQuestionViewSet()
register_snippet(viewset)


class UnansweredQuestionsMenuItem(MenuItem):
    def is_shown(self, request):
        return viewset.permission_policy.user_has_permission(request.user, "view")


@hooks.register("register_reports_menu_item")
def register_unanswered_questions_report():
    return UnansweredQuestionsMenuItem(
        "Unanswered questions",
        reverse(viewset.get_url_name("list")),
        icon_name="help",
        order=800,
    )
