"""Wagtail's chooser widgets (page, image, document, snippet, task) without an inline <script>.

`BaseChooser.render` appends `<script>new PageChooser("id", {...});</script>` to the widget, which
the site's Content Security Policy blocks, leaving the chooser button dead. The replacement below
renders the same widget followed by an inert <template> carrying the initialiser's name, the
field's id and its options as data attributes; portal_security/admin-csp.js calls the same
initialiser. (In a StreamField Wagtail starts choosers from JavaScript and never used the script.)
"""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.admin.widgets.workflows import AdminTaskChooser


def initialiser_data(widget, id_, name, value_data):
    """(data attribute, global JavaScript name, options) for the widget's initialiser."""
    if isinstance(widget, AdminTaskChooser):
        # Its render_js_init calls `createTaskChooser(id)` instead of a constructor.
        return "data-portal-chooser-function", "createTaskChooser", None
    return (
        "data-portal-chooser",
        widget.js_constructor,
        widget.get_js_init_options(id_, name, value_data),
    )


def render_without_inline_script(self, name, value, attrs=None, renderer=None):
    try:
        id_ = attrs["id"]
    except (KeyError, TypeError) as e:
        raise TypeError("BaseChooser cannot be rendered without an 'id' attribute") from e
    value_data = self.get_value_data(value)
    widget_html = self.render_html(name, value_data, attrs)
    attribute, initialiser, options = initialiser_data(self, id_, name, value_data)
    start = format_html(
        '<template {}="{}" data-portal-chooser-for="{}" data-portal-chooser-options="{}">'
        "</template>",
        mark_safe(attribute),  # noqa: S308 - one of two constant attribute names above
        initialiser,
        id_,
        json.dumps(options or {}),
    )
    return mark_safe(widget_html + start)  # noqa: S308 - widget_html is Wagtail's rendered widget


def install():
    """Called once from the app's ready()."""
    BaseChooser.render = render_without_inline_script
