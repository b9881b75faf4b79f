from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.management import CommandError, call_command

from demo.data.accounts import DEMO_ACCOUNTS
from tx_portal.models import Reviewer

pytestmark = pytest.mark.django_db

User = get_user_model()
EXPECTED_GROUPS = {
    "admin": [],
    "editor": ["Editors"],
    "moderator": ["Moderators"],
    "reviewer": ["Clinical reviewers"],
}


def create_accounts():
    out = StringIO()
    call_command("create_demo_accounts", stdout=out)
    return out.getvalue()


def test_refused_unless_demo_accounts_are_allowed(settings):
    settings.DEMO_ACCOUNTS_ALLOWED = False
    with pytest.raises(CommandError, match="DEMO_ACCOUNTS_ALLOWED"):
        create_accounts()
    assert not User.objects.exists()


def test_refused_when_the_setting_is_missing(settings):
    del settings.DEMO_ACCOUNTS_ALLOWED
    with pytest.raises(CommandError, match="development only"):
        create_accounts()
    assert not User.objects.exists()


def test_creates_the_accounts_in_their_groups():
    create_accounts()
    users = {user.username: user for user in User.objects.all()}
    assert set(users) == set(EXPECTED_GROUPS)
    for username, groups in EXPECTED_GROUPS.items():
        user = users[username]
        assert user.is_staff and user.is_active
        assert list(user.groups.values_list("name", flat=True)) == groups
        assert user.is_superuser == (username == "admin")


def test_the_reviewer_account_is_linked_to_a_reviewer_snippet():
    create_accounts()
    reviewer = Reviewer.objects.get(user__username="reviewer")
    assert reviewer.name == "Alex Sample"


def test_the_reviewer_link_uses_the_loaded_demo_reviewer(home):
    call_command("load_demo_content", stdout=StringIO())
    create_accounts()
    assert Reviewer.objects.count() == 3
    assert Reviewer.objects.get(name="Alex Sample").user.username == "reviewer"


def test_the_output_lists_usernames_passwords_and_the_admin_url():
    output = create_accounts()
    for account in DEMO_ACCOUNTS:
        assert account["username"] in output
        assert account["password"] in output
        assert account["role"] in output
    assert "http://127.0.0.1:8000/admin/" in output


def test_running_again_duplicates_nothing_and_resets_passwords_and_groups():
    create_accounts()
    editor = User.objects.get(username="editor")
    editor.set_password("something-else-entirely")
    editor.is_superuser = True
    editor.save()
    editor.groups.clear()
    Reviewer.objects.update(user=None)

    output = create_accounts()
    assert User.objects.count() == 4
    assert Reviewer.objects.count() == 1
    editor.refresh_from_db()
    assert editor.check_password("editor-demo-2026")
    assert not editor.is_superuser
    assert list(editor.groups.values_list("name", flat=True)) == ["Editors"]
    assert Reviewer.objects.get().user.username == "reviewer"
    assert "reset" in output


def test_the_users_can_log_in_to_the_admin(client):
    create_accounts()
    for account in DEMO_ACCOUNTS:
        assert client.login(username=account["username"], password=account["password"])
        assert client.get("/admin/").status_code == 200, account["username"]
        client.logout()


def test_the_demo_passwords_pass_the_password_validators():
    create_accounts()
    for account in DEMO_ACCOUNTS:
        validate_password(account["password"], User.objects.get(username=account["username"]))
