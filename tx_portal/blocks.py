"""StreamField blocks shared by every health page: the prose parts of an article."""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

# "document-link": a link to an uploaded document (a leaflet, a form) from within the text.
PROSE_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading"), ("h3", "Subheading")], default="h2"
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        preview_value = {"text": "How it works", "level": "h2"}
        description = "A heading that starts a section (listed in the page outline)."


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("note", "Note"), ("warning", "Warning"), ("emergency", "Emergency")],
        default="note",
        help_text="Emergency: only for what a reader must do now (for example call 911).",
    )
    title = blocks.CharBlock(required=False, max_length=120)
    text = blocks.RichTextBlock(features=PROSE_FEATURES)

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"
        preview_value = {
            "kind": "warning",
            "title": "Do not mix with alcohol",
            "text": "<p>Mixing opioids with alcohol or sedatives can stop breathing.</p>",
        }
        description = "A highlighted note, warning or emergency message."


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200)
    answer = blocks.RichTextBlock(features=PROSE_FEATURES)

    class Meta:
        icon = "help"
        template = "blocks/question_answer.html"
        preview_value = {
            "question": "Is detox enough on its own?",
            "answer": "<p>No. Detox is a first step and should lead into ongoing treatment.</p>",
        }
        description = "A question readers ask, with its answer."


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text="Describe what the image shows for people who cannot see it. Required.",
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        description = "An image with required alternative text."


class DocumentBlock(blocks.StructBlock):
    """A document to download (a leaflet, a consent form), with what a reader needs to know
    before opening it: its format and size."""

    document = DocumentChooserBlock()
    link_text = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text="What the reader gets, for example “Leaflet: starting buprenorphine”. "
        "Leave empty to use the document's title.",
    )
    description = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        description = "A document to download, with its format and size."


class HealthBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["h3", *PROSE_FEATURES], icon="pilcrow", template="blocks/paragraph.html"
    )
    callout = CalloutBlock()
    question_answer = QuestionAnswerBlock()
    image = ImageBlock()
    document = DocumentBlock()


class ReferenceBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=300)
    publisher = blocks.CharBlock(max_length=200, help_text="Organisation or journal.")
    year = blocks.IntegerBlock(min_value=1900, max_value=2100, required=False)
    url = blocks.URLBlock(required=False, label="URL")

    class Meta:
        icon = "link"
        preview_value = {
            "title": "Medications for Opioid Use Disorder (TIP 63)",
            "publisher": "SAMHSA",
            "year": 2021,
            "url": "https://www.samhsa.gov/",
        }
        description = "A numbered source, listed at the end of the page."


class ReferencesBlock(blocks.StreamBlock):
    reference = ReferenceBlock()
