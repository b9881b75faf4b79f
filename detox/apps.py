from django.apps import AppConfig


class DetoxConfig(AppConfig):
    name = "detox"
