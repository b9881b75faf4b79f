"""Checks of a health page's content that warn without blocking a save: the content lint's
findings (editorial.content_lint), shown to editors in the page editor and the user bar."""

from .content_lint import lint_page


def health_page_problems(page):
    """Plain-language warnings about what a health page lacks or gets wrong; empty for other
    pages."""
    return [finding.message for finding in lint_page(page)]
