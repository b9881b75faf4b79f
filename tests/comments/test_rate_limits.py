"""The rate limit is one count for all app server processes, with or without Redis; the
moderators' email is retried when it fails."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client

from comments import notifications
from comments.models import PortalComment, RateLimitCount

from .conftest import form_data, post_url

pytestmark = pytest.mark.django_db


def test_without_redis_the_count_is_shared_by_every_process(client, medication, settings):
    assert settings.COMMENT_RATE_LIMIT_STORE == "database"  # no REDIS_URL in the tests
    limit = settings.COMMENTS_PER_MINUTE
    for _ in range(limit):
        assert client.post(post_url(medication), form_data(medication)).status_code == 302
    # Another gunicorn worker has its own memory (nothing of the count) but the same database.
    cache.clear()
    other_worker = Client()
    assert other_worker.post(post_url(medication), form_data(medication)).status_code == 429
    assert PortalComment.objects.count() == limit
    assert RateLimitCount.objects.get().hits == limit + 1


def test_with_redis_the_count_lives_in_the_shared_cache(client, medication, settings):
    settings.COMMENT_RATE_LIMIT_STORE = "cache"
    for _ in range(settings.COMMENTS_PER_MINUTE):
        client.post(post_url(medication), form_data(medication))
    assert client.post(post_url(medication), form_data(medication)).status_code == 429
    assert not RateLimitCount.objects.exists()


@pytest.fixture
def queue(settings):
    """A task backend that keeps what is queued (and accepts "run later"), as the database
    queue does in production, without a worker."""
    settings.TASKS = {
        **settings.TASKS,
        "background": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"},
    }
    backend = notifications.send_moderator_email.get_backend()
    backend.clear()
    return backend


def test_a_failed_email_is_queued_again_and_sent_when_the_mail_server_is_back(
    client, medication, rules, settings, queue, django_capture_on_commit_callbacks
):
    rules.moderator_emails = "queue@staff.example"
    rules.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(post_url(medication), form_data(medication))
    (first,) = queue.results
    settings.EMAIL_BACKEND = "tests.comments.broken_mail.BrokenBackend"
    notifications.send_moderator_email.call(*first.args)
    assert mail.outbox == []
    (_, retry) = queue.results
    assert retry.args == [first.args[0], "waiting", 2]
    assert retry.task.run_after is not None, "tried again a little later, not at once"

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    notifications.send_moderator_email.call(*retry.args)
    assert [message.to for message in mail.outbox] == [["queue@staff.example"]]
