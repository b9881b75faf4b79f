"""The weekly email to clinical reviewers listing the reviews due."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from wagtail.admin.utils import get_admin_base_url

REVIEWER_GROUP = "Clinical reviewers"


def digest_recipients():
    """Active accounts in the Clinical reviewers group that have an email address."""
    return list(
        get_user_model()
        .objects.filter(groups__name=REVIEWER_GROUP, is_active=True)
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )


def digest_message(reviews, within_days, recipient):
    overdue = sum(review.is_overdue for review in reviews)
    body = render_to_string(
        "editorial/emails/review_digest.txt",
        {
            "reviews": reviews,
            "overdue": overdue,
            "within_days": within_days,
            "base_url": get_admin_base_url() or "",
        },
    )
    subject = f"Clinical reviews due: {len(reviews)} page{'s' if len(reviews) != 1 else ''}"
    if overdue:
        subject += f", {overdue} overdue"
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient])
