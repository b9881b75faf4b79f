"""Form data as the Wagtail page editor posts it, to create and edit pages through the admin."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def health_page_data(title, slug, reviewer=None, **fields):
    """The fields every health page has, with a body that uses each kind of block."""
    lists = {key: value for key, value in fields.items() if isinstance(value, list)}
    scalars = {key: value for key, value in fields.items() if not isinstance(value, list)}
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": f"A plain summary of {title}.",
            "body": streamfield(
                [
                    ("heading", {"text": "How it helps", "level": "h2"}),
                    ("paragraph", rich_text("<p>It helps people stay in treatment.</p>")),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Take care",
                            "text": rich_text("<p>Do not mix with alcohol.</p>"),
                        },
                    ),
                    (
                        "question_answer",
                        {"question": "Is it safe?", "answer": rich_text("<p>Yes, mostly.</p>")},
                    ),
                ]
            ),
            "references": streamfield(
                [
                    (
                        "reference",
                        {
                            "title": "Medications for Opioid Use Disorder",
                            "publisher": "SAMHSA",
                            "year": "2021",
                            "url": "https://store.samhsa.gov/",
                        },
                    )
                ]
            ),
            "last_reviewed": "2026-03-01",
            "reviewed_by": str(reviewer.pk) if reviewer else "",
            "next_review_due": "",
            "comments": inline_formset([]),
            **scalars,
        }
    )
    data.update(lists)
    return data


def add_page_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )


def edit_page_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def publish(data):
    return {**data, "action-publish": "action-publish"}


def count_queries(func):
    with CaptureQueriesContext(connection) as queries:
        func()
    return len(queries)
