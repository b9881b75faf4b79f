"""Reader comments: a custom comment app for django-contrib-comments (COMMENTS_APP = "comments")."""


def get_model():
    from .models import PortalComment

    return PortalComment


def get_form():
    from .forms import PortalCommentForm

    return PortalCommentForm
