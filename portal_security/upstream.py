"""Every place the project patches or copies Wagtail's internals, in one list.

Each is a debt: it was written against one version of Wagtail and nothing in Wagtail promises it
keeps working. `portal_security.checks` fails `manage.py check` when the installed version is not
the one a patch was written against, when an upstream template a patch copies or overrides has
changed (its sha256 differs from the one recorded here, computed from the installed file), when
the upstream thing a patch replaces is gone, and when a project template overrides a Wagtail
template without an entry here. portal_security/README.md explains each patch for a reader.

Upgrading Wagtail: for each failing entry, compare the upstream file with the project's copy (or
re-read the patched method), carry over Wagtail's changes, then record the new version and hash
(`python -m portal_security.upstream` prints the current hashes). Better: replace the patch
with an extension point and delete its entry.
"""

import hashlib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path


@dataclass(frozen=True)
class Patch:
    name: str
    ours: str  # the project file that holds the patch, relative to the repository
    replaces: str  # what upstream it replaces: a dotted attribute, a template, a browser API
    why: str
    package: str = "wagtail"
    version: str = "7.4.4"  # the package version the patch was written against
    # A dotted path that must still exist upstream (the class or attribute replaced).
    upstream_attribute: str = ""
    # For a copied or overridden template: the upstream app that ships it, its template name and
    # the sha256 of that upstream file in `version`.
    upstream_app: str = ""
    upstream_template: str = ""
    upstream_sha256: str = ""


CSP_TEMPLATE_WHY = (
    "Wagtail's template starts its widget with an inline <script>, which the site's Content "
    "Security Policy blocks; the copy puts the widget's settings in data attributes and "
    "portal_security/static/portal_security/admin-csp.js calls the same initialiser."
)

CSP_PROMOTIONS_WHY = CSP_TEMPLATE_WHY + " Here: the promoted-results formset and query chooser."


def template_patch(name, ours, upstream_app, upstream_template, upstream_sha256, how, why):
    """A project template that copies or overrides `upstream_template` of `upstream_app`."""
    return Patch(
        name=name,
        ours=ours,
        replaces=f"{upstream_template} ({how})",
        why=why,
        upstream_app=upstream_app,
        upstream_template=upstream_template,
        upstream_sha256=upstream_sha256,
    )


PATCHES = (
    Patch(
        name="autosave-hydrate-parameter",
        ours="editorial/wagtail_hooks.py",
        replaces="reads the edit view's private `_w_hydrate_create_view` query parameter",
        why="After autosave first saves a new page, the editor fetches the edit view in the "
        "background with this parameter to bring the form up to date; the editor's warnings "
        "must not be queued by that request (they would show later, doubled). No public "
        "attribute of the request says it is a hydrate request.",
        upstream_attribute="wagtail.admin.views.pages.edit.EditView.hydrate_create_view",
    ),
    Patch(
        name="chooser-render",
        ours="portal_security/admin_widgets.py",
        replaces="wagtail.admin.widgets.chooser.BaseChooser.render (assigned in install())",
        why="BaseChooser.render appends `<script>new PageChooser(...)</script>` to every chooser "
        "(page, image, document, snippet, task), which the CSP blocks; the replacement renders an "
        "inert <template> with the same constructor name and options for admin-csp.js.",
        upstream_attribute="wagtail.admin.widgets.chooser.BaseChooser.render",
    ),
    Patch(
        name="spreadsheet-cells",
        ours="portal_security/spreadsheet_export.py",
        replaces="wagtail.admin.views.mixins.SpreadsheetExportMixin.preprocess_field_value "
        "(wrapped in install())",
        why="Wagtail has no hook for a cell's value: CSV cells starting with = + - @ (or a tab or "
        "CR) would run as formulas in a spreadsheet, and control characters make the XLSX "
        "export fail; the wrapper escapes the first and replaces the second.",
        upstream_attribute="wagtail.admin.views.mixins.SpreadsheetExportMixin.preprocess_field_value",
    ),
    Patch(
        name="page-cached-urls",
        ours="tx_portal/purge_lists.py",
        replaces="calls wagtail.contrib.frontend_cache.utils._get_page_cached_urls (private)",
        why="The purge lists need every URL a page is cached under (each site, each locale, "
        "routable sub-pages) exactly as frontend_cache's own purge computes them; the function "
        "that does it is private.",
        upstream_attribute="wagtail.contrib.frontend_cache.utils._get_page_cached_urls",
    ),
    Patch(
        name="page-serving",
        ours="tx_portal/page_serving.py",
        replaces="wagtail.views.serve (the URL pattern is replaced; Page.route is mirrored)",
        why="Wagtail's route() walks the tree one query per level; the view finds a page by its "
        "url_path in one query and keeps route()'s rules (drafts, view restrictions, aliases, "
        "sites). Its own check, tx_portal.E001, also fails when the mirrored upstream code "
        "changes.",
        upstream_attribute="wagtail.views.serve",
    ),
    Patch(
        name="workflow-pages-pagination",
        ours="editorial/workflow_admin.py",
        replaces="wagtail.admin.views.workflows.Edit.get_paginated_pages (assigned in install())",
        why="Wagtail reads ?p= with int() and asks for exactly that page, so ?p=abc, ?p=0 or a "
        "page past the end is a 500; Paginator.get_page answers any value with a page.",
        upstream_attribute="wagtail.admin.views.workflows.Edit.get_paginated_pages",
    ),
    *(
        template_patch(
            f"{kind}-input-template",
            f"portal_security/templates/wagtailadmin/widgets/{kind}_input.html",
            "wagtail.admin",
            f"wagtailadmin/widgets/{kind}_input.html",
            sha256,
            how="replaced whole",
            why=CSP_TEMPLATE_WHY,
        )
        for kind, sha256 in (
            ("date", "2557f7a4fd543d7cd6f192a97fdd0c12ebfad9a8d4ab2b7fe72a2f011cd049c8"),
            ("time", "536917c544a135631e8683866e8351bd491822a336c9a59639ab71338638e242"),
            ("datetime", "479d8ddeaa73d2fdd33d584118d51b0c3ec4c2dc5b90a66b526874f9799d2676"),
        )
    ),
    template_patch(
        "search-promotions-add-template",
        "portal_security/templates/wagtailsearchpromotions/add.html",
        "wagtail.contrib.search_promotions",
        "wagtailsearchpromotions/add.html",
        "f562d10c37b349f1ca253c348c7db5735816bc49e4fd2fc3c969588741b91a01",
        how="copied whole, inline <script> replaced",
        why=CSP_PROMOTIONS_WHY,
    ),
    template_patch(
        "search-promotions-edit-template",
        "portal_security/templates/wagtailsearchpromotions/edit.html",
        "wagtail.contrib.search_promotions",
        "wagtailsearchpromotions/edit.html",
        "5378c649da124598bc169234a037ea2a7e1b978436f3713b58c8eebe2f74cd3b",
        how="copied whole, inline <script> replaced",
        why=CSP_PROMOTIONS_WHY,
    ),
    template_patch(
        "admin-base-template",
        "portal_security/templates/wagtailadmin/admin_base.html",
        "wagtail.admin",
        "wagtailadmin/admin_base.html",
        "8d1e91482208ac34500fdc72c15fad7e4bafb2071e4cc13075a678aa47b7619d",
        how="extended: its `js` block gains admin-csp.js first",
        why="admin-csp.js must run before Wagtail's scripts, with the response's CSP nonce, so "
        "the <style> elements Draftail creates get the nonce.",
    ),
    template_patch(
        "dashboard-template",
        "templates/wagtailadmin/home.html",
        "wagtail.admin",
        "wagtailadmin/home.html",
        "7eb3ee7b5a9d1355b79a97fdc4c6a9c8612821bb1cdccf24efdd7a36c827c17d",
        how="extended, its `content` block copied whole",
        why="The dashboard's 'Search all pages' box leads to the page explorer, which comment "
        "moderators cannot use: the copy shows it only to staff who work on pages.",
    ),
    *(
        template_patch(
            f"{name}-template",
            f"portal_security/templates/wagtailadmin/panels/{name.replace('-', '_')}.html",
            "wagtail.admin",
            f"wagtailadmin/panels/{name.replace('-', '_')}.html",
            sha256,
            how="extended: its `js_init` block (an inline <script>) replaced",
            why="The inline script that starts the panel is blocked by the CSP, so workflow tasks "
            "(and every other inline formset) could not be added, ordered or removed; the block "
            "renders an inert <template> with the same options, started by admin-csp.js. Every "
            "InlinePanel and MultipleChooserPanel, present and future, goes through it.",
        )
        for name, sha256 in (
            ("inline-panel", "195bb0b199edb062dcf41a5a92ecabf5bae52a6eac06823eb3cd12b799be4f89"),
            (
                "multiple-chooser-panel",
                "673bc9b26ca95c0385e7ac8a5c81d2449e6e59df841f74fe89d5003f877a653d",
            ),
        )
    ),
    template_patch(
        "bulk-actions-footer-template",
        "templates/wagtailadmin/bulk_actions/footer.html",
        "wagtail.admin",
        "wagtailadmin/bulk_actions/footer.html",
        "55cdf57df519705779221a1ddd9a6b7f3e394b63b0f73fd9f9d0d5b5fc141cf0",
        how="copied whole (12 lines), its `bulk_action_choices` tag replaced",
        why="Wagtail offers every registered bulk action to everyone, so an editor was offered "
        "Publish/Unpublish and a moderator Delete, each ending on a refusal; "
        "`permitted_bulk_action_choices` (editorial/bulk_actions.py) offers only what the user "
        "can complete. Wagtail has no hook to filter bulk actions by user.",
    ),
    Patch(
        name="jcrop-touch-probe-hash",
        ours="portal_security/middleware.py",
        replaces="the CSP of Wagtail's image editor (wagtailimages:edit) gains "
        "script-src-attr 'unsafe-hashes' with the hash of `return;`",
        why="Wagtail's bundled Jcrop (wagtailimages/js/vendor/jquery.Jcrop.min.js) detects touch "
        'support by setting ontouchstart="return;" on a detached <div>, a blocked attribute '
        "handler reported on every load of the focal-point tool. Only that exact, inert handler "
        "is allowed, on that view only; a Wagtail that drops Jcrop makes the exception moot.",
    ),
    Patch(
        name="create-element-nonce",
        ours="portal_security/static/portal_security/admin-csp.js",
        replaces="document.createElement in every admin page (wrapped)",
        why="Draftail (Wagtail's rich text editor) adds <style> elements whose content differs per "
        "editor, so no hash can allow them; the wrapper gives each <style> element the admin's "
        "scripts create the response's nonce.",
    ),
    Patch(
        name="admin-csp-initialisers",
        ours="portal_security/static/portal_security/admin-csp.js",
        replaces="the inline initialisers of the templates above: calls Wagtail's JavaScript "
        "globals initDateChooser, initTimeChooser, initDateTimeChooser, Chooser, PageChooser, "
        "ImageChooser, DocumentChooser, SnippetChooser, createTaskChooser, InlinePanel, "
        "MultipleChooserPanel, ModalWorkflow and QUERY_CHOOSER_MODAL_ONLOAD_HANDLERS",
        why="Those globals are not a documented API: a Wagtail release may rename them, and the "
        "widgets would then stay dead without an error.",
    ),
)


def installed_version(package):
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def upstream_template_path(patch):
    """The installed upstream file a patch copies or overrides (None if its app is gone)."""
    from django.apps import apps

    for app_config in apps.get_app_configs():
        if app_config.name == patch.upstream_app:
            return Path(app_config.path) / "templates" / patch.upstream_template
    return None


def sha256_of(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


if __name__ == "__main__":  # a maintainer's aid when upgrading: the installed hashes
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tx_portal.settings.dev")
    django.setup()
    for patch in PATCHES:
        if patch.upstream_template:
            path = upstream_template_path(patch)
            print(f"{patch.name}: {installed_version(patch.package)} {sha256_of(path)}")
