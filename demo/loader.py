"""The demo content loader: builds the page tree under the home page from the data modules in
`demo.data`. Idempotent, in one transaction; existing pages are found by slug under their parent,
snippets by name or heading, and are never changed unless `overwrite=True` (staff may have edited
them)."""

from collections import Counter
from dataclasses import dataclass, field

from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.fields import StreamField
from wagtail.log_actions import log
from wagtail.search import index

from articles.models import ArticlePage
from detox.models import DetoxGuidePage, DetoxPhasePage
from medications.models import MedicationIndexPage, MedicationPage
from site_search.models import SearchSynonym
from therapies.models import TherapyIndexPage, TherapyPage
from tx_portal.models import EmergencyGuidance, HomePage, Reviewer, SafetySettings
from tx_portal.review_dates import one_year_after

from .data.articles import OVERVIEW
from .data.detox import DETOX_GUIDE, DETOX_PHASES
from .data.emergency import EMERGENCY_GUIDANCE
from .data.home import DEFAULT_HOME_INTRODUCTION, HOME
from .data.medications import MEDICATION_INDEX, MEDICATIONS
from .data.reviewers import REVIEWERS
from .data.search import SEARCH_PROMOTIONS, SEARCH_SYNONYMS
from .data.support import SUPPORT, SUPPORT_PAGES
from .data.therapies import THERAPIES, THERAPY_INDEX


class DemoContentError(Exception):
    """The demo content cannot be loaded as asked; the message says why and what to do."""


STATUS_ORDER = ["created", "updated", "unchanged", "skipped"]


@dataclass
class Report:
    """What the loader did, one line per section."""

    sections: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    notes: dict = field(default_factory=dict)

    def count(self, section, status):
        self._add(section)
        self.counts[section][status] += 1

    def note(self, section, text):
        self._add(section)
        self.notes[section].append(text)

    def _add(self, section):
        if section not in self.sections:
            self.sections.append(section)
            self.counts[section] = Counter()
            self.notes[section] = []

    def lines(self):
        out = []
        for section in self.sections:
            counts = self.counts[section]
            counted = ", ".join(
                f"{counts[status]} {status}" for status in STATUS_ORDER if counts[status]
            )
            parts = [counted] if counted else []
            out.append(f"{section}: {'; '.join(parts + self.notes[section])}.")
        return out


def load_demo_content(overwrite=False):
    """Build the demo site under the home page. Returns a `Report`."""
    with transaction.atomic():
        return _Loader(overwrite).run()


class _Loader:
    def __init__(self, overwrite):
        self.overwrite = overwrite
        self.report = Report()
        self.changed_pages = []

    def run(self):
        home = HomePage.objects.first()
        if home is None:
            raise DemoContentError(
                "There is no home page. Run `manage.py migrate` first: migration "
                "tx_portal 0002 creates it."
            )
        self.reviewers = {
            data["name"]: self.snippet(Reviewer, "name", data, "Reviewers") for data in REVIEWERS
        }
        guidance = self.snippet(
            EmergencyGuidance, "heading", EMERGENCY_GUIDANCE, "Emergency guidance"
        )
        self.safety_settings(guidance)
        self.home_page(home)

        self.page(home, ArticlePage, OVERVIEW, "Home sections")
        medication_index = self.page(home, MedicationIndexPage, MEDICATION_INDEX, "Home sections")
        therapy_index = self.page(home, TherapyIndexPage, THERAPY_INDEX, "Home sections")
        detox_guide = self.page(home, DetoxGuidePage, DETOX_GUIDE, "Home sections")
        support = self.page(home, ArticlePage, SUPPORT, "Home sections")

        self.medications = {
            data["slug"]: self.page(medication_index, MedicationPage, data, "Medications")
            for data in MEDICATIONS
        }
        for data in THERAPIES:
            self.page(therapy_index, TherapyPage, data, "Therapies")
        for data in DETOX_PHASES:
            self.page(detox_guide, DetoxPhasePage, data, "Detox phases")
        support_pages = {
            data["slug"]: self.page(support, ArticlePage, data, "Support articles")
            for data in SUPPORT_PAGES
        }
        self.search_aids({"detox guide": detox_guide, **self.medications, **support_pages})

        # Saving a page queues its indexing as a task, which a production task backend may run
        # later (or not at all if no worker runs): index the pages now so they are searchable as
        # soon as the command ends. Only the pages this run created or changed.
        for page in self.changed_pages:
            index.insert_or_update_object(page)
        self.report.note(
            "Search index",
            plural(len(self.changed_pages), "page") + " indexed"
            if self.changed_pages
            else "nothing to do",
        )
        return self.report

    # --- snippets and settings ---

    def snippet(self, model, key, data, section):
        obj = model.objects.filter(**{key: data[key]}).order_by("pk").first()
        if obj is None:
            obj = create_snippet(model, data)
            self.report.count(section, "created")
        elif not self.overwrite:
            self.report.count(section, "skipped")
        elif any(getattr(obj, name) != value for name, value in data.items()):
            for name, value in data.items():
                setattr(obj, name, value)
            obj.full_clean()
            obj.save()
            obj.save_revision(log_action=True)
            self.report.count(section, "updated")
        else:
            self.report.count(section, "unchanged")
        return obj

    def safety_settings(self, guidance):
        safety = SafetySettings.load()
        if safety.emergency_guidance_id is None:
            safety.emergency_guidance = guidance
            safety.save(update_fields=["emergency_guidance"])
            self.report.note("Emergency guidance", "set on the safety settings")
        elif safety.emergency_guidance_id == guidance.pk:
            self.report.note("Emergency guidance", "already set on the safety settings")
        else:
            self.report.note(
                "Emergency guidance", "safety settings left alone (they use other guidance)"
            )

    # --- search synonyms and promoted results ---

    def search_aids(self, pages):
        for data in SEARCH_SYNONYMS:
            synonym = SearchSynonym.objects.filter(word=data["word"]).first()
            if synonym is None:
                SearchSynonym.objects.create(**data)
                self.report.count("Search synonyms", "created")
            elif self.overwrite and synonym.means != data["means"]:
                synonym.means = data["means"]
                synonym.save(update_fields=["means"])
                self.report.count("Search synonyms", "updated")
            else:
                self.report.count("Search synonyms", "skipped")
        for query_string, page_key, description in SEARCH_PROMOTIONS:
            page = pages[page_key]
            query = Query.get(query_string)
            promotion = SearchPromotion.objects.filter(query=query, page=page).first()
            if promotion is None:
                SearchPromotion.objects.create(
                    query=query, page=page, description=description, sort_order=0
                )
                self.report.count("Promoted search results", "created")
            elif self.overwrite and promotion.description != description:
                promotion.description = description
                promotion.save(update_fields=["description"])
                self.report.count("Promoted search results", "updated")
            else:
                self.report.count("Promoted search results", "skipped")

    # --- pages ---

    def home_page(self, home):
        if home.introduction.strip() != DEFAULT_HOME_INTRODUCTION:
            self.report.note("Home page", "left alone (its introduction is no longer the default)")
            return
        home.title = HOME["title"]
        home.introduction = HOME["introduction"]
        home.save_revision(log_action=True).publish()
        self.changed_pages.append(home)
        self.report.note("Home page", "title and introduction set")

    def page(self, parent, model, data, section):
        page = self.find(parent, model, data["slug"])
        if page is None:
            page = model(live=False)
            self.apply(page, data)
            parent.add_child(instance=page)
            log(instance=page, action="wagtail.create", content_changed=True)
            page.save_revision().publish()
            self.changed_pages.append(page)
            self.report.count(section, "created")
        elif not self.overwrite:
            self.report.count(section, "skipped")
        else:
            before = snapshot(page, data)
            self.apply(page, data)
            if before != snapshot(page, data) or not page.live or page.has_unpublished_changes:
                page.save_revision(log_action=True).publish()
                self.changed_pages.append(page)
                self.report.count(section, "updated")
            else:
                self.report.count(section, "unchanged")
        return page

    def find(self, parent, model, slug):
        """The existing page for this data: the child with its slug or, for sections allowed
        once per parent, the one already there under another slug."""
        children = parent.get_children()
        page = children.filter(slug=slug).first()
        if page is None and getattr(model, "max_count_per_parent", None) == 1:
            page = children.exact_type(model).first()
        if page is None:
            return None
        page = page.specific
        if not isinstance(page, model):
            raise DemoContentError(
                f"The page {page.url_path!r} is a {page.specific_class.__name__}, not a "
                f"{model.__name__}. Rename or move it, then run the command again."
            )
        return page

    def apply(self, page, data):
        for name, value in data.items():
            if name == "medications":
                page.medications.set([self.medications[slug] for slug in value])
            elif name == "reviewed_by":
                page.reviewed_by = self.reviewers[value]
            elif isinstance(model_field(page, name), StreamField):
                setattr(page, name, [{"type": kind, "value": raw} for kind, raw in value])
            else:
                setattr(page, name, value)
        if data.get("last_reviewed"):
            page.next_review_due = one_year_after(data["last_reviewed"])


def create_snippet(model, data):
    """A new snippet with a first revision and a "created" log entry, as the admin makes it."""
    obj = model(**data)
    obj.full_clean()
    obj.save()
    revision = obj.save_revision()
    log(instance=obj, action="wagtail.create", revision=revision, content_changed=True)
    return obj


def plural(number, noun):
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def model_field(obj, name):
    try:
        return obj._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def snapshot(page, data):
    """The page's current values of the fields in `data`, comparable before and after."""
    values = {}
    for name in [*data, "next_review_due"]:
        model_fld = model_field(page, name)
        if model_fld is None:
            continue
        if isinstance(model_fld, StreamField):
            values[name] = _without_ids(model_fld.get_prep_value(getattr(page, name)))
        elif model_fld.many_to_many:
            values[name] = sorted(obj.pk for obj in getattr(page, name).all())
        else:
            values[name] = model_fld.value_from_object(page)
    return values


def _without_ids(raw):
    if isinstance(raw, list):
        return [_without_ids(item) for item in raw]
    if isinstance(raw, dict):
        return {key: _without_ids(value) for key, value in raw.items() if key != "id"}
    return raw
