"""How comments plug into the foundation's hooks: what makes cached pages stale, and the form
the outage page gives back to a reader. tx_portal knows nothing of comments; this wires them in
(from CommentsConfig.ready())."""

from tx_portal import cache_invalidation, outage, page_cache

from .forms import SECURITY_FIELDS
from .models import CommentSettings
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


def connect():
    cache_invalidation.watch(CommentSettings)
    # Approving, removing or replying to a comment changes the page it is on; comments that only
    # wait for moderation change nothing public, so a flood of new comments keeps the cache warm.
    public_comments_changed.connect(page_cache.invalidate, dispatch_uid="page-cache-comments")
    outage.keep_on_outage(COMMENT_FORM_ON_OUTAGE)
