"""Sites whose moderators never changed the crisis word list get the new phrases; a list they
edited is kept as they made it."""

import importlib

import pytest
from django.apps import apps

from comments.models import CommentSettings
from tx_portal.crisis_language import DEFAULT_CRISIS_WORDS

pytestmark = pytest.mark.django_db

migration = importlib.import_module("comments.migrations.0005_more_crisis_phrases")


def stored_list(text):
    rules = CommentSettings.load()
    CommentSettings.objects.filter(pk=rules.pk).update(crisis_words=text)


def crisis_words_now():
    return CommentSettings.objects.get().crisis_words


def test_an_untouched_list_gets_the_new_phrases():
    stored_list(migration.EARLIER_DEFAULT)
    migration.untouched_lists_get_the_new_phrases(apps, None)
    assert crisis_words_now() == DEFAULT_CRISIS_WORDS
    assert "don't want to be alive" in crisis_words_now().splitlines()


def test_a_list_moderators_edited_is_kept():
    edited = migration.EARLIER_DEFAULT + "\nend it"
    stored_list(edited)
    migration.untouched_lists_get_the_new_phrases(apps, None)
    assert crisis_words_now() == edited
