"""Who reaches what in the admin: every role against every admin area and action.

MATRIX is the table. Each row is one request (an area or an action, GET or POST) and the roles
allowed to make it; every cell (row x role) is one test with an exact expected answer:

- an allowed role: 200, or for an action that changes something, 302 to a page that is neither
  the login page nor the dashboard (Wagtail's "permission denied" redirect), and the change made;
- a signed-in role that is not allowed: 403, and for an unsafe action nothing changed;
- anonymous: 302 to the login page (the Wagtail admin's, or the Django admin's under
  /django-admin/), and nothing changed.

Nothing in between: a 302 to the dashboard with an error message, a 404 for something that
exists, or a 200 for a role that should be refused all fail here.

The objects are made once per module and every cell runs in a savepoint that is rolled back, so
a cell that deletes or moves something leaves the next one the same world.
"""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.forms.models import model_to_dict
from django.test import Client
from django.urls import URLResolver, get_resolver, resolve, reverse
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import (
    Collection,
    Page,
    PageViewRestriction,
    Site,
    TaskState,
    Workflow,
)

from answers.models import UnansweredQuestion
from articles.models import ArticlePage
from comments.models import CommentSettings, CommentStatus, PortalComment
from site_search.models import SearchSynonym
from tests.admin_forms import health_page_data
from tests.comments.conftest import make_comment
from tests.factories import ArticlePageFactory, EmergencyGuidanceFactory, ReviewerFactory
from tx_portal.models import HelpLines, HomePage, Reviewer, SafetySettings

ANONYMOUS, EDITOR, REVIEWER, MODERATOR, SUPERUSER = (
    "anonymous",
    "editor",
    "clinical reviewer",
    "moderator",
    "superuser",
)
ROLES = [ANONYMOUS, EDITOR, REVIEWER, MODERATOR, SUPERUSER]
STAFF = {EDITOR, REVIEWER, MODERATOR, SUPERUSER}
PAGE_STAFF = {EDITOR, REVIEWER, SUPERUSER}
MODERATION = {MODERATOR, SUPERUSER}
CLINICAL = {REVIEWER, SUPERUSER}
ONLY_SUPERUSER = {SUPERUSER}
PUBLIC = set(ROLES)

# Each cell runs in its own savepoint (pytest-django), inside the module's transaction.
pytestmark = pytest.mark.django_db


@dataclass(frozen=True)
class Row:
    """One request of the matrix. `url` and `data` take the module's World; `state` (for unsafe
    actions) reads what the action would change, so a refused one can be shown to change
    nothing and an allowed one to change it."""

    name: str
    url: Callable
    allowed: set
    method: str = "get"
    data: Callable | None = None
    state: Callable | None = None
    ok: int = 200  # what an allowed role gets: 200, or 302 after an action
    login: str = "wagtailadmin_login"
    # For an allowed role, what the (last) answer must show: a 200 alone could be an error page.
    shows: Callable | None = None

    @property
    def id(self):
        return f"{self.name} {self.method.upper()}"


def page_url(name, *args):
    return lambda w: reverse(f"wagtailadmin_pages:{name}", args=[arg(w) for arg in args])


def snippet(model, action, *args):
    return lambda w: reverse(f"wagtailsnippets_{model}:{action}", args=[arg(w) for arg in args])


def named(name, *args, query=""):
    return lambda w: reverse(name, args=[arg(w) for arg in args]) + query


def pk(attribute):
    return lambda w: getattr(w, attribute).pk


def fresh(obj):
    return type(obj)._default_manager.filter(pk=obj.pk).first()


def form_data(obj, exclude=(), **changes):
    """The model form an admin edit view shows for `obj`, filled in as it is, with `changes`."""
    data = {
        key: ("" if value is None else value)
        for key, value in model_to_dict(obj).items()
        if key not in {"id", *exclude}
    }
    data.update(changes)
    return data


def settings_url(app, model, attribute):
    return lambda w: reverse("wagtailsettings:edit", args=[app, model, getattr(w, attribute).pk])


def bulk_url(app, model, action, attribute):
    return lambda w: (
        reverse("wagtail_bulk_action", args=[app, model, action])
        + f"?id={getattr(w, attribute).pk}"
    )


def comment_status(w):
    return fresh(w.comment).status


PAGE_STATE = {
    "revisions": lambda w: w.page.revisions.count(),
    "exists": lambda w: Page.objects.filter(pk=w.page.pk).exists(),
    "live": lambda w: Page.objects.get(pk=w.page.pk).live,
    "pages": lambda w: Page.objects.count(),
    "parent": lambda w: Page.objects.get(pk=w.page.pk).get_parent().pk,
    "locked": lambda w: Page.objects.get(pk=w.page.pk).locked,
    "path": lambda w: Page.objects.get(pk=w.page.pk).path,
    "restrictions": lambda w: PageViewRestriction.objects.count(),
}


def preview_data(w):
    return health_page_data(w.page.title, w.page.slug, summary="A preview summary.")


def preview_accepted(response):
    return response.json() == {"is_valid": True, "is_available": True}


def preview_shown(response):
    return "A preview summary." in response.content.decode()


MATRIX = [
    # --- The admin's front door ------------------------------------------------------------
    Row("dashboard", named("wagtailadmin_home"), STAFF),
    Row("own account", named("wagtailadmin_account"), STAFF),
    # --- Two-factor sign-in (portal_security): any member of staff may set it up; the code
    # screen sends someone with no authenticator app yet to set-up.
    Row("two-factor set-up", named("portal_two_factor:enrol"), STAFF),
    Row("two-factor code", named("portal_two_factor:verify"), STAFF, ok=302),
    # --- Pages: explorer, search, editor, preview ------------------------------------------
    Row("pages explorer", named("wagtailadmin_explore_root"), PAGE_STAFF),
    Row("pages under home", named("wagtailadmin_explore", pk("home")), PAGE_STAFF),
    Row(
        "pages under home (results)",
        named("wagtailadmin_explore_results", pk("home")),
        PAGE_STAFF,
    ),
    Row("page search", named("wagtailadmin_pages:search", query="?q=naloxone"), PAGE_STAFF),
    Row("page chooser", named("wagtailadmin_choose_page"), PAGE_STAFF),
    Row("external link chooser", named("wagtailadmin_choose_page_external_link"), PAGE_STAFF),
    Row("anchor link chooser", named("wagtailadmin_choose_page_anchor_link"), PAGE_STAFF),
    Row("email link chooser", named("wagtailadmin_choose_page_email_link"), PAGE_STAFF),
    Row("phone link chooser", named("wagtailadmin_choose_page_phone_link"), PAGE_STAFF),
    Row("embed chooser", named("wagtailembeds:chooser"), PAGE_STAFF),
    Row("reviewer chooser", named("wagtailsnippetchoosers_tx_portal_reviewer:choose"), PAGE_STAFF),
    Row(
        "emergency guidance chooser",
        named("wagtailsnippetchoosers_tx_portal_emergencyguidance:choose"),
        PAGE_STAFF,
    ),
    Row(
        "help lines chooser",
        named("wagtailsnippetchoosers_tx_portal_helplines:choose"),
        PAGE_STAFF,
    ),
    Row(
        "synonym chooser",
        named("wagtailsnippetchoosers_site_search_searchsynonym:choose"),
        ONLY_SUPERUSER,
    ),
    # Wagtail's snippet choosers check no permission; here they need a right on the model.
    Row(
        "comment chooser",
        named("wagtailsnippetchoosers_comments_portalcomment:choose"),
        MODERATION,
    ),
    Row(
        "comment chooser (results)",
        named("wagtailsnippetchoosers_comments_portalcomment:choose_results", query="?q=safe"),
        MODERATION,
    ),
    Row("dismissibles", named("wagtailadmin_dismissibles"), STAFF),
    Row(
        "page add",
        lambda w: reverse("wagtailadmin_pages:add", args=["articles", "articlepage", w.home.pk]),
        PAGE_STAFF,
    ),
    Row(
        "page add",
        lambda w: reverse("wagtailadmin_pages:add", args=["articles", "articlepage", w.home.pk]),
        PAGE_STAFF,
        method="post",
        data=lambda w: health_page_data("Fentanyl test strips", "fentanyl-test-strips"),
        state=lambda w: ArticlePage.objects.count(),
        ok=302,
    ),
    Row("page add subpage", page_url("add_subpage", pk("home")), PAGE_STAFF),
    Row("page edit", page_url("edit", pk("page")), PAGE_STAFF),
    Row(
        "page edit (save draft)",
        page_url("edit", pk("page")),
        PAGE_STAFF,
        method="post",
        data=lambda w: health_page_data(w.page.title, w.page.slug, summary="Edited summary."),
        state=PAGE_STATE["revisions"],
        ok=302,
    ),
    Row(
        "page preview (send form)",
        page_url("preview_on_edit", pk("page")),
        PAGE_STAFF,
        method="post",
        data=preview_data,
        shows=preview_accepted,
    ),
    Row(
        "page preview (send form, then show)",
        page_url("preview_on_edit", pk("page")),
        PAGE_STAFF,
        method="post+get",
        data=preview_data,
        shows=preview_shown,
    ),
    Row("page preview (show)", page_url("preview_on_edit", pk("page")), PAGE_STAFF),
    Row(
        "new page preview (send form)",
        lambda w: reverse(
            "wagtailadmin_pages:preview_on_add", args=["articles", "articlepage", w.home.pk]
        ),
        PAGE_STAFF,
        method="post",
        data=lambda w: health_page_data("A new page", "a-new-page"),
        shows=preview_accepted,
    ),
    Row("page view draft", page_url("view_draft", pk("page")), PAGE_STAFF),
    Row("page view live", lambda w: w.page.url, PUBLIC),
    Row("page usage", page_url("usage", pk("page")), PAGE_STAFF),
    Row("page history", page_url("history", pk("page")), PAGE_STAFF),
    Row("page history (results)", page_url("history_results", pk("page")), PAGE_STAFF),
    # Wagtail 7 lists revisions in the page history: the old URL redirects there.
    Row("page revisions", page_url("revisions_index", pk("page")), PAGE_STAFF, ok=302),
    Row(
        "page revision view",
        page_url("revisions_view", pk("page"), lambda w: w.first_revision.pk),
        PAGE_STAFF,
    ),
    Row(
        "page revision compare",
        lambda w: reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[w.page.pk, w.first_revision.pk, w.second_revision.pk],
        ),
        PAGE_STAFF,
    ),
    Row(
        "page revision revert (editor)",
        page_url("revisions_revert", pk("page"), lambda w: w.first_revision.pk),
        PAGE_STAFF,
    ),
    Row("page copy", page_url("copy", pk("page")), PAGE_STAFF),
    Row(
        "page copy",
        page_url("copy", pk("page")),
        PAGE_STAFF,
        method="post",
        data=lambda w: {
            "new_title": "Copied page",
            "new_slug": "copied-page",
            "new_parent_page": w.home.pk,
        },
        state=PAGE_STATE["pages"],
        ok=302,
    ),
    Row("page move", page_url("move", pk("page")), ONLY_SUPERUSER),
    Row(
        "page move",
        page_url("move_confirm", pk("page"), pk("section")),
        ONLY_SUPERUSER,
        method="post",
        data=lambda w: {},
        state=PAGE_STATE["parent"],
        ok=302,
    ),
    Row("page delete", page_url("delete", pk("page")), ONLY_SUPERUSER),
    Row(
        "page delete",
        page_url("delete", pk("page")),
        ONLY_SUPERUSER,
        method="post",
        data=lambda w: {},
        state=PAGE_STATE["exists"],
        ok=302,
    ),
    Row("page unpublish", page_url("unpublish", pk("page")), ONLY_SUPERUSER),
    Row(
        "page unpublish",
        page_url("unpublish", pk("page")),
        ONLY_SUPERUSER,
        method="post",
        data=lambda w: {},
        state=PAGE_STATE["live"],
        ok=302,
    ),
    Row(
        "page unlock",
        page_url("unlock", pk("section")),
        PAGE_STAFF,
        method="post",
        data=lambda w: {},
        state=lambda w: Page.objects.get(pk=w.section.pk).locked,
        ok=302,
    ),
    Row("pages API listing", named("wagtailadmin_api:pages:listing"), PAGE_STAFF),
    Row("tag autocomplete", named("wagtailadmin_tag_autocomplete", query="?term=a"), PAGE_STAFF),
    Row(
        "page lock",
        page_url("lock", pk("page")),
        PAGE_STAFF,
        method="post",
        data=lambda w: {},
        state=PAGE_STATE["locked"],
        ok=302,
    ),
    Row(
        "page reorder",
        lambda w: reverse("wagtailadmin_pages:set_page_position", args=[w.page.pk]) + "?position=0",
        ONLY_SUPERUSER,
        method="post",
        data=lambda w: {},
        state=PAGE_STATE["path"],
        ok=200,
    ),
    Row("page privacy", page_url("set_privacy", pk("page")), ONLY_SUPERUSER),
    Row(
        "page privacy",
        page_url("set_privacy", pk("page")),
        ONLY_SUPERUSER,
        method="post",
        data=lambda w: {"restriction_type": "login"},
        state=PAGE_STATE["restrictions"],
        ok=200,
    ),
    Row(
        "page bulk delete",
        bulk_url("wagtailcore", "page", "delete", "page"),
        ONLY_SUPERUSER,
    ),
    Row(
        "page bulk delete",
        bulk_url("wagtailcore", "page", "delete", "page"),
        ONLY_SUPERUSER,
        method="post",
        data=lambda w: {},
        state=PAGE_STATE["exists"],
        ok=302,
    ),
    Row(
        "page type usage",
        lambda w: reverse("wagtailadmin_pages:type_use", args=["articles", "articlepage"]),
        PAGE_STAFF,
    ),
    # --- The clinical review workflow --------------------------------------------------------
    Row(
        "workflow action: request changes",
        lambda w: reverse(
            "wagtailadmin_pages:workflow_action",
            args=[w.in_review.pk, "reject", w.task_state.pk],
        ),
        CLINICAL,
        method="post",
        data=lambda w: {"comment": "Please add the dose."},
        state=lambda w: TaskState.objects.get(pk=w.task_state.pk).status,
        ok=302,
    ),
    Row(
        "workflow action: approve",
        lambda w: reverse(
            "wagtailadmin_pages:workflow_action",
            args=[w.in_review.pk, "approve", w.task_state.pk],
        ),
        CLINICAL,
        method="post",
        data=lambda w: {"comment": "Checked against the guideline."},
        state=lambda w: TaskState.objects.get(pk=w.task_state.pk).status,
        ok=302,
    ),
    Row(
        "workflow action form",
        lambda w: reverse(
            "wagtailadmin_pages:workflow_action",
            args=[w.in_review.pk, "reject", w.task_state.pk],
        ),
        CLINICAL,
    ),
    Row(
        "workflow preview",
        lambda w: reverse(
            "wagtailadmin_pages:workflow_preview", args=[w.in_review.pk, w.task_state.task_id]
        ),
        CLINICAL,
    ),
    Row(
        "workflow history",
        page_url("workflow_history", pk("in_review")),
        PAGE_STAFF,
    ),
    Row(
        "workflow history detail",
        page_url("workflow_history_detail", pk("in_review"), pk("workflow_state")),
        PAGE_STAFF,
    ),
    Row("workflows", named("wagtailadmin_workflows:index"), ONLY_SUPERUSER),
    Row("workflow edit", named("wagtailadmin_workflows:edit", pk("workflow")), ONLY_SUPERUSER),
    Row(
        "workflow disable",
        named("wagtailadmin_workflows:disable", pk("workflow")),
        ONLY_SUPERUSER,
        method="post",
        data=lambda w: {},
        state=lambda w: Workflow.objects.get(pk=w.workflow.pk).active,
        ok=302,
    ),
    Row("workflow tasks", named("wagtailadmin_workflows:task_index"), ONLY_SUPERUSER),
    # --- Reports ----------------------------------------------------------------------------
    Row("reviews due", named("editorial_reviews_due"), PAGE_STAFF),
    Row("reviews due (results)", named("editorial_reviews_due_results"), PAGE_STAFF),
    Row("reviews due (CSV)", named("editorial_reviews_due", query="?export=csv"), PAGE_STAFF),
    Row("site history", named("wagtailadmin_reports:site_history"), PAGE_STAFF),
    Row("aging pages", named("wagtailadmin_reports:aging_pages"), PAGE_STAFF),
    Row("locked pages", named("wagtailadmin_reports:locked_pages"), PAGE_STAFF),
    Row("workflow report", named("wagtailadmin_reports:workflow"), PAGE_STAFF),
    Row("workflow tasks report", named("wagtailadmin_reports:workflow_tasks"), PAGE_STAFF),
    Row("page types report", named("wagtailadmin_reports:page_types_usage"), PAGE_STAFF),
    # The site has no form pages, so the Forms area is in no role's menu (only a superuser's
    # admin, which Wagtail leaves open).
    Row("form submissions", named("wagtailforms:index"), ONLY_SUPERUSER),
    # --- Snippets ----------------------------------------------------------------------------
    Row("snippets", named("wagtailsnippets:index"), PAGE_STAFF),
    Row("reviewers", snippet("tx_portal_reviewer", "list"), PAGE_STAFF),
    # --- staff: read-only pages of what editors may list but not change
    Row("reviewer inspect", snippet("tx_portal_reviewer", "inspect", pk("reviewer")), PAGE_STAFF),
    Row(
        "emergency guidance inspect",
        snippet("tx_portal_emergencyguidance", "inspect", pk("guidance")),
        PAGE_STAFF,
    ),
    Row(
        "help lines inspect",
        snippet("tx_portal_helplines", "inspect", pk("help_lines")),
        PAGE_STAFF,
    ),
    # --- end staff
    Row("reviewer add", snippet("tx_portal_reviewer", "add"), CLINICAL),
    Row("reviewer edit", snippet("tx_portal_reviewer", "edit", pk("reviewer")), CLINICAL),
    Row(
        "reviewer edit",
        snippet("tx_portal_reviewer", "edit", pk("reviewer")),
        CLINICAL,
        method="post",
        data=lambda w: form_data(w.reviewer, role="Changed role"),
        state=lambda w: fresh(w.reviewer).role,
        ok=302,
    ),
    Row("reviewer history", snippet("tx_portal_reviewer", "history", pk("reviewer")), CLINICAL),
    Row("reviewer copy", snippet("tx_portal_reviewer", "copy", pk("reviewer")), CLINICAL),
    Row(
        "reviewer add",
        snippet("tx_portal_reviewer", "add"),
        CLINICAL,
        method="post",
        data=lambda w: {"name": "Dr New", "credentials": "MD", "role": "GP", "user": ""},
        state=lambda w: Reviewer.objects.count(),
        ok=302,
    ),
    Row(
        "reviewer revision compare",
        lambda w: reverse(
            "wagtailsnippets_tx_portal_reviewer:revisions_compare",
            args=[w.reviewer.pk, "earliest", "latest"],
        ),
        CLINICAL,
    ),
    Row(
        "reviewer revision revert (editor)",
        snippet("tx_portal_reviewer", "revisions_revert", pk("reviewer"), pk("reviewer_revision")),
        CLINICAL,
    ),
    Row("reviewer usage", snippet("tx_portal_reviewer", "usage", pk("reviewer")), CLINICAL),
    Row("reviewer delete", snippet("tx_portal_reviewer", "delete", pk("reviewer")), ONLY_SUPERUSER),
    Row(
        "reviewer delete",
        snippet("tx_portal_reviewer", "delete", pk("reviewer")),
        ONLY_SUPERUSER,
        method="post",
        data=lambda w: {},
        state=lambda w: Reviewer.objects.filter(pk=w.reviewer.pk).exists(),
        ok=302,
    ),
    Row("emergency guidance", snippet("tx_portal_emergencyguidance", "list"), PAGE_STAFF),
    Row(
        "emergency guidance edit",
        snippet("tx_portal_emergencyguidance", "edit", pk("guidance")),
        CLINICAL,
    ),
    Row(
        "emergency guidance edit",
        snippet("tx_portal_emergencyguidance", "edit", pk("guidance")),
        CLINICAL,
        method="post",
        data=lambda w: form_data(w.guidance, steps="Call 911\nGive naloxone"),
        state=lambda w: fresh(w.guidance).steps,
        ok=302,
    ),
    Row(
        "emergency guidance history",
        snippet("tx_portal_emergencyguidance", "history", pk("guidance")),
        CLINICAL,
    ),
    Row("help lines", snippet("tx_portal_helplines", "list"), PAGE_STAFF),
    Row("help lines edit", snippet("tx_portal_helplines", "edit", pk("help_lines")), CLINICAL),
    Row(
        "help lines edit",
        snippet("tx_portal_helplines", "edit", pk("help_lines")),
        CLINICAL,
        method="post",
        data=lambda w: form_data(w.help_lines, helpline_number="1-800-000-0000"),
        state=lambda w: fresh(w.help_lines).helpline_number,
        ok=302,
    ),
    Row(
        "help lines history",
        snippet("tx_portal_helplines", "history", pk("help_lines")),
        CLINICAL,
    ),
    Row(
        "help lines revision compare",
        lambda w: reverse(
            "wagtailsnippets_tx_portal_helplines:revisions_compare",
            args=[w.help_lines.pk, "earliest", "latest"],
        ),
        CLINICAL,
    ),
    Row(
        "help lines delete",
        snippet("tx_portal_helplines", "delete", pk("help_lines")),
        ONLY_SUPERUSER,
    ),
    Row("emergency guidance add", snippet("tx_portal_emergencyguidance", "add"), ONLY_SUPERUSER),
    Row("search synonyms", snippet("site_search_searchsynonym", "list"), ONLY_SUPERUSER),
    Row(
        "search synonym add",
        snippet("site_search_searchsynonym", "add"),
        ONLY_SUPERUSER,
        method="post",
        data=lambda w: {"word": "bupe", "means": "buprenorphine"},
        state=lambda w: SearchSynonym.objects.count(),
        ok=302,
    ),
    Row(
        "search synonym edit",
        snippet("site_search_searchsynonym", "edit", pk("synonym")),
        ONLY_SUPERUSER,
    ),
    # --- Ask a question: readers' questions without a good answer (answers app) --------------
    Row(
        "unanswered questions",
        snippet("answers_unansweredquestion", "list"),
        PAGE_STAFF,
        shows=lambda response: b"qwzx how do i vlorp" in response.content,
    ),
    Row(
        "unanswered question chooser",
        named("wagtailsnippetchoosers_answers_unansweredquestion:choose"),
        PAGE_STAFF,
    ),
    # Editors clear a question they have dealt with. (Nobody adds or edits one: the add and edit
    # views refuse every role; a superuser is sent to the dashboard by Wagtail, so no row here.)
    Row(
        "unanswered question delete",
        snippet("answers_unansweredquestion", "delete", pk("unanswered")),
        {EDITOR, SUPERUSER},
    ),
    Row(
        "unanswered question delete",
        snippet("answers_unansweredquestion", "delete", pk("unanswered")),
        {EDITOR, SUPERUSER},
        method="post",
        data=lambda w: {},
        state=lambda w: UnansweredQuestion.objects.filter(pk=w.unanswered.pk).exists(),
        ok=302,
    ),
    # --- Settings ----------------------------------------------------------------------------
    Row("safety settings", settings_url("tx_portal", "safetysettings", "safety"), CLINICAL),
    Row(
        "safety settings",
        settings_url("tx_portal", "safetysettings", "safety"),
        CLINICAL,
        method="post",
        data=lambda w: form_data(w.safety, quick_exit_url="https://www.bbc.co.uk/weather"),
        state=lambda w: fresh(w.safety).quick_exit_url,
        ok=302,
    ),
    Row(
        "comment settings",
        settings_url("comments", "commentsettings", "comment_settings"),
        MODERATION,
    ),
    Row(
        "comment settings",
        settings_url("comments", "commentsettings", "comment_settings"),
        MODERATION,
        method="post",
        data=lambda w: form_data(w.comment_settings, close_after_days=7),
        state=lambda w: fresh(w.comment_settings).close_after_days,
        ok=302,
    ),
    # --- Images and documents -----------------------------------------------------------------
    Row("images", named("wagtailimages:index"), PAGE_STAFF),
    Row("image add", named("wagtailimages:add"), PAGE_STAFF),
    Row("image usage", named("wagtailimages:image_usage", pk("image")), {EDITOR, SUPERUSER}),
    Row("image upload", named("wagtailimages:add_multiple"), PAGE_STAFF),
    Row("image edit", named("wagtailimages:edit", pk("image")), {EDITOR, SUPERUSER}),
    Row(
        "image delete",
        named("wagtailimages:delete", pk("image")),
        # Wagtail counts "delete" as "change" for media: editors manage the library.
        {EDITOR, SUPERUSER},
        method="post",
        data=lambda w: {},
        state=lambda w: get_image_model().objects.filter(pk=w.image.pk).exists(),
        ok=302,
    ),
    Row("image chooser", named("wagtailimages_chooser:choose"), PAGE_STAFF),
    Row("documents", named("wagtaildocs:index"), PAGE_STAFF),
    Row("document add", named("wagtaildocs:add"), PAGE_STAFF),
    Row("document upload", named("wagtaildocs:add_multiple"), PAGE_STAFF),
    Row("document edit", named("wagtaildocs:edit", pk("document")), {EDITOR, SUPERUSER}),
    Row(
        "document delete",
        named("wagtaildocs:delete", pk("document")),
        {EDITOR, SUPERUSER},
        method="post",
        data=lambda w: {},
        state=lambda w: get_document_model().objects.filter(pk=w.document.pk).exists(),
        ok=302,
    ),
    Row("document chooser", named("wagtaildocs_chooser:choose"), PAGE_STAFF),
    Row("collections", named("wagtailadmin_collections:index"), ONLY_SUPERUSER),
    Row(
        "collection add",
        named("wagtailadmin_collections:add"),
        ONLY_SUPERUSER,
        method="post",
        data=lambda w: {"name": "Leaflets", "parent": Collection.get_first_root_node().pk},
        state=lambda w: Collection.objects.count(),
        ok=302,
    ),
    # --- Users, groups, sites ------------------------------------------------------------------
    Row("users", named("wagtailusers_users:index"), ONLY_SUPERUSER),
    Row("user add", named("wagtailusers_users:add"), ONLY_SUPERUSER),
    Row("user edit", named("wagtailusers_users:edit", pk("target_user")), ONLY_SUPERUSER),
    Row(
        "user edit: make superuser",
        named("wagtailusers_users:edit", pk("target_user")),
        ONLY_SUPERUSER,
        method="post",
        data=lambda w: {
            "username": w.target_user.username,
            "email": w.target_user.email,
            "first_name": "Target",
            "last_name": "User",
            "is_active": "on",
            "is_superuser": "on",
            "password1": "",
            "password2": "",
        },
        state=lambda w: get_user_model().objects.get(pk=w.target_user.pk).is_superuser,
        ok=302,
    ),
    Row(
        "user delete",
        named("wagtailusers_users:delete", pk("target_user")),
        ONLY_SUPERUSER,
        method="post",
        data=lambda w: {},
        state=lambda w: get_user_model().objects.filter(pk=w.target_user.pk).exists(),
        ok=302,
    ),
    Row("groups", named("wagtailusers_groups:index"), ONLY_SUPERUSER),
    Row("group edit", named("wagtailusers_groups:edit", pk("editors")), ONLY_SUPERUSER),
    Row(
        "group delete",
        named("wagtailusers_groups:delete", pk("editors")),
        ONLY_SUPERUSER,
        method="post",
        data=lambda w: {},
        state=lambda w: Group.objects.filter(pk=w.editors.pk).exists(),
        ok=302,
    ),
    Row("sites", named("wagtailsites:index"), ONLY_SUPERUSER),
    Row(
        "site delete",
        named("wagtailsites:delete", pk("site")),
        ONLY_SUPERUSER,
        method="post",
        data=lambda w: {},
        state=lambda w: Site.objects.count(),
        ok=302,
    ),
    Row("workflow add", named("wagtailadmin_workflows:add"), ONLY_SUPERUSER),
    Row("group add", named("wagtailusers_groups:add"), ONLY_SUPERUSER),
    Row("site edit", named("wagtailsites:edit", pk("site")), ONLY_SUPERUSER),
    # --- Redirects and promoted search results ----------------------------------------------
    Row("redirects", named("wagtailredirects:index"), {EDITOR, SUPERUSER}),
    Row("redirect add", named("wagtailredirects:add"), {EDITOR, SUPERUSER}),
    Row(
        "redirect add",
        named("wagtailredirects:add"),
        {EDITOR, SUPERUSER},
        method="post",
        data=lambda w: {
            "old_path": "/old-naloxone-page",
            "site": "",
            "is_permanent": "on",
            "redirect_page": "",
            "redirect_link": "https://findtreatment.gov/",
        },
        state=lambda w: Redirect.objects.count(),
        ok=302,
    ),
    Row("redirect edit", named("wagtailredirects:edit", pk("redirect")), {EDITOR, SUPERUSER}),
    Row(
        "redirect delete",
        named("wagtailredirects:delete", pk("redirect")),
        {EDITOR, SUPERUSER},
        method="post",
        data=lambda w: {},
        state=lambda w: Redirect.objects.filter(pk=w.redirect.pk).exists(),
        ok=302,
    ),
    Row("redirect import", named("wagtailredirects:start_import"), {EDITOR, SUPERUSER}),
    Row("promoted results", named("wagtailsearchpromotions:index"), ONLY_SUPERUSER),
    Row("promoted result add", named("wagtailsearchpromotions:add"), ONLY_SUPERUSER),
    Row(
        "promoted result edit",
        named("wagtailsearchpromotions:edit", pk("promoted_query")),
        ONLY_SUPERUSER,
    ),
    Row(
        "promoted result delete",
        named("wagtailsearchpromotions:delete", pk("promoted_query")),
        ONLY_SUPERUSER,
        method="post",
        data=lambda w: {},
        state=lambda w: SearchPromotion.objects.filter(query=w.promoted_query).count(),
        ok=302,
    ),
    Row("search terms report", named("wagtailsearchpromotions:search_terms"), ONLY_SUPERUSER),
    # --- Comments: the moderation area and every moderation action ----------------------------
    Row("comments queue", snippet("comments_portalcomment", "list"), MODERATION),
    Row(
        "comments queue (pending, searched)",
        lambda w: reverse("wagtailsnippets_comments_portalcomment:list") + "?status=pending&q=x",
        MODERATION,
    ),
    Row("comments queue (results)", snippet("comments_portalcomment", "list_results"), MODERATION),
    Row(
        "comments queue (CSV export)",
        lambda w: reverse("wagtailsnippets_comments_portalcomment:list") + "?export=csv",
        MODERATION,
    ),
    Row("comment detail", snippet("comments_portalcomment", "inspect", pk("comment")), MODERATION),
    Row("comment history", snippet("comments_portalcomment", "history", pk("comment")), MODERATION),
    Row(
        "comment history (results)",
        snippet("comments_portalcomment", "history_results", pk("comment")),
        MODERATION,
    ),
    Row(
        "comment add (sends moderators to the queue)",
        snippet("comments_portalcomment", "add"),
        MODERATION,
        ok=302,
    ),
    Row(
        "comment edit (sends moderators to the detail)",
        snippet("comments_portalcomment", "edit", pk("comment")),
        MODERATION,
        ok=302,
    ),
    Row(
        "comment delete",
        snippet("comments_portalcomment", "delete", pk("comment")),
        ONLY_SUPERUSER,
        method="post",
        data=lambda w: {},
        state=lambda w: PortalComment.objects.filter(pk=w.comment.pk).exists(),
        ok=302,
    ),
    *[
        Row(
            f"comment {action}",
            lambda w, action=action: reverse(
                "wagtailsnippets_comments_portalcomment:moderate", args=[w.comment.pk, action]
            ),
            MODERATION,
            method="post",
            data=lambda w: {},
            state=comment_status,
            ok=302,
        )
        for action in ["approve", "reject", "spam", "remove"]
    ],
    # --- staff: undoing a moderation action from the queue's message
    Row(
        "comment undo",
        lambda w: reverse("wagtailsnippets_comments_portalcomment:undo", args=[w.comment.pk]),
        MODERATION,
        method="post",
        data=lambda w: {"status": "rejected"},
        state=comment_status,
        ok=302,
    ),
    # --- end staff
    Row(
        "comment reply form",
        snippet("comments_portalcomment", "reply", pk("approved_comment")),
        MODERATION,
    ),
    Row(
        "comment reply",
        snippet("comments_portalcomment", "reply", pk("approved_comment")),
        MODERATION,
        method="post",
        data=lambda w: {
            "comment": "Thank you for sharing this.",
            "idempotency_key": "3f1e8a52-6b7c-4b43-9a9e-7d0c0d7b1a99",
        },
        state=lambda w: PortalComment.objects.count(),
        ok=302,
    ),
    *[
        row
        for action in ["approve", "reject", "spam", "remove"]
        for row in (
            Row(
                f"comments bulk {action}",
                bulk_url("comments", "portalcomment", f"comments-{action}", "comment"),
                MODERATION,
            ),
            Row(
                f"comments bulk {action}",
                bulk_url("comments", "portalcomment", f"comments-{action}", "comment"),
                MODERATION,
                method="post",
                data=lambda w: {},
                state=comment_status,
                ok=302,
            ),
        )
    ],
    # --- The Django admin ------------------------------------------------------------------------
    Row("django admin", named("admin:index"), ONLY_SUPERUSER, login="admin:login"),
    Row(
        "django admin users",
        named("admin:auth_user_changelist"),
        ONLY_SUPERUSER,
        login="admin:login",
    ),
    Row(
        "django admin: make superuser",
        named("admin:auth_user_change", pk("target_user")),
        ONLY_SUPERUSER,
        method="post",
        data=lambda w: {
            "username": w.target_user.username,
            "is_active": "on",
            "is_superuser": "on",
            "date_joined_0": "2026-01-01",
            "date_joined_1": "00:00:00",
        },
        state=lambda w: get_user_model().objects.get(pk=w.target_user.pk).is_superuser,
        ok=302,
        login="admin:login",
    ),
]


@dataclass
class World:
    home: object
    section: object
    page: object
    first_revision: object
    second_revision: object
    in_review: object
    workflow_state: object
    task_state: object
    workflow: object
    reviewer: object
    reviewer_revision: object
    guidance: object
    help_lines: object
    safety: object
    comment_settings: object
    comment: object
    approved_comment: object
    image: object
    document: object
    target_user: object
    editors: object
    site: object
    redirect: object
    promoted_query: object
    synonym: object
    users: dict
    unanswered: object = None


def staff(username, group=None, *, superuser=False):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    # As the demo accounts: every staff account is marked staff, so the Django admin's own
    # is_staff check is not what keeps non-superusers out of it.
    user.is_staff = True
    user.is_superuser = superuser
    user.save()
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def build_world():
    users = {
        EDITOR: staff("editor", "Editors"),
        REVIEWER: staff("clinician", "Clinical reviewers"),
        MODERATOR: staff("moderator", "Moderators"),
        SUPERUSER: staff("root", superuser=True),
    }
    ReviewerFactory(name="Dr Ada Clinician", user=users[REVIEWER])
    # Approving a clinical review needs a reviewer record, superusers included (tests/editorial).
    ReviewerFactory(name="Dr Root Clinician", user=users[SUPERUSER])
    home = HomePage.objects.get()
    section = ArticlePageFactory(parent=home, title="Guides", slug="guides")
    section.locked, section.locked_by, section.locked_at = True, users[SUPERUSER], timezone.now()
    section.save()
    page = ArticlePageFactory(parent=home, title="Naloxone", slug="naloxone")
    first_revision = page.save_revision(user=users[SUPERUSER])
    page.summary = "A second draft of the summary."
    second_revision = page.save_revision(user=users[SUPERUSER])
    second_revision.publish(user=users[SUPERUSER])
    page.refresh_from_db()

    in_review = ArticlePageFactory(parent=home, title="Methadone", slug="methadone", live=False)
    in_review.save_revision(user=users[EDITOR])
    workflow = in_review.get_workflow()
    workflow_state = workflow.start(in_review, users[EDITOR])
    safety = SafetySettings.load()
    if safety.help_lines_id is None:
        safety.help_lines = HelpLines.objects.create()
        safety.save()
    help_lines = safety.help_lines
    help_lines.save_revision(user=users[SUPERUSER])
    help_lines.save_revision(user=users[SUPERUSER])
    image = get_image_model().objects.create(
        title="A chart", file=get_test_image_file(), collection=Collection.get_first_root_node()
    )
    document = get_document_model().objects.create(
        title="A leaflet", collection=Collection.get_first_root_node()
    )
    document.file.save("leaflet.txt", ContentFile(b"A leaflet."))
    reviewer = ReviewerFactory()
    reviewer_revision = reviewer.save_revision(user=users[SUPERUSER])
    reviewer.role = "Psychiatrist"
    reviewer.save_revision(user=users[SUPERUSER])
    query = Query.get("narcan")
    SearchPromotion.objects.create(query=query, page=page, sort_order=0)
    return World(
        home=home,
        section=section,
        page=page,
        first_revision=first_revision,
        second_revision=second_revision,
        in_review=in_review,
        workflow_state=workflow_state,
        task_state=workflow_state.current_task_state,
        workflow=workflow,
        reviewer=reviewer,
        reviewer_revision=reviewer_revision,
        guidance=EmergencyGuidanceFactory(),
        help_lines=help_lines,
        safety=safety,
        comment_settings=CommentSettings.load(),
        comment=make_comment(page, "Is it safe with methadone?", status=CommentStatus.PENDING),
        approved_comment=make_comment(page, "This page helped me."),
        image=image,
        document=document,
        target_user=staff("target", "Editors"),
        editors=Group.objects.get(name="Editors"),
        site=Site.objects.get(is_default_site=True),
        redirect=Redirect.objects.create(old_path="/old-methadone", redirect_page=page),
        promoted_query=query,
        synonym=SearchSynonym.objects.create(word="narcan", means="naloxone"),
        users=users,
        unanswered=UnansweredQuestion.objects.create(
            text="qwzx how do i vlorp",
            first_asked=timezone.localdate(),
            last_asked=timezone.localdate(),
        ),
    )


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Made once for the module, inside a transaction rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)


def send(row, role, world):
    """The row's request(s) as `role` makes them: one, or for a preview the editor's two (the
    form sent with POST, then the preview shown with GET)."""
    client = Client()
    if role != ANONYMOUS:
        client.force_login(world.users[role])
    url = row.url(world)
    if row.method == "get":
        return [client.get(url)]
    if row.method == "post":
        return [client.post(url, row.data(world))]
    return [client.post(url, row.data(world)), client.get(url)]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("row", MATRIX, ids=lambda row: row.id)
def test_each_role_gets_exactly_its_answer_and_refused_actions_change_nothing(row, role, world):
    before = row.state(world) if row.state else None
    responses = send(row, role, world)
    after = row.state(world) if row.state else None

    for response in responses:
        status, location = response.status_code, response.get("Location", "")
        cell = f"{row.id} as {role}: got {status} {location}"
        if role in row.allowed:
            assert status == row.ok, cell
            if status == 302:
                # Wagtail's "permission denied" is a redirect to the dashboard (or the login).
                assert location.split("?")[0] not in {
                    reverse("wagtailadmin_home"),
                    reverse(row.login),
                }, cell
        elif role == ANONYMOUS:
            assert (status, location.split("?")[0]) == (302, reverse(row.login)), cell
        else:
            assert status == 403, cell
    if row.shows and role in row.allowed:
        assert row.shows(responses[-1]), f"{row.id} as {role}: answered, but not with the view"
    if row.state and role in row.allowed:
        assert after != before, f"{row.id} as {role}: answered {status} but changed nothing"
    elif row.state:
        assert after == before, f"{row.id} as {role}: refused, yet {before!r} became {after!r}"


def test_no_row_is_listed_twice():
    ids = [row.id for row in MATRIX]
    assert sorted(ids) == sorted(set(ids)), "rows with the same name and method"


# Admin URLs with no row, and why.
NOT_IN_MATRIX = {
    "admin/^.*": "the admin's catch-all 404",
    "admin/login": "signing in (see test_open_redirects)",
    "admin/logout": "signing out",
    "admin/password_reset": "the password reset for signed-out staff",
    "admin/jsi18n": "the admin's translations script",
    "admin/sprite": "the admin's icon sprite",
    "admin/failwhale": "Wagtail's test page for a server error",
    "admin/test404": "Wagtail's test page for a 404",
    "admin/block-preview": "a preview of a StreamField block type (no object, no data)",
    "admin/editing-sessions": "pings of an open editor, tied to a session id of the editor's",
}


def walk_routes(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from walk_routes(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern)


def area_of(route):
    """The admin area a URL route belongs to: admin/<area>, a snippet model's views or
    chooser, or the Django admin as a whole (it is closed to all but superusers at once)."""
    for prefix, depth in (
        ("admin/snippets/choose/", 2),
        ("admin/snippets/", 2),
        ("admin/", 1),
        ("django-admin/", 0),
    ):
        if route.startswith(prefix):
            parts = route[len(prefix) :].split("/")
            return prefix + "/".join(parts[:depth])
    return None


def test_every_admin_area_of_the_url_configuration_has_a_row(world):
    """Found in the URL configuration, not listed by hand: an admin area added later (an app, a
    snippet model) fails here until it has rows in the matrix."""
    covered = {area_of(resolve(row.url(world).split("?")[0]).route) for row in MATRIX}
    areas = {area_of(route) for route in walk_routes(get_resolver().url_patterns)} - {None}
    assert areas - covered - set(NOT_IN_MATRIX) == set()
    assert set(NOT_IN_MATRIX) <= areas, "an exemption names an area that no longer exists"


@pytest.mark.parametrize("role", [EDITOR, REVIEWER, SUPERUSER])
def test_only_a_superuser_can_publish_from_the_editor(world, role):
    """Editors and clinical reviewers publish only through the review workflow: the editor's
    Publish action from them saves a draft (Wagtail's answer, a 302 back to the editor) and
    leaves the live page as it was. A superuser's publishes at once."""
    client = Client()
    client.force_login(world.users[role])
    data = health_page_data(world.page.title, world.page.slug, summary="Published at once.")
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[world.page.pk]),
        {**data, "action-publish": "action-publish"},
    )
    assert response.status_code == 302
    live_summary = ArticlePage.objects.get(pk=world.page.pk).summary
    latest = fresh(world.page).get_latest_revision().as_object().summary
    assert latest == "Published at once.", "the edit is kept as a revision"
    if role == SUPERUSER:
        assert live_summary == "Published at once."
    else:
        assert live_summary == "A second draft of the summary.", f"{role} published directly"


def test_a_signed_in_reader_without_admin_access_is_refused_by_the_django_admin(world):
    reader = get_user_model().objects.create_user("reader", "reader@example.org", "pw")
    client = Client()
    client.force_login(reader)
    assert client.get(reverse("admin:index")).status_code == 403
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403


def test_a_moderation_action_without_its_csrf_token_is_refused_and_changes_nothing(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users[MODERATOR])
    url = reverse(
        "wagtailsnippets_comments_portalcomment:moderate", args=[world.comment.pk, "approve"]
    )
    assert client.post(url).status_code == 403
    assert fresh(world.comment).status == CommentStatus.PENDING


def test_the_comment_chooser_shows_editors_no_reader_comment(world):
    client = Client()
    client.force_login(world.users[EDITOR])
    response = client.get(reverse("wagtailsnippetchoosers_comments_portalcomment:choose"))
    assert response.status_code == 403
    assert world.comment.comment not in response.content.decode()
