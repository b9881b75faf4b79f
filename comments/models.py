"""Reader comments on health pages, readers' reports of them, and the rules staff set for them.

One table, one row per comment: django-contrib-comments' documented extension point for a custom
comment app (CommentAbstractModel, COMMENTS_APP) with what moderation on this site needs: a status,
the reason a comment was held, an urgent mark for crisis language, staff replies one level under a
reader's comment, and an idempotency key so one form stores one comment.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, validate_email
from django.db import models
from django.utils.text import Truncator
from django_comments.abstracts import CommentAbstractModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from tx_portal.crisis_language import DEFAULT_CRISIS_WORDS
from tx_portal.models import SettingInSharedFragments
from tx_portal.text import lines


class CommentStatus(models.TextChoices):
    PENDING = "pending", "Awaiting moderation"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    SPAM = "spam", "Spam"
    REMOVED = "removed", "Removed"


class PortalComment(CommentAbstractModel):
    """A reader's comment (or a staff reply) on one health page."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="reader_comments"
    )
    # A staff reply's reader comment; empty for a reader's comment. One level only.
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    status = models.CharField(
        max_length=10, choices=CommentStatus.choices, default=CommentStatus.PENDING
    )
    held_reason = models.CharField(max_length=255, blank=True)
    urgent = models.BooleanField(
        default=False, help_text="Crisis language: the reader may need help now."
    )
    is_staff_reply = models.BooleanField(default=False)
    # One per form a reader sent: a double click, a retry or a second tab stores one comment.
    idempotency_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    moderated_at = models.DateTimeField(null=True, blank=True)

    # A comment's link to its page is not a "usage" editors need, and indexing it cost about a
    # third of the time of a reader's post.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = "comment"
        verbose_name_plural = "comments"
        ordering = ["-urgent", "submit_date"]
        permissions = [("moderate_portalcomment", "Can moderate reader comments")]
        indexes = [models.Index(fields=["page", "status"], name="comments_page_status")]

    def __str__(self):
        return Truncator(self.comment).chars(60)

    def save(self, *args, **kwargs):
        # The status is the truth; the library's flags follow it so its own queries agree.
        self.is_public = self.status == CommentStatus.APPROVED
        self.is_removed = self.status == CommentStatus.REMOVED
        if not self.page_id and self.object_pk:
            self.page_id = int(self.object_pk)
        if not self.object_pk and self.page_id:
            self.object_pk = str(self.page_id)
        super().save(*args, **kwargs)

    @property
    def level(self):
        """0 for a reader's comment, 1 for a staff reply under one."""
        return 1 if self.parent_id else 0

    @property
    def author(self):
        """The name readers see; never the email address."""
        return self.user_name or "Anonymous"

    def excerpt(self):
        prefix = "Staff reply: " if self.is_staff_reply else ""
        return prefix + Truncator(self.comment).chars(80)

    excerpt.short_description = "Comment"


class CommentReport(models.Model):
    """A reader's report that an approved comment should not be there.

    A reader is their address, not a cookie: keyed hashes of the address and of its network (the
    /24 of an IPv4 address, the /64 of an IPv6 one), so no address is kept here."""

    comment = models.ForeignKey(PortalComment, on_delete=models.CASCADE, related_name="reports")
    reporter_key = models.CharField(max_length=64)
    network_key = models.CharField(max_length=64, blank=True)
    # False when the reporter's earlier reports were overruled by moderators: kept, not weighed.
    counted = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "reporter_key"], name="comments_one_report_per_reader"
            )
        ]

    def __str__(self):
        return f"Report on comment {self.comment_id}"


class RateLimitCount(models.Model):
    """How often one client did one thing in one minute: the rate limit's counter shared by every
    app server process when there is no Redis (comments.rate_limit)."""

    bucket = models.CharField(max_length=120, primary_key=True)
    minute = models.BigIntegerField(db_index=True)
    hits = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.bucket}: {self.hits}"


def validate_email_lines(value):
    for line in lines(value, bullets=False):
        try:
            validate_email(line)
        except ValidationError as error:
            raise ValidationError(f"“{line}” is not an email address.") from error


DEFAULT_POLICY = (
    "Comments are read by a moderator before they appear, usually within two working days. "
    "Please be kind and do not share personal details, dosing advice for someone else, or "
    "where to buy drugs. Your email address is never shown. Comments are not medical advice "
    "and we cannot answer personal medical questions here."
)
DEFAULT_HOLD_WORDS = "for sale\nvendor\ntelegram\nwhatsapp\nwickr\nsignal me\ntext me\ndm me"
DEFAULT_SPAM_WORDS = "casino\nviagra\npayday loan\ncrypto investment\nseo services\nescort"


@register_setting(icon="comment")
class CommentSettings(SettingInSharedFragments, BaseGenericSetting):
    """Who may comment and how arriving comments are treated. Moderators edit these."""

    class WhoCanComment(models.TextChoices):
        EVERYONE = "everyone", "Everyone"
        LOGGED_IN = "logged_in", "Logged-in users only"
        NOBODY = "nobody", "Nobody (comments closed everywhere)"

    who_can_comment = models.CharField(
        max_length=10, choices=WhoCanComment.choices, default=WhoCanComment.EVERYONE
    )
    close_after_days = models.PositiveIntegerField(
        default=180,
        help_text="Comments close this many days after a page is first published. 0 keeps "
        "them open.",
    )
    comment_policy = models.TextField(
        default=DEFAULT_POLICY, help_text="Shown above the comment form. Plain text."
    )
    auto_approve_returning = models.BooleanField(
        default=False,
        help_text="Publish at once comments from someone (same email address) who already has "
        "an approved comment, unless another rule holds them.",
    )
    hold_link_threshold = models.PositiveSmallIntegerField(
        default=2, help_text="Hold comments with this many links or more. 0 turns this rule off."
    )
    hold_words = models.TextField(
        blank=True,
        default=DEFAULT_HOLD_WORDS,
        help_text="One word or phrase per line: comments containing one are held.",
    )
    spam_words = models.TextField(
        blank=True,
        default=DEFAULT_SPAM_WORDS,
        help_text="One word or phrase per line: comments containing one are marked as spam.",
    )
    crisis_words = models.TextField(
        blank=True,
        default=DEFAULT_CRISIS_WORDS,
        help_text='One word or phrase per line ("don\'t" also finds "dont"): comments '
        "containing one go to the top of the queue marked urgent and the reader is shown the help "
        "lines at once.",
    )
    report_threshold = models.PositiveSmallIntegerField(
        default=3,
        validators=[MinValueValidator(1)],
        help_text="An approved comment reported by this many readers goes back to the queue.",
    )
    notify_moderators = models.BooleanField(
        default=True, help_text="Email moderators when a comment is waiting."
    )
    moderator_emails = models.TextField(
        blank=True,
        validators=[validate_email_lines],
        help_text="One address per line. Empty: every active member of the Moderators group.",
    )
    ip_retention_days = models.PositiveSmallIntegerField(
        default=30,
        validators=[MinValueValidator(1)],
        help_text="IP addresses are kept this long for abuse handling, then removed by the "
        "purge_comment_ips command.",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("who_can_comment"), FieldPanel("close_after_days")],
            heading="Who may comment",
        ),
        FieldPanel("comment_policy"),
        MultiFieldPanel(
            [
                FieldPanel("auto_approve_returning"),
                FieldPanel("hold_link_threshold"),
                FieldPanel("hold_words"),
                FieldPanel("spam_words"),
                FieldPanel("crisis_words"),
                FieldPanel("report_threshold"),
            ],
            heading="Moderation rules",
        ),
        MultiFieldPanel(
            [FieldPanel("notify_moderators"), FieldPanel("moderator_emails")],
            heading="Notifications",
        ),
        FieldPanel("ip_retention_days"),
    ]

    class Meta:
        verbose_name = "comments and moderation"
