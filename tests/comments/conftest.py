import time
import uuid

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse

from comments.forms import PortalCommentForm
from comments.models import CommentSettings, CommentStatus, PortalComment
from tests.factories import MedicationIndexPageFactory, MedicationPageFactory

PASSWORD = "pw"


@pytest.fixture
def medication(home):
    index = MedicationIndexPageFactory(parent=home)
    return MedicationPageFactory(parent=index, title="Buprenorphine", slug="buprenorphine")


@pytest.fixture
def rules(db):
    return CommentSettings.load()


def staff_user(django_user_model, username, group=None, **extra):
    user = django_user_model.objects.create_user(
        username, f"{username}@staff.example", PASSWORD, first_name=username.title(), **extra
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def moderator(django_user_model):
    return staff_user(django_user_model, "mona", "Moderators")


@pytest.fixture
def editor(django_user_model):
    return staff_user(django_user_model, "eddie", "Editors")


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("root", "root@staff.example", PASSWORD)


def signed_fields(page, seconds_ago=60):
    """The form's signed hidden fields as rendered `seconds_ago` (a page served from a cache was
    rendered before the reader loaded it)."""
    form = PortalCommentForm(page)
    timestamp = str(int(time.time()) - seconds_ago)
    return {
        "content_type": form.initial["content_type"],
        "object_pk": form.initial["object_pk"],
        "timestamp": timestamp,
        "security_hash": form.generate_security_hash(
            form.initial["content_type"], form.initial["object_pk"], timestamp
        ),
    }


def form_data(page, **fields):
    """What the page's comment form posts: its signed hidden fields, what the browser's script
    adds (a random key, the seconds the reader spent), and the reader's input."""
    data = signed_fields(page)
    data.update({"idempotency_key": str(uuid.uuid4()), "fill_seconds": "30"})
    data.update({"name": "Sam Reader", "email": "sam@reader.example", "honeypot": ""})
    data["comment"] = "Thank you, this helped me understand my options."
    data.update(fields)
    return data


def expired_form_data(page, **fields):
    """A genuine form, correctly signed, rendered longer ago than COMMENTS_TIMEOUT: refused for
    its age alone (changing only the timestamp would be refused as tampering instead)."""
    data = form_data(page, **fields)
    data.update(signed_fields(page, seconds_ago=settings.COMMENTS_TIMEOUT + 60))
    return data


def post_url(page):
    return reverse("comments:post", args=[page.pk])


@pytest.fixture
def post_comment(client):
    def post(page, **fields):
        return client.post(post_url(page), form_data(page, **fields))

    return post


def make_comment(page, text="A reader's comment.", status=CommentStatus.APPROVED, **fields):
    """A stored comment, as the post view leaves it (threading data included)."""
    defaults = {
        "user_name": "Alex",
        "user_email": "alex@reader.example",
        "site_id": 1,
    }
    defaults.update(fields)
    comment = PortalComment(content_object=page, comment=text, status=status, **defaults)
    comment.save()
    return comment
