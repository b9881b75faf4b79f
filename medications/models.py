from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from tx_portal import related_pages
from tx_portal.fields import ChoiceListField
from tx_portal.models import HealthPage, IndexPage
from tx_portal.page_queries import live_and_public
from tx_portal.text import lines


class MedicationClass(models.TextChoices):
    FULL_AGONIST = "full_agonist", "Full agonist"
    PARTIAL_AGONIST = "partial_agonist", "Partial agonist"
    ANTAGONIST = "antagonist", "Antagonist"
    NON_OPIOID = "non_opioid", "Non-opioid"


class MedicationUse(models.TextChoices):
    WITHDRAWAL = "withdrawal", "Withdrawal management"
    MAINTENANCE = "maintenance", "Maintenance"
    RELAPSE_PREVENTION = "relapse_prevention", "Relapse prevention"
    OVERDOSE_REVERSAL = "overdose_reversal", "Overdose reversal"


class Route(models.TextChoices):
    ORAL_LIQUID = "oral_liquid", "Oral liquid"
    TABLET = "tablet", "Tablet"
    SUBLINGUAL_BUCCAL = "sublingual_buccal", "Under the tongue or inside the cheek"
    INJECTION = "injection", "Injection"
    EXTENDED_RELEASE_INJECTION = "extended_release_injection", "Extended-release injection"
    NASAL_SPRAY = "nasal_spray", "Nasal spray"
    IMPLANT = "implant", "Implant"


class DependencePotential(models.TextChoices):
    NONE = "none", "None"
    LOWER = "lower", "Yes, lower than full agonists"
    YES = "yes", "Yes, physical dependence"


class MedicationPage(HealthPage):
    generic_name = models.CharField(max_length=120)
    brand_names = models.CharField(
        max_length=255, blank=True, help_text="Comma-separated, for example Suboxone, Zubsolv."
    )
    medication_class = models.CharField("class", max_length=20, choices=MedicationClass.choices)
    uses = ChoiceListField(item_choices=MedicationUse.choices, blank=False, verbose_name="used for")
    routes = ChoiceListField(
        item_choices=Route.choices, blank=False, verbose_name="forms and routes"
    )
    how_often = models.CharField(
        max_length=200, help_text="How often it is taken, for example Once a day."
    )
    how_it_works = models.TextField()
    where_given = models.TextField(help_text="Where it is given, for example a clinic or pharmacy.")
    who_can_prescribe = models.TextField(blank=True)
    dependence_potential = models.CharField(max_length=10, choices=DependencePotential.choices)
    common_side_effects = models.TextField(blank=True, help_text="One per line.")
    serious_warnings = models.TextField(
        help_text="Serious warnings and interactions, one per line."
    )
    pregnancy_and_breastfeeding = models.TextField(blank=True)
    cost_and_coverage = models.TextField(blank=True)

    content_panels = (
        HealthPage.intro_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("generic_name"),
                    FieldPanel("brand_names"),
                    FieldPanel("medication_class"),
                    FieldPanel("uses"),
                    FieldPanel("routes"),
                    FieldPanel("how_often"),
                    FieldPanel("dependence_potential"),
                ],
                heading="Key facts (used in the comparison table)",
            ),
            MultiFieldPanel(
                [
                    FieldPanel("how_it_works"),
                    FieldPanel("where_given"),
                    FieldPanel("who_can_prescribe"),
                    FieldPanel("common_side_effects"),
                    FieldPanel("serious_warnings"),
                    FieldPanel("pregnancy_and_breastfeeding"),
                    FieldPanel("cost_and_coverage"),
                ],
                heading="Details",
            ),
        ]
        + HealthPage.closing_panels
    )

    search_fields = HealthPage.search_fields + [
        index.SearchField("generic_name", boost=3),
        index.AutocompleteField("generic_name"),
        index.SearchField("brand_names", boost=2),
        index.AutocompleteField("brand_names"),
        index.SearchField("how_it_works"),
        index.SearchField("serious_warnings"),
        index.SearchField("common_side_effects"),
        index.SearchField("class_and_uses_text"),
        index.FilterField("medication_class"),
    ]

    parent_page_types = ["medications.MedicationIndexPage"]
    subpage_types = []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A new page in the editor's preview is not saved yet: no therapy can have chosen it.
        context["related_therapies"] = (
            related_pages.when_shown(
                lambda: live_and_public(self.paired_therapies.order_by("title"))
            )
            if self.pk
            else []
        )
        return context

    def brand_name_list(self):
        return [name.strip() for name in self.brand_names.split(",") if name.strip()]

    def class_and_uses_text(self):
        """Words a reader may search for that only live in choice labels."""
        return " ".join(
            [
                self.get_medication_class_display(),
                *self.get_uses_labels(),
                *self.get_routes_labels(),
            ]
        )

    def schema_org_about(self, request, related_medications=None):
        data = {
            "@type": "Drug",
            "name": self.title,
            "nonProprietaryName": self.generic_name,
            "drugClass": {"@type": "DrugClass", "name": self.get_medication_class_display()},
            "administrationRoute": self.get_routes_labels(),
            "url": self.get_full_url(request),
        }
        if self.brand_names:
            data["proprietaryName"] = self.brand_name_list()
        if self.how_it_works:
            data["mechanismOfAction"] = self.how_it_works
        if self.serious_warnings:
            data["warning"] = lines(self.serious_warnings)
        if self.pregnancy_and_breastfeeding:
            data["pregnancyWarning"] = self.pregnancy_and_breastfeeding
        return data


class MedicationIndexPage(IndexPage):
    subpage_types = ["medications.MedicationPage"]

    def medications(self):
        return self.published_children(MedicationPage, "generic_name")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        medications = related_pages.when_shown(self.medications)
        context["medications"] = medications
        context["groups"] = related_pages.when_shown(lambda: group_by_class(medications))
        return context


def group_by_class(medications):
    """[(class label, [medications])] in the clinical order of classes; empty classes left out."""
    by_class = {}
    for medication in medications:
        by_class.setdefault(medication.medication_class, []).append(medication)
    return [
        (label, by_class[value]) for value, label in MedicationClass.choices if value in by_class
    ]
