"""The reader's comment form and the moderator's reply form.

The reader's form is django-comments-xtd's signed form (content type, page, timestamp, security
hash, honeypot) without the website, follow-up and reply fields, plus an idempotency key that is
part of the signature, so it cannot be swapped for someone else's.
"""

import uuid

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.encoding import force_str
from django_comments_xtd.forms import XtdCommentForm

SECURITY_FIELDS = ("timestamp", "security_hash", "content_type", "object_pk", "idempotency_key")
FORM_PROBLEM = (
    "This form had expired or was changed, so your comment was not sent. Your text is kept "
    "below: please check it and send it again."
)
HONEYPOT_PROBLEM = (
    "Your comment was not sent because the field below, meant to catch automated spam, was "
    "filled in. If you are a person, please empty it and send your comment again."
)


class PortalCommentForm(XtdCommentForm):
    idempotency_key = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, target_object, data=None, initial=None, **kwargs):
        initial = dict(initial or {})
        initial.setdefault("idempotency_key", str(uuid.uuid4()))
        self._initial_key = initial["idempotency_key"]
        super().__init__(target_object, data=data, initial=initial, **kwargs)
        for name in ("url", "followup", "reply_to"):
            del self.fields[name]
        self.fields["name"].widget = forms.TextInput(attrs={"autocomplete": "name"})
        self.fields["email"].label = "Email"
        self.fields["email"].help_text = "Never shown on the site."
        self.fields["email"].widget = forms.EmailInput(attrs={"autocomplete": "email"})
        self.fields["comment"].widget = forms.Textarea(attrs={"rows": 6})
        self.fields["comment"].help_text = (
            f"Up to {settings.COMMENT_MAX_LENGTH} characters. Please do not include your own "
            "or anyone else's personal details."
        )
        self.fields["honeypot"].label = "Leave this field empty"
        self.fields["honeypot"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def full_clean(self):
        super().full_clean()
        # Screen readers announce the message with the field it belongs to.
        for name, field in self.fields.items():
            if name in self.errors and not field.widget.is_hidden:
                described = [f"id_{name}_helptext"] if field.help_text else []
                field.widget.attrs["aria-describedby"] = " ".join([*described, f"id_{name}_error"])

    # --- the signature also covers the idempotency key -------------------------------------
    def generate_security_data(self):
        data = super().generate_security_data()
        key = getattr(self, "_initial_key", None) or str(uuid.uuid4())
        data["idempotency_key"] = key
        data["security_hash"] = self.keyed_hash(
            data["content_type"], data["object_pk"], data["timestamp"], key
        )
        return data

    def keyed_hash(self, content_type, object_pk, timestamp, key):
        value = "-".join([content_type, object_pk, str(timestamp), str(key)])
        return salted_hmac("tx_portal.comments.PortalCommentForm", value).hexdigest()

    def clean_security_hash(self):
        expected = self.keyed_hash(
            self.data.get("content_type", ""),
            self.data.get("object_pk", ""),
            self.data.get("timestamp", ""),
            self.data.get("idempotency_key", ""),
        )
        actual = self.cleaned_data["security_hash"]
        if not constant_time_compare(expected, actual):
            raise forms.ValidationError("Security hash check failed.")
        return actual

    def clean(self):
        cleaned = super().clean()
        target_type = str(self.target_object._meta)
        target_pk = force_str(self.target_object.pk)
        if self.data.get("content_type") != target_type or self.data.get("object_pk") != target_pk:
            self.add_error("object_pk", "The form belongs to another page.")
        return cleaned

    @property
    def has_security_problem(self):
        return any(name in self.errors for name in SECURITY_FIELDS)

    @property
    def has_honeypot_problem(self):
        return "honeypot" in self.errors

    def renew_security_data(self):
        """Fresh signed fields (and a new key) that keep what the reader typed, so they can
        send the form again after it expired or was tampered with."""
        data = self.data.copy()
        self._initial_key = str(uuid.uuid4())
        data.update(self.generate_security_data())
        self.data = data

    def get_comment_create_data(self, site_id=None):
        return {
            "content_type": ContentType.objects.get_for_model(self.target_object),
            "object_pk": force_str(self.target_object.pk),
            "content_object": self.target_object,
            "user_name": self.cleaned_data["name"],
            "user_email": self.cleaned_data["email"],
            "user_url": "",
            "comment": self.cleaned_data["comment"],
            "submit_date": timezone.now(),
            "site_id": site_id or settings.SITE_ID,
            "is_public": False,
            "is_removed": False,
            "thread_id": 0,
            "level": 0,
            "order": 1,
            "parent_id": 0,
            "followup": False,
            "idempotency_key": self.cleaned_data["idempotency_key"],
        }


class StaffReplyForm(forms.Form):
    comment = forms.CharField(
        label="Your reply",
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=settings.COMMENT_MAX_LENGTH,
        help_text="Published at once under the comment, marked as from the site's team.",
    )
    idempotency_key = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)
