"""Dependencies point down: the foundation (`tx_portal`) imports no feature app.

Every module of tx_portal (settings, migrations and management commands included) is read as a
syntax tree, so an import inside a function, one made with `importlib.import_module("...")` and
one a condition hides are all found. Feature apps wire themselves into tx_portal's hooks from
their own `AppConfig.ready()` instead (see docs/architecture.md).
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOUNDATION = ROOT / "tx_portal"

# The apps that sit on top of the foundation: every app folder of the project other than
# tx_portal, and the ones on their way in, named in case a module imports them first.
FEATURE_APPS = sorted(
    {path.parent.name for path in ROOT.glob("*/apps.py")} - {"tx_portal"}
    | {
        "answers",
        "articles",
        "comments",
        "demo",
        "detox",
        "editorial",
        "medications",
        "portal_security",
        "site_search",
        "therapies",
    }
)

# The demo content is leaving tx_portal for the demo app; until these files are gone they may
# import the apps whose pages they build. The exception lapses by itself once they are deleted:
# it names these files and no others, and a path that no longer exists excuses nothing.
LEAVING = {
    "tx_portal/demo_content.py",
    "tx_portal/management/commands/load_demo_content.py",
    "tx_portal/management/commands/create_demo_accounts.py",
}


def foundation_modules():
    for path in sorted(FOUNDATION.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative not in LEAVING:
            yield path


def imported_names(tree):
    """(line, dotted name) of everything a module imports, wherever the import is."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                yield node.lineno, node.module
        elif isinstance(node, ast.Call) and node.args:
            function = node.func
            name = getattr(function, "id", None) or getattr(function, "attr", None)
            first = node.args[0]
            if (
                name in {"import_module", "__import__"}
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                yield node.lineno, first.value


def feature_imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    relative = path.relative_to(ROOT).as_posix()
    return [
        f"{relative}:{line} imports {name}"
        for line, name in imported_names(tree)
        if name.split(".")[0] in FEATURE_APPS
    ]


def test_no_module_of_tx_portal_imports_a_feature_app():
    offending = [found for path in foundation_modules() for found in feature_imports(path)]
    assert not offending, "tx_portal must not import feature apps:\n" + "\n".join(offending)


def test_the_walk_reads_every_kind_of_module_of_tx_portal():
    walked = {path.relative_to(FOUNDATION).as_posix() for path in foundation_modules()}
    for module in ("models.py", "urls.py", "settings/base.py", "structured_data.py", "outage.py"):
        assert module in walked
    assert any(module.startswith("migrations/0") for module in walked)
    assert any(module.startswith("templatetags/") for module in walked)


@pytest.mark.parametrize(
    "source",
    [
        "from comments.models import CommentSettings",
        "import medications.models",
        "def f():\n    from detox.models import DetoxPhasePage\n",
        "if True:\n    import site_search as search\n",
        "import importlib\nimportlib.import_module('therapies.models')\n",
    ],
)
def test_the_walk_finds_a_feature_import_however_it_is_written(tmp_path, monkeypatch, source):
    module = tmp_path / "tx_portal" / "example.py"
    module.parent.mkdir()
    module.write_text(source)
    monkeypatch.setattr("tests.tx_portal.test_architecture.ROOT", tmp_path, raising=True)
    [found] = feature_imports(module)
    assert found.startswith("tx_portal/example.py:")


def test_the_walk_allows_the_foundation_and_libraries():
    tree = ast.parse(
        "from . import page_cache\nfrom tx_portal.models import HealthPage\n"
        "from wagtail.models import Page\nimport django.db\n"
    )
    assert [name for _, name in imported_names(tree)] == [
        "tx_portal.models",
        "wagtail.models",
        "django.db",
    ]
