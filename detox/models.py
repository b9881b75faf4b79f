from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from medications.models import MedicationPage
from tx_portal import related_pages, structured_data
from tx_portal.models import HealthPage, IndexPage
from tx_portal.page_queries import live_and_public
from tx_portal.text import lines

from .time_windows import describe_window


class DetoxPhasePage(HealthPage):
    starts_after_hours = models.PositiveIntegerField(
        "starts (hours after the last dose)", help_text="For example 6."
    )
    ends_after_hours = models.PositiveIntegerField(
        "ends (hours after the last dose)",
        null=True,
        blank=True,
        help_text="Leave empty if the phase is open-ended (for example weeks to months).",
    )
    timing_note = models.CharField(
        max_length=200, blank=True, help_text="For example About 30 hours for methadone."
    )
    typical_signs = models.TextField(help_text="One sign per line.")
    care = models.TextField("care and management", help_text="One point per line.")
    medications = ParentalManyToManyField(
        MedicationPage,
        blank=True,
        related_name="detox_phases",
        verbose_name="medications used",
    )
    when_to_get_help = models.TextField("when to get emergency help")
    show_emergency_guidance = models.BooleanField(
        default=True, help_text="Show the overdose guidance prominently on this page."
    )

    content_panels = (
        HealthPage.intro_panels
        + [
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [FieldPanel("starts_after_hours"), FieldPanel("ends_after_hours")]
                    ),
                    FieldPanel("timing_note"),
                ],
                heading="Time window after the last dose",
            ),
            MultiFieldPanel(
                [
                    FieldPanel("typical_signs"),
                    FieldPanel("care"),
                    FieldPanel("medications", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("when_to_get_help"),
                ],
                heading="Key facts",
            ),
        ]
        + HealthPage.closing_panels
    )

    search_fields = HealthPage.search_fields + [
        index.SearchField("typical_signs", boost=2),
        index.SearchField("care"),
        index.SearchField("when_to_get_help"),
        index.FilterField("starts_after_hours"),
    ]

    parent_page_types = ["detox.DetoxGuidePage"]
    subpage_types = []

    def clean(self):
        super().clean()
        starts, ends = self.starts_after_hours, self.ends_after_hours
        if starts is not None and ends is not None and ends <= starts:
            raise ValidationError(
                {
                    "ends_after_hours": "The phase must end after it starts: enter an end later "
                    f"than {starts} hours, or leave it empty if the phase is open-ended."
                }
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["medications"] = related_pages.when_shown(
            lambda: related_pages.published(self.medications)
        )
        return context

    @property
    def window(self):
        return describe_window(self.starts_after_hours, self.ends_after_hours)

    def schema_org_about(self, request, related_medications=None):
        # The phase itself, as the condition the reader is in, with its signs.
        data = {
            "@type": "MedicalCondition",
            "name": self.title,
            "description": self.summary,
            "signOrSymptom": [
                {"@type": "MedicalSignOrSymptom", "name": sign}
                for sign in lines(self.typical_signs)
            ],
        }
        medications = structured_data.live_medications(self, related_medications)
        if medications:
            data["possibleTreatment"] = [
                structured_data.drug_reference(medication, request) for medication in medications
            ]
        return data


class DetoxGuidePage(IndexPage):
    first_step_message = models.TextField(
        default="Detox is a first step, not treatment on its own: it works when it leads into "
        "ongoing medication or therapy. After detox the body loses its tolerance, so the risk "
        "of a fatal overdose is high if opioids are used again.",
        help_text="Shown prominently above the timeline.",
    )

    content_panels = IndexPage.content_panels + [FieldPanel("first_step_message")]
    subpage_types = ["detox.DetoxPhasePage"]

    def phases(self):
        return self.published_children(DetoxPhasePage, "starts_after_hours", "path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        live_medications = live_and_public(MedicationPage.objects.order_by("title"))
        context["phases"] = related_pages.when_shown(
            lambda: self.phases().prefetch_related(
                Prefetch("medications", queryset=live_medications.only("title", "url_path", "path"))
            )
        )
        return context
