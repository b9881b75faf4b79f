from django import forms
from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from tx_portal import related_pages, structured_data
from tx_portal.fields import ChoiceListField
from tx_portal.models import HealthPage, IndexPage
from tx_portal.page_choice_widgets import PageCheckboxSelectMultiple


class CareSetting(models.TextChoices):
    OUTPATIENT = "outpatient", "Outpatient"
    INTENSIVE_OUTPATIENT = "intensive_outpatient", "Intensive outpatient"
    PARTIAL_HOSPITALISATION = "partial_hospitalisation", "Partial hospitalisation"
    SHORT_TERM_RESIDENTIAL = "short_term_residential", "Short-term residential"
    LONG_TERM_RESIDENTIAL = "long_term_residential", "Long-term residential"
    INPATIENT = "inpatient", "Inpatient"


class TherapyFormat(models.TextChoices):
    INDIVIDUAL = "individual", "Individual"
    GROUP = "group", "Group"
    FAMILY = "family", "Family"


class TherapyPage(HealthPage):
    approach = models.TextField(help_text="What happens in the therapy and how it helps.")
    care_settings = ChoiceListField(
        item_choices=CareSetting.choices, blank=False, verbose_name="settings it is delivered in"
    )
    formats = ChoiceListField(
        item_choices=TherapyFormat.choices, blank=False, verbose_name="format"
    )
    typical_duration = models.CharField(
        max_length=200, help_text="For example Weekly sessions for 12 to 16 weeks."
    )
    evidence_summary = models.TextField(help_text="What the research shows, in plain language.")
    medications = ParentalManyToManyField(
        "medications.MedicationPage",
        blank=True,
        related_name="paired_therapies",
        verbose_name="medications it pairs with",
    )

    content_panels = (
        HealthPage.intro_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("approach"),
                    FieldPanel("care_settings"),
                    FieldPanel("formats"),
                    FieldPanel("typical_duration"),
                    FieldPanel("evidence_summary"),
                    FieldPanel("medications", widget=PageCheckboxSelectMultiple),
                ],
                heading="Key facts",
            ),
        ]
        + HealthPage.closing_panels
    )

    search_fields = HealthPage.search_fields + [
        index.SearchField("approach", boost=2),
        index.SearchField("evidence_summary"),
        index.SearchField("typical_duration"),
        index.SearchField("settings_and_formats_text"),
    ]

    parent_page_types = ["therapies.TherapyIndexPage"]
    subpage_types = []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["medications"] = related_pages.when_shown(
            lambda: related_pages.published(self.medications)
        )
        return context

    def settings_and_formats_text(self):
        return " ".join([*self.get_care_settings_labels(), *self.get_formats_labels()])

    def schema_org_about(self, request, related_medications=None):
        data = {
            "@type": "MedicalTherapy",
            "name": self.title,
            "description": self.summary,
            "howPerformed": self.approach,
            "url": self.get_full_url(request),
        }
        medications = structured_data.live_medications(self, related_medications)
        if medications:
            data["drug"] = [
                structured_data.drug_reference(medication, request) for medication in medications
            ]
        return data


class TherapyFilterForm(forms.Form):
    """The reader's filter on the therapy index: a plain GET form that works without JavaScript."""

    setting = forms.ChoiceField(
        choices=[("", "Any setting"), *CareSetting.choices],
        required=False,
        label="Delivered in",
        error_messages={"invalid_choice": "Choose a setting from the list."},
    )


class TherapyIndexPage(IndexPage):
    subpage_types = ["therapies.TherapyPage"]

    def therapies(self):
        return self.published_children(TherapyPage, "title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = TherapyFilterForm(request.GET or None)
        setting = form.cleaned_data.get("setting") if form.is_valid() else ""
        if setting:
            context["chosen_setting_label"] = CareSetting(setting).label
        context["filter_form"] = form
        context["therapies"] = related_pages.when_shown(
            lambda: [t for t in self.therapies() if not setting or setting in t.care_settings]
        )
        return context
