"""The patches of Wagtail's internals fail loudly on an upgrade: `manage.py check` (run by
`make checks` with --fail-level WARNING) errors when the installed Wagtail is not the version a
patch was written against, when an upstream template a patch copies has changed, and when a
project template overrides Wagtail's without being recorded."""

import dataclasses
import shutil

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from portal_security import checks, upstream


def run_check():
    call_command("check", fail_level="WARNING", stdout=None)


def check_fails_with(*words):
    with pytest.raises(SystemCheckError) as failure:
        run_check()
    message = str(failure.value)
    for word in words:
        assert word in message, f"{word!r} not in:\n{message}"
    return message


def test_the_check_passes_on_the_wagtail_the_patches_were_written_for():
    run_check()


def test_every_recorded_hash_is_the_installed_upstream_file():
    templates = [patch for patch in upstream.PATCHES if patch.upstream_template]
    assert len(templates) >= 7, "the widget, search promotion, admin base and dashboard templates"
    for patch in templates:
        path = upstream.upstream_template_path(patch)
        assert upstream.sha256_of(path) == patch.upstream_sha256, patch.name


def test_another_wagtail_version_fails_the_check_naming_each_patch(monkeypatch):
    real = upstream.installed_version
    monkeypatch.setattr(
        upstream,
        "installed_version",
        lambda package: "7.5.0" if package == "wagtail" else real(package),
    )
    message = check_fails_with(
        "portal_security.E001",
        "'chooser-render' (portal_security/admin_widgets.py) was written against wagtail 7.4.4; "
        "7.5.0 is installed",
        "'workflow-pages-pagination'",
        "'create-element-nonce'",
    )
    assert message.count("portal_security.E001") == len(upstream.PATCHES)


def test_a_changed_upstream_template_fails_the_check(monkeypatch, tmp_path):
    [patch] = [p for p in upstream.PATCHES if p.name == "date-input-template"]
    changed = tmp_path / "date_input.html"
    shutil.copyfile(upstream.upstream_template_path(patch), changed)
    with changed.open("a") as file:
        file.write("<!-- a later Wagtail -->\n")
    real_path = upstream.upstream_template_path
    monkeypatch.setattr(
        upstream,
        "upstream_template_path",
        lambda p: changed if p.name == patch.name else real_path(p),
    )
    message = check_fails_with(
        "portal_security.E002",
        "'date-input-template' (portal_security/templates/wagtailadmin/widgets/date_input.html)",
        "wagtailadmin/widgets/date_input.html that has changed",
        patch.upstream_sha256,
    )
    assert message.count("portal_security.E002") == 1, "the other templates are unchanged"


def test_an_unchanged_copy_of_the_upstream_template_passes(monkeypatch, tmp_path):
    [patch] = [p for p in upstream.PATCHES if p.name == "dashboard-template"]
    copy = tmp_path / "home.html"
    shutil.copyfile(upstream.upstream_template_path(patch), copy)
    real_path = upstream.upstream_template_path
    monkeypatch.setattr(
        upstream, "upstream_template_path", lambda p: copy if p == patch else real_path(p)
    )
    run_check()


def test_a_replaced_upstream_method_that_is_gone_fails_the_check(monkeypatch):
    patches = [
        dataclasses.replace(p, upstream_attribute="wagtail.admin.views.workflows.Edit.gone")
        if p.name == "workflow-pages-pagination"
        else p
        for p in upstream.PATCHES
    ]
    monkeypatch.setattr(upstream, "PATCHES", tuple(patches))
    check_fails_with("portal_security.E003", "wagtail.admin.views.workflows.Edit.gone")


def test_an_entry_for_a_patch_that_was_removed_fails_the_check(monkeypatch):
    stale = dataclasses.replace(upstream.PATCHES[0], name="gone", ours="portal_security/gone.py")
    monkeypatch.setattr(upstream, "PATCHES", (*upstream.PATCHES, stale))
    check_fails_with("portal_security.E004", "portal_security/gone.py")


def test_an_unrecorded_override_of_a_wagtail_template_fails_the_check(monkeypatch, tmp_path):
    override = tmp_path / "wagtailadmin" / "pages" / "edit.html"
    override.parent.mkdir(parents=True)
    override.write_text("{# a copy nobody recorded #}")
    real_dirs = checks.project_template_dirs
    monkeypatch.setattr(checks, "project_template_dirs", lambda: [*real_dirs(), tmp_path])
    check_fails_with("portal_security.E005", "overrides Wagtail's wagtailadmin/pages/edit.html")
