from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = "Reader comments"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .moderation import register_health_pages
        from .signals import public_comments_changed

        register_health_pages()
        # An approved or removed comment, or a staff reply, changes only its page.
        public_comments_changed.connect(_purge_page_of_comments, dispatch_uid="comments-purge-page")


def _purge_page_of_comments(sender, page_id, **kwargs):
    from tx_portal import cache_invalidation

    cache_invalidation.purge_page(page_id)
