"""The reader's comment form and the moderator's reply form.

The reader's form is django-contrib-comments' signed form (content type, page, timestamp, security
hash, honeypot) without the website field. It is one HTML for every reader, so a shared cache can
serve it for hours (COMMENT_FORM_MAX_AGE): nothing in it belongs to one reader. What does is filled
in by the browser (comments/static/comments/comment-form.js): a random idempotency key when the page
loads, and at submit the seconds since it loaded, for the minimum fill time. Without JavaScript the
key is empty (comments.idempotency then scopes the form by the reader's address and text) and the
fill time is counted from when the HTML was rendered (so an old cached page gives no protection
there: the honeypot and the rate limit still do).
"""

import time
import uuid

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.encoding import force_str
from django_comments.forms import CommentForm

from .models import PortalComment

SECURITY_FIELDS = ("timestamp", "security_hash", "content_type", "object_pk", "idempotency_key")
FORM_PROBLEM = (
    "This form had expired or was changed, so your comment was not sent. Your text is kept "
    "below: please check it and send it again."
)
HONEYPOT_PROBLEM = (
    "Your comment was not sent because the field below, meant to catch automated spam, was "
    "filled in. If you are a person, please empty it and send your comment again."
)
TOO_FAST = (
    "Your comment was sent very quickly after the page opened, as automated spam is, so it was "
    "not sent. Your text is kept below: please check it and send it again."
)


class PortalCommentForm(CommentForm):
    # Filled in by the browser; see the module's docstring.
    idempotency_key = forms.UUIDField(required=False, widget=forms.HiddenInput)
    fill_seconds = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)

    def __init__(self, target_object, data=None, initial=None, **kwargs):
        super().__init__(target_object, data=data, initial=initial, **kwargs)
        del self.fields["url"]
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

    def clean(self):
        cleaned = super().clean()
        target_type = str(self.target_object._meta)
        target_pk = force_str(self.target_object.pk)
        if self.data.get("content_type") != target_type or self.data.get("object_pk") != target_pk:
            self.add_error("object_pk", "The form belongs to another page.")
        if not self.has_security_problem:
            self.check_fill_time(cleaned)
        return cleaned

    def check_fill_time(self, cleaned):
        """The form cannot have been filled in sooner than it was rendered, nor (when the browser
        measured it) sooner than the page loaded."""
        seconds = time.time() - cleaned["timestamp"]
        if cleaned.get("fill_seconds") is not None:
            seconds = min(seconds, cleaned["fill_seconds"])
        if seconds < settings.COMMENT_MIN_FILL_SECONDS:
            self.add_error("fill_seconds", "Sent too soon after the page opened.")

    @property
    def has_security_problem(self):
        return any(name in self.errors for name in SECURITY_FIELDS)

    @property
    def has_honeypot_problem(self):
        return "honeypot" in self.errors

    @property
    def has_timing_problem(self):
        return "fill_seconds" in self.errors

    def renew_security_data(self):
        """Fresh signed fields that keep what the reader typed (and their key), so they can send
        the form again after it expired or was tampered with."""
        data = self.data.copy()
        data.update(self.generate_security_data())
        if "idempotency_key" in self.errors:
            data["idempotency_key"] = ""  # the browser's script fills in a new one
        self.data = data

    def build_comment(self, site_id=None):
        """The comment this valid form describes, not yet saved (the library's own version also
        looks for a duplicate with a query: the idempotency key's unique constraint does that)."""
        return PortalComment(
            content_type=ContentType.objects.get_for_model(self.target_object),
            object_pk=force_str(self.target_object.pk),
            page_id=self.target_object.pk,
            site_id=site_id or settings.SITE_ID,
            user_name=self.cleaned_data["name"],
            user_email=self.cleaned_data["email"],
            comment=self.cleaned_data["comment"],
            submit_date=timezone.now(),
        )


class StaffReplyForm(forms.Form):
    comment = forms.CharField(
        label="Your reply",
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=settings.COMMENT_MAX_LENGTH,
        help_text="Published at once under the comment, marked as from the site's team.",
    )
    idempotency_key = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)
