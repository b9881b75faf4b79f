"""What the comment library would otherwise leak: no avatar service sees a reader's email hash."""


def no_avatar(comment):
    """Replaces django-comments-xtd's gravatar URL (COMMENTS_XTD_API_GET_USER_AVATAR)."""
    return ""
