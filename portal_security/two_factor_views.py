"""The screens of two-factor sign-in: set up an authenticator app, enter a code, recovery codes.

The QR code is an SVG data: URI (the Content Security Policy allows data: images), with the key
also written out for apps that cannot scan. Setting up shows ten recovery codes once; each signs in
once in place of an app code.
"""

import segno
from django import forms
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.auth import require_admin_access

from .redirects import next_from_request
from .two_factor import SESSION_KEY

APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"
RECOVERY_CODES = 10


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        strip=True,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}
        ),
    )


CODE_MISMATCH = _("That code did not match. Check the time on your phone and type the newest code.")
CODE_REFUSED = _("That code did not work. Type the newest code from your app, or a recovery code.")


def _redirect_keeping_query(request, name):
    return HttpResponseRedirect(f"{reverse(name)}?{request.GET.urlencode()}")


def _after(request):
    return next_from_request(request, fallback="wagtailadmin_home")


def _pending_app_device(user):
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def _new_recovery_codes(user):
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


@never_cache
@sensitive_post_parameters("code")
@require_admin_access
def enrol(request):
    """Set up an authenticator app: scan, type the code it shows, keep the recovery codes."""
    user = request.user
    if TOTPDevice.objects.filter(user=user, confirmed=True).exists() and not user.is_verified():
        return _redirect_keeping_query(request, "portal_two_factor:verify")
    device = _pending_app_device(user)
    form = CodeForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        if device.verify_token(form.cleaned_data["code"].replace(" ", "")):
            with transaction.atomic():
                TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
                device.confirmed = True
                device.save()
                codes = _new_recovery_codes(user)
            otp_login(request, device)
            request.session[SESSION_KEY] = "portal_two_factor:verify"
            return render(
                request,
                "portal_security/two_factor_recovery_codes.html",
                {"codes": codes, "next": _after(request)},
            )
        form.add_error("code", CODE_MISMATCH)
    qr = segno.make(device.config_url, error="m")
    context = {
        "form": form,
        "qr_data_uri": qr.svg_data_uri(scale=5, border=2, dark="#000", light="#fff"),
        "secret": _spaced(device),
        "next": _after(request),
    }
    return render(request, "portal_security/two_factor_enrol.html", context)


def _spaced(device):
    from base64 import b32encode

    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@never_cache
@sensitive_post_parameters("code")
@require_admin_access
def verify(request):
    """The second step of signing in: a code from the app, or one recovery code."""
    user = request.user
    if not user_has_device(user):
        return _redirect_keeping_query(request, "portal_two_factor:enrol")
    form = CodeForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        device = match_token(user, form.cleaned_data["code"].replace(" ", ""))
        if device is not None:
            otp_login(request, device)
            return HttpResponseRedirect(_after(request))
        form.add_error("code", CODE_REFUSED)
    return render(
        request, "portal_security/two_factor_verify.html", {"form": form, "next": _after(request)}
    )


urlpatterns = [
    path("", verify, name="verify"),
    path("set-up/", enrol, name="enrol"),
]
