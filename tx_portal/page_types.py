"""The site's page types, as the apps installed today define them."""

from django.apps import apps

from .models import HealthPage


def health_page_models():
    """Every concrete clinical page type (each app's subclasses of HealthPage), for code that
    must treat them all alike: comment moderation, reviews due."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, HealthPage) and not model._meta.proxy
    ]
