import pytest
from django.contrib.auth.models import Group
from django.test import Client

from tests.factories import ArticlePageFactory, ReviewerFactory


@pytest.fixture
def make_staff(django_user_model):
    def make(username, group=None, *, superuser=False, email=None):
        user = django_user_model.objects.create_user(
            username, email if email is not None else f"{username}@example.org", "pw"
        )
        user.is_superuser = superuser
        user.save()
        if group:
            user.groups.add(Group.objects.get(name=group))
        return user

    return make


@pytest.fixture
def editor(make_staff):
    return make_staff("editor", "Editors")


@pytest.fixture
def clinician(make_staff):
    """A clinical reviewer whose account is linked to a reviewer record."""
    user = make_staff("clinician", "Clinical reviewers")
    ReviewerFactory(name="Dr Ada Clinician", user=user)
    return user


@pytest.fixture
def moderator(make_staff):
    return make_staff("moderator", "Moderators")


@pytest.fixture
def superuser(make_staff):
    return make_staff("root", superuser=True)


@pytest.fixture
def client_for():
    """A separate signed-in browser per user, as when several people work at once."""

    def login(user):
        client = Client()
        client.force_login(user)
        return client

    return login


@pytest.fixture
def draft_article(home):
    """A health page never published and never reviewed."""
    return ArticlePageFactory(
        parent=home,
        title="Naloxone basics",
        slug="naloxone-basics",
        live=False,
        reviewed_by=None,
        last_reviewed=None,
    )
