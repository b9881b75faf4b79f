"""Every kind of change purges exactly the URLs that show it, through frontend_cache's backends."""

import pytest
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from comments import actions
from comments.models import CommentStatus
from tests.comments.conftest import make_comment
from tests.factories import (
    DetoxGuidePageFactory,
    DetoxPhasePageFactory,
    EmergencyGuidanceFactory,
    MedicationIndexPageFactory,
    MedicationPageFactory,
    ReviewerFactory,
    TherapyIndexPageFactory,
    TherapyPageFactory,
)
from tx_portal.models import HelpLines, SafetySettings

PURGED = []
EVERYTHING = "everything"


class CapturingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)

    def purge_all(self, root_url):
        PURGED.append(EVERYTHING)


@pytest.fixture(autouse=True)
def captured(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "capture": {"BACKEND": "tests.edge.test_purge_lists.CapturingBackend"}
    }
    PURGED.clear()
    yield PURGED
    PURGED.clear()


def paths():
    """What was purged, as paths (the site is http://localhost)."""
    assert len(PURGED) == len(set(PURGED)), f"a URL purged twice: {PURGED}"
    return sorted(url.removeprefix("http://localhost") for url in PURGED)


@pytest.fixture
def site(home, django_capture_on_commit_callbacks):
    # The test's transaction never commits: run the setup's purges so they are not pending.
    with django_capture_on_commit_callbacks(execute=True):
        pages = _site(home)
    PURGED.clear()
    return pages


def _site(home):
    reviewer = ReviewerFactory(name="Dr Rivera")
    medications = MedicationIndexPageFactory(parent=home)
    buprenorphine = MedicationPageFactory(
        parent=medications, title="Buprenorphine", slug="buprenorphine", reviewed_by=reviewer
    )
    methadone = MedicationPageFactory(parent=medications, title="Methadone", slug="methadone")
    therapies = TherapyIndexPageFactory(parent=home)
    cbt = TherapyPageFactory(parent=therapies, title="CBT", slug="cbt", reviewed_by=reviewer)
    cbt.medications.set([buprenorphine])
    cbt.save_revision().publish()
    detox = DetoxGuidePageFactory(parent=home)
    early = DetoxPhasePageFactory(parent=detox, title="Early", slug="early")
    early.medications.set([methadone])
    early.save_revision().publish()
    return {
        "reviewer": reviewer,
        "buprenorphine": buprenorphine,
        "methadone": methadone,
        "cbt": cbt,
        "early": early,
    }


def test_publishing_a_medication_purges_it_its_index_home_the_pages_listing_it_and_the_sitemap(
    site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        site["buprenorphine"].save_revision().publish()
    assert paths() == [
        "/",
        "/medications/",
        "/medications/buprenorphine/",
        # The therapy paired with it lists it, and the therapy index lists the therapy's facts.
        "/sitemap.xml",
        "/therapies/",
        "/therapies/cbt/",
    ]


def test_publishing_a_therapy_purges_the_medications_it_is_paired_with(
    site, django_capture_on_commit_callbacks
):
    cbt = site["cbt"]
    cbt.medications.set([site["methadone"]])  # was buprenorphine: both show it (or did)
    with django_capture_on_commit_callbacks(execute=True):
        cbt.save_revision().publish()
    assert paths() == [
        "/",
        "/medications/",
        "/medications/buprenorphine/",
        "/medications/methadone/",
        "/sitemap.xml",
        "/therapies/",
        "/therapies/cbt/",
    ]


def test_unpublishing_a_medication_purges_the_detox_phase_listing_it_and_the_timeline(
    site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        site["methadone"].unpublish()
    assert paths() == [
        "/",
        "/detox/",
        "/detox/early/",
        "/medications/",
        "/medications/methadone/",
        "/sitemap.xml",
    ]


def test_moving_a_page_purges_its_old_and_new_urls_and_both_parents(
    site, home, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        site["methadone"].move(home, pos="last-child")
    purged = paths()
    assert purged == [
        "/",
        "/detox/",
        "/detox/early/",
        "/medications/",
        "/medications/methadone/",
        "/methadone/",
        "/sitemap.xml",
    ]


def test_an_approved_removed_or_answered_comment_purges_only_its_page(
    site, django_user_model, django_capture_on_commit_callbacks
):
    moderator = django_user_model.objects.create_superuser("mod", "m@example.org", "pw")
    comment = make_comment(site["buprenorphine"], "Helpful", status=CommentStatus.PENDING)
    for act in (
        lambda: actions.moderate(comment, "approve", moderator),
        lambda: actions.post_staff_reply(
            comment, moderator, "Thank you", "0c3e8a52-6b7c-4b43-9a9e-7d0c0d7b1a01"
        ),
        lambda: actions.moderate(comment, "remove", moderator),
    ):
        PURGED.clear()
        with django_capture_on_commit_callbacks(execute=True):
            act()
        assert paths() == ["/medications/buprenorphine/"]


def test_a_new_comment_waiting_for_moderation_purges_nothing(
    site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_comment(site["buprenorphine"], "Waiting", status=CommentStatus.PENDING)
    assert paths() == []


def test_editing_a_reviewer_purges_the_pages_they_reviewed(
    site, django_capture_on_commit_callbacks
):
    reviewer = site["reviewer"]
    reviewer.credentials = "MD, FASAM"
    with django_capture_on_commit_callbacks(execute=True):
        reviewer.save()
    assert paths() == ["/medications/buprenorphine/", "/therapies/cbt/"]


def test_editing_the_help_lines_every_page_shows_purges_everything(
    site, django_capture_on_commit_callbacks
):
    help_lines = SafetySettings.load().help_lines or HelpLines.objects.first()
    assert help_lines is not None, "the migrations give the site its help lines"
    help_lines.helpline_hours = "24/7, every day"
    with django_capture_on_commit_callbacks(execute=True):
        help_lines.save()
    assert PURGED == [EVERYTHING]


def test_emergency_guidance_no_setting_uses_purges_nothing(
    site, django_capture_on_commit_callbacks
):
    guidance = EmergencyGuidanceFactory()
    guidance.heading = "Changed"
    with django_capture_on_commit_callbacks(execute=True):
        guidance.save()
    assert paths() == []


def test_a_site_wide_setting_purges_everything_once(site, django_capture_on_commit_callbacks):
    safety = SafetySettings.load()
    with django_capture_on_commit_callbacks(execute=True):
        safety.quick_exit_url = "https://www.example.org/"
        safety.save()
        safety.save()
    assert PURGED == [EVERYTHING]


def test_a_backend_without_purge_all_gets_every_live_page(
    site, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "capture": {"BACKEND": "tests.edge.test_purge_lists.UrlOnlyBackend"}
    }
    with django_capture_on_commit_callbacks(execute=True):
        SafetySettings.load().save()
    assert paths() == [
        "/",
        "/detox/",
        "/detox/early/",
        "/medications/",
        "/medications/buprenorphine/",
        "/medications/methadone/",
        "/sitemap.xml",
        "/therapies/",
        "/therapies/cbt/",
    ]


class UrlOnlyBackend(BaseBackend):
    """Like a CDN backend of frontend_cache that can purge URLs only."""

    def purge(self, url):
        PURGED.append(url)


def test_without_a_shared_cache_nothing_is_computed(site, settings, monkeypatch):
    settings.WAGTAILFRONTENDCACHE = {}

    def must_not_run(*args, **kwargs):
        raise AssertionError("purge list computed with no shared cache configured")

    monkeypatch.setattr("tx_portal.purge_lists.for_page_change", must_not_run)
    monkeypatch.setattr("tx_portal.purge_lists.for_object_shown_on_pages", must_not_run)
    site["reviewer"].save()
    site["buprenorphine"].save_revision().publish()
