"""Two-factor sign-in for staff: required for administrators and clinical reviewers when
TWO_FACTOR_REQUIRED is on (the test settings turn it off so the permission matrix describes roles;
here it is on), optional for other staff, with recovery codes that work once."""

import re
import time

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


@pytest.fixture(autouse=True)
def two_factor_required(settings):
    settings.TWO_FACTOR_REQUIRED = True


def staff(django_user_model, username, group=None, superuser=False):
    user = django_user_model.objects.create_user(
        username, f"{username}@example.org", PASSWORD, is_superuser=superuser
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def sign_in(username):
    client = Client()
    response = client.post(
        reverse("wagtailadmin_login"), {"username": username, "password": PASSWORD}
    )
    assert response.status_code == 302, "the password step"
    return client


def code_for(device, steps_ahead=0):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def forget_failures():
    """After a wrong code django-otp makes the next try wait (1 s, doubling): skip the wait."""
    TOTPDevice.objects.update(throttling_failure_count=0, throttling_failure_timestamp=None)


def pending_device(username):
    return TOTPDevice.objects.get(user__username=username, confirmed=False)


@pytest.mark.parametrize(
    "username,group,superuser",
    [("root", None, True), ("clinician", "Clinical reviewers", False)],
)
def test_administrators_and_reviewers_must_set_it_up_before_any_admin_screen(
    django_user_model, username, group, superuser
):
    staff(django_user_model, username, group, superuser)
    client = sign_in(username)
    response = client.get(reverse("wagtailadmin_pages:search"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("portal_two_factor:enrol") + "?next=")
    assert client.get(reverse("admin:index"))["Location"].startswith(
        reverse("portal_two_factor:enrol")
    ), "the Django admin too"


def test_setting_up_shows_recovery_codes_once_and_lets_the_user_through(django_user_model):
    staff(django_user_model, "root", superuser=True)
    client = sign_in("root")
    page = client.get(reverse("portal_two_factor:enrol"), {"next": "/admin/pages/"})
    assert page.status_code == 200
    content = page.content.decode()
    assert 'src="data:image/svg+xml' in content, "the QR code is a data: image (CSP img-src)"
    assert "<script" not in content.split("</main>")[0].split('id="main"')[1]
    device = pending_device("root")
    wrong = client.post(reverse("portal_two_factor:enrol"), {"code": "000000", "next": "/x/"})
    assert wrong.status_code == 200 and "did not match" in wrong.content.decode()
    forget_failures()
    done = client.post(
        reverse("portal_two_factor:enrol"), {"code": code_for(device), "next": "/admin/pages/"}
    )
    assert done.status_code == 200
    codes = re.findall(r"<li><code>(\w+)</code></li>", done.content.decode())
    assert len(codes) == 10
    assert set(StaticToken.objects.values_list("token", flat=True)) == set(codes)
    assert 'href="/admin/pages/"' in done.content.decode()
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


@pytest.fixture
def enrolled_root(django_user_model):
    """A superuser who set up an app; returns the device and the recovery codes."""
    staff(django_user_model, "root", superuser=True)
    client = sign_in("root")
    client.get(reverse("portal_two_factor:enrol"))
    device = pending_device("root")
    done = client.post(reverse("portal_two_factor:enrol"), {"code": code_for(device)})
    device.refresh_from_db()
    return device, re.findall(r"<li><code>(\w+)</code></li>", done.content.decode())


def test_a_new_sign_in_asks_for_a_code_and_a_right_one_lets_the_user_through(enrolled_root):
    device, _codes = enrolled_root
    client = sign_in("root")
    response = client.get(reverse("wagtailadmin_home"))
    assert response["Location"] == reverse("portal_two_factor:verify") + "?next=%2Fadmin%2F"
    form = client.get(response["Location"])
    assert form.status_code == 200 and "Enter your sign-in code" in form.content.decode()
    wrong = client.post(reverse("portal_two_factor:verify"), {"code": "123456", "next": "/admin/"})
    assert wrong.status_code == 200 and "did not work" in wrong.content.decode()
    assert client.get(reverse("wagtailadmin_home")).status_code == 302, "still not through"
    forget_failures()
    right = client.post(
        reverse("portal_two_factor:verify"), {"code": code_for(device, 1), "next": "/admin/"}
    )
    assert (right.status_code, right["Location"]) == (302, "/admin/")
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_a_recovery_code_works_once(enrolled_root):
    _device, codes = enrolled_root
    first = sign_in("root")
    response = first.post(reverse("portal_two_factor:verify"), {"code": codes[0]})
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert first.get(reverse("wagtailadmin_home")).status_code == 200
    second = sign_in("root")
    again = second.post(reverse("portal_two_factor:verify"), {"code": codes[0]})
    assert again.status_code == 200 and "did not work" in again.content.decode()
    assert StaticToken.objects.count() == 9


def test_a_bad_next_after_the_code_goes_to_the_dashboard(enrolled_root):
    _device, codes = enrolled_root
    client = sign_in("root")
    response = client.post(
        reverse("portal_two_factor:verify"), {"code": codes[1], "next": "//%09/example.com"}
    )
    assert response["Location"] == reverse("wagtailadmin_home")


def test_it_is_optional_for_editors_and_can_be_set_up(django_user_model):
    staff(django_user_model, "editor", "Editors")
    client = sign_in("editor")
    assert client.get(reverse("wagtailadmin_home")).status_code == 200, "not required"
    client.get(reverse("portal_two_factor:enrol"))
    device = pending_device("editor")
    client.post(reverse("portal_two_factor:enrol"), {"code": code_for(device)})
    later = sign_in("editor")
    assert later.get(reverse("wagtailadmin_home"))["Location"].startswith(
        reverse("portal_two_factor:verify")
    ), "once set up, it is asked for"


def test_signing_out_and_the_password_reset_are_reachable_before_the_code(enrolled_root):
    client = sign_in("root")
    assert client.get(reverse("wagtailadmin_password_reset")).status_code == 200
    assert client.post(reverse("wagtailadmin_logout")).status_code == 302
    assert "_auth_user_id" not in client.session
