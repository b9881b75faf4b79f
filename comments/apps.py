from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = "Reader comments"
    default_auto_field = "django.db.models.BigAutoField"
