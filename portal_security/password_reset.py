"""The staff password reset: throttled, and the same answer in the same time for every address.

Django's reset form looks the address up and, for an account, renders and sends the email inside
the request: a known address answered measurably slower than an unknown one, which tells anyone
which addresses have staff accounts. Here the request only records the address and hands it to a
task (django-tasks); the lookup and the email happen there. With an immediate task backend (the
default, no worker) the task still runs in the request, so the answer is also padded to
PASSWORD_RESET_MIN_SECONDS: the figures are in docs/security.md.

Throttles (both silent about whether the address has an account):
- per client address: PASSWORD_RESET_PER_ADDRESS requests per PASSWORD_RESET_WINDOW seconds, then
  a polite 429 on the form;
- per target email: PASSWORD_RESET_PER_EMAIL emails per window; past it the answer is the usual
  "sent" page and no email goes out, so one person's inbox cannot be flooded.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django_tasks import task

from tx_portal.client_address import client_address

from .throttle import over_limit

logger = logging.getLogger(__name__)


def _email_key(email):
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


@task()
def send_password_reset_email(email, form_path, domain, use_https, options):
    """Looks the address up and sends the reset email to each active account that has it."""
    from django.utils.module_loading import import_string

    form = import_string(form_path)(data={"email": email})
    if not form.is_valid():
        return
    form.save(domain_override=domain, use_https=use_https, **options)


class ThrottledPasswordResetMixin:
    throttled_template_name = "portal_security/password_reset_throttled.html"

    def post(self, request, *args, **kwargs):
        started = time.monotonic()
        try:
            return super().post(request, *args, **kwargs)
        finally:
            self._pad(started)

    @staticmethod
    def _pad(started):
        remaining = settings.PASSWORD_RESET_MIN_SECONDS - (time.monotonic() - started)
        if remaining > 0:
            time.sleep(remaining)

    def form_valid(self, form):
        window = settings.PASSWORD_RESET_WINDOW
        address = client_address(self.request) or "unknown"
        if over_limit(f"reset:addr:{address}", settings.PASSWORD_RESET_PER_ADDRESS, window):
            logger.warning("password reset throttled for address %s", address)
            return TemplateResponse(
                self.request,
                self.throttled_template_name,
                {"minutes": max(1, window // 60)},
                status=429,
            )
        email = form.cleaned_data["email"]
        per_email = settings.PASSWORD_RESET_PER_EMAIL
        if over_limit(f"reset:email:{_email_key(email)}", per_email, window):
            logger.warning("password reset emails to one address throttled")
        else:
            form_class = type(form)
            send_password_reset_email.enqueue(
                email,
                f"{form_class.__module__}.{form_class.__qualname__}",
                self.request.get_host(),
                self.request.is_secure(),
                {
                    "subject_template_name": self.subject_template_name,
                    "email_template_name": self.email_template_name,
                    "from_email": self.from_email,
                    "html_email_template_name": self.html_email_template_name,
                },
            )
        # The usual "if an account has this address, an email is on its way" page.
        return HttpResponseRedirect(self.get_success_url())
