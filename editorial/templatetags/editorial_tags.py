from django import template
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.widgets import Button, ButtonWithDropdown, ListingButton

from editorial.bulk_actions import permitted_actions
from editorial.role_fit import can_work_on_pages

register = template.Library()


@register.filter
def works_on_pages(user):
    return can_work_on_pages(user)


@register.inclusion_tag("wagtailadmin/shared/buttons.html", takes_context=True)
def permitted_bulk_action_choices(context, app_label, model_name):
    """Wagtail's `bulk_action_choices`, without the actions the user could not complete."""

    actions = permitted_actions(context["request"].user, app_label, model_name)

    def action_url(action):
        return reverse("wagtail_bulk_action", args=[app_label, model_name, action.action_type])

    def attrs(action):
        return {"aria-label": action.aria_label, "data-bulk-action-button": ""}

    buttons = [
        ListingButton(
            action.display_name,
            action_url(action),
            attrs=attrs(action),
            priority=action.action_priority,
            classname=" ".join(action.classes | {"bulk-action-btn"}),
        )
        for action in actions[:4]
    ]
    if actions[4:]:
        buttons.append(
            ButtonWithDropdown(
                label=_("More"),
                attrs={"title": _("More bulk actions")},
                classname="button button-secondary button-small",
                buttons=[
                    Button(
                        label=action.display_name,
                        url=action_url(action),
                        attrs=attrs(action),
                        priority=action.action_priority,
                    )
                    for action in actions[4:]
                ],
            )
        )
    return {"buttons": buttons}
