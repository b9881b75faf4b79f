"""What a reader's own browser remembers: the comments they sent that still await moderation.

Only the browser that sent a comment sees it before approval; nobody else does. It is remembered
in a signed cookie of its own (no session, nothing stored on the server), kept for
COMMENT_READER_COOKIE_SECONDS: as long as moderation usually takes, not the two weeks of a session.
The comment form says so. The page cache and the shared cache in front never serve a cached page
to a browser carrying this cookie (it must see its own comments).
"""

from django.conf import settings
from django.core import signing

REMEMBERED = 20
SALT = "comments.reader_session"


def remember(request, response, comment):
    sent = [pk for pk in sent_comment_ids(request) if pk != comment.pk]
    value = ".".join(str(pk) for pk in (sent + [comment.pk])[-REMEMBERED:])
    response.set_signed_cookie(
        settings.COMMENT_READER_COOKIE,
        value,
        salt=SALT,
        max_age=settings.COMMENT_READER_COOKIE_SECONDS,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def sent_comment_ids(request):
    cookies = getattr(request, "COOKIES", None) or {}
    if settings.COMMENT_READER_COOKIE not in cookies:
        return []
    try:
        value = request.get_signed_cookie(
            settings.COMMENT_READER_COOKIE,
            salt=SALT,
            max_age=settings.COMMENT_READER_COOKIE_SECONDS,
        )
    except (signing.BadSignature, KeyError):
        return []
    return [int(part) for part in value.split(".") if part.isdigit()][-REMEMBERED:]
