from django import template

from tx_portal import section_anchors

register = template.Library()


@register.filter
def body_sections(body):
    """The body's sections, each with its anchor (see tx_portal.section_anchors)."""
    return section_anchors.body_sections(body)
