"""What a reader's own browser remembers: the comments they sent that still await moderation.

Only the session that sent a comment sees it before approval; nobody else does.
"""

SESSION_KEY = "comments_sent"
REMEMBERED = 20


def remember(request, comment):
    sent = [pk for pk in request.session.get(SESSION_KEY, []) if pk != comment.pk]
    request.session[SESSION_KEY] = (sent + [comment.pk])[-REMEMBERED:]


def sent_comment_ids(request):
    session = getattr(request, "session", None)
    if session is None:
        return []
    return list(session.get(SESSION_KEY, []))
