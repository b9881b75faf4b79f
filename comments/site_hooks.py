"""How comments plug into the foundation's hooks: which pages a comment change purges from the
shared cache, and the form the outage page gives back to a reader. tx_portal knows nothing of
comments; this wires them in (from CommentsConfig.ready())."""

from django.db.models.signals import post_delete, post_save

from tx_portal import cache_invalidation, outage

from . import approved_list
from .forms import SECURITY_FIELDS
from .models import PortalComment
from .signals import public_comments_changed

COMMENT_FORM_ON_OUTAGE = outage.KeptForm(
    view_name="comments:post",
    # The signed hidden fields and the idempotency key, sent back as they came. The honeypot is
    # left out (it must be empty, and absent is empty).
    hidden_fields=SECURITY_FIELDS,
    typed_fields=(
        outage.KeptField("name", "Name", "text", "name"),
        outage.KeptField("email", "Email", "email", "email"),
        outage.KeptField("comment", "Comment", "textarea"),
    ),
    required_field="comment",
    heading="Your comment is kept below",
    explanation="We could not confirm that your comment was saved. Please send it again: if it "
    "did arrive, it will not be posted twice.",
    button="Send comment again",
)


def purge_page_of_comments(sender, page_id, **kwargs):
    cache_invalidation.purge_page(page_id)


def connect():
    # Approving, removing or replying to a comment changes only the page it is on; comments that
    # only wait for moderation change nothing public, so a flood of new comments purges nothing.
    # The comment settings are a site setting: the foundation purges everything when they change.
    public_comments_changed.connect(purge_page_of_comments, dispatch_uid="comments-purge-page")
    # The approved list (approved_list) is renewed from the saves and deletes themselves: the
    # moderation actions save the comment, and so does any other change to one.
    post_save.connect(
        approved_list.forget_on_save, sender=PortalComment, dispatch_uid="comments-list-saved"
    )
    post_delete.connect(
        approved_list.forget_on_delete, sender=PortalComment, dispatch_uid="comments-list-deleted"
    )
    outage.keep_on_outage(COMMENT_FORM_ON_OUTAGE)
