"""Every admin screen each role can open works under the Content Security Policy.

Like a crawler: for each staff role, in one browser context, every admin URL the permission
matrix (tests/security/test_permission_matrix.py) lets that role open with a 200 is loaded, and
the interactive widgets on it are used: an inline panel gets a new row (workflow tasks, promoted
results), a chooser is opened and closed, a date picker is opened. Any Content Security Policy
report or uncaught script error on any of them fails the test, naming the screen.
"""

import time

import pytest
from django.urls import resolve
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from tests.browser.test_content_security_policy import ViolationLog
from tests.security import test_permission_matrix as matrix

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ROLES = [matrix.EDITOR, matrix.REVIEWER, matrix.MODERATOR, matrix.SUPERUSER]
SLOW = 15_000
# Downloads and fragments, not screens: they are fetched by a screen's own scripts.
NOT_SCREENS = ("export=", "/results/", "/chooser/", "/choose/", "preview")


def screens_for(role, world):
    """The matrix's GET rows this role opens with a 200, in matrix order: one URL per path (the
    matrix's query-string variants of a screen, such as a search or a page number, are the same
    screen to the browser)."""
    urls = []
    paths = set()
    for row in matrix.MATRIX:
        if row.method != "get" or row.ok != 200 or role not in row.allowed:
            continue
        if row.login != "wagtailadmin_login":
            continue  # the Django admin, not Wagtail's
        url = row.url(world)
        path = url.split("?")[0]
        if any(marker in url for marker in NOT_SCREENS) or path in paths:
            continue
        paths.add(path)
        urls.append(url)
    return urls


def exercise_widgets(page):
    """Use what the screen offers, once each: add an inline row, open a chooser, a date picker.

    Returns the names of what was used."""
    used = []
    add_row = page.locator("button[id^='id_'][id$='-ADD']").filter(visible=True).first
    if add_row.count():
        prefix = add_row.get_attribute("id").removesuffix("-ADD")
        forms = page.locator(f"#{prefix}-FORMS > *")
        before = forms.count()
        add_row.click()
        expect(forms).to_have_count(before + 1, timeout=SLOW)
        used.append("inline row")
    chooser = page.locator("button[data-chooser-action-choose]").filter(visible=True).first
    if chooser.count():
        chooser.click()
        dialog = page.get_by_role("dialog")
        expect(dialog.get_by_role("heading").first).to_be_visible(timeout=SLOW)
        dialog.get_by_role("button", name="Close").first.click()
        expect(dialog).to_have_count(0, timeout=SLOW)
        used.append("chooser")
    picker = page.locator("input[data-portal-picker]").filter(visible=True).first
    if picker.count():
        picker.click()
        expect(page.locator(".xdsoft_datetimepicker").filter(visible=True)).to_have_count(1)
        page.keyboard.press("Escape")
        used.append("date picker")
    return used


def test_every_admin_screen_of_every_role_reports_no_violation_and_no_script_error(
    browser, site_url
):
    world = matrix.build_world()
    visited = {}
    for role in ROLES:
        started = time.monotonic()
        context = browser.new_context()
        context.set_default_timeout(SLOW)
        violations = ViolationLog(context)
        errors = []
        page = context.new_page()
        page.on("pageerror", lambda error, errors=errors: errors.append(str(error)))
        page.goto(site_url + "/admin/login/")
        page.get_by_label("Username").fill(world.users[role].username)
        page.get_by_label("Password").fill("pw")
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("heading", level=1).first).to_be_visible()

        exercised_views = set()
        used = []
        urls = screens_for(role, world)
        for url in urls:
            response = page.goto(site_url + url)
            assert response.status == 200, f"{role}: {url} answered {response.status}"
            view = resolve(url.split("?")[0]).view_name
            if view not in exercised_views:
                exercised_views.add(view)
                try:
                    used += [f"{what} ({url})" for what in exercise_widgets(page)]
                except (AssertionError, PlaywrightError) as error:
                    message = f"{role}: a widget on {url} did not work: {error}"
                    raise AssertionError(message) from error
            violations.assert_none(f"{url} as {role}")
            assert errors == [], f"script errors on {url} as {role}: {errors}"
        visited[role] = len(urls)
        print(
            f"{role}: {len(urls)} admin URLs visited in {time.monotonic() - started:.0f} s; "
            f"widgets used: {len(used)}"
        )
        print("  " + "\n  ".join(used))
        context.close()
    assert all(visited.values()), visited
