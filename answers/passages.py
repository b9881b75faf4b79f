"""A published health page cut into passages, each quoted as the page shows it, with the
anchor that page gives it (see the page templates and tx_portal.section_anchors)."""

import html as html_lib

from django.apps import apps
from django.db import transaction
from django.template.defaultfilters import linebreaksbr
from django.utils.html import format_html, format_html_join, strip_tags
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backend

from tx_portal.models import HealthPage
from tx_portal.section_anchors import body_sections
from tx_portal.text import lines

from .finder import index_changed
from .models import Passage


def health_page_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, HealthPage) and not model._meta.abstract
    ]


def plain(html):
    return " ".join(html_lib.unescape(strip_tags(html.replace("<", " <"))).split())


def paragraph_html(text):
    return format_html("<p>{}</p>", linebreaksbr(text))


def list_html(text):
    return format_html(
        "<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((i,) for i in lines(text)))
    )


def facts_html(facts):
    rows = format_html_join("", "<div><dt>{}</dt><dd>{}</dd></div>", facts)
    return format_html('<dl class="facts-list">{}</dl>', rows)


def facts_text(facts):
    return " ".join(f"{label}: {value}." for label, value in facts)


def richtext_html(source):
    return str(RichText(source))


# Structured fields each page type shows as a section: (anchor, heading as on the page, fields,
# how the page shows them). The anchors and headings match the page templates.
def medication_sections(page):
    facts = [("Generic name", page.generic_name)]
    if page.brand_names:
        facts.append(("Brand names", ", ".join(page.brand_name_list())))
    facts += [
        ("Class", page.get_medication_class_display()),
        ("Used for", ", ".join(page.get_uses_labels())),
        ("How it is taken", ", ".join(page.get_routes_labels())),
        ("How often", page.how_often),
        ("Risk of physical dependence", page.get_dependence_potential_display()),
    ]
    where = [page.where_given] + ([page.who_can_prescribe] if page.who_can_prescribe else [])
    return [
        ("key-facts", "Key facts", facts_text(facts), facts_html(facts)),
        ("how-it-works", "How it works", page.how_it_works, paragraph_html(page.how_it_works)),
        (
            "where-given",
            "Where it is given and who can prescribe it",
            " ".join(where),
            format_html_join("", "{}", ((paragraph_html(text),) for text in where)),
        ),
        (
            "warnings",
            "Serious warnings and interactions",
            " ".join(lines(page.serious_warnings)),
            list_html(page.serious_warnings),
        ),
        (
            "side-effects",
            "Common side effects",
            " ".join(lines(page.common_side_effects)),
            list_html(page.common_side_effects),
        ),
        (
            "pregnancy",
            "Pregnancy and breastfeeding",
            page.pregnancy_and_breastfeeding,
            paragraph_html(page.pregnancy_and_breastfeeding),
        ),
        (
            "cost",
            "Cost and coverage",
            page.cost_and_coverage,
            paragraph_html(page.cost_and_coverage),
        ),
    ]


def therapy_sections(page):
    facts = [
        ("Settings it is delivered in", ", ".join(page.get_care_settings_labels())),
        ("Format", ", ".join(page.get_formats_labels())),
        ("Typical duration", page.typical_duration),
    ]
    medications = [m.title for m in page.medications.live().public().order_by("title")]
    if medications:
        facts.append(("Pairs with", ", ".join(medications)))
    return [
        ("key-facts", "Key facts", facts_text(facts), facts_html(facts)),
        ("approach", "What happens in this therapy", page.approach, paragraph_html(page.approach)),
        (
            "evidence",
            "What the evidence shows",
            page.evidence_summary,
            paragraph_html(page.evidence_summary),
        ),
    ]


def detox_phase_sections(page):
    window = page.window + (f". {page.timing_note}" if page.timing_note else "")
    facts = [("When, after the last dose", window)]
    medications = [m.title for m in page.medications.live().public().order_by("title")]
    if medications:
        facts.append(("Medications used", ", ".join(medications)))
    return [
        ("key-facts", "Key facts", facts_text(facts), facts_html(facts)),
        (
            "signs",
            "Typical signs",
            " ".join(lines(page.typical_signs)),
            list_html(page.typical_signs),
        ),
        ("care", "Care and management", " ".join(lines(page.care)), list_html(page.care)),
        (
            "when-to-get-help",
            "When to get emergency help",
            page.when_to_get_help,
            paragraph_html(page.when_to_get_help),
        ),
    ]


STRUCTURED_SECTIONS = {
    "medications.medicationpage": medication_sections,
    "therapies.therapypage": therapy_sections,
    "detox.detoxphasepage": detox_phase_sections,
}


def block_html(child):
    """A body block as quoted: its text, without images or the callout's frame."""
    if child.block_type == "paragraph":
        return richtext_html(child.value.source)
    if child.block_type == "callout":
        title = child.value.get("title")
        head = format_html("<p><strong>{}</strong></p>", title) if title else ""
        return f"{head}{richtext_html(child.value['text'].source)}"
    return ""


def topic_of(page):
    names = [page.title]
    if hasattr(page, "brand_name_list"):
        names += [page.generic_name, *page.brand_name_list()]
    return ", ".join(dict.fromkeys(names))


def passages_for(page):
    """Unsaved Passages of a specific health page, in page order."""
    url = page.get_url(None) or page.url_path
    # The reviewer the page itself shows (none for a fictional demo reviewer in production).
    shown = page.shown_reviewer
    reviewer = str(shown) if shown else ""
    common = {
        "page_id": page.pk,
        "page_title": page.title,
        "topic": topic_of(page),
        "reviewer": reviewer,
        "last_reviewed": page.last_reviewed,
    }
    found = [("summary", page.title, page.summary, paragraph_html(page.summary))]
    sections = STRUCTURED_SECTIONS.get(page._meta.label_lower)
    if sections:
        found += sections(page)
    for section in body_sections(page.body):
        parts = [block_html(child) for child, anchor in section.blocks if not anchor]
        section_html = "".join(part for part in parts if part)
        if section_html:
            found.append((section.anchor, section.heading or page.title, "", section_html))
        for child, anchor in section.blocks:
            if anchor:
                answer = richtext_html(child.value["answer"].source)
                found.append((anchor, child.value["question"], "", answer))
    passages = []
    for position, (anchor, heading, text, shown) in enumerate(found):
        text = plain(shown) if not text else " ".join(text.split())
        if not text:
            continue
        passages.append(
            Passage(
                position=position,
                anchor=anchor,
                heading=heading,
                text=text,
                html=str(shown),
                url=f"{url}#{anchor}",
                **common,
            )
        )
    return passages


def is_readable(page):
    return page.live and Page.objects.filter(pk=page.pk).live().public().exists()


def remove(page_ids):
    # Deleting one by one lets Wagtail's signal handlers take each out of the search index.
    for passage in Passage.objects.filter(page_id__in=page_ids):
        passage.delete()


@transaction.atomic
def rebuild(page):
    """Replace a page's passages with those of its published version (none if it is not
    readable by the public)."""
    page = page.specific
    remove([page.pk])
    if not isinstance(page, HealthPage) or not is_readable(page):
        return []
    passages = Passage.objects.bulk_create(passages_for(page))
    if passages:
        get_search_backend().add_bulk(Passage, passages)
    index_changed()
    return passages


def rebuild_all():
    """Every readable health page's passages; passages of pages no longer readable go."""
    kept = []
    for model in health_page_models():
        for page in model.objects.live().public().select_related("reviewed_by"):
            rebuild(page)
            kept.append(page.pk)
    remove(Passage.objects.exclude(page_id__in=kept).values_list("page_id", flat=True).distinct())
    index_changed()
    return Passage.objects.count()
