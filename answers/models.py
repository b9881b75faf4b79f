"""Passages readers can be sent to, and the questions that found none."""

from django.db import models
from wagtail.search import index


class Passage(index.Indexed, models.Model):
    """One section of a published health page, as published: a body section, a question and
    its answer, or a structured field shown as a section. Rebuilt when the page is published."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    anchor = models.CharField(max_length=80)
    position = models.PositiveSmallIntegerField()
    page_title = models.CharField(max_length=255)
    # Text, not a bounded CharField: a page's path, a heading or a question may be of any length
    # the page itself allows, and a passage must never fail to build for it.
    url = models.TextField(help_text="The page's path with the anchor.")
    heading = models.TextField()
    # The page's own names for what it is about (title, generic and brand names): a question
    # naming a medication finds its passages even when the passage does not repeat the name.
    topic = models.TextField(blank=True)
    text = models.TextField(help_text="Plain text, for matching.")
    html = models.TextField(help_text="As shown on the page (escaped or cleaned rich text).")
    reviewer = models.CharField(max_length=255, blank=True)
    last_reviewed = models.DateField(null=True, blank=True)

    search_fields = [
        index.SearchField("heading", boost=3),
        index.SearchField("topic", boost=2),
        index.SearchField("text"),
        index.FilterField("page_id"),
    ]

    class Meta:
        ordering = ["page_id", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "anchor"], name="answers_one_passage_per_anchor"
            )
        ]

    def __str__(self):
        return f"{self.page_title}: {self.heading}"


class UnansweredQuestion(models.Model):
    """A question no passage answered well: its words only, counted, kept for 90 days. Nothing
    about who asked it is stored (no account, address, session or exact time)."""

    text = models.CharField(max_length=200, unique=True)
    times_asked = models.PositiveIntegerField(default=1)
    first_asked = models.DateField()
    last_asked = models.DateField(db_index=True)

    class Meta:
        ordering = ["-times_asked", "-last_asked"]
        verbose_name = "question without a good answer"
        verbose_name_plural = "questions without a good answer"

    def __str__(self):
        return self.text
