"""schema.org JSON-LD for the site's pages, built from their structured fields.

Every health page is a `MedicalWebPage` (with `lastReviewed`, `reviewedBy` and `about`); what it is
about depends on the page type: a `Drug` for a medication, a `MedicalTherapy` for a therapy, the
withdrawal phase as a `MedicalCondition` with its signs, the site's subject for an article. The
home page describes the `WebSite` and its search. The functions return plain dicts; `to_script`
renders one as a `<script type="application/ld+json">` element that content cannot break out of.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from .text import lines

SCHEMA = "https://schema.org"
# What every page of this site is ultimately about.
SITE_CONDITION = {
    "@type": "MedicalCondition",
    "name": "Opioid use disorder",
    "alternateName": "OUD",
}
# "<", ">" and "&" as JSON escapes: "</script>" or "<!--" in a page's text stays inside the element
# (the same escapes as Django's json_script, which only writes type="application/json").
_SCRIPT_SAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def for_page(page, request, related_medications=None):
    """The JSON-LD dict for a page, or None for page types that have none.

    `related_medications`: the page's live medications when the view already loaded them, so
    the structured data costs no query of its own."""
    from detox.models import DetoxPhasePage
    from medications.models import MedicationPage
    from therapies.models import TherapyPage

    from .models import HealthPage, HomePage

    if isinstance(page, HomePage):
        return website(page, request)
    if not isinstance(page, HealthPage):
        return None
    if isinstance(page, MedicationPage):
        about = drug(page, request)
    elif isinstance(page, TherapyPage):
        about = medical_therapy(page, request, _medications(page, related_medications))
    elif isinstance(page, DetoxPhasePage):
        about = withdrawal_phase(page, request, _medications(page, related_medications))
    else:
        about = SITE_CONDITION
    return medical_web_page(page, request, about)


def medical_web_page(page, request, about):
    data = {
        "@context": SCHEMA,
        "@type": "MedicalWebPage",
        "name": page.title,
        "headline": page.title,
        "description": page.summary,
        "url": page.get_full_url(request),
        "inLanguage": "en",
        "audience": {"@type": "MedicalAudience", "audienceType": "Patient"},
        "about": about,
    }
    if page.last_reviewed:
        data["lastReviewed"] = page.last_reviewed.isoformat()
    reviewer = page.shown_reviewer
    if reviewer is not None:
        data["reviewedBy"] = {
            "@type": "Person",
            "name": reviewer.name,
            "honorificSuffix": reviewer.credentials,
            "jobTitle": reviewer.role,
        }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if page.references:
        data["citation"] = [_citation(reference.value) for reference in page.references]
    return data


def drug(page, request):
    data = {
        "@type": "Drug",
        "name": page.title,
        "nonProprietaryName": page.generic_name,
        "drugClass": {"@type": "DrugClass", "name": page.get_medication_class_display()},
        "administrationRoute": page.get_routes_labels(),
        "url": page.get_full_url(request),
    }
    if page.brand_names:
        data["proprietaryName"] = page.brand_name_list()
    if page.how_it_works:
        data["mechanismOfAction"] = page.how_it_works
    if page.serious_warnings:
        data["warning"] = lines(page.serious_warnings)
    if page.pregnancy_and_breastfeeding:
        data["pregnancyWarning"] = page.pregnancy_and_breastfeeding
    return data


def medical_therapy(page, request, medications):
    data = {
        "@type": "MedicalTherapy",
        "name": page.title,
        "description": page.summary,
        "howPerformed": page.approach,
        "url": page.get_full_url(request),
    }
    if medications:
        data["drug"] = [_drug_reference(medication, request) for medication in medications]
    return data


def withdrawal_phase(page, request, medications):
    data = {
        "@type": "MedicalCondition",
        "name": page.title,
        "description": page.summary,
        "signOrSymptom": [
            {"@type": "MedicalSignOrSymptom", "name": sign} for sign in lines(page.typical_signs)
        ],
    }
    if medications:
        data["possibleTreatment"] = [
            _drug_reference(medication, request) for medication in medications
        ]
    return data


def website(page, request):
    # The home page is its site's root, so its full URL is the site's.
    site_url = page.get_full_url(request)
    search_url = site_url.rstrip("/") + reverse("search")
    return {
        "@context": SCHEMA,
        "@type": "WebSite",
        "name": page.title,
        "description": page.introduction,
        "url": site_url,
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{search_url}?q={{query}}"},
            "query-input": "required name=query",
        },
    }


def to_script(data):
    """A safe `<script type="application/ld+json">` element (empty string for None)."""
    if data is None:
        return ""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_SAFE)
    # JSON with <, > and & escaped (_SCRIPT_SAFE), so it can never close the element: safe as is.
    safe_json = mark_safe(text)  # noqa: S308  # nosec B308 B703
    return format_html('<script type="application/ld+json">{}</script>', safe_json)


def _medications(page, related_medications):
    if related_medications is not None:
        return list(related_medications)
    return list(page.medications.live().public().order_by("title"))


def _drug_reference(medication, request):
    return {"@type": "Drug", "name": medication.title, "url": medication.get_full_url(request)}


def _citation(reference):
    citation = {"@type": "CreativeWork", "name": reference["title"]}
    if reference.get("publisher"):
        citation["publisher"] = {"@type": "Organization", "name": reference["publisher"]}
    if reference.get("year"):
        citation["datePublished"] = str(reference["year"])
    if reference.get("url"):
        citation["url"] = reference["url"]
    return citation
