"""The demo staff accounts (development only): create or reset them with their fixed passwords."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import reverse

from tx_portal.models import Reviewer

from .data.accounts import DEMO_ACCOUNTS
from .data.reviewers import REVIEWERS
from .loader import DemoContentError, create_snippet


def admin_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home")


def create_demo_accounts():
    """Create or reset the demo staff accounts. Returns [(account data, "created" or "reset")].

    Development only: refuses unless settings.DEMO_ACCOUNTS_ALLOWED is True.
    """
    if not getattr(settings, "DEMO_ACCOUNTS_ALLOWED", False):
        raise DemoContentError(
            "Demo accounts have fixed, published passwords and are for development only. "
            "They are refused because settings.DEMO_ACCOUNTS_ALLOWED is not True (use the dev "
            "settings)."
        )
    user_model = get_user_model()
    results = []
    with transaction.atomic():
        for account in DEMO_ACCOUNTS:
            group = None
            if account["group"]:
                group = Group.objects.filter(name=account["group"]).first()
                if group is None:
                    raise DemoContentError(
                        f"The group {account['group']!r} does not exist. Run `manage.py "
                        "migrate` first: migration tx_portal 0003 creates it."
                    )
            user, created = user_model.objects.get_or_create(username=account["username"])
            user.first_name = account["first_name"]
            user.last_name = account["last_name"]
            user.email = f"{account['username']}@example.com"
            user.is_staff = True
            user.is_active = True
            user.is_superuser = bool(account.get("superuser"))
            user.set_password(account["password"])
            user.save()
            user.groups.set([group] if group else [])
            if account.get("reviewer"):
                _link_reviewer(user, account["reviewer"])
            results.append((account, "created" if created else "reset"))
    return results


def _link_reviewer(user, name):
    data = next(reviewer for reviewer in REVIEWERS if reviewer["name"] == name)
    reviewer = Reviewer.objects.filter(name=name).order_by("pk").first()
    if reviewer is None:
        reviewer = create_snippet(Reviewer, data)
    Reviewer.objects.filter(user=user).exclude(pk=reviewer.pk).update(user=None)
    if reviewer.user_id != user.pk:
        reviewer.user = user
        reviewer.save(update_fields=["user"])
        reviewer.save_revision(log_action=True)
    return reviewer
