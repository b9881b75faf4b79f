"""A system check that fails when Wagtail changes under the project's patches.

`manage.py check` (and so `make checks`, `runserver` and `migrate`) reports an error for each
patch in `portal_security.upstream.PATCHES` that may no longer fit the installed Wagtail: another
version than the one it was written against, an upstream template whose content changed, an
upstream class or attribute that is gone, a patch whose own file is gone (a stale entry), and a
project template that overrides a Wagtail template without an entry.
"""

from importlib import import_module
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core import checks

from . import upstream

UPGRADE_HINT = (
    "Compare the patch with the installed upstream code, carry over what changed, then update "
    "its entry in portal_security/upstream.py (see portal_security/README.md)."
)


def check_upstream_patches(app_configs=None, **kwargs):
    errors = []
    for patch in upstream.PATCHES:
        errors += _check_patch(patch)
    errors += _check_unregistered_overrides()
    return errors


def _check_patch(patch):
    errors = []
    installed = upstream.installed_version(patch.package)
    if installed != patch.version:
        errors.append(
            checks.Error(
                f"Patch {patch.name!r} ({patch.ours}) was written against {patch.package} "
                f"{patch.version}; {installed or 'no version'} is installed. It replaces "
                f"{patch.replaces}.",
                hint=UPGRADE_HINT,
                obj=patch.name,
                id="portal_security.E001",
            )
        )
    if patch.upstream_template:
        path = upstream.upstream_template_path(patch)
        if path is None or not Path(path).is_file():
            errors.append(
                checks.Error(
                    f"Patch {patch.name!r} ({patch.ours}) overrides {patch.upstream_template} "
                    f"of {patch.upstream_app}, which is no longer installed.",
                    hint=UPGRADE_HINT,
                    obj=patch.name,
                    id="portal_security.E003",
                )
            )
        elif upstream.sha256_of(path) != patch.upstream_sha256:
            errors.append(
                checks.Error(
                    f"Patch {patch.name!r} ({patch.ours}) was copied from a version of "
                    f"{patch.upstream_template} that has changed: the installed {path} has "
                    f"sha256 {upstream.sha256_of(path)}, the patch records "
                    f"{patch.upstream_sha256}.",
                    hint=UPGRADE_HINT,
                    obj=patch.name,
                    id="portal_security.E002",
                )
            )
    if patch.upstream_attribute and not _resolves(patch.upstream_attribute):
        errors.append(
            checks.Error(
                f"Patch {patch.name!r} ({patch.ours}) replaces {patch.upstream_attribute}, "
                "which the installed version no longer has.",
                hint=UPGRADE_HINT,
                obj=patch.name,
                id="portal_security.E003",
            )
        )
    if not (Path(settings.BASE_DIR) / patch.ours).is_file():
        errors.append(
            checks.Error(
                f"Patch {patch.name!r} names {patch.ours}, which does not exist.",
                hint="Remove the entry from portal_security/upstream.py if the patch is gone.",
                obj=patch.name,
                id="portal_security.E004",
            )
        )
    return errors


def _resolves(dotted):
    # The longest importable module prefix, then attributes from there.
    parts = dotted.split(".")
    for split in range(len(parts), 0, -1):
        try:
            value = import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for attribute in parts[split:]:
            if not hasattr(value, attribute):
                return False
            value = getattr(value, attribute)
        return True
    return False


def project_template_dirs():
    """The template folders the project itself provides (its DIRS and its own apps')."""
    base = Path(settings.BASE_DIR).resolve()
    folders = [Path(folder) for engine in settings.TEMPLATES for folder in engine.get("DIRS", [])]
    for app_config in apps.get_app_configs():
        path = Path(app_config.path).resolve()
        # The project's own apps: inside the repository, not installed packages (a virtualenv
        # may live inside the repository too).
        if path.is_relative_to(base) and "site-packages" not in path.parts:
            folders.append(path / "templates")
    return [folder for folder in folders if folder.is_dir()]


def _upstream_template_dirs():
    return [
        Path(app_config.path) / "templates"
        for app_config in apps.get_app_configs()
        if app_config.name.split(".")[0] == "wagtail"
    ]


def _check_unregistered_overrides():
    registered = {patch.ours for patch in upstream.PATCHES}
    base = Path(settings.BASE_DIR).resolve()
    upstream_dirs = _upstream_template_dirs()
    errors = []
    for folder in project_template_dirs():
        for template in sorted(folder.rglob("*.html")):
            name = template.relative_to(folder).as_posix()
            if not any((upstream_dir / name).is_file() for upstream_dir in upstream_dirs):
                continue
            try:
                ours = template.resolve().relative_to(base).as_posix()
            except ValueError:
                ours = str(template)
            if ours not in registered:
                errors.append(
                    checks.Error(
                        f"{ours} overrides Wagtail's {name} without an entry in "
                        "portal_security/upstream.py.",
                        hint="Prefer an extension point (a template block, a hook); otherwise "
                        "record the patch with the upstream file's sha256.",
                        obj=ours,
                        id="portal_security.E005",
                    )
                )
    return errors
