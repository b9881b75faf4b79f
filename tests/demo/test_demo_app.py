"""The demo app (demo content, comments, accounts and fictional reviewers) exists only with the
development and test settings: a production install can neither load nor show demo material."""

import importlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from demo.data.reviewers import REVIEWERS
from tests.factories import ArticlePageFactory, ReviewerFactory
from tx_portal.models import Reviewer

PROJECT = Path(__file__).resolve().parents[2]
DEMO_NAMES = [reviewer["name"] for reviewer in REVIEWERS]

IN_PRODUCTION = """
import json, django
from django.apps import apps
from django.conf import settings
from django.core.management import CommandError, call_command
django.setup()
refused = {}
for command in ["load_demo_content", "create_demo_accounts"]:
    try:
        call_command(command)
    except CommandError as error:
        refused[command] = str(error)
print(json.dumps({"installed": apps.is_installed("demo"), "refused": refused,
                  "show_demo_reviewers": settings.SHOW_DEMO_REVIEWERS}))
"""


def test_production_settings_do_not_install_the_demo_app_or_its_commands(tmp_path):
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DEBUG", "LOCAL_HTTP"}},
        "DJANGO_SETTINGS_MODULE": "tx_portal.settings.production",
        "SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'production.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "-c", IN_PRODUCTION],
        env=env,
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    state = json.loads(result.stdout.strip().splitlines()[-1])
    assert state["installed"] is False
    assert state["show_demo_reviewers"] is False
    for command in ["load_demo_content", "create_demo_accounts"]:
        assert "Unknown command" in state["refused"][command], command


def test_development_settings_install_the_demo_app():
    dev = importlib.import_module("tx_portal.settings.dev")
    assert "demo" in dev.INSTALLED_APPS
    assert dev.SHOW_DEMO_REVIEWERS is True


# --- Demo reviewers -------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.usefixtures("demo_site")
def test_the_loader_flags_its_fictional_reviewers_as_demo_records():
    flagged = Reviewer.objects.filter(name__in=DEMO_NAMES, is_demo=True)
    assert flagged.count() == len(DEMO_NAMES)


@pytest.mark.django_db
@pytest.mark.usefixtures("demo_site")
def test_with_production_settings_no_page_names_a_demo_reviewer(client, settings):
    settings.SHOW_DEMO_REVIEWERS = False
    for url in ["/medications/buprenorphine/", "/therapies/family-therapy/", "/support/"]:
        html = client.get(url).content.decode()
        for name in DEMO_NAMES:
            assert name not in html, f"{url} names {name}"
        assert re.search(r'class="review-facts">\s*Reviewed on <time', html), url


@pytest.mark.django_db
@pytest.mark.usefixtures("demo_site")
def test_with_development_settings_the_demo_byline_is_shown(client):
    html = client.get("/medications/buprenorphine/").content.decode()
    assert "Reviewed by Alex Sample, MD, FASAM" in html


@pytest.mark.django_db
def test_with_production_settings_a_real_reviewer_is_still_named(client, settings, home):
    settings.SHOW_DEMO_REVIEWERS = False
    real = ArticlePageFactory(
        parent=home, slug="real", reviewed_by=ReviewerFactory(name="Dr Real Person")
    )
    demo = ArticlePageFactory(
        parent=home, slug="demo", reviewed_by=ReviewerFactory(name="Alex Sample", is_demo=True)
    )
    real_html = client.get(real.url).content.decode()
    assert "Reviewed by Dr Real Person" in real_html
    assert '"reviewedBy"' in real_html
    demo_html = client.get(demo.url).content.decode()
    assert "Alex Sample" not in demo_html
    assert '"reviewedBy"' not in demo_html, "the structured data names no demo reviewer either"
