"""Stores every payload the way an attacker (or a careless or hostile staff member) would: page
fields through the Wagtail page editor's form, published; reader comments and names through the
public comment form; moderation through the admin's moderation buttons.

Used by the server-side checks (once per module) and by the browser checks (once per test, on the
live server's committed database).
"""

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client, TestCase
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from comments.models import CommentSettings, CommentStatus, PortalComment
from comments.reader_session import REMEMBERED
from tests.admin_forms import edit_page_url, health_page_data, publish
from tests.comments.conftest import signed_fields as minute_old_form
from tests.factories import (
    ArticlePageFactory,
    DetoxGuidePageFactory,
    DetoxPhasePageFactory,
    MedicationIndexPageFactory,
    MedicationPageFactory,
    TherapyIndexPageFactory,
    TherapyPageFactory,
)

from .xss_payloads import MARKUP_IN_URLS, PAYLOADS, names_for_commenters

# A word every seeded page's summary starts with, so one search finds them all.
SEARCH_WORD = "Quokka"
PAGES_PER_TYPE = 5
SUPERUSER = ("xss-admin", "xss-admin-pw")
MODERATOR = ("xss-moderator", "xss-moderator-pw")
MODERATOR_EMAIL = "xss-moderator@staff.example"

# Single-line fields get no payload with a line break; brand names are split on commas.
SINGLE_LINE = {"title", "generic_name", "how_often", "typical_duration", "timing_note"}


@dataclass
class Placement:
    """One stored value: which page and field, and the exact text (a payload or several)."""

    page_id: int
    field: str
    text: str


@dataclass
class StoredComment:
    pk: int
    page_id: int
    name: str
    text: str
    status: str


@dataclass
class StoredPayloads:
    home: object
    medication_index: object
    therapy_index: object
    detox_guide: object
    health_pages: list
    comment_page: object
    placements: list = field(default_factory=list)
    comments: list = field(default_factory=list)
    emails: list = field(default_factory=list)
    # (a reader's client, the ids of the comments it sent): each sees its own waiting comments.
    commenters: list = field(default_factory=list)

    @property
    def sections(self):
        return [self.home, self.medication_index, self.therapy_index, self.detox_guide]

    @property
    def one_page_of_each_kind(self):
        kinds = {}
        for page in self.health_pages:
            kinds.setdefault(page._meta.model_name, page)
        return list(kinds.values())

    def placements_on(self, page):
        return [placement for placement in self.placements if placement.page_id == page.pk]

    def payloads_stored(self):
        """How many distinct payloads went into page fields and into comments."""
        in_pages = {p.name for p in PAYLOADS if any(p.text in x.text for x in self.placements)}
        in_comments = {
            p.name for p in PAYLOADS for c in self.comments if p.text in (c.text, c.name)
        }
        return in_pages, in_comments


class Rotation:
    """Hands out the payloads in turn, so consecutive fields get different ones and, over all the
    pages, every payload that fits a field lands in one."""

    def __init__(self, payloads=PAYLOADS, start=0):
        self.payloads = list(payloads)
        self.position = start

    def take(self, limit=None, count=None, single_line=False, no_commas=False, separator=" "):
        chosen, used = [], 0
        for _ in range(len(self.payloads)):
            payload = self.payloads[self.position % len(self.payloads)]
            text = payload.text
            fits_at_all = (limit is None or len(text) <= limit) and not (
                (single_line and "\n" in text) or (no_commas and "," in text)
            )
            if not fits_at_all:
                self.position += 1
                continue
            if count is not None and len(chosen) >= count:
                break
            if limit is not None and used + len(text) + (len(separator) if chosen else 0) > limit:
                break
            used += len(text) + (len(separator) if chosen else 0)
            chosen.append(payload)
            self.position += 1
        return chosen


def contentstate(text, link_url=None):
    """Draftail's JSON for rich text whose paragraphs are `text` typed as text (one block per line),
    the first one a link to `link_url` when given: what the rich-text editor posts."""
    lines = text.split("\n")
    blocks = [
        {
            "key": f"b{index}",
            "type": "unstyled",
            "depth": 0,
            "text": line,
            "inlineStyleRanges": [],
            "entityRanges": [],
        }
        for index, line in enumerate(lines)
    ]
    entity_map = {}
    if link_url:
        entity_map["0"] = {"type": "LINK", "mutability": "MUTABLE", "data": {"url": link_url}}
        blocks[0]["entityRanges"] = [{"offset": 0, "length": len(lines[0]), "key": 0}]
    return json.dumps({"blocks": blocks, "entityMap": entity_map})


def body_blocks(payloads, link_url=None):
    """Every kind of prose block, each holding a payload as the editor typed it."""
    blocks = []
    for payload in payloads:
        text = payload.text
        short = text if len(text) <= 120 and "\n" not in text else None
        blocks.append(("heading", {"text": short or "A heading", "level": "h2"}))
        blocks.append(("paragraph", contentstate(text, link_url)))
        blocks.append(
            (
                "callout",
                {"kind": "warning", "title": short or "", "text": contentstate(text)},
            )
        )
        question = text if len(text) <= 200 and "\n" not in text else "A question?"
        blocks.append(("question_answer", {"question": question, "answer": contentstate(text)}))
    return blocks


def body_placements(page_id, payloads):
    """The texts a body built by `body_blocks` shows (each payload in each kind of block)."""
    placements = []
    for payload in payloads:
        text = payload.text
        if len(text) <= 120 and "\n" not in text:
            placements.append(Placement(page_id, "body.heading", text))
            placements.append(Placement(page_id, "body.callout.title", text))
        if len(text) <= 200 and "\n" not in text:
            placements.append(Placement(page_id, "body.question", text))
        placements.append(Placement(page_id, "body.paragraph", text))
        placements.append(Placement(page_id, "body.callout.text", text))
        placements.append(Placement(page_id, "body.answer", text))
    return placements


def joined(payloads, separator):
    return separator.join(payload.text for payload in payloads)


class PageFieldWriter:
    """Fills each page's text fields from one rotation per field."""

    def __init__(self):
        self.rotations = {}

    def rotation(self, name):
        # Each field starts at another point of the corpus, so a page's fields differ.
        if name not in self.rotations:
            self.rotations[name] = Rotation(start=len(self.rotations) * 11)
        return self.rotations[name]

    def value(self, name, limit=None, count=None, separator="\n"):
        rotation = self.rotation(name)
        separator = ", " if name == "brand_names" else separator
        payloads = rotation.take(
            limit=limit,
            count=count,
            single_line=name in SINGLE_LINE or separator == " ",
            no_commas=name == "brand_names",
            separator=separator,
        )
        return joined(payloads, separator)


def health_page_form(page, writer, placements, body_count):
    """The page editor's form for a health page with a payload in every text field."""
    title = writer.value("title", limit=255, separator=" ")
    summary = SEARCH_WORD + " " + writer.value("summary", limit=600 - len(SEARCH_WORD) - 1)
    body_payloads = writer.rotation("body").take(count=body_count)
    reference = writer.value("reference_title", limit=300, separator=" ")
    publisher = writer.value("reference_publisher", limit=200, separator=" ")
    reference_url = MARKUP_IN_URLS[page.pk % len(MARKUP_IN_URLS)]
    type_fields = type_specific_fields(page, writer)
    # A checkbox left out of a form post is unticked: readers keep commenting on every page.
    data = health_page_data(title, page.slug, allow_comments="on", **type_fields)
    data.update(
        nested_form_data(
            {
                "summary": summary,
                "body": streamfield(body_blocks(body_payloads, link_url=reference_url)),
                "references": streamfield(
                    [
                        (
                            "reference",
                            {
                                "title": reference,
                                "publisher": publisher,
                                "year": "2021",
                                "url": reference_url,
                            },
                        )
                    ]
                ),
            }
        )
    )
    placements += [
        Placement(page.pk, "title", title),
        Placement(page.pk, "summary", summary),
        Placement(page.pk, "reference.title", reference),
        Placement(page.pk, "reference.publisher", publisher),
        Placement(page.pk, "reference.url", reference_url),
        *body_placements(page.pk, body_payloads),
        *(
            Placement(page.pk, name, value)
            for name, value in type_fields.items()
            if isinstance(value, str) and not value.isdigit() and name not in CHOICE_FIELDS
        ),
    ]
    return publish(data)


CHOICE_FIELDS = {"medication_class", "dependence_potential"}


def type_specific_fields(page, writer):
    kind = page._meta.model_name
    if kind == "medicationpage":
        return {
            "generic_name": writer.value("generic_name", limit=120, separator=" "),
            "brand_names": writer.value("brand_names", limit=255),
            "medication_class": "partial_agonist",
            "uses": ["withdrawal", "maintenance"],
            "routes": ["sublingual_buccal"],
            "how_often": writer.value("how_often", limit=200, separator=" "),
            "how_it_works": writer.value("how_it_works", count=6),
            "where_given": writer.value("where_given", count=6),
            "who_can_prescribe": writer.value("who_can_prescribe", count=6),
            "dependence_potential": "lower",
            "common_side_effects": writer.value("common_side_effects", count=6),
            "serious_warnings": writer.value("serious_warnings", count=6),
            "pregnancy_and_breastfeeding": writer.value("pregnancy", count=6),
            "cost_and_coverage": writer.value("cost", count=6),
        }
    if kind == "therapypage":
        return {
            "approach": writer.value("approach", count=6),
            "care_settings": ["outpatient"],
            "formats": ["individual"],
            "typical_duration": writer.value("typical_duration", limit=200, separator=" "),
            "evidence_summary": writer.value("evidence_summary", count=6),
        }
    if kind == "detoxphasepage":
        return {
            "starts_after_hours": str(6 * page.pk % 100),
            "ends_after_hours": str(6 * page.pk % 100 + 12),
            "timing_note": writer.value("timing_note", limit=200, separator=" "),
            "typical_signs": writer.value("typical_signs", count=6),
            "care": writer.value("care", count=6),
            "when_to_get_help": writer.value("when_to_get_help", count=6),
        }
    return {}


def index_page_form(page, writer, placements, **extra_text_fields):
    title = writer.value("index_title", limit=255, separator=" ")
    introduction = writer.value("introduction", limit=600)
    data = {"title": title, "slug": page.slug, "introduction": introduction}
    if page.depth > 2:  # a section, listed on the home page (an unticked box is left out)
        data["show_in_menus"] = "on"
    placements += [
        Placement(page.pk, "title", title),
        Placement(page.pk, "introduction", introduction),
    ]
    for name in extra_text_fields:
        data[name] = writer.value(name, count=6)
        placements.append(Placement(page.pk, name, data[name]))
    data.update(nested_form_data({"comments": inline_formset([])}))
    return publish(data)


def admin_client(django_user_model):
    user = django_user_model.objects.create_superuser(SUPERUSER[0], "xss@staff.example", "x")
    client = Client()
    client.force_login(user)
    return client


def moderator_client(django_user_model):
    user = django_user_model.objects.create_user(MODERATOR[0], MODERATOR_EMAIL, MODERATOR[1])
    user.groups.add(Group.objects.get(name="Moderators"))
    client = Client()
    client.force_login(user)
    return client


def post_page_form(client, page, data):
    response = client.post(edit_page_url(page), data)
    if response.status_code != 302:
        errors = response.context["form"].errors if response.context else response.status_code
        raise AssertionError(f"the editor could not publish {page!r}: {errors}")


def store_page_payloads(home, django_user_model, pages_per_type=PAGES_PER_TYPE):
    """Sections and health pages created, then every text field set through the page editor and
    published."""
    as_admin = admin_client(django_user_model)
    medication_index = MedicationIndexPageFactory(parent=home, show_in_menus=True)
    therapy_index = TherapyIndexPageFactory(parent=home, show_in_menus=True)
    detox_guide = DetoxGuidePageFactory(parent=home, show_in_menus=True)
    health_pages = []
    for number in range(pages_per_type):
        health_pages += [
            MedicationPageFactory(parent=medication_index, slug=f"medication-{number}"),
            TherapyPageFactory(parent=therapy_index, slug=f"therapy-{number}"),
            DetoxPhasePageFactory(parent=detox_guide, slug=f"phase-{number}"),
            ArticlePageFactory(parent=home, slug=f"article-{number}"),
        ]
    writer = PageFieldWriter()
    placements = []
    body_count = -(-len(PAYLOADS) // len(health_pages))  # every payload in some page's body
    for page in health_pages:
        post_page_form(as_admin, page, health_page_form(page, writer, placements, body_count))
    for page in (medication_index, therapy_index):
        post_page_form(as_admin, page, index_page_form(page, writer, placements))
    post_page_form(
        as_admin,
        detox_guide,
        index_page_form(detox_guide, writer, placements, first_step_message=True),
    )
    post_page_form(as_admin, home, index_page_form(home, writer, placements))
    stored = StoredPayloads(
        home=home.specific_class.objects.get(pk=home.pk),
        medication_index=medication_index.specific_class.objects.get(pk=medication_index.pk),
        therapy_index=therapy_index.specific_class.objects.get(pk=therapy_index.pk),
        detox_guide=detox_guide.specific_class.objects.get(pk=detox_guide.pk),
        health_pages=[page.specific_class.objects.get(pk=page.pk) for page in health_pages],
        comment_page=None,
        placements=placements,
    )
    stored.comment_page = stored.health_pages[-1]  # an article
    return stored


class _HiddenInputs(HTMLParser):
    """The hidden inputs of the page's comment form, as a browser would send them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.in_form = False
        self.values = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and "comment-form" in (attrs.get("class") or ""):
            self.in_form = True
        elif tag == "input" and self.in_form and attrs.get("type") == "hidden":
            self.values[attrs["name"]] = attrs.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False


def comment_form_fields(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, f"{page.url} answered {response.status_code}"
    parser = _HiddenInputs()
    parser.feed(response.content.decode())
    assert "security_hash" in parser.values, f"no comment form on {page.url}"
    return parser.values


def store_comment_payloads(stored, django_user_model):
    """Every payload posted as a reader's comment (names from the short payloads) through the
    public form, each from its own address (the rate limit is per address) and each batch from its
    own browser (a browser remembers the last REMEMBERED comments it sent); the moderators'
    notification emails kept; every other comment then approved in the admin, the rest left
    waiting in the queue."""
    rules = CommentSettings.load()
    rules.notify_moderators, rules.moderator_emails = True, ""
    rules.save()
    as_moderator = moderator_client(django_user_model)
    page = stored.comment_page
    names = names_for_commenters()
    mail.outbox = []
    with TestCase.captureOnCommitCallbacks(execute=True):
        for number, payload in enumerate(PAYLOADS):
            if number % REMEMBERED == 0:
                reader = Client()
                # One form, as a script would replay it: its signature covers the page and a
                # key, and each different text sent with it is a new comment.
                # Signed as if rendered a minute ago: a reader takes longer than the minimum
                # fill time, a replaying script here does not.
                signed_fields = {**comment_form_fields(reader, page), **minute_old_form(page)}
                stored.commenters.append((reader, set()))
            data = {
                **signed_fields,
                "name": names[number % len(names)].text,
                "email": f"reader{number}@reader.example",
                "comment": payload.text,
                "honeypot": "",
            }
            address = f"10.77.{number // 200}.{number % 200 + 1}"
            response = reader.post(
                reverse("comments:post", args=[page.pk]), data, REMOTE_ADDR=address
            )
            assert response.status_code == 302, (
                f"comment {payload} was not stored: {response.status_code}"
            )
            stored.commenters[-1][1].add(PortalComment.objects.latest("pk").pk)
    stored.emails = list(mail.outbox)
    comments = PortalComment.objects.filter(page_id=page.pk).order_by("pk")
    assert comments.count() == len(PAYLOADS)
    for number, comment in enumerate(comments):
        if number % 2 == 0:
            url = reverse(
                "wagtailsnippets_comments_portalcomment:moderate", args=[comment.pk, "approve"]
            )
            assert as_moderator.post(url).status_code == 302
    stored.comments = [
        StoredComment(c.pk, c.page_id, c.user_name, c.comment, c.status)
        for c in PortalComment.objects.filter(page_id=page.pk).order_by("pk")
    ]
    assert {c.status for c in stored.comments} == {CommentStatus.APPROVED, CommentStatus.PENDING}
    return stored


def store_everything(home, django_user_model, pages_per_type=PAGES_PER_TYPE):
    stored = store_page_payloads(home, django_user_model, pages_per_type)
    return store_comment_payloads(stored, django_user_model)


def comment_excerpt(text, chars):
    """The start of a comment as a list shows it (whitespace squashed, cut short)."""
    return re.sub(r"\s+", " ", text)[:chars]
