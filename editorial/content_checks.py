"""Checks of a health page's content that warn without blocking a save."""

from .clinical_review import is_health_page


def health_page_problems(page):
    """Plain-language warnings about what a health page lacks; empty for other pages."""
    if not is_health_page(page):
        return []
    problems = []
    if not page.references:
        problems.append("This health page has no references: add the sources it relies on.")
    if page.reviewed_by_id is None:
        problems.append(
            "This health page has no clinical reviewer: one is recorded when a clinical "
            "reviewer approves it in the workflow."
        )
    return problems
