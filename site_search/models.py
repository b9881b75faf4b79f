"""Words readers type that the site's pages do not use ("bupe", "Narcan"), mapped to the words
they do use. Editors keep the list; the search view widens each matching word of a query."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel

ONE_WORD = re.compile(r"\w+")


def words_of(text):
    """The lowercase words of a text, as the search matches them."""
    return ONE_WORD.findall((text or "").lower())


class SearchSynonym(models.Model):
    word = models.CharField(
        max_length=60,
        unique=True,
        help_text="One word a reader may type, for example bupe. Capitals do not matter.",
    )
    means = models.CharField(
        max_length=200,
        help_text="The word or words the site's pages use for it, for example buprenorphine. "
        "A search for the word also finds pages with all of these words.",
    )

    panels = [FieldPanel("word"), FieldPanel("means")]

    class Meta:
        ordering = ["word"]
        verbose_name = "search synonym"

    def __str__(self):
        return f"{self.word} → {self.means}"

    def save(self, *args, **kwargs):
        self.word = self.word.strip().lower()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        word = words_of(self.word)
        if len(word) != 1:
            errors["word"] = "Enter exactly one word, without spaces or punctuation."
        else:
            self.word = word[0]
            clash = SearchSynonym.objects.filter(word=self.word).exclude(pk=self.pk)
            if clash.exists():
                errors["word"] = f"“{self.word}” already has a synonym: edit that one instead."
        if not words_of(self.means):
            errors["means"] = "Enter at least one word the site's pages use."
        if errors:
            raise ValidationError(errors)

    def meaning_words(self):
        return words_of(self.means)
