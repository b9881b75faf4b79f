"""Factories for every page type and snippet, shared by the whole suite."""

import datetime

import factory
import wagtail_factories

from articles.models import ArticlePage
from detox.models import DetoxGuidePage, DetoxPhasePage
from medications.models import MedicationIndexPage, MedicationPage
from therapies.models import TherapyIndexPage, TherapyPage
from tx_portal.models import EmergencyGuidance, Reviewer


class ReviewerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Dr Test Reviewer {n}")
    credentials = "MD"
    role = "Addiction medicine physician"

    class Meta:
        model = Reviewer


class EmergencyGuidanceFactory(factory.django.DjangoModelFactory):
    heading = "If you think someone has overdosed"
    signs = "Cannot be woken\nSlow or stopped breathing"
    steps = "Call 911\nGive naloxone\nStay with them"

    class Meta:
        model = EmergencyGuidance


class HealthPageFactory(wagtail_factories.PageFactory):
    summary = factory.Faker("sentence", nb_words=12)
    last_reviewed = datetime.date(2026, 3, 1)
    reviewed_by = factory.SubFactory(ReviewerFactory)


class MedicationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Medications"
    slug = "medications"
    introduction = "Medicines that treat opioid addiction."

    class Meta:
        model = MedicationIndexPage


class MedicationPageFactory(HealthPageFactory):
    title = factory.Sequence(lambda n: f"Medication {n}")
    generic_name = factory.Sequence(lambda n: f"medication-{n}")
    brand_names = "Brandone, Brandtwo"
    medication_class = "partial_agonist"
    uses = ["withdrawal", "maintenance"]
    routes = ["sublingual_buccal"]
    how_often = "Once a day"
    how_it_works = "It works on the same receptors as heroin."
    where_given = "A doctor's office."
    dependence_potential = "lower"
    serious_warnings = "Do not mix with alcohol\nDo not take too soon after heroin"

    class Meta:
        model = MedicationPage


class TherapyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Therapies"
    slug = "therapies"
    introduction = "Talking therapies and support."

    class Meta:
        model = TherapyIndexPage


class TherapyPageFactory(HealthPageFactory):
    title = factory.Sequence(lambda n: f"Therapy {n}")
    approach = "You learn to notice the thoughts that lead to use."
    care_settings = ["outpatient"]
    formats = ["individual"]
    typical_duration = "Weekly for 12 weeks"
    evidence_summary = "It reduces drug use."

    class Meta:
        model = TherapyPage


class DetoxGuidePageFactory(wagtail_factories.PageFactory):
    title = "Detox and withdrawal"
    slug = "detox"
    introduction = "What happens during withdrawal."

    class Meta:
        model = DetoxGuidePage


class DetoxPhasePageFactory(HealthPageFactory):
    title = factory.Sequence(lambda n: f"Phase {n}")
    starts_after_hours = 6
    ends_after_hours = 12
    typical_signs = "Yawning\nSweating"
    care = "Fluids\nRest"
    when_to_get_help = "If someone cannot be woken, call 911."

    class Meta:
        model = DetoxPhasePage


class ArticlePageFactory(HealthPageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")

    class Meta:
        model = ArticlePage
