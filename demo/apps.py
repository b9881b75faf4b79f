from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content, demo comments and demo staff accounts. Installed only by the development
    and test settings, so a production install has neither the data nor the commands."""

    name = "demo"
    verbose_name = "Demo content"
