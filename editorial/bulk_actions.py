"""Which bulk actions an admin listing offers a user: only those the user could complete.

Wagtail's footer lists every registered bulk action of a model to everyone, so an editor was
offered Publish and Unpublish in the page explorer (editors submit for review, they never publish)
and a comment moderator was offered Delete in the queue; both ended on a refusal. The listing's
footer (templates/wagtailadmin/bulk_actions/footer.html) asks `permitted_actions` instead."""

from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

# Page actions and the page permission each needs somewhere in the tree.
PAGE_ACTION_PERMISSIONS = {"publish": "publish", "unpublish": "publish"}


def can_offer(user, model, action_type):
    if issubclass(model, Page):
        needed = PAGE_ACTION_PERMISSIONS.get(action_type)
        return needed is None or PagePermissionPolicy().user_has_permission(user, needed)
    if action_type == "delete":
        opts = model._meta
        return user.has_perm(f"{opts.app_label}.delete_{opts.model_name}")
    return True


def permitted_actions(user, app_label, model_name):
    """The registered bulk action classes of a model that `user` can complete, by priority."""
    actions = bulk_action_registry.get_bulk_actions_for_model(app_label, model_name)
    return sorted(
        (
            action
            for action in actions
            if all(can_offer(user, model, action.action_type) for model in action.models)
        ),
        key=lambda action: action.action_priority,
    )
