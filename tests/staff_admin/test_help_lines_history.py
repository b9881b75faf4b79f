"""The help lines' original numbers can be restored from History: the record made by a data
migration gets its first revision from another (tx_portal 0008)."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from tx_portal.models import HelpLines

pytestmark = pytest.mark.django_db

migration = importlib.import_module("tx_portal.migrations.0009_help_lines_initial_revision")


def test_a_help_lines_record_without_revisions_gets_one_with_its_numbers(admin_client):
    help_lines = HelpLines.objects.create(helpline_number="1-800-662-4357")
    assert help_lines.revisions.count() == 0

    migration.add_initial_revisions(apps, None)
    migration.add_initial_revisions(apps, None)  # run twice: still one

    help_lines.refresh_from_db()
    [revision] = help_lines.revisions.all()
    assert help_lines.latest_revision == revision
    assert revision.as_object().helpline_number == "1-800-662-4357"

    # An editor changes the number; History can bring the original back.
    help_lines.helpline_number = "1-800-000-0000"
    help_lines.save()
    help_lines.save_revision()
    history = admin_client.get(
        reverse("wagtailsnippets_tx_portal_helplines:history", args=[help_lines.pk])
    )
    assert history.status_code == 200
    revert = admin_client.get(
        reverse(
            "wagtailsnippets_tx_portal_helplines:revisions_revert",
            args=[help_lines.pk, revision.pk],
        )
    )
    assert revert.status_code == 200
    assert 'value="1-800-662-4357"' in revert.content.decode()
