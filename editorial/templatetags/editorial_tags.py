from django import template

from editorial.role_fit import can_work_on_pages

register = template.Library()


@register.filter
def works_on_pages(user):
    return can_work_on_pages(user)
