"""Site-wide parts: the home page, the health-page base shared by every clinical page type,
reviewer records, the emergency guidance and the site's safety settings."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.db.models import F, Value
from django.http import HttpRequest
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, RevisionMixin, get_page_models
from wagtail.search import index

from . import shared_fragments, structured_data
from .blocks import HealthBodyBlock, ReferencesBlock
from .page_forms import PortalPageForm
from .page_queries import live_and_public
from .page_serving import ServedInOneQuery
from .review_dates import one_year_after


class Reviewer(RevisionMixin, index.Indexed, models.Model):
    """A clinician who reviews health pages. Edited once, chosen on every page they review."""

    name = models.CharField(max_length=120)
    credentials = models.CharField(
        max_length=120, help_text="Qualifications as shown to readers, for example MD, FASAM."
    )
    role = models.CharField(max_length=160, help_text="For example Addiction medicine physician.")
    user = models.OneToOneField(
        "auth.User",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewer",
        help_text="The staff account this reviewer uses, if any.",
    )
    # Set by the demo content loader on its fictional reviewers; readers see such a reviewer
    # only where settings.SHOW_DEMO_REVIEWERS is on (development and test settings).
    is_demo = models.BooleanField(
        default=False,
        editable=False,
        help_text="A fictional reviewer from the demo content, never shown in production.",
    )

    panels = [FieldPanel("name"), FieldPanel("credentials"), FieldPanel("role"), FieldPanel("user")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.credentials}"


class EmergencyGuidance(RevisionMixin, models.Model):
    """What to do in an overdose: one piece of content, shown wherever it matters."""

    heading = models.CharField(max_length=120, default="If you think someone has overdosed")
    signs = models.TextField(help_text="Signs of an overdose, one per line.")
    steps = models.TextField(help_text="What to do, one step per line, in order.")
    note = models.TextField(
        blank=True, help_text="Optional closing note, for example about Good Samaritan laws."
    )

    panels = [FieldPanel("heading"), FieldPanel("signs"), FieldPanel("steps"), FieldPanel("note")]

    class Meta:
        verbose_name = "emergency guidance"
        verbose_name_plural = "emergency guidance"

    def __str__(self):
        return self.heading


class HelpLines(RevisionMixin, models.Model):
    """Who to call: shown on every page, edited in one place, with revisions to compare and
    roll back (settings have none, so the numbers live here and the settings choose them)."""

    helpline_name = models.CharField(max_length=120, default="SAMHSA National Helpline")
    helpline_number = models.CharField(
        max_length=30, default="1-800-662-4357", help_text="As dialled, for tap-to-call links."
    )
    helpline_hours = models.CharField(
        max_length=120, default="Free, confidential, 24/7, English and Spanish", blank=True
    )
    crisis_line_name = models.CharField(max_length=120, default="988 Suicide and Crisis Lifeline")
    crisis_line_number = models.CharField(max_length=30, default="988")
    emergency_number = models.CharField(max_length=30, default="911")
    treatment_locator_url = models.URLField(default="https://findtreatment.gov/", blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("helpline_name"),
                FieldPanel("helpline_number"),
                FieldPanel("helpline_hours"),
            ],
            heading="Helpline",
        ),
        MultiFieldPanel(
            [
                FieldPanel("crisis_line_name"),
                FieldPanel("crisis_line_number"),
                FieldPanel("emergency_number"),
            ],
            heading="Crisis and emergency",
        ),
        FieldPanel("treatment_locator_url"),
    ]

    class Meta:
        verbose_name = "help lines"
        verbose_name_plural = "help lines"

    def __str__(self):
        return f"{self.helpline_name} {self.helpline_number}; {self.crisis_line_name}"


class FromHelpLines:
    """A help-line value read through the settings' chosen HelpLines (its default when none is
    chosen yet, so the banner always shows a number). Read-only: edit the HelpLines snippet."""

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, settings, owner=None):
        if settings is None:
            return self
        lines = settings.help_lines
        if lines is None:
            return HelpLines._meta.get_field(self.name).get_default()
        return getattr(lines, self.name)

    def __set__(self, settings, value):
        raise AttributeError(f"{self.name} belongs to the HelpLines snippet: edit it there.")


class SettingInSharedFragments:
    """For a site-wide setting every page reads: pages read it from the shared fragments (no
    query between edits; saving any setting starts a new generation there). Without a request,
    from the database as usual."""

    @classmethod
    def load(cls, request_or_site=None):
        if isinstance(request_or_site, HttpRequest):
            attribute = cls.get_cache_attr_name()
            if not hasattr(request_or_site, attribute):
                loaded = shared_fragments.get(
                    request_or_site, f"setting:{cls._meta.label_lower}", super().load
                )
                setattr(request_or_site, attribute, loaded)
        return super().load(request_or_site)


@register_setting(icon="warning")
class SafetySettings(SettingInSharedFragments, BaseGenericSetting):
    """Which help lines and emergency guidance every page shows, and where Quick exit goes."""

    help_lines = models.ForeignKey(
        HelpLines, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    emergency_guidance = models.ForeignKey(
        EmergencyGuidance, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    quick_exit_url = models.URLField(
        default="https://www.weather.gov/",
        help_text="Where the Quick exit link takes a reader who needs to leave this site fast: "
        "a neutral site that gives nothing away.",
    )

    helpline_name = FromHelpLines()
    helpline_number = FromHelpLines()
    helpline_hours = FromHelpLines()
    crisis_line_name = FromHelpLines()
    crisis_line_number = FromHelpLines()
    emergency_number = FromHelpLines()
    treatment_locator_url = FromHelpLines()

    select_related = ["help_lines", "emergency_guidance"]

    panels = [
        FieldPanel("help_lines"),
        FieldPanel("emergency_guidance"),
        FieldPanel("quick_exit_url"),
    ]

    class Meta:
        verbose_name = "safety and help lines"


class HealthPage(ServedInOneQuery, Page):
    """Prose plus structured, reviewed facts: the base of every clinical page type."""

    base_form_class = PortalPageForm

    summary = models.TextField(
        max_length=600,
        help_text="One plain-language paragraph: used on cards, in search results and as the "
        "page description for search engines.",
    )
    body = StreamField(HealthBodyBlock(), blank=True)
    references = StreamField(ReferencesBlock(), blank=True, help_text="Numbered on the page.")
    last_reviewed = models.DateField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        Reviewer, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    next_review_due = models.DateField(
        null=True, blank=True, help_text="Leave empty for a year after the last review."
    )
    show_emergency_guidance = models.BooleanField(
        default=False, help_text="Show the overdose guidance prominently on this page."
    )
    # Comments: the per-page switch; site-wide rules live in comments.CommentSettings.
    allow_comments = models.BooleanField(
        default=True,
        help_text="Readers may comment on this page (within the site's comment settings).",
    )

    intro_panels = Page.content_panels + [FieldPanel("summary")]
    closing_panels = [
        FieldPanel("body"),
        FieldPanel("show_emergency_guidance"),
        FieldPanel("references"),
        FieldPanel("allow_comments"),
        MultiFieldPanel(
            [
                # Set by a clinical reviewer's approval in the workflow, never typed by hand.
                FieldPanel("last_reviewed", read_only=True),
                FieldPanel("reviewed_by", read_only=True),
                FieldPanel("next_review_due"),
            ],
            heading="Clinical review",
            help_text="The review date and reviewer are recorded when a clinical reviewer "
            "approves the page.",
        ),
    ]
    content_panels = intro_panels + closing_panels

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("next_review_due"),
    ]

    # Read by every render (review facts, JSON-LD): fetched with the page when it is served.
    serve_select_related = ("reviewed_by",)

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        errors = {}
        today = timezone.localdate()
        if self.last_reviewed and self.last_reviewed > today:
            errors["last_reviewed"] = "The last review cannot be in the future."
        if (
            self.last_reviewed
            and self.next_review_due
            and self.next_review_due <= self.last_reviewed
        ):
            errors["next_review_due"] = "The next review must be after the last review."
        if errors:
            raise ValidationError(errors)

    @property
    def shown_reviewer(self):
        """The reviewer readers are told about: the page's reviewer, or none when it is a
        fictional demo reviewer and these settings do not show demo reviewers (production)."""
        reviewer = self.reviewed_by
        if reviewer is not None and reviewer.is_demo and not settings.SHOW_DEMO_REVIEWERS:
            return None
        return reviewer

    def save(self, *args, **kwargs):
        if self.last_reviewed and not self.next_review_due:
            self.next_review_due = one_year_after(self.last_reviewed)
        return super().save(*args, **kwargs)

    def schema_org_data(self, request, related_medications=None):
        """schema.org JSON-LD: a reviewed `MedicalWebPage` about `schema_org_about`."""
        about = self.schema_org_about(request, related_medications)
        return structured_data.medical_web_page(self, request, about)

    def schema_org_about(self, request, related_medications=None):
        """What the page is about, in schema.org terms. Page types with richer facts override
        it; `related_medications` are the page's live medications if the view loaded them."""
        return structured_data.SITE_CONDITION


class IndexPage(ServedInOneQuery, Page):
    """A section front (medications, therapies, detox guide): an introduction, then its children."""

    base_form_class = PortalPageForm

    introduction = models.TextField(
        max_length=600, help_text="One paragraph shown at the top and on the home page card."
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["tx_portal.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def published_children(self, model, *ordering):
        """This section's live, public pages of `model`, without their prose (lists need
        only the structured facts)."""
        if self.pk is None:  # a new section in the editor's preview has no children yet
            return model.objects.none()
        children = model.objects.child_of(self).order_by(*ordering).defer_streamfields()
        return live_and_public(children)


def _has_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


class HomePage(ServedInOneQuery, Page):
    base_form_class = PortalPageForm
    introduction = models.TextField(
        max_length=600, help_text="Who the site is for and what it offers, in one paragraph."
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "medications.MedicationIndexPage",
        "therapies.TherapyIndexPage",
        "detox.DetoxGuidePage",
        "articles.ArticlePage",
    ]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = shared_fragments.get(
            request, f"home-sections:{self.pk}", self.section_cards
        )
        return context

    def section_cards(self):
        """The sections shown in menus, as the cards on the home page show them: in one query,
        each page type's children (with its card text: a summary or an introduction) joined
        in a UNION, rather than the children then one query per page type (`specific()`)."""
        parts = []
        for model in get_page_models():
            text = next(
                (F(name) for name in ("summary", "introduction") if _has_field(model, name)),
                Value(""),
            )
            parts.append(
                model.objects.child_of(self)
                .live()
                .in_menu()
                .filter(content_type=ContentType.objects.get_for_model(model))
                .annotate(card_text=text)
                .values_list("path", "id", "title", "url_path", "card_text")
                .order_by()  # page querysets are ordered by path; a UNION's parts cannot be
            )
        rows = sorted(parts[0].union(*parts[1:], all=True)) if parts else []
        return [
            {"title": title, "url": Page(id=page_id, url_path=url_path).url, "summary": card_text}
            for _path, page_id, title, url_path, card_text in rows
        ]

    def schema_org_data(self, request, related_medications=None):
        """schema.org JSON-LD: the `WebSite` and its search."""
        return structured_data.website(self, request)
