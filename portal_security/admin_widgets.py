"""Wagtail's chooser widgets (page, image, document, snippet, task) without an inline <script>.

`BaseChooser.render` appends `<script>new PageChooser("id", {...});</script>` to the widget, which
the site's Content Security Policy blocks, leaving the chooser button dead. The replacement below
renders the same widget followed by an inert <template> carrying the initialiser's name, the
field's id and its options as data attributes; portal_security/admin-csp.js calls the same
initialiser. (In a StreamField Wagtail starts choosers from JavaScript and never used the script.)
"""

import json

from django.utils.html import format_html
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.admin.widgets.workflows import AdminTaskChooser


def initialiser_template(widget, id_, name, value_data):
    """The inert element that names the widget's initialiser, for admin-csp.js."""
    if isinstance(widget, AdminTaskChooser):
        # Its render_js_init calls `createTaskChooser(id)` instead of a constructor.
        return format_html(
            '<template data-portal-chooser-function="createTaskChooser" '
            'data-portal-chooser-for="{}"></template>',
            id_,
        )
    return format_html(
        '<template data-portal-chooser="{}" data-portal-chooser-for="{}" '
        'data-portal-chooser-options="{}"></template>',
        widget.js_constructor,
        id_,
        json.dumps(widget.get_js_init_options(id_, name, value_data)),
    )


def render_without_inline_script(self, name, value, attrs=None, renderer=None):
    try:
        id_ = attrs["id"]
    except (KeyError, TypeError) as e:
        raise TypeError("BaseChooser cannot be rendered without an 'id' attribute") from e
    value_data = self.get_value_data(value)
    # render_html returns Wagtail's rendered (safe) template, so format_html keeps it as is.
    widget_html = self.render_html(name, value_data, attrs)
    return format_html("{}{}", widget_html, initialiser_template(self, id_, name, value_data))


def install():
    """Called once from the app's ready()."""
    BaseChooser.render = render_without_inline_script
