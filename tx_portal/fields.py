"""A model field for "several of a fixed list" facts (uses, routes, settings, formats).

Stored as a JSON array so it works the same on SQLite and PostgreSQL (ArrayField is PostgreSQL-only)
and keeps values typed; edited as checkboxes. django-multiselectfield does the same with a
comma-joined string, which loses types and needs string matching to query.
"""

from functools import partialmethod

from django import forms
from django.core import checks
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst


class ChoiceListField(models.JSONField):
    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = [(str(value), str(label)) for value, label in item_choices]
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def check(self, **kwargs):
        errors = super().check(**kwargs)
        if not self.item_choices:
            errors.append(checks.Error("ChoiceListField needs item_choices.", obj=self))
        return errors

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["item_choices"] = self.item_choices
        if kwargs.get("default") is list:
            del kwargs["default"]
        if kwargs.get("blank") is True:
            del kwargs["blank"]
        return name, path, args, kwargs

    def contribute_to_class(self, cls, name, **kwargs):
        super().contribute_to_class(cls, name, **kwargs)
        setattr(cls, f"get_{name}_labels", partialmethod(_labels_of, field=self))

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {choice for choice, _ in self.item_choices}
        unknown = [item for item in value or [] if item not in allowed]
        if unknown:
            raise ValidationError(
                "Unknown choice: %(unknown)s.", params={"unknown": ", ".join(map(str, unknown))}
            )

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.item_choices,
            required=not self.blank,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )


def _labels_of(instance, field):
    """Labels of the chosen values, in the vocabulary's order (stable for tables and markup)."""
    chosen = set(getattr(instance, field.attname) or [])
    return [label for value, label in field.item_choices if value in chosen]
