"""Wagtail's workflow editor, robust to its page number.

Its list of the pages a workflow is assigned to reads `?p=` with int() and asks the paginator for
exactly that page, so `?p=abc`, `?p=0` or a page past the end (a mistyped or old URL) is a 500.
Django's `Paginator.get_page` answers any value with a page (the first or the last) instead.
"""

from django.core.paginator import Paginator
from wagtail.admin.views.workflows import Edit
from wagtail.models import Page


def paginated_pages(self):
    pages = Page.objects.filter(workflowpage__workflow=self.get_object())
    return Paginator(pages, self.MAX_PAGES).get_page(self.request.GET.get("p"))


def install():
    """Called once from the app's ready()."""
    Edit.get_paginated_pages = paginated_pages
